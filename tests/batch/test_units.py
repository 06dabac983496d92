"""Planning and writing units without a cluster: runs of small files become one unit, a unit's
documents are written a chunk at a time with the rows one write would give."""
from __future__ import annotations

import pytest

pytest.importorskip("pyarrow")

from kabar.analyze import analyze  # noqa: E402
from kabar.batch import lake as lake_io  # noqa: E402
from kabar.batch import units  # noqa: E402
from kabar.batch.schema import lake_record  # noqa: E402
from kabar.batch.synthetic import articles, write_jsonl  # noqa: E402
from kabar.settings import Settings  # noqa: E402


def _pages(folder, n):
    for i, a in enumerate(articles(n, seed=3)):
        (folder / f"p{i:02d}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")


def test_consecutive_files_are_grouped_and_keep_their_order(tmp_path, monkeypatch):
    monkeypatch.setattr(units, "FILES_PER_UNIT", 2)
    _pages(tmp_path, 5)
    write_jsonl(str(tmp_path / "q.jsonl"), articles(3, seed=4))  # sorts after the pages: breaks no run
    write_jsonl(str(tmp_path / "a.jsonl"), articles(1, seed=5))  # sorts first: before the run of pages
    planned = list(units.plan([str(tmp_path)]))
    assert [u.kind for u in planned] == ["jsonl", "files", "files", "file", "jsonl"]
    assert [len(u.members) for u in planned[1:3]] == [2, 2]
    assert [u.id for u in units.plan([str(tmp_path)])] == [u.id for u in planned]  # a rerun plans the same
    paths = [r.source.path for u in planned[1:4] for r in units.read_unit(u, Settings())]
    assert [p.rsplit("/", 1)[-1] for p in paths] == [f"p{i:02d}.txt" for i in range(5)]


def test_a_file_done_on_its_own_before_stays_its_own_unit(tmp_path, monkeypatch):
    monkeypatch.setattr(units, "FILES_PER_UNIT", 8)
    _pages(tmp_path, 3)
    single = units.Unit("file", str(tmp_path / "p01.txt"), stamp=units._stamp(str(tmp_path / "p01.txt")))
    planned = list(units.plan([str(tmp_path)], done={single.id}))
    assert [u.kind for u in planned] == ["file", "file", "file"] and planned[1].id == single.id


def test_byte_limit_closes_a_group(tmp_path, monkeypatch):
    monkeypatch.setattr(units, "FILES_BYTES", 1)
    _pages(tmp_path, 3)
    assert [u.kind for u in units.plan([str(tmp_path)])] == ["file", "file", "file"]


@pytest.mark.parametrize("row_group", [3, 2000])
def test_a_unit_written_in_chunks_holds_the_rows_of_one_write(tmp_path, monkeypatch, row_group):
    monkeypatch.setattr(lake_io, "ROW_GROUP_DOCS", row_group)
    src = tmp_path / "x.jsonl"
    write_jsonl(str(src), articles(7, seed=8))
    records = [lake_record(d, i) for i, d in enumerate(analyze([str(src)], Settings()))]
    errors = [{"input": "x.jsonl", "line": n, "reason": "invented", "kind": "InputError", "unit": "u"} for n in (2, 5)]
    whole, chunked = str(tmp_path / "whole"), str(tmp_path / "chunked")
    for lake in (whole, chunked):
        lake_io.prepare(lake)
    lake_io.write_unit(whole, "u", records, errors, {"documents": 7})
    writer = lake_io.UnitWriter(chunked, "u", chunk=2)
    for i, rec in enumerate(records):
        writer.add(rec)
        if i in (1, 4):
            writer.error(errors[0 if i == 1 else 1])
    writer.commit({"documents": 7})
    for table in lake_io.TABLES:
        assert list(lake_io.iter_rows(whole, table)) == list(lake_io.iter_rows(chunked, table)), table
    assert lake_io.done_units(whole)["u"]["files"] == lake_io.done_units(chunked)["u"]["files"]
    assert not (tmp_path / "chunked" / lake_io.STAGING / "u").exists()
    assert not list((tmp_path / "chunked" / lake_io.STAGING).iterdir())


def test_a_discarded_unit_leaves_nothing(tmp_path):
    lake = str(tmp_path / "lake")
    lake_io.prepare(lake)
    src = tmp_path / "x.jsonl"
    write_jsonl(str(src), articles(3, seed=9))
    writer = lake_io.UnitWriter(lake, "u", chunk=1)
    for i, d in enumerate(analyze([str(src)], Settings())):
        writer.add(lake_record(d, i))
    writer.discard()
    assert not lake_io.done_units(lake) and not lake_io.table_files(lake, lake_io.DOCUMENTS)


def test_units_know_the_bytes_they_cover_so_big_ones_run_first(tmp_path, monkeypatch):
    monkeypatch.setattr(units, "JSONL_LINES", 3)
    plain, packed = tmp_path / "x.jsonl", tmp_path / "y.jsonl.gz"
    write_jsonl(str(plain), articles(8, seed=6))
    write_jsonl(str(packed), articles(8, seed=6))
    for path, size in ((plain, plain.stat().st_size), (packed, plain.stat().st_size)):
        planned = list(units.plan([str(path)]))
        assert len(planned) == 3 and sum(u.nbytes for u in planned) == size
        assert all(u.nbytes > 0 for u in planned)
