"""Article metadata from whole-page plain text: title, outlet, author, date, language.

A scraped page is header (masthead, menus, headline, byline, date) + body + trailer
(related links, clock-time headline lists, appeals). The body cleaner tells us which
lines it kept; everything before the first kept line is the *header*, and that is where
a page states its own headline, byline and date. Dates in the trailer belong to other
stories ("2025, Friday / 18 July / 17:00" above a headline list) and are never used.

Outlets are recognised from data (`wiretrace/data/outlets.json`): URL domains, masthead
lines, donation appeals and multi-signal signatures; then from the page's own naming
(a "Headline - Site" title line, a copyright line).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import dateparser
import py3langid

DATE_LANGUAGES = ["en", "uk", "ru"]
HEADER_FALLBACK_LINES = 40  # header size when the cleaner kept nothing
TITLE_MIN_CHARS, TITLE_MAX_CHARS, TITLE_MIN_WORDS = 15, 300, 3
HEADLINE_FORBIDDEN_ENDINGS = ".!?:;,\"”»"

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
_TIME = r"(?P<time>\d{1,2}:\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?(?![\d:])"
# A date (day, month and year all stated), optionally followed closely by a clock time.
_DATE_SPAN = re.compile(
    r"(?P<date>"
    r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\b\d{1,2}\.?\s+" + _MONTHS + r"\.?,?\s+\d{4}\b"
    r"|\b" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r")"
    r"(?:(?:[T ]|,?\s+(?:at\s+)?|,?\s*[-|]\s*)" + _TIME + r")?",
    re.IGNORECASE,
)
_TIME_ONLY_LINE = re.compile(r"^\s*" + _TIME + r"\s*$", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited|оновлено|обновлено)\b", re.IGNORECASE)
_POSTED_LABEL = re.compile(r"\b(?:posted|published|опубліковано|опубликовано)\b", re.IGNORECASE)
_DATE_LABEL = re.compile(f"{_UPDATED_LABEL.pattern}|{_POSTED_LABEL.pattern}", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAYS = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?|\b(?:понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя)\b,?",
    re.IGNORECASE,
)
_LANGUAGE_SWITCHER = re.compile(r"^(?:[a-z]{2}\s*[|/]?\s*){2,6}$", re.IGNORECASE)
_CAPTION = re.compile(r"\b(?:Photo|Image|Illustration|Video|Фото)\s*:", re.IGNORECASE)
_BYLINE_LABEL = re.compile(r"^\s*(?:By|Author|Authors|Written by|Автор|Авторка)\s*[:\-]?\s+(?P<name>.+)$", re.IGNORECASE)
_NAME_WORD = r"[A-ZА-ЯІЇЄҐ][\w'’.\-]*"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|bin|al)\s+)?{_NAME_WORD}){{1,3}}$")
_NOT_A_PERSON = re.compile(
    r"\b(?:Photo|Images?|Getty|Staff|Team|Desk|Editorial|Editors?|News|Press|Agency|Service|Sections?|Reuters|AP|AFP)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^.|,]{3,60}?)"
    r"(?:,?\s+(?:Ltd|Limited|Inc|LLC|GmbH|plc|S\.A)\.?)?\.?(?:\s+All rights reserved.*)?\s*$",
    re.IGNORECASE,
)
# Menus: three or more short items separated by pipes, bullets or wide gaps.
_MENU_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}")
MENU_MIN_ITEMS, MENU_MAX_ITEM_WORDS = 3, 3
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+|\s*\|\s*")


@dataclass
class PageMetadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_note: str = ""


@dataclass(frozen=True)
class DateFound:
    iso: str
    line: int  # 0-based line index in the page
    rank: int  # 0 posted/published, 1 unlabelled, 2 updated/modified
    has_time: bool


# -- public ------------------------------------------------------------------------------


def extract_page_metadata(raw: str, kept_lines: list[int], hints: dict | None = None) -> PageMetadata:
    """Title, outlet, author and date of a whole-page plain-text scrape.

    `kept_lines` are the 0-based indices (into `raw.splitlines()`) of the lines the body
    cleaner kept; `hints` are fields a JSONL record stated (url, title, outlet, author,
    published) and win over anything guessed from the page.
    """
    hints = hints or {}
    lines = raw.splitlines()
    header = header_lines(lines, kept_lines)
    outlet = (
        hints.get("outlet")
        or identify_outlet(raw, lines, header, hints.get("url"))
        or site_name_from_title_line(lines, header)
        or copyright_holder(lines)
    )
    published, note = published_from_hint(hints.get("published")) or find_published(lines, header)
    return PageMetadata(
        title=hints.get("title") or find_title(lines, header + _headline_kept_in_body(lines, kept_lines), outlet),
        outlet=outlet,
        author=hints.get("author") or find_author(lines, header),
        published=published,
        published_note=note,
    )


def header_lines(lines: list[str], kept_lines: list[int]) -> list[int]:
    """Indices of the page header: every line before the first line the cleaner kept."""
    end = min(kept_lines) if kept_lines else min(len(lines), HEADER_FALLBACK_LINES)
    return list(range(end))


def _headline_kept_in_body(lines: list[str], kept_lines: list[int]) -> list[int]:
    """The first kept line, when it reads as a headline (no closing punctuation), else nothing.

    A body cleaner may keep the headline as the body's first line; the title must still be found.
    """
    if not kept_lines:
        return []
    first = lines[min(kept_lines)].rstrip()
    return [] if not first or first[-1] in HEADLINE_FORBIDDEN_ENDINGS else [min(kept_lines)]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` (py3langid), None when there is no text."""
    if not text.strip():
        return None
    language, _score = py3langid.classify(text)
    return language


