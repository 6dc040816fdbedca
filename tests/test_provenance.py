"""Provenance on hand-written sentences: cited sources with their cue, kind and span."""

from __future__ import annotations

import pytest

from wiretrace.analyse.provenance import extract_sources, known_source, main_source
from wiretrace.model import Article, SourceRef
from wiretrace.nlp import annotate


def sources_of(text: str) -> list[SourceRef]:
    article = Article(id="p", source="test", input_format="text", raw=text, text=text, text_hash="p")
    found = extract_sources(annotate(article))
    for ref in found:
        assert ref.span.article_id == "p" and ref.span.end <= len(text)
    return found


@pytest.mark.parametrize(
    ("text", "source_id", "kind", "cue", "surface"),
    [
        ("Source: Reuters\n\nThe talks ended on Friday.", "reuters", "wire", "Source:", "Reuters"),
        ("The president said this in an interview with AP.", "ap", "wire", "in an interview with", "AP"),
        ("Kyiv wants a strong response, Zelenskyy said, according to Ukrinform.", "ukrinform", "agency", "according to", "Ukrinform"),
        ("A senior official told Yonhap that the troops had arrived.", "yonhap", "agency", "told", "Yonhap"),
        ("Ukrinform reported that the children had been returned.", "ukrinform", "agency", "reported", "Ukrinform"),
        ("The Times reports that shells come from North Korea.", "the-times", "media", "reports", "The Times"),
        ("According to RBC-Ukraine's sources, 20 occupiers were killed.", "rbc-ukraine", "media", "according to", "RBC-Ukraine"),
        ("The Institute for the Study of War reports that troops are training.", "isw", "think_tank", "reports", "Institute for the Study of War"),
        ("Kyrylo Budanov, head of the Main Intelligence Directorate, revealed the figure.", "gur", "intelligence", "revealed", "Main Intelligence Directorate"),
        ("Ukraine's Center for Countering Disinformation states that officers are present.", "ccd", "official", "states", "Center for Countering Disinformation"),
        ("The statement was carried by KCNA.", "kcna", "agency", "cited by", "KCNA"),
        ("LONDON, Nov 14 (Reuters) - The talks ended on Friday.", "reuters", "wire", "dateline", "Reuters"),
        ("GAZA, Oct 27 (BSS/AFP) - Hamas released a list.", "afp", "wire", "dateline", "AFP"),
        ("Speaking to Reuters, a spokesperson said he had never heard of that.", "reuters", "wire", "speaking to", "Reuters"),
        ("The border post was destroyed, said Interfax.", "interfax", "agency", "said", "Interfax"),
        ("Russia's FSB security service alleged that a shell had hit a border post.", "fsb", "intelligence", "alleged", "FSB"),
    ],
)
def test_known_sources_with_their_cue(text, source_id, kind, cue, surface):
    (ref,) = [r for r in sources_of(text) if r.source_id == source_id]
    assert (ref.kind, ref.cue) == (kind, cue)
    assert text[ref.span.start:ref.span.end] == surface


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("There is information from Ukrainian intelligence, according to Ukrainian intelligence official Andrii Yusov.", "ukrainian-intelligence"),
        ("The Times reports Western intelligence claiming half of the shells come from North Korea.", "western-intelligence"),
    ],
)
def test_intelligence_named_by_a_demonym(text, source_id):
    refs = [r for r in sources_of(text) if r.source_id == source_id]
    assert refs and refs[0].kind == "intelligence"


def test_a_name_without_a_cue_is_no_source():
    assert sources_of("Reuters is a news agency. The UN met in New York. Ukrainian intelligence hackers hit a network.") == []


def test_an_ambassador_to_the_un_does_not_speak_for_the_un():
    assert sources_of("The Deputy US Ambassador to the UN Dorothy Shea has warned of the risk.") == []


def test_an_unknown_organisation_gets_a_slug_and_kind_other():
    refs = sources_of("According to the Kharkiv Regional Prosecutor's Office, 12 people were injured.")
    assert [(r.source_id, r.kind, r.cue) for r in refs] == [("kharkiv-regional-prosecutor-s-office", "other", "according to")]


def test_the_credited_source_is_the_main_source():
    refs = sources_of("Source: Reuters\n\nAccording to TASS, the meeting ended.")
    assert main_source(refs).source_id == "reuters"
    assert main_source(sources_of("According to TASS, the meeting ended.")) is None


