"""Number phrases in news text, normalised: "over 12,000", "10-12,000", "$2.3 billion", "thousands".

`find_numbers(text)` returns every quantity-like phrase with its value (or range), vague
magnitude, hedge, currency and percent sign. It knows nothing about sentences or syntax;
`wiretrace.analyse.claims` decides which phrases are claims (dates, ages, model names ...
are filtered there or here, whichever needs less context).

Normalisation rules:
- digits with thousand separators (comma, space, thin space), decimals, scale words and
  suffixes: "12 000", "12k", "1.5 million", "2.3bn";
- number words up to the millions: "six", "twenty-five", "a dozen", "two hundred", "a quarter
  of a million";
- ranges "10,000 to 12,000", "97%–98%", "6 percent to 8 percent", "10-12,000" (the bare lower
  bound takes the upper bound's scale: 10 000 - 12 000), "between 5 and 7";
- digits glued to a function word by a lost space ("that14 people");
- vague magnitudes "thousands", "tens of thousands", "several hundred", "dozens": value
  None and `vague` holding the phrase;
- a hedge right before the number ("over", "around", "up to", "at least", "near" ...);
- number words only as whole words: "Pakistan — Six" is "Six", not a range from "an";
- currency symbols and words ("$", "€", "hryvnias", "USD"), percent ("%", "per cent"), also
  for each figure of a list the sign closes ("93 and 81 percent"); cents as fractions of the
  currency the text last wrote ("$166 million, or 62 cents a share": 0.62 USD; with none
  before, the next one its sentence writes; with neither, a count of cents); Indian scales
  ("Rs 9.13 cr", "3 lakhs");
- two shares side by side are two figures, not a range ("leads 45% to 43%"), so is a fall
  "from 47,977 to 44,566", and so are a
  change and the level it reached ("grew by $3.5 billion to $203.4 billion", "grew $6.2 billion to
  $256.5 billion", "rose from 277 to 528"; "available from $6 to $12" stays a range);
- shares written as fractions before "of" ("half of", "roughly two-thirds of") are
  percentages: 50, 66.67 ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,  # Indian scales; "cr" only after rupees
}
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Hedges, longest first so "just over" wins over "over".
HEDGES = sorted(
    [
        "more than", "over", "just over", "well over", "around", "about", "approximately", "approx.", "approx",
        "nearly", "almost", "up to", "at least", "some", "roughly", "fewer than", "less than",
        "as many as", "as few as", "close to", "an estimated", "estimated", "no more than",
        "no fewer than", "no less than", "at most", "upwards of", "in excess of", "under",
        "just under", "more or less", "an approximate", "a total of", "only", "at minimum", "circa",
        "below", "above", "exceeding", "nearly", "some", "almost", "past", "toward", "towards", "near",
    ],
    key=len,
    reverse=True,
)
# A hedge that states a total, not an uncertainty: matched so it stays out of `counted`.
NON_HEDGES = {"a total of", "only"}
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₩": "KRW",
    "₹": "INR", "₦": "NGN", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "Rs": "INR", "N": "NGN", "RM": "MYR", "P": "PHP", "₱": "PHP",  # "Rs 500", "N500m", "RM100,000", "P1 million" (see _SYMBOL)
    "Ksh": "KES", "KSh": "KES", "Kshs": "KES", "KShs": "KES", "KES": "KES",  # Kenyan shillings: "Ksh 525B"
    # codes written before the amount
    "UAH": "UAH", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "RUB": "RUB", "CHF": "CHF", "CNY": "CNY",
    "JPY": "JPY", "INR": "INR", "NGN": "NGN", "AUD": "AUD", "CAD": "CAD", "PLN": "PLN", "MYR": "MYR", "PHP": "PHP",
}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "pound sterling": "GBP", "gbp": "GBP", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnas": "UAH", "uah": "UAH", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "rub": "RUB", "won": "KRW", "krw": "KRW", "yuan": "CNY", "cny": "CNY", "yen": "JPY", "renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "naira": "NGN", "francs": "CHF", "swiss francs": "CHF", "zlotys": "PLN",
    "zloty": "PLN", "lira": "TRY", "liras": "TRY", "shekels": "ILS", "rand": "ZAR", "pesos": "MXN", "ringgit": "MYR",
}

_SEP_NUMBER = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}\b))\d{3})+(?:\.\d+)?"
_PLAIN_NUMBER = r"\d+(?:\.\d+)?"
_DIGITS = rf"(?:{_SEP_NUMBER}|{_PLAIN_NUMBER})"
_SCALE = (  # "lakh crore" and "thousand crore" multiply: Rs 34.5 lakh crore is 3.45e13
    r"(?:\s?(?:(?:lakhs?|thousand)\s(?=crores?\b))?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|cr)\b"
    r"|(?:k|mn|mln|bn|tn|m|b)\b)"
)
_WORD_UNIT = "|".join(sorted((k for k in UNITS_WORDS if k != "dozen"), key=len, reverse=True))
_WORD_TENS = "|".join(TENS_WORDS)
_FRACTION_WORDS = r"(?:half|(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|three[\s-]quarters)"
_LARGE_SCALE = r"(?:thousand|million|billion|trillion|lakhs?|crores?)"
_WORD_NUMBER = (  # "a quarter of a million" first, or "two" would end "two-thirds of a billion"
    rf"\b(?:{_FRACTION_WORDS}\sof\san?(?=\s{_LARGE_SCALE}\b)"
    rf"|(?:(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNIT}))?|(?:{_WORD_UNIT}))(?:[- ]and[- ]a[- ]half)?|half\san?|a|an)\b"  # "a" never opens "about"
    rf"(?:[\s-](?:dozen|hundred|{_LARGE_SCALE})\b)*"  # "eight-million", "one lakh"
)
_SYMBOL = (
    r"(?:(?:US|HK|NZ|[ACSR])\$|\$|€|£|₴|₽|¥|₩|₹|₦|₱|(?:UAH|USD|EUR|GBP|RUB)(?=\s?\d)"
    # newer codes, "Rs" and naira's "N" only in capitals: "try 3 times", "years 5", "N95" are no money
    # naira's "N" and the peso's "P" with a scale or thousands: "N500m", "N2 million", "P1,020,000", not "P2 visa"
    r"|(?-i:(?:CHF|CNY|JPY|INR|NGN|AUD|CAD|PLN|MYR|PHP|KES|\bK[Ss]hs?\.?|\bRs\.?)(?=\s?\d)"
    r"|\b[NP](?=\d+(?:\.\d+)?(?:k|m|bn|tn)\b|\d{1,3},\d{3}|\d+(?:\.\d+)?\s(?:million|billion|trillion)\b)"
    # ringgit's "RM" also only with a scale or thousands: "RM100,000", not "the RM3 engine"
    r"|\bRM(?=\s?\d{1,3},\d{3}|\s?\d+(?:\.\d+)?\s?(?:k|m|mil|million|billion|bn)\b)))"
)
_SYMBOL_CHARS = "$€£₴₽¥₩₹₦₱"
_CURRENCY_WORD = r"(?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")"
_HEDGE = "|".join(re.escape(h) for h in HEDGES)
_VAGUE = (
    r"(?:(?:tens|hundreds) of (?:thousands|millions)|(?:several|a few|many|some) "
    r"(?:dozen|hundred|thousand|million)|scores(?= of\b)|dozens|hundreds|thousands|millions|billions)"
)
_AMOUNT = rf"(?:{_SYMBOL}\s?)?(?:{_DIGITS}{_SCALE}?|{_WORD_NUMBER})"
_PERCENT = r"(?:\s?%|[\s-](?:percent|per cent)\b|\s?percentage[\s-]points?\b)"  # "80-percent", "2.9 percentage points"
# "and" joins a range only after "between": "$3bn and $1bn" are two figures.
_RANGE_JOIN = r"(?:\s?[-–—]\s?|\s(?:to|or)\s|(?(between)\sand\s|(?!)))"
# "6 percent to 8 percent", "97%–98%": one range when both ends are percentages; "from 3% to
# 5%" is a change, two figures.
_PERCENT_RANGE = rf"(?(from)(?!)|(?P<lowpercent>{_PERCENT}){_RANGE_JOIN})"
_NO_BARE_ARTICLE = r"(?!an?\b(?!\s(?:dozen|hundred|thousand|million|billion)))"  # "$10-a-month" is no range

NUMBER_PHRASE = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s(?:an\sadditional\s|another\s|a\sfurther\s)?)?(?:\b(?P<between>between|(?P<from>from))\s)?"
    rf"(?:(?P<vague>{_VAGUE})"
    rf"|(?P<low>{_AMOUNT})(?:(?:{_PERCENT_RANGE}|{_RANGE_JOIN}){_NO_BARE_ARTICLE}(?P<high>{_AMOUNT}))?"
    rf"(?(lowpercent){_PERCENT}|(?P<percent>{_PERCENT})?)(?:\s(?:(?P<curword>{_CURRENCY_WORD})|(?P<cents>cents?))\b)?)",
    re.IGNORECASE,
)
# Shares written as fractions, followed by "of" or hedged: a percentage ("half of the
# shells" = 50%, "about half came out this year"; not "about half an hour", "half the time").
_FRACTION_RATIOS = {
    "half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4,
    "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
}
FRACTIONS = {name: round(ratio * 100, 2) for name, ratio in _FRACTION_RATIOS.items()}
FRACTION_PHRASE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE})\s)?(?P<fraction>{_FRACTION_WORDS})"
    r"(?:(?=\sof\b)|(?(hedge)\b(?!-|\s(?:a|an|the|as|way|time|hour|day|year|century|decade)\b)|(?!)))",
    re.IGNORECASE,
)
# Shares written as ratios: "one in three children", "nearly 2 in 5 adults" (not "3 in 10
# minutes"; "56 out of 328 seats" are two counts).
_SMALL_NUMBER = r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
RATIO_PHRASE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE})\s)?(?P<part>{_SMALL_NUMBER})\sin\s(?P<whole>{_SMALL_NUMBER}|\d{{1,3}}(?:,\d{{3}})?)\b"
    r"(?!\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches?)\b)",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(r"\b(?:top|bottom|upper|lower|front|back|first|second|other|latter|former)\s$", re.IGNORECASE)
_HYPHENATED_UNIT = re.compile(
    r"-(?:strong|member|mile|kilometre|kilometer|km|ton|tonne|metre|meter|seat|square|inch(?:es)?|foot|feet|yard|acre|"
    r"gallon|litre|liter|pound|storey|story|bed|megapixel|watt|unit|seater|magnitude)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(r"-(?:a|an|per)-\w", re.IGNORECASE)  # "$10-a-month", "$15-an-hour"
_TO_JOIN = re.compile(r"\sto\s", re.IGNORECASE)
# A verb of change: "grew (by) $6.2 billion to $256.5 billion", "increased by 91 per cent, from
# 277 to 528"; a price "from $6 to $12" with none is a range.
_CHANGE_VERB = (
    r"\b(?:gr[eo]wn?|grows?|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|(?:increas|decreas|climb|dropp?|declin|jump|gain|"
    r"widen|narrow|slipp?|plung|soar|surg)(?:e|es|ed|s|ing)?|slid|went (?:up|down))\b"
)
_CHANGE_BEFORE = re.compile(rf"(?:\bby|{_CHANGE_VERB})\s\Z", re.IGNORECASE)
_CHANGE_IN_CLAUSE = re.compile(rf"{_CHANGE_VERB}[^.;:!?]*\Z", re.IGNORECASE)
# The same change as a noun of a named quantity: "a decrease in the goods deficit of $1.2
# billion to $65.7 billion" (but "a rise of 4% to 6%" is a range of the rise)
_CHANGE_NOUN_OF = re.compile(r"\b(?:increase|decrease|rise|fall|drop|decline|gain|jump|growth)s?\s+in\b[^.;:!?]{1,60}\bof\s\Z", re.IGNORECASE)
_LIST_JOIN = re.compile(r",?\s(?:and|or)\s|,\s")
_WORD_BOUNDARY_BEFORE = re.compile(r"[\w$€£₴₽¥₩.,-]\Z")  # \Z: "$" would also match before a line break
# A lost space ("reports indicated that14 people"): digits after a word that never ends a name or a code.
_GLUED_UNIT = re.compile(r"(?:km|kg|kph|mph)s?\b")
_CLOCK_OR_SCORE = re.compile(r":\d")
_CLOCK_OR_SCORE_END = re.compile(r"\d:\Z")
_GLUED_FUNCTION_WORD = re.compile(r"(?<![\w-])(?:that|than|of|to|and|by|at|with|from|about|were|was|only)\Z")


@dataclass(frozen=True)
class NumberPhrase:
    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None
    vague: str | None
    hedge: str | None
    currency: str | None
    percent: bool
    digits: bool  # written with digits (word numbers need more evidence to be claims)
    number_start: int  # where the number itself starts (after the hedge)


def find_numbers(text: str) -> list[NumberPhrase]:
    """Every number phrase in `text`, left to right, never overlapping."""
    ratios = [r for r in map(_ratio, RATIO_PHRASE.finditer(text)) if r is not None]
    found = list(ratios)
    for match in NUMBER_PHRASE.finditer(text):
        two = _falling_pair(match) or _change_and_level(match, text) or _money_and_share(match) or _set_apart(match, text)
        phrases = _split(match, text) if two else [_phrase(match, text)]
        found += [p for p in phrases if p is not None and not any(r.start <= p.start < r.end for r in ratios)]
    taken = [(p.start, p.end) for p in found]
    for match in FRACTION_PHRASE.finditer(text):
        if _PART_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "the top half of the bread" is a part, not a share
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(_fraction(match))
    return _shared_percent(text, sorted(found, key=lambda p: p.start))


def _falling_pair(match: re.Match) -> bool:
    """ "leads 45% to 43%", "52%-48%": two shares set side by side, not a range; "from 47,977
    to 44,566": a fall, two levels."""
    if not ((match.group("lowpercent") or match.group("from")) and match.group("high")):
        return False
    return _runs_down(match)