# -- outlet ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutletSignals:
    name: str
    domains: tuple[str, ...]
    mastheads: tuple[re.Pattern, ...]
    appeals: tuple[re.Pattern, ...]
    signatures: tuple[tuple[re.Pattern, ...], ...]


@lru_cache(maxsize=1)
def known_outlets() -> tuple[OutletSignals, ...]:
    data = json.loads(resources.files("wiretrace.data").joinpath("outlets.json").read_text(encoding="utf-8"))
    return tuple(_outlet_signals(entry) for entry in data["outlets"])


def _outlet_signals(entry: dict) -> OutletSignals:
    flags = re.IGNORECASE | re.MULTILINE
    return OutletSignals(
        name=entry["name"],
        domains=tuple(d.lower() for d in entry.get("domains", [])),
        mastheads=tuple(re.compile(rf"\s*(?:{p})\s*", re.IGNORECASE) for p in entry.get("mastheads", [])),
        appeals=tuple(re.compile(p, flags) for p in entry.get("appeals", [])),
        signatures=tuple(tuple(re.compile(p, flags) for p in group) for group in entry.get("signatures", [])),
    )


def identify_outlet(raw: str, lines: list[str], header: list[int], url: str | None = None) -> str | None:
    """The known outlet this page belongs to: URL domain, masthead, appeal, signature."""
    outlets = known_outlets()
    by_domain = outlet_for_url(url) if url else None
    if by_domain:
        return by_domain
    header_text = [lines[i] for i in header]
    for outlet in outlets:
        if any(m.fullmatch(line) for m in outlet.mastheads for line in header_text):
            return outlet.name
    for outlet in outlets:
        if any(a.search(raw) for a in outlet.appeals):
            return outlet.name
    for outlet in outlets:
        if any(all(p.search(raw) for p in group) for group in outlet.signatures):
            return outlet.name
    return None


def outlet_for_url(url: str) -> str | None:
    """Known outlet whose domain (or a parent domain) hosts `url`; the longest match wins."""
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    matches = [
        (len(domain), outlet.name)
        for outlet in known_outlets()
        for domain in outlet.domains
        if host == domain or host.endswith("." + domain)
    ]
    return max(matches)[1] if matches else None


def is_masthead(line: str) -> bool:
    return any(m.fullmatch(line) for outlet in known_outlets() for m in outlet.mastheads)


