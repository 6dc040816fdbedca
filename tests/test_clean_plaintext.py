"""Plain-text boilerplate cleaner: a written page with every kind of furniture, and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.clean.plaintext import clean_plaintext

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

# A page written for these tests: masthead, menu, headline, date, byline, caption, body with
# a subheading and bullets, then tags, an appeal, a related list and a clock-time headline list.
PAGE = """Lakeside Courier
  • Home
  • Politics
  • Business
  • Sport
en de fr

Council approves new ferry line after months of debate

14 March, 2024 Thursday
09:41
By Tomas Lind
The harbour at dawn. Photo: Lakeside Courier archive

The city council voted on Wednesday to open a second ferry line across the lake, ending a dispute that had split the governing coalition since autumn.

Supporters said the line would halve the commute for about 4,000 people living on the eastern shore, while opponents warned about the cost of new piers.

What happens next

  • Construction of two piers is due to start in June and take about a year.
  • The operator will be chosen in an open tender later this spring.

"We listened to both sides and found a plan the city can afford," the mayor told reporters after the vote.

Tags: ferry, council, transport
Support independent local news: become a member today!
Related:
  • Bus fares to rise in April
  • Bridge repairs delayed again
Latest news
10:15
Storm warning issued for the weekend
09:58
School board elects new chair
(Visited 12 times, 3 visits today)
© 2024 Lakeside Courier. All rights reserved.
"""


def lines_of(page: str, indices: list[int]) -> list[str]:
    lines = page.splitlines()
    return [lines[i] for i in indices]


def test_written_page_keeps_body_only() -> None:
    result = clean_plaintext(PAGE)
    assert result.body.startswith("The city council voted on Wednesday")
    assert "What happens next" in result.body  # subheading inside the body
    assert "Construction of two piers is due to start in June" in result.body
    assert '"We listened to both sides' in result.body
    for furniture in (
        "Lakeside Courier",
        "Politics",
        "en de fr",
        "Council approves new ferry line",  # the headline is header, not body
        "09:41",
        "By Tomas Lind",
        "Photo:",
        "Tags:",
        "become a member",
        "Bus fares",
        "Storm warning",
        "Visited",
        "All rights reserved",
    ):
        assert furniture not in result.body, furniture


def test_bullet_glyphs_are_stripped_and_kept_lines_index_the_raw_page() -> None:
    result = clean_plaintext(PAGE)
    assert "\n\nThe operator will be chosen in an open tender later this spring." in result.body
    assert "•" not in result.body
    assert result.kept_lines == sorted(result.kept_lines)
    kept = lines_of(PAGE, result.kept_lines)
    assert [line.lstrip(" •") for line in kept] == result.body.split("\n\n")


def test_empty_and_bodiless_pages_do_not_crash() -> None:
    assert clean_plaintext("").body == ""
    assert clean_plaintext("").kept_lines == []
    menu_only = "Home\nNews\nSport\n10:15\nStorm warning issued\n© 2024 Courier"
    result = clean_plaintext(menu_only)
    assert result.body == ""
    assert result.kept_lines == []


# seed file prefix -> (body sentences that must be kept, header/trailer text that must go, headline first)
SEED_EXPECTATIONS = {
    "000": (
        [
            "The combat experience that North Korean troops are gaining",
            "President of Ukraine Volodymyr Zelenskyy stated this in an interview with AP.",
            "Among North Korean troops that Russia has deployed",
        ],
        ["North Korea's war experience threatens", "client/title.list_title", "Tags:", "Read also:", "18 July", "Ukrainian intelligence hackers hit Gazprom"],
    ),
    "001": (
        [
            "Source: Reuters",
            "Details: Shea said over 12,000 North Korean troops",
            "Background:",
            "Following talks with South Korean Foreign Minister Cho Tae-yul",
        ],
        ["for future war against its neighbours", "Photo: Getty Images", "Support UP or become our patron!", "North KoreaUNUSAwar", "All Sections"],
    ),
    "002": (
        ["Key developments:", "18 June: Putin visited Pyongyang", "The Kremlin continues to dismiss claims"],
        ["Zelenskyy warns: North Korean troops join", "Read more:", "You could close this page", "We keep our reporting open", "Become a Patron!", "Visited 2 times", "About The Author"],
    ),
    "003": (
        ["With over 11,000 North Korean soldiers preparing for deployment", "The war, he concluded, must end swiftly"],
        ["Ukraine demands global response", "Related:", "WP: thousands of North Korean troops train", "You could close this page", "A little bit goes a long way"],
    ),
    "004": (
        ["North Korean troops in Ukraine", "Western media reports that North Korean soldiers"],
        ["North Korea trains soldiers for war against Ukraine - Zelenskyy", "ua en ru", "Author: Liliana Oleniak", "Getty Images"],
    ),
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed_body_kept_and_boilerplate_dropped(prefix: str) -> None:
    if not SEEDS.is_dir():
        pytest.skip("shared seed corpus not present")
    page = next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")
    result = clean_plaintext(page)
    kept_text, dropped = SEED_EXPECTATIONS[prefix]
    for sentence in kept_text:
        assert sentence in result.body, sentence
    for furniture in dropped:
        assert furniture not in result.body, furniture
