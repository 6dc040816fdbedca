"""Provenance on hand-written sentences: cited sources with their cue, kind and span."""

from __future__ import annotations

import pytest

from wiretrace.analyse.provenance import extract_sources, known_source, main_source
from wiretrace.model import Article, SourceRef
from wiretrace.nlp import annotate


def sources_of(text: str) -> list[SourceRef]:
    article = Article(id="p", source="test", input_format="text", raw=text, text=text, text_hash="p")
    found = extract_sources(annotate(article))
    for ref in found:
        assert ref.span.article_id == "p" and ref.span.end <= len(text)
    return found


@pytest.mark.parametrize(
    ("text", "source_id", "kind", "cue", "surface"),
    [
        ("Source: Reuters\n\nThe talks ended on Friday.", "reuters", "wire", "Source:", "Reuters"),
        ("The president said this in an interview with AP.", "ap", "wire", "in an interview with", "AP"),
        ("Kyiv wants a strong response, Zelenskyy said, according to Ukrinform.", "ukrinform", "agency", "according to", "Ukrinform"),
        ("A senior official told Yonhap that the troops had arrived.", "yonhap", "agency", "told", "Yonhap"),
        ("Ukrinform reported that the children had been returned.", "ukrinform", "agency", "reported", "Ukrinform"),
        ("The Times reports that shells come from North Korea.", "the-times", "media", "reports", "The Times"),
        ("According to RBC-Ukraine's sources, 20 occupiers were killed.", "rbc-ukraine", "media", "according to", "RBC-Ukraine"),
        ("The Institute for the Study of War reports that troops are training.", "isw", "think_tank", "reports", "Institute for the Study of War"),
        ("Kyrylo Budanov, head of the Main Intelligence Directorate, revealed the figure.", "gur", "intelligence", "revealed", "Main Intelligence Directorate"),
        ("Ukraine's Center for Countering Disinformation states that officers are present.", "ccd", "official", "states", "Center for Countering Disinformation"),
        ("The statement was carried by KCNA.", "kcna", "agency", "cited by", "KCNA"),
        ("LONDON, Nov 14 (Reuters) - The talks ended on Friday.", "reuters", "wire", "dateline", "Reuters"),
        ("GAZA, Oct 27 (BSS/AFP) - Hamas released a list.", "afp", "wire", "dateline", "AFP"),
        ("Speaking to Reuters, a spokesperson said he had never heard of that.", "reuters", "wire", "speaking to", "Reuters"),
        ("The border post was destroyed, said Interfax.", "interfax", "agency", "reported", "Interfax"),
        ("Russia's FSB security service alleged that a shell had hit a border post.", "fsb", "intelligence", "alleged", "FSB"),
    ],
)
def test_known_sources_with_their_cue(text, source_id, kind, cue, surface):
    (ref,) = [r for r in sources_of(text) if r.source_id == source_id]
    assert (ref.kind, ref.cue) == (kind, cue)
    assert text[ref.span.start:ref.span.end] == surface


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("There is information from Ukrainian intelligence, according to Ukrainian intelligence official Andrii Yusov.", "ukrainian-intelligence"),
        ("The Times reports Western intelligence claiming half of the shells come from North Korea.", "western-intelligence"),
    ],
)
def test_intelligence_named_by_a_demonym(text, source_id):
    refs = [r for r in sources_of(text) if r.source_id == source_id]
    assert refs and refs[0].kind == "intelligence"


def test_a_name_without_a_cue_is_no_source():
    assert sources_of("Reuters is a news agency. The UN met in New York. Ukrainian intelligence hackers hit a network.") == []


def test_an_ambassador_to_the_un_does_not_speak_for_the_un():
    assert sources_of("The Deputy US Ambassador to the UN Dorothy Shea has warned of the risk.") == []


def test_an_unknown_organisation_gets_a_slug_and_kind_other():
    refs = sources_of("According to the Kharkiv Regional Prosecutor's Office, 12 people were injured.")
    assert [(r.source_id, r.kind, r.cue) for r in refs] == [("kharkiv-regional-prosecutor-s-office", "other", "according to")]


def test_the_credited_source_is_the_main_source():
    refs = sources_of("Source: Reuters\n\nAccording to TASS, the meeting ended.")
    assert main_source(refs).source_id == "reuters"
    assert main_source(sources_of("According to TASS, the meeting ended.")) is None


def test_aliases_resolve_to_one_id():
    assert known_source("Associated Press").id == known_source("AP").id == "ap"
    assert known_source("the Washington Post").id == known_source("WP").id == "washington-post"
    assert known_source("Nonexistent Gazette") is None


def test_an_unknown_outlet_told_or_cited_is_a_media_source():
    refs = sources_of("A senior commander told Army Radio that the strike had been well planned.")
    assert [(r.name, r.kind, r.cue) for r in refs] == [("Army Radio", "media", "told")]
    assert sources_of("A senior commander told the crowd that the strike had been well planned.") == []


def test_an_official_body_reporting_is_a_source():
    refs = sources_of("Prices rose by 15 per cent, the State Statistics Service said on Monday.")
    assert [(r.name, r.kind) for r in refs] == [("State Statistics Service", "official")]
    of_phrase = sources_of("The General Staff of Ukraine's Armed Forces said 1,180 soldiers were lost.")
    assert "armed-forces" not in [r.source_id for r in of_phrase]
