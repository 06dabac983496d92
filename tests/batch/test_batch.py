"""``kabar batch`` on a real Dask LocalCluster (2 worker processes, no mock): the lake equals what
``kabar analyze`` prints, reruns do only what is missing, a killed worker loses and doubles nothing,
errors go to the errors table; ``load``/``export``; ``stories --lake`` agrees with the single pass."""
from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from kabar.analyze import analyze  # noqa: E402
from kabar.batch import lake as lake_io  # noqa: E402
from kabar.batch import units  # noqa: E402
from kabar.batch.run import local_cluster, run_batch  # noqa: E402
from kabar.batch.stories import cluster_lake, cluster_single  # noqa: E402
from kabar.batch.synthetic import articles, write_jsonl, write_warc  # noqa: E402
from kabar.cli import cli  # noqa: E402
from kabar.ingest import ingest  # noqa: E402
from kabar.settings import Settings  # noqa: E402
from kabar.stories.evaluate import bcubed  # noqa: E402
from kabar.store import Store  # noqa: E402
from kabar.batch.transfer import load_lake  # noqa: E402
from kabar.store.stories import list_stories  # noqa: E402

from ..conftest import SHARED  # noqa: E402

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Uji</title><item><title>Pasar murah</title>
<link>https://uji.example/pasar</link><pubDate>Mon, 06 Feb 2023 09:00:00 +0700</pubDate><description>Pemerintah
Kota Sukamaju menggelar pasar murah di lima kecamatan pada Senin (6/2/2023) untuk menekan harga beras.</description>
</item></channel></rss>"""


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client
    with local_cluster(2) as c, Client(c) as client:  # the cluster `kabar batch --workers 2` starts
        yield c, client


def test_the_workers_kabar_starts_keep_no_profile(cluster):
    """Dask's worker profiler keeps 1,000 s of stack samples: worker memory grew with the run."""
    import dask
    enabled = cluster[1].run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(enabled.values()) == [False, False]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    write_jsonl(str(d / "export.jsonl"), articles(60, seed=11))
    arts = list(articles(30, seed=12))
    write_warc(str(d / "a.warc.gz"), iter(arts[:20]))
    write_warc(str(d / "b.warc.gz"), iter(arts[20:]))
    damaged = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")[:25] + b"\x00damaged\x00" * 4
    (d / "crawl.warc.gz").write_bytes((d / "a.warc.gz").read_bytes() + damaged + (d / "b.warc.gz").read_bytes())
    (d / "a.warc.gz").unlink()
    (d / "b.warc.gz").unlink()
    (d / "feed.rss").write_text(FEED, encoding="utf-8")
    (d / "broken.rss").write_text("<rss><channel><item><tit", encoding="utf-8")
    with open(d / "export.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    return d


def _expected(corpus):
    return {d.id: json.dumps(d.to_dict(), sort_keys=True) for d in analyze([str(corpus)], Settings())
            if hasattr(d, "to_dict")}


def _lake_docs(lake):
    return [json.dumps(d, sort_keys=True) for d in lake_io.iter_documents(lake)]


def test_batch_lake_equals_analyze_and_a_rerun_does_nothing(cluster, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(units, "JSONL_LINES", 16)
    monkeypatch.setattr(units, "WARC_BYTES", 8000)
    lake = str(tmp_path / "lake")
    report = run_batch([str(corpus), str(corpus / "nope.jsonl")], lake, Settings(),
                       scheduler=cluster[0].scheduler_address)
    expected = _expected(corpus)
    docs = _lake_docs(lake)
    assert sorted(docs) == sorted(expected.values()) and len(docs) == 91
    assert report.units >= 8 and not report.failed_units and report.documents == 91
    errors = list(lake_io.iter_rows(lake, "errors"))
    reasons = " | ".join(f"{e['input']}:{e['line']} {e['reason']}" for e in errors)
    assert "export.jsonl:61 malformed JSON" in reasons and "nope.jsonl" in reasons and "broken.rss" in reasons
    assert "crawl.warc.gz:None corrupt WARC record" in reasons  # counted, and the 10 pages after it are read
    months = sorted(os.listdir(os.path.join(lake, "documents")))
    assert months[0] == "month=2023-01" and lake_io.count(lake, "mentions") > 91
    again = run_batch([str(corpus)], lake, Settings(), scheduler=cluster[0].scheduler_address)
    assert again.skipped_units == again.units and again.documents == 0
    assert len(_lake_docs(lake)) == 91


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(cluster, tmp_path, monkeypatch):
    c, client = cluster
    monkeypatch.setattr(units, "JSONL_LINES", 4)
    src = tmp_path / "big.jsonl"
    write_jsonl(str(src), articles(64, seed=21))
    lake = str(tmp_path / "lake")
    pids = list(client.run(os.getpid).values())
    killed = []

    def kill_once(report, finished):
        if not killed:
            killed.append(pids[0])
            os.kill(pids[0], signal.SIGKILL)

    report = run_batch([str(src)], lake, Settings(), scheduler=c.scheduler_address, on_progress=kill_once)
    ids = [json.loads(d)["id"] for d in _lake_docs(lake)]
    assert killed and not report.failed_units
    assert len(ids) == 64 and len(set(ids)) == 64
    assert len(lake_io.done_units(lake)) == report.units == 16
    client.wait_for_workers(2, timeout=60)


def test_load_and_export_round_trip(cluster, corpus, tmp_path):
    lake = str(tmp_path / "lake")
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", lake, "--scheduler", cluster[0].scheduler_address,
                                      "-q"])
    assert result.exit_code == 0, result.output
    db, ref = str(tmp_path / "loaded.db"), str(tmp_path / "ingested.db")
    assert CliRunner().invoke(cli, ["load", lake, "--db", db, "-q"]).exit_code == 0
    ingest([str(corpus)], Settings(db=ref))
    query = ("SELECT id, content_hash, path, url, outlet, title, published, language, text, raw, json FROM documents"
             " ORDER BY seq")
    with sqlite3.connect(db) as a, sqlite3.connect(ref) as b:
        assert list(a.execute(query)) == list(b.execute(query))  # the same rows in the same order
        assert a.execute("SELECT COUNT(DISTINCT doc_id) FROM story_docs").fetchone()[0] == 91
    for fmt, out in (("jsonl", "docs.jsonl"), ("graphml", "g.graphml"), ("csv", "csv"), ("parquet", "lake2")):
        r = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "--out", str(tmp_path / out)])
        assert r.exit_code == 0, r.output
    assert len((tmp_path / "docs.jsonl").read_text(encoding="utf-8").splitlines()) == 91
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(tmp_path / "g.graphml").getroot()
    assert graph.findall(".//g:node", ns) and graph.findall(".//g:edge", ns)
    assert (tmp_path / "csv" / "mentions.csv").read_text(encoding="utf-8").startswith("doc_id,published,month,text")
    assert sorted(_lake_docs(str(tmp_path / "lake2"))) == sorted(_lake_docs(lake))


