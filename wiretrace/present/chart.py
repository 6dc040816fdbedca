"""Inline SVG charts of figures over time, drawn in Python: no script, no network.

A chart shows one measure (say, troops deployed): one colour per asserter or outlet,
points joined in date order, and the hedge drawn as the marker shape, because "over
12,000" and "up to 12,000" are different claims: an up-triangle is a lower bound, a
down-triangle an upper bound, a diamond an approximation, a circle a plain figure, and a
vertical bar a stated range. A figure from an undated article sits at the article's
inferred publication bound with a dashed tail pointing where its true date may lie.
Every marker links to the sentence that states it.

The output is a standalone, well-formed SVG document fragment (parseable as XML) with all
text escaped, so it can be inlined into HTML as is.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Literal

Direction = Literal["lower_bound", "upper_bound", "approximate", "exact"]

# Hedge words by what they say about the true value relative to the stated one.
LOWER_BOUND_HEDGES = (
    "over", "more than", "at least", "upwards of", "in excess of", "above", "exceed", "plus", "no fewer than",
)
UPPER_BOUND_HEDGES = (
    "up to", "nearly", "almost", "under", "less than", "fewer than", "at most", "no more than", "below", "as many as",
)
APPROXIMATE_HEDGES = ("about", "around", "approximately", "roughly", "some", "estimated", "an estimated", "circa", "~")

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
OTHERS = "others"

WIDTH, HEIGHT = 760, 330
LEFT, RIGHT, TOP, BOTTOM = 72, 200, 34, 52
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM


@dataclass(frozen=True)
class ChartPoint:
    day: date
    value: float
    value_max: float | None  # upper end of a stated range
    hedge: str | None
    series: str  # who asserts it (or the outlet when the asserter is unknown)
    label: str  # tooltip: the figure as written, who, when
    href: str | None = None  # "#anchor" of the sentence
    date_bound: str | None = None  # "after", "before" or "between": `day` is an inferred bound


def hedge_direction(hedge: str | None) -> Direction:
    """What a hedge says about the true value: at least, at most, about, or exactly."""
    words = f" {(hedge or '').lower().strip()} "
    for direction, hedges in (
        ("upper_bound", UPPER_BOUND_HEDGES),
        ("lower_bound", LOWER_BOUND_HEDGES),
        ("approximate", APPROXIMATE_HEDGES),
    ):
        if any(f" {h} " in words for h in hedges):
            return direction  # type: ignore[return-value]
    return "exact"


def figures_chart_svg(points: list[ChartPoint], title: str, y_label: str) -> str:
    """An SVG chart of `points` over time, with axes, date ticks and legends."""
    if not points:
        raise ValueError("a chart needs at least one point")
    points = _limit_series(points)
    colours = _series_colours(points)
    x = _TimeScale(min(p.day for p in points), max(p.day for p in points))
    y = _ValueScale(max(max(p.value, p.value_max or 0) for p in points))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{_esc(title)}">',
        f"<title>{_esc(title)}</title>",
        f'<text x="{LEFT}" y="20" class="chart-title">{_esc(title)}</text>',
        *_y_axis(y, y_label),
        *_x_axis(x),
        *_series_lines(points, colours, x, y),
        *_markers(points, colours, x, y),
        *_legend(colours, points),
        "</svg>",
    ]
    return "\n".join(parts)


def _esc(text: str) -> str:
    return escape(text, quote=True)


def _limit_series(points: list[ChartPoint]) -> list[ChartPoint]:
    """Beyond the palette's size, the least-frequent series are drawn together as `others`."""
    counts: dict[str, int] = defaultdict(int)
    for p in points:
        counts[p.series] += 1
    if len(counts) <= len(PALETTE):
        return points
    keep = set(sorted(counts, key=lambda s: (-counts[s], s))[: len(PALETTE) - 1])
    return [p if p.series in keep else _as_other(p) for p in points]


def _as_other(p: ChartPoint) -> ChartPoint:
    return ChartPoint(p.day, p.value, p.value_max, p.hedge, OTHERS, p.label, p.href)


def _series_colours(points: list[ChartPoint]) -> dict[str, str]:
    names = sorted({p.series for p in points}, key=lambda s: (s == OTHERS, s.lower()))
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


