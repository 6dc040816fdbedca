"""Temporal expressions: finding them and resolving them against a reference date."""

from datetime import date

import pytest

from wiretrace.analyse.temporal import resolve_time_expressions


def one(text: str, reference: date | None):
    found = resolve_time_expressions(text, reference)
    assert len(found) == 1, [e.text for e in found]
    expr = found[0]
    assert text[expr.start:expr.end] == expr.text
    return expr


def interval(expr) -> tuple[str, str, str]:
    return expr.date_start.isoformat(), expr.date_end.isoformat(), expr.precision


JAN_9 = date(2025, 1, 9)
OCT_24 = date(2024, 10, 24)  # a Thursday


@pytest.mark.parametrize(
    ("text", "reference", "expected_text", "expected"),
    [
        ("The envoys met on 18 June in the capital.", JAN_9, "on 18 June", ("2024-06-18", "2024-06-18", "day")),
        ("The envoys met on June 18 in the capital.", JAN_9, "on June 18", ("2024-06-18", "2024-06-18", "day")),
        ("Talks opened 3 January, two sides said.", JAN_9, "3 January", ("2025-01-03", "2025-01-03", "day")),
        ("Troops must be ready by 1 November, he said.", OCT_24, "by 1 November",
         ("2024-10-24", "2024-11-01", "interval")),
        ("Elections will be held on 12 March.", OCT_24, "on 12 March", ("2025-03-12", "2025-03-12", "day")),
        ("This week the ministry confirmed the move.", OCT_24, "This week", ("2024-10-21", "2024-10-27", "week")),
        ("Last week the ministry confirmed the move.", OCT_24, "Last week", ("2024-10-14", "2024-10-20", "week")),
        ("Strikes intensified in early October.", OCT_24, "in early October",
         ("2024-10-01", "2024-10-10", "interval")),
        ("Strikes intensified in mid-October.", OCT_24, "in mid-October", ("2024-10-11", "2024-10-20", "interval")),
        ("Strikes intensified in late October.", date(2024, 11, 5), "in late October",
         ("2024-10-21", "2024-10-31", "interval")),
        ("Strikes intensified in October.", date(2025, 2, 1), "in October", ("2024-10-01", "2024-10-31", "month")),
        ("The plant should reopen by year's end.", OCT_24, "by year's end",
         ("2024-10-24", "2024-12-31", "interval")),
        ("The plant should reopen by the end of the year.", OCT_24, "by the end of the year",
         ("2024-10-24", "2024-12-31", "interval")),
        ("Output fell this year.", OCT_24, "this year", ("2024-01-01", "2024-12-31", "year")),
        ("The convoy left yesterday.", OCT_24, "yesterday", ("2024-10-23", "2024-10-23", "day")),
        ("The convoy left on Monday.", OCT_24, "on Monday", ("2024-10-21", "2024-10-21", "day")),
        ("The convoy left on Thursday.", OCT_24, "on Thursday", ("2024-10-24", "2024-10-24", "day")),
        ("The convoy leaves next Monday.", OCT_24, "next Monday", ("2024-10-28", "2024-10-28", "day")),
        ("The treaty was signed in 2023.", OCT_24, "in 2023", ("2023-01-01", "2023-12-31", "year")),
        ("Fighting peaked in summer 2024.", OCT_24, "in summer 2024", ("2024-06-01", "2024-08-31", "season")),
        ("The ship docked two days ago.", OCT_24, "two days ago", ("2024-10-22", "2024-10-22", "day")),
        ("Prices rose last month.", OCT_24, "last month", ("2024-09-01", "2024-09-30", "month")),
        ("Prices rose last month.", JAN_9, "last month", ("2024-12-01", "2024-12-31", "month")),
        ("The report of Thursday, 9 January 2025, said so.", None, "Thursday, 9 January 2025",
         ("2025-01-09", "2025-01-09", "day")),
        ("It ran from 2024-06-18 onwards.", None, "2024-06-18", ("2024-06-18", "2024-06-18", "day")),
        ("It was first seen in winter 2024.", None, "in winter 2024", ("2024-12-01", "2025-02-28", "season")),
        ("Growth slowed in late 2024.", None, "in late 2024", ("2024-09-01", "2024-12-31", "interval")),
    ],
)
def test_resolves_expression(text, reference, expected_text, expected):
    expr = one(text, reference)
    assert expr.text == expected_text
    assert interval(expr) == expected


def test_deadline_is_marked_and_upcoming():
    expr = one("Deployment is expected by 1 November.", date(2024, 10, 20))
    assert expr.deadline and expr.date_end == date(2024, 11, 1)


def test_without_reference_only_dates_with_a_year_resolve():
    text = "This week, on 18 June and by 1 November, and again on 11 October 2024."
    found = resolve_time_expressions(text, None)
    assert [e.text for e in found] == ["on 11 October 2024"]


def test_bound_reference_leaves_now_relative_expressions_out():
    text = "This week officials said troops trained since 18 June; deployment by 1 November."
    found = resolve_time_expressions(text, date(2025, 1, 9), reference_kind="estimate")
    assert [e.text for e in found] == ["since 18 June", "by 1 November"]
    # the past date is the most recent one before the bound; the deadline the nearest one
    assert found[0].date_start == date(2024, 6, 18)
    assert found[1].date_end == date(2024, 11, 1)


def test_longest_expression_wins_and_no_overlaps():
    found = resolve_time_expressions("Clashes in early October 2024 were reported.", None)
    assert [e.text for e in found] == ["in early October 2024"]


def test_lowercase_month_words_and_numbers_are_no_dates():
    text = "Officials may march on; 12,000 troops and 2,024 shells, in may be."
    assert resolve_time_expressions(text, OCT_24) == []


def test_impossible_day_is_dropped():
    assert resolve_time_expressions("It happened on 31 June.", OCT_24) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected_text", "expected"),
    [
        ("Sales rose in the first quarter.", date(2025, 5, 15), "in the first quarter",
         ("2025-01-01", "2025-03-31", "interval")),
        ("Growth will slow in the second half of the year.", date(2025, 5, 15), "in the second half of the year",
         ("2025-07-01", "2025-12-31", "interval")),
        ("Profits doubled in Q3 2024.", None, "in Q3 2024", ("2024-07-01", "2024-09-30", "interval")),
        ("She led the bank until last March.", date(2024, 12, 12), "until last March",
         ("2024-03-01", "2024-03-31", "month")),
        ("The review will be published in the summer.", date(2025, 2, 17), "in the summer",
         ("2025-06-01", "2025-08-31", "season")),
        ("Power was restored to most homes by Saturday evening.", date(2025, 1, 20), "by Saturday evening",
         ("2025-01-18", "2025-01-18", "interval")),
        ("The assembly sits for the first time on 18 July.", date(2024, 7, 17), "on 18 July",
         ("2024-07-18", "2024-07-18", "day")),
    ],
)
def test_resolves_fractions_relative_months_and_tense(text, reference, expected_text, expected):
    expr = one(text, reference)
    assert expr.text == expected_text
    assert interval(expr) == expected


def test_parts_of_relative_periods_and_weekends():
    (early,) = resolve_time_expressions("Talks are due to begin early next month.", date(2025, 2, 25))
    assert interval(early) == ("2025-03-01", "2025-03-10", "interval")
    (weekend,) = resolve_time_expressions("Officials expect power back by the weekend.", OCT_24)
    assert interval(weekend) == ("2024-10-24", "2024-10-27", "interval")
    (past,) = resolve_time_expressions("Two ferries sank over the weekend.", OCT_24)
    assert interval(past) == ("2024-10-19", "2024-10-20", "interval")
