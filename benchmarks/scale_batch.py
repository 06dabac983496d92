"""`kabar batch` on a Dask LocalCluster of 2 workers against 1 worker, over invented news in WARC and
JSONL, measured in the same run; peak memory per worker at several corpus sizes; the WARC reader alone
against merely iterating the same archive with FastWARC. One command prints every figure:

    python benchmarks/scale_batch.py [--docs 100000] [--memory-sizes 2000 10000] [--workers 2]

For each size the corpus is written once as a record-wise gzipped WARC crawl (with request records
and images beside the pages) and as a JSONL export, half the articles in each. The memory sizes run
on 2 workers only; ``--docs`` runs on 1 worker and then on 2. Each cluster is started before its clock
starts (the figures are the batch itself, the workers' loading of the models included); the WARC
reader is timed at the largest size. Prints
documents/s per configuration, the ratio (target >= 1.7x on 2 idle cores), the peak resident memory
of each worker process at each size (it must not grow with the corpus: a worker holds one chunk of
one unit), how much of the wall time the workers spent inside units and how much of that they had a
CPU (below 100%: the machine was busy with other work), the CPU per document, and the load average
beside every figure, because a shared machine cannot give two workers two cores.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.batch.run import local_cluster, run_batch  # noqa: E402
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
    from distributed import Client

    with local_cluster(workers) as cluster, Client(cluster):
        load0 = os.getloadavg()[0]
        t0 = time.perf_counter()
        report = run_batch(inputs, lake, Settings(), scheduler=cluster.scheduler_address)
        wall = time.perf_counter() - t0
    return {"workers": workers, "documents": report.documents, "errors": report.errors, "wall_s": round(wall, 1),
            "docs_per_s": round(report.documents / wall, 1), "units": report.units,
            "peak_rss_mb_per_worker": sorted(report.peak_rss_mb.values()),
            "busy_share": round(sum(report.busy_seconds.values()) / (workers * wall), 3),
            "cpu_ms_per_doc": round(1000 * sum(report.cpu_seconds.values()) / max(report.documents, 1), 1),
            "cpu_share_in_units": round(sum(report.cpu_seconds.values()) / max(sum(report.busy_seconds.values()), 1e-9), 3),
            "lake_mb": round(_size(lake) / 2**20, 1), "input_mb": round(sum(os.path.getsize(p) for p in inputs) / 2**20, 1),
            "load_start": round(load0, 2), "load_end": round(os.getloadavg()[0], 2)}


def _size(folder: str) -> int:
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, files in os.walk(folder) for f in files)


def run_size(size: int, worker_counts: tuple[int, ...], reader: bool) -> tuple[dict | None, dict]:
    """The reader figures (when ``reader``) and one batch per worker count over a fresh corpus of ``size``
    articles."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_corpus(Path(tmp), size)
        reader = reader_vs_iteration(inputs[0]) if reader else None
        if reader:
            print(f"[{size} docs] WARC reader vs iteration: {reader}", flush=True)
        runs = {}
        for w in worker_counts:
            lake = str(Path(tmp) / f"lake{w}")
            runs[w] = batch_on(inputs, lake, w)
            print(f"[{size} docs] {runs[w]}", flush=True)
            shutil.rmtree(lake)
    return reader, runs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000,
                    help="the size of the 1-vs-2 workers comparison (0: only the memory sizes)")
    ap.add_argument("--memory-sizes", type=int, nargs="*", default=[2_000, 10_000],
                    help="smaller sizes run on 2 workers only, for peak memory per worker against corpus size")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    peaks, readers = {}, {}
    sizes = sorted(set(args.memory_sizes) - {args.docs})
    for size in sizes:  # the WARC reader's figures at the largest size only
        readers[size], runs = run_size(size, (args.workers,), reader=not args.docs and size == sizes[-1])
        peaks[size] = runs[args.workers]["peak_rss_mb_per_worker"]
    runs = {}
    if args.docs:
        readers[args.docs], runs = run_size(args.docs, (1, args.workers), reader=True)
        peaks[args.docs] = runs[args.workers]["peak_rss_mb_per_worker"]
    summary(args, runs, peaks, readers)
    return 0


def summary(args, runs: dict, peaks: dict, readers: dict) -> None:
    if runs:
        ratio(args, runs)
    tops = {n: max(p) for n, p in sorted(peaks.items())}
    print("peak memory per worker (MB) by corpus size: " + "; ".join(f"{n}: {peaks[n]}" for n in sorted(peaks))
          + f" (largest worker x{max(tops.values()) / min(tops.values()):.2f} across x{max(tops) / min(tops):.0f} "
          "documents" + (f"; 1 worker at {args.docs}: {runs[1]['peak_rss_mb_per_worker']})" if runs else ")"))
    print("WARC reader / iterating the archive (CPU): " + "; ".join(
        f"{n}: x{r['reader_x_iterate']} ({r['reader_cpu_s']} s vs {r['iterate_cpu_s']} s, {r['records']} records)"
        for n, r in sorted(readers.items()) if r))


def ratio(args, runs: dict) -> None:
    one, many = runs[1], runs[args.workers]
    print(f"\ndocuments/s, {args.workers} workers / 1 worker at {args.docs} docs: "
          f"{many['docs_per_s'] / one['docs_per_s']:.2f}x ({many['docs_per_s']} vs {one['docs_per_s']}; "
          f"load {one['load_start']}-{one['load_end']} and {many['load_start']}-{many['load_end']}; "
          f"workers inside units {one['busy_share']:.0%} and {many['busy_share']:.0%} of the wall time, on a CPU "
          f"{one['cpu_share_in_units']:.0%} and {many['cpu_share_in_units']:.0%} of that; CPU per document "
          f"{one['cpu_ms_per_doc']} and {many['cpu_ms_per_doc']} ms) target >= 1.7x on 2 idle cores")


if __name__ == "__main__":
    sys.exit(main())