def test_stories_on_the_lake_agree_with_the_single_pass(cluster, tmp_path):
    src = tmp_path / "news.jsonl"
    gold = write_jsonl(str(src), articles(240, seed=5, events_per_day=1))  # spans ~10 weeks
    lake = str(tmp_path / "lake")
    run_batch([str(src)], lake, Settings(), scheduler=cluster[0].scheduler_address)
    result = cluster_lake(lake, cluster[1], window=2)  # windows of 2 weeks: many edges to merge
    single = cluster_single(lake)
    assert result.windows >= 4 and set(result.assignment) == set(single)
    agreement = bcubed(single, result.assignment)
    assert agreement["f1"] >= 0.99, agreement
    by_url = {d["source"]["url"]: d["id"] for d in lake_io.iter_documents(lake)}
    quality = bcubed({by_url[u]: e for u, e in gold.items()}, result.assignment)
    assert quality["f1"] > 0.8, quality
    assert lake_io.table_files(lake, "stories")
    out = CliRunner().invoke(cli, ["stories", "--lake", lake, "--scheduler", cluster[0].scheduler_address,
                                   "--format", "json"])
    stories = json.loads(out.stdout)
    assert sum(len(s["documents"]) for s in stories) == 240


@pytest.mark.parametrize("corpus_dir", ["seeds", "devnews/corpus"])
def test_stories_on_the_lake_equal_the_stores_on_real_news(cluster, tmp_path, corpus_dir):
    """Seeds and devnews: `kabar batch` + `kabar stories --lake` (windows of 1 week: many edges) give
    exactly the stories of the single-process path over the same store (`kabar load` fills it as
    `kabar ingest` would: same rows, same order, see test_load_and_export_round_trip)."""
    src = SHARED / corpus_dir
    if not src.is_dir():
        pytest.skip(f"needs {src} (the shared development data, present in CI)")
    lake, db = str(tmp_path / "lake"), str(tmp_path / "k.db")
    run_batch([str(src)], lake, Settings(), scheduler=cluster[0].scheduler_address)
    result = cluster_lake(lake, cluster[1], window=1)
    load_lake(lake, db)  # stores, then assigns stories (the single-process clustering)
    store = Store(db)
    single = {d: s["id"] for s in list_stories(store) for d in s["documents"]}
    store.close()
    assert len(single) == len(result.assignment) >= 5
    assert bcubed(single, result.assignment)["f1"] == 1.0
