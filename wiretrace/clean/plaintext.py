"""Boilerplate removal for whole-page plain-text scrapes.

A scraped page is header (masthead, menus, headline, byline, date) + body + trailer
("Read also" lists, clock-time headline lists, appeals, tags). A logistic line classifier
(`wiretrace/data/lineclf.json`, trained by `bench/train_lineclf.py`) gives every line a
body probability from its own features and its neighbourhood's (`_linefeatures`). The body
is then the contiguous run of lines with the highest total evidence (boilerpipe-style
densest region), so short subheadings and bullets inside the body survive while the same
kind of line in a menu or a headline list does not. End markers ("Read also:", "Tags:",
appeals) are walls; the region grows only across a teaser block (a button-like marker such
as "Read More", or "Related" over a few headline links) into strong prose right behind it,
and across a few furniture lines into adjoining prose. Lexicon rules (`_lexicon`) veto
furniture the classifier might let through, inside the body too (links under a "More:"
label, the caption above a "(Image: ...)" credit); headline lines above the first sentence
go to the header, where the metadata stage looks for them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wiretrace.clean._lexicon import is_picture_credit
from wiretrace.clean._linefeatures import FEATURE_NAMES, LineInfo, page_features

KEEP_PROBABILITY = 0.2  # a line inside the body region is kept from this probability up
# Running text is body more often than the classifier's context features let it say (a lede
# right under the byline block): within reach of the body it is kept from this probability up.
PROSE_KEEP_PROBABILITY = 0.15
END_MARKER_EVIDENCE = -math.inf  # nothing outweighs an end marker: regions stop there
# A region beyond an end marker joins the body only when it carries on right after the
# marker and weighs at least this share of the body (a "Read More" button mid-article).
CONTINUATION_SHARE = 0.3
# ... or when it is strong by itself: a few paragraphs the classifier is sure of.
STRONG_REGION_EVIDENCE = 40.0
CONTINUATION_REACH = 3  # content lines between the marker and the continuation, at most
TEASER_BLOCK_MAX_LINES = 6  # markers and headline links a region may be continued across
MAX_SKIPPED_LINES = 3  # furniture lines the region may grow across to reach prose
SKIPPABLE_MAX_WORDS = 5
# A line this long is running text even without a closing full stop (a post ending in a hashtag).
LONG_LINE_WORDS = 30
HEADLINE_MAX_WORDS = 20
RELATED_LIST_MIN_LINES = 2
CAPTION_MAX_WORDS = 40
FALLBACK_MIN_WORDS = 3


@dataclass
class PlainTextResult:
    body: str  # the kept body, paragraphs joined by "\n\n"
    kept_lines: list[int]  # 0-based indices into raw.splitlines() that were kept, in order


@dataclass(frozen=True)
class LineModel:
    """Logistic regression over standardised line features."""

    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float

    def probability(self, vector: list[float]) -> float:
        logit = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, vector, self.mean, self.scale, strict=True)
        )
        return 1 / (1 + math.exp(-max(min(logit, 30.0), -30.0)))


@lru_cache(maxsize=1)
def model_record() -> dict:
    """The shipped `lineclf.json`: features, weights and the held-out figures of its training."""
    return json.loads(resources.files("wiretrace.data").joinpath("lineclf.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The shipped line classifier; its feature list must match the code's."""
    data = model_record()
    if data["features"] != FEATURE_NAMES:
        raise ValueError("lineclf.json was trained on other features: rerun bench/train_lineclf.py --write")
    return LineModel(mean=data["mean"], scale=data["scale"], weights=data["weights"], bias=data["bias"])


def clean_plaintext(raw: str) -> PlainTextResult:
    """Keep the article body of a whole-page plain-text scrape."""
    return clean_with_model(raw, load_model())


def clean_with_model(raw: str, model: LineModel) -> PlainTextResult:
    """`clean_plaintext` with a given classifier (training evaluates held-out models with it)."""
    lines = raw.splitlines()
    infos, vectors = page_features(lines)
    probabilities = [model.probability(v) if info.text else 0.0 for info, v in zip(infos, vectors, strict=True)]
    scores = [evidence(info, p) for info, p in zip(infos, probabilities, strict=True)]
    start, end, teaser_links = body_region(scores, infos)
    start, end = extend_over_prose(start, end, infos, probabilities)
    furniture = teaser_links | labelled_link_lists(start, end, infos) | captions_above_credits(start, end, infos)
    kept = [
        i
        for i in range(start, end)
        if infos[i].text
        and probabilities[i] >= keep_threshold(infos[i])
        and not (infos[i].boilerplate or infos[i].end_marker or i in furniture)
    ]
    kept = drop_leading_headlines(kept, infos)
    kept = drop_trailing_headlines(kept, infos) or sentence_lines(infos)
    return PlainTextResult(body="\n\n".join(infos[i].text for i in kept), kept_lines=kept)