class _TimeScale:
    def __init__(self, first: date, last: date) -> None:
        pad = max(2, (last - first).days // 20)
        self.first, self.last = first - timedelta(days=pad), last + timedelta(days=pad)
        self.days = (self.last - self.first).days

    def __call__(self, day: date) -> float:
        return LEFT + PLOT_W * (day - self.first).days / self.days

    def ticks(self) -> list[tuple[date, str]]:
        if self.days > 75:
            return self._month_ticks()
        step = next(s for s in (1, 2, 7, 14, 28) if self.days / s <= 8)
        return [(self.first + timedelta(days=d), (self.first + timedelta(days=d)).strftime("%d %b %Y"))
                for d in range(0, self.days + 1, step)]

    def _month_ticks(self) -> list[tuple[date, str]]:
        months = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month
        step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 8)
        ticks, year, month = [], self.first.year, self.first.month
        while True:
            month += 1
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            tick = date(year, month, 1)
            if tick > self.last:
                return ticks
            if (year * 12 + month - 1) % step == 0:
                ticks.append((tick, tick.strftime("%b %Y")))


class _ValueScale:
    def __init__(self, top_value: float) -> None:
        self.step = _nice_step(top_value / 5 if top_value > 0 else 1)
        self.top = self.step * max(1, math.ceil(top_value / self.step))

    def __call__(self, value: float) -> float:
        return TOP + PLOT_H * (1 - value / self.top)

    def ticks(self) -> list[float]:
        count = round(self.top / self.step)
        return [self.step * i for i in range(count + 1)]


def _nice_step(raw: float) -> float:
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def format_value(value: float) -> str:
    """Compact figure: 2,500 / 12k / 1.5m / 3bn (thousands abbreviated from 10,000 up)."""
    for threshold, unit, suffix in ((1e9, 1e9, "bn"), (1e6, 1e6, "m"), (1e4, 1e3, "k")):
        if abs(value) >= threshold:
            return f"{value / unit:,.4g}{suffix}"
    return exact_value(value)


def exact_value(value: float) -> str:
    """A figure in full with thousands separators: 12,000 / 2.5."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _y_axis(y: _ValueScale, label: str) -> list[str]:
    parts = [f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + PLOT_H}" class="axis"/>']
    for tick in y.ticks():
        py = y(tick)
        parts.append(f'<line x1="{LEFT}" y1="{py:.1f}" x2="{LEFT + PLOT_W}" y2="{py:.1f}" class="grid"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{py + 4:.1f}" class="tick" text-anchor="end">{format_value(tick)}</text>')
    mid = TOP + PLOT_H / 2
    parts.append(
        f'<text x="16" y="{mid:.1f}" class="axis-label" text-anchor="middle" '
        f'transform="rotate(-90 16 {mid:.1f})">{_esc(label)}</text>'
    )
    return parts


def _x_axis(x: _TimeScale) -> list[str]:
    base = TOP + PLOT_H
    parts = [f'<line x1="{LEFT}" y1="{base}" x2="{LEFT + PLOT_W}" y2="{base}" class="axis"/>']
    for day, text in x.ticks():
        px = x(day)
        parts.append(f'<line x1="{px:.1f}" y1="{base}" x2="{px:.1f}" y2="{base + 5}" class="axis"/>')
        parts.append(f'<text x="{px:.1f}" y="{base + 18}" class="tick" text-anchor="middle">{_esc(text)}</text>')
    parts.append(f'<text x="{LEFT + PLOT_W / 2:.1f}" y="{HEIGHT - 8}" class="axis-label" text-anchor="middle">'
                 "date stated (or published)</text>")
    return parts


def _by_series(points: list[ChartPoint]) -> dict[str, list[ChartPoint]]:
    grouped: dict[str, list[ChartPoint]] = defaultdict(list)
    for p in sorted(points, key=lambda p: (p.day, p.value)):
        grouped[p.series].append(p)
    return grouped


def _series_lines(points: list[ChartPoint], colours: dict[str, str], x: _TimeScale, y: _ValueScale) -> list[str]:
    parts = []
    for series, pts in _by_series(points).items():
        if len(pts) > 1:
            coords = " ".join(f"{x(p.day):.1f},{y(p.value):.1f}" for p in pts)
            parts.append(f'<polyline points="{coords}" fill="none" stroke="{colours[series]}" class="series-line"/>')
    return parts


def _markers(points: list[ChartPoint], colours: dict[str, str], x: _TimeScale, y: _ValueScale) -> list[str]:
    parts = []
    for p in points:
        px, py, colour = x(p.day), y(p.value), colours[p.series]
        shape = [_marker_shape(hedge_direction(p.hedge), px, py, colour)]
        if p.value_max is not None and p.value_max > p.value:
            shape.insert(0, _range_bar(px, py, y(p.value_max), colour))
        if p.date_bound:
            shape.insert(0, _date_tail(px, py, p.date_bound, colour))
        body = f"<title>{_esc(p.label)}</title>{''.join(shape)}"
        parts.append(f'<a href="{_esc(p.href)}">{body}</a>' if p.href else f"<g>{body}</g>")
    return parts


def _marker_shape(direction: Direction, px: float, py: float, colour: str, size: float = 6.0) -> str:
    style = f'fill="{colour}" stroke="#fff" stroke-width="1"'
    if direction == "lower_bound":
        return f'<polygon points="{px:.1f},{py - size:.1f} {px - size:.1f},{py + size * 0.8:.1f} {px + size:.1f},{py + size * 0.8:.1f}" {style}/>'
    if direction == "upper_bound":
        return f'<polygon points="{px:.1f},{py + size:.1f} {px - size:.1f},{py - size * 0.8:.1f} {px + size:.1f},{py - size * 0.8:.1f}" {style}/>'
    if direction == "approximate":
        return f'<polygon points="{px:.1f},{py - size:.1f} {px + size:.1f},{py:.1f} {px:.1f},{py + size:.1f} {px - size:.1f},{py:.1f}" {style}/>'
    return f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{size * 0.8:.1f}" {style}/>'


def _range_bar(px: float, y_low: float, y_high: float, colour: str) -> str:
    return (
        f'<path d="M{px:.1f},{y_low:.1f} V{y_high:.1f} M{px - 4:.1f},{y_high:.1f} H{px + 4:.1f}" '
        f'stroke="{colour}" stroke-width="2" fill="none"/>'
    )


def _date_tail(px: float, py: float, bound: str, colour: str, length: float = 22.0) -> str:
    """A dashed line towards the side of the bound where the undated figure's date lies."""
    end = px - length if bound == "before" else px + length
    return f'<path d="M{px:.1f},{py:.1f} H{end:.1f}" stroke="{colour}" stroke-width="2" stroke-dasharray="3 2" fill="none"/>'


