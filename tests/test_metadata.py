"""Plain-text page metadata: headline, outlet, byline, header date, language."""

from __future__ import annotations

import pytest

from wiretrace.clean.metadata import (
    copyright_holder,
    detect_language,
    extract_page_metadata,
    outlet_for_url,
    parse_date_text,
)

# A page written for these tests: masthead, menu, headline, byline, date, body, trailer.
PAGE = """Harbour Daily
Home | Shipping | Markets | Opinion

Dock strike spreads to second terminal as talks stall

Photo: Harbour Daily archive
By Maria Novak, Harbour Daily Staff
Updated: 3 Mar 2024 9:38 pm / Posted: 3 Mar 2024 8:11 pm

Workers at the container terminal joined the strike on Sunday, the union said in a statement that was read out at the gate.
The port authority said twelve ships were waiting.

Latest
2024, Monday
4 March
10:15
Ferry services cancelled on the northern route

© 2024 Harbour Daily. All rights reserved.
"""
BODY_START = 9


def meta_of(page: str, body_start: int, hints: dict | None = None):
    kept = list(range(body_start, body_start + 2))
    return extract_page_metadata(page, kept, hints)


def test_whole_page_metadata() -> None:
    meta = meta_of(PAGE, BODY_START)
    assert meta.title == "Dock strike spreads to second terminal as talks stall"
    assert meta.author == "Maria Novak"
    assert meta.published == "2024-03-03T20:11"  # posted, not updated
    assert meta.published_note == "header line 8"
    assert meta.outlet == "Harbour Daily"  # from the copyright line


def test_trailing_headline_list_dates_are_not_the_article_date() -> None:
    page = PAGE.replace("Updated: 3 Mar 2024 9:38 pm / Posted: 3 Mar 2024 8:11 pm", "")
    meta = meta_of(page, BODY_START)
    assert meta.published is None
    assert meta.published_note == "no date line found in page header"


def test_hints_win_over_the_page() -> None:
    hints = {"title": "Stated title", "outlet": "Wire X", "author": "Jo Bloggs", "published": "2024-03-05T06:00:00Z"}
    meta = meta_of(PAGE, BODY_START, hints)
    assert (meta.title, meta.outlet, meta.author) == ("Stated title", "Wire X", "Jo Bloggs")
    assert (meta.published, meta.published_note) == ("2024-03-05T06:00", "jsonl field")


def test_unparseable_hint_date_falls_back_to_the_page() -> None:
    meta = meta_of(PAGE, BODY_START, {"published": "last Tuesday"})
    assert meta.published == "2024-03-03T20:11"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2 February, 2025 Sunday", "2025-02-02"),
        (" date 2025-01-09 All Sections", "2025-01-09"),
        ("Ivan Petrenko Thursday, 9 January 2025, 04:47", "2025-01-09T04:47"),
        ("Updated: 18 Nov 2019 9:38 pm / Posted: 18 Nov 2019 8:11 pm", "2019-11-18T20:11"),
        ("Nov 18, 2019", "2019-11-18"),
        ("2025-06-20T09:30:00+02:00", "2025-06-20T09:30"),
        ("18 червня 2025, 10:15", "2025-06-18T10:15"),
        ("3 октября 2024", "2024-10-03"),
        ("01.02.2025", "2025-02-01"),
        ("18 June", None),  # no year: not a publication date we can state
        ("2025-13-40", None),
    ],
)
def test_date_formats(line: str, expected: str | None) -> None:
    assert parse_date_text(line) == expected


def test_date_then_time_on_the_next_line() -> None:
    page = "Port News\n\nCranes stand idle at the port for a third day\n\n2 February, 2025 Sunday\n18:15\n\nBody text here."
    meta = meta_of(page, 7)
    assert (meta.published, meta.published_note) == ("2025-02-02T18:15", "header line 5")
    assert meta.title == "Cranes stand idle at the port for a third day"


