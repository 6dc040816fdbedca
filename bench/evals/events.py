"""Accuracy of event dating on hand-written news paragraphs: bench/data/events_gold.jsonl.

93 paragraphs: 45 development rows (4 without a publication date), written to exercise yearless dates
across a new year ("18 June" in a January article), weekdays, "this week" / "last week",
parts of months, seasons, quarters, deadlines ("by 1 November", "by year's end") and
"Key developments" bullet lists. Gold events are every temporal expression that dates a
happening, as a careful reader would resolve it; datelines, headings and comparisons
("the lowest since 1978") are not events. In an undated paragraph an expression that
needs the publication day ("this week", "on Monday") has no gold event, and a row may
give `published_bound`, the "published on or after" date we expect to be inferred.
Some gold expressions are beyond the extractor on purpose (quarters, halves of a year,
present-tense schedules such as "ends on 2 February"), so recall is not flattering.
The 20 rows marked "set": "heldout" (batch A) were written after the extractor and scored
once before any change they prompted. First run of batch A: detection P/R/F1
0.955/0.955/0.955, date P/R/F1 0.932/0.932/0.932, publication bounds 2/2. Its misses
("last March", "in the summer", a met deadline "was restored by Saturday", "since"
yardsticks) were then fixed, so batch A now counts as development data.
Batch B ("set": "heldout-b", 16 paragraphs: wire datelines, "Oct. 17", en-dash bullets,
"early next month", "by the weekend", undated articles with dates after their own
stated date) was written the same way. First run: detection P/R/F1 0.971/0.917/0.943,
date P/R/F1 0.882/0.833/0.857, precision labels 0.970, publication bounds 1/2. Its
misses were fixed too (abbreviation full stops, datelines, "a third of" is no ordinal,
yearless dates nearest the article's own stated date).
Batch C ("set": "heldout-c", 12 paragraphs) was written after those fixes and scored
once: detection P/R/F1 1.000/1.000/1.000, date P/R/F1 0.966/0.966/0.966, precision
labels 0.966, publication bounds 1/1. Its one miss ("the last week of December" read as
"last week") was then fixed; no untouched rows remain.

Real news, blind: 30 English news excerpts found with a search tool (wars, elections,
central banks, storms, earnings, sport; published 2006-2025, each with its date on the
page), 141 gold events annotated before any run and kept outside the repo (third-party
text). First run: detection P/R/F1 0.975/0.823/0.892, date P/R/F1 0.874/0.738/0.800,
precision labels 0.957. Misses: bare years and months ("2021", "August"), decades and
"between 2018 and 2022", halves of a year, a "Key developments" list of bare "January 13"
lines; wrong years for yearless dates where only the verb's tense or the event (an
election date, a tour schedule) says past or future, and weekdays ahead or behind for the
same reason. That first run was the blind figure; the set then became development data
for the fixes it prompted (tense of the date's clause, bare years and months, decades,
ranges, parts of a year): detection P/R/F1 1.000/0.993/0.996, date P/R/F1
0.993/0.986/0.989, precision labels 0.993 (`/tmp/realevents/score.py`).

Real news, second blind set: 28 fresh excerpts (ceasefire talks, elections, a trial, a
hurricane, a wildfire, earnings, GDP, oil, airlines, films, tennis; published 2007-2024),
132 gold events annotated before the run, with the conventions above plus: a weekday with
a bracketed date ("Monday (April 13)") is one event; an earnings report's adjectival quarter
("third-quarter results") is not an event (a fiscal quarter need not be a calendar one),
while "in Q1" dating a figure is; where a page's date and its text disagree (an evening
story dated the day before it ran) the gold is the reconstructed truth. First run (commit
20f9d45, 2026-12-02): detection P/R/F1 0.977/0.985/0.981, date P/R/F1 0.872/0.879/0.875,
precision labels 0.969. Misses: causal "due to" and "the most advanced" read as tense
markers, irregular pasts ("arose") missing, "is returning in July" and "can be preordered
on Friday" not read as ahead, "throughout/into the weekend", "the middle of next week",
"May and June", "(Reuters) -" datelines without a place, "the coming year" of a past
meeting, a yearless date repeated without a tense. After the fixes: detection P/R/F1
1.000/1.000/1.000, date P/R/F1 0.962/0.962/0.962, precision labels 0.992
(`/tmp/realevents/score.py --dir /tmp/realevents2`). Left: a date whose clause has no tense
("Floyd's May 25 death", 57 days ahead of the article, is last year's), "next weekend" said
on a Thursday for the coming one, an evening story's "this afternoon".

Real news, third blind set: 16 fresh excerpts collected after those fixes (a court, markets,
a flood warning, layoffs, a volcano, hostages, new laws, inflation, a marathon, a shutdown,
a cyclone, Syria talks, a launch, a parliament; published 2001-2026), 73 gold events, same
conventions plus: habitual dates ("every April 23", "laws become effective on Jan. 1" said
of any year) are no events, and "in the year to March" is the twelve months to that March.
First run (commit 7916a37): detection P/R/F1 0.935/0.986/0.960, date P/R/F1
0.792/0.836/0.813, precision labels 0.972. Misses: "until 1 a.m. Friday" / "through Friday
morning" / "till Thursday" read as past, "a March 21st deadline" given in February read as
last year's, "in isolated places" and "organized by topic" read as past tenses, "A survey in
late December said", "since March last year", "the year to March", "from mid-March through
the beginning of June", "2003 would be", "every April 23", "the previous month". After the
fixes: detection P/R/F1 0.986/1.000/0.993, date P/R/F1 0.973/0.986/0.980, precision labels
1.000 (`... --dir /tmp/realevents3`); sets one and two and this bench unchanged. Left: a
habit in the present tense ("laws become effective on Jan. 1"), a story posted days after
it was written ("this week" of Friday's market close, dated the Monday after).

Real news, fourth blind set: 11 fresh excerpts after those fixes (a press release, water
rules, an airport strike, a census, Libya, school holidays, a bridge, arrests, retail
results, swimming, measles; published 2011-2026), 32 gold events (small: read the figures
with that in mind); added convention: a date named twice in one breath ("today [13 September
2024]") is one event. First run (commit 73047ef): detection P/R/F1 0.871/0.844/0.857, date
P/R/F1 0.806/0.781/0.794, precision labels 1.000. Misses: "today [13 September 2024]" as
two events, a wire story's hard line breaks cutting "voted / to strike at 10 p.m.
Wednesday", "the 2010 Census" (a year before a capitalised event name), "the quarter ending
December 31" read as next December, "fiscal fourth quarter", "two decades ago", a dateline
run into the first sentence. After the fixes: detection P/R/F1 0.969/0.969/0.969, date P/R/F1
0.938/0.938/0.938 (`... --dir /tmp/realevents4`). Left: split years ("the 2024/25 school
year"; the first set's gold leaves "the 2016/17 campaign" out, so the sets disagree), a
statutory "April 1 of the year following the census".

Real news, fifth blind set: 12 fresh excerpts after those fixes (a central bank, a
derailment, UN peacekeepers, an author's funeral, a software beta, a snow day, a trade deal,
refugees, house prices, cricket, a city budget, a power cut; published 2008-2024), 48 gold
events; added conventions: a year in brackets after a title ("(1971)") dates that work,
"the week ending on August 27" is those seven days. First run (commit b13c42e): detection
P/R/F1 0.977/0.875/0.923, date P/R/F1 0.791/0.708/0.747, precision labels 0.976. Misses:
"late due to heavy rains" read as a schedule, ", though ... a hike in November" governed by
the tense before the comma, "prepares to elect ... on Wednesday", "who died Tuesday"
("died" too short for the "-ed" rule), "on Monday, June 6" said on 7 June read as next
year's (the weekday settles it), "the week ending on August 27", "the start of the summer",
"to / before the end of the year", "over 2010", "(1971)". After the fixes: detection P/R/F1
0.980/1.000/0.990, date P/R/F1 0.939/0.958/0.948 (`... --dir /tmp/realevents5`). Left: a
present-tense weekday with no tense anywhere ("kids get a snow day on Tuesday" is
tomorrow, but "after netting a brace ... on Sunday" is the day before; treating such
weekdays as ahead gained two and lost two, so they stay in the past), an AP story of the
week before ("next week"), a habitual "a public launch in September".

Real news, sixth blind set: 9 fresh excerpts after those fixes (EU sanctions, a factory fire,
a museum closing, US jobs, golf, a murder arraignment, early voting, a drone attack, a share
price; published 2015-2025), 33 gold events. First run (commit c1b4c12): detection P/R/F1
0.943/1.000/0.971, date P/R/F1 0.771/0.818/0.794, precision labels 0.939. Misses:
"stronger-than-expected ... jobs in June" read as a plan (next June), "ran Thursday through
Saturday" read as two weekdays, "for Tuesday's election" said on a Monday put in the past,
"events that end on a Monday" taken for a date. After the fixes: detection P/R/F1
1.000/1.000/1.000, date P/R/F1 0.939/0.939/0.939 (`... --dir /tmp/realevents6`). Left: a
wire story reposted the next day (a quoted "at dawn today"), and "closed since March",
where the gold takes the closing's month and the extractor, as in the bench's "since May",
the span from then to now.

Real news, seventh blind set: 8 fresh excerpts after those fixes (a city budget, a football
transfer, plant closures, a sentencing, a hepatitis outbreak, an election count, rocket launches,
oil prices; published 2011-2025), 38 gold events. First run (commit a276548): detection P/R/F1
0.947/0.947/0.947, date P/R/F1 0.763/0.763/0.763, precision labels 1.000. Misses: "with four
affected" and "holiday-shortened" read as past tenses, "delayed to 9:07 a.m. EST Wednesday"
put in the past, "Early on Sunday morning" cut at "Sunday", "for 2015" not read, "since the
end of last year" begun in September, "a busy day Wednesday when they plan to try again"
(the future verb after the date). After the fixes: detection P/R/F1 0.974/1.000/0.987, date
P/R/F1 0.897/0.921/0.909 (`... --dir /tmp/realevents7`). Left: a story updated the day after
its date (Sunday's count after Saturday's election), "closed on Friday for New Year's Day"
in a present-tense sentence, "over the next week" (the gold calls it a duration).

Real news, eighth blind set: 5 fresh excerpts after those fixes (a wildfire, a central bank's
minutes, a police shooting, a phone launch, cancelled flights; published 2014-2022), 21 gold
events. First run (commit 23231d1): detection P/R/F1 0.909/0.952/0.930, date P/R/F1
0.682/0.714/0.698, precision labels 0.950. Misses: "on 25 September this year" read as the
month, "in the month of May", "which falls on Friday" taken for a date, "one day after
Christmas" read as Christmas Day. After the fixes: detection P/R/F1 1.000/1.000/1.000, date
P/R/F1 0.857/0.857/0.857 (`... --dir /tmp/realevents8`). Left: a New York story of Monday
night printed in a paper dated Wednesday ("into Tuesday", "later this week").

Real news, ninth blind set: 4 fresh excerpts after those fixes (a flood watch, tennis, a
ceasefire summary, home sales; published 2017-2025), 27 gold events. First run (commit
82a1948): detection P/R/F1 0.963/0.963/0.963, date P/R/F1 0.778/0.778/0.778, precision labels
0.923. Misses: "surpasses May as the new peak" (a bare May), a release dateline "Washington,
D.C. – July 24, 2017 (nar.realtor)", "above a year ago" read as the whole last year, a
yearless "in June" given the year of "June 2016". After the fixes: detection P/R/F1
1.000/1.000/1.000, date P/R/F1 0.926/0.926/0.926 (`... --dir /tmp/realevents9`). Left: a story
filed on Saturday evening under Sunday's date (quoted "today", "tomorrow").

Real news, tenth blind set: 4 fresh excerpts after those fixes (city roadworks, a vaccine
review, chip-maker results, a marathon; published 2010-2021), 17 gold events. First run
(commit 3f6a381): detection P/R/F1 1.000/0.941/0.970, date P/R/F1 0.875/0.824/0.848,
precision labels 0.938. Misses: "On Sunday, the 27th annual marathon" read as a Sunday the
27th, "starting a bit earlier this year" read as January to now, "toward 2021 construction
season projects". After the fixes: detection P/R/F1 1.000/0.941/0.970, date P/R/F1
1.000/0.941/0.970 (`... --dir /tmp/realevents10`). Left: the year after "toward".

Across the nine fresh sets (2-10, 421 gold events, each scored once blind before the fixes
it prompted), the blind date F1 ran 0.875, 0.813, 0.794, 0.747, 0.794, 0.763, 0.698, 0.778,
0.848; the most frequent cause left is a story written a day or more before the date it
carries (a reprint, an evening story filed under the next day), which the text alone
rarely reveals.

Matching: a predicted event matches a gold one when their date texts overlap (one
contains the other, case-insensitive; greedy one-to-one, longest overlap first).
- detection P/R/F1: matched expressions;
- date P/R/F1: matched and with exactly the gold date_start and date_end;
- precision label accuracy: matched events whose precision (day/week/...) agrees.
Inferred publication bounds are scored apart; actors are not scored here.

    .venv/bin/python -m bench.evals.events            # figures
    .venv/bin/python -m bench.evals.events --errors   # figures, then every miss
"""

