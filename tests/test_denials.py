"""Denials and hedged reports on hand-written sentences: cue, denier, target, span."""

from __future__ import annotations

import pytest

from wiretrace.analyse.denials import extract_denials
from wiretrace.model import Article, Denial
from wiretrace.nlp import annotate


def denials_of(text: str) -> list[Denial]:
    article = Article(id="d", source="test", input_format="text", raw=text, text=text, text_hash="d")
    found = extract_denials(annotate(article))
    for denial in found:
        assert text[denial.span.start:denial.span.end].strip() == text[denial.span.start:denial.span.end]
    return found


def only(found: list[Denial]) -> Denial:
    assert len(found) == 1, [(d.kind, d.cue) for d in found]
    return found[0]


def test_dismissed_as_disinformation_names_the_kremlin_as_russia():
    text = "The Kremlin continues to dismiss claims of North Korean troop involvement as disinformation."
    denial = only(denials_of(text))
    assert denial.kind == "denial" and denial.cue == "dismiss … as disinformation"
    assert denial.denier_id == "gpe:russia"
    assert denial.target == "claims of North Korean troop involvement"
    assert denial.span.text_in(text) == text


def test_dismissal_with_a_dismissive_label_is_one_denial():
    text = 'The envoy Vasily Nebenzia dismissed the allegations, calling them "wholly unsubstantiated".'
    denial = only(denials_of(text))
    assert "wholly unsubstantiated" in denial.cue
    assert denial.denier_id == "person:vasily-nebenzia" and denial.target == "the allegations"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("North Korea has denied sending troops to Russia.", "gpe:north-korea"),
        ("Moscow rejected the report.", "gpe:russia"),
        ("Moscow refuted the claims.", "gpe:russia"),
    ],
)
def test_deny_verbs(text, denier):
    assert only(denials_of(text)).denier_id == denier


def test_a_pronoun_denier_is_the_earlier_subject_of_its_kind():
    text = "While North Korea has openly supported Russia's position, it has denied weapons shipments."
    denial = only(denials_of(text))
    assert denial.denier_id == "gpe:north-korea" and denial.target == "weapons shipments"


@pytest.mark.parametrize(
    "text",
    [
        "The border guards denied them entry.",
        "The agency is denying flu vaccines to detained families.",
        "Both leaders could claim an easy victory.",
        "A government that lies as easily as it tells the truth creates problems.",
    ],
)
def test_refusals_boasts_and_lying_are_no_denials_or_hedges(text):
    assert denials_of(text) == []


def test_a_negated_denial_is_none():
    assert denials_of("The ministry did not deny the report.") == []


def test_there_is_no_evidence_belongs_to_who_says_it():
    denial = only(denials_of("Moscow said there is no evidence of any such incident."))
    assert denial.cue == "there is no evidence" and denial.denier_id == "gpe:russia"


def test_a_dismissive_predicate_is_a_denial_by_the_speaker():
    denial = only(denials_of("The ministry said that the photos were fabricated."))
    assert denial.kind == "denial" and denial.denier_name == "ministry" and denial.target == "the photos"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Russian troops reportedly advanced near Kurakhove.", "reportedly"),
        ("The suspects allegedly passed on the locations of air defence systems.", "allegedly"),
        ("The footage could not be independently verified.", "could not be independently verified"),
        ("The ministry claimed that its forces had shot down 70 drones.", "claimed"),
        ("The Times reports Western intelligence claiming half of the shells come from Pyongyang.", "claiming"),
    ],
)
def test_hedged_reports(text, cue):
    denial = only(denials_of(text))
    assert (denial.kind, denial.cue) == ("hedged", cue)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Her spokeswoman Anna Reyes shot down the reports on Monday.", "Anna Reyes"),
        ("A publicist for the singer said the story has no basis in fact.", None),
        ("The agency described the claims as rumour and urged calm.", None),
    ],
)
def test_more_ways_to_deny(text, denier):
    denial = only(denials_of(text))
    assert denial.kind == "denial"
    if denier:
        assert denial.denier_name == denier


def test_shooting_down_drones_denies_nothing():
    assert denials_of("The ministry said its forces had shot down 70 drones overnight.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"It\'s not true," the spokesman said on Friday.', "not true"),
        ("The reports of a merger are not accurate, the bank said.", "not accurate"),
        ('"The claims about the leaders are false claims," the group said.', "false claims"),
        ("The story is full of inaccuracies, her lawyer said.", "full of inaccuracies"),
        ("Such reports have no grounds, the envoy added.", "have no grounds"),
    ],
)
def test_denials_by_a_predicate(text, cue):
    denial = only(denials_of(text))
    assert (denial.kind, denial.cue) == ("denial", cue)


