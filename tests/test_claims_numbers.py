"""Number normalisation (wiretrace.analyse.numbers), no parse needed."""

from __future__ import annotations

import pytest

from wiretrace.analyse.numbers import find_numbers, parse_amount


@pytest.mark.parametrize(
    ("written", "value"),
    [("12,000", 12000), ("12 000", 12000), ("12k", 12000), ("1.5 million", 1.5e6), ("$2.3bn", 2.3e9),
     ("six", 6), ("twenty-five", 25), ("two hundred", 200), ("a dozen", 12), ("three dozen", 36)],
)
def test_parse_amount(written, value):
    assert parse_amount(written) == value


@pytest.mark.parametrize(
    ("text", "value", "value_max", "vague", "hedge", "currency", "percent"),
    [
        ("over 12,000 troops", 12000, None, None, "over", None, False),
        ("10,000 to 12,000 troops", 10000, 12000, None, None, None, False),
        ("10-12,000 troops", 10000, 12000, None, None, None, False),
        ("1.5-2 million shells", 1.5e6, 2e6, None, None, None, False),
        ("between 5 and 7 tanks", 5, 7, None, None, None, False),
        ("tens of thousands of people", None, None, "tens of thousands", None, None, False),
        ("several hundred officers", None, None, "several hundred", None, None, False),
        ("up from about 500", 500, None, None, "about", None, False),
        ("€1.5 billion", 1.5e9, None, None, None, "EUR", False),
        ("500 million hryvnias", 5e8, None, None, None, "UAH", False),
        ("UAH 2 billion", 2e9, None, None, None, "UAH", False),
        ("nearly 40 percent", 40, None, None, "nearly", None, True),
        ("half of the shells", 50, None, None, None, None, True),
        ("nearly half a million dollars", 5e5, None, None, "nearly", "USD", False),
        ("a 40,000-strong force", 40000, None, None, None, None, False),
        ("regularly 97%–98%", 97, 98, None, None, None, True),
        ("the 1,900-mile-wide moon", 1900, None, None, None, None, False),
        ("roughly two-thirds of voters", 66.67, None, None, "roughly", None, True),
        ("the sum of N500m only", 5e8, None, None, None, "NGN", False),
        ("a profit of ₹4,500", 4500, None, None, None, "INR", False),
        ("the $10-a-month subscription", 10, None, None, None, "USD", False),
        ("charges to 80-percent", 80, None, None, None, None, True),
        ("the 20-inch wheels", 20, None, None, None, None, False),
        ("up to an additional 15 per cent of shares", 15, None, None, "up to", None, True),
        ("2.5 billion Swiss francs", 2.5e9, None, None, None, "CHF", False),
        ("revenue of ₹4,500 crore", 4.5e10, None, None, None, "INR", False),
        ("spending of Rs 34.5 lakh crore", 3.45e13, None, None, None, "INR", False),
        ("revenue of 16.06 trillion won", 16060000000000, None, None, None, "KRW", False),
        ("more than one lakh affected persons", 1e5, None, None, "more than", None, False),
        ("more than P1 million worth of drugs", 1e6, None, None, "more than", "PHP", False),
        ("shabu worth P1,020,000 seized", 1020000, None, None, None, "PHP", False),
        ("to collect N2 million ransom", 2e6, None, None, None, "NGN", False),
        ("a magnitude-6.1 earthquake", 6.1, None, None, None, None, False),
        ("a 6.5-magnitude quake", 6.5, None, None, None, None, False),
        ("topped the eight-million mark", 8e6, None, None, None, None, False),
        ("lost by five-and-a-half points", 5.5, None, None, None, None, False),
        ("About half came out this year", 50, None, None, "about", None, True),
        ("an awesome $29 charger", 29, None, None, None, "USD", False),
    ],
)
def test_number_phrases(text, value, value_max, vague, hedge, currency, percent):
    (phrase,) = find_numbers(text)
    assert (phrase.value, phrase.value_max, phrase.vague, phrase.hedge, phrase.currency, phrase.percent) == (
        value, value_max, vague, hedge, currency, percent,
    )
    assert text[phrase.start:phrase.end] == phrase.text


def test_an_amount_and_its_share_or_a_change_noun_and_its_level_are_two_figures():
    values = [(p.value, p.value_max) for p in find_numbers("Exports decreased $51.7 billion or 2.3 percent.")]
    assert values == [(51.7e9, None), (2.3, None)]
    text = "a decrease in the goods deficit of $1.2 billion to $65.7 billion"
    assert [(p.value, p.value_max) for p in find_numbers(text)] == [(1.2e9, None), (65.7e9, None)]
    assert [(p.value, p.value_max) for p in find_numbers("prices of $6 to $12")] == [(6, 12)]


def test_and_joins_a_range_only_after_between():
    assert [(p.value, p.value_max) for p in find_numbers("$3bn and $1bn")] == [(3e9, None), (1e9, None)]
    assert [(p.value, p.value_max) for p in find_numbers("between 5 and 7 tanks")] == [(5, 7)]


@pytest.mark.parametrize(
    "text", ["an F-16 and an Su-34", "the G7 summit", "the 3rd brigade", "a 25-year-old man", "N95 masks", "a P2 visa", "the top half of the bread",
             "about half an hour", "she was only half-surprised"],
)
def test_numbers_inside_names_and_ordinals_are_not_found(text):
    assert find_numbers(text) == []
