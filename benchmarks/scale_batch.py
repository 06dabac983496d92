"""`kabar batch` on a Dask LocalCluster of 2 workers against 1 worker, over invented news in WARC and
JSONL, measured in the same run; peak memory per worker at two corpus sizes; the WARC reader alone
against merely iterating the same archive with FastWARC.

    python benchmarks/scale_batch.py [--docs 100000] [--small 25000] [--workers 2]

For each size the corpus is written once as a record-wise gzipped WARC crawl (with request records
and images beside the pages) and as a JSONL export, half the articles in each. Each cluster is
started before its clock starts (the figures are the batch itself). Prints documents/s per
configuration, the ratio (target >= 1.7x on 2 idle cores), the peak resident memory of each worker
process (it must not grow with the corpus: units are bounded), and the load average, because a
shared machine cannot give two workers two cores.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.batch.run import run_batch  # noqa: E402
from kabar.batch.synthetic import articles, write_jsonl, write_warc  # noqa: E402
from kabar.io.warc import WarcStats, iter_warc  # noqa: E402
from kabar.settings import Settings  # noqa: E402


def write_corpus(folder: Path, n: int) -> list[str]:
    arts = articles(n, seed=29)
    warc, jsonl = str(folder / "crawl.warc.gz"), str(folder / "export.jsonl")
    write_warc(warc, islice(arts, n // 2))
    write_jsonl(jsonl, arts)
    return [warc, jsonl]


def reader_vs_iteration(warc: str) -> dict:
    """Seconds to merely iterate the archive (FastWARC, every payload read) and to read its documents."""
    from fastwarc.warc import ArchiveIterator

    t0 = time.process_time()
    records = sum(len(r.reader.read()) >= 0 for r in ArchiveIterator(warc, parse_http=False))
    iterate = time.process_time() - t0
    stats = WarcStats()
    t0 = time.process_time()
    docs = sum(1 for _ in iter_warc(warc, 20_000_000, stats=stats))
    read = time.process_time() - t0
    return {"records": records, "documents": docs, "iterate_cpu_s": round(iterate, 2), "reader_cpu_s": round(read, 2),
            "reader_x_iterate": round(read / iterate, 1) if iterate else None, "skipped": stats.skipped}


def batch_on(inputs: list[str], lake: str, workers: int) -> dict:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster):
        t0 = time.perf_counter()
        report = run_batch(inputs, lake, Settings(), scheduler=cluster.scheduler_address)
        wall = time.perf_counter() - t0
    return {"workers": workers, "documents": report.documents, "errors": report.errors, "wall_s": round(wall, 1),
            "docs_per_s": round(report.documents / wall, 1), "peak_rss_mb_per_worker": sorted(report.peak_rss_mb.values()),
            "lake_mb": round(_size(lake) / 2**20, 1), "input_mb": round(sum(os.path.getsize(p) for p in inputs) / 2**20, 1)}


def _size(folder: str) -> int:
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, files in os.walk(folder) for f in files)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--small", type=int, default=25_000, help="a second, smaller size for the memory comparison")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    peaks = {}
    for size in (args.small, args.docs):
        with tempfile.TemporaryDirectory() as tmp:
            inputs = write_corpus(Path(tmp), size)
            print(f"[{size} docs] WARC reader vs iteration: {reader_vs_iteration(inputs[0])}", flush=True)
            runs = {}
            for w in ((1, args.workers) if size == args.docs else (args.workers,)):
                lake = str(Path(tmp) / f"lake{w}")
                runs[w] = batch_on(inputs, lake, w)
                print(f"[{size} docs] {runs[w]}  (load {os.getloadavg()[0]:.2f})", flush=True)
                shutil.rmtree(lake)
            peaks[size] = max(runs[args.workers]["peak_rss_mb_per_worker"])
    print(f"documents/s ratio {args.workers} workers / 1 worker at {args.docs} docs: "
          f"{runs[args.workers]['docs_per_s'] / runs[1]['docs_per_s']:.2f}x (target >= 1.7x on 2 idle cores)")
    print(f"peak memory per worker: {peaks[args.small]} MB at {args.small} docs, {peaks[args.docs]} MB at {args.docs} "
          f"docs (x{peaks[args.docs] / peaks[args.small]:.2f} for x{args.docs / args.small:.0f} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
