"""Quote extraction on short paragraphs written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import directs, indirects, quotes_of, speaker_text
from wiretrace.analyse._quote_marks import find_quoted


# ----- quotation marks ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win the war" today.', ["we will win the war"]),
        ("She said “we will win the war” today.", ["we will win the war"]),
        ("Він сказав «we will win the war» today.", ["we will win the war"]),
        ("She said ‘we will win the war’ today.", ["we will win the war"]),
        ("She said 'we will win the war' today.", ["we will win the war"]),
        ("Sie sagte „wir werden gewinnen“ heute.", ["wir werden gewinnen"]),
    ],
)
def test_every_mark_style_is_paired(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quoted(text)] == expected


def test_a_straight_mark_closes_a_curly_quote_that_a_straight_opener_continues() -> None:
    text = '“One, it is too dangerous," she said. "Second, people escape using smugglers.”'
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["One, it is too dangerous,", "Second, people escape using smugglers."]
    nested = '“He told me "go" and "stay," and left,” she said.'
    assert [nested[q.start : q.end] for q in find_quoted(nested)] == ['He told me "go" and "stay," and left,']


def test_a_double_prime_closes_a_curly_quote() -> None:
    text = "\u201cWe do it to make sure the airline survives,\u2033 Johan Lundgren said. \u201cThis is the worst crisis.\u201d"
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "We do it to make sure the airline survives,", "This is the worst crisis.",
    ]


def test_two_apostrophes_close_a_quote_and_a_closing_mark_may_open_one() -> None:
    text = '"The numbers look perfectly fine except one,\'\' said Duncan Stewart. "We will see."'
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["The numbers look perfectly fine except one,", "We will see."]
    text = 'The coach looked shaken.\n\n\u201dYes, of course. It is very difficult to explain things," Costa said.'
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["Yes, of course. It is very difficult to explain things,"]
    assert find_quoted("The 5\u201d screen and the 10\u201d model.") == []


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Kovalenko's team doesn't agree, and the soldiers' families ‘won’t wait’ any longer."
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["won’t wait"]


def test_single_quotes_inside_double_quotes_stay_in_the_content() -> None:
    text = "“We face ‘Shahed’ drones every night, and we don't stop,” he said."
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "We face ‘Shahed’ drones every night, and we don't stop,"
    ]


def test_multi_paragraph_quote_is_one_chain_of_pieces() -> None:
    text = 'The mayor said:\n"First we rebuild the school.\n"Then the hospital, and then the bridge."\nShe left.'
    pieces = find_quoted(text)
    assert [text[q.start : q.end] for q in pieces] == [
        "First we rebuild the school.",
        "Then the hospital, and then the bridge.",
    ]
    assert pieces[0].chain == pieces[1].chain
    assert pieces[0].close_mark is None


def test_unclosed_mark_is_ignored() -> None:
    text = 'He said "this never closes.\nA new paragraph without marks.'
    assert find_quoted(text) == []


def test_a_quote_whose_closing_mark_the_page_lost_ends_with_its_paragraph() -> None:
    text = (
        'She said, "Over 1,000 patients have waited. This is not acceptable.\n\n'
        '"The HSE must act now.\n\nIt is not the first time the union has "sounded the alarm" on this.'
    )
    pieces = find_quoted(text)
    assert [text[q.start : q.end] for q in pieces] == [
        "Over 1,000 patients have waited. This is not acceptable.", "The HSE must act now.", "sounded the alarm",
    ]
    assert pieces[0].chain == pieces[1].chain != pieces[2].chain
    text = 'The chief executive said: "We do not underestimate the impact on our patients.'
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["We do not underestimate the impact on our patients."]


def test_a_quote_runs_on_into_a_paragraph_that_closes_it_without_reopening() -> None:
    text = "“The region confirmed its first case in October.\n\nThe total contacts now stand at 4078,” Dr Anane said."
    pieces = find_quoted(text)
    assert [text[q.start : q.end] for q in pieces] == [
        "The region confirmed its first case in October.", "The total contacts now stand at 4078,",
    ]
    assert pieces[0].chain == pieces[1].chain


def test_an_opening_mark_after_a_full_stop_in_an_open_quote_starts_a_new_quote() -> None:
    text = "“The members reported the incident. “About an hour later, the police reported back.”"
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "The members reported the incident.", "About an hour later, the police reported back.",
    ]


# ----- direct quotes --------------------------------------------------------------------


def test_post_posed_attribution_with_full_name_and_later_surname() -> None:
    text = (
        "Finance Minister Clara Voss presented the budget on Monday.\n"
        '"This budget protects pensions and raises defence spending," Voss said.'
    )
    (quote,) = directs(text)
    assert quote.text == "This budget protects pensions and raises defence spending,"
    assert quote.speaker_name == "Clara Voss"
    assert quote.speaker_id == "person:clara-voss" or quote.speaker_id.endswith("clara-voss")
    assert speaker_text(text, quote) == "Voss"
    assert quote.cue == "said"


def test_inverted_attribution_said_name() -> None:
    text = '"We lost everything in one night," said Hanna Moroz, a farmer from the south.'
    (quote,) = directs(text)
    assert quote.speaker_name == "Hanna Moroz"


def test_split_quote_gives_two_quotes_with_one_speaker() -> None:
    text = '"The ceasefire is fragile," said Amal Haddad, a UN spokeswoman, "but trucks are finally moving."'
    first, second = directs(text)
    assert first.text == "The ceasefire is fragile,"
    assert second.text == "but trucks are finally moving."
    assert first.speaker_name == second.speaker_name == "Amal Haddad"


def test_colon_introduction_on_previous_line() -> None:
    text = "Speaking at the opening, Mayor Elena Ruiz said:\n“Ten years ago this square was a car park.”"
    (quote,) = directs(text)
    assert quote.speaker_name == "Elena Ruiz"


def test_pronoun_speaker_resolves_to_last_subject() -> None:
    text = (
        "Chief Executive Laura Bennett defended the decision to close the plant.\n"
        '"The site has lost money for six straight years," she said.'
    )
    (quote,) = directs(text)
    assert quote.speaker_name == "Laura Bennett"
    assert speaker_text(text, quote) == "she"


def test_pronoun_is_left_unknown_when_ambiguous() -> None:
    text = (
        "The talks between Tomas Berg, Lukas Weber and Jan Novak ended in Prague.\n"
        '"We agreed on nothing at all today," he said.'
    )
    (quote,) = directs(text)
    assert quote.speaker_name is None
    assert speaker_text(text, quote) == "he"


def test_role_phrase_resolves_to_titled_person() -> None:
    text = (
        "President of Moldavia Andrei Rusu addressed parliament on Tuesday.\n"
        '"We will not give up a single village," the head of state said.'
    )
    (quote,) = directs(text)
    assert quote.speaker_name == "Andrei Rusu"
    assert speaker_text(text, quote) == "the head of state"


def test_apposition_title_resolves_later_role_phrase() -> None:
    text = (
        "Igor Levchenko, Russia's Permanent Representative to the United Nations, spoke first.\n"
        '"These accusations are a collection of fabrications," Russia\'s Permanent Representative to the UN said.'
    )
    (quote,) = directs(text)
    assert quote.speaker_name == "Igor Levchenko"


def test_organisation_speaker() -> None:
    text = '"Any such deployment would be a dangerous escalation of the conflict," NATO said in a statement.'
    (quote,) = directs(text)
    assert quote.speaker_name == "NATO"
    assert quote.speaker_id.startswith("org:")


def test_anonymous_source_stays_unknown_but_is_located() -> None:
    text = '"It was a well-prepared operation that took months," a source in the security services said.'
    (quote,) = directs(text)
    assert quote.speaker_name is None and quote.speaker_id is None
    assert speaker_text(text, quote).startswith("a source")


def test_scare_quotes_are_not_quotes() -> None:
    text = (
        "The government presented its “growth plan” as a 'turning point', and Putin signed a "
        "‘comprehensive strategic partnership’ with Pyongyang."
    )
    assert directs(text) == []


def test_short_quote_named_by_a_speaker_is_a_quote() -> None:
    text = 'Opposition leader Karen Lutz called the budget "a fantasy document".'
    (quote,) = directs(text)
    assert quote.text == "a fantasy document"
    assert quote.speaker_name == "Karen Lutz"
    assert quote.cue == "called"


def test_short_quote_inside_reported_clause_stays_indirect() -> None:
    text = 'Trade Commissioner Ingrid Dahl said the measures were "proportionate and temporary".'
    assert directs(text) == []
    (quote,) = indirects(text)
    assert quote.text == 'the measures were "proportionate and temporary"'
    assert quote.speaker_name == "Ingrid Dahl"


def test_unattributed_quote_continues_previous_paragraph_speaker() -> None:
    text = (
        '"We lost the whole harvest in one night," said Hanna Moroz, a farmer.\n'
        '"My grandfather planted these orchards, and now nothing is left."'
    )
    first, second = directs(text)
    assert second.speaker_name == first.speaker_name == "Hanna Moroz"


def test_multi_paragraph_quote_attributed_at_its_end() -> None:
    text = (
        "The company's founder, Ravi Menon, apologised to customers.\n"
        '"We got this wrong and we moved far too fast.\n'
        '"Every affected customer will receive a full refund," Menon said.'
    )
    first, second = directs(text)
    assert first.text == "We got this wrong and we moved far too fast."
    assert first.speaker_name == second.speaker_name == "Ravi Menon"


def test_title_of_a_work_is_not_a_quote() -> None:
    text = "The film “A Winter Without Light” won the jury prize on Saturday."
    assert directs(text) == []


# ----- indirect speech ------------------------------------------------------------------


def test_said_that_clause_is_the_content() -> None:
    text = "Defence Minister Taras Hnatiuk said that the army needs 160,000 more soldiers."
    (quote,) = indirects(text)
    assert quote.text == "the army needs 160,000 more soldiers"
    assert quote.speaker_name == "Taras Hnatiuk"
    assert quote.cue == "said"


def test_according_to() -> None:
    text = "According to the Institute for the Study of War, Russian forces made marginal gains near Kupiansk."
    (quote,) = indirects(text)
    assert quote.text == "Russian forces made marginal gains near Kupiansk"
    assert "Institute for the Study of War" in quote.speaker_name
    assert quote.cue == "according to"


def test_post_posed_reporting_clause_with_role_phrase() -> None:
    text = (
        "President of Ukraine Volodymyr Kovalenko spoke to AP on Sunday. "
        "The troops are adapting quickly, the president explained."
    )
    (quote,) = indirects(text)
    assert quote.text == "The troops are adapting quickly"
    assert quote.speaker_name == "Volodymyr Kovalenko"


def test_told_reuters_keeps_the_speaker_not_the_outlet() -> None:
    text = "Foreign Minister Akira Tanabe told Reuters that Tokyo would double its aid next year."
    (quote,) = indirects(text)
    assert quote.speaker_name == "Akira Tanabe"
    assert quote.text == "Tokyo would double its aid next year"


def test_stated_this_refers_to_the_previous_sentence() -> None:
    text = (
        "Russia has lost more than 700,000 soldiers since the invasion began. "
        "Defence Minister Taras Hnatiuk stated this in an interview."
    )
    (quote,) = indirects(text)
    assert quote.text == "Russia has lost more than 700,000 soldiers since the invasion began"
    assert quote.speaker_name == "Taras Hnatiuk"


def test_evidence_is_not_a_speaker() -> None:
    assert indirects("The new evidence suggests that the missile was launched from the north.") == []


def test_declining_to_say_is_not_reported_speech() -> None:
    text = "Kremlin spokesman Pavel Orlov declined to say whether further launches were planned."
    assert indirects(text) == []


def test_a_clause_that_is_all_quote_is_not_repeated_as_indirect() -> None:
    text = 'Ambassador Lee Min-ho stated that "the soldiers are brainwashed to sacrifice their lives".'
    found = quotes_of(text)
    assert [q.kind for q in found] == ["direct"]
    assert found[0].speaker_name == "Lee Min-ho"


def test_a_clause_with_its_own_words_around_a_quoted_phrase_stays_an_indirect_quote() -> None:
    text = (
        "Ambassador Lee Min-ho stated that the soldiers are "
        '"brainwashed to sacrifice their lives on faraway battlefields".'
    )
    assert sorted((q.kind, q.speaker_name) for q in quotes_of(text)) == [
        ("direct", "Lee Min-ho"), ("indirect", "Lee Min-ho"),
    ]
    text = 'Trump said Stone\'s conviction "should be thrown out."'
    assert sorted(q.kind for q in quotes_of(text)) == ["direct", "indirect"]


def test_asked_participle_is_not_the_speakers_cue() -> None:
    text = "Asked whether the talks would resume this week, Minister Clara Voss said it was too early to tell."
    (quote,) = indirects(text)
    assert quote.text == "it was too early to tell"
    assert quote.cue == "said"


def test_short_fragment_inside_reported_clause_is_not_direct() -> None:
    text = 'Chancellor Olaf Berger added that a ceasefire "means surrender".'
    assert directs(text) == []
    (quote,) = indirects(text)
    assert quote.speaker_name == "Olaf Berger"


def test_a_fragment_of_four_words_inside_a_reported_clause_is_a_quote() -> None:
    text = 'Chancellor Olaf Berger added that a ceasefire "cannot mean Ukraine\'s surrender".'
    assert [(q.text, q.speaker_name) for q in directs(text)] == [("cannot mean Ukraine's surrender", "Olaf Berger")]


def test_parenthetical_cue_reports_the_surrounding_clause() -> None:
    text = 'Mayor Ines Kovac visited the district. The situation, she said, was "under control".'
    (quote,) = indirects(text)
    assert quote.text.startswith("The situation")
    assert quote.speaker_name == "Ines Kovac"


def test_in_his_view_attributes_the_rest_of_the_sentence() -> None:
    text = "Analyst Mykola Bielieskov spoke on Monday. In his view, the offensive will slow down by spring."
    (quote,) = indirects(text)
    assert quote.text == "the offensive will slow down by spring"
    assert quote.speaker_name == "Mykola Bielieskov"
    assert quote.cue == "In his view"


def test_it_continues_the_organisation_that_spoke() -> None:
    text = "NATO said its jets were scrambled twice on Wednesday. It said no airspace violation occurred."
    first, second = indirects(text)
    assert first.speaker_name == second.speaker_name == "NATO"


def test_dateline_is_not_the_speaker() -> None:
    text = "BERLIN (AP) -- The European Space Agency says hibernation could shorten missions to Mars."
    (quote,) = indirects(text)
    assert "European Space Agency" in quote.speaker_name


# ----- speakers named only once: later pronouns, roles and descriptions -------------------


@pytest.mark.parametrize(
    "text, which, speaker",
    [
        # one-word names the tagger takes for places or organisations
        ('Erdogan said Turkey was ready to host talks. "Our door is open," he said.', -1, "Erdogan"),
        ('Sheinbaum, 61, will be Mexico\'s first female president. "I will not fail you," she told supporters.',
         -1, "Sheinbaum"),
        # a role or description right after the only person named
        ("Tusk told parliament on Friday that Poland would build a shield. "
         "The Polish prime minister said the project would cost 10 billion zlotys.", -1, "Tusk"),
        ("Eyamba Sowers didn't know Patrick was coming. The real estate agent said she was impressed.",
         -1, "Eyamba Sowers"),
        # cataphora: the description comes before the name
        ("The coach admitted afterwards: \u201cWe were second best.\u201d Luis de la Fuente, whose side had "
         "not lost since March, said Spain would learn.", 0, "Luis de la Fuente"),
        ('The minister spoke after the vote. Said Zelenskyy: "We will not give up our land."', -1, "Zelenskyy"),
    ],
)
def test_speakers_named_once_keep_their_quotes(text: str, which: int, speaker: str) -> None:
    assert quotes_of(text)[which].speaker_name == speaker


def test_spokespeople_and_lawyers_speak_for_whom_they_represent() -> None:
    text = (
        "A court sentenced businessman Tomasz Wrona to four years. Wrona's lawyers said they would appeal. "
        "A spokesperson for Maersk said the company would reroute. Analysts at Morgan Stanley said supply "
        "would ease. Residents of Paiporta said the alert came late."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Tomasz Wrona", "Maersk", "Morgan Stanley", None]


def test_a_spokesperson_for_an_institution_speaks_for_it() -> None:
    military = "A spokesman for the Israeli military said troops had located a tunnel shaft."
    assert [q.speaker_name for q in indirects(military)] == ["Israeli military"]
    unnamed = "A spokesperson for the company said it would not comment."
    assert [q.speaker_name for q in indirects(unnamed)] == [None]  # which company, nobody said


def test_no_speaker_where_nobody_speaks() -> None:
    text = (
        "In my opinion, the Crystal is the best controller. He'd fallen for a Nicole Taylor script called "
        '"Wild Rose," a story about a singer.\nQuick access to Siri by saying "Hey Siri"\nThat is all.'
    )
    assert quotes_of(text) == []


def test_reports_inside_asides_and_as_clauses() -> None:
    text = (
        "Given that history -- and the fact that Trump has made 13,000 false claims, according to The "
        "Washington Post's Fact Checker -- there is reason to doubt. As CNN's correspondent Sanjay Gupta "
        "noted at the time, the risk was moderate."
    )
    aside, noted = indirects(text)
    assert aside.text.endswith("13,000 false claims") and aside.speaker_name.endswith("Fact Checker")
    assert (noted.text, noted.speaker_name) == ("the risk was moderate", "Sanjay Gupta")


def test_a_verbless_rejoinder_continues_the_quote() -> None:
    text = "\u201cYou gotta give me a big win please,\u201d Trump said later. \u201cPlease.\u201d"
    assert [(q.text, q.speaker_name) for q in directs(text)] == [
        ("You gotta give me a big win please,", "Trump"),
        ("Please.", "Trump"),
    ]


def test_long_title_between_quote_and_cue() -> None:
    text = (
        "\u201cWe saw a need to bring on additional providers,\u201d Steve Clarke, deputy associate "
        "administrator for exploration in NASA\u2019s Science Mission Directorate, said on a call."
    )
    (quote,) = directs(text)
    assert quote.speaker_name == "Steve Clarke"


def test_the_speakers_own_act_is_not_reported_content() -> None:
    text = (
        'Governor Elvira Sokolova said inflation remained "stubbornly high" and did not rule out further '
        "tightening. The army said it advanced and captured two villages."
    )
    assert [q.text for q in indirects(text)] == [
        'inflation remained "stubbornly high"',
        "it advanced and captured two villages",
    ]


def test_she_said_paragraphs_after_the_name() -> None:
    text = (
        "Mary Steenburgen woke up after surgery with music in her head.\n"
        "The next two months were tough.\nThe songs kept coming.\nNothing helped.\nWinter passed.\n"
        "\u201cIt was terrifying,\u201d she said."
    )
    (quote,) = directs(text)
    assert quote.speaker_name == "Mary Steenburgen"


def test_names_found_late_and_set_off_names() -> None:
    text = (
        'The situation, she said, was "under control". Mayor Ines Kovac spoke after visiting the district.\n'
        "Olena Kravets was 23 when she left Mariupol. \u201cAt first I baked at night,\u201d she said. Her "
        "business partner, Iryna Savchuk, said the hardest part was the uncertainty. \u201cYou can't plan a "
        "year ahead,\u201d she said. Kravets nodded. \u201cWe plan for a week,\u201d she said.\n"
        "Israel's military agency that coordinates aid, COGAT, said it had facilitated the entry of trucks."
    )
    speakers = [q.speaker_name for q in quotes_of(text)]
    assert speakers == ["Ines Kovac", "Olena Kravets", "Iryna Savchuk", "Iryna Savchuk", "Olena Kravets", "COGAT"]


def test_a_generic_institution_is_the_organisation_that_just_spoke() -> None:
    text = "NATO said its jets were scrambled twice. No airspace violation occurred, the alliance said."
    assert [q.speaker_name for q in indirects(text)] == ["NATO", "NATO"]


def test_a_short_phrase_mid_sentence_is_no_utterance() -> None:
    text = "Of these, 76 drones were shot down, while 95 were \u201clocally lost\u201d due to jamming, the Air Force said."
    assert directs(text) == []
    (quote,) = indirects(text)
    assert "locally lost" in quote.text and quote.speaker_name == "Air Force"


def test_relatives_sharing_a_surname_are_two_people() -> None:
    text = (
        'Maya Lin grew up in Ohio. Her brother, Tan Lin, remembers it differently. "She was always '
        'building things," he recalls. "I did it," Lin said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tan Lin", "Maya Lin"]


def test_a_document_speaks_for_its_publisher_a_source_for_nobody() -> None:
    text = (
        "Prices rose 5%, according to a survey by Gallup. The risk was moderate, according to guidance "
        "from the Mayo Clinic. A source in the Kremlin said talks had failed."
    )
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [
        ("Prices rose 5%", "Gallup"),
        ("The risk was moderate", "Mayo Clinic"),
        ("talks had failed", None),
    ]


def test_lyrics_are_quoted_by_their_singer_never_reported() -> None:
    text = (
        'At the end, Maria Lopez walks on stage. "Had to find my own way, make my own mistakes," she sings. '
        "The crowd sings that home is where the heart is."
    )
    assert [(q.kind, q.speaker_name) for q in quotes_of(text)] == [("direct", "Maria Lopez")]


def test_a_lone_given_name_is_the_person_named_in_full() -> None:
    text = (
        "Buckley agreed to play Rose-Lynn Harlan, a singer from Glasgow. Later Rose-Lynn walks home. "
        '"I pushed you away, put a pin in a map," Rose-Lynn says.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Rose-Lynn Harlan"]


def test_joint_speakers_are_nobody_in_particular() -> None:
    text = 'Maria Lopez took the stage. "Ain\'t no place like home," she and Rose-Lynn sing together.'
    (quote,) = directs(text)
    assert quote.speaker_name is None and quote.cue == "sing"


def test_a_possessor_is_a_weaker_antecedent_than_another_person() -> None:
    text = (
        "Jessie Buckley plays Rose-Lynn Harlan. It begins with Buckley's voice in the silence, as Rose-Lynn "
        'summons the strength. She apologizes to her family: "I pushed you away, then I got lost in the storm."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Rose-Lynn Harlan"]


def test_a_sentence_led_by_the_pronoun_keeps_its_earlier_referent() -> None:
    text = (
        "Mary Steenburgen had spent years toiling on her dream. She was more nervous about it than Ann Lee has "
        'ever been about anything. "It was terrifying," she said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Mary Steenburgen"]


def test_a_pronoun_skips_a_one_word_name_that_may_be_an_organisation() -> None:
    text = (
        '"I had faith that we could figure it out," Tom Harper said. Universal\'s music division provided some '
        'demos, but none of them clicked.\nAt the last minute, a sample came in. "It grabbed me by the heart," he said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tom Harper", "Tom Harper"]


def test_a_repeated_quote_is_its_first_speakers() -> None:
    text = (
        '"I\'ve given plenty of on-the-record statements that were truthful," Stephanie Grisham told CNN.\n'
        'Grisham, by her own accounting, has given "plenty of on-the-record statements that were truthful."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Stephanie Grisham", "Stephanie Grisham"]


@pytest.mark.parametrize(
    "text",
    [
        'Actress Dana Holt recalls the day. Mr. Price met her on set. "We hit it off at once," she said.',
        'Dana Holt wrote the song. Tom Harper knew in his bones that it was right.\n"It just connected," she said.',
    ],
)
def test_a_pronoun_skips_people_the_text_gives_the_other_gender(text: str) -> None:
    assert [q.speaker_name for q in directs(text)] == ["Dana Holt"]


def test_a_possessive_in_the_subject_or_beside_another_person_says_nothing_of_gender() -> None:
    text = (
        'Her colleague Musa Abdullahi said the rains came. "The latrines overflowed," he said.\n'
        'Tom Harper gave Ann Lee her script. "It worked," he said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Musa Abdullahi", "Tom Harper"]


def test_a_lead_in_without_a_speaker_continues_the_last_speaker() -> None:
    text = (
        '"I fought to get the full script," Mary Steenburgen said. "And then I understood what we were writing."\n'
        'That process led to a realization: "It was a love song from a daughter to her mother."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Mary Steenburgen"] * 3


def test_a_pronoun_is_not_the_person_the_quote_names() -> None:
    text = (
        "Mary Steenburgen wrote the song. Her son, Charlie McDowell, said it was a trying time.\n"
        "McDowell still laughs at the memory. \u201cIt was easy for Mary Steenburgen to put her name on it, but "
        "she didn\u2019t do that,\u201d she said. \u201cShe put in the time.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Charlie McDowell", "Charlie McDowell"]


def test_a_quoted_fragment_closing_the_reported_sentence_is_a_quote() -> None:
    text = 'Research team head Jennifer Ngo-Anh says the idea "is actually not so crazy." Prices rose "a lot" in May.'
    assert [(q.text, q.speaker_name) for q in directs(text)] == [("is actually not so crazy.", "Jennifer Ngo-Anh")]


def test_findings_are_reported_from_documents_and_institutions_only() -> None:
    text = (
        "A Reuters poll shows that most Americans want an inquiry.\nThe ministry reported that 12 people died. "
        "Lopez found that the door was locked. Videos show that the bridge was hit."
    )
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [
        ("most Americans want an inquiry", "Reuters"),
        ("12 people died", None),
    ]


def test_a_that_clause_the_parser_hangs_on_the_occasion_is_reported() -> None:
    text = "Maria Lopez told the Associated Press in an interview that the plan was dead."
    assert [(q.text, q.speaker_name) for q in indirects(text)] == [("the plan was dead", "Maria Lopez")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Emma Raducanu won the title on Sunday. "I am so happy," the 18-year-old said.', "Emma Raducanu"),
        ('"We will fight this," the 34-year-old said. Emma Raducanu won the title on Sunday.', "Emma Raducanu"),
        (
            'Sen. Elizabeth Warren spoke on Monday. "We will fight this," the Massachusetts Democrat said.',
            "Elizabeth Warren",
        ),
    ],
)
def test_an_age_or_an_affiliation_describes_the_person_just_named(text: str, speaker: str) -> None:
    assert [q.speaker_name for q in directs(text)] == [speaker]


def test_a_common_given_name_is_the_last_resort_for_gender() -> None:
    text = (
        "Jennifer Ngo-Anh leads the team. Her colleague Mark Smith agreed. \u201cIt is not so crazy,\u201d she said.\n"
        "Jordan Lee met Mark Smith. \u201cWe talked,\u201d she said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Jennifer Ngo-Anh", "Jordan Lee"]


def test_a_subject_its_own_clause_calls_it_is_no_he_or_she() -> None:
    text = 'Apple unveiled its new phone on Tuesday. "It is the best phone we have made," he said.'
    assert [q.speaker_name for q in directs(text)] == [None]


def test_an_organisation_is_no_given_name() -> None:
    text = "What Does Stadia Offer? Google Stadia promised a lot. Google says the controller will work wirelessly."
    assert [q.speaker_name for q in indirects(text)] == ["Google"]


def test_a_participle_after_a_quote_speaks_with_the_sentence_subject() -> None:
    text = (
        'Rossi explained that "the plan from last year has been kept for the northern district," '
        'pointing out that "the new bridge is the only option left for the commuters."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Rossi", "Rossi"]


def test_a_colon_lead_in_keeps_its_speaker_when_a_long_opening_hides_it_from_the_parser() -> None:
    text = (
        "In reply to Mayor Ortiz\u2019s Letters, Sen. Dana Whitfield, the Chair of the Senate Budget "
        "Committee, issued the following statement:\n"
        "\u201cThis veto leaves thousands of rural families without the clinics they were promised.\n"
        "\u201cWe will bring the bill back to the floor as soon as the session resumes.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Dana Whitfield", "Dana Whitfield"]


def test_he_who_answers_is_the_one_asked_not_the_asker() -> None:
    text = (
        '"Sales were weaker than we hoped," Tom Baker said at the conference.\n'
        "Host Peter Lang asked him whether the company would cut jobs.\n"
        '"We have no plans for that right now," he said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tom Baker", "Tom Baker"]


def test_he_refers_to_the_main_speaker_not_to_the_subject_of_what_he_reported() -> None:
    text = (
        'While the union had agreed to the offer, company chairman Michael Hale "keeps changing the terms," '
        'union negotiator Andrii Kovalenko said on Thursday. "We must get serious about a deal," he added.'
    )
    assert directs(text)[-1].speaker_name == "Andrii Kovalenko"


def test_according_to_him_is_the_person_just_named() -> None:
    text = (
        "Senator Paul Greene spoke to reporters on Monday. According to him, "
        '"the committee will not vote before the recess is over."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Paul Greene"]


def test_a_straight_mark_closes_a_curly_quote_when_the_curly_closer_never_comes() -> None:
    text = (
        '\u201cThe river rose faster than anyone expected," said Maria Lund. '
        "\u201cWe moved the animals to the hill before dark.\u201d"
    )
    assert [(q.text, q.speaker_name) for q in directs(text)] == [
        ("The river rose faster than anyone expected,", "Maria Lund"),
        ("We moved the animals to the hill before dark.", "Maria Lund"),
    ]
    nested = '\u201cThey called it "the big one" for years,\u201d said Maria Lund.'
    assert [q.text for q in directs(nested)] == ['They called it "the big one" for years,']


def test_a_lone_quote_paragraph_continues_the_report_just_before_it() -> None:
    text = (
        '"We lost the barn and most of the hay," said Tom Reyes.\n'
        "Down the road, Ana Silva said her shop was flooded overnight.\n"
        '"The water came up to the counter in a matter of minutes."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tom Reyes", "Ana Silva"]


def test_quoted_as_saying_is_an_attribution() -> None:
    text = (
        "Mayor Ruth Adler spoke to a local radio station on Friday. "
        '"The budget is balanced for the first time in years," she was quoted as saying.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Ruth Adler"]


def test_a_lead_in_opening_on_its_speech_verb_names_the_speaker_after_it() -> None:
    text = (
        "Marta Vidal lost her car in the storm.\n"
        "Added neighbour Oscar Brandt to the newspaper: \u201cNobody here has seen the creek this high.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Oscar Brandt"]


def test_a_short_phrase_inside_its_sentence_is_no_utterance_even_before_the_cue() -> None:
    text = 'The drop in sales is a "worry," Chief Executive Lena Ortiz said. "We are building for the long run."'
    assert [q.text for q in directs(text)] == ["We are building for the long run."]
    assert [q.text for q in directs('"Never," Lena Ortiz said.')] == ["Never,"]


def test_a_phrase_in_the_writers_clause_after_a_split_cue_is_no_utterance() -> None:
    text = (
        '"The harvest will be late this year," Mayor Ines Ruiz said on Monday, adding that the damage was '
        '"the worst ever" in the valley.'  # four words or more would be her words (see the next test)
    )
    assert [q.text for q in directs(text)] == ["The harvest will be late this year,"]
    split = '"The harvest will be late," said Ines Ruiz, "but it will come."'
    assert [q.speaker_name for q in directs(split)] == ["Ines Ruiz", "Ines Ruiz"]


def test_a_programme_told_by_name_is_no_quote() -> None:
    text = (
        'Energy Secretary Dana Holt told "Meet the Press" on Sunday that prices would ease. '
        '"We are not out of the woods yet," Holt said.'
    )
    assert [q.text for q in directs(text)] == ["We are not out of the woods yet,"]


def test_a_surname_that_is_also_a_common_word_still_names_the_speaker() -> None:
    text = 'The clinic opened a second site in March. "We hired six nurses," Anna See said.'
    assert [q.speaker_name for q in directs(text)] == ["Anna See"]


def test_an_abbreviated_rank_before_the_name_is_not_the_speaker() -> None:
    text = 'Officers closed the road for hours. "Nobody was hurt," said Sgt. Dora Lindqvist of the county police.'
    assert [q.speaker_name for q in directs(text)] == ["Dora Lindqvist"]


def test_a_description_after_someone_is_not_a_title_holder_named_later() -> None:
    text = (
        "Tobias Kern was furious after the defeat in Bremen.\n"
        'Kern blamed the referee. "We were robbed," the former Hamburg coach said.\n'
        'Rovers manager Ian Pike was happier. "A great night," said Pike.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tobias Kern", "Ian Pike"]


def test_a_description_refers_to_the_person_of_the_paragraph_before() -> None:
    text = (
        "Hana Dvorak beat Lea Moretti in straight sets on Sunday.\n"
        "Afterwards, Moretti spoke about her poor serve.\n"
        '"I never found my rhythm today." the Italian player said, who plays doubles next.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Lea Moretti"]


def test_a_description_set_beside_a_name_earlier_is_that_person() -> None:
    text = (
        "The mayor sat in the front row; his sister, Rosa, waited outside.\n"
        '"This is a good day for the town," said his sister, who had organised the petition.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Rosa"]


def test_spoke_after_a_quote_attributes_it() -> None:
    text = '"We cannot spend what we do not have," spoke Amos Crane, the finance minister.'
    assert [q.speaker_name for q in directs(text)] == ["Amos Crane"]


def test_a_verb_joined_after_a_quoted_phrase_keeps_the_sentence_subject() -> None:
    text = (
        "Mayor Ines Kovac met Harbour Commissioner Petra Lund on Monday.\n"
        'The harbour chief repeated that she backs the plan "to clear the backlog," but said, '
        '"We must be sure the new berths are safe."'
    )
    assert [q.speaker_name for q in directs(text)][-1] == "Petra Lund"


def test_a_participle_the_parse_hangs_on_the_reported_clause_belongs_to_the_reporter() -> None:
    text = (
        'Minister Olga Berg added that talk of her resignation came from "gossip", stressing that '
        '"nothing has changed, I am staying in my post."'
    )
    assert [q.speaker_name for q in directs(text)][-1] == "Olga Berg"


def test_a_surname_misspelt_by_a_slip_is_still_that_person() -> None:
    text = (
        '"We lost the barn and half the herd," said Walter Brennan.\n'
        'Bernnan said the water rose in minutes. "There was no time to move the cattle," Bernnan said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Walter Brennan", "Walter Brennan"]


def test_a_lead_in_without_a_verb_is_spoken_by_the_first_person_it_names() -> None:
    text = (
        "Concession speeches can be gracious.\n"
        "Senator Rosa Delgado, on losing to Tom Fisher in 2012: \u201cThe voters have spoken and I respect them.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Rosa Delgado"]
    clause = 'The report ends on a warning: "Nothing will change without money."'
    assert [q.speaker_name for q in directs(clause)] == [None]


def test_the_legal_said_before_a_noun_already_named_is_no_cue() -> None:
    text = (
        "Labour Minister Omar Haddad announced after the board's second session that said board "
        '"has agreed the new wage scale, and it will take effect next month."'
    )
    assert [(q.cue, q.speaker_name) for q in directs(text)] == [("announced", "Omar Haddad")]


def test_continue_with_a_complement_is_no_cue() -> None:
    text = (
        'Mayor Ana Lopez said a part of the old town would continue to be a closed zone in the morning '
        '"and we are still counting the damage."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Ana Lopez"]
    assert [q.speaker_name for q in directs('"We will rebuild," Ana Lopez continued.')] == ["Ana Lopez"]


@pytest.mark.parametrize("verb", ["shouted", "whispered", "sobbed", "exclaimed"])
def test_verbs_of_speaking_manner_attribute_a_quote(verb: str) -> None:
    text = f'"Please keep looking for them," Nora Quist {verb} as the crews packed up.'
    assert [q.speaker_name for q in directs(text)] == ["Nora Quist"]


def test_an_honorific_is_no_given_name() -> None:
    text = (
        "Opposition leader Tendai Moyo lost the vote. \u201cThe count was rigged,\u201d Mr Moyo said later. "
        "Ms. Rudo Banda, the electoral chief, disagreed. She said: \u201cThe count was clean.\u201d"
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["Tendai Moyo", "Rudo Banda"]


def test_a_capitalised_title_is_no_person_and_stands_for_the_one_who_spoke() -> None:
    text = (
        "In an interview, Karimzadeh emphasized, \u201cWe are ready for a new round of talks.\u201d\n"
        "The Iranian Foreign Minister also rejected a meeting with US Secretary of State Jon Harlow. "
        "He said: \u201cAt the moment I see no such opportunity.\u201d"
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["Karimzadeh", "Karimzadeh"]


def test_an_organisation_before_spokesman_is_whom_the_spokesman_speaks_for() -> None:
    text = 'A Russian Foreign Ministry spokesman said: "We reject this." A Pentagon spokeswoman said the report was wrong.'
    assert [q.speaker_name for q in quotes_of(text)] == ["Foreign Ministry", "Pentagon"]


def test_a_name_set_beside_a_title_is_a_person_whatever_the_tagger_said() -> None:
    text = (
        "Nelson Chamisa rejected the count. His remark came after Morgan Komichi, MDC Alliance chairperson, "
        "described the results as bogus.\n"
        '"We were not given time to verify the results," he said.'
    )
    assert quotes_of(text)[-1].speaker_name == "Morgan Komichi"


def test_a_named_lead_with_unnamed_colleagues_speaks() -> None:
    text = 'Analyst Youssef Squali and colleagues said in a note that "Twitter has become a show-me story."'
    assert quotes_of(text)[0].speaker_name == "Youssef Squali"


def test_he_after_an_unnamed_man_is_nobody_named() -> None:
    text = (
        '"It is remarkable," said Dr. Kanti Rai, who had no role in the research.\n'
        "One of the patients, who did not want to be identified, released a statement. The man, himself a "
        'scientist, called himself lucky. "I\'m healthy and still in remission," he said.'
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["Kanti Rai", None]


def test_the_official_right_after_a_named_spokesman_is_that_spokesman() -> None:
    text = (
        "The Kremlin sees no sign of new sanctions, Russian presidential spokesman Dmitry Peskov told the "
        "media on Tuesday.\n\n"
        '"I would not react to this. I have nothing to say," the Kremlin official said.\n\n'
        "Critics in Brussels said the talks had not been coordinated."
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["Dmitry Peskov", "Dmitry Peskov", None]


def test_a_text_that_says_something_is_nobody_named_before() -> None:
    text = (
        "Labour former minister Dawn Butler told the House she was shocked.\n\n"
        "The ministerial code says: \u201cIt is of paramount importance that ministers give accurate information.\u201d"
    )
    assert quotes_of(text)[-1].speaker_name is None


def test_blank_lines_between_paragraphs_change_nothing() -> None:
    paragraphs = [
        "Emmerson Mnangagwa won the vote.",
        "Observers reported intimidation.",
        "The commission published the figures.",
        '"I did not conduct these elections alone," he said.',
    ]
    single, double = ("\n".join(paragraphs), "\n\n".join(paragraphs))
    assert [q.speaker_name for q in quotes_of(single)] == [q.speaker_name for q in quotes_of(double)]


def test_the_group_is_the_group_named_before() -> None:
    text = (
        "The Islamic State jihadist group has claimed responsibility for the attacks. In a message posted "
        'online, the group said \u201ceight brothers wearing explosive belts carried out the attack.\u201d '
        "The terror group said France was guilty of \u201cstriking Muslims in the caliphate with aircraft.\u201d"
    )
    assert {q.speaker_name for q in quotes_of(text)} == {"Islamic State"}
    assert len(directs(text)) == 2
    several = "NATO said it would send more troops. The companies said they would help the alliance with supplies."
    assert [q.speaker_name for q in quotes_of(several)] == ["NATO", None]


def test_a_description_the_tagger_took_for_an_adverb() -> None:
    text = (
        "Robin Van Persie laid his frustrations bare in an interview. The forward said a lack of "
        'understanding is hurting him:\n"Our fellow players are sometimes occupying the spaces I want to play in."'
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["Robin Van Persie"]


def test_a_role_goes_to_the_title_sharing_most_of_its_qualifiers() -> None:
    text = (
        "President Emmerson Mnangagwa was declared the winner. The opposition leader Nelson Chamisa wrote "
        "on social media that the count was rigged.\n"
        'Zimbabwe\'s main opposition leader said: "They stole your vote, but never your hope."'
    )
    assert quotes_of(text)[-1].speaker_name == "Nelson Chamisa"


def test_a_description_named_next_as_the_one_whose_words_they_are() -> None:
    text = (
        'The opposition leader on Sunday alleged "blatant and gigantic fraud in the count" after the results.\n'
        "Nelson Chamisa's accusation came as observers reported intimidation."
    )
    assert quotes_of(text)[0].speaker_name == "Nelson Chamisa"


def test_a_name_beside_a_word_for_a_person_is_that_person() -> None:
    text = (
        "Derek Chauvin was sentenced on Friday. Another Floyd brother, Terrence, sighed and looked at Chauvin.\n"
        '"Why did you do it? Why did you stay there on his neck?" he demanded.'
    )
    assert quotes_of(text)[0].speaker_name == "Terrence"


def test_members_of_a_body_speak_as_the_body() -> None:
    text = 'Noting the crisis, the Council members further urged states "to refrain from any actions that undermine his work."'
    assert quotes_of(text)[0].speaker_name == "Council"
    assert quotes_of('Members of the public said: "We are angry about all of it."')[0].speaker_name is None


def test_ranks_abbreviated_without_full_stops() -> None:
    text = 'Det Con Richard Smith from Hatfield CID, who is investigating, said: "I want to appeal to anyone who saw him."'
    assert quotes_of(text)[0].speaker_name == "Richard Smith"


def test_it_after_an_organisation_that_announced_something() -> None:
    text = (
        "The US Pacific Command, based in Hawaii, also announced that it tracked the launch of the missile.\n"
        '"The type of missile is being assessed," it said.'
    )
    assert quotes_of(text)[-1].speaker_name == "US Pacific Command"


def test_the_group_set_beside_a_name_before() -> None:
    text = (
        "The Venezuelan Conflict Observatory, an advocacy group, reported clashes with security forces.\n"
        '"Numerous acts of repression have been reported," the group wrote in a post.'
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["Venezuelan Conflict Observatory"]


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "EU leaders will discuss further sanctions on Thursday, the EU said in a statement.\n"
        '"The Commission will outline a further sanctions package," the statement said.\n'
        'These "further restrictive measures will impose severe consequences on Russia," it added.'
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["EU", "EU"]


def test_a_role_with_qualifiers_no_title_shares_is_no_holder_named_later() -> None:
    text = (
        'OPEC\'s deal will "return the market to balance", Qatar\'s energy minister said in London.\n'
        "Prices rallied after remarks by OPEC secretary general Mohammed Barkindo."
    )
    assert quotes_of(text)[0].speaker_name is None


def test_a_parliament_speaker_is_a_title_not_a_spokesperson() -> None:
    text = (
        'Germany faces "a test, but not a crisis of the state," the parliament\'s speaker said on Tuesday.\n'
        "Parliament speaker Wolfgang Schaeuble, a veteran of several coalitions, added his own appeal."
    )
    assert quotes_of(text)[0].speaker_name == "Wolfgang Schaeuble"


def test_a_speaker_span_holds_no_quote_mark() -> None:
    text = "\u201cMaybe some people think it would be a huge relief for me,\u201d Djokovic, who wore a cap, said."
    quote = quotes_of(text)[0]
    assert text[quote.speaker_span.start:quote.speaker_span.end] == "Djokovic"


def test_the_judge_is_the_judge_named_before_not_the_defendant() -> None:
    text = (
        "Judge Lewis Kaplan said Sam Bankman-Fried never offered remorse. He rejected the argument that "
        "Bankman-Fried was not at risk of committing future crimes. \u201cHis name is pretty much mud right "
        "now around the world,\u201d said the judge."
    )
    assert [q.speaker_name for q in quotes_of(text) if q.kind == "direct"] == ["Lewis Kaplan"]


def test_a_dateline_is_no_speaker() -> None:
    text = 'LAHORE: Opposition leader Shahbaz Sharif rejected the results, alleging "blatant and shameless" rigging.'
    assert "LAHORE" not in [q.speaker_name for q in quotes_of(text)]


def test_an_unattributed_quote_right_before_an_attributed_one_is_the_same_speakers() -> None:
    text = (
        "Gov. Roy Cooper warned drivers on Friday.\n"
        "\u201cThe threat is still there even though it has stopped raining.\u201d \u201cThis storm will be gone "
        "from our state in 24 hours,\u201d Cooper said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Roy Cooper", "Roy Cooper"]


def test_he_is_not_a_name_in_his_own_sentences_prepositional_phrase() -> None:
    text = (
        'Serbian President Aleksandar Vucic accused protesters of "direct calls for civil conflict and attacks '
        'on the police". In a joint conference with Interior Minister Ivica Dacic, he asked prosecutors to '
        '"not behave as incompetent and naive people."'
    )
    assert directs(text)[-1].speaker_name == "Aleksandar Vucic"


def test_a_description_that_is_a_sentences_subject_is_what_he_means() -> None:
    text = (
        "Mark Carney won the election on Monday.\n"
        "The former banker - who had never held office before replacing Justin Trudeau as leader - "
        "presented himself as the most experienced candidate.\n"
        '"One of the responsibilities of government is to prepare for the worst," he said.'
    )
    assert directs(text)[0].speaker_name == "Mark Carney"


def test_a_name_set_beside_a_business_noun_is_an_organisation() -> None:
    text = (
        "Red Electrica, the Spanish power grid operator, said it is working to restore electricity. "
        "\u201cThe causes are being analyzed and all resources are being dedicated to it,\u201d it said."
    )
    assert [q.speaker_id for q in directs(text)] == ["org:red-electrica"]


def test_the_company_in_a_new_paragraph_is_the_company_that_spoke_in_the_one_before() -> None:
    text = (
        "Kestrel Aerospace said it continues to be in close contact with its airline customers.\n\n"
        '"As part of the process, we are making updates based on their feedback," the company said.'
    )
    [quote] = directs(text)
    assert quote.speaker_name == "Kestrel Aerospace"


def test_the_pm_is_the_prime_minister_named_before() -> None:
    text = (
        "Prime Minister Dickon Marsh toured the island on Tuesday.\n\n"
        '"There is widespread destruction on the island," the PM said at 5 PM.'
    )
    [quote] = directs(text)
    assert quote.speaker_name == "Dickon Marsh"


def test_an_outlet_that_reports_is_no_person_a_later_he_could_mean() -> None:
    text = (
        "Both sides broke the truce, US President Donald Trump told reporters on Tuesday.\n\n"
        'The president said he is "not happy" with either of them, Sky News reports. '
        '"We have to get them to calm down right now," he declared.'
    )
    assert directs(text)[-1].speaker_name == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        'The Pacific Tsunami Warning Center (PTWC) warned of waves. "Move to high ground now," the PTWC alert stated.',
        'The Pacific Tsunami Warning Center warned of waves. "Move to high ground now," said Ptwc on X.',
    ],
)
def test_an_acronym_speaks_under_the_name_the_article_spells_out(text: str) -> None:
    [quote] = directs(text)
    assert quote.speaker_name == "Pacific Tsunami Warning Center"


def test_a_surname_with_a_letter_left_out_is_the_person_named_before() -> None:
    text = (
        "At a press conference, alliance chief Mark Rutte said all members would meet the goal this year.\n\n"
        '"So, we have made key progress in the last five or six months," said Rute.'
    )
    assert directs(text)[0].speaker_name == "Mark Rutte"


def test_a_short_name_one_letter_off_another_is_someone_else() -> None:
    text = 'Jon Lee met the press on Monday.\n\n"We are not done with this fight yet, not by a long way," said Le.'
    assert directs(text)[0].speaker_name != "Jon Lee"


def test_words_a_commendation_governs_are_the_commenders() -> None:
    text = 'Interior Minister Ivo Dacic commended the police for their "professional behavior and restraint under fire."'
    assert directs(text)[0].speaker_name == "Ivo Dacic"


def test_a_long_phrase_quoted_in_a_reported_clause_is_direct_and_the_clause_indirect() -> None:
    text = 'One of the officials said the delay was caused by "logistical problems, not politics".'
    kinds = {(q.kind, q.text) for q in quotes_of(text)}
    assert ("direct", "logistical problems, not politics") in kinds
    assert any(kind == "indirect" and "the delay was caused by" in quoted for kind, quoted in kinds)


def test_a_short_phrase_quoted_in_a_reported_clause_is_no_direct_quote() -> None:
    assert directs('The minister said the talks were "on track" and would resume.') == []


def test_a_wire_credit_before_the_speaker_is_not_the_subject() -> None:
    text = (
        "KYIV (Reuters) - President Ivan Petrenko acknowledged on Saturday that his army was engaged in "
        '"counter-offensive and defensive operations" along the front.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Ivan Petrenko"]


def test_the_president_elect_is_the_winner_named_before() -> None:
    text = (
        '"This is the victory of a democratic movement," Ruiz told a crowd in the capital on Sunday night.\n\n'
        'The president-elect stressed that "it is necessary to rebuild the very soul of this country."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Ruiz", "Ruiz"]


def test_a_role_for_one_country_is_not_the_holder_of_that_role_for_another() -> None:
    text = (
        "President Dan Harlow addressed parliament on Monday, beside Israeli President Avi Ben-Ami.\n\n"
        'The U.S. President hailed the deal. "This is the end of an age of terror," he said.'
    )
    assert directs(text)[0].speaker_name == "Dan Harlow"


def test_a_statement_released_by_a_body_speaks_for_it() -> None:
    text = (
        "The Queen has died, according to a statement released by the Royal Household.\n\n"
        '"The Queen died peacefully this afternoon," the statement says.'
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["Royal Household", "Royal Household"]


def test_a_british_chancellor_is_no_prime_minister() -> None:
    text = (
        '"This budget is about growth," Chancellor Rachel Reeves told parliament. '
        "Prime Minister Keir Starmer backed the plan.\n\n"
        '"It is the right budget for Britain," the Chancellor said later.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Rachel Reeves", "Rachel Reeves"]


def test_a_surname_that_is_also_a_title_speaks_as_a_name() -> None:
    text = "Farouk Sultan, the head of the commission, spoke on Sunday. Turnout was 51.8 percent, said Sultan."
    assert [q.speaker_name for q in indirects(text)] == ["Farouk Sultan"]


def test_a_lone_title_word_that_speaks_is_a_person_a_pronoun_can_mean() -> None:
    text = (
        "Mohamed Morsi has defeated his rival Ahmed Shafiq to become president.\n\n"
        "The turnout was 51.8 percent, said Sultan.\n\nInvalid votes were 834,252, he said."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Sultan", "Sultan"]


def test_the_subject_after_according_to_x_is_no_apposition_of_x() -> None:
    text = "According to the commission, Morsi won 13.23 million votes."
    assert [q.speaker_name for q in indirects(text)] == [None]


def test_a_role_qualified_by_a_body_is_the_holder_named_next_with_the_bare_title() -> None:
    text = (
        "More homes will be lost to the bushfires tomorrow, the RFS deputy commissioner says.\n\n"
        "Deputy Commissioner Rob Rogers said that number would almost certainly grow."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Rob Rogers", "Rob Rogers"]


def test_the_name_after_an_opening_participle_speaks() -> None:
    text = (
        "All of the EU members have to back new sanctions before they can be implemented.\n\n"
        'Arriving at the meeting, German Minister of State for Europe Gunther Krichbaum said the new measures '
        'should be adopted "as quickly as possible."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Gunther Krichbaum"]


def test_a_surname_after_a_particle_stands_alone_and_forgives_a_slip() -> None:
    text = (
        "Two missiles were intercepted, coalition spokesman Colonel Turki al-Malki said.\n\n"
        '"This hostile act proves it," Malki added. Colonel Al Maliki said that the missiles were en route to Najran.'
    )
    assert {q.speaker_name for q in quotes_of(text)} == {"Turki al-Malki"}


def test_a_role_right_after_someone_with_another_office_is_not_that_someone() -> None:
    text = (
        "Spokesman Herve Verhoosel of the World Food Program told reporters in Geneva of the alarming news.\n\n"
        "Zimbabwe's defense minister said more than 120 bodies had been washed into Mozambique.\n\n"
        '"Most of the bodies were washed away," Defense Minister Oppah Muchinguri said.'
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["Oppah Muchinguri", "Oppah Muchinguri"]


def test_quotes_after_one_a_report_hands_on_continue_its_speaker() -> None:
    text = (
        "Police spokesperson Captain Tlangelani Rikhotso said the two officers were on patrol duties.\n\n"
        "\u201cThe members reported the incident to the commander. \u201cAbout an hour later, the police reported back.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Tlangelani Rikhotso", "Tlangelani Rikhotso"]


def test_a_participle_on_a_clause_a_parenthetical_cue_reports_speaks_with_that_cue() -> None:
    text = (
        "President Volodymyr Zelenskyy reported intense battles on Monday.\n\n"
        "\u201cBrutal\u201d shelling rained down on Kherson, he said, and offered condolences, "
        "noting the region alone had suffered 20 shelling incidents in one day."
    )
    assert [q.speaker_name for q in indirects(text)][-1] == "Volodymyr Zelenskyy"


def test_a_described_company_with_a_place_is_the_organisation_the_sentence_before_is_about() -> None:
    text = (
        "Cisco Systems is cutting 1,300 jobs, or two percent of its global workforce.\n\n"
        "The California tech firm, seen as a bellwether for the industry, said it was carrying out "
        '"a focused set of limited restructurings" that include the job cuts.'
    )
    assert {q.speaker_name for q in quotes_of(text)} == {"Cisco Systems"}


def test_two_titles_joined_before_a_name_are_one_speaker() -> None:
    text = "\u201cPioneer is a clear leader in the Permian,\u201d Exxon Chairman and CEO Darren Woods said in a press release."
    assert [q.speaker_name for q in directs(text)] == ["Darren Woods"]
    text = "Exxon agreed to exclude former Pioneer Chief Executive Officer Scott Sheffield from its board.\n\n" + text
    assert [q.speaker_name for q in directs(text)] == ["Darren Woods"]
    text = "Jammu and Kashmir\u2019s Deputy Chief Minister Nirmal Singh said, \u201cCivilians getting killed is unacceptable.\u201d"
    assert [q.speaker_name for q in directs(text)] == ["Nirmal Singh"]
    assert [q.speaker_name for q in directs('France and Germany said in a joint statement: "We will act."')] == [None]


def test_a_street_that_speaks_is_no_person_a_pronoun_can_mean() -> None:
    text = (
        'Not enough "upside surprise" on revenue, Wall Street said.\n\n'
        "The shares fell despite an assessment from CEO Denise Morrison in a statement. "
        'She said the performance should have been stronger.\n\n"I am disappointed," she said.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Denise Morrison"]


def test_a_lead_in_left_at_a_paragraph_s_end_speaks_the_next_paragraph_s_quote() -> None:
    text = (
        "Coach Steve Coppell said that his team deserved to win.\n\n"
        "Talking about what changed in the second half, he said,\n\n"
        '"We felt that if we kept on doing the right things, we would get some kind of reward."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Steve Coppell"]


def test_cueless_quote_paragraphs_speak_for_the_one_the_paragraph_before_introduces() -> None:
    text = (
        "Tiff Macklem, Governor of the Bank of Canada, explains the decision to leave the rate unchanged "
        "and responds to questions from the press.\n\n"
        '"We need to give higher rates time to do their work."\n\n'
        '"Global growth has slowed but not as much as we thought it would."'
    )
    assert [q.speaker_name.split()[-1] for q in directs(text)] == ["Macklem", "Macklem"]


def test_a_resident_named_x_is_x() -> None:
    text = '"They killed anyone found in the streets," said a resident named Elias, speaking by phone.'
    assert [q.speaker_name for q in directs(text)] == ["Elias"]
    text = '"It was terrifying," said one local, a 55-year-old maid who gave her first name as Angela.'
    assert [q.speaker_name for q in directs(text)] == ["Angela"]
    assert [q.speaker_name for q in directs('"We ran," said a woman who identified herself only as Maria.')] == ["Maria"]


def test_an_acronym_the_tagger_took_for_a_pronoun_speaks() -> None:
    text = (
        "Zimbabwe has received praise from the World Health Organisation (WHO) for its campaign.\n\n"
        "\u201cThe campaign played a crucial role,\u201d said WHO in a statement."
    )
    assert [q.speaker_name for q in directs(text)] == ["World Health Organisation"]


def test_according_to_an_outlet_after_a_report_only_relays_it() -> None:
    text = 'Opposition MP Namal Rajapaksa claimed that the vote was "a total disaster for the country", according to The Guardian.'
    assert sorted((q.kind, q.speaker_name) for q in quotes_of(text)) == [
        ("direct", "Namal Rajapaksa"), ("indirect", "Namal Rajapaksa"),
    ]


def test_a_plural_subject_inside_a_quote_is_no_one_a_later_she_could_mean() -> None:
    text = (
        "A federal judge sentenced Roger Stone to 40 months in prison.\n\n"
        "\u201cThere was nothing unfair about the investigation,\u201d Judge Amy Berman Jackson said. "
        "\u201cWitnesses do not get to decide for themselves.\u201d\n\n"
        "She added, \u201cThe dismay at the defendant\u2019s belligerence should transcend party.\u201d"
    )
    assert [q.speaker_name for q in directs(text)][-1] == "Amy Berman Jackson"


def test_a_described_coalition_is_a_body_named_by_its_whole_description() -> None:
    text = (
        "The NATO-led coalition in a statement said that two of its soldiers were killed. "
        "Abdul Haq Shafaq, Faryab's governor, put the death toll at six civilians."
    )
    assert indirects(text)[0].speaker_name == "NATO-led coalition"


def test_a_cueless_quote_after_a_one_sentence_paragraph_about_someone_is_theirs() -> None:
    text = (
        "Serena Williams won her seventh Wimbledon title on Saturday.\n\n"
        "Serena was understandably happy afterwards.\n\n"
        "\u201cAngelique is such a great opponent, she really brings out great tennis in me.\u201d"
    )
    assert [q.speaker_name for q in directs(text)] == ["Serena Williams"]


def test_a_national_institution_s_spokesman_speaks_for_it_and_so_does_the_official_after_him() -> None:
    text = (
        "A Pakistani military spokesman denied any involvement.\n\n"
        '"No such thing happened at all," the official said, in comments to the Press Trust of India.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Pakistani military"]
    assert [q.speaker_name for q in directs('"We hit the targets," a police spokesman said.')] == [None]


def test_they_after_a_body_that_spoke_is_that_body_but_never_unnamed_people() -> None:
    text = (
        "The Council said it closely monitors inflation.\n\n"
        "\u201cThe Bank will maintain the difference between the rates,\u201d they added."
    )
    assert [q.speaker_name for q in directs(text)] == ["Council"]
    assert [q.speaker_name for q in directs('Residents said the water rose fast. "We lost everything," they added.')] == [None]


def test_a_judge_rules_that_and_a_speech_act_takes_a_quote_that_opens_on_for() -> None:
    text = 'Judge Amy Jackson ruled that delaying the sentencing "would not be a prudent thing to do."'
    assert sorted((q.kind, q.speaker_name) for q in quotes_of(text)) == [("direct", "Amy Jackson"), ("indirect", "Amy Jackson")]
    text = "Police commissioner Nneke Ledwaba has commended his officers \u201cfor tirelessly hunting down the suspects\u201d."
    assert [q.speaker_name for q in directs(text)] == ["Nneke Ledwaba"]


def test_a_he_or_she_lead_in_paragraph_introduces_the_quote_after_it() -> None:
    text = (
        "Coach Steve Coppell said that his team deserved to win.\n\n"
        "He further spoke on Sameehg Doutie not being able to start due to his fitness issue,\n\n"
        '"He has had a few fitness issues. It was just a choice for the game."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Steve Coppell"]


def test_a_quote_paragraph_after_a_report_with_its_cue_after_it_continues_the_report() -> None:
    text = (
        'The debate comes as the alliance faces a "more assertive Russia", Stoltenberg said.\n\n'
        '"We are seeing a more assertive Russia. We are seeing a Russia which has invested heavily."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Stoltenberg"]


def test_the_tweet_speaks_for_whoever_tweeted() -> None:
    text = (
        'Spokesperson Mumtaz Zahra Baloch tweeted, "The ministers met on the sidelines of the summit today."\n\n'
        '"The summit opens new vistas of cooperation," the tweet added.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch"]


def test_a_role_another_holder_of_a_like_title_does_not_fit_is_the_untitled_person_named_next() -> None:
    text = (
        'Brexit talks are in the "final last chance saloon" this week, the environment secretary has said.\n\n'
        'George Eustice told ITV News he is "optimistic" that a deal can be reached.\n\n'
        "Earlier, Foreign Secretary Dominic Raab said fishing rights remain a major bone of contention."
    )
    assert directs(text)[0].speaker_name == "George Eustice"


def test_a_past_tense_the_parser_hung_on_the_root_noun_is_the_main_verb() -> None:
    text = 'A local civil defense chief, Colonel Flavo Castro, called on locals "to take refuge in safe places: churches, schools."'
    assert [q.speaker_name for q in directs(text)] == ["Flavo Castro"]
    assert [q.speaker_name for q in directs('A prison dubbed "the hell hole of the north" by inmates was closed.')] in ([], [None])


def test_a_run_of_titles_the_tagger_took_for_a_name_stays_out_of_the_full_name() -> None:
    text = "\u201cThis is a stark reminder,\u201d Principal Deputy Assistant Attorney General Mythili Raman said in a statement."
    assert [q.speaker_name for q in directs(text)] == ["Mythili Raman"]


def test_the_statement_speaks_for_the_person_it_is_by() -> None:
    text = (
        "The attackers targeted schools in four villages, according to a statement by the governor's spokesman, Isa Gusau.\n\n"
        '"Thousands of bags of farm products were looted by the insurgents," the statement said.'
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["Isa Gusau", "Isa Gusau"]


def test_a_name_the_tagger_cut_short_is_one_person_with_the_whole_name() -> None:
    text = (
        "Prime Minister Tan Sri Muhyiddin Yassin has admitted today that he has lost support of the majority in Parliament\n\n"
        '"Some members of Parliament have drawn their support from me," he said in a special address today.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Tan Sri Muhyiddin Yassin"]


def test_a_described_body_is_the_organisation_its_description_echoes() -> None:
    text = (
        "ZANU-PF has won the parliamentary elections with 109 seats, according to the Electoral Commission.\n\n"
        "The opposition MDC won only 41 seats, with results for 58 seats still to come, the election body said."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Electoral Commission", "Electoral Commission"]


def test_a_quote_with_its_own_cue_at_its_end_ignores_the_line_before_and_a_body_s_line_introduces_no_words() -> None:
    text = (
        "Spokesman of the Command, Nnamdi Omoni, said all fourteen passengers were rescued unhurt.\n\n"
        "The Command commended the effort of members of the community.\n\n"
        "\u201cWe have rescued them. It was not easy.\n\n"
        "\u201cI can tell you that all the 14 victims were rescued alive,\u201d he said."
    )
    assert {q.speaker_name for q in directs(text)} == {"Nnamdi Omoni"}


def test_a_described_public_body_is_not_the_subject_of_the_sentence_before() -> None:
    text = (
        "\u201cIt's not just a road,\u201d said Siobh\u00e1n N\u00ed Bhriain, who has lived in the village for forty years. "
        "The county council said repairs would begin in the spring, subject to funding."
    )
    assert indirects(text)[0].speaker_name == "county council"
    assert [q.speaker_name for q in indirects("Authorities said the number of deaths had risen to 273.")] == [None]