def test_aliases_resolve_to_one_id():
    assert known_source("Associated Press").id == known_source("AP").id == "ap"
    assert known_source("the Washington Post").id == known_source("WP").id == "washington-post"
    assert known_source("Nonexistent Gazette") is None


def test_an_unknown_outlet_told_or_cited_is_a_media_source():
    refs = sources_of("A senior commander told Army Radio that the strike had been well planned.")
    assert [(r.name, r.kind, r.cue) for r in refs] == [("Army Radio", "media", "told")]
    assert sources_of("A senior commander told the crowd that the strike had been well planned.") == []


def test_an_official_body_reporting_is_a_source():
    refs = sources_of("Prices rose by 15 per cent, the State Statistics Service said on Monday.")
    assert [(r.name, r.kind) for r in refs] == [("State Statistics Service", "official")]
    of_phrase = sources_of("The General Staff of Ukraine's Armed Forces said 1,180 soldiers were lost.")
    assert "armed-forces" not in [r.source_id for r in of_phrase]


def names_and_cues(text: str) -> list[tuple[str, str]]:
    return [(ref.name, ref.cue) for ref in sources_of(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harbour Valley health authorities said that 40 people were treated.", "Harbour Valley health authorities"),
        ("Hours later the Moravian military said three officers had been detained.", "Moravian military"),
        ("Ruritania's anti-fraud agency said it was aware of the complaints.", "Ruritania's anti-fraud agency"),
        ("The union published a list of members, released by its finance committee on Friday.", "finance committee"),
    ],
)
def test_a_body_named_by_a_description_is_a_source(text, name):
    assert name in [ref.name for ref in sources_of(text)]


def test_a_field_alone_names_no_body_unless_a_prepositional_cue_cites_it():
    assert sources_of("Nine of the twelve drones were shot down, the air force said.") == []
    refs = sources_of("No such law was passed, according to the parliament's website.")
    assert [(r.name, r.cue) for r in refs] == [("parliament", "according to")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The strike was confirmed hours later, regional news service Kavtel reported.", "Kavtel"),
        ("On Monday the Dalmor media outlet reported about the minister's visit.", "Dalmor"),
        ("Rumours surfaced first in Freedonia's Morgenblad newspaper last week.", None),
    ],
)
def test_an_outlet_named_beside_what_it_is(text, name):
    found = [ref.name for ref in sources_of(text)]
    assert found == ([name] if name else [])


def test_an_outlet_described_once_is_an_outlet_when_it_reports_later():
    text = "The doubts were first raised by Slovene radio station Valovi. Valovi reported that the coach had resigned."
    assert ("Valovi", "reported") in names_and_cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An opinion piece in the Daily Lantern said on Sunday that the talks had failed.", [("Daily Lantern", "piece in")]),
        ("A report by the Northbridge Courier claimed that the mayor had resigned.", [("Northbridge Courier", "report by")]),
        ("The ministry welcomed the figures, confirming an assessment made by NATO a day earlier.", [("NATO", "assessment by")]),
        ("Reports of the merger appeared in the Wall Street Journal and the Tallow Gazette.",
         [("The Wall Street Journal", "appeared in"), ("Tallow Gazette", "appeared in")]),
    ],
)
def test_what_a_source_published_cites_it(text, expected):
    assert names_and_cues(text) == expected


def test_a_report_about_a_body_does_not_cite_it():
    assert sources_of("Lawmakers discussed a report on NATO during the session.") == []


def test_the_owner_of_a_cited_outlet_is_no_second_source():
    refs = sources_of("A report by the Northbridge Courier's Business Review claimed that the bank had merged.")
    assert len(refs) == 1 and refs[0].name.endswith("Business Review")


def test_conjoined_names_share_the_cue():
    refs = names_and_cues("It had been reported via Reuters and the Evening Lantern News that talks had stalled.")
    assert refs == [("Reuters", "via"), ("Evening Lantern News", "via")]


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ('"We are not involved," the singer\'s agent tells Starlight magazine.', "Starlight", "told"),
        ('"The quotes are fake," her spokeswoman told E! News.', "E! News", "told"),
        ("One expert told Express.co.uk that the outbreak was not under control.", "Express.co.uk", "told"),
        ("Posts were shared by thousands of accounts, reported IMX, a Kyiv-based media watchdog.", "IMX", "reported"),
    ],
)
def test_unknown_names_after_a_cue(text, name, cue):
    assert (name, cue) in names_and_cues(text)


