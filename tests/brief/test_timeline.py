"""Timeline: dates parsed, report dates dropped, same events merged, history marked."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar.brief.sources import sentences
from kabar.brief.timeline import anchor_date, build, is_historical, parse_date, to_dict


@pytest.mark.parametrize("value, shown, granularity, first, last", [
    ("2023-07-25", "2023-07-25", "day", "2023-07-25", "2023-07-25"),
    ("2023-07-25TNI", "2023-07-25", "day", "2023-07-25", "2023-07-25"),
    ("2023-W30", "2023-W30", "week", "2023-07-24", "2023-07-30"),
    ("2024-02", "2024-02", "month", "2024-02-01", "2024-02-29"),
    ("1950", "1950", "year", "1950-01-01", "1950-12-31"),
    ("193X", "193X", "decade", "1930-01-01", "1939-12-31"),
    ("1950/1953", "1950/1953", "range", "1950-01-01", "1953-12-31"),
])
def test_parse_date(value, shown, granularity, first, last):
    assert parse_date(value) == (shown, granularity, dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["PXY", "PRESENT_REF", "2023-02-30", "", "XXXX-07"])
def test_unusable_dates_are_skipped(value):
    assert parse_date(value) is None


def test_flood_timeline_merges_the_event_across_outlets_and_marks_history(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    anchor = anchor_date(invented_docs)
    entries = [to_dict(e, anchor) for e in build(sents, anchor)]
    dates = [e["date"] for e in entries]
    assert dates == sorted(dates, key=lambda d: parse_date(d)[2])
    flood = [e for e in entries if e["date"] == "2025-02-10"]
    assert len(flood) == 1 and len({r["doc_id"] for r in flood[0]["sources"]}) == 3
    old = [e for e in entries if e["date"].startswith("2009")]
    assert old and all(e["historical"] for e in old)
    assert not any(e["historical"] for e in flood)


def test_is_historical_needs_an_anchor(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    entries = build(sents, None)
    assert entries and not any(is_historical(e, None) for e in entries)
