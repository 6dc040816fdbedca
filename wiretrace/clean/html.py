"""HTML pages: article body and metadata via trafilatura, publication date via htmldate.

Scraped HTML is often broken (truncated downloads, tag soup, fragments without <body>).
When trafilatura finds no article, the page's visible text is used instead, so a bad page
degrades to a noisier body rather than failing the batch. A page with no readable text at
all (only scripts, styles or markup) raises `NoArticleText`, whose message is the reason.
"""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError, XMLSyntaxError
from trafilatura.settings import Document

# Elements that never hold article text; dropped before falling back to visible text.
NON_CONTENT_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")
DATE_WITH_TIME = "%Y-%m-%dT%H:%M"
# htmldate pads date-only stamps to midnight; a bare midnight is taken as "no time stated".
UNSTATED_TIME = "T00:00"
# libxml2 silently drops everything nested deeper than 256 elements; huge_tree raises that
# limit (to a few thousand), and deeper tag soup falls back to plain tag stripping.
_TOLERANT_PARSER = lxml.html.HTMLParser(huge_tree=True)


class NoArticleText(ValueError):
    """The page holds no readable text; the message says so for the error report."""


@dataclass
class HtmlExtraction:
    body: str
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: str | None = None
    published_note: str = ""
    used_fallback: bool = False  # True when trafilatura found no article and visible text was used


def extract_html(page: str, url: str | None = None) -> HtmlExtraction:
    """Body, title, author, site name, canonical URL and date of one HTML page."""
    document = _trafilatura(page, url)
    published, note = find_published_html(page, url)
    if document is None or not (document.text or "").strip():
        body = visible_text(page)
        if not body:
            raise NoArticleText("no readable text in the HTML (only markup, scripts or styles)")
        return HtmlExtraction(
            body=body,
            title=_tag_text(page, "title") or _tag_text(page, "h1"),
            url=url,
            published=published,
            published_note=note,
            used_fallback=True,
        )
    title = _clean(document.title)
    return HtmlExtraction(
        body=_without_leading_title(document.text.strip(), title),
        title=title,
        author=_clean(document.author),
        site_name=_clean(document.sitename),
        url=url or _clean(document.url),
        published=published,
        published_note=note,
    )


def _without_leading_title(body: str, title: str | None) -> str:
    """trafilatura keeps the <h1> as the body's first line; the headline is metadata, not body."""
    first, _, rest = body.partition("\n")
    if title and " ".join(first.split()) == title and rest.strip():
        return rest.lstrip()
    return body


def find_published_html(page: str, url: str | None = None) -> tuple[str | None, str]:
    """The original publication date from page metadata (htmldate), with a note."""
    try:
        stamp = find_date(page, original_date=True, outputformat=DATE_WITH_TIME, extensive_search=False, url=url)
    except (ValueError, ParserError, XMLSyntaxError):
        stamp = None
    if not stamp:
        return None, "no publication date in the page markup (htmldate)"
    return stamp.removesuffix(UNSTATED_TIME), "htmldate"


def visible_text(page: str) -> str:
    """The page's readable text, one block per line, without scripts, menus and footers."""
    try:
        root = lxml.html.fromstring(page, parser=_TOLERANT_PARSER)
    except (ParserError, XMLSyntaxError, ValueError):
        return _strip_tags(page)
    for element in root.xpath("|".join(f"//{tag}" for tag in NON_CONTENT_TAGS)):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):  # blocks become lines
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    # Nesting beyond even the huge_tree limit parses to nothing: strip tags instead.
    return _tidy_lines(root.text_content()) or _strip_tags(page)


def _trafilatura(page: str, url: str | None) -> Document | None:
    try:
        return trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, ParserError, XMLSyntaxError):
        return None


def _tag_text(page: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", page, re.IGNORECASE | re.DOTALL)
    return _clean(_strip_tags(match.group(1))) if match else None


def _strip_tags(fragment: str) -> str:
    without_code = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", fragment, flags=re.IGNORECASE | re.DOTALL)
    return _tidy_lines(html_entities.unescape(re.sub(r"<[^>]*>", "\n", without_code)))


def _tidy_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
