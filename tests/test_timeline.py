"""Dated events per article: sentences, bullets, actors and inferred publication bounds."""

from datetime import date
from pathlib import Path

import pytest

from wiretrace.analyse.timeline import events_in_text, infer_publication_bound, text_units
from wiretrace.model import Article, Mention, Span


def article(text: str, published: str | None = None, article_id: str = "a1") -> Article:
    return Article(id=article_id, source="test", input_format="text", raw=text, text=text,
                   text_hash=article_id, published=published)


BRIEFING = """Envoys trade accusations over grain corridor

Key developments:
• 14 July: Turkey hosted talks in Ankara, brokering a partial deal on shipping lanes
• 2 September: Insurers raised premiums for vessels calling at Odesa
• 30 September: The navy reported two mines cleared near the corridor

Officials said the corridor must reopen by 15 November, and warned ships could face delays this week."""


def test_bullets_give_one_event_each_dated_by_their_prefix():
    events = events_in_text(article(BRIEFING, "2024-10-09"), [])
    bullets = [e for e in events if e.precision == "day"]
    assert [(e.date_text, e.date_start) for e in bullets] == [
        ("14 July", "2024-07-14"), ("2 September", "2024-09-02"), ("30 September", "2024-09-30"),
    ]
    assert bullets[0].description == "Turkey hosted talks in Ankara, brokering a partial deal on shipping lanes"
    text = BRIEFING
    for event in events:
        assert event.date_text in text[event.span.start:event.span.end]


def test_sentence_events_keep_their_sentence_and_resolve_relative_dates():
    events = events_in_text(article(BRIEFING, "2024-10-09"), [])
    last = [e for e in events if e.precision != "day"]
    assert [(e.date_text, e.date_start, e.date_end, e.precision) for e in last] == [
        ("by 15 November", "2024-10-09", "2024-11-15", "interval"),
        ("this week", "2024-10-07", "2024-10-13", "week"),
    ]
    sentence = BRIEFING[last[0].span.start:last[0].span.end]
    assert sentence.startswith("Officials said") and sentence.endswith("this week.")


def test_actors_are_entity_ids_of_mentions_inside_the_span():
    text = "On Monday, Ana Pereira met Turkey's envoy. Later Brazil objected."
    mentions = [
        Mention(Span("a1", 11, 22), "Ana Pereira", "PERSON", "person:ana-pereira"),
        Mention(Span("a1", 27, 33), "Turkey", "GPE", "gpe:turkey"),
        Mention(Span("a1", 49, 55), "Brazil", "GPE", "gpe:brazil"),
    ]
    (event,) = events_in_text(article(text, "2024-03-06"), mentions)
    assert event.date_start == "2024-03-04"
    assert event.actors == ["person:ana-pereira", "gpe:turkey"]


def test_datelines_and_headings_are_not_events():
    text = "Maria Lopes Thursday, 9 January 2025, 04:47\nRelated: 18 June\nThe court ruled on 8 January that the law stands."
    events = events_in_text(article(text, "2025-01-09"), [])
    assert [e.date_text for e in events] == ["on 8 January"]


def test_undated_article_uses_its_own_dates_with_a_year_as_the_bound():
    text = ("The inquiry into the contract opened on 3 March 2023.\n"
            "• 18 June: Witnesses testified before the panel in closed session\n"
            "This week the chair said the report would come by 1 August.")
    events = events_in_text(article(text), [])
    stated = {e.date_text: (e.date_start, e.date_end) for e in events if not e.inferred}
    assert stated["on 3 March 2023"] == ("2023-03-03", "2023-03-03")
    assert stated["18 June"] == ("2023-06-18", "2023-06-18")  # the year nearest the stated date
    assert stated["by 1 August"] == ("2023-08-01", "2023-08-01")
    assert "This week" not in stated  # relative to an unknown day: left out
    bound = [e for e in events if e.inferred]
    assert len(bound) == 1 and bound[0].precision == "interval"
    # after the latest date it reports, before the date it still looks forward to
    assert (bound[0].bound, bound[0].date_start, bound[0].date_end) == ("between", "2023-06-18", "2023-08-01")


def test_undated_article_with_a_fallback_reference():
    text = ("• 18 June: Ministers signed a partnership treaty in the capital\n"
            "• 4 October: A newspaper reported shell shipments from the ally\n"
            "Officials expect the first units to arrive by 1 November.")
    events = events_in_text(article(text), [], reference=date(2025, 1, 9))
    dated = {e.date_text: e.date_start for e in events if not e.inferred}
    assert dated == {"18 June": "2024-06-18", "4 October": "2024-10-04", "by 1 November": "2024-11-01"}
    bound = infer_publication_bound(events, text)
    assert bound is not None and bound.date_start == "2024-10-04" and bound.inferred
    assert [e for e in events if e.inferred] == [bound]


def test_no_reference_no_year_no_events():
    assert events_in_text(article("This week, on 18 June, troops trained until 1 November."), []) == []


def test_text_units_split_lines_sentences_and_bullets():
    text = "First one. Second one!\n  • a bullet\nThird"
    units = [(text[s:e], bullet) for s, e, bullet in text_units(text)]
    assert units == [("First one.", False), ("Second one!", False), ("a bullet", True), ("Third", False)]


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def seed(prefix: str) -> Article:
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not present")
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return article(path.read_text(encoding="utf-8"), article_id=prefix)


