"""Quote speakers on invented sentences shaped like the misses of blind batches 47-49 of
real news (held out at the end of session 7, fix sets in session 8): spokespeople of a
body that spoke before, a country's institution, statements cited before they are quoted,
titles given in a relative clause, and brand names the tagger takes for people."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_state_body_s_spokesman_speaks_for_it_once_it_has_spoken() -> None:
    text = (
        "The army said three militants were killed in the raid.\n\n"
        "“We arrested three more men,” an army spokesman said."
    )
    assert [q.speaker_name for q in directs(text)] == ["army"]
    # with no army heard before, an unnamed spokesman stays unknown
    assert [q.speaker_name for q in directs("“We arrested three men,” an army spokesman said.")] == [None]


def test_a_country_s_institution_speaks_through_its_spokesman_and_his_statement() -> None:
    text = (
        "Twelve soldiers were killed at a checkpoint, Egypt’s army spokesman said in a Facebook statement.\n\n"
        "“These despicable acts will not deter the armed forces,” the statement added."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Egypt’s army"]
    assert [q.speaker_name for q in directs(text)] == ["Egypt’s army"]


def test_a_statement_cited_before_refers_back_to_the_one_who_made_it() -> None:
    text = (
        "The Rapid Support Forces said in a statement that it had taken the airport.\n\n"
        "The raids on its bases, according to the statement, prompted the actions.\n\n"
        "Witnesses reported hearing loud explosions.\n\n"
        "“The Rapid Support Forces were surprised by a large force,” the statement added."
    )
    assert [q.speaker_name for q in directs(text)] == ["Rapid Support Forces"]


def test_a_title_given_in_a_relative_clause_is_the_person_s() -> None:
    text = (
        "“Some officials hid the information on purpose,” Lakshman Kiriella, who is also minister "
        "of public enterprise, told Parliament.\n\n"
        "Security had been discussed at a meeting on 7 April.\n\n"
        "“Somebody is controlling these officials,” the minister said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Lakshman Kiriella", "Lakshman Kiriella"]


def test_a_name_after_a_word_for_a_company_is_that_company_all_through() -> None:
    text = (
        "Drug firm Lupin said on Tuesday it had received a warning letter from the regulator.\n\n"
        "Lupin said it had responded to all the observations.\n\n"
        "“The company has received a warning letter,” the company said in a filing."
    )
    assert [q.speaker_name for q in directs(text)] == ["Lupin"]
    text = "Clothing retailer Superdry fell 15% after the firm warned that profits would take a hit this year."
    assert [q.speaker_name for q in indirects(text)] == ["Superdry"]