def sentence_lines(infos: list[LineInfo]) -> list[int]:
    """The fallback body when no region stands out (a note of two short sentences): its sentences.

    A page of menus and links has none, so it still comes out empty.
    """
    return [
        i
        for i, info in enumerate(infos)
        if info.sentence and info.words >= FALLBACK_MIN_WORDS and not (info.boilerplate or info.end_marker)
    ]


def keep_threshold(info: LineInfo) -> float:
    """The body probability from which a line inside the body region is kept."""
    return PROSE_KEEP_PROBABILITY if info.prose or info.words >= LONG_LINE_WORDS else KEEP_PROBABILITY


def evidence(info: LineInfo, probability: float) -> float:
    """A line's vote for being inside the body region: its confidence, weighted by its length.

    An end marker ("Read also:", "Tags:", an appeal) is a wall no region runs across; only
    `body_region` may join a strong continuation beyond it.
    """
    if not info.text:
        return 0.0
    if info.end_marker:
        return END_MARKER_EVIDENCE
    return (probability - 0.5) * info.words


def body_region(scores: list[float], infos: list[LineInfo]) -> tuple[int, int, set[int]]:
    """The densest region joined with strong continuations across teaser blocks, and those blocks."""
    start, end = densest_region(scores)
    weight = sum(scores[start:end])
    teasers: set[int] = set()
    if start == end:
        return start, end, teasers
    while (after := _continuation(scores, infos, end, weight, forward=True)) is not None:
        end, block = after
        teasers.update(block)
    while (before := _continuation(scores, infos, start, weight, forward=False)) is not None:
        start, block = before
        teasers.update(block)
    return start, end, teasers


def _continuation(
    scores: list[float], infos: list[LineInfo], edge: int, weight: float, forward: bool
) -> tuple[int, list[int]] | None:
    """The far edge of a strong region just beyond the teaser block next to `edge`, and the
    block's lines with the headline links right behind it."""
    block = _teaser_block(infos, edge, forward)
    if not block:
        return None
    far = block[-1]
    lo, hi = (far + 1, len(scores)) if forward else (0, far)
    start, end = densest_region(scores[lo:hi])
    start, end = start + lo, end + lo
    if start == end or sum(scores[start:end]) < min(CONTINUATION_SHARE * weight, STRONG_REGION_EVIDENCE):
        return None
    gap = [infos[i] for i in (range(far + 1, start) if forward else range(end, far)) if infos[i].text]
    if len(gap) > CONTINUATION_REACH or any(info.end_marker for info in gap):
        return None
    if not forward:  # going back, the marker's links lie between it and the body: in the block
        return start, block
    return end, block + _links_after(infos, far)


def _teaser_block(infos: list[LineInfo], edge: int, forward: bool) -> list[int]:
    """The content lines of a mid-article teaser block next to `edge`, nearest first.

    A block is a few end markers ("Related", "Read More") and headline links; it must hold
    at least one marker and end on one. A marker with a colon announces a list ("Read
    also:", "Tags:"): the body is over, so there is no block.
    """
    content = [i for i in (range(edge, len(infos)) if forward else range(edge - 1, -1, -1)) if infos[i].text]
    block: list[int] = []
    for i in content[:TEASER_BLOCK_MAX_LINES]:
        info = infos[i]
        if info.end_marker and info.text.endswith(":"):
            return []
        if not (info.end_marker or _is_headline_link(info)):
            break
        block.append(i)
    while block and not infos[block[-1]].end_marker:
        block.pop()
    return block


def _links_after(infos: list[LineInfo], marker: int) -> list[int]:
    """Headline links right below a teaser block's last marker: the marker's own links."""
    links: list[int] = []
    for i in (i for i in range(marker + 1, len(infos)) if infos[i].text):
        if not _is_headline_link(infos[i]) or len(links) == CONTINUATION_REACH:
            break
        links.append(i)
    return links


