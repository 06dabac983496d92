"""Geometry for the entity page's small SVG charts (the template draws it; nothing here is markup).

* mentions over time: one bar per month (per day when everything falls in
  one month), bar height proportional to mentions;
* co-occurring entities: the entity in the centre, its most frequent
  companions on a circle around it, line width by shared documents.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

CHART_W, CHART_H = 480, 120
BAR_GAP = 2
AXIS_H = 16  # room under the bars for the first and last labels
GRAPH_W, GRAPH_H = 640, 300
GRAPH_RADIUS = 110
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
    """Node positions and edges; ``neighbours`` carry ``id``, ``name``, ``shared`` (documents)."""
    cx, cy = GRAPH_W / 2, GRAPH_H / 2
    top = max((n["shared"] for n in neighbours), default=1)
    nodes = [{**center, "x": cx, "y": cy, "r": NODE_R_MAX, "center": True}]
    edges = []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / max(1, len(neighbours)) - math.pi / 2
        x, y = round(cx + GRAPH_RADIUS * math.cos(angle), 1), round(cy + GRAPH_RADIUS * math.sin(angle), 1)
        share = n["shared"] / top
        nodes.append({**n, "x": x, "y": y, "r": round(NODE_R_MIN + (NODE_R_MAX - NODE_R_MIN) * share, 1),
                      "center": False, "anchor": "start" if x >= cx else "end"})
        edges.append({"x1": cx, "y1": cy, "x2": x, "y2": y,
                      "w": round(EDGE_W_MIN + (EDGE_W_MAX - EDGE_W_MIN) * share, 1), "strong": True})
    position = {n["id"]: n for n in nodes[1:]}
    strong_pairs = [(a, b) for (a, b), n in pairs.most_common() if n >= PAIR_MIN_SHARED
                    and a in position and b in position][:MAX_PAIR_EDGES]
    edges += [{"x1": position[a]["x"], "y1": position[a]["y"], "x2": position[b]["x"], "y2": position[b]["y"],
               "w": EDGE_W_MIN, "strong": False} for a, b in strong_pairs]
    return {"width": GRAPH_W, "height": GRAPH_H, "nodes": nodes, "edges": edges}
