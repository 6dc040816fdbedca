"""Turn input bytes into text: BOM, strict UTF-8, then statistical detection.

Scraped pages arrive in whatever encoding the scraper saved: mostly UTF-8, sometimes
UTF-16 with a BOM (Windows tools), and legacy Cyrillic code pages for Ukrainian and
Russian sites. charset-normalizer is good on long text but on a short Cyrillic page it can
pick koi8-r / mac-cyrillic / cp1125 where the page really is cp1251, the dominant legacy
code page of Ukrainian and Russian sites. So when the detector lands on any Cyrillic code
page, cp1251 is tried too and wins whenever its decoding reads as well-formed Cyrillic.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Code pages charset-normalizer may report for Cyrillic text (Python codec names).
CYRILLIC_CODEPAGES = frozenset(
    {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "cp855", "cp1125", "iso8859_5", "kz1048", "ptcp154"}
)
PREFERRED_CYRILLIC = "cp1251"

# Share of control characters above which decoded text is treated as binary.
MAX_CONTROL_SHARE = 0.05
# A Cyrillic decoding is plausible when nearly all its Cyrillic words are cased like words.
MIN_WELL_CASED_SHARE = 0.9
MIN_CYRILLIC_WORD_SHARE = 0.5

# C0/C1 control characters other than whitespace: never content, and an ESC in article
# text would drive the terminal that `wiretrace show` prints it to.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# In a one-line name (a file path) tabs and line breaks are as unwelcome as ESC.
_LINE_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A JSON string may escape half of a surrogate pair ("\ud800"): no character, and text
# holding one cannot be written as UTF-8 (to the store, a report, the terminal).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04FF\u2019'ʼ]+$")


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the human reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`, or raise DecodeError saying why it is not readable text."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _checked(_decode_with(data, codec), codec)
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes) - not a text file")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _checked(*_detect(data))


def strip_controls(text: str) -> str:
    """`text` without control characters (tabs, newlines and other whitespace stay)."""
    return _CONTROL_CHARS.sub("", text)


def escape_controls(name: str) -> str:
    """`name` with every control character, line breaks included, written as an escape."""
    return _LINE_CONTROL_CHARS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def replace_lone_surrogates(text: str) -> str:
    """`text` with each unpaired surrogate replaced by U+FFFD, as a decoder would do."""
    return _LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, text)


def _decode_with(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {codec} text after its byte-order mark: {exc.reason} at byte {exc.start}") from exc


def _detect(data: bytes) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable bytes: no text encoding fits (not UTF-8, no known code page)")
    codec = _python_codec(best.encoding)
    text = str(best)
    if codec != PREFERRED_CYRILLIC:
        preferred = _try_decode(data, PREFERRED_CYRILLIC)
        if preferred is not None and _prefer_cyrillic(preferred, text, codec):
            return preferred, PREFERRED_CYRILLIC
    return text, codec


def _prefer_cyrillic(cp1251_text: str, detected_text: str, detected_codec: str) -> bool:
    """Whether the cp1251 reading beats the detector's pick.

    Another Cyrillic table only wins when it reads better; a non-Cyrillic pick (on a
    few words of Ukrainian the detector may say Shift-JIS) loses to a cp1251 reading
    that is clearly well-formed Cyrillic.
    """
    score = _cyrillic_plausibility(cp1251_text)
    if detected_codec in CYRILLIC_CODEPAGES:
        return score >= _cyrillic_plausibility(detected_text)
    return score >= MIN_WELL_CASED_SHARE


def _python_codec(name: str) -> str:
    return codecs.lookup(name).name.replace("-", "_")


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _cyrillic_plausibility(text: str) -> float:
    """Share of Cyrillic words cased like real words (0 when the text is not mainly Cyrillic).

    Decoding cp1251 bytes with the wrong Cyrillic code page swaps case and letters
    ("Київ" read as koi8-u is "йХ©Ч"), so mis-cased words betray the wrong table.
    """
    words = _WORD.findall(text)
    cyrillic = [w for w in words if _CYRILLIC_WORD.match(w)]
    if not words or len(cyrillic) / len(words) < MIN_CYRILLIC_WORD_SHARE:
        return 0.0
    well_cased = sum(1 for w in cyrillic if w.islower() or w.isupper() or w.istitle())
    share = well_cased / len(cyrillic)
    return share if share >= MIN_WELL_CASED_SHARE else share / 2


def _checked(text: str, encoding: str) -> Decoded:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise DecodeError(f"binary content (mostly control characters when read as {encoding})")
    return Decoded(text, encoding)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls / len(text)
