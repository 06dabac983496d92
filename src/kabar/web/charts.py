"""Geometry for the entity page's small SVG charts (the template draws it; nothing here is markup).

* mentions over time: one bar per month (per day when everything falls in
  one month), bar height proportional to mentions;
* co-occurring entities: the entity in the centre, its most frequent
  companions on an ellipse around it, line width by shared documents;
* a storyline's coverage: a row per outlet, a dot per day with articles.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Any

CHART_W, CHART_H = 480, 120
BAR_GAP = 2
AXIS_H = 16  # room under the bars for the first and last labels
GRAPH_W, GRAPH_H = 640, 320
GRAPH_RX, GRAPH_RY = 200, 112  # companions on an ellipse: room for labels left and right
LABEL_CHARS = 20
CHAR_W = 6.8  # average width of a label character at the charts' 12 px font
LABEL_MARGIN = 4
VERTICAL_ZONE = 0.35  # |cos| below this: the node is above or below the centre
COVERAGE_LABEL_W, COVERAGE_PAD = 130, 14
COVERAGE_SLOT_W, COVERAGE_PLOT_MIN, COVERAGE_PLOT_MAX = 26, 180, 480  # plot width: per column, at least, at most
COVERAGE_TOP, COVERAGE_ROW_H = 18, 26
COVERAGE_DAYS = 90  # longer spans are drawn per week (and per month beyond 7x this)
DOT_R_MIN, DOT_R_MAX = 4.0, 10.0
# Lines between companions: only pairs sharing this many documents, at most this many lines.
PAIR_MIN_SHARED = 2
MAX_PAIR_EDGES = 24
NODE_R_MIN, NODE_R_MAX = 6, 14
EDGE_W_MIN, EDGE_W_MAX = 1.0, 6.0
MONTH_CHARS = 7  # "2024-03"


def mention_bars(counts: Counter) -> dict[str, Any]:
    """Bars for ``{date: mentions}`` (ISO dates or months), bucketed by month unless one month only."""
    dated = {d: n for d, n in counts.items() if d}
    if not dated:
        return {"width": CHART_W, "height": CHART_H, "bars": [], "first": None, "last": None}
    months = {d[:MONTH_CHARS] for d in dated}
    key_len = MONTH_CHARS if len(months) > 1 else None
    buckets: Counter = Counter()
    for d, n in dated.items():
        buckets[d[:key_len] if key_len else d] += n
    labels = _fill_months(sorted(buckets)) if key_len else sorted(buckets)
    top = max(buckets.values())
    slot = CHART_W / len(labels)
    plot_h = CHART_H - AXIS_H
    bars = []
    for i, label in enumerate(labels):
        h = round(plot_h * buckets[label] / top, 1)
        bars.append({"x": round(i * slot, 1), "y": round(plot_h - h, 1), "w": round(max(1.0, slot - BAR_GAP), 1),
                     "h": h, "label": label, "count": buckets[label]})
    return {"width": CHART_W, "height": CHART_H, "bars": bars, "first": labels[0], "last": labels[-1],
            "axis_y": CHART_H - 3}


def _fill_months(months: list[str]) -> list[str]:
    """Every month from the first to the last (empty months get empty bars, so time reads evenly)."""
    year, month = map(int, months[0].split("-"))
    end = tuple(map(int, months[-1].split("-")))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def cooccurrence_graph(center: dict[str, Any], neighbours: list[dict[str, Any]],
                       pairs: Counter) -> dict[str, Any]:
    """Node positions, label positions and edges; ``neighbours`` carry ``id``, ``name``, ``shared`` (documents).

    Companions sit on an ellipse wider than tall, so that labels written
    outwards from their node (above at the top, below at the bottom, to
    the side elsewhere) never run into each other.
    """
    cx, cy = GRAPH_W / 2, GRAPH_H / 2
    top = max((n["shared"] for n in neighbours), default=1)
    nodes = [{**center, "x": cx, "y": cy, "r": NODE_R_MAX, "center": True, "anchor": "middle",
              "label": _short(center["name"]), "label_x": cx, "label_y": cy - NODE_R_MAX - 5}]
    edges = []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / max(1, len(neighbours)) - math.pi / 2
        x, y = round(cx + GRAPH_RX * math.cos(angle), 1), round(cy + GRAPH_RY * math.sin(angle), 1)
        share = n["shared"] / top
        r = round(NODE_R_MIN + (NODE_R_MAX - NODE_R_MIN) * share, 1)
        place = _label_place(angle, x, y, r)
        nodes.append({**n, "x": x, "y": y, "r": r, "center": False,
                      "label": _short(n["name"], place.pop("room", LABEL_CHARS)), **place})
        edges.append({"x1": cx, "y1": cy, "x2": x, "y2": y,
                      "w": round(EDGE_W_MIN + (EDGE_W_MAX - EDGE_W_MIN) * share, 1), "strong": True})
    position = {n["id"]: n for n in nodes[1:]}
    strong_pairs = [(a, b) for (a, b), n in pairs.most_common() if n >= PAIR_MIN_SHARED
                    and a in position and b in position][:MAX_PAIR_EDGES]
    edges += [{"x1": position[a]["x"], "y1": position[a]["y"], "x2": position[b]["x"], "y2": position[b]["y"],
               "w": EDGE_W_MIN, "strong": False} for a, b in strong_pairs]
    return {"width": GRAPH_W, "height": GRAPH_H, "nodes": nodes, "edges": edges}


def _short(name: str, room: int = LABEL_CHARS) -> str:
    """A label short enough to stay clear of its neighbours and inside the chart."""
    limit = min(LABEL_CHARS, room)
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def _label_place(angle: float, x: float, y: float, r: float) -> dict[str, Any]:
    """Where a companion's label goes: outwards from the centre."""
    dx, dy = math.cos(angle), math.sin(angle)
    if abs(dx) < VERTICAL_ZONE:  # straight above or below: centred over or under the node
        return {"anchor": "middle", "label_x": x, "label_y": round(y - r - 5 if dy < 0 else y + r + 13, 1)}
    label_x = round(x + (r + 4) * (1 if dx > 0 else -1), 1)
    room = (GRAPH_W - LABEL_MARGIN - label_x) if dx > 0 else (label_x - LABEL_MARGIN)
    return {"anchor": "start" if dx > 0 else "end", "label_x": label_x, "label_y": round(y + 4, 1),
            "room": max(4, int(room / CHAR_W))}