@pytest.mark.parametrize(
    "byline, author",
    [
        ("Author: Liliana Petrenko", "Liliana Petrenko"),
        ("By Eric Stone, Gaming Staff", "Eric Stone"),
        ("Written by Anna Lee and Tom Kraus", "Anna Lee"),
        ("Автор: Галина Бондар", "Галина Бондар"),
        ("Ivan Petrenko Thursday, 9 January 2025, 04:47", "Ivan Petrenko"),
        ("Photo: Getty Images", None),
        ("By Reuters Staff", None),
        ("Vladimir Smith and Kim Lee. Photo: Getty Images", None),
    ],
)
def test_bylines(byline: str, author: str | None) -> None:
    page = f"Headline about the harbour strike today\n{byline}\nBody line."
    assert meta_of(page, 2).author == author


def test_title_skips_switcher_masthead_date_and_caption() -> None:
    page = (
        "ua en ru\n\nUkrinform\n 2025-01-09 All Sections\n"
        "Ships wait outside the harbour as strike continues\n"
        "Ships wait outside the harbour as strike continues Photo: port authority\nBody."
    )
    meta = meta_of(page, 6)
    assert meta.title == "Ships wait outside the harbour as strike continues"
    assert meta.outlet == "Ukrinform"  # masthead from outlets.json


def test_site_suffix_of_an_html_title_line() -> None:
    page = "Strike ends at the port after six days - Coastal Times\n\nMenu\nStrike ends at the port after six days\nBody."
    meta = meta_of(page, 4)
    assert (meta.title, meta.outlet) == ("Strike ends at the port after six days", "Coastal Times")


def test_headline_ending_in_a_source_name_keeps_it() -> None:
    page = "Talks stall over pensions - union\n\nBody text of the article."
    assert meta_of(page, 2).title == "Talks stall over pensions - union"


def test_appeal_and_signature_identify_known_outlets() -> None:
    appeal = "Headline of the day for everyone\nBody.\nSupport UP or become our patron!\n"
    assert meta_of(appeal, 1).outlet == "Ukrainska Pravda"
    signature = "ua en ru\nHeadline of the day for everyone\nBody. According to RBC-Ukraine, talks went on.\n"
    assert meta_of(signature, 2).outlet == "RBC-Ukraine"
    assert meta_of("Headline of the day for everyone\nBody.", 1).outlet is None


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://global.espreso.tv/news/x", "Espreso Global"),
        ("https://espreso.tv/news/x", "Espreso"),
        ("www.pravda.com.ua/eng/news/2025/01/09/", "Ukrainska Pravda"),
        ("https://notpravda.com.ua/x", None),
    ],
)
def test_outlet_from_url(url: str, outlet: str | None) -> None:
    assert outlet_for_url(url) == outlet


def test_copyright_holder_drops_company_suffix() -> None:
    assert copyright_holder(["text", "© 2025 The Harbour Gazette Ltd."]) == "The Harbour Gazette"
    assert copyright_holder(["Copyright 2019-2025 Coastal Times. All rights reserved."]) == "Coastal Times"


def test_language() -> None:
    assert detect_language("The port authority said twelve ships were waiting at anchor.") == "en"
    assert detect_language("Докери порту оголосили страйк і вимагають підвищення зарплат.") == "uk"
    assert detect_language("  ") is None


def test_headline_kept_as_the_first_body_line_is_still_the_title() -> None:
    page = "Port News\nHome | Ports | Ships\nCranes stand idle at the port for a third day\nThe strike goes on, the union said."
    assert meta_of(page, 2).title == "Cranes stand idle at the port for a third day"
    no_headline = "Port News\nThe strike goes on at the port, the union said today.\nMore text."
    assert meta_of(no_headline, 1).title is None


def test_own_outlet_suffix_is_stripped_but_a_cited_source_is_not() -> None:
    own = "Harbour pilots walk out over rosters | Coastal Times\nBody.\n© 2024 Coastal Times Media Group"
    assert meta_of(own, 1).title == "Harbour pilots walk out over rosters"
    cited = "Pilots walk out over rosters – Reuters\nBody.\n© 2024 Coastal Times"
    assert meta_of(cited, 1).title == "Pilots walk out over rosters – Reuters"


def test_a_labelled_byline_followed_by_a_timestamp_gives_just_the_name():
    from wiretrace.clean.metadata import find_author

    lines = ["Comet tail seen from orbit", "By Hana Ortiz 2021-03-02T10:15:00Z Science & Space"]
    assert find_author(lines, [0, 1]) == "Hana Ortiz"
