"""The inline SVG chart: well-formed XML, hedges as marker shapes, readable axes, bounded legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from wiretrace.present.chart import (
    PALETTE,
    ChartPoint,
    exact_value,
    figures_chart_svg,
    format_value,
    hedge_direction,
)

NS = "{http://www.w3.org/2000/svg}"


def point(day: date, value: float, series: str = "Ministry", hedge: str | None = None, value_max: float | None = None,
          href: str | None = "#a-x-0-5") -> ChartPoint:
    return ChartPoint(day, value, value_max, hedge, series, f"{value} by {series}", href)


def texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{NS}text")]


@pytest.mark.parametrize(
    ("hedge", "direction"),
    [("over", "lower_bound"), ("more than", "lower_bound"), ("at least", "lower_bound"),
     ("up to", "upper_bound"), ("nearly", "upper_bound"), ("no more than", "upper_bound"),
     ("about", "approximate"), ("around", "approximate"), (None, "exact"), ("", "exact")],
)
def test_hedge_direction(hedge, direction):
    assert hedge_direction(hedge) == direction


def test_each_hedge_gets_its_own_marker_and_ranges_get_a_bar():
    start = date(2024, 10, 1)
    svg = figures_chart_svg(
        [point(start, 3000, hedge="over"), point(start + timedelta(days=30), 10000, hedge="up to"),
         point(start + timedelta(days=60), 11000, hedge="about"), point(start + timedelta(days=90), 12000),
         point(start + timedelta(days=100), 10000, value_max=12000)],
        "Troops over time", "troops",
    )
    root = ET.fromstring(svg)
    links = list(root.iter(f"{NS}a"))
    assert len(links) == 5 and all(a.get("href") == "#a-x-0-5" for a in links)
    shapes = [[c.tag.removeprefix(NS) for c in a if c.tag != f"{NS}title"] for a in links]
    assert shapes == [["polygon"], ["polygon"], ["polygon"], ["circle"], ["path", "circle"]]
    up, down = (a.find(f"{NS}polygon").get("points") for a in links[:2])
    assert float(up.split()[0].split(",")[1]) < float(up.split()[1].split(",")[1])  # apex above: "over"
    assert float(down.split()[0].split(",")[1]) > float(down.split()[1].split(",")[1])  # apex below: "up to"
    labels = texts(svg)
    assert {"over / at least", "up to / nearly", "about / around", "stated figure", "range (low to high)"} <= set(labels)
    assert "troops" in labels and "Troops over time" in labels


def test_axes_show_month_ticks_over_months_and_day_ticks_over_days():
    months = texts(figures_chart_svg([point(date(2024, 10, 3), 1), point(date(2025, 2, 20), 2)], "t", "y"))
    assert "Nov 2024" in months and "Jan 2025" in months
    days = texts(figures_chart_svg([point(date(2025, 1, 3), 1), point(date(2025, 1, 9), 2)], "t", "y"))
    assert any(t.endswith("Jan 2025") and t[:2].isdigit() for t in days)


def test_single_day_and_single_point_still_draw():
    svg = figures_chart_svg([point(date(2025, 1, 3), 500)], "t", "y")
    assert len(list(ET.fromstring(svg).iter(f"{NS}a"))) == 1
    with pytest.raises(ValueError):
        figures_chart_svg([], "t", "y")


def test_too_many_series_fold_into_others():
    pts = [point(date(2025, 1, 1 + i), 100 + i, series=f"Speaker {i}") for i in range(12)]
    labels = texts(figures_chart_svg(pts, "t", "y"))
    series_labels = [t for t in labels if t.startswith("Speaker") or t == "others"]
    assert len(series_labels) == len(PALETTE) and "others" in series_labels


def test_hostile_labels_are_escaped():
    svg = figures_chart_svg([point(date(2025, 1, 1), 1, series='<script>x</script>"'),
                             point(date(2025, 1, 2), 2, href='#"><script>')], '<b>"t"</b>', "y&z")
    root = ET.fromstring(svg)
    assert "<script>" not in svg and "<b>" not in svg
    assert any("<script>x</script>" in t for t in texts(svg))  # readable once parsed
    assert root.find(f"{NS}title").text == '<b>"t"</b>'


def test_value_ticks_are_round_numbers():
    assert format_value(12000) == "12k" and format_value(2500) == "2,500" and format_value(1_500_000) == "1.5m"
    assert exact_value(12000.0) == "12,000" and exact_value(2.5) == "2.5"
    labels = texts(figures_chart_svg([point(date(2025, 1, 1), 3000), point(date(2025, 1, 5), 12000)], "t", "y"))
    assert {"0", "5k"} & set(labels) or {"0", "4k"} & set(labels)
