"""The real seed articles: troop figures with their asserters (through hand-built quotes and
through the quote extractor), the Kremlin's and Nebenzia's denials, and the sources each
article relies on. Skipped when ../shared/corpus is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.analyse.claims import extract_claims
from wiretrace.analyse.denials import extract_denials
from wiretrace.analyse.provenance import extract_sources
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.clean.plaintext import clean_plaintext
from wiretrace.model import Article, Claim, Quote, Span
from wiretrace.nlp import Annotated, annotate

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds not present")

# seed prefix -> (figure, hedge, counted, reported content holding it, speaker id, speaker name)
TROOP_FIGURES = {
    "001": (12000, "over", "North Korean troops", "over 12,000 North Korean troops are currently in Russia",
            "person:dorothy-camille-shea", "Dorothy Camille Shea"),
    "003": (11000, "around", "North Korean soldiers", "around 11,000 North Korean soldiers are undergoing training",
            "person:kyrylo-budanov", "Kyrylo Budanov"),
    "004": (10000, None, "soldiers", "Russia and North Korea intend to train 10,000 soldiers",
            "person:volodymyr-zelenskyy", "Volodymyr Zelenskyy"),
}
# seed prefix -> (source id, cue)
RELIED_ON = {
    "000": [("ap", "in an interview with")],
    "001": [("reuters", "Source:")],
    "002": [("the-times", "reports"), ("isw", "reports"), ("ccd", "states")],
    "003": [("ukrinform", "according to")],
    "004": [("rbc-ukraine", "according to")],
}


def seed(prefix: str) -> Annotated:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    raw = path.read_text(encoding="utf-8")
    text = clean_plaintext(raw).body
    return annotate(Article(id=prefix, source=str(path), input_format="text", raw=raw, text=text, text_hash=prefix))


def figure(claims: list[Claim], value: float, hedge: str | None) -> Claim:
    """The claim of that value and hedge (003 states 11,000 twice: "over" and "around")."""
    (found,) = [c for c in claims if c.value == value and c.hedge == hedge]
    return found


@pytest.mark.parametrize("prefix", sorted(TROOP_FIGURES))
def test_troop_figures_with_hand_built_quotes(prefix):
    value, hedge, counted, content, speaker_id, speaker_name = TROOP_FIGURES[prefix]
    ann = seed(prefix)
    text = ann.article.text
    start = text.index(content)
    quote = Quote(Span(prefix, start, start + len(content)), content, "indirect", speaker_id, speaker_name)
    claim = figure(extract_claims(ann, [quote], extract_sources(ann)), value, hedge)
    assert (claim.counted, claim.unit_class) == (counted, "people")
    assert (claim.asserter_id, claim.asserter_name) == (speaker_id, speaker_name)
    assert content in claim.span.text_in(text)
    assert text[claim.value_span.start:claim.value_span.end] == claim.value_text


@pytest.mark.parametrize("prefix", sorted(TROOP_FIGURES))
def test_troop_figures_with_the_quote_extractor(prefix):
    value, hedge, _, _, speaker_id, _ = TROOP_FIGURES[prefix]
    ann = seed(prefix)
    claim = figure(extract_claims(ann, extract_quotes(ann), extract_sources(ann)), value, hedge)
    assert claim.asserter_id == speaker_id


def test_the_kremlin_dismisses_troop_claims_as_disinformation():
    ann = seed("002")
    (denial,) = [d for d in extract_denials(ann) if "disinformation" in d.cue]
    assert denial.kind == "denial" and denial.denier_id == "gpe:russia"
    assert denial.target == "claims of North Korean troop involvement"
    assert "The Kremlin continues to dismiss" in denial.span.text_in(ann.article.text)


def test_nebenzia_calls_the_allegations_wholly_unsubstantiated():
    ann = seed("001")
    (denial,) = [d for d in extract_denials(ann) if "wholly unsubstantiated" in d.cue]
    assert denial.denier_id == "person:vasily-nebenzia"


@pytest.mark.parametrize("prefix", sorted(RELIED_ON))
def test_sources_relied_on(prefix):
    ann = seed(prefix)
    found = {(s.source_id, s.cue) for s in extract_sources(ann)}
    assert set(RELIED_ON[prefix]) <= found
    for ref in extract_sources(ann):
        assert ref.span.text_in(ann.article.text).strip()