def _legend(colours: dict[str, str], points: list[ChartPoint]) -> list[str]:
    lx, ly = LEFT + PLOT_W + 16, TOP + 4
    parts = [f'<text x="{lx}" y="{ly}" class="legend-head">asserted by</text>']
    for i, (series, colour) in enumerate(colours.items()):
        row = ly + 16 * (i + 1)
        parts.append(f'<line x1="{lx}" y1="{row - 4}" x2="{lx + 16}" y2="{row - 4}" stroke="{colour}" stroke-width="3"/>')
        parts.append(f'<text x="{lx + 22}" y="{row}" class="legend">{_esc(_shorten(series))}</text>')
    return parts + _hedge_legend(lx, ly + 16 * (len(colours) + 2), points)


def _hedge_legend(lx: float, ly: float, points: list[ChartPoint]) -> list[str]:
    used = {hedge_direction(p.hedge) for p in points}
    entries = [
        ("lower_bound", "over / at least"),
        ("upper_bound", "up to / nearly"),
        ("approximate", "about / around"),
        ("exact", "stated figure"),
    ]
    parts = [f'<text x="{lx}" y="{ly}" class="legend-head">hedge</text>']
    shown = [(d, text) for d, text in entries if d in used]
    for i, (direction, text) in enumerate(shown):
        row = ly + 16 * (i + 1)
        parts.append(_marker_shape(direction, lx + 8, row - 4, "#555", size=5))  # type: ignore[arg-type]
        parts.append(f'<text x="{lx + 22}" y="{row}" class="legend">{text}</text>')
    if any(p.value_max is not None and p.value_max > p.value for p in points):
        row = ly + 16 * (len(shown) + 1)
        parts.append(_range_bar(lx + 8, row, row - 10, "#555"))
        parts.append(f'<text x="{lx + 22}" y="{row}" class="legend">range (low to high)</text>')
    if any(p.date_bound for p in points):
        row = ly + 16 * (len(shown) + 2)
        parts.append(_date_tail(lx, row - 4, "after", "#555", length=16))
        parts.append(f'<text x="{lx + 22}" y="{row}" class="legend">undated: after / before</text>')
    return parts


def _shorten(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
