"""Quote speakers on invented texts shaped like session 10's second round of wrong speakers:
a source cited at the end of a paragraph; an acronym spelled out past a word the tagger cut
off; a word of a club's name taken for a person a he refers to; a speech verb joined to a
clause before it whose subject speaks; an outlet reporting between two pieces of one
speaker's quote; a quote taken on from the paragraph before that runs into the next quote's
cue; "boss" as a title; "the opposition" of "the opposition X party"; "the public health
agency" of the body that spoke; "the military" after the army spoke; the first of two
surnames alone."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_source_cited_at_the_end_of_a_paragraph_speaks() -> None:
    text = (
        "On 3 May, Kremlin spokesman Ivan Sorokin announced the suspension of the fishing accord.\n\n"
        "\u201cThe accord ceased to be in force today. Unfortunately, our part has not been honoured so far,\u201d "
        "the Moscow daily Vedomosti reported, citing Sorokin.\n\n"
        "According to RIA news, Foreign Ministry spokeswoman Olga Belova said that Moscow had informed the "
        "partners."
    )
    assert directs(text)[0].speaker_name == "Ivan Sorokin"


def test_an_acronym_after_a_word_the_tagger_cut_off_is_the_named_body() -> None:
    text = (
        "The statement agrees with a conclusion by the UN Intergovernmental Panel on Climate change (IPCC) "
        "that humans are the cause.\n\n"
        "Last Friday, the IPCC also released a statement.\n\n"
        "\u201cThe warming of the climate system is unequivocal, and it is measured by many institutions "
        "worldwide,\u201d the IPCC said."
    )
    assert directs(text)[0].speaker_name.startswith("UN Intergovernmental Panel")


CLUB_MATCH = (
    "FC Braga registered a massive 4-0 win against Chennai City FC on Sunday night, the biggest win for the "
    "Eagles this season. With the win, FC Braga moved to the top of the league table.\n\n"
    "The Chennai City gaffer looked shaken by the loss when asked about the missed chances. \u201dYes, Of "
    "course. When you lose 4-0, it is very difficult to explain things,\" Ferrando said.\n\n"
    "\u201cBefore the goal, we had two clear opportunities to score. Even the corner, that gave the goal to "
    "Braga, we could have scored with Arnold. We tried to press and we did it well,\" he said."
)


def test_a_word_of_a_club_name_is_no_person_a_he_refers_to() -> None:
    assert [q.speaker_name for q in directs(CLUB_MATCH)] == ["Ferrando", "Ferrando"]


def test_a_speech_verb_joined_after_a_clause_whose_subject_speaks_is_that_subject_s() -> None:
    text = (
        "A judge on Tuesday refused to delay the sentencing of businessman Roy Palmer.\n\n"
        "The decision by Judge Ann Carter came after Governor Mark Dalton posted on Twitter in defense of his "
        "old friend and said Palmer's conviction \"should be thrown out.\""
    )
    assert [q.speaker_name for q in indirects(text)] == ["Mark Dalton"]
    assert [q.speaker_name for q in directs(text)] == ["Mark Dalton"]


def test_an_outlet_reporting_between_two_pieces_of_a_quote_relays_them() -> None:
    text = (
        "\u201cThe ministry is closely watching the supply of the vaccine,\u201d Peter Holm, the ministry's "
        "immunisation manager, said, Stuff.co.nz reports \u201cIf we could reach the national target, this sort "
        "of outbreak would have very little chance of recurring.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Peter Holm", "Peter Holm"]


def test_a_quote_taken_on_from_the_paragraph_before_is_the_next_quote_s_when_nothing_stands_between() -> None:
    text = (
        "The World Grain Agency said it needs $100 million a month. \u201cIf we wait for famine to be declared, it "
        "will be too late,\u201d it said in a statement.\n\n"
        "\u201cThere are 8 million people facing acute food shortage, and we are ringing the alarm bell for them.\u201d "
        "\u201cThose people cannot go to find work, they have to stay home.\u201d , agency spokesperson Marta Lind told "
        "journalists in Geneva."
    )
    assert [q.speaker_name for q in directs(text)] == ["World Grain Agency", "Marta Lind", "Marta Lind"]


def test_a_boss_heads_something() -> None:
    text = (
        "BRUSSELS \u2014 EU trade boss Clara Montes has defended the timing of the fines, while digital chief Anna "
        "Berg stayed silent.\n\n"
        "\u201cThese are decisions that are not taken with passion,\u201d Montes told reporters.\n\n"
        "\u201cIt was the right moment,\u201d Montes said. But, the commissioner said, \u201cI think it is not fair.\u201d"
    )
    assert [q.speaker_name for q in directs(text)][-1] == "Clara Montes"


def test_the_noun_set_before_an_organisation_s_name_is_that_organisation() -> None:
    text = (
        "Police used tear gas on Monday to disperse opposition supporters.\n\n"
        "The opposition UNA party claimed several people were killed.\n\n"
        "\"Innocent people have lost their lives today,\" opposition UNA party leader Peter Mwangi told reporters.\n\n"
        "The opposition claimed in a statement that its supporters were \"killed in various parts of the country,\" "
        "without giving a number."
    )
    assert directs(text)[-1].speaker_name == "UNA"


def test_an_agency_named_by_what_it_does_is_the_body_that_spoke_before() -> None:
    text = (
        "The Ruritania Institute for Disease Control (RIDC) has reported 152 deaths from fever this year.\n\n"
        "According to the latest report released by the RIDC on Monday, 811 cases have been confirmed.\n\n"
        "The public health agency said that these span 21 states.\n\n"
        "\u201cWe are witnessing a slight decline in the number of confirmed cases,\u201d it said.\n\n"
        "The agency said that no health workers were affected during the week."
    )
    assert {q.speaker_name for q in indirects(text)[1:]} | {q.speaker_name for q in directs(text)} == {
        "Ruritania Institute for Disease Control"
    }


def test_the_military_is_the_army_that_spoke() -> None:
    text = (
        "Militant fire from across the border killed two soldiers on Sunday, the army said.\n\n"
        "The army did not say which group was behind the attack.\n\n"
        "\"As per intelligence reports, due to the fire of our troops, two terrorists got killed,\" the military "
        "said in a statement."
    )
    assert directs(text)[0].speaker_name == "army"


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    text = (
        "Opposition leader Ana Lucía Paredes and presidential candidate Ramón Gutiérrez Salas said this Monday in "
        "a press conference that the coalition obtained a \u201ccategorical and mathematically irreversible "
        "victory,\u201d after having had access to more than 70% of the minutes of Sunday's presidential vote.\n\n"
        "Paredes said that her team worked for more than 12 hours to create a web page that houses the results of "
        "the electoral records, where each voter can consult their record using their identification.\n\n"
        "\u201cWe now have a way to prove the truth of what happened in the elections,\u201d he said. \u201cAll the "
        "minutes, as we receive them, are verified, digitized and placed on a robust web portal.\u201d\n\n"
        "According to the opposition, with 73.20% of the minutes, Gutiérrez obtained 6,275,182 votes, while the "
        "dictator Nicolás Ruiz was left with 2,759,256 votes in the election.\n\n"
        "\u201cAlthough the National Electoral Council (CNE) gave 100% of the votes to Ruiz, it is not enough for "
        "them with what we already have. The difference was so big, in all states, all strata, all sectors,\u201d "
        "she explained."
    )
    assert directs(text)[-1].speaker_name == "Ana Lucía Paredes"