def _runs_down(match: re.Match) -> bool:
    """Both ends parse and the second is no higher than the first: no range runs downwards."""
    low, high = parse_amount(match.group("low")), parse_amount(match.group("high"))
    return low is not None and high is not None and high <= low


def _money_and_share(match: re.Match) -> bool:
    """ "decreased $51.7 billion or 2.3 percent": an amount and the share it is, not a range."""
    money = re.match(_SYMBOL, match.group("low") or "") is not None
    return bool(match.group("high")) and money and bool(match.group("percent")) and not match.group("lowpercent")


def _change_and_level(match: re.Match, text: str) -> bool:
    """ "grew by $3.5 billion to $203.4 billion", "increased from 277 to 528": how much a
    quantity changed and where it ended, two figures; not "prices from $6 to $12"."""
    if not match.group("high") or not _TO_JOIN.fullmatch(text, _low_end(match), match.start("high")):
        return False
    if match.group("from"):
        return bool(_CHANGE_IN_CLAUSE.search(text[max(0, match.start() - 60):match.start()]))
    before = text[max(0, match.start() - 80):match.start()]
    return bool(_CHANGE_BEFORE.search(before[-20:]) or _CHANGE_NOUN_OF.search(before))


def _set_apart(match: re.Match, text: str) -> bool:
    """ "Aug. 21, 2005 – Four soldiers were killed": a spaced dash between a larger and a
    smaller number ends one phrase and starts another; no range runs downwards. "N27.1 billion
    or $75.2 million": one amount in two currencies is no range either, nor a year and an amount."""
    if not match.group("high"):
        return False
    year_low = re.fullmatch(r"(?:19|20)\d{2}", match.group("low").strip()) is not None
    if year_low and re.search(r"[^\d\s.,]", match.group("high")):
        return True  # "rose from N72.1 billion in 2017 to N83.3 billion": a year, then the amount
    join = text[_low_end(match):match.start("high")]
    if join == " or " and _currency(match.group("low"), None) != _currency(match.group("high"), None):
        return True
    if not re.fullmatch(r"\s[-–—]\s", join) or not _runs_down(match):
        return False
    year_before = re.fullmatch(r"\d{4}", match.group("low").strip()) is not None  # not a score: "won 21 – 14"
    return year_before or not re.search(r"\d", match.group("high"))


