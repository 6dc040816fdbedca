import hashlib
import json

import pytest

from wiretrace.link.dedup import DedupIndex, find_duplicates, numbers_in
from wiretrace.model import Article, ArticleFacts, Mention, Span

REPORT = (
    "Workers at the river port of Halden walked out on Tuesday after talks on a new wage agreement collapsed late "
    "on Monday night, the dockers' union said. The strike halted loading at four container terminals and left 23 "
    "ships waiting at anchor in the estuary, according to the harbour master. Union leader Marta Kovac said members "
    "rejected an offer of a 3.5 percent raise because it did not cover the rise in rents over the past two years. "
    "The port authority said perishable cargo would be diverted to the coastal terminal at Brenn, where capacity is "
    "limited to about 1,200 containers a day. Shipping lines warned customers of delays of up to a week. The last "
    "strike at Halden, in 2019, lasted nine days and cost exporters an estimated 40 million euros, the chamber of "
    "commerce said. Talks are due to resume on Thursday under a state mediator."
)
OTHER = (
    "The city council of Varna approved a plan on Wednesday to replace its ageing tram fleet with 36 low-floor "
    "vehicles by 2028. The deputy mayor said the contract, worth 180 million euros, would be tendered in spring and "
    "financed partly by a loan from a development bank. Opposition councillors criticised the timetable as too slow "
    "and questioned whether the depot could house the longer trams. Passenger groups welcomed the decision but asked "
    "for more frequent night services on the coastal line, which is the busiest in the city."
)


def art(aid: str, text: str, title: str = "Halden dockers strike", outlet: str = "Harbour Post",
        published: str | None = "2025-03-04", language: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", input_format="text", raw=text, text=text,
                   text_hash=hashlib.sha256(text.encode()).hexdigest(), title=title, outlet=outlet,
                   published=published, language=language)


def test_exact_copy_grouped_with_earliest_first():
    groups, _ = find_duplicates([art("b", REPORT, published="2025-03-05", outlet="Daily"), art("a", REPORT)])
    assert [(g.article_ids, g.kind) for g in groups] == [(["a", "b"], "exact")]


def test_changed_headline_wire_copy_is_syndicated():
    copy = "HALDEN (Wire) - " + REPORT.replace("walked out", "went on strike") + " (Reporting by A. Berg)"
    groups, _ = find_duplicates([art("orig", REPORT), art("copy", copy, title="Port paralysed as talks fail", outlet="Wire")])
    assert len(groups) == 1
    assert set(groups[0].article_ids) == {"orig", "copy"} and groups[0].kind == "syndicated"


def test_short_version_contained_in_long_one_longest_first_when_undated():
    teaser = " ".join(REPORT.split(". ")[:3]) + "."
    groups, _ = find_duplicates([art("short", teaser, published=None), art("long", REPORT, published=None)])
    assert [(g.article_ids, g.kind) for g in groups] == [(["long", "short"], "contained")]


def test_unrelated_articles_are_not_grouped():
    groups, index = find_duplicates([art("port", REPORT), art("tram", OTHER, title="Trams")])
    assert groups == [] and index.pairs() == set()


def test_incremental_batches_and_repeated_batch():
    _, index = find_duplicates([art("a", REPORT), art("t", OTHER)])
    groups, index = find_duplicates([art("b", REPORT.replace("Tuesday", "Tuesday morning"), outlet="Other")], index)
    assert [set(g.article_ids) for g in groups] == [{"a", "b"}]
    again, index = find_duplicates([art("b", REPORT, outlet="Other")], index)
    assert again == groups


def test_translation_by_numbers_entities_and_date():
    ukrainian = (
        "Працівники річкового порту Галден оголосили страйк після провалу переговорів. Страйк зупинив 4 термінали, "
        "23 судна чекають на рейді. Профспілка відхилила підвищення на 3,5 відсотка. Термінал Бренн приймає близько "
        "1 200 контейнерів на день. Страйк 2019 року коштував експортерам 40 мільйонів євро."
    )
    facts = {
        aid: ArticleFacts(aid, mentions=[Mention(Span(aid, 0, 1), "x", "GPE", "gpe:halden"),
                                         Mention(Span(aid, 0, 1), "y", "PERSON", "person:marta-kovac")])
        for aid in ("en", "uk")
    }
    english = REPORT.replace("four container terminals", "4 container terminals")
    groups, _ = find_duplicates([art("en", english), art("uk", ukrainian, title="Страйк", language="uk")], facts=facts)
    assert [(set(g.article_ids), g.kind) for g in groups] == [({"en", "uk"}, "translation")]


def test_numbers_normalised_across_digit_grouping():
    assert numbers_in("12,000 and 12 000 and 3,5 and 3.5 troops") == {"12000", "3.5"}


@pytest.mark.parametrize("english, other", [
    ("about 12,000 tonnes of wheat", "близько 12 тисяч тонн пшениці"),
    ("40 million euros", "40 мільйонів євро"),
    ("1.5 billion dollars", "1,5 млрд доларів"),
    ("12 thousand troops", "12 тысяч военных"),
    ("40,000 people", "40 тыс. человек"),
])
def test_figures_spelled_with_a_scale_word_meet_across_languages(english, other):
    assert numbers_in(english) == numbers_in(other)


def test_state_round_trips_and_remove_updates_groups():
    _, index = find_duplicates([art("a", REPORT), art("b", REPORT, outlet="X"), art("t", OTHER)])
    restored = DedupIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert restored.groups() == index.groups()
    groups, restored = find_duplicates([art("c", REPORT, outlet="Y", published="2025-03-03")], restored)
    assert groups[0].article_ids == ["c", "a", "b"]
    restored.remove("c")
    restored.remove("b")
    assert restored.groups() == []