def test_seed_002_bullets_dated_against_the_story_reference():
    from wiretrace.analyse.timeline import extract_events
    from wiretrace.nlp import annotate

    events = extract_events(annotate(seed("002")), reference=date(2025, 1, 9))
    dated = [(e.date_text, e.date_start) for e in events if not e.inferred]
    assert ("18 June", "2024-06-18") in dated and ("4 October", "2024-10-04") in dated
    assert ("11 October", "2024-10-11") in dated
    june = next(e for e in events if e.date_text == "18 June")
    assert june.description.startswith("Putin visited Pyongyang")
    assert any(a.startswith("person:") for a in june.actors)
    bound = [e for e in events if e.inferred]
    assert [b.date_start for b in bound] == ["2024-10-11"]


def test_seed_003_deadline_and_unresolved_this_week():
    from wiretrace.analyse.timeline import extract_events
    from wiretrace.nlp import annotate

    ann = annotate(seed("003"))
    assert [e for e in extract_events(ann) if e.date_text.lower() == "this week"] == []
    events = extract_events(ann, reference=date(2025, 1, 9))
    deadline = next(e for e in events if e.date_text == "by 1 November")
    assert deadline.date_end == "2024-11-01"
    assert "This week" in seed("003").text[deadline.span.start:deadline.span.end]


def test_since_as_a_yardstick_is_no_event():
    text = "Output in December was the lowest since 1978, while the mill has been closed since 3 May."
    events = events_in_text(article(text, "2025-01-09"), [])
    assert [e.date_text for e in events] == ["in December", "since 3 May"]
    assert events[1].date_start == "2024-05-03" and events[1].date_end == "2025-01-09"


def test_wire_dateline_is_no_event_and_abbreviated_months_stay_whole():
    text = "LIMA, Oct 24 (Wirenews) - Rescuers said the quake killed nine people. An aftershock on Oct. 17 was weaker."
    events = events_in_text(article(text, "2024-10-24"), [])
    assert [(e.date_text, e.date_start) for e in events] == [("on Oct. 17", "2024-10-17")]


def test_a_release_dateline_with_its_source_is_no_event():
    text = "Lakeport, N.Y. – March 3, 2019 (harbour.example) Ferry traffic slipped in February, the board said."
    events = events_in_text(article(text, "2019-03-03"), [])
    assert [(e.date_text, e.date_start) for e in events] == [("in February", "2019-02-01")]


def test_a_bare_year_does_not_anchor_yearless_dates():
    text = "The fair, first held in 1998, drew record crowds.\n• 18 June: Organisers opened a second hall for visitors"
    events = events_in_text(article(text), [])
    assert [(e.date_text, e.date_start) for e in events if not e.inferred] == [("in 1998", "1998-01-01")]



def test_a_plan_reported_after_the_fact_sets_no_upper_bound():
    text = ("On 3 March 2023 the minister said the bridge would open on 1 February 2023.\n"
            "Crews finished the deck on 2 March 2023.")
    bound = [e for e in events_in_text(article(text), []) if e.inferred]
    assert [(b.bound, b.date_start) for b in bound] == [("after", "2023-03-03")]


def test_dated_bullet_keeps_its_own_years_and_datelines_with_a_colon_are_no_events():
    text = ("HARBOUR CITY, Mar 3: The council met again.\n\n"
            "- March 1: The mayor promised fresh elections in 2027 and resigned the next day.\n"
            "- March 2: Crowds gathered on Monday outside the town hall.")
    events = events_in_text(article(text, "2025-03-04"), [])
    assert [(e.date_text, e.date_start) for e in events] == [
        ("March 1", "2025-03-01"), ("in 2027", "2027-01-01"), ("March 2", "2025-03-02"),
    ]


def test_clock_time_before_a_time_zone_ends_no_sentence():
    text = "The launch was set for 4:58 p.m. EDT on June 14 at the coastal pad."
    assert len(text_units(text)) == 1


def test_since_the_year_of_a_yardstick_is_no_event():
    text = "Volumes were the highest since the 2008 crash, traders said on Friday."
    events = events_in_text(article(text, "2024-12-06"), [])
    assert [e.date_text for e in events] == ["on Friday"]


def test_agency_dateline_without_a_place_is_no_event():
    text = "Jun 3 (Reuters) - The airline said on Monday it would cancel dozens of flights."
    events = events_in_text(article(text, "2023-06-03"), [])
    assert [e.date_text for e in events] == ["on Monday"]


def test_records_since_a_year_are_a_yardstick():
    text = "The archive allows comparison of monthly records since 1772, the curator said on Monday."
    events = events_in_text(article(text, "2024-06-04"), [])
    assert [e.date_text for e in events] == ["on Monday"]


def test_a_date_run_into_the_first_sentence_is_a_dateline():
    text = "March 3 Some pilots plan to strike on Friday, their union said."
    events = events_in_text(article(text, "2025-03-03"), [])
    assert [e.date_text for e in events] == ["on Friday"]
