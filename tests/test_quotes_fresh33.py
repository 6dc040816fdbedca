"""Quote speakers on invented sentences shaped like the misses of fresh blind batch 33 of real
news (session 6): a description the tagger took for a name, a speech act done as the purpose
of an act, a name opening the clause after "according to this body", spokespeople of a person
or of "the company", and "the spokesperson" brought in paragraphs before."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_lower_case_description_the_tagger_took_for_a_name_is_the_person_before() -> None:
    text = (
        "Chilean president Gabriel Boric said on Monday the world must help protect the glaciers.\n\n"
        '"We know we have a responsibility," the veteran leftist told a breakfast meeting with reporters.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Gabriel Boric"]


def test_a_speech_act_done_as_the_purpose_of_an_act_is_the_actor_s() -> None:
    text = (
        "President Ama Mensah was declared the winner on Friday.\n\n"
        "Mensah took to the stage to thank voters “for the confidence they have shown in me.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Ama Mensah"]


def test_a_name_owning_the_subject_after_according_to_is_not_the_source() -> None:
    text = (
        "The fine follows an investigation into 12 cases, the Irish Data Protection Commission said.\n\n"
        "According to this body, Meta's platforms “failed to take appropriate technical measures” in these cases."
    )
    assert all(q.speaker_name != "Meta" for q in quotes_after_according(text))


def quotes_after_according(text: str):
    return [q for q in directs(text) + indirects(text) if q.cue == "according to"]


def test_a_person_s_spokesman_speaks_for_the_person_also_when_the_possessive_is_parsed_apart() -> None:
    text = (
        "British Prime Minister Theresa May on Monday said there was still not sufficient support.\n\n"
        "“She’s setting out the factual position,” May’s spokesman told reporters."
    )
    assert [q.speaker_name for q in directs(text)] == ["Theresa May"]


def test_a_company_spokesperson_and_the_spokesperson_later_speak_for_the_company() -> None:
    text = (
        "Verizon revealed on Tuesday that hackers had entered one of its computer systems.\n\n"
        "The access was discovered within hours, a company spokesperson said. The store was shut down.\n\n"
        "Verizon, based in New York, also notified the major credit card companies.\n\n"
        "The company is working with law enforcement to pursue the perpetrators, the spokesperson said."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Verizon"] * 3


def test_a_circumstance_or_a_remark_after_a_comma_ends_the_reported_clause() -> None:
    text = (
        "President Ana Costa said on Wednesday the world must help protect the forest, ahead of a summit next week. "
        "The minister said she wanted to work constructively with the industry, a sentiment echoed by the opposition. "
        "Experts said there are only 1,500 gharials left in the wild, many of them in one sanctuary."
    )
    assert [q.text for q in indirects(text)] == [
        "the world must help protect the forest",
        "she wanted to work constructively with the industry",
        "there are only 1,500 gharials left in the wild",
    ]


def test_which_and_as_after_a_comma_stay_in_what_was_said() -> None:
    text = "He said the new law, which would require a two-thirds majority, was void, as judges had ruled."
    [quote] = indirects(text)
    assert quote.text.endswith("as judges had ruled")


def test_a_speaker_the_parser_ran_into_the_reported_clause_is_cut_out_of_it() -> None:
    text = (
        "Over 800,000 people may flee the country due to the fighting between the army and the "
        "paramilitary Rapid Support Forces (RSF), the UN refugee agency (UNHCR) said Monday.\n\n"
        "Those fleeing the conflict, the agency said, include thousands of refugees."
    )
    quotes = indirects(text)
    assert quotes[0].text.endswith("Rapid Support Forces (RSF)") and quotes[0].speaker_name == "UNHCR"
    assert quotes[1].speaker_name == "UNHCR"


def test_a_participle_the_parser_hung_on_a_thing_is_said_by_the_clause_s_subject() -> None:
    text = (
        "French Prime Ministers Manuel Valls has called on protesters to call off demonstrations saying "
        "the expected turn-out was waning as “people who want to kill a cop” were hijacking protests."
    )
    assert {q.speaker_name for q in directs(text) + indirects(text)} == {"Manuel Valls"}


def test_he_after_an_unnamed_spokesman_speaks_for_the_spokesman_s_body_not_a_law_or_a_country() -> None:
    text = (
        "The Republic of Ireland monitors compliance with the bloc's General Data Protection Regulation (GDPR).\n\n"
        "A Meta spokesman assured that “this fine refers to practices that we have updated since then.”\n\n"
        "“We take our obligations under the GDPR seriously,” he told AFP."
    )
    assert [q.speaker_name for q in directs(text)] == ["Meta", "Meta"]


def test_the_army_said_names_the_army_even_when_no_army_was_named() -> None:
    text = (
        "Militants attacked a military base, killing four soldiers, the army said in a statement.\n\n"
        '"The attempt to sneak into the facility was checked by soldiers on duty," the army said.'
    )
    assert [q.speaker_name for q in indirects(text) + directs(text)] == ["army", "army"]


def test_the_company_said_names_nobody_when_no_company_was_named() -> None:
    text = '"Our foundation is solid," the company said.'
    assert [q.speaker_name for q in directs(text)] == [None]


def test_an_unnamed_panel_or_committee_speaks_as_described_without_its_article() -> None:
    text = (
        "Questions arose after an independent parliamentary panel said in a report he might have violated "
        "his oath. A parliamentary committee said the budget was late."
    )
    assert [q.speaker_name for q in indirects(text)] == ["independent parliamentary panel", "parliamentary committee"]


def test_a_future_joined_to_the_reported_clause_is_still_reported_a_request_is_the_speaker_s_act() -> None:
    text = (
        "The prime minister said the new government is transitional, will work to address the crisis. "
        "The minister said the union's claim was untrue and asked citizens to disregard the reports."
    )
    assert [q.text for q in indirects(text)] == [
        "the new government is transitional, will work to address the crisis",
        "the union's claim was untrue",
    ]
