"""Quote speakers on invented texts shaped like session 10's wrong speakers: a he or she
that took a body written with "the" for a person; an unnamed spokesperson named in the next
sentence; an outlet relaying a quote its speaker introduced with a colon; an unnamed official
taken for a leader of another country, and the he that follows that official; "the source"
taken for someone named; a statement someone made, in a sentence with another speaker."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_name_written_with_the_is_a_body_no_he_refers_to() -> None:
    text = (
        "A quarter of Sarda City in eastern Libya was destroyed as a dam broke in a storm, the government said "
        "in the region on Tuesday, while the Red Crescent said 10,000 people were feared to be missing.\n\n"
        "Meanwhile, about 1,000 bodies have been found in Sarda City, with officials estimating the death toll "
        "would be much higher.\n\n"
        "\"I'm back from Sarda. It's very dangerous,\" the Civil Aviation Minister and members of the emergency "
        "committee in the government that controlled the eastern region of Omar Abu Salem told Reuters by telephone.\n\n"
        "\"The number of bodies found in Sarda is more than 1,000,\" he continued."
    )
    assert [q.speaker_name for q in indirects(text)] == ["government", "Red Crescent"]
    assert "Red Crescent" not in [q.speaker_name for q in directs(text)]


def test_an_outlet_after_a_quote_a_speaker_introduced_with_a_colon_only_relays_it() -> None:
    text = (
        "A missile hit the railway station in Kramatorsk on Friday.\n\n"
        "Ivan Petrenko, head of the Donetsk Regional Military Administration said: \u201cThe Russian fascists have "
        "hit the railway station with cluster munitions. Police and rescuers working at the scene are reporting "
        "dozens of dead\u201d, Ukrayinska Pravda reported."
    )
    assert [q.speaker_name for q in directs(text)] == ["Ivan Petrenko"]


def test_an_unnamed_spokesman_is_the_person_the_next_sentence_names() -> None:
    text = (
        "Germany and the US will send battle tanks to Ukraine, officials said on Wednesday.\n\n"
        "A Kremlin spokesman earlier said the tanks would \"burn like all the rest\".\n\n"
        "Dmitry Volkov said there was an overestimation of the potential the tanks would bring to the "
        "Ukrainian army, and called the move a \"failed plan\"."
    )
    assert directs(text)[0].speaker_name.endswith("Volkov")


def test_the_ministry_spokesperson_is_the_one_titled_so_next_not_another_spokesman_before() -> None:
    text = (
        "Fourteen bodies have been recovered from the wreckage of a plane that crashed in Nepal, news agency "
        "AFP reported. \"Fourteen bodies have been recovered so far, search continues for the remaining,\" "
        "spokesman Ram Prasad Thapa told AFP\n\n"
        "The spokesperson of the Ministry of Home Affairs in Nepal says that while the official statement is due, "
        "assessment shows that \"no one could have survived\" the crash. \"We suspected all the passengers on "
        "board the aircraft have lost their lives,\" Ministry spokesperson Hari Bahadur Gurung told news agency ANI."
    )
    assert [q.speaker_name for q in directs(text)] == ["Ram Prasad Thapa", "Hari Bahadur Gurung", "Hari Bahadur Gurung"]
    # a spokesman named next with another office is someone else
    other = (
        "A Kremlin spokesman said the tanks would \"burn like all the rest\".\n\n"
        "Ukrainian President Petro Kovalenko said the tanks would help his army."
    )
    assert directs(other)[0].speaker_name == "Kremlin"


def test_the_official_of_another_country_is_not_the_leader_named_before_nor_is_his_he() -> None:
    text = (
        "Hamas still wants to discuss a truce in its war with Israel, a Palestinian official close to the group "
        "told AFP Thursday, despite a rejection of its offer.\n\n"
        "Israel's Prime Minister Avi Mizrahi on Wednesday dismissed the group's truce proposal, calling it "
        "\"bizarre\" and vowing to press on with military action.\n\n"
        "The Palestinian official said a Hamas delegation would meet Egyptian officials in Cairo from Thursday.\n\n"
        "\"We expect the negotiations to be very complex and difficult but Hamas is open to discussions,\" "
        "added the official, who is familiar with the talks.\n\n"
        "\"The two parties will hold several rounds of talks indirectly,\" he said on condition of anonymity.\n\n"
        "U.S. Secretary of State Tom Hale has met Mizrahi on his latest visit to the region."
    )
    assert [q.speaker_name for q in indirects(text)] == [None]
    assert [q.speaker_name for q in directs(text)] == ["Avi Mizrahi", None, None]


def test_the_source_is_never_the_person_named_before() -> None:
    text = (
        "Prime Minister Lina Osei has resigned, the country's army chief has said.\n\n"
        "Earlier reports had suggested that Osei, along with her sister, had left the capital amid protests.\n\n"
        "\"She and her sister have left the official residence for a safer place,\" the source said. "
        "\"She wanted to record a speech. But she could not get an opportunity to do that.\""
    )
    assert [q.speaker_name for q in directs(text)] == [None, None]


def test_a_statement_someone_made_is_theirs_though_the_main_clause_has_another_speaker() -> None:
    text = (
        "Indian coach Wim Bakker was a visibly satisfied man as he termed his team \"deserving winners\" of the "
        "match while a furious Maldives coach Istvan Bela made a contradictory statement that "
        "\"India never deserved to win.\""
    )
    assert [q.speaker_name for q in directs(text)] == ["Wim Bakker", "Istvan Bela"]