from __future__ import annotations

import sys

from bench.evals.common import article_from_gold, f1, load_gold, match_pairs, ratio
from wiretrace.analyse.timeline import events_in_text
from wiretrace.model import Event

GOLD_FILE = "events_gold.jsonl"
# row "set" -> prefix of its figures
SETS = {"dev": "", "heldout": "batch A ", "heldout-b": "batch B ", "heldout-c": "batch C "}


def _overlap(gold: dict, predicted: Event) -> float:
    """Length of the shorter date text when one contains the other, else 0."""
    g, p = gold["date_text"].lower(), predicted.date_text.lower()
    return float(min(len(g), len(p))) if g in p or p in g else 0.0


def _same_dates(gold: dict, predicted: Event) -> bool:
    return (gold["date_start"], gold["date_end"]) == (predicted.date_start, predicted.date_end)


def evaluate(show_errors: bool = False) -> dict:
    rows = list(load_gold(GOLD_FILE))
    figures = {}
    for name, prefix in SETS.items():
        chosen = [r for r in rows if r.get("set", "dev") == name]
        figures |= {prefix + key: value for key, value in _evaluate_rows(chosen, show_errors).items()}
    return figures


def _evaluate_rows(rows: list[dict], show_errors: bool) -> dict:
    gold_total = predicted_total = matched = dated = precision_agrees = 0
    bounds_expected = bounds_right = 0
    errors: list[str] = []
    for row in rows:
        article = article_from_gold(row)
        found = events_in_text(article, [])
        predicted = [e for e in found if not e.inferred]
        pairs = match_pairs(row["events"], predicted, _overlap, 1.0)
        gold_total += len(row["events"])
        predicted_total += len(predicted)
        matched += len(pairs)
        dated += sum(_same_dates(g, p) for g, p in pairs)
        precision_agrees += sum(g["precision"] == p.precision for g, p in pairs)
        if "published_bound" in row:
            bounds_expected += 1
            inferred = [e.date_start for e in found if e.inferred]
            bounds_right += inferred == ([row["published_bound"]] if row["published_bound"] else [])
        errors += _row_errors(row, predicted, pairs)
    detection_p, detection_r = ratio(matched, predicted_total), ratio(matched, gold_total)
    date_p, date_r = ratio(dated, predicted_total), ratio(dated, gold_total)
    if show_errors:
        print("\n".join(errors))
    return {
        "paragraphs": len(rows),
        "gold events": gold_total,
        "predicted events": predicted_total,
        "detection precision": detection_p,
        "detection recall": detection_r,
        "detection F1": f1(detection_p, detection_r),
        "date precision": date_p,
        "date recall": date_r,
        "date F1": f1(date_p, date_r),
        "precision label accuracy (matched)": ratio(precision_agrees, matched),
        "publication bounds right": f"{bounds_right}/{bounds_expected}",
    }


def _row_errors(row: dict, predicted: list[Event], pairs: list[tuple[dict, Event]]) -> list[str]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    lines = [f"{row['id']} MISSED {g['date_text']!r} {g['date_start']}..{g['date_end']}"
             for g in row["events"] if id(g) not in matched_gold]
    lines += [f"{row['id']} EXTRA {p.date_text!r} {p.date_start}..{p.date_end}"
              for p in predicted if id(p) not in matched_pred]
    lines += [f"{row['id']} WRONG {g['date_text']!r} gold {g['date_start']}..{g['date_end']} {g['precision']}"
              f" got {p.date_start}..{p.date_end} {p.precision}"
              for g, p in pairs if not _same_dates(g, p) or g["precision"] != p.precision]
    return lines


if __name__ == "__main__":
    for name, value in evaluate("--errors" in sys.argv).items():
        print(f"  {name:<40} {value:.3f}" if isinstance(value, float) else f"  {name:<40} {value}")
