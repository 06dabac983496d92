"""``--workers N``: the same documents, in the same order, and the same store as one process."""
from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from kabar.analyze import analyze
from kabar.batch.synthetic import articles, write_jsonl, write_warc
from kabar.cli import cli
from kabar.ingest import ingest
from kabar.parallel import default_workers, iter_tasks
from kabar.settings import Settings

from .conftest import EXAMPLES


def _corpus(tmp_path):
    write_jsonl(str(tmp_path / "export.jsonl"), articles(20, seed=3))
    write_warc(str(tmp_path / "crawl.warc.gz"), articles(12, seed=4))
    (tmp_path / "broken.jsonl").write_text('{"title": "x"\n', encoding="utf-8")
    return [str(EXAMPLES), str(tmp_path), str(tmp_path / "missing.txt")]


def _dump(items):
    return [json.dumps(i.to_dict(), ensure_ascii=False, sort_keys=True) if hasattr(i, "to_dict") else str(i)
            for i in items]


def test_workers_give_the_same_output_in_the_same_order(tmp_path):
    paths = _corpus(tmp_path)
    one = _dump(analyze(paths, Settings(), workers=1))
    two = _dump(analyze(paths, Settings(), workers=2))
    assert one == two and len(one) > 50
    assert sum("missing.txt" in x for x in two) == 1 and any("broken.jsonl" in x for x in two)


def test_tasks_cut_archives_into_ranges_and_files_into_file_tasks(tmp_path):
    paths = _corpus(tmp_path)
    kinds = [t[0] for t in iter_tasks(paths, Settings())]
    assert {"file", "warc", "items"} <= set(kinds) and default_workers() >= 1


def test_ingest_with_workers_fills_the_same_store(tmp_path):
    paths = _corpus(tmp_path)
    dbs = []
    for n in (1, 2):
        db = str(tmp_path / f"w{n}.db")
        report = ingest(paths, Settings(db=db), workers=n)
        assert report.added > 50 and report.failed >= 2
        with sqlite3.connect(db) as conn:
            dbs.append(conn.execute("SELECT id, content_hash, path, url, outlet, title, published, language, text,"
                                    " raw, json FROM documents ORDER BY seq").fetchall())
    assert dbs[0] == dbs[1]


def test_cli_takes_workers(tmp_path):
    out = CliRunner().invoke(cli, ["analyze", "--workers", "2", str(EXAMPLES)])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) >= 10
