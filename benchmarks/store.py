"""Store benchmark: ingest rate, search latency and bytes per document on real Indonesian news.

    .venv/bin/python benchmarks/store.py [--docs 2000]
    .venv/bin/python benchmarks/store.py --bytes [--docs 2000] [--before c8027ee] [--cache FILE]

Reads IndoSum articles from ../shared/data/indosum (never copied into the
repo), stores them in a temporary on-disk database (WAL, like real use) and
prints documents/s for ingest and milliseconds per search query.

``--bytes`` analyses the articles (every stage; ``--cache`` keeps the analysed documents for a rerun)
and stores them twice in the same run: with the store code of git revision ``--before`` (extracted
to a temporary folder) and with this tree's. It prints bytes per document (the whole database after
VACUUM, and beyond the clean text itself), then opens the old store with this tree's code (its
migration converts the rows), prints its size, and checks that every document read back (the
contract JSON, meta, raw input) and the entity listing are identical across the three stores.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kabar.model import Document, Entity, Source, content_id
from kabar.store import Store

INDOSUM = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "indosum"
QUERIES = ["pemerintah", "kunjungan", "pertandingan", "\"Presiden Joko Widodo\"", "jakarta banjir",
           "teknolog*", "menteri OR gubernur", "NEAR(harga naik, 5)", "penjualan mobil", "polisi menangkap"]
REPEATS = 20
ENTITIES_PER_DOC = 12
TARGET_BYTES = 3000
BEFORE = "c8027ee"  # main before the compact row format (schema v2)


def load_articles(limit: int, min_bytes: int = TARGET_BYTES) -> list[tuple[str, str, str]]:
    """(id, outlet, text) of up to ``limit`` documents of at least ``min_bytes``.

    IndoSum articles are shorter (about 2 KB) than typical news pages, so
    consecutive distinct articles are joined until a document is long enough
    (``min_bytes=0``: one article per document).
    """
    seen, out, parts = set(), [], []
    for path in sorted(INDOSUM.glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            parts += [" ".join(" ".join(sent) for sent in para) for para in row["paragraphs"]]
            if sum(len(p.encode()) for p in parts) < min_bytes:
                continue
            out.append((row["id"], row["source"], "\n\n".join(parts)))
            parts = []
            if len(out) == limit:
                return out
    return out


def to_document(art_id: str, outlet: str, text: str) -> Document:
    """A document with capitalised words as stand-in entity mentions (exercises the mention rows)."""
    doc = Document(id=content_id(text), source=Source(path=art_id, outlet=outlet), raw=text,
                   title=text[:60], language="id", text=text)
    pos = 0
    for word in text.split()[1:]:
        pos = text.index(word, pos)
        if word[:1].isupper() and len(doc.entities) < ENTITIES_PER_DOC:
            doc.entities.append(Entity(word, pos, pos + len(word), "PER", word))
        pos += len(word)
    return doc


def bench_ingest(store: Store, docs: list[Document]) -> float:
    """Documents per second for add_many over ``docs`` (cold stem cache)."""
    start = time.perf_counter()
    added, _ = store.add_many(docs)
    return added / (time.perf_counter() - start)


def bench_search(store: Store) -> tuple[float, float, float, float]:
    """Median, 95th percentile and worst milliseconds per query (snippets included), and the mean CPU
    milliseconds per query (less sensitive to other processes on a loaded machine)."""
    times, cpu = [], 0.0
    for query in QUERIES:
        store.search(query)  # warm the stem cache for the query's own words
        for _ in range(REPEATS):
            t, c = time.perf_counter(), time.process_time()
            store.search(query)
            times.append((time.perf_counter() - t) * 1000)
            cpu += time.process_time() - c
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], times[-1], cpu * 1000 / len(times)


def analysed(limit: int, cache: Path) -> Path:
    """``limit`` single IndoSum articles analysed with every stage, as JSON lines (to_dict + meta + raw)."""
    if cache.exists():
        return cache
    from kabar.analyze import analyze_text, default_pipeline
    pipe = default_pipeline()
    with cache.open("w", encoding="utf-8") as out:
        for art_id, outlet, text in load_articles(limit, min_bytes=0):
            doc = analyze_text(text, pipeline=pipe, path=art_id)
            record = {**doc.to_dict(), "meta": doc.meta, "raw": doc.raw}
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return cache


def store_one(cache: str, db: str, dump: str) -> dict:
    """Store the analysed documents in ``db`` (with whichever kabar is imported), dump them read back."""
    docs = []
    for line in open(cache, encoding="utf-8"):
        record = json.loads(line)
        doc = Document.from_dict(record, raw=record["raw"])
        doc.meta = record["meta"]
        docs.append(doc)
    with Store(db) as store:
        store.add_many(docs)
        search_cpu_ms = bench_search(store)[3]
    return measure_store(db, dump, [d.id for d in docs]) | {
        "text_bytes": sum(len(d.text.encode()) for d in docs), "search_cpu_ms": search_cpu_ms}


def measure_store(db: str, dump: str, ids: list[str]) -> dict:
    """Database bytes after VACUUM; every document and the entity listing written to ``dump``."""
    with Store(db) as store, open(dump, "w", encoding="utf-8") as out:
        for doc_id in ids:
            doc = store.get(doc_id)
            out.write(json.dumps([doc.to_dict(), doc.meta, doc.raw], ensure_ascii=False, sort_keys=True) + "\n")
        rows = [dataclasses.asdict(e) for e in store.entities(limit=10**9)]
        out.write(json.dumps(rows, ensure_ascii=False, sort_keys=True) + "\n")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store._conn.execute("VACUUM")
        return {"db_bytes": store.stats()["db_bytes"], "docs": len(ids)}


def _old_tree(rev: str, dest: Path) -> Path:
    """The ``src`` folder of git revision ``rev``, extracted under ``dest``."""
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(["git", "-C", str(root), "archive", rev, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest / "src"


def _child(cache: Path, db: Path, dump: Path, src: Path | None) -> dict:
    """:func:`store_one` in a fresh process importing kabar from ``src`` (None: this tree)."""
    env = dict(os.environ, PYTHONPATH=str(src)) if src else dict(os.environ)
    out = subprocess.run([sys.executable, __file__, "--store-one", str(cache), str(db), str(dump)],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def bench_bytes(args) -> int:
    """Bytes per document before (``--before``) and after, and after converting the old store."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        cache = analysed(args.docs, Path(args.cache) if args.cache else t / "analysed.jsonl")
        old = _child(cache, t / "old.db", t / "old.dump", _old_tree(args.before, t))
        new = _child(cache, t / "new.db", t / "new.dump", None)
        ids = [json.loads(line)["id"] for line in cache.open(encoding="utf-8")]
        converted = measure_store(str(t / "old.db"), str(t / "converted.dump"), ids)
        text = new["text_bytes"]
        for label, r in ((f"before ({args.before})", old), ("after", new), ("before, converted", converted)):
            n = r["docs"]
            print(f"{label:22s} {r['db_bytes'] / n / 1024:6.2f} KB/doc, {(r['db_bytes'] - text) / n / 1024:6.2f}"
                  f" KB/doc beyond the text ({text / n / 1024:.2f} KB/doc) over {n} documents")
        print(f"search CPU per query (the {len(QUERIES)} queries x {REPEATS}, snippets included): before"
              f" {old['search_cpu_ms']:.2f} ms, after {new['search_cpu_ms']:.2f} ms"
              f" ({new['search_cpu_ms'] / old['search_cpu_ms']:.2f}x)")
        same = [(t / f"{name}.dump").read_bytes() for name in ("old", "new", "converted")]
        print("documents read back identical:", same[0] == same[1] == same[2])
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--bytes", action="store_true", help="bytes per document before/after (see above)")
    ap.add_argument("--before", default=BEFORE, help="git revision whose store code makes the 'before' store")
    ap.add_argument("--cache", help="analysed documents (JSON lines), made if missing")
    ap.add_argument("--store-one", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.store_one:
        print(json.dumps(store_one(*args.store_one)))
        return 0
    if not INDOSUM.is_dir():
        print(f"IndoSum not found at {INDOSUM}", file=sys.stderr)
        return 1
    if args.bytes:
        return bench_bytes(args)
    docs = [to_document(*a) for a in load_articles(args.docs)]
    kb = statistics.mean(len(d.text.encode()) for d in docs) / 1024
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        rate = bench_ingest(store, docs)
        median, p95, worst, cpu = bench_search(store)
        size_mb = store.stats()["db_bytes"] / 1e6
    print(f"ingest: {len(docs)} documents (mean {kb:.1f} KB) at {rate:.0f} documents/s; db {size_mb:.1f} MB")
    print(f"search: {len(QUERIES)} queries x {REPEATS}: median {median:.2f} ms, p95 {p95:.2f} ms, max {worst:.2f} ms;"
          f" CPU {cpu:.2f} ms per query")
    return 0


if __name__ == "__main__":
    sys.exit(main())