def _low_end(match: re.Match) -> int:
    return match.end("lowpercent") if match.group("lowpercent") else match.end("low")


def _split(match: re.Match, text: str) -> list[NumberPhrase | None]:
    """Each of two figures the range pattern took together, read on its own (the second
    from its own start, as the dash before it would glue it to a word)."""
    offset = match.start("high")
    first = NUMBER_PHRASE.match(text, match.start(), _low_end(match))
    second = NUMBER_PHRASE.match(text[offset:], 0, match.end() - offset)
    phrases = [_phrase(first, text) if first else None, _phrase(second, text[offset:]) if second else None]
    if phrases[1] is not None:
        moved = phrases[1]
        phrases[1] = replace(moved, start=moved.start + offset, end=moved.end + offset, number_start=moved.number_start + offset)
    return phrases


def _shared_percent(text: str, found: list[NumberPhrase]) -> list[NumberPhrase]:
    """ "(93 and 81 percent, respectively)", "50, 40 or 36 percent": the sign after the
    last figure of a list goes for each (not for a year before it: "in 2019 and 5 percent")."""
    for i in reversed(range(len(found) - 1)):
        figure, after = found[i], found[i + 1]
        bare = figure.digits and figure.value is not None and not (figure.percent or figure.currency or figure.value_max)
        listed = after.percent and _LIST_JOIN.fullmatch(text, figure.end, after.start)
        if bare and listed and figure.value <= max(100.0, after.value or 0):
            found[i] = replace(figure, percent=True)
    return found


