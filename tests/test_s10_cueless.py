"""Quote speakers on invented texts shaped like misses of real news batches seen in
session 10: quotes with no speech verb of their own - after "took to Twitter to say:" with a
described subject, under a bare "Quote:" label, led in by words without a verb after a
report, and after a sentence naming something in quotes."""

from __future__ import annotations

from quote_helpers import directs


def test_a_subject_described_by_the_office_in_its_relative_clause_took_to_twitter_to_say() -> None:
    text = (
        "Soldiers detained President Omar Diallo on Wednesday. Foreign Minister Jean Kone called for his release.\n\n"
        "The 58-year-old, who was elected president three years ago, took to Twitter on Thursday morning to say: "
        '"The hard-won gains will be protected. All citizens who love freedom will see to it."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Omar Diallo"]


def test_a_bare_quote_label_quotes_the_one_the_source_line_names() -> None:
    text = (
        "Estonian Foreign Minister Karin Mets has said that the two sides agreed to reopen the border crossing.\n\n"
        "Source: Karin Mets’s statement after talks in Riga, news agency BNS\n\n"
        "Details: The parties also discussed fishing quotas on the lake.\n\n"
        'Quote: "The agenda was to discuss, first, the border and second, the fishing rights. As a result, '
        'we have agreed to reopen the crossing."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Karin Mets"]


def test_a_quote_led_in_by_words_without_a_verb_goes_on_with_the_report_before() -> None:
    text = (
        "Storm expert Lena Ortiz told local media that the usual rule was that survivors could last three days.\n\n"
        "This time because of the severe frost, “they might only have one day”."
    )
    assert [q.speaker_name for q in directs(text)] == ["Lena Ortiz"]
    # a verb of the writer's around the quote makes it a sentence of the story's own
    told = (
        "Storm expert Lena Ortiz told local media that the usual rule was that survivors could last three days.\n\n"
        "This time the rescuers feared “they might only have one day”."
    )
    assert [q.speaker_name for q in directs(told)] == [None]


def test_a_quote_after_a_sentence_naming_something_in_quotes_is_the_namers() -> None:
    text = (
        "Police chief Omar Haddad said there were 200 rebels active in the hills.\n\n"
        "He termed the killing of rebel commander Karim Aziz, alias Tiger, the “end of the new idea of rebellion "
        "in the hills”. “Tiger started a new idea of rebellion in the hills but his idea came to an end with his killing.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Omar Haddad"]


def test_a_line_about_a_group_led_by_one_person_introduces_that_persons_words() -> None:
    text = (
        "The finance minister appeared before parliament to answer questions on the currency.\n\n"
        "Led by opposition MP Peter Otieno, the lawmakers castigated the government for its inaction.\n\n"
        '"The minister said the exchange rate is working. I do not think any rate is working now."\n\n'
        "The budget was received well in parliament by Speaker Grace Wanjiru.\n\n"
        "“We are encouraged by the positive outlook of the economy that the minister has presented to us.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Peter Otieno", "Grace Wanjiru"]
    # one acted upon introduces nobody's words
    detained = "Soldiers detained President Omar Diallo on Wednesday.\n\n“We will not leave until the elections are held.”"
    assert [q.speaker_name for q in directs(detained)] == [None]


def test_a_story_opening_with_a_quote_speaks_through_the_named_speaker_of_the_next_paragraph() -> None:
    text = (
        '"We have warned every week that the river would rise. We have rung the alarm bell loud and clear."\n\n'
        "Flood agency chief Dr. Maria Lindholm declared a state of emergency on Monday, but said that does not "
        "change the evacuation plans."
    )
    assert [q.speaker_name for q in directs(text)] == ["Maria Lindholm"]


def test_one_heard_saying_the_quote_before_speaks_it() -> None:
    text = (
        "The quake flattened the village of Tala on Friday.\n\n"
        "“The magnitude of the disaster is absolute. Not a single house has been left standing,” rescuer "
        "Antonio Ruiz can be heard saying, struggling to find the words."
    )
    assert [q.speaker_name for q in directs(text)] == ["Antonio Ruiz"]


def test_a_speech_verb_as_the_purpose_of_something_done_reports_the_quote() -> None:
    text = (
        "News agency PTI, which on Tuesday reported 45 casualties, modified its report a day later to claim that "
        "“the rebels suffered a significant number of casualties” and “the commander of the unit was killed by the troops”."
    )
    assert [q.speaker_name for q in directs(text)] == ["PTI", "PTI"]
    # what one is expected to say is not said yet
    expected = "The minister is expected to announce that “the border will reopen on Monday for all trucks”."
    assert [q.speaker_name for q in directs(expected)] == [None]


def test_a_quote_after_a_paragraph_of_narration_naming_nobody_goes_on_with_the_quote_before() -> None:
    text = (
        "“Over 30 years almost all the lakes started losing water at the same time,” said lead author Karl Brenner.\n\n"
        "The study found that the lakes were shrinking fastest in the south and near the coast.\n\n"
        "“In these regions, at the current rate, the lakes will not survive the century.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Karl Brenner", "Karl Brenner"]
    # narration that names someone else leaves the quote unattributed
    other = text.replace(
        "The study found that the lakes were shrinking fastest in the south and near the coast.",
        "Hydrologist Maria Costa led the survey. It covered 200 lakes in the south.",
    )
    assert [q.speaker_name for q in directs(other)] == ["Karl Brenner", None]