@pytest.mark.parametrize(
    "text",
    ["It is true that prices rose in May.", "The reports were not false, the auditor said.", "Not all of it was accurate in the end."],
)
def test_no_denial_in(text):
    assert [d for d in denials_of(text) if d.kind == "denial"] == []


def test_a_toll_impossible_to_confirm_is_hedged():
    assert only(denials_of("The toll was impossible to confirm.")).kind == "hedged"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Varna: The Moravian army denied reports that civilians had been killed.", "Moravian"),
        ("Lantern Daily - A Moravian Foreign Ministry spokesperson on Monday refuted the report.", "Moravian Foreign Ministry spokesperson"),
        ("Mara Kell has been forced to deny claims that she is engaged.", "Mara Kell"),
        ("Two sources close to the bank, cited by Reuters, said there was no truth in the rumor.", "Two sources"),
        ('"We deny these reports," said Ivan Petrov, the group\'s spokesman, on Sunday.', "Ivan Petrov"),
    ],
)
def test_who_denies(text, denier):
    denial = next(d for d in denials_of(text) if d.kind == "denial")
    assert denial.denier_name == denier


def test_a_participle_denial_is_the_subject_s():
    found = denials_of("Spokesman Tomas Brell refuted the report, saying it was disinformation.")
    assert [d.denier_name for d in found] == ["Tomas Brell", "Tomas Brell"]


def test_she_after_a_publicist_is_the_publicist():
    text = 'Her publicist flatly says the report has no basis in fact. "The story is full of inaccuracies," she tells Starlight magazine.'
    assert [d.denier_name for d in denials_of(text)] == ["Her publicist", "Her publicist"]


def test_a_quotation_attributed_after_its_last_sentence():
    text = '"This report is completely baseless. I do not think it deserves an answer," said Mara Kell after the meeting.'
    assert [d.denier_name for d in denials_of(text) if d.kind == "denial"] == ["Mara Kell"]


def test_a_report_that_rejected_is_the_denier():
    text = "A commission in Ruritania released a report that has flatly rejected allegations of abuse."
    assert only(denials_of(text)).denier_name == "report"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Investigators found it hard to extract data about alleged Ruritanian activity.", "hedged"),
        ("Independent confirmation of the fighting details is not possible.", "hedged"),
        ('Her representative tells the Valley Ledger, "It is a disgusting story full of lies."', "denial"),
    ],
)
def test_more_hedges_and_denials(text, kind):
    assert only(denials_of(text)).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "A judge on Monday dismissed the charges against the mayor of Eastvale.",
        "The ruling came on the council's motion to dismiss the lawsuit.",
        "Dana Pruitt said she rejected the offer to sign the press release.",
        "The ministry also called on Northland to reject its harmful policies.",
    ],
)
def test_disposing_of_a_case_or_a_proposal_is_no_denial(text):
    assert [d for d in denials_of(text) if d.kind == "denial"] == []


def test_dismissing_charges_as_something_denies_them():
    denial = only(denials_of("The mayor dismissed the charges as politically motivated."))
    assert denial.cue.startswith("dismissed") and denial.denier_name == "mayor"


def test_denied_a_report_to_an_outlet_is_a_denial():
    denial = only(denials_of("The singer's lawyer has since refuted the claims to the Daily Planet."))
    assert denial.cue == "refuted" and denial.denier_name == "singer's lawyer"


def test_the_agent_of_a_passive_participle_denies():
    text = "Nine patients died at the clinic, with relatives alleging a power cut, a charge firmly denied by officials."
    found = denials_of(text)
    assert [d.denier_name for d in found if d.kind == "denial"] == ["officials"]
    assert [d.cue for d in found if d.kind == "hedged"] == ["alleging"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Westfield United have seen it fit to release a statement denying any such talks.", "Westfield United"),
        ('Spokesman Omar Bekele in a published statement "rejected accusations by Ruritanian officials".', "Omar Bekele"),
    ],
)
def test_a_statement_denies_for_whoever_issues_it(text, denier):
    assert only(denials_of(text)).denier_name == denier


def test_a_parenthetical_claim_hedges_the_clause():
    text = "The board dropped the plan -- not because of the cost, the agency claims, but because of the weather."
    assert only(denials_of(text)).kind == "hedged"


def test_a_quoted_sentence_after_its_attribution_is_the_same_speaker_s():
    text = ('But Tom Varga, head of the Eastvale plant, denied the report.\n'
            '"There is no such plan," he was quoted as saying by the paper. "It is not true that the plant will close."')
    assert [d.denier_name for d in denials_of(text)] == ["Tom Varga", "Tom Varga"]


def test_the_denier_after_a_wire_dateline_is_not_the_agency_in_brackets() -> None:
    denials = denials_of("KABUL (Reuters) - The Taliban on Tuesday denied reports that its fighters had killed 20 civilians.")
    assert [d.denier_name for d in denials] == ["Taliban"]
