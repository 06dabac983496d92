"""The window tasks of ``kabar stories --lake`` without a cluster: the feature stream gives the single
pass's order one week at a time, and a window's seed of document frequencies holds only its own keys."""
from __future__ import annotations

import os
from collections import Counter

import pytest

pytest.importorskip("pyarrow")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from kabar.batch import stories as lake_stories  # noqa: E402
from kabar.stories.features import Features  # noqa: E402


def _write(lake: str, name: str, week: str, rows: list[tuple[Features, str | None, int]]) -> None:
    out = os.path.join(lake, lake_stories.FEATURES, f"week={week}", f"{name}.parquet")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    table = [lake_stories._feature_row(f, name, published, order) for f, published, order in rows]
    pq.write_table(pa.Table.from_pylist(table, schema=lake_stories.FEATURE_SCHEMA), out)


def _doc(doc_id: str, day: int | None, words: str = "banjir") -> Features:
    return Features(doc_id, {w: 1 for w in words.split()}, {}, {}, day, [day] if day else [])


@pytest.fixture
def lake(tmp_path):
    """Weeks 9, 10 and 100 (a numeric order unlike the names' order) in two files each, a copy, undated."""
    root = str(tmp_path)
    _write(root, "b", "10", [(_doc("late", 72), "2024-01-02", 5), (_doc("first10", 70), None, 0)])
    _write(root, "a", "10", [(_doc("same-day", 72), "2024-01-01", 9), (_doc("late", 72), "2024-01-02", 5)])
    _write(root, "a", "9", [(_doc("nine", 63), None, 1)])
    _write(root, "a", "100", [(_doc("hundred", 700), None, 2)])
    _write(root, "a", "undated", [(_doc("undated", None), None, 3)])
    return root


def test_the_stream_is_the_single_pass_order_one_week_at_a_time(lake):
    ids = [f.doc_id for f in lake_stories.stream_features(lake, None, None, True, set())]
    assert ids == ["nine", "first10", "same-day", "late", "hundred", "undated"]


def test_the_stream_keeps_to_its_weeks_and_skips_second_copies(lake):
    ids = [f.doc_id for f in lake_stories.stream_features(lake, 10, 100, False, {("a", "same-day")})]
    assert ids == ["first10", "late"]


def test_a_window_is_seeded_with_its_own_keys_only():
    weeks = {0: Counter(old=3, both=1), 1: Counter(gone=2), 2: Counter(both=4, new=1), 3: Counter(new=2)}
    summaries = [{"file": "f", "df": weeks, "docs": {w: [f"d{w}-{i}" for i in range(3)] for w in weeks}}]
    windows, skip = lake_stories.plan_windows(summaries, "unused", window=1, overlap=1)
    assert not skip and [(w.first, w.start, w.end) for w in windows] == [(0, 0, 1), (0, 1, 2), (1, 2, 3), (2, 3, None)]
    assert [w.seed for w in windows] == [{}, {}, {"both": 1}, {"both": 1}]  # "old" and "gone": not theirs
    assert [w.seed_docs for w in windows] == [0, 0, 3, 6]
