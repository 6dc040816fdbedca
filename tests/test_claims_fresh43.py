"""Numeric claims on invented sentences shaped like asserter errors of real news claim sets
29-42 (fix sets in session 9): a closing attribution the parser hung away from the figure,
and a description that speaks for the organisation last cited as a source."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_a_closing_attribution_reports_a_figure_hung_in_a_clause_of_circumstance() -> None:
    text = (
        "Clashes have killed at least 400 people and triggered the exodus of about 146,000 villagers into Varnia, "
        "bringing their total to 233,000 since October, the United Nations said."
    )
    assert dict(asserters(text))[233000] == "United Nations"


def test_a_closing_attribution_reports_a_toll_since_an_escalation() -> None:
    text = (
        "The death toll from attacks in Tarnia since the escalation of the conflict has exceeded 42,600 people, "
        "the enclave's health ministry said on Sunday."
    )
    assert asserters(text) == [(42600, "enclave's health ministry")]


def test_the_statement_is_the_body_cited_last_not_one_mentioned_since() -> None:
    text = (
        "At least 1,300 suspects have been arrested, the Interior Ministry said on Monday.\n\n"
        "Among them were 920 members of the Garth Organization (GO), which is believed to be behind the coup. "
        "Some 45 of those suspects were remanded in custody, the statement said."
    )
    assert dict(asserters(text))[45] == "Interior Ministry"