def test_a_misparsed_reporting_verb_below_its_subject_still_cites_it():
    refs = sources_of("Russia's FSB security service alleged earlier that a shell had hit a post, the agency said.")
    assert refs and refs[0].source_id == "fsb"


def test_an_outlet_citing_a_body_cites_it():
    refs = names_and_cues("Interfax cited the Ruritanian military as saying that two vehicles had been destroyed.")
    assert ("Ruritanian military", "cited") in refs


def test_a_body_in_a_speakers_title_is_a_source():
    text = "The representative of the Freedonian Foreign Ministry Anna Kessel stated that talks would resume."
    assert "Freedonian Foreign Ministry" in [r.name for r in sources_of(text)]
    committee = "It quoted a report released by staff members of the Senate Budget and Trade Committee."
    assert [r.name for r in sources_of(committee)] == ["Senate Budget and Trade Committee"]


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("The Russian Defence Ministry claimed gains. Analysts doubted a statement by the Russian ministry.", "russian-defence-ministry"),
        ("The National Intelligence Service said so on Monday. Ruritania's spy agency said the tests were routine.", "nis"),
        ("Posts imitated Ukrinform, the Ukrainian national press agency. The Ukrainian national press agency said it was not the first time.", None),
    ],
)
def test_a_description_takes_the_id_of_the_name_it_stands_for(text, source_id):
    ids = {r.source_id for r in sources_of(text)}
    assert ids == ({source_id} if source_id else {"ukrinform"})


def test_a_description_beside_a_name_is_no_second_source():
    refs = sources_of("Posts quoted a fake article by Ukrinform, the Ukrainian national press agency, on Monday.")
    assert [r.source_id for r in refs] == ["ukrinform"]


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("The port reopened on Monday.\n\n(Reporting by Reuters; Editing by Jane Doe)", "reuters"),
        ("The port reopened on Monday.\n(dpa/NAN)", "nan"),
        ("VARNA (Kavtel News / Sputnik - 27th April, 2022) The port reopened on Monday.", "sputnik"),
    ],
)
def test_credit_lines_and_credits_in_a_dateline(text, source_id):
    assert source_id in [r.source_id for r in sources_of(text)]


def test_initials_the_text_defines_name_the_body():
    text = "The Harbour Safety Authority (HSA) warned sailors. The HSA affirms that it is the only source of notices."
    assert {r.name for r in sources_of(text)} == {"Harbour Safety Authority"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Verda, an environmental organization in the country, said a slick had formed.", "Verda"),
        ("Quillwire has reported twice this week that the firm laid off staff.", "Quillwire"),
        ("Kavtel TV reported firing four missiles into the bay.", "Kavtel TV"),
        ("The Harbour Relief Agency had accused troops of firing on the convoy.", "Harbour Relief Agency"),
        ("Moravian state television claimed that the test had succeeded.", "Moravian state television"),
        ("An Ostravan military source said the convoy had been hit by mistake.", "Ostravan military"),
        ('"The strike hit only fighters," said Jan Novak, a spokesman for the Moravian army.', "Moravian army"),
        ("The Moravian army denied the reports, saying only fighters had been killed.", "Moravian army"),
        ("After trade paper The Valley Ledger posted a story saying that the studio had dropped her, shares fell.", "Valley Ledger"),
        ("Her stepmother seemed to confirm the news to Kavtel News.", "Kavtel News"),
        ("The Northbridge Courier report suggested that the plant would close.", "Northbridge Courier"),
    ],
)
def test_more_ways_a_source_is_cited(text, name):
    assert name in [r.name for r in sources_of(text)]


def test_outlets_listed_with_other_outlets():
    text = "Snapfeed, Gossipline and other outlets have spent weeks speculating that the singer was pregnant."
    assert {r.name for r in sources_of(text)} == {"Snapfeed", "Gossipline"}


def test_a_body_named_by_an_of_phrase_up_to_its_comma():
    text = "The ecology department of Freedonia's Varna region, which borders the sea, said it would take samples."
    assert [r.name for r in sources_of(text)] == ["ecology department of Freedonia's Varna region"]


@pytest.mark.parametrize(
    "text",
    [
        "The CAR's health ministry confirmed four cases. The health ministry of the Central African Republic said travel was restricted.",
        "Talks had stalled, the Financial Times reported. A visit was also planned, the British newspaper reported.",
    ],
)
def test_two_descriptions_of_one_body_share_its_id(text):
    assert len({r.source_id for r in sources_of(text)}) == 1


