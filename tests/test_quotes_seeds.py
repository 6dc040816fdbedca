"""Who said what in the five seed articles (../shared/corpus/seeds).

The seed files are used whole as Article.text: their boilerplate (menus, related links,
donation blurbs) holds no attributed quotes. The gold lists the 11 direct quotes of the
five seeds, each by the start of its content and its speaker's surname. Nebenzia's
"wholly unsubstantiated" counts: it is his own short phrase, attributed by a naming verb
("calling them ...") with a named speaker. Scare quotes such as ‘comprehensive strategic
partnership’ and the headline "'Hungarian oppression' claims" are not quotes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.analyse.quotes import extract_quotes
from wiretrace.model import Article, Quote
from wiretrace.nlp import annotate

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

# seed file prefix -> [(start of the quoted content, speaker surname, how the speaker is referred to)]
DIRECT_GOLD: dict[str, list[tuple[str, str, str]]] = {
    "000": [
        ("This is no longer just about Ukraine", "Zelenskyy", "Zelenskyy"),
        ("Combat tactics, drone warfare strategies", "Zelenskyy", "the Ukrainian leader"),
    ],
    "001": [
        ("The DPRK is significantly benefiting", "Shea", "Shea"),
        ("wholly unsubstantiated", "Nebenzia", "Vasily Nebenzia"),
        ("essentially slaves to Kim Jong Un", "Hwang Joon-kook", "Hwang Joon-kook"),
    ],
    "002": [
        ("We’re witnessing an intensifying alliance", "Zelenskyy", "Zelenskyy"),
    ],
    "003": [
        ("We have clear evidence that North Korea", "Zelenskyy", "Zelenskyy"),
        ("We must act. We cannot allow this evil", "Zelenskyy", "Zelenskyy"),
    ],
    "004": [
        ("I do not know the number of officers", "Zelenskyy", "the President"),
        ("That is, he (Putin - ed.) wants", "Zelenskyy", "the head of state"),
        ("This is an official fact that another country", "Zelenskyy", "he"),
    ],
}

# Reported speech that must be found with its speaker: (start of content, speaker surname).
INDIRECT_GOLD: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("for the first time in many decades", "Zelenskyy"),
        ("North Korean troops are actively learning", "Zelenskyy"),
    ],
    "001": [
        ("over 12,000 North Korean troops", "Shea"),
        ("the DPRK may also use these improvements", "Shea"),
    ],
    "003": [
        ("around 11,000 North Korean soldiers", "Budanov"),
        ("North Korea’s involvement in the conflict", "Zelenskyy"),
    ],
    "004": [
        ("Russia and North Korea intend to train", "Zelenskyy"),
        ("there is information from Ukrainian intelligence", "Zelenskyy"),
    ],
}


def seed_quotes(prefix: str) -> tuple[str, list[Quote]]:
    if not SEEDS.is_dir():
        pytest.skip("shared seed corpus not available")
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    article = Article(
        id=prefix, source=str(path), input_format="text", raw=text, text=text, text_hash="x"
    )
    return text, extract_quotes(annotate(article))


def find(quotes: list[Quote], kind: str, start: str) -> Quote:
    matches = [q for q in quotes if q.kind == kind and q.text.startswith(start)]
    assert len(matches) == 1, f"{kind} quote starting {start!r}: found {len(matches)}"
    return matches[0]


def test_the_seeds_hold_eleven_direct_quotes() -> None:
    assert sum(len(quotes) for quotes in DIRECT_GOLD.values()) == 11


@pytest.mark.parametrize("prefix", sorted(DIRECT_GOLD))
def test_direct_quotes_and_speakers(prefix: str) -> None:
    text, quotes = seed_quotes(prefix)
    for start, surname, referred_as in DIRECT_GOLD[prefix]:
        quote = find(quotes, "direct", start)
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker_name is not None and quote.speaker_name.endswith(surname), quote
        assert quote.speaker_id is not None and quote.speaker_id.startswith("person:")
        assert text[quote.speaker_span.start : quote.speaker_span.end].endswith(referred_as)


@pytest.mark.parametrize("prefix", sorted(DIRECT_GOLD))
def test_no_other_direct_quote_gets_a_speaker(prefix: str) -> None:
    _, quotes = seed_quotes(prefix)
    attributed = [q for q in quotes if q.kind == "direct" and q.speaker_name is not None]
    assert len(attributed) == len(DIRECT_GOLD[prefix])


def test_scare_quotes_in_the_seeds_are_not_quotes() -> None:
    _, quotes = seed_quotes("002")
    assert not any("comprehensive strategic partnership" in q.text for q in quotes if q.kind == "direct")


@pytest.mark.parametrize("prefix", sorted(INDIRECT_GOLD))
def test_reported_speech_and_speakers(prefix: str) -> None:
    _, quotes = seed_quotes(prefix)
    for start, surname in INDIRECT_GOLD[prefix]:
        quote = find(quotes, "indirect", start)
        assert quote.speaker_name is not None and quote.speaker_name.endswith(surname), quote
