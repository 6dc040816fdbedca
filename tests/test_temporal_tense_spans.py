"""Temporal expressions: tense decides past or next occurrence; bare years, months, decades, ranges."""

from datetime import date

import pytest

from wiretrace.analyse.temporal import resolve_time_expressions


def interval(text: str, reference: date | None) -> list[tuple[str, str, str, str]]:
    return [(e.text, e.date_start.isoformat(), e.date_end.isoformat(), e.precision)
            for e in resolve_time_expressions(text, reference)]


APR_14 = date(2025, 4, 14)  # a Monday
FRI_6_SEP = date(2019, 9, 6)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),  # expected: the last expression of the text
    [
        # past tense: the last occurrence, even when the next one is only weeks away
        ("The rebels began their siege of the port on May 10, aid groups said.", APR_14,
         ("on May 10", "2024-05-10", "2024-05-10", "day")),
        # a schedule in the present tense: the occurrence nearest the article
        ("The band plays two nights in Lisbon on June 20, then heads north.", APR_14,
         ("on June 20", "2025-06-20", "2025-06-20", "day")),
        ("In August, the choir returns to the capital.", APR_14, ("In August", "2025-08-01", "2025-08-31", "month")),
        # a future verb far back in a long sentence still governs the date
        ("The orchestra will travel across the country for a run of concerts, opening in the hall of a northern "
         "city on 3 May and closing at a festival by the sea in the south on 21 September.", APR_14,
         ("on 21 September", "2025-09-21", "2025-09-21", "day")),
        ("The ferry line is slated to reopen on 2 March.", date(2024, 11, 20),
         ("on 2 March", "2025-03-02", "2025-03-02", "day")),
        # "had vowed to" is past perfect, not intent
        ("The mayor had vowed to resign after a flood on 3 April wrecked the old bridge.", APR_14,
         ("on 3 April", "2025-04-03", "2025-04-03", "day")),
        # a date opening its clause takes the verb after it
        ("On Thursday, forecasters say, the heat could break records.", APR_14,
         ("On Thursday", "2025-04-17", "2025-04-17", "day")),
        ("Opposition parties agreed to block the motion in a vote on Monday.", FRI_6_SEP,
         ("on Monday", "2019-09-09", "2019-09-09", "day")),
        ("Ministers will announce the budget on Monday.", APR_14, ("on Monday", "2025-04-14", "2025-04-14", "day")),
    ],
)
def test_tense_picks_the_occurrence(text, reference, expected):
    assert interval(text, reference)[-1] == expected


def test_quotation_starts_a_new_clause_for_tense():
    text = "The forecaster said: 'On Friday, it may turn colder.'"
    assert interval(text, APR_14) == [("On Friday", "2025-04-18", "2025-04-18", "day")]