def test_two_ministries_of_different_countries_stay_apart():
    text = "Ruritania's defence ministry said the drill was routine. Freedonia's defence ministry said it was a provocation."
    assert len({r.source_id for r in sources_of(text)}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "He was not aware of any investigations by the Harbour Police.",
        "Several national newspapers claimed that the coach would be fired.",
        "The U.K. paper had reported that the couple had met a lawyer.",
        "Quotes had appeared on several major media websites. Valerie had reportedly been quoted.",
        "The research analysed data from the Harbour Valley Heart Study tracking nearly 16,000 adults.",
        "Court papers obtained by our correspondent on Monday showed that the suit was filed.",
        "Sign up for the Streamly account today and save $5 a month.",
    ],
)
def test_no_source_in(text):
    assert sources_of(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Several rights groups, including Amnesty International, have accused the army of abuses.", "Amnesty International"),
        ("Dana Holt, a director at the Harbour Relief Agency, said the convoy had been hit.", "Harbour Relief Agency"),
        ("The singer denied the rumours in the new issue of Starlight Magazine.", "Starlight Magazine"),
        ("A government-led commission in Ruritania released a report on Monday.", "government-led commission in Ruritania"),
        ("The Moravian track federation says its head coach will attend.", "Moravian track federation"),
        ("Police said early Friday that they had captured the suspect.", "Police"),
        ("A volcano erupted on Sunday, as reported by the Kavtel Ledger.", "Kavtel Ledger"),
        ("He told T.V. channel Kavtel Nine that the plan was in poor taste.", "Kavtel Nine"),
    ],
)
def test_cited_in_the_third_fresh_set_ways(text, name):
    assert name in [r.name for r in sources_of(text)]


def test_a_person_after_an_inverted_said_is_no_organisation():
    assert sources_of('"This report is baseless," said Tewari, responding to a question.') == []


def test_the_army_and_the_military_of_one_country_are_one_body():
    text = "Ruritania's military said it had killed 80 fighters. Army spokesman Jan Novak reported steady progress."
    assert len({r.source_id for r in sources_of(text)}) == 1


def test_a_body_a_catalogue_source_owns_is_named_whole():
    refs = sources_of("NASA's Office of the Inspector General released a report on the delays on Monday.")
    assert [r.name.removeprefix("NASA's ") for r in refs] == ["Office of the Inspector General"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Aussie magazine Harbour Life, the actor said he disliked the film.", "Harbour Life"),
        ("A statement to Valley Broadcasting Network reads: the studio stands by its story.", "Valley Broadcasting Network"),
        ("Sales will grow slowly this year, according to research firm Norland Analytics Inc.", "Norland Analytics Inc"),
        ("Sixty soldiers were killed, the ministry said, citing information from the Ruritanian General Command.",
         "Ruritanian General Command"),
    ],
)
def test_cited_in_the_fourth_fresh_set_ways(text, name):
    assert name in [ref.name for ref in sources_of(text)]


def test_a_magazine_before_a_name_is_not_its_own_outlet():
    names = [ref.name for ref in sources_of("According to Aussie magazine Harbour Life, the actor said he disliked it.")]
    assert "Aussie" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Billings - UPI\nOfficials accused the company of overselling its clean-up.",
        "The company's shares fell 2 percent.\n© Thomson Reuters 2016",
    ],
)
def test_credit_lines_of_a_place_and_wire_or_a_copyright(text):
    assert {ref.cue for ref in sources_of(text)} == {"dateline"}


def test_citing_a_people_s_officials_names_no_body():
    refs = sources_of("The Evening Lantern News, citing Ukrainian officials, reported that the convoy had left.")
    assert "Ukrainian" not in [ref.name for ref in refs]


def test_a_club_before_an_insider_s_name_is_no_outlet():
    names = [ref.name for ref in sources_of("The move follows a report from Westfield insider Dan Hale of the Telegraph.")]
    assert "Westfield" not in names and "The Telegraph" in names


def test_a_known_name_inside_another_body_s_name_is_that_body():
    refs = sources_of("The Oklahoma State Department of Health has reported two probable cases of measles.")
    assert [ref.name for ref in refs] == ["Oklahoma State Department of Health"]


def test_initials_with_their_function_words_name_the_body_the_text_spells_out():
    refs = sources_of("Dengue deaths rose, the Department of Health (DOH) said. The DOH reported 421 deaths.")
    assert {ref.name for ref in refs} == {"Department of Health"}
