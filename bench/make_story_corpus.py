"""Generate the labelled story corpus for bench/cluster_eval.py and bench/dedup_eval.py.

    .venv/bin/python -m bench.make_story_corpus [--seed 7] [--out bench/data/stories/corpus.jsonl]

Articles are composed from the per-story fact pools in `bench.story_facts`: a headline, a
lead, a random share of the story's body sentences and quotes, shared war background,
written in one of several outlet styles (wire datelines and sign-offs, short online
paragraphs, long analysis pieces with context). Some articles mix two stories (gold label
lists both). Then duplicates are planted: verbatim syndication, re-headlined wire copies,
teaser (short) versions, and lightly edited rewrites; each copy records `copy_of`.

Each JSONL record: id, title, outlet, published (ISO date or null), language, text,
stories (gold story ids, primary first), copy_of, copy_kind, and mentions as
[start, end, label, entity_id, surface] found by matching the entities' surface forms,
standing in for the annotation stage.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench.story_facts import ENTITIES, MIXES, STORIES, WAR_BACKGROUND

DEFAULT_OUT = Path(__file__).parent / "data" / "stories" / "corpus.jsonl"
ARTICLES_PER_STORY = (13, 18)
MIXED_ARTICLES = 10
UNDATED_SHARE = 0.08

OUTLETS = [
    # name, style, dateline city
    ("Reuters", "wire", "KYIV"),
    ("Associated Press", "wire", "KYIV"),
    ("AFP", "wire", "BRUSSELS"),
    ("Ukrinform", "wire", "KYIV"),
    ("Kyiv Ledger", "online", None),
    ("Pivden Daily", "online", None),
    ("Espresso Global", "online", None),
    ("Harbour Gazette", "analysis", None),
    ("Continental Times", "analysis", None),
    ("The Northern Courier", "analysis", None),
    ("Baltic Monitor", "online", None),
]
HEADLINE_PREFIXES = ["", "", "", "", "UPDATE 1-", "Analysis: ", "LIVE: ", "Explainer: "]
QUOTE_FORMS = [
    '"{q}," {s} said.',
    '{s} said: "{q}."',
    '"{q}," said {s}.',
    '"{q}," {s} told reporters.',
    '{s} wrote on Telegram: "{q}."',
    '"{q}," {s} stressed.',
]
TRANSITIONS = ["Separately, ", "Meanwhile, ", "Also on the agenda: ", "In other developments, ", ""]
# House style: each article rewrites these phrasings its own way (chosen once per article),
# so independent reports of one event share facts and names but few five-word runs, as
# real outlets do. Planted copies keep their original's wording.
HOUSE_STYLE = [
    (r"\bsaid\b", ["said", "stated", "announced", "reported"]),
    (r"\btold\b", ["told", "said to"]),
    (r"\baccording to\b", ["according to", "citing", "as reported by"]),
    (r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", ["on \\1", "", "late on \\1"]),
    (r"\bovernight\b", ["overnight", "during the night", "in the early hours"]),
    (r"\bofficials\b", ["officials", "authorities"]),
    (r"\bthe war\b", ["the war", "the conflict", "the fighting"]),
    (r"\battack\b", ["attack", "strike", "assault"]),
    (r"\blaunched\b", ["launched", "fired", "carried out"]),
    (r"\bseveral\b", ["several", "a number of", "multiple"]),
    (r"\bincluding\b", ["including", "among them"]),
    (r"\balso\b", ["also", "additionally", ""]),
    (r"\bhave been\b", ["have been", "were"]),
    (r"\bhas been\b", ["has been", "was"]),
    (r"\bthe coming weeks\b", ["the coming weeks", "the weeks ahead", "the near future"]),
    (r"\bdamaged\b", ["damaged", "hit"]),
    (r"\bsupply\b", ["supply", "provide"]),
    (r"\bsoldiers\b", ["soldiers", "troops", "servicemen"]),
    (r"\bbefore\b", ["before", "ahead of"]),
    (r"\bwhich\b", ["which", "that"]),
    (r"\bthe bank\b", ["the bank", "the central bank"]),
    (r"\bmore than\b", ["more than", "over"]),
    (r"\bafter\b", ["after", "following"]),
    (r"\bin the\b", ["in the", "within the", "across the"]),
    (r"\bof the\b", ["of the", "from the"]),
]
EDITS = [
    (r"\bsaid\b", "stated"),
    (r"\bon Monday\b", "earlier this week"),
    (r"\bthe war\b", "the conflict"),
    (r"\babout\b", "around"),
    (r"\bofficials\b", "authorities"),
    (r"\bRussian\b", "Russia's"),
]


@dataclass
class Doc:
    id: str
    title: str
    outlet: str
    published: str | None
    text: str
    stories: list[str]
    copy_of: str | None = None
    copy_kind: str | None = None
    mentions: list[list] = field(default_factory=list)


class Writer:
    """Fills templates for one article, keeping the article's choice of figures consistent."""

    def __init__(self, rng: random.Random, story: dict) -> None:
        self.rng = rng
        self.story = story
        self.figures: dict[str, str] = {}

    def fill(self, template: str, story: dict | None = None) -> str:
        story = story or self.story
        filled = re.sub(r"\{(ent|num):(\w+)\}", lambda m: self._slot(m.group(1), m.group(2), story), template)
        return filled[0].upper() + filled[1:]

    def _slot(self, kind: str, key: str, story: dict) -> str:
        if kind == "ent":
            return self.rng.choice(ENTITIES[key][2])
        figure_key = f"{id(story)}:{key}"
        if figure_key not in self.figures:  # one outlet sticks to one figure per article
            self.figures[figure_key] = self.rng.choice(story["nums"][key])
        return self.figures[figure_key]

    def quote(self, speaker: str, text: str) -> str:
        form = self.rng.choice(QUOTE_FORMS)
        said = form.format(q=text, s=self.rng.choice(ENTITIES[speaker][2]))
        return said[0].upper() + said[1:]