def site_name_from_title_line(lines: list[str], header: list[int]) -> str | None:
    """"Headline - Site" on the first header line, when the bare headline recurs on the page."""
    split = _split_site_suffix(lines, header)
    return split[1] if split else None


def copyright_holder(lines: list[str]) -> str | None:
    """The owner named in a "© 2025 Harbour Daily. All rights reserved." line."""
    for line in reversed(lines):
        match = _COPYRIGHT.match(line)
        if match and len(match["name"].split()) <= 6:
            return match["name"].strip()
    return None


# -- title -------------------------------------------------------------------------------


def find_title(lines: list[str], header: list[int], outlet: str | None = None) -> str | None:
    """The headline: the first substantial header line that is not chrome, byline or date."""
    for index in header:
        line = " ".join(lines[index].split())
        if _is_title_candidate(line, outlet) and not _is_menu(lines[index]):
            split = _split_site_suffix(lines, header)
            if index == header[0] and split:
                return split[0]
            return _strip_outlet_suffix(line, outlet)
    return None


def _is_title_candidate(line: str, outlet: str | None) -> bool:
    if not TITLE_MIN_CHARS <= len(line) <= TITLE_MAX_CHARS or len(line.split()) < TITLE_MIN_WORDS:
        return False
    if line.endswith(":") or line.startswith(("•", "-", "*", "©")) or _LANGUAGE_SWITCHER.match(line):
        return False
    if is_masthead(line) or (outlet and _squash(line) == _squash(outlet)):
        return False
    return not (_is_date_line(line) or _CAPTION.search(line) or _BYLINE_LABEL.match(line) or _byline_before_date(line))


def _is_menu(line: str) -> bool:
    items = [item for item in _MENU_SEPARATOR.split(line) if item]
    return len(items) >= MENU_MIN_ITEMS and all(len(item.split()) <= MENU_MAX_ITEM_WORDS for item in items)


def _squash(text: str) -> str:
    """Compare names and lines ignoring case, spacing and punctuation."""
    return re.sub(r"\W+", "", text).casefold()


def _is_date_line(line: str) -> bool:
    """A line that is mostly a date: "2 February, 2025 Sunday", " date 2025-01-09 All Sections"."""
    if _TIME_ONLY_LINE.match(line):
        return True
    if not _DATE_SPAN.search(line):
        return False
    rest = _WEEKDAYS.sub(" ", _DATE_SPAN.sub(" ", line))
    return len(re.findall(r"[^\W\d_]+", rest)) <= 3


def _split_site_suffix(lines: list[str], header: list[int]) -> tuple[str, str] | None:
    """("Headline", "Site") when the first line is "Headline - Site" and the headline recurs."""
    if not header:
        return None
    first = " ".join(lines[header[0]].split())
    separators = list(_TITLE_SEPARATORS.finditer(first))
    if not separators:
        return None
    last = separators[-1]
    headline, site = first[: last.start()].strip(), first[last.end() :].strip()
    others = {_squash(line) for line in lines[1:]}
    if headline and site and len(site.split()) <= 5 and _squash(headline) in others:
        return headline, site
    return None


def _strip_outlet_suffix(title: str, outlet: str | None) -> str:
    """Drop a trailing " - Site" naming this page's own outlet ("Al Jazeera" of "Al Jazeera Media Network").

    Only the page's own outlet is stripped: "... – Reuters" on another outlet's page names a source.
    """
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not outlet or not separators:
        return title
    headline, suffix = title[: separators[-1].start()], _squash(title[separators[-1].end() :])
    own = _squash(outlet)
    if suffix and (own.startswith(suffix) or suffix.startswith(own)) and len(headline.split()) >= TITLE_MIN_WORDS:
        return headline.strip()
    return title


# -- author ------------------------------------------------------------------------------


def find_author(lines: list[str], header: list[int]) -> str | None:
    """A byline in the header: "Author: X", "By X, Site Staff", "X Thursday, 9 January 2025"."""
    for index in header:
        line = " ".join(lines[index].split())
        name = _labelled_byline(line) or _byline_before_date(line)
        if name:
            return name
    return None