def _is_headline_link(info: LineInfo) -> bool:
    return not info.sentence and info.words <= HEADLINE_MAX_WORDS and not info.boilerplate


def labelled_link_lists(start: int, end: int, infos: list[LineInfo]) -> set[int]:
    """Headline links listed under a furniture label inside the body ("More:" over links).

    A body's own lists are introduced by its own words ("Key developments:"); a label the
    lexicon knows as furniture introduces links to other stories, up to the next sentence.
    """
    links: set[int] = set()
    under_label = False
    for i in range(start, end):
        info = infos[i]
        if not info.text:
            continue
        if (info.boilerplate or info.end_marker) and info.text.endswith(":"):
            under_label = True
        elif under_label and _is_headline_link(info):
            links.add(i)
        else:
            under_label = False
    return links


def captions_above_credits(start: int, end: int, infos: list[LineInfo]) -> set[int]:
    """Lines directly above a parenthesised picture credit: the picture's caption."""
    content = [i for i in range(start, min(end + 1, len(infos))) if infos[i].text]
    return {
        line
        for line, below in zip(content, content[1:])
        if is_picture_credit(infos[below].text) and infos[line].words <= CAPTION_MAX_WORDS
    }


def densest_region(scores: list[float]) -> tuple[int, int]:
    """The [start, end) run of lines with the largest total score (maximum subarray)."""
    best_sum, best = 0.0, (0, 0)
    running, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, run_start = 0.0, i
        running += score
        if running > best_sum:
            best_sum, best = running, (run_start, i + 1)
    return best


def extend_over_prose(
    start: int, end: int, infos: list[LineInfo], probabilities: list[float]
) -> tuple[int, int]:
    """Grow the region over nearby prose lines the classifier did not rule out.

    The last paragraph before a trailer (or the first under a header) has little body around
    it, so its context features undersell it; a full sentence-ending paragraph still reads
    as body unless it is unlikely outright, even across a few lines of furniture (an
    "ADVERTISEMENT" slot, a video player's leftovers); so does a long line of running text
    that ends in a hashtag or a link instead of a full stop. End markers are never crossed.
    """
    if start == end:
        return start, end
    while (nxt := _prose_within_reach(infos, probabilities, end, 1)) is not None:
        end = nxt + 1
    while (prev := _prose_within_reach(infos, probabilities, start - 1, -1)) is not None:
        start = prev
    return start, end


def _prose_within_reach(infos: list[LineInfo], probabilities: list[float], i: int, step: int) -> int | None:
    """The next prose line from `i` in direction `step`, if only a few short lines lie between."""
    skipped = 0
    while 0 <= i < len(infos) and skipped <= MAX_SKIPPED_LINES:
        info = infos[i]
        if info.text:
            if info.end_marker:
                return None
            if (info.prose or info.words >= LONG_LINE_WORDS) and probabilities[i] >= keep_threshold(info):
                return i
            if info.words >= SKIPPABLE_MAX_WORDS and not info.boilerplate:
                return None
            skipped += 1
        i += step
    return None


def drop_leading_headlines(kept: list[int], infos: list[LineInfo]) -> list[int]:
    """Headline and kicker lines at the top of the body belong to the header.

    A headline is short and does not end as a sentence does, or it repeats a line above it
    (pages print the headline in the title bar, "Headline - Site", and again over the
    article; a question headline ends with "?"). The first other line opens the body, so a standfirst under
    the headline is body.
    """

    def is_headline(i: int) -> bool:
        if infos[i].words > HEADLINE_MAX_WORDS:
            return False
        return not infos[i].sentence or any(infos[i].text in infos[j].text for j in range(i))

    first_body = next((n for n, i in enumerate(kept) if not is_headline(i)), len(kept))
    return kept[first_body:]


def drop_trailing_headlines(kept: list[int], infos: list[LineInfo]) -> list[int]:
    """Short unpunctuated lines closing the body are a related-links list, not body.

    Subheadings and bullet lists inside the body are followed by their paragraphs; a run of
    headline-like lines after the last sentence has nothing to introduce. A single such line
    (a signature under an embedded post) stays.
    """
    last_body = next(
        (n for n in range(len(kept) - 1, -1, -1) if infos[kept[n]].sentence or infos[kept[n]].words > HEADLINE_MAX_WORDS),
        -1,
    )
    trailing_run = len(kept) - 1 - last_body
    return kept[: last_body + 1] if trailing_run >= RELATED_LIST_MIN_LINES else kept