def coverage(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Articles per outlet per day (per week or month over long spans): one row per outlet, a dot per period.

    ``docs`` carry ``outlet`` and ``published``; undated ones are left out.
    Outlets are ordered by their first article, so the first to report is on top.
    """
    dated = [(d["outlet"] or "?", d["published"][:10]) for d in docs if d.get("published")]
    days = sorted({_day(p) for _, p in dated if _day(p)})
    if not days:
        return {"rows": []}
    bucket = _bucket_size((days[-1] - days[0]).days)
    start = days[0]
    slots = (days[-1] - start).days // bucket + 1
    counts: dict[str, Counter] = {}
    for outlet, published in dated:
        day = _day(published)
        if day:
            counts.setdefault(outlet, Counter())[(day - start).days // bucket] += 1
    return _coverage_geometry(counts, start, bucket, slots)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _bucket_size(span_days: int) -> int:
    """Days per column: one for spans up to COVERAGE_DAYS, else weeks, else 30-day months."""
    if span_days < COVERAGE_DAYS:
        return 1
    return 7 if span_days < COVERAGE_DAYS * 7 else 30


def _coverage_geometry(counts: dict[str, Counter], start: dt.date, bucket: int, slots: int) -> dict[str, Any]:
    """Rows, dots and axis ticks in the chart's own coordinates."""
    outlets = sorted(counts, key=lambda o: (min(counts[o]), o))
    top = max(n for c in counts.values() for n in c.values())
    plot_w = min(max(slots * COVERAGE_SLOT_W, COVERAGE_PLOT_MIN), COVERAGE_PLOT_MAX)  # few days: a narrow chart
    width = COVERAGE_LABEL_W + 2 * COVERAGE_PAD + plot_w
    step = plot_w / max(1, slots - 1) if slots > 1 else 0
    left = COVERAGE_LABEL_W + COVERAGE_PAD
    x_of = lambda slot: round(left + (slot * step if slots > 1 else plot_w / 2), 1)  # noqa: E731
    rows = []
    for i, outlet in enumerate(outlets):
        y = COVERAGE_TOP + i * COVERAGE_ROW_H
        cells = [{"x": x_of(slot), "day": (start + dt.timedelta(days=slot * bucket)).isoformat(), "count": n,
                  "r": round(DOT_R_MIN + (DOT_R_MAX - DOT_R_MIN) * math.sqrt(n / top), 1)}
                 for slot, n in sorted(counts[outlet].items())]
        rows.append({"outlet": outlet, "label": _short(outlet, int(COVERAGE_LABEL_W / CHAR_W) - 1), "y": y,
                     "cells": cells, "total": sum(counts[outlet].values())})
    last = (start + dt.timedelta(days=(slots - 1) * bucket)).isoformat()
    ticks = [{"x": x_of(0), "day": start.isoformat(), "anchor": "start" if slots > 1 else "middle"}]
    if slots > 1:
        ticks.append({"x": x_of(slots - 1), "day": last, "anchor": "end"})
    height = COVERAGE_TOP + len(outlets) * COVERAGE_ROW_H + AXIS_H
    return {"width": width, "height": height, "label_w": COVERAGE_LABEL_W, "rows": rows, "ticks": ticks,
            "bucket_days": bucket}
