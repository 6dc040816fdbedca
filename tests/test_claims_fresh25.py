"""Numeric claims on invented sentences shaped like the asserter errors of blind set 25 of
real news (held out in session 6, a fix set in session 7): a body named again by its kind."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_the_programme_is_the_un_body_named_before() -> None:
    text = (
        "The United Nations World Food Programme (WFP) warned of famine on Monday. "
        "The programme announced that it needs $2.49 billion to support relief efforts."
    )
    assert asserters(text) == [(2.49e9, "United Nations World Food Programme")]


def test_hearsay_said_of_a_thing_asserts_nothing() -> None:
    text = "The quake, said to be the worst in more than 100 years, has killed up to 40,000 people."
    assert asserters(text) == [(40000, None)]
