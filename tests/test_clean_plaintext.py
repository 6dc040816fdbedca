"""Plain-text boilerplate cleaner: a written page with every kind of furniture, and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretrace.clean._lexicon import is_boilerplate, is_end_marker, is_flat_menu, is_timestamp
from wiretrace.clean._linefeatures import OWN_FEATURE_NAMES, describe, own_features
from wiretrace.clean.plaintext import clean_plaintext, load_model

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
    note = "Home\nShort notice for readers.\nThe office is closed on Friday."
    assert clean_plaintext(note).body == "Short notice for readers.\n\nThe office is closed on Friday."


# A long article whose body is interrupted by an ad slot and a "Read More" button, written for
# these tests; the page ends with a teaser list of other stories, each with a one-line blurb.
INTERRUPTED = """Valley Times
Home | News | Weather | Sport

Reservoir levels fall to lowest point in a decade

The regional water authority said on Monday that the main reservoir had dropped to 38 per cent of capacity, the lowest level recorded since the drought of 2014.
Officials urged households to cut their daily use by a fifth and said a ban on garden hoses would take effect from the first of next month if no rain fell.
ADVERTISEMENT
Farmers in the lower valley said the restrictions came too late for this season's maize, which needs steady watering during the hottest weeks of the summer.
Read More
The authority's chief engineer said a new pipeline from the northern lakes would be finished by the end of next year, adding roughly a tenth to the region's supply.
She said that leaks in the old network still wasted almost a quarter of all treated water, and that repairs would take priority over new building projects.
Environmental groups welcomed the plan but warned that pumping water across the hills would use a great deal of electricity, most of it from gas.
Subscribe
More stories
Town hall to reopen after two years of repairs
The renovated building will host weddings again from the spring, the council said.
Cyclists demand safer crossing on the ring road
Residents say the junction has seen three serious accidents this year alone.
"""


def test_body_continues_past_ad_slot_and_read_more_button_but_not_into_teasers() -> None:
    result = clean_plaintext(INTERRUPTED)
    assert result.body.startswith("The regional water authority said on Monday")
    assert "Farmers in the lower valley" in result.body
    assert "The authority's chief engineer said" in result.body
    assert result.body.endswith("most of it from gas.")
    for furniture in ("ADVERTISEMENT", "Read More", "Subscribe", "Town hall", "weddings", "three serious accidents"):
        assert furniture not in result.body, furniture


@pytest.mark.parametrize(
    ("line", "end_marker", "boilerplate"),
    [
        ("Read also:", True, False),
        ("Read more: Grain exports reached a record in May", False, True),  # a link inside the body
        ("Tags: ferry, council", True, False),
        ("(Visited 7 times, 1 visits today)", False, True),
        ("client/title.list_title", False, True),
        ("North KoreaUNUSAwar", False, True),
        ("By Maria Novak", False, True),
        ("By Monday, the river had risen by two metres.", False, False),
        ("Vladimir Putin and Kim Jong Un. Photo: Getty Images", False, True),
        ("Rescuers search the rubble in Kharkiv, 2 March 2024. (Ivan Petrenko/Example Press)", False, True),
        ("The limit on the bridge is 30 (km/h).", False, False),
        ("The Courier publishes letters from readers. We’d like to hear what you think: write to us.", False, True),
        ("1.2k shares", False, True),
        ("Sources:", True, False),  # a fact-check's reference list
        ("About Maria Novak", True, False),  # an author box opens the trailer
        ("About the situation in the harbour", False, False),
        ("Records are kept in the electronic patient file (ePA)", False, False),
        ("Rescuers at the scene of the blast (Reuters)", False, True),
        ("Source: Reuters", False, False),
        ("Details: the ministry confirmed the figures.", False, False),
    ],
)
def test_lexicon_reads_lines(line: str, end_marker: bool, boilerplate: bool) -> None:
    assert is_end_marker(line) is end_marker
    assert is_boilerplate(line) is boilerplate


def test_line_shapes() -> None:
    assert is_timestamp("2 February, 2025 Sunday")
    assert is_timestamp("18:15")
    assert not is_timestamp("The talks lasted until 18:15 on Friday, when both delegations left the building.")
    assert is_flat_menu("Contact Us/FAQ | Terms of Use | Privacy Policy")
    assert not is_flat_menu("Prices rose 3% | analysts expected a smaller rise after a quiet month in the markets")


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("The mayor, left, greets the ferry crew at the new pier.", True),
        ("Jane Doe, pictured in 2019, at the harbour.", True),
        ("I tested the older charger (pictured above) for a month before the new one arrived.", False),
    ],
)
def test_caption_cue(line: str, cue: bool) -> None:
    features = own_features(line, describe(line))
    assert features[OWN_FEATURE_NAMES.index("caption_cue")] == float(cue)


def test_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert len(model.weights) == len(model.mean) == len(model.scale)


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


def test_repeated_question_headline_stays_in_the_header() -> None:
    page = (
        "Will the reservoir run dry this summer? - Valley Times\n\n"
        "Will the reservoir run dry this summer?\n\n"
        "The regional water authority said on Monday that the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014.\n\n"
        "Officials urged households to cut their daily use by a fifth and said a ban on garden hoses would "
        "take effect next month if no rain fell.\n"
    )
    result = clean_plaintext(page)
    assert result.kept_lines == [4, 6]
    assert result.body.startswith("The regional water authority")


def test_long_closing_post_without_full_stop_stays_in_the_body() -> None:
    page = (
        "Valley Times\n\nHome | News | Weather | Sport\n\n"
        "The regional water authority said on Monday that the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014.\n\n"
        "Officials urged households to cut their daily use by a fifth and said a ban on garden hoses would "
        "take effect next month if no rain fell.\n\n"
        "The authority posted a reminder to its followers: water the garden before eight in the morning or "
        "after eight in the evening, fix dripping taps and report any burst pipe you see on the street "
        "#SaveWater\n\n"
        "Share this:\n\n  • Facebook\n  • Email\n"
    )
    result = clean_plaintext(page)
    assert result.body.endswith("report any burst pipe you see on the street #SaveWater")
    assert "Facebook" not in result.body


def test_body_continues_across_a_related_block_and_drops_its_links() -> None:
    page = (
        "Valley Times\n\nHome | News | Weather | Sport\n\nReservoir levels fall to lowest point in a decade\n\n"
        "The regional water authority said on Monday that the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014.\n\n"
        "Officials urged households to cut their daily use by a fifth and said a ban on garden hoses would "
        "take effect next month if no rain fell.\n\n"
        "Farmers in the lower valley said the restrictions came too late for this season's maize, which "
        "needs steady watering during the hottest weeks of the summer, and asked for compensation.\n\n"
        "The authority said it would publish weekly figures for every reservoir in the region until the "
        "autumn rains return, so that towns can plan their own savings.\n\n"
        "Related\n\n  • Town hall to reopen after two years of repairs\n  • Cyclists demand safer crossing\n\n"
        "Related\n\n  • Bridge repairs delayed again\n\n"
        + "".join(
            f"Paragraph {n} of the report: the authority's chief engineer said a new pipeline from the northern "
            "lakes would be finished by the end of next year, adding a tenth to the region's supply.\n\n"
            for n in range(1, 9)
        )
        + "Read also:\n\n  • Bus fares to rise in April\n"
    )
    result = clean_plaintext(page)
    assert result.body.startswith("The regional water authority said on Monday")
    assert "Officials urged households" in result.body
    assert "Paragraph 8 of the report" in result.body
    for furniture in ("Related", "Town hall", "Cyclists", "Bridge repairs", "Read also", "Bus fares"):
        assert furniture not in result.body, furniture


def test_links_under_a_furniture_label_inside_the_body_are_dropped() -> None:
    paragraph = (
        "Paragraph {n}: the regional water authority said the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014, and urged households to save.\n\n"
    )
    page = (
        "Valley Times\n\nHome | News | Weather | Sport\n\n"
        + "".join(paragraph.format(n=n) for n in range(1, 4))
        + "More:\n\n  • Town hall to reopen after two years of repairs\n\n  • Cyclists demand safer crossing\n\n"
        + "".join(paragraph.format(n=n) for n in range(4, 7))
    )
    result = clean_plaintext(page)
    assert "Paragraph 1:" in result.body and "Paragraph 6:" in result.body
    for furniture in ("More:", "Town hall", "Cyclists"):
        assert furniture not in result.body, furniture


def test_line_above_a_picture_credit_is_a_caption() -> None:
    paragraph = (
        "Paragraph {n}: the regional water authority said the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014, and urged households to save.\n\n"
    )
    page = (
        "".join(paragraph.format(n=n) for n in range(1, 4))
        + "The dry bed of the reservoir seen from the northern dam in August.\n(Image: © Example Agency)\n\n"
        + "".join(paragraph.format(n=n) for n in range(4, 7))
    )
    result = clean_plaintext(page)
    assert "Paragraph 1:" in result.body and "Paragraph 6:" in result.body
    assert "dry bed of the reservoir" not in result.body
    assert "Example Agency" not in result.body


def test_link_between_a_related_marker_and_the_rest_of_the_body_is_dropped() -> None:
    paragraph = (
        "Paragraph {n}: the regional water authority said the main reservoir had dropped to 38 per cent "
        "of capacity, the lowest level recorded since the drought of 2014, and urged households to save.\n\n"
    )
    page = (
        "".join(paragraph.format(n=n) for n in range(1, 9))
        + "Related\n\n  • Town hall to reopen after two years of repairs\n\n"
        + "".join(paragraph.format(n=n) for n in range(9, 13))
    )
    result = clean_plaintext(page)
    assert "Paragraph 1:" in result.body and "Paragraph 12:" in result.body
    assert "Related" not in result.body
    assert "Town hall" not in result.body
