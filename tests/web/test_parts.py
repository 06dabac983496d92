"""The pieces under the pages: annotated segments, snippet marks, chart geometry, the read pool."""
from __future__ import annotations

from collections import Counter

import pytest

from kabar.errors import StoreError
from kabar.web import annotate, charts
from kabar.web.db import Database, ReadOnlyStore

from .conftest import plain_document


def span(start, end, kind, title="t", href=None):
    return {"start": start, "end": end, "kind": kind, "title": title, "href": href}


@pytest.mark.parametrize("text, spans, expected", [
    ("abc", [], [("abc", [])]),
    ("ab cd ef", [span(3, 5, "entity")], [("ab ", []), ("cd", ["entity"]), (" ef", [])]),
    ('"X kata Y"', [span(0, 10, "quote"), span(1, 2, "entity")],
     [('"', ["quote"]), ("X", ["entity", "quote"]), (' kata Y"', ["quote"])]),
    ("12345", [span(0, 3, "time"), span(2, 5, "quantity")],
     [("12", ["time"]), ("3", ["quantity", "time"]), ("45", ["quantity"])]),
])
def test_segments(text, spans, expected):
    segs = annotate.segments(text, spans)
    assert [(s["text"], s["kinds"]) for s in segs] == expected
    assert "".join(s["text"] for s in segs) == text


def test_segment_links_only_with_one_entity_and_innermost_title_first():
    segs = annotate.segments("Kim Jong Un", [span(0, 11, "entity", "Kim Jong Un", "/entities/kim"),
                                             span(4, 8, "entity", "Jong", "/entities/jong")])
    inner = next(s for s in segs if s["text"] == "Jong")
    assert inner["href"] is None and inner["title"].startswith("Jong")
    assert segs[0]["href"] == "/entities/kim"


@pytest.mark.parametrize("snippet, expected", [
    ("plain", [("plain", False)]),
    ("a \ue000b\ue001 c", [("a ", False), ("b", True), (" c", False)]),
    ("\ue000x\ue001\ue000y\ue001", [("x", True), ("y", True)]),
    ("<mark>not ours</mark>", [("<mark>not ours</mark>", False)]),
])
def test_snippet_parts(snippet, expected):
    assert [(p["text"], p["mark"]) for p in annotate.snippet_parts(snippet)] == expected


@pytest.mark.parametrize("counts, labels", [
    (Counter({"2024-01-05": 2, "2024-03-01": 1}), ["2024-01", "2024-02", "2024-03"]),
    (Counter({"2024-11-05": 1, "2025-01-02": 4}), ["2024-11", "2024-12", "2025-01"]),
    (Counter({"2024-05-21": 3, "2024-05-22": 1}), ["2024-05-21", "2024-05-22"]),
    (Counter(), []),
])
def test_mention_bars(counts, labels):
    chart = charts.mention_bars(counts)
    assert [b["label"] for b in chart["bars"]] == labels
    if labels:
        tallest = max(chart["bars"], key=lambda b: b["count"])
        assert tallest["h"] == charts.CHART_H - charts.AXIS_H and tallest["y"] == 0


def test_graph_places_companions_around_the_centre():
    neighbours = [{"id": f"e{i}", "name": f"E{i}", "shared": i + 1} for i in range(4)]
    graph = charts.cooccurrence_graph({"id": "c", "name": "C"}, neighbours, Counter({("e1", "e2"): 3, ("e0", "e3"): 1}))
    assert len(graph["nodes"]) == 5 and graph["nodes"][0]["center"]
    assert sum(not e["strong"] for e in graph["edges"]) == 1  # only the pair sharing 2+ documents
    for n in graph["nodes"][1:]:
        assert 0 <= n["x"] <= charts.GRAPH_W and 0 <= n["y"] <= charts.GRAPH_H


def test_readers_cannot_write_and_writer_bumps_generation(tmp_path):
    db = Database(tmp_path / "pool.db", pool_size=2)
    doc = plain_document("Harga beras di Cipinang naik.", "Beras", "x.id", "2024-07-08")
    try:
        with db.reader() as store:
            assert isinstance(store, ReadOnlyStore)
            with pytest.raises(StoreError, match="readonly"):
                store.add(doc)
        before = db.generation
        with db.writing() as store:
            assert store.add(doc)
        assert db.generation == before + 1
        with db.reader() as store:
            assert store.get(doc.id).title == "Beras"
    finally:
        db.close()


def test_cooccurrence_graph_labels_stay_apart_and_inside():
    """Twelve companions with long names: no two labels overlap and none runs off the chart."""
    from collections import Counter

    from kabar.web import charts

    names = [f"Badan Penanggulangan Bencana {i}" if i % 2 else f"Kota {i}" for i in range(12)]
    neighbours = [{"id": f"e{i}", "name": n, "shared": 12 - i} for i, n in enumerate(names)]
    graph = charts.cooccurrence_graph({"id": "c", "name": "Pusat"}, neighbours, Counter())
    boxes = []
    for n in graph["nodes"]:
        width = len(n["label"]) * charts.CHAR_W
        left = {"start": n["label_x"], "end": n["label_x"] - width, "middle": n["label_x"] - width / 2}[n["anchor"]]
        boxes.append((left, n["label_y"] - 12, left + width, n["label_y"] + 2, n["label"]))
        assert 0 <= left and left + width <= charts.GRAPH_W and 0 <= n["label_y"] - 12 <= charts.GRAPH_H, n
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a[4], b[4])
