"""Quote speakers on invented sentences shaped like the misses of fresh blind batch 30 of real
news (session 6): a dateline with its country before the dash, the one a statement quotes
"as saying", "charged" as a cue, two apostrophes typed as a closing mark, the Emperor, "Hon."."""

from __future__ import annotations

from quote_helpers import directs, indirects

from wiretrace.nlp.datelines import dateline_end


def test_a_dateline_may_name_its_country_before_the_dash() -> None:
    text = "JOHANNESBURG, South Africa — The court ruled on Friday."
    assert text[dateline_end(text, 0):].startswith("The court")
    assert dateline_end("Johannesburg, South Africa — The court ruled.", 0) is None  # no capitals, date or agency


def test_the_subject_after_a_dateline_with_its_country_speaks() -> None:
    text = (
        "JOHANNESBURG, South Africa — This nation’s highest court refused Friday to approve the new constitution, "
        "ruling that it would give too much power to the central government."
    )
    [quote] = indirects(text)
    assert quote.speaker_name is not None and "court" in quote.speaker_name


def test_the_one_a_statement_quotes_as_saying_is_the_he_of_later_quotes() -> None:
    text = (
        "It said the chairman was unfit. Meanwhile, the statement quoted Mensah as saying that the "
        "appointment was lawful and would not be changed.\n\n"
        "“We expect the opposition to return to the commission.\n\n"
        "“He will not be changed,’’ the statement quoted him as saying."
    )
    assert [(q.text, q.speaker_name) for q in directs(text)] == [
        ("We expect the opposition to return to the commission.", "Mensah"),
        ("He will not be changed,", "Mensah"),
    ]


def test_charged_is_a_cue_and_its_speaker_speaks_the_paragraphs_before() -> None:
    text = (
        "Days earlier, opposition leaders Peter Ouma and Grace Wanjiru faulted the government.\n\n"
        "“Where did they get the idea that our meetings will be unruly?\n\n"
        "“Competition can never be your adviser,” Wanjiru charged at their latest briefing."
    )
    assert [q.speaker_name for q in directs(text)] == ["Grace Wanjiru", "Grace Wanjiru"]


def test_the_emperor_is_the_emperor_named_before() -> None:
    text = (
        "The ceremony was held with Emperor Naruhito in attendance.\n\n"
        'The Emperor said, "I am glad the Diet has worked for peace."'
    )
    assert [q.speaker_name for q in directs(text)] == ["Naruhito"]


def test_hon_is_a_title_not_a_name() -> None:
    text = (
        "Speaker Rebecca Kadaga said members were being threatened.\n\n"
        "“Stop exciting the public,” said Hon. Kadaga."
    )
    assert [q.speaker_name for q in directs(text)] == ["Rebecca Kadaga"]


def test_a_spokesperson_for_the_trust_speaks_for_the_trust_named_before() -> None:
    text = (
        "Riverside Hospitals NHS Trust has apologised to its patients.\n\n"
        "A spokesperson for the trust said: “We’re extremely sorry that patients are waiting longer.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Riverside Hospitals NHS Trust"]


def test_a_title_alone_is_no_name_the_holder_named_next_speaks() -> None:
    text = (
        "A teenager was stabbed repeatedly in south London, the Metropolitan Police Commissioner said.\n\n"
        "Dame Cressida Dick said five weapons were recovered from the scene."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Cressida Dick", "Cressida Dick"]


def test_a_release_from_the_mayor_with_her_name_is_hers() -> None:
    text = (
        'The rule was recommended to stop "numerous suspect terminations in 2018," according to '
        "a news release from the Mayor Nancy Young."
    )
    assert [q.speaker_name for q in directs(text)] == ["Nancy Young"]


def test_a_sentence_of_just_a_speaker_and_a_cue_after_a_quote_belongs_to_it() -> None:
    text = (
        "Acme Corp shares fell 11 percent in early trading.\n\n"
        '"We secured key design wins. Our financial foundation is solid." The company said in a press release.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Acme Corp"]


def test_a_sentence_after_a_quote_that_says_something_of_its_own_does_not() -> None:
    text = '"We will win." The minister said the vote would be held in May.'
    assert [q.speaker_name for q in directs(text)] == [None]


def test_the_company_is_the_one_organisation_named_before_when_none_spoke() -> None:
    text = (
        "Acme Corp posted a loss in the third quarter.\n\n"
        '"Our financial foundation is solid," the company said in a press release.'
    )
    assert [q.speaker_name for q in directs(text)] == ["Acme Corp"]


def test_a_bare_lead_after_the_full_stop_that_follows_a_quote_belongs_to_it() -> None:
    text = (
        "The President of the Senate, Senator Godswill Akpabio, announced that the Senate had begun its work.\n\n"
        "“Why are we sitting today? We do not joke with you”. Senator Akpabio said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Godswill Akpabio"]


def test_a_government_spokesman_speaks_for_the_government_that_spoke_before() -> None:
    text = (
        "The UK government said it will appeal a decision by the High Court.\n\n"
        "“The country voted to leave the European Union,” a government spokesman said."
    )
    assert [q.speaker_name for q in directs(text)] == ["UK government"]


def test_a_company_abbreviation_ends_no_sentence_before_a_quote() -> None:
    text = (
        "Canopy Growth Corp. (WEED-T) announced an agreement that grants it the rights to buy Acreage "
        "Holdings, Inc. (ACRG.U-C) “with a requirement to do so at such time as cannabis becomes legal.”"
    )
    assert [q.speaker_name for q in directs(text)] == ["Canopy Growth Corp."]