def house_style(rng: random.Random, text: str) -> str:
    """Apply one article's phrasing choices (see HOUSE_STYLE) to its text."""
    for pattern, choices in HOUSE_STYLE:
        text = re.sub(pattern, rng.choice(choices), text)
    return re.sub(r" {2,}", " ", text).replace(" ,", ",").replace(" .", ".")


def _random_day(rng: random.Random, start: str, end: str) -> str:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return (first + timedelta(days=rng.randint(0, (last - first).days))).isoformat()


def _sentences(rng: random.Random, writer: Writer, story: dict, share: float) -> list[str]:
    body = rng.sample(story["body"], max(1, round(len(story["body"]) * share)))
    quotes = rng.sample(story["quotes"], rng.randint(0, min(2, len(story["quotes"]))))
    out = [writer.fill(s, story) for s in body] + [writer.quote(sp, q) for sp, q in quotes]
    rng.shuffle(out)
    return out


def _paragraphs(rng: random.Random, sentences: list[str], style: str) -> list[str]:
    per = {"wire": (1, 2), "online": (1, 1), "analysis": (2, 3)}[style]
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randint(*per)
        paragraphs.append(" ".join(sentences[i : i + n]))
        i += n
    return paragraphs


def compose(rng: random.Random, story_id: str, mix_with: str | None = None) -> Doc:
    story = STORIES[story_id]
    outlet, style, city = rng.choice(OUTLETS)
    writer = Writer(rng, story)
    published = _random_day(rng, *story["dates"])
    share = {"wire": rng.uniform(0.3, 0.6), "online": rng.uniform(0.2, 0.45), "analysis": rng.uniform(0.5, 0.85)}[style]
    sentences = _sentences(rng, writer, story, share)
    background = [writer.fill(s) for s in rng.sample(WAR_BACKGROUND, rng.randint(0, 3))] if story_id not in {
        "ecb-rate-cut", "portugal-wildfires"} else []
    lead = writer.fill(rng.choice(story["leads"]))
    if mix_with:
        other = STORIES[mix_with]
        mixed = [writer.fill(rng.choice(other["leads"]), other), *_sentences(rng, writer, other, rng.uniform(0.3, 0.5))]
        mixed[0] = rng.choice(TRANSITIONS) + mixed[0][0].lower() + mixed[0][1:] if rng.random() < 0.5 else mixed[0]
        sentences = sentences[: max(3, len(sentences) // 2)] + mixed
    paragraphs = _paragraphs(rng, [lead, *sentences], style) + _paragraphs(rng, background, style)
    if style == "wire" and city:
        day = date.fromisoformat(published)
        paragraphs[0] = f"{city}, {day.strftime('%b')} {day.day} ({outlet}) - {paragraphs[0]}"
        if rng.random() < 0.5:
            paragraphs.append(f"(Reporting by {rng.choice(['Olena Harmash', 'Tom Balmforth', 'Max Hunder', 'Lili Bayer'])}; "
                              f"Editing by {rng.choice(['Andrew Heavens', 'Mark Trevelyan', 'Gareth Jones'])})")
    title = rng.choice(HEADLINE_PREFIXES) + writer.fill(rng.choice(story["headlines"]))
    return Doc(
        id=f"{rng.getrandbits(64):016x}",
        title=title,
        outlet=outlet,
        published=None if rng.random() < UNDATED_SHARE else published,
        text=house_style(rng, "\n\n".join(paragraphs)),
        stories=[story_id] + ([mix_with] if mix_with else []),
    )


def plant_copy(rng: random.Random, original: Doc, kind: str) -> Doc:
    """A duplicate of `original` of the given kind (exact, retitled, short, edited, update)."""
    outlet = rng.choice([o for o, _, _ in OUTLETS if o != original.outlet])
    paragraphs = original.text.split("\n\n")
    title, text = original.title, original.text
    if kind == "retitled":
        title = rng.choice(STORIES[original.stories[0]]["headlines"])
        title = Writer(rng, STORIES[original.stories[0]]).fill(title)
        text = f"{text}\n\nThis story was first published by {original.outlet}."
    elif kind == "short":
        text = "\n\n".join(paragraphs[: rng.randint(2, 3)])
    elif kind == "edited":
        kept = [p for i, p in enumerate(paragraphs) if i == 0 or rng.random() > 0.15]
        text = "\n\n".join(kept)
        for pattern, replacement in rng.sample(EDITS, 3):
            text = re.sub(pattern, replacement, text, count=2)
    elif kind == "update":  # the long version: the earlier report plus new paragraphs
        extra = [Writer(rng, STORIES[original.stories[0]]).fill(s) for s in rng.sample(WAR_BACKGROUND, 3)]
        text = f"{text}\n\n" + "\n\n".join(extra)
        title, outlet = f"UPDATE 2-{original.title}", original.outlet
    return Doc(
        id=f"{rng.getrandbits(64):016x}",
        title=title,
        outlet=outlet,
        published=original.published,
        text=text,
        stories=list(original.stories),
        copy_of=original.id,
        copy_kind=kind,
    )


def find_mentions(text: str) -> list[list]:
    """[start, end, label, entity_id, surface] for every entity surface form in the text."""
    written = [(f, key) for key, (_, _, fs) in ENTITIES.items() for f in fs]
    written += [(f[0].upper() + f[1:], key) for f, key in written if f[0].islower()]  # sentence-initial
    forms = sorted(written, key=lambda fk: -len(fk[0]))
    by_form = {f: key for f, key in forms}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f, _ in forms) + r")\b")
    out = []
    for m in pattern.finditer(text):
        entity_id, label, _ = ENTITIES[by_form[m.group()]]
        out.append([m.start(), m.end(), label, entity_id, m.group()])
    return out


def generate(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    docs = [compose(rng, sid) for sid in STORIES for _ in range(rng.randint(*ARTICLES_PER_STORY))]
    docs += [compose(rng, *rng.choice(MIXES)) for _ in range(MIXED_ARTICLES)]
    originals = [d for d in docs if len(d.stories) == 1]
    kinds = ["exact"] * 6 + ["retitled"] * 9 + ["short"] * 8 + ["edited"] * 8 + ["update"] * 4
    docs += [plant_copy(rng, original, kind) for original, kind in zip(rng.sample(originals, len(kinds)), kinds)]
    rng.shuffle(docs)
    for doc in docs:
        doc.mentions = find_mentions(doc.text)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    docs = generate(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps({**doc.__dict__, "language": "en"}, ensure_ascii=False) + "\n")
    copies = sum(d.copy_of is not None for d in docs)
    print(f"{len(docs)} articles ({copies} planted copies) over {len(STORIES)} stories -> {args.out}")


if __name__ == "__main__":
    main()