def test_modifier_date_ignores_the_verb_after_it():
    text = "According to a Monday bulletin, the river is expected to crest soon."
    assert interval(text, date(2025, 4, 15)) == [("Monday", "2025-04-14", "2025-04-14", "day")]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Fans recalled the 2019 final and its chaos.", APR_14, ("2019", "2019-01-01", "2019-12-31", "year")),
        ("Sales were 12% higher compared to 2021.", APR_14, ("2021", "2021-01-01", "2021-12-31", "year")),
        ("It was the club's 2008 triumph that changed everything.", APR_14,
         ("2008", "2008-01-01", "2008-12-31", "year")),
        ("She governed the province between 2011 and 2016.", APR_14,
         ("between 2011 and 2016", "2011-01-01", "2016-12-31", "interval")),
        ("The dam was built 1958-63 by a state firm.", APR_14, ("1958-63", "1958-01-01", "1963-12-31", "interval")),
        ("Records of this kind began in the 1970s.", APR_14,
         ("in the 1970s", "1970-01-01", "1979-12-31", "interval")),
        ("The town grew fast in the early 1980s.", APR_14,
         ("in the early 1980s", "1980-01-01", "1983-12-31", "interval")),
        ("Thefts fell in the first six months of 2022.", APR_14,
         ("in the first six months of 2022", "2022-01-01", "2022-06-30", "interval")),
        ("Rain is needed during the last five days of March.", date(2025, 3, 26),
         ("during the last five days of March", "2025-03-27", "2025-03-31", "interval")),
        ("Shops close for the last week of December.", date(2024, 12, 1),
         ("the last week of December", "2024-12-25", "2024-12-31", "interval")),
        ("The fair runs from 12th Nov - 3rd Dec in the old market.", date(2024, 11, 1),
         ("from 12th Nov - 3rd Dec", "2024-11-12", "2024-12-03", "interval")),
        ("The choir sings on March 10 and 11 at the cathedral.", date(2025, 2, 1),
         ("on March 10 and 11", "2025-03-10", "2025-03-11", "interval")),
        ("September was a calm month for the league.", date(2016, 10, 5),
         ("September", "2016-09-01", "2016-09-30", "month")),
        ("Markets await the October jobs report.", date(2024, 11, 2), ("October", "2024-10-01", "2024-10-31", "month")),
        ("Most economists see one more cut between now and year-end.", date(2024, 9, 11),
         ("between now and year-end", "2024-09-11", "2024-12-31", "interval")),
        ("Negotiators have argued all week over fishing rights.", date(2020, 12, 4),
         ("all week", "2020-11-30", "2020-12-06", "week")),
        ("The league was quiet until Monday 26th, when two coaches were fired.", date(2016, 10, 5),
         ("until Monday 26th", "2016-09-26", "2016-09-26", "day")),
        ("The invasion began on Thursday (Feb. 24), officials said.", date(2022, 2, 24),
         ("on Thursday (Feb. 24)", "2022-02-24", "2022-02-24", "day")),
    ],
)
def test_bare_years_months_decades_ranges_and_parts(text, reference, expected):
    assert interval(text, reference) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "It set the record for July in that county.",  # a kind of month
        "July temperatures rarely pass 30C there.",
        "The Fourth of July parade was cancelled.",
        "Officials counted the 2090 ballots twice.",  # a count, not a year
        "Kickoff is at 18:30, not January 13:00.",  # no clock time as a day
    ],
)
def test_generic_months_and_counts_are_no_dates(text):
    assert [e for e in resolve_time_expressions(text, APR_14) if e.precision in {"month", "year"}] == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # an irregular past verb, though "will" opens the sentence
        ("The new date will give engineers time to study faults that arose in a test on Nov. 3.", date(2014, 11, 20),
         ("on Nov. 3", "2014-11-03", "2014-11-03", "day")),
        # "due to" + a noun phrase is a cause, not a schedule
        ("Output grew, mainly due to higher demand (+0.4 percent in Q1).", date(2015, 8, 31),
         ("in Q1", "2015-01-01", "2015-03-31", "interval")),
        # "the most advanced" is an adjective, the present progressive a plan
        ("The rally, the most advanced of its kind, is returning to the coast in July.", date(2021, 5, 26),
         ("in July", "2021-07-01", "2021-07-31", "month")),
        ("Tickets can be bought from Friday at the box office.", date(2015, 3, 26),
         ("Friday", "2015-03-27", "2015-03-27", "day")),
        ("Rain is forecast to return into the weekend.", date(2018, 6, 28),
         ("into the weekend", "2018-06-30", "2018-07-01", "interval")),
        ("Marchers clashed with riot police throughout the weekend.", date(2020, 8, 31),
         ("throughout the weekend", "2020-08-29", "2020-08-30", "interval")),
        ("The walkouts begin in the middle of next week.", date(2018, 1, 28),
         ("in the middle of next week", "2018-01-30", "2018-02-01", "interval")),
        ("Producers will cut output for May and June.", date(2020, 4, 13),
         ("May and June", "2020-05-01", "2020-06-30", "interval")),
        ("The fair ran from December to February.", date(2024, 3, 10),
         ("from December to February", "2023-12-01", "2024-02-29", "interval")),
        ("The mayor wants the roads cleared by this afternoon.", date(2018, 8, 2),
         ("by this afternoon", "2018-08-02", "2018-08-02", "interval")),
    ],
)
def test_more_tense_markers_weekends_and_month_ranges(text, reference, expected):
    assert interval(text, reference)[-1] == expected


def test_months_joined_by_and_are_one_span_only_when_consecutive():
    found = interval("Votes were held in May and September.", date(2024, 10, 1))
    assert [f[0] for f in found] == ["in May", "September"]


def test_the_coming_year_of_a_past_meeting_is_not_dated():
    text = "At that meeting the ministers identified three goals for the coming year."
    assert interval(text, date(2007, 6, 15)) == []