def _ratio(match: re.Match) -> NumberPhrase | None:
    """ "one in three children": a share, as a percentage; a part no smaller than its whole
    ("5 in 3") is no share."""
    part, whole = parse_amount(match.group("part")), parse_amount(match.group("whole"))
    if part is None or not whole or part >= whole:
        return None
    hedge = (match.group("hedge") or "").lower() or None
    return NumberPhrase(
        match.start(), match.end(), match.group(0), round(part / whole * 100, 2), None, None, _hedge(hedge), None,
        True, match.group("part")[0].isdigit(), match.start("part"),
    )


def _fraction(match: re.Match) -> NumberPhrase:
    """ "half of", "roughly two-thirds of": a share, as a percentage."""
    fraction = re.sub(r"[\s-]+", " ", match.group("fraction").lower())
    hedge = (match.group("hedge") or "").lower() or None
    return NumberPhrase(
        match.start(), match.end(), match.group(0), FRACTIONS[fraction], None, None, _hedge(hedge), None,
        True, False, match.start("fraction"),
    )


def _phrase(match: re.Match, text: str) -> NumberPhrase | None:
    start = match.start()
    glued = _GLUED_FUNCTION_WORD.search(text, max(0, start - 8), start) and text[start].isdigit()
    measured = text[max(0, start - 10):start].lower().endswith("magnitude-")  # "a magnitude-6.1 earthquake"
    if start and _WORD_BOUNDARY_BEFORE.search(text[start - 1:start]) and not (text[start] in _SYMBOL_CHARS or glued or measured):
        return None  # inside a word or a longer number: "F-16", "Su-34", "1.5.2"
    glued_unit = _GLUED_UNIT.match(text, match.end())  # "about 30km south"
    if match.end() < len(text) and (text[match.end()].isalnum() and not glued_unit or text[match.end()] == "-" and _glued_after(match, text)):
        return None  # "1st", "25-year-old" continues past the number
    if _CLOCK_OR_SCORE.match(text, match.end()) or _CLOCK_OR_SCORE_END.search(text, max(0, start - 2), start):
        return None  # a clock time, score or ratio: "at 4:44am", "won 2:1"
    if start and text[start - 1] in "’'" and re.match(r"\d{2}\b", text[start:match.end()]):
        return None  # a year cut short: "the financial year 2024-’25", "the class of '98"
    hedge = (match.group("hedge") or "").lower() or None
    number_start = match.start("vague") if match.group("vague") else match.start("low")
    if match.group("between") and not match.group("high") and not hedge:
        start = number_start  # "down from $19.5 billion": a single figure, "from" is no part of it
    if match.group("vague"):
        return NumberPhrase(start, match.end(), text[start:match.end()], None, None, match.group("vague").lower(),
                            _hedge(hedge), None, False, False, number_start)
    low_text, high_text = match.group("low"), match.group("high")
    if _is_article_only(low_text) and not high_text:
        return None  # "a", "an" alone
    low = parse_amount(low_text)
    if low is None:
        return None
    high = parse_amount(high_text) if high_text else None
    if high_text and high is None:
        return None
    if high is not None:
        low = _scale_bare_low(low, low_text, high, high_text)
        if high <= low:
            return None  # "3-1", "2024-25": not a range of values
    currency = _currency(low_text, match.group("curword"))
    if re.search(r"\dcr$", low_text.replace(" ", ""), re.IGNORECASE) and currency != "INR":
        return None  # "cr" is crore only after rupees ("Rs 9.13 cr")
    end = match.end()
    if match.group("cents"):  # "62 cents a share": a fraction of the currency the text wrote before
        currency = _currency_before(text, start) or _currency_later_in_sentence(text, match.end())
        if currency is None:
            end = match.start("cents") - 1  # which currency is unknown: a count of cents
        else:
            low, high = low / 100, high / 100 if high is not None else None
    return NumberPhrase(
        start, end, text[start:end], low, high, None, _hedge(hedge), currency,
        bool(match.group("percent") or match.group("lowpercent")), bool(re.search(r"\d", low_text)), number_start,
    )


