"""Numeric claims on invented sentences shaped like asserter errors of real news claim sets
29-42 (session 9): verbs that measure, record, estimate or appeal for a figure make their
subject its asserter, and a place that is only what was measured asserts nothing."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_pegging_a_number_at_a_figure_reports_it() -> None:
    text = "Meanwhile, the Kelm city police have pegged the number of protesters at around 240,000."
    assert asserters(text) == [(240_000, "Kelm city police")]


def test_putting_a_magnitude_at_a_figure_reports_it() -> None:
    text = "The Varnian Seismic Authority put the magnitude of the quake at 7.4 near the city of Kelm."
    assert asserters(text) == [(7.4, "Varnian Seismic Authority")]


def test_giving_a_reading_and_revising_it_report_each_figure() -> None:
    text = (
        "The Seismic Center initially gave a reading of 7.7 for the quake, "
        "which the Meteorological Department revised down to 6.8."
    )
    assert asserters(text) == [(7.7, "Seismic Center"), (6.8, "Meteorological Department")]


def test_revising_a_toll_from_a_figure_reports_it() -> None:
    text = "The Dorvan Civil Defense Agency revised the death toll downward from 248 without explanation early Wednesday."
    assert asserters(text) == [(248, "Dorvan Civil Defense Agency")]


def test_a_company_booking_a_profit_reports_it() -> None:
    text = "The upgraded forecasts came as Kelda Motor booked a 1.13 trillion yen net profit for the six months."
    assert asserters(text) == [(1.13e12, "Kelda Motor")]


def test_calling_for_an_amount_asserts_it() -> None:
    text = "The World Food Programme has called for $15 million to cover immediate needs."
    assert asserters(text) == [(15e6, "World Food Programme")]


def test_a_second_act_of_recording_shares_the_subject() -> None:
    text = "Awda Clinic confirmed receiving the bodies and recorded an additional 13 wounded."
    assert asserters(text) == [(13, "Awda Clinic")]


def test_a_place_posting_an_increase_is_what_was_measured() -> None:
    text = 'Texas posted an increase of 0.9%, or 0.05 bcf/day, "as several new wells came online," the EIA said.'
    assert dict(asserters(text))[0.9] == "EIA"


def test_a_place_reporting_gives_way_to_the_body_cited() -> None:
    text = (
        "In South Asia, Nepal, by far the hardest hit, reports at least 442 fatalities, with 402 people still "
        "unaccounted for, according to the national disaster management agency."
    )
    assert dict(asserters(text))[402] == "national disaster management agency"


def test_a_company_posting_a_loss_still_reports_it() -> None:
    text = "Brenner Corp posted a net loss of $310 million for the quarter."
    assert asserters(text) == [(310e6, "Brenner Corp")]



def test_a_thing_booking_growth_reports_nothing() -> None:
    text = "Cash transfers also booked a double-digit growth of 10.7 percent to $2.61 billion in March."
    assert [who for _, who in asserters(text)] == [None, None]


def test_an_inverted_cue_is_no_second_act_of_the_subject() -> None:
    text = (
        "Kelm Police carried out an operation that found drugs valued at Rs 325 crore and led to the arrest of "
        "three people, stated a report in NDTV."
    )
    assert "Kelm Police" not in [who for _, who in asserters(text)]


def test_a_car_maker_posting_a_profit_reports_it() -> None:
    text = "Kelda, Varnia's biggest car maker, posted a net profit of 4.01 billion yuan."
    assert asserters(text) == [(4.01e9, "Kelda")]


def test_a_place_that_speaks_beside_a_citation_of_another_clause_still_asserts() -> None:
    text = (
        "More than 220 people have been killed in Varnian strikes so far, according to Ostria's health ministry, "
        "while Varnia says Ostrian attacks have killed 24 people."
    )
    assert dict(asserters(text))[24] == "Varnia"