def test_a_repeated_date_without_tense_takes_the_year_of_its_namesake():
    text = "The sequel will open on Nov. 12 instead of June 4. For now it is the only film on Nov. 12."
    found = interval(text, date(2021, 1, 22))
    assert found[-1] == ("on Nov. 12", "2021-11-12", "2021-11-12", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Cyber Monday sales rose sharply.",  # a named day, not this week's Monday
        "Copyright © 2005-2019 by the publisher.",  # a copyright line
        "The Best Restaurants Of 2019",  # a heading
    ],
)
def test_named_days_copyright_lines_and_headings_are_no_dates(text):
    assert interval(text, APR_14) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The market closed early on Christmas Eve.", date(2024, 6, 5), ("on Christmas Eve", "2023-12-24", "2023-12-24", "day")),
        ("Talks will resume after Easter.", date(2024, 6, 5), ("after Easter", "2025-04-20", "2025-04-20", "day")),
        ("Churches filled on Good Friday.", date(2024, 6, 5), ("on Good Friday", "2024-03-29", "2024-03-29", "day")),
        ("Crowds queued for deals on Black Friday.", date(2019, 12, 2),
         ("on Black Friday", "2019-11-29", "2019-11-29", "day")),
        ("Protests began on New Year’s Day 2019.", None, ("on New Year’s Day 2019", "2019-01-01", "2019-01-01", "day")),
    ],
)
def test_holidays(text, reference, expected):
    assert interval(text, reference) == [expected]


@pytest.mark.parametrize("text", ["He sold Christmas trees.", "The Good Friday agreement held."])
def test_holiday_names_as_modifiers_are_no_dates(text):
    assert interval(text, date(2024, 6, 5)) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a deadline set lately may fall either side of now: the nearest one
        ("The court gave her a March 21st deadline to reply.", date(2017, 2, 2),
         ("March 21st", "2017-03-21", "2017-03-21", "day")),
        ("The agency has issued a flood warning for the river through Friday morning.", date(2022, 2, 17),
         ("through Friday morning", "2022-02-18", "2022-02-18", "day")),
        ("A warning is in effect until 1 a.m. Friday, forecasters said.", date(2022, 2, 17),
         ("until 1 a.m. Friday", "2022-02-18", "2022-02-18", "day")),
        ("The port authority advised skippers not to sail till Thursday.", date(2018, 11, 12),
         ("till Thursday", "2018-11-15", "2018-11-15", "day")),
        ("Officials said the storm would bring rain in isolated places from Wednesday night.", date(2018, 11, 12),
         ("Wednesday night", "2018-11-14", "2018-11-14", "day")),
        ("A poll in late December said most firms expected cuts.", date(2024, 9, 22),
         ("in late December", "2023-12-21", "2023-12-31", "interval")),
        ("Investment contracted by 1.2 percent (+7.1 percent in Q1).", date(2015, 8, 31),
         ("in Q1", "2015-01-01", "2015-03-31", "interval")),
        ("Shares have lost a third of their value since January.", date(2024, 11, 14),
         ("since January", "2024-01-01", "2024-11-14", "interval")),
        ("The flood was the worst since March last year.", date(2001, 7, 31),
         ("since March last year", "2000-03-01", "2001-07-31", "interval")),
        ("Import prices fell 2.5 percent in the year to March.", date(2024, 4, 17),
         ("in the year to March", "2023-04-01", "2024-03-31", "interval")),
        ("The band is booked from mid-March through the beginning of June.", date(2003, 1, 4),
         ("from mid-March through the beginning of June", "2003-03-11", "2003-06-10", "interval")),
        ("She said that 2003 would be their best year.", date(2003, 1, 4), ("2003", "2003-01-01", "2003-12-31", "year")),
    ],
)
def test_third_blind_round_rules(text, reference, expected):
    assert interval(text, reference)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every April 23, the assembly holds a special sitting.",  # a habit
        "Prices rose 0.4 percent from the previous month.",  # before another time
        "Rents doubled over the last year.",  # a duration
        "The lists were organized alphabetically by topic on Monday.",  # "organized by": no past marker needed
    ],
)
def test_habits_and_durations_are_no_dates(text):
    found = interval(text, date(2024, 4, 17))
    assert all(f[0] == "on Monday" for f in found)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The leaders meet today [13 September 2024] in the capital.", date(2024, 9, 13),
         [("today [13 September 2024]", "2024-09-13", "2024-09-13", "day")]),
        ("Workers have voted\nto strike at 10 p.m. Wednesday, the union said.", date(2015, 7, 21),
         [("Wednesday", "2015-07-22", "2015-07-22", "day")]),
        ("Visitors packed the 2016 Olympics and the previous 2012 Games.", date(2024, 1, 5),
         [("2016", "2016-01-01", "2016-12-31", "year"), ("2012", "2012-01-01", "2012-12-31", "year")]),
        ("Sales for the quarter ending December 31 are expected to grow.", date(2026, 1, 12),
         [("December 31", "2025-12-31", "2025-12-31", "day")]),
        ("Measles was declared eliminated two decades ago.", date(2019, 5, 6),
         [("two decades ago", "1999-01-01", "1999-12-31", "year")]),
    ],
)
def test_fourth_blind_round_rules(text, reference, expected):
    assert interval(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    ["The chain expects fiscal fourth quarter revenue to rise.", "Farming began in the last 2000 years."],
)
def test_fiscal_quarters_and_counts_are_no_dates(text):
    assert interval(text, date(2026, 1, 12)) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a conjunction after a comma opens a clause with its own tense
        ("Markets had bet on a pause this month, though a hike in November is possible.", date(2023, 10, 3),
         ("in November", "2023-11-01", "2023-11-30", "month")),
        # "due to" after an adjective is a cause, not a schedule
        ("Trains ran late due to heavy rains on Saturday.", date(2018, 6, 11),
         ("on Saturday", "2018-06-09", "2018-06-09", "day")),
        ("Troops will leave as the country prepares to vote on Wednesday.", date(2023, 12, 19),
         ("on Wednesday", "2023-12-20", "2023-12-20", "day")),
        ("A service will be held for the poet, who died Tuesday.", date(2019, 11, 11),
         ("Tuesday", "2019-11-05", "2019-11-05", "day")),
        # the weekday picks the year when the date is close to the article
        ("The keynote is expected on Monday, June 6, before the launch.", date(2022, 6, 7),
         ("on Monday, June 6", "2022-06-06", "2022-06-06", "day")),
        ("Arrivals doubled in the week ending on August 27.", date(2012, 8, 28),
         ("in the week ending on August 27", "2012-08-21", "2012-08-27", "interval")),
        ("Prices dipped at the start of the summer.", date(2010, 10, 28),
         ("the start of the summer", "2010-06-01", "2010-06-30", "interval")),
        ("If the trend continues to the end of the year, prices will be flat over 2010 as a whole.",
         date(2010, 10, 28), ("over 2010", "2010-01-01", "2010-12-31", "year")),
        ("The council wants the work started before the end of the year.", date(2023, 12, 19),
         ("before the end of the year", "2023-12-19", "2023-12-31", "interval")),
        ("Both “The Long Road” (1971) and its sequel were filmed.", date(2019, 11, 11),
         ("1971", "1971-01-01", "1971-12-31", "year")),
    ],
)
def test_fifth_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)


