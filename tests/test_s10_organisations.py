"""Quote speakers on invented sentences shaped like misses of real news batches seen in
session 10: "it"/"they" and documents ("the report", "one statement") that speak for an
organisation or issuer named before them, in the same sentence or the paragraph before;
with nobody before them they stay unknown."""

from __future__ import annotations

from quote_helpers import directs


def test_they_in_a_clause_is_the_organisation_that_is_the_subject_before_it() -> None:
    text = (
        "Two years ago the strikes left the streets full of litter.\n\n"
        "Portlink, the biggest union of dock workers, has already rejected a new offer from "
        'Harbourco which they said put "not a penny more on the table".'
    )
    assert [q.speaker_name for q in directs(text)] == ["Portlink"]


def test_it_after_a_clause_about_an_organisation_is_that_organisation() -> None:
    text = (
        "The raid on the base was blamed on the People's Freedom Army (EPL), a rebel group.\n\n"
        "The minister said the drones were a growing threat.\n\n"
        "The raid came after the EPL declared a nationwide offensive in protest of what "
        'it called the "threat of foreign intervention" by its neighbours.'
    )
    assert [q.speaker_name for q in directs(text)] == ["People's Freedom Army"]


def test_it_after_an_organisations_chief_is_the_organisation() -> None:
    text = (
        "The head of the UN mission in Darfur called on Saturday for an end to the fighting.\n\n"
        'UNAMID chief Karl Berger "strongly condemns the eruption of fighting in the capital," it said in a statement.'
    )
    assert [q.speaker_name for q in directs(text)] == ["UNAMID"]


def test_it_with_nobody_before_it_stays_unknown() -> None:
    text = '"The air force destroyed two camps which belong to the militia," it said in a statement.'
    assert [q.speaker_name for q in directs(text)] == [None]


def test_a_place_taken_for_a_person_does_not_keep_it_from_the_body_of_the_paragraph_before() -> None:
    text = (
        "According to the UN Office for Refugee Affairs (UNORA), fighting is raging across the country.\n\n"
        'These include the capital, Kherson and Odessa, "as well as the eastern provinces," it said in a report.'
    )
    assert [q.speaker_name for q in directs(text)] == ["UN Office for Refugee Affairs"]


def test_the_report_is_the_one_a_body_was_named_with_before() -> None:
    text = (
        "The Radio Nova report disclosed that the governor had met the kidnappers.\n\n"
        "The report also quoted the governor as saying talks were under way.\n\n"
        '"He also briefed the president on the rescue efforts," the report stated.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Radio Nova"]


def test_one_statement_is_one_of_the_statements_a_body_made_before() -> None:
    text = (
        "The Human Rights Office of Chile reported on Saturday that 20 people had died. In further "
        "statements on the unrest, the office said police and protesters must keep the peace. "
        '"Peaceful protest does not include violence against other people," one statement noted.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Human Rights Office of Chile"]


def test_a_judgment_speaks_for_the_court_that_spoke_in_it() -> None:
    text = (
        "KOCHI: The Bombay high court on Friday dismissed the plea to move the trial.\n\n"
        'In the 40-page judgment, the court said, "The apprehensions are not reasonable."\n\n'
        'A further contention was rejected. "The link is too remote to conclude anything," the judgment said.'
    )
    speakers = [q.speaker_name for q in directs(text)]
    assert speakers[0] is not None and speakers == [speakers[0], speakers[0]]


def test_a_communique_issued_at_a_meeting_speaks_for_the_body_the_meeting_is_of() -> None:
    text = (
        "The final joint communique was issued at the end of the 20th OAS General Assembly meeting "
        "in Lima after days of disagreement over the wording.\n\n"
        '"We discussed the border matters at length and remain concerned," the communique said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["OAS General Assembly"]


def test_a_statement_agreed_at_a_summit_speaks_for_the_summit_s_body() -> None:
    text = (
        "Shortly after the talks, Ruritania said it would not endorse a joint statement with other "
        "leaders at the Nordic Council summit in Oslo.\n\n"
        "Fishing quotas were taken on in the statement, though in careful terms.\n\n"
        '"We strive to reduce quotas and subsidies," the statement says.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Nordic Council"]


def test_a_statement_on_a_described_leader_s_account_is_that_leader_s() -> None:
    text = (
        "Ruritania's President Anton Vesk has said the country's gains \"will be safeguarded\" after soldiers "
        "announced a coup on national TV.\n\n"
        '"All citizens who love democracy and freedom will see to it," according to a statement on the '
        "detained leader's account on social media platform X."
    )
    assert [q.speaker_name for q in directs(text)] == ["Anton Vesk"]
