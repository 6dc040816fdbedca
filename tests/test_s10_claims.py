"""Numeric claims on invented sentences shaped like asserter misses of real news claim sets
14-36 and 38-42 (fix sets in session 10): forecasters a firm polled speak for themselves,
and a trade body stands for the association named before."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_economists_polled_by_a_firm_make_their_own_forecast() -> None:
    text = "Economists polled by Marlow Data had predicted an expansion of 0.4% in the quarter."
    assert asserters(text) == [(0.4, "Economists polled by Marlow Data")]


def test_according_to_analysts_surveyed_by_a_firm_is_the_analysts() -> None:
    text = "Exports were forecast to fall 3.1% in May, according to analysts surveyed by data firm Corvex."
    assert asserters(text) == [(3.1, "analysts surveyed by data firm Corvex")]


def test_the_trade_body_is_the_association_named_before() -> None:
    text = (
        "Air freight climbed by 8% in the first quarter, the International Cargo Carriers Association has said. "
        "The industry trade body had expected to see an increase of 5.2%."
    )
    assert dict(asserters(text))[5.2] == "International Cargo Carriers Association"


def test_a_body_that_measured_a_quake_asserts_its_magnitude() -> None:
    text = "The quake, measured as magnitude 6.4 by the Orvand Seismic Bureau, hit just after dawn on Sunday."
    assert asserters(text) == [(6.4, "Orvand Seismic Bureau")]


def test_a_quake_that_measured_a_magnitude_asserts_nothing() -> None:
    assert asserters("The earthquake measured 6.9 on the Richter scale.") == [(6.9, None)]


def test_a_said_clause_goes_on_past_and_with_an_elided_verb() -> None:
    text = "The Vestran health ministry said at least four people were killed and 57 others injured in the blast."
    assert asserters(text) == [(4, "Vestran health ministry"), (57, "Vestran health ministry")]


def test_a_quake_which_measured_a_magnitude_asserts_nothing() -> None:
    text = "Rescuers searched for survivors after the violent earthquake, which measured 6.9 on the Richter scale."
    assert asserters(text) == [(6.9, None)]


def test_the_poll_panel_is_the_commission_cited_before() -> None:
    text = (
        "The turnout reached 61 per cent, the Election Commission of Varnia said on Thursday. "
        "Counting in 58 constituencies was delayed by floods, the poll panel said."
    )
    assert asserters(text) == [(61, "Election Commission of Varnia"), (58, "Election Commission of Varnia")]


def test_figures_nobody_is_named_behind_show_nothing_of_anyone() -> None:
    assert asserters("Prices rose 3 percent in May. The figures show 12 regions saw falls.") == [(3, None), (12, None)]


def test_a_running_total_since_a_date_goes_on_with_the_report() -> None:
    text = (
        "Tarsk's Ministry of Health has confirmed six more cases of cholera, "
        "bringing the number of confirmed cases to 14 since the outbreak of the fever that was declared in March."
    )
    assert asserters(text) == [(6, "Tarsk's Ministry of Health"), (14, "Tarsk's Ministry of Health")]


def test_a_news_outlet_cited_relays_the_forecast_of_the_clause_subject() -> None:
    text = "Economists predicted a 0.3% monthly increase in prices, according to Reuters."
    assert asserters(text) == [(0.3, "Economists")]


def test_a_counting_firm_cited_keeps_the_count_of_what_was_announced() -> None:
    text = "Employers announced 91,000 job cuts in May, according to the outplacement firm Harlow Partners."
    assert asserters(text) == [(91_000, "Harlow Partners")]