def _labelled_byline(line: str) -> str | None:
    match = _BYLINE_LABEL.match(line)
    if not match:
        return None
    first_author = re.split(r",|\s+(?:and|і|и|та)\s+|\s+[|/]\s+", match["name"])[0]
    return _as_person_name(first_author)


def _byline_before_date(line: str) -> str | None:
    match = _DATE_SPAN.search(line)
    if not match or match.start() == 0:
        return None
    before = _WEEKDAYS.sub(" ", line[: match.start()]).strip(" ,|-–—·")
    return _labelled_byline(before) or _as_person_name(before)  # "By X 2019-11-18T20:51Z"


def _as_person_name(text: str) -> str | None:
    name = " ".join(text.split()).strip(" .,")
    if _PERSON_NAME.match(name) and not _NOT_A_PERSON.search(name) and not _CAPTION.search(name):
        return name
    return None


# -- published ---------------------------------------------------------------------------


def published_from_hint(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    found = parse_date_text(value)
    return (found, "jsonl field") if found else None


def find_published(lines: list[str], header: list[int]) -> tuple[str | None, str]:
    """The page's own date from its header, with a note saying where it was found."""
    candidates = [
        found
        for index in header
        for found in dates_in_line(lines[index], index, lines[index + 1] if index + 1 < len(lines) else None)
    ]
    if not candidates:
        return None, "no date line found in page header"
    best = _best_date(candidates)
    return best.iso, f"header line {best.line + 1}"


def parse_date_text(value: str) -> str | None:
    """ISO date or datetime of a stated timestamp ("2025-06-20T09:30:00Z", "Posted: Nov 18, 2019")."""
    candidates = dates_in_line(value, 0)
    return _best_date(candidates).iso if candidates else None


def dates_in_line(line: str, index: int, next_line: str | None = None) -> list[DateFound]:
    """Every full date stated on `line`, ranked by its label (posted > none > updated)."""
    found, previous_end = [], 0
    for match in _DATE_SPAN.finditer(line):
        day = _parse_day(match["date"])
        if day:
            time = (match["time"] and _clock(match["time"], match["ampm"])) or _time_alone_after(line, match, next_line)
            rank = _label_rank(line[previous_end : match.start()])
            found.append(DateFound(f"{day}T{time}" if time else day, index, rank, bool(time)))
        previous_end = match.end()
    return found


def _best_date(candidates: list[DateFound]) -> DateFound:
    # Posted beats updated; a stated time beats a bare day; then the earliest line.
    return min(candidates, key=lambda d: (d.rank, not d.has_time, d.line))


def _time_alone_after(line: str, match: re.Match, next_line: str | None) -> str | None:
    """"2 February, 2025 Sunday" followed by "18:15" on its own line is one timestamp."""
    if next_line is None or _DATE_SPAN.search(line, match.end()):
        return None
    alone = _TIME_ONLY_LINE.match(next_line)
    return _clock(alone["time"], alone["ampm"]) if alone else None


def _label_rank(text_before: str) -> int:
    labels = _DATE_LABEL.findall(text_before)
    if not labels:
        return 1
    return 2 if _UPDATED_LABEL.fullmatch(labels[-1]) else 0


def _clock(hhmm: str, ampm: str | None) -> str | None:
    hour, minute = map(int, hhmm.split(":"))
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _parse_day(span: str) -> str | None:
    """ISO date of a span that states day, month and year; None when it is no real date."""
    if _ISO_DAY.fullmatch(span):
        try:
            return date.fromisoformat(span).isoformat()
        except ValueError:
            return None
    parsed = dateparser.parse(
        span,
        languages=DATE_LANGUAGES,
        settings={
            "STRICT_PARSING": True,
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime.now(),
            "DATE_ORDER": "DMY",  # numeric 01.02.2025 is day-first in the uk/ru/European press
        },
    )
    return parsed.date().isoformat() if parsed else None