def _glued_after(match: re.Match, text: str) -> bool:
    """A word hyphenated onto the number makes a name or an age ("25-year-old", "3-D"),
    except a unit that only turns the figure into an adjective ("40,000-strong", "1,900-mile"),
    or a rate after an amount of money ("$10-a-month")."""
    end = match.end()
    if end + 1 >= len(text) or not text[end + 1].isalpha() or _HYPHENATED_UNIT.match(text, end):
        return False
    return not (re.match(_SYMBOL, match.group("low")) and _RATE_AFTER.match(text, end))


def _hedge(hedge: str | None) -> str | None:
    return None if hedge in NON_HEDGES else hedge


def _is_article_only(text: str) -> bool:
    return text.lower() in {"a", "an"}


def parse_amount(text: str) -> float | None:
    """"12,000" -> 12000, "1.5 million" -> 1.5e6, "$2.3bn" -> 2.3e9, "twenty-five" -> 25."""
    text = re.sub(r"^" + _SYMBOL + r"\s?", "", text.strip())
    digits = re.match(rf"({_DIGITS})\s?([a-z]+(?:\s[a-z]+)?)?$", text, re.IGNORECASE)
    if digits:
        number = Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits.group(1)))
        scales = (digits.group(2) or "").lower().split()
        if any(scale not in SCALES for scale in scales):
            return None
        for scale in scales:
            number *= Decimal(SCALES[scale])  # decimal: "16.06 trillion" is 16,060,000,000,000, not ...999.998
        return float(number)
    return parse_number_words(text)


