"""Geometry of the server-side SVG charts; the templates draw it (and escape its text)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

WIDTH, HEIGHT = 880, 300
LEFT, RIGHT, TOP, BOTTOM = 44, 48, 16, 44


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    month: str
    quad: int
    count: int
    href: str | None


@dataclass
class Chart:
    """Stacked monthly bars (quad classes 1-4) and a mean-Goldstein line on a -10..10 axis."""

    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    dots: list[tuple[float, float, str, float]] = field(default_factory=list)
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)
    g_ticks: list[tuple[float, int]] = field(default_factory=list)
    base: float = HEIGHT - BOTTOM
    left: int = LEFT
    right: int = WIDTH - RIGHT


def _axis(value: int) -> tuple[int, int]:
    """A round axis maximum at or above `value` and its integer tick step (4-5 ticks)."""
    raw = max(value, 1) / 4
    magnitude = 10 ** int(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(max(value, 1) / step), step


def stacked_chart(
    series: list[dict[str, Any]], href: Callable[[str, int], str] | None = None
) -> Chart:
    """Lay out a monthly series (`month`, `quads`, `mean_goldstein` per item).

    Args:
        series: the months, oldest first, as from `dyad_series` or `timeline`.
        href: the link of the bar of (month, quad class), if bars are links.
    """
    chart = Chart()
    if not series:
        return chart
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top, step = _axis(max(item["total"] for item in series))
    slot = plot_w / len(series)
    bar_w = max(min(slot * 0.7, 60.0), 1.0)
    every = max(1, math.ceil(len(series) / 14))
    points: list[str] = []
    for i, item in enumerate(series):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = float(chart.base)
        for quad, count in enumerate(item["quads"], start=1):
            if count:
                h = count / top * plot_h
                y -= h
                link = href(item["month"], quad) if href else None
                chart.bars.append(Bar(round(x, 1), round(y, 1), round(bar_w, 1), round(h, 1),
                                      item["month"], quad, count, link))  # fmt: skip
        centre = round(LEFT + (i + 0.5) * slot, 1)
        if i % every == 0:
            chart.x_labels.append((centre, item["month"]))
        mean = item["mean_goldstein"]
        if mean is None:
            if len(points) > 1:
                chart.lines.append(" ".join(points))
            points = []
            continue
        gy = round(TOP + (10 - mean) / 20 * plot_h, 1)
        points.append(f"{centre},{gy}")
        chart.dots.append((centre, gy, item["month"], mean))
    if len(points) > 1:
        chart.lines.append(" ".join(points))
    chart.y_ticks = [(round(chart.base - t / top * plot_h, 1), t) for t in range(0, top + 1, step)]
    chart.g_ticks = [(round(TOP + (10 - g) / 20 * plot_h, 1), g) for g in (10, 5, 0, -5, -10)]
    return chart


@dataclass(frozen=True)
class Node:
    code: str
    x: float
    y: float
    events: int


@dataclass(frozen=True)
class Edge:
    a: Node
    b: Node
    events: int
    mean: float
    colour: str
    width: float


def goldstein_colour(mean: float) -> str:
    """Red for conflict (-10), grey at 0, green for cooperation (+10)."""
    t = max(-1.0, min(1.0, mean / 10))
    grey, red, green = (150, 150, 150), (200, 30, 30), (20, 140, 60)
    end = green if t > 0 else red
    r, g, b = (round(c0 + (c1 - c0) * abs(t)) for c0, c1 in zip(grey, end, strict=True))
    return f"rgb({r},{g},{b})"


def network_layout(dyads: list[dict[str, Any]], size: int = 640) -> tuple[list[Node], list[Edge]]:
    """Actors on a circle (most active first, clockwise from the top), one edge per dyad."""
    totals: dict[str, int] = {}
    for d in dyads:
        for code in (d["a"], d["b"]):
            totals[code] = totals.get(code, 0) + int(d["events"])
    order = sorted(totals, key=lambda c: (-totals[c], c))
    radius, centre = size / 2 - 60, size / 2
    nodes: dict[str, Node] = {}
    for i, code in enumerate(order):
        angle = 2 * math.pi * i / max(len(order), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes[code] = Node(code, round(x, 1), round(y, 1), totals[code])
    most = max((int(d["events"]) for d in dyads), default=1)
    edges = [
        Edge(nodes[d["a"]], nodes[d["b"]], int(d["events"]), float(d["mean_goldstein"]),
             goldstein_colour(float(d["mean_goldstein"])),
             round(1.5 + 6 * int(d["events"]) / most, 1))
        for d in dyads
    ]  # fmt: skip
    return list(nodes.values()), edges