MON_22_AUG = date(2016, 8, 22)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a comparison with expectations is no plan
        ("The economy added a stronger-than-expected 147,000 jobs in June.", date(2025, 7, 3),
         ("in June", "2025-06-01", "2025-06-30", "month")),
        ("Prices rose as expected in June.", date(2025, 7, 3), ("in June", "2025-06-01", "2025-06-30", "month")),
        # a run of weekdays is one span: the last one in the past tense, the next one ahead
        ("The early voting period ran Thursday through Saturday in most counties.", MON_22_AUG,
         ("Thursday through Saturday", "2016-08-18", "2016-08-20", "interval")),
        ("The pool will be open Monday to Wednesday.", date(2016, 8, 19),
         ("Monday to Wednesday", "2016-08-22", "2016-08-24", "interval")),
        ("Talks went on between Monday and Wednesday.", date(2016, 8, 19),
         ("between Monday and Wednesday", "2016-08-15", "2016-08-17", "interval")),
        # a day named for its event, with no verb tense dating it, is the nearer one
        ("Tuesday's runoff includes one congressional contest.", MON_22_AUG,
         ("Tuesday", "2016-08-23", "2016-08-23", "day")),
        ("The toll from Thursday's landslide rose to 50.", MON_22_AUG, ("Thursday", "2016-08-18", "2016-08-18", "day")),
        # "a Tuesday advisory" is one advisory, dated
        ("According to a Tuesday advisory, the river is expected to crest.", MON_22_AUG,
         ("Tuesday", "2016-08-16", "2016-08-16", "day")),
    ],
)
def test_sixth_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)


