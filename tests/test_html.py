"""HTML pages: body without chrome, title, date; broken markup degrades, never crashes."""

from __future__ import annotations

from wiretrace.clean.html import extract_html, visible_text

PARAGRAPHS = [
    "The harbour pilots' association said on Monday that its members would stop guiding ships into the port from Wednesday.",
    "\u201cWe have warned for two years that the roster is unsafe,\u201d association chair Ruth Ambler told reporters outside the pilot station.",
    "The port company said around 30 vessels a day could be affected and called the action disproportionate.",
    "Talks are scheduled for Tuesday, the labour mediator said.",
]
PAGE = f"""<!doctype html><html><head>
<title>Harbour pilots announce stoppage | Coastal Times</title>
<meta property="og:title" content="Harbour pilots announce stoppage">
<meta property="og:site_name" content="Coastal Times">
<meta property="article:published_time" content="2024-03-04T08:15:00+00:00">
<script>var tracking = "do not extract me";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/ports">Ports and Shipping</a></li>
<li><a href="/sub">Subscribe today</a></li></ul></nav></header>
<article><h1>Harbour pilots announce stoppage</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<aside><h3>Read also</h3><ul><li><a href="/x">Ferry fares rise again on the northern route</a></li></ul></aside>
<footer><p>&copy; 2024 Coastal Times. All rights reserved.</p></footer>
</body></html>"""


def test_article_body_title_site_and_date() -> None:
    result = extract_html(PAGE)
    assert not result.used_fallback
    assert result.title == "Harbour pilots announce stoppage"
    assert result.site_name == "Coastal Times"
    assert (result.published, result.published_note) == ("2024-03-04T08:15", "htmldate")
    assert result.body.splitlines() == PARAGRAPHS  # headline, menus, aside and footer dropped
    for chrome in ("Subscribe today", "Ferry fares", "All rights reserved", "tracking"):
        assert chrome not in result.body


def test_page_without_a_date_says_so() -> None:
    result = extract_html(PAGE.replace('<meta property="article:published_time" content="2024-03-04T08:15:00+00:00">', ""))
    assert result.published is None
    assert "no publication date" in result.published_note


SOUP = "<div><b>Pilots strike</b><p>Ships wait at anchor<p>Talks on Tuesday <script>x=1</script><i>unclosed"


def test_truncated_tag_soup_still_gives_its_text() -> None:
    body = extract_html(SOUP).body
    assert "Ships wait at anchor" in body and "Talks on Tuesday" in body
    assert "x=1" not in body


def test_visible_text_keeps_blocks_as_lines_without_code() -> None:
    assert visible_text(SOUP).splitlines() == ["Pilots strike", "Ships wait at anchor", "Talks on Tuesday unclosed"]
    assert visible_text("<nav>Home</nav><p>Body &amp; soul</p><footer>(c)</footer>") == "Body & soul"


def test_fragment_and_garbage_do_not_crash() -> None:
    assert extract_html("just text, no markup at all").body == "just text, no markup at all"
    assert extract_html("<<<>>> </p></div>").body is not None
    assert visible_text("<?xml version='1.0'?><p>Hello</p>") == "Hello"
