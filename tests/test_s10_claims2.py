"""Numeric claims on invented sentences shaped like asserter misses of real news claim sets
14-36 and 38-42 (fix sets in session 10, second round): a change's earlier level after a
result a company reports, what researchers discovered, and researchers at an institution
stand for it, and an institution noun stands for the name right after it that the parser
cut from it; a role of a place or a nation ("the Russian regional governor") is the
titled speaker the next paragraph names."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_the_earlier_level_after_a_booked_profit_is_the_companys() -> None:
    text = "Harlan Motors booked a 2.4 trillion yen net profit for the half year, up from 1.9 trillion yen a year ago."
    assert [name for _, name in asserters(text)] == ["Harlan Motors", "Harlan Motors"]


def test_the_earlier_level_after_a_reported_profit_is_the_companys() -> None:
    text = (
        "On Friday, the company reported a net profit of $412 million for the quarter, "
        "down from $455 million in the same period the previous year."
    )
    assert [name for _, name in asserters(text)] == ["company", "company"]


def test_an_earlier_level_after_a_figure_nobody_reports_is_nobodys() -> None:
    assert asserters("Exports climbed 4.2 percent in May, up from 3.1 percent in April.") == [(4.2, None), (3.1, None)]


def test_what_researchers_discovered_is_theirs() -> None:
    text = "The researchers discovered that 41% of the lakes are now shrinking."
    assert asserters(text) == [(41, "researchers")]


def test_biologists_at_a_university_make_its_finding() -> None:
    text = "Biologists at Harwell University found that more than 20 percent of all reptiles have declining populations."
    assert asserters(text) == [(20, "Harwell University")]


def test_rescuers_who_discovered_bodies_report_no_toll_an_official_gave() -> None:
    text = "Rescue workers discovered more bodies in the mud on Sunday, taking the confirmed death toll to 57, an official said."
    assert asserters(text) == [(57, "official")]


def test_a_firm_named_right_after_its_kind_is_the_source() -> None:
    text = (
        "The numbers surpassed analysts’ expectations of a gain of 12,000 jobs, "
        "according to financial markets data firm Datastrom, after a July jump of 64,000."
    )
    assert dict(asserters(text))[64_000] == "Datastrom"


def test_a_nationals_regional_governor_is_the_governor_named_next() -> None:
    text = (
        "A drone attack on Saturday on the Varnian border region of Kesk killed three people, the Varnian regional governor said.\n\n"
        "\"Three people were killed,\" Kesk Governor Oleg Marvin said in a post on Telegram."
    )
    value, name = asserters(text)[0]
    assert value == 3 and name.endswith("Oleg Marvin")  # the linker may keep the title before the name


def test_the_commander_in_a_country_is_the_commander_named_next() -> None:
    text = (
        "Sixty-two soldiers died in the battle for the city, according to the top Marine commander in Somalia.\n\n"
        "An additional 410 soldiers were wounded, said Marine Lt. Gen. Paul R. Hensley."
    )
    assert asserters(text) == [(62, "Paul R. Hensley"), (410, "Paul R. Hensley")]