def parse_number_words(text: str) -> float | None:
    """"six" -> 6, "twenty-five" -> 25, "two hundred" -> 200, "a dozen" -> 12, "a million" -> 1e6,
    "half a million" -> 5e5, "a quarter of a million" -> 2.5e5, "five-and-a-half" -> 5.5,
    "two and a half million" -> 2.5e6."""
    text = re.sub(r"[- ]and[- ]a[- ]half\b", " and_a_half", text.lower())
    words = text.replace("-", " ").split()
    share = _FRACTION_RATIOS.get(" ".join(words[:2])) if words[2:3] == ["of"] else None
    if share is not None:  # "a quarter of a million"
        whole = parse_number_words(" ".join(words[3:]))
        return whole * share if whole is not None else None
    if words[:1] == ["half"]:
        whole = parse_number_words(" ".join(words[1:])) if len(words) > 2 else None
        return whole / 2 if whole is not None else None
    if words[:2] == ["a", "dozen"]:
        return 12.0
    total, current = 0.0, 0.0
    for word in words:
        if word in ("a", "an") and current == 0:
            current = 1
        elif word == "dozen":  # "three dozen" is 36, "a dozen" 12
            current = (current or 1) * 12
        elif word == "and_a_half":
            current += 0.5
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"):
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _scale_bare_low(low: float, low_text: str, high: float, high_text: str) -> float:
    """"10-12,000": a bare lower bound shares the upper bound's magnitude."""
    if re.search(r"[a-z,\s]", low_text.strip(), re.IGNORECASE) or low >= high:
        return low
    scale_word = re.search(rf"{_SCALE}$", high_text.strip(), re.IGNORECASE)
    if scale_word:
        return low * SCALES[scale_word.group(0).strip().lower()]
    if "," in high_text or re.search(r"\d\s\d{3}", high_text):
        for factor in (1e6, 1e3):
            if low * factor <= high and high < low * factor * 10:
                return low * factor
    return low


def _currency_before(text: str, offset: int) -> str | None:
    """The currency of the last amount written with a symbol or code before `offset`."""
    symbols = list(re.finditer(_SYMBOL, text[:offset]))
    return CURRENCY_SYMBOLS[symbols[-1].group(0).rstrip(".")] if symbols else None


def _currency_later_in_sentence(text: str, offset: int) -> str | None:
    """The currency of the first amount with a symbol after `offset` in its sentence: "fell
    by 32 cents, or 0.4%, to $81.11 a barrel"."""
    stop = re.compile(r"[.!?](?=\s|\Z)")
    sentence_end = next((m.start() for m in stop.finditer(text, offset)), len(text))
    symbol = re.compile(_SYMBOL).search(text, offset, sentence_end)
    return CURRENCY_SYMBOLS[symbol.group(0).rstrip(".")] if symbol else None


def _currency(low_text: str, currency_word: str | None) -> str | None:
    symbol = re.match(_SYMBOL, low_text.strip())
    if symbol:
        return CURRENCY_SYMBOLS[symbol.group(0).rstrip(".")]
    if currency_word:
        return CURRENCY_WORDS[currency_word.lower()]
    return None
