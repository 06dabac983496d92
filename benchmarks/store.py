"""Store benchmark: ingest rate and search latency on real Indonesian news.

    .venv/bin/python benchmarks/store.py [--docs 2000]

Reads IndoSum articles from ../shared/data/indosum (never copied into the
repo), stores them in a temporary on-disk database (WAL, like real use) and
prints documents/s for ingest and milliseconds per search query.
"""
from __future__ import annotations

import argparse
import json
import statistics
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


def load_articles(limit: int) -> list[tuple[str, str, str]]:
    """(id, outlet, text) of up to ``limit`` documents of at least TARGET_BYTES.

    IndoSum articles are shorter (about 2 KB) than typical news pages, so
    consecutive distinct articles are joined until a document is long enough.
    """
    seen, out, parts = set(), [], []
    for path in sorted(INDOSUM.glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            parts += [" ".join(" ".join(sent) for sent in para) for para in row["paragraphs"]]
            if sum(len(p.encode()) for p in parts) < TARGET_BYTES:
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


def bench_search(store: Store) -> tuple[float, float, float]:
    """Median, 95th percentile and worst milliseconds per query (snippets included)."""
    times = []
    for query in QUERIES:
        store.search(query)  # warm the stem cache for the query's own words
        for _ in range(REPEATS):
            t = time.perf_counter()
            store.search(query)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], times[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    if not INDOSUM.is_dir():
        print(f"IndoSum not found at {INDOSUM}", file=sys.stderr)
        return 1
    docs = [to_document(*a) for a in load_articles(args.docs)]
    kb = statistics.mean(len(d.text.encode()) for d in docs) / 1024
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        rate = bench_ingest(store, docs)
        median, p95, worst = bench_search(store)
        size_mb = store.stats()["db_bytes"] / 1e6
    print(f"ingest: {len(docs)} documents (mean {kb:.1f} KB) at {rate:.0f} documents/s; db {size_mb:.1f} MB")
    print(f"search: {len(QUERIES)} queries x {REPEATS}: median {median:.2f} ms, p95 {p95:.2f} ms, max {worst:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
