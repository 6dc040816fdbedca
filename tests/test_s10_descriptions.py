"""Quote speakers on invented sentences shaped like misses of real news batches seen in
session 10: a quote whose cue subject is a description ("the airline", "a spokeswoman for
the planemaker", "One protester", "the Prime Minister") or a pronoun that stands for one body
or person the article names, which the resolver left unknown."""

from __future__ import annotations

from quote_helpers import directs


def test_the_airline_is_the_one_airlines_named_before() -> None:
    text = (
        "A Nordic Airlines Boeing 737 skidded off a runway in Oslo on Sunday, injuring four passengers.\n\n"
        "“All passengers have left the aircraft safely,” the airline said in a statement."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nordic Airlines"]


def test_a_spokeswoman_for_the_planemaker_speaks_for_the_company_that_spoke_last() -> None:
    text = (
        "Skyward shares fell on Monday as Rolland and Tessel Motors faced questions over engine upkeep.\n\n"
        "Skyward said all 40 of its jets with Tessel Motors engines were grounded after the incident. "
        "Rolland declined to comment.\n\n"
        "“All the affected jets have been grounded,” a spokeswoman for the planemaker said on Monday."
    )
    assert [q.speaker_name for q in directs(text)] == ["Skyward"]


def test_it_after_an_organisation_spoke_is_that_organisation_not_a_report_it_confirmed() -> None:
    text = (
        "A Nordic Airlines Boeing 737 skidded off a runway in Oslo on Sunday.\n\n"
        "“Our flight NA 12 was involved in an accident,” the airline said in a statement, later confirming "
        "a report by the Norwegian broadcaster Fjord TV that four passengers were hurt.\n\n"
        "“It is believed that 80 people were on board,” it said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nordic Airlines", "Nordic Airlines"]


def test_he_is_the_unnamed_officer_brought_in_before_a_sentence_about_no_one() -> None:
    text = (
        "Jets bombed a village in the north on Wednesday night.\n\n"
        "The air force dropped the bombs with no fighting nearby, a Karan Freedom Army information official said. "
        "However, daily clashes are erupting at a camp outside the city.\n\n"
        "“The bombing was far from the front. There was no fighting in these villages,” he said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Karan Freedom Army"]


def test_the_spokesman_after_paragraphs_of_quote_is_the_one_untitled_person_who_spoke() -> None:
    text = (
        "Tom Varga said that the Harbour Division arrested the suspects after a tip-off.\n\n"
        "“The suspects were arrested at about 2 p.m. on Thursday following credible information.\n\n"
        "“A third suspect, bearing arms, shot his way into escaping.”\n\n"
        "The spokesman said the items recovered from the suspects included “one motorcycle, one new TV and one laptop.”"
    )
    assert [q.speaker_name for q in directs(text)][-1] == "Tom Varga"


def test_a_title_before_as_belongs_to_the_one_who_resigned_not_the_name_after() -> None:
    text = (
        "Ravi Menon has quit as chancellor and Karim Haddad has resigned as health secretary as "
        "Peter Jansen’s leadership faced a fresh crisis.\n\n"
        "Mr Jansen responded to Mr Menon’s departure, saying he was sorry to have received the letter.\n\n"
        "In a letter, the Prime Minister wrote: “Dear Ravi, I was sorry to receive your letter.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Peter Jansen"]


def test_a_malaysian_honorific_is_no_second_person_for_she() -> None:
    text = (
        "KUALA LUMPUR: Opposition leader Datuk Seri Dr Nurul Aini Hassan admitted that the bid to block "
        "the budget was in vain.\n\n"
        "The Kuala Selangor member of Parliament said the matter was never discussed.\n\n"
        "“We know we will fail. Our numbers are not enough,” she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nurul Aini Hassan"]


def test_he_with_no_one_before_is_the_speaker_named_next_though_the_tagger_missed_the_name() -> None:
    text = (
        "The deputy governor of the Central Bank of Molvania said that the entity will weigh the size of its rate moves.\n\n"
        "“Part of our reflection has consisted in calibrating each decision,” he commented.\n\n"
        "Regarding the bank’s position towards the US Federal Reserve, Garmendia said that it is one of the "
        "relevant elements for policy."
    )
    assert [q.speaker_name for q in directs(text)] == ["Garmendia"]


def test_one_protester_is_the_one_named_next_who_adds_to_it() -> None:
    text = (
        "Hundreds of demonstrators rallied in the capital on Wednesday. One protester said they came “to show "
        "these soldiers that they can't just take the power like this.” Amadou Keita added, “We are a democratic "
        "country and we don't need this kind of movement.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Amadou Keita", "Amadou Keita"]
    # someone else named next, not going on, is another voice
    other = text.replace("Amadou Keita added,", "Amadou Keita, a teacher, disagreed:")
    assert [q.speaker_name for q in directs(other)][0] is None


def test_a_name_the_tagger_cut_at_a_hyphen_is_the_whole_name_for_he() -> None:
    text = (
        "In a televised address to the nation, Army chief Naser-uz-Zaman said the military will form the "
        "interim government.\n\n"
        "Hasina, along with her sister, has left the country, sources said.\n\n"
        "Shortly after local media showed the embattled leader boarding a military helicopter with her sister, "
        "Bangladesh’s military chief Gen. Naser-uz-Zaman announced plans to seek the president’s guidance.\n\n"
        "He promised that the military would stand down. “Keep faith in the military, we will investigate "
        "all the killings,” he said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Naser-uz-Zaman"]