def test_an_indefinite_weekday_is_any_one():
    assert interval("It is one of two rallies that end on a Monday.", date(2015, 1, 12)) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a participle after a count and a hyphenated adjective are no past tenses
        ("The depot will close, with four affected between July 15 and 29.", date(2025, 5, 28),
         ("July 15 and 29", "2025-07-15", "2025-07-29", "interval")),
        ("It is a holiday-shortened week, with the offices shut for New Year's Day.", date(2015, 12, 28),
         ("for New Year's Day", "2016-01-01", "2016-01-01", "day")),
        # a delay to a day points ahead
        ("The ferry was delayed to 9:07 a.m. EST Wednesday.", date(2018, 12, 18),
         ("Wednesday", "2018-12-19", "2018-12-19", "day")),
        ("The vote was postponed until Friday.", date(2018, 12, 18), ("until Friday", "2018-12-21", "2018-12-21", "day")),
        # the part of the day belongs to the weekday
        ("Early on Sunday morning the count resumed.", date(2016, 7, 5),
         ("on Sunday morning", "2016-07-03", "2016-07-03", "day")),
        ("The index ended back in the red for 2015.", date(2015, 12, 28),
         ("for 2015", "2015-01-01", "2015-12-31", "year")),
        # "since the end of last year" runs from that year's last day
        ("Since the end of last year, wheat futures are down 30 percent.", date(2015, 12, 28),
         ("Since the end of last year", "2014-12-31", "2015-12-28", "interval")),
    ],
)
def test_seventh_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)


def test_a_count_after_for_is_no_year():
    assert interval("Tents were put up for 2000 people.", date(2015, 12, 28)) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The firm intends to unveil its tablet on 25 September this year.", date(2014, 7, 5),
         ("on 25 September this year", "2014-09-25", "2014-09-25", "day")),
        ("An earlier report in the month of May said so.", date(2014, 7, 5),
         ("in the month of May", "2014-05-01", "2014-05-31", "month")),
        ("Delays one day after Christmas left people sleeping on floors.", date(2022, 12, 28),
         ("one day after Christmas", "2022-12-26", "2022-12-26", "day")),
        # a "when" clause after the day tells its tense
        ("The delays set up a busy day Wednesday when both crews plan to try again.", date(2018, 12, 18),
         ("Wednesday", "2018-12-19", "2018-12-19", "day")),
        ("The storm hit the coast on Wednesday, when thousands fled inland.", date(2018, 12, 18),
         ("on Wednesday", "2018-12-12", "2018-12-12", "day")),
    ],
)
def test_eighth_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)


@pytest.mark.parametrize("text", ["Shares fell on Monday.", "The vote comes on Thursday.", "Her birthday falls on Saturday."])
def test_a_weekday_after_fell_or_comes_is_still_a_date(text):
    assert len(interval(text, date(2014, 7, 5))) == 1


def test_the_weekday_of_a_date_is_no_date_of_its_own():
    found = interval("The fair opens on 19 September, which falls on Friday.", date(2014, 7, 5))
    assert found == [("on 19 September", "2014-09-19", "2014-09-19", "day")]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Last month's median price surpasses May as the new peak.", date(2017, 7, 24),
         ("May", "2017-05-01", "2017-05-31", "month")),
        # a comparison with "a year ago" moves the span named before it a year back
        ("June's sales pace is 0.7 percent above a year ago.", date(2017, 7, 24),
         ("a year ago", "2016-06-01", "2016-06-30", "month")),
        ("Stock at the end of June is 7.1 percent lower than a year ago.", date(2017, 7, 24),
         ("a year ago", "2016-06-21", "2016-06-30", "interval")),
        ("A year ago, the plant closed.", date(2017, 7, 24), ("A year ago", "2016-01-01", "2016-12-31", "year")),
        # a June with a written year does not lend it to the story's own June
        ("The price in June was $263,800, up 6.5 percent from June 2016.", date(2017, 7, 24),
         ("in June", "2017-06-01", "2017-06-30", "month")),
    ],
)
def test_ninth_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)


def test_may_the_modal_and_the_name_are_no_months():
    text = "Prime Minister Theresa May and her aides said she may resign. “We go,” said May. They may, or may not."
    assert interval(text, date(2017, 7, 24)) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # an ordinal before a noun is no day number
        ("On Sunday, the 27th annual marathon will take place.", date(2020, 1, 11),
         ("On Sunday", "2020-01-12", "2020-01-12", "day")),
        ("The vote is on Monday the 26th at noon.", date(2024, 2, 20),
         ("on Monday the 26th", "2024-02-26", "2024-02-26", "day")),
        # "a bit earlier this year" compares, it is this year
        ("And the race is starting a bit earlier this year.", date(2020, 1, 11),
         ("this year", "2020-01-01", "2020-12-31", "year")),
        ("Sales rose earlier this year.", date(2020, 6, 11), ("earlier this year", "2020-01-01", "2020-06-11", "interval")),
    ],
)
def test_tenth_blind_round_rules(text, reference, expected):
    assert expected in interval(text, reference)
