"""Numeric claims on invented sentences shaped like the asserter errors of blind set 25 of
real news (held out in session 6, a fix set in session 7): a body named again by its kind."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_the_programme_is_the_un_body_named_before() -> None:
    text = (
        "The United Nations World Food Programme (WFP) warned of famine on Monday. "
        "The programme announced that it needs $2.49 billion to support relief efforts."
    )
    assert asserters(text) == [(2.49e9, "United Nations World Food Programme")]


def test_hearsay_said_of_a_thing_asserts_nothing() -> None:
    text = "The quake, said to be the worst in more than 100 years, has killed up to 40,000 people."
    assert asserters(text) == [(40000, None)]


def test_ratios_are_shares_but_counts_out_of_a_total_are_counts() -> None:
    text = "At least 1 in 3 children is stunted, and nearly two in three adults smoke, UNICEF said."
    assert asserters(text) == [(33.33, "UNICEF"), (66.67, "UNICEF")]


def test_a_time_after_in_is_no_ratio() -> None:
    assert [value for value, _ in asserters("The team scored 3 in 10 minutes.")] == [3]


# Set 29 (held out at the start of session 7, a fix set after): company results.


def test_the_bank_is_the_organisation_named_bank_not_the_exchange_named_since() -> None:
    text = (
        "Union Bank of Nigeria Plc on Wednesday reported a profit of N11.7 billion.\n\n"
        "The bank stated this in its result submitted to the Nigerian Stock Exchange (NSE) in Lagos.\n\n"
        "The bank said gross earnings rose to N83.3 billion."
    )
    assert asserters(text)[-1] == (83.3e9, "Union Bank of Nigeria Plc")


def test_the_automaker_is_not_the_agency_that_relays_the_story() -> None:
    text = (
        "Toyota on Wednesday said it was on track to book a record profit, AFP reports.\n\n"
        "The world's biggest automaker also said it expected to sell 9.05 million vehicles."
    )
    assert asserters(text)[-1] == (9.05e6, "Toyota")


def test_a_dateline_with_its_date_in_capitals_is_no_asserter() -> None:
    text = "LAGOS, JULY 26, 2018 – Union Bank of Nigeria Plc on Wednesday reported N11.7 billion profit before tax."
    assert asserters(text) == [(11.7e9, "Union Bank of Nigeria Plc")]


# Sets 30 and 31 (held out at the start of session 7, fix sets after).


def test_a_thing_that_registers_a_figure_asserts_nothing_the_outer_reporter_does() -> None:
    text = (
        "The epicenter registered 40 kilometers southeast of the town of Jurm, the US Geological "
        "Survey reported. Sea arrivals have been recorded by Spanish authorities, reaching 11,861."
    )
    found = asserters(text)
    assert found[0][1] is not None and "Geological Survey" in found[0][1]
    assert found[-1] == (11861, "Spanish authorities")


def test_local_reports_name_no_one() -> None:
    text = "At least 57 people were killed in the attack, according to local reports."
    assert asserters(text) == [(57, None)]


# Set 29: amounts after a year, percentage points, years cut short.


def test_an_amount_after_a_year_is_its_own_figure() -> None:
    text = "The bank said gross earnings rose from N72.1 billion in 2017 to N83.3 billion."
    assert [value for value, _ in asserters(text)] == [72.1e9, 83.3e9]


def test_percentage_points_are_percentages() -> None:
    from wiretrace.analyse.numbers import find_numbers

    found = find_numbers("Food added 2.94 percentage points and housing 1.50percentage points.")
    assert [(p.value, p.percent) for p in found] == [(2.94, True), (1.5, True)]


def test_a_year_cut_short_is_no_figure() -> None:
    text = "The deficit is estimated at 5.1% in the financial year 2024-’25, Sitharaman said."
    assert asserters(text) == [(5.1, "Sitharaman")]


# Sets 32-34: acronyms in brackets whatever their letters.


def test_an_acronym_in_brackets_after_a_name_is_that_body_whatever_its_letters() -> None:
    text = "The Disaster and Emergency Management Authority (AFAD) said 1,891 people had died. AFAD said 5,000 were injured."
    assert asserters(text) == [
        (1891, "Disaster and Emergency Management Authority"), (5000, "Disaster and Emergency Management Authority"),
    ]


def test_the_statement_is_the_one_the_body_said_things_in() -> None:
    text = (
        "\"In 380 days of war, 42,603 people have been killed,\" the ministry said in a statement. "
        "Israel also carried out seven mass killings in the past 24 hours, the statement said."
    )
    assert asserters(text) == [(42603, "ministry"), (7, "ministry")]


def test_its_forecast_is_the_company_s_and_a_link_left_in_the_text_records_nothing() -> None:
    text = (
        "Toyota Motor Corp. raised its outlook on Tuesday. For the full year, it expects a ¥330 billion "
        "operating profit, up from its previous forecast of ¥280 billion."
    )
    assert asserters(text) == [(330e9, "Toyota Motor Corp."), (280e9, "Toyota Motor Corp.")]
    linked = "The CDC said https://www.cdc.gov/measles/cases-outbreaks.html had recorded 22 cases."
    assert asserters(linked) == [(22, "CDC")]


def test_a_toll_announced_by_a_body_and_a_report_citing_one_are_that_body_s() -> None:
    toll = "The previous toll announced by the authorities on Saturday night indicated 2,012 dead and 2,059 injured."
    assert asserters(toll) == [(2012, "authorities"), (2059, "authorities")]
    cited = "According to a report by Maghreb Arabe Press citing the Interior Ministry, the death toll has risen to 2,862."
    assert asserters(cited) == [(2862, "Interior Ministry")]
