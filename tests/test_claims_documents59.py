"""Numeric claims on invented sentences shaped like asserter errors of real news claim sets
(session 9): a document or evidence noun ("the report", "the final results", "police figures",
"reports by X") stands for the body that made it, not for itself."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_the_report_after_a_titled_report_is_its_maker() -> None:
    text = (
        "Kalvex's Monthly Oil Market Report noted a drop in output in May.\n\n"
        "The report also noted that production fell from 1.32 million barrels per day in February to 1.23 million in March."
    )
    assert asserters(text) == [(1_320_000, "Kalvex"), (1_230_000, "Kalvex")]


def test_a_document_named_another_way_is_the_earlier_reports_maker() -> None:
    text = (
        "According to the Ostra report, exports fell to 99.4 million tons in the spring.\n\n"
        "The comprehensive analysis further discloses that exports reached 409.3 million tons in 2023."
    )
    assert dict(asserters(text))[409_300_000] == "Ostra"


def test_the_final_results_are_the_bodys_that_published_them() -> None:
    text = (
        "The Elections Commission has published the official results.\n\n"
        "The winner received 134,705 votes, according to the final results."
    )
    assert asserters(text) == [(134_705, "Elections Commission")]


def test_a_figure_in_a_document_a_body_released_is_the_bodys() -> None:
    text = (
        "The Tarsian Electoral Commission on Thursday released the turnout data showing a 62.2 per cent voter count.\n\n"
        "According to the data, turnout among women was 63 per cent."
    )
    assert asserters(text) == [(62.2, "Tarsian Electoral Commission"), (63, "Tarsian Electoral Commission")]


def test_reports_by_a_body_are_the_bodys() -> None:
    text = "As per reports by a Dutch rescue charity, around 750 people had packed the boat."
    assert asserters(text) == [(750, "Dutch rescue charity")]


def test_what_reports_by_a_body_tell_is_the_bodys() -> None:
    text = "The strikes followed overnight reports by the Varnian Air Force that Kessia had launched 13 drones."
    assert asserters(text) == [(13, "Varnian Air Force")]


def test_figures_a_body_made_are_the_bodys() -> None:
    text = "The police figures show a 19% fall in gun crime, down from 7,749 to 6,285 offences."
    assert asserters(text) == [(19, "police"), (7_749, "police"), (6_285, "police")]


def test_an_update_is_the_body_that_announced_before() -> None:
    text = (
        "The Ministry of Health of Varnia announced 68 new cases on Monday.\n\n"
        "According to the coronavirus update on Wednesday, the total number of cases has risen to 742,109."
    )
    assert dict(asserters(text))[742_109] == "Ministry of Health of Varnia"


def test_figures_nobody_is_named_behind_assert_nothing() -> None:
    assert asserters("Trade figures show a 5% rise in exports.") == [(5, None)]


def test_the_result_one_reacts_to_is_no_document() -> None:
    text = "Analysts at Brell Capital, reacting to Norvik Bank's results, said the result showed that profit grew 39 per cent."
    assert asserters(text) == [(39, "Analysts at Brell Capital")]
