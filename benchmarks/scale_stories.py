"""`kabar stories --lake` (time windows on a Dask LocalCluster) against the single-process clustering,
on the synthetic news of benchmarks/stories_scale.py, measured in the same run.

    python benchmarks/scale_stories.py [--sizes 100000 200000] [--workers 2] [--window 13] [--concurrent-single]

For each size: the features are written as a lake's feature table (what phase 1 of `stories --lake`
writes from analysed documents), then (a) the single pass (`Clusterer` over every document in date
order, in its own process) and (b) the windows on the cluster plus the merge. Prints seconds, peak
memory (the single process's growth; the largest peak resident size of a worker process that ran window
tasks, the whole process over the run: Python, Dask and pyarrow included), B-cubed agreement of (b) with (a) (target
>= 0.99) and of both with the synthetic events, and the growth exponents of (b)'s time and of the
window worker's peak memory between the first and last size. Time ratios need an idle machine; memory and
agreement hold under load. ``--window 4`` gives more windows per worker at small sizes (a cheap check that
a worker's memory does not grow with the windows it has run).
Phase 1 (features from analysed documents: stemming) is not in these figures; it is one task per
documents file and scales with the workers like `kabar batch`.

Projection for 10M documents (see the README, "Scaling out"): windows are independent, so the
windowed time is (documents per window x the single-pass cost per document at that window size x
(1 + overlap/window)) / workers, plus the driver's merge (linear in documents) and the seeds of
document frequencies (one Counter per week, summed in the driver).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from kabar.batch.stories import FEATURE_SCHEMA, FEATURES, _feature_row, cluster_features, week_of  # noqa: E402
from kabar.stories.cluster import Clusterer, assignment_key  # noqa: E402
from kabar.stories.evaluate import bcubed  # noqa: E402
from stories_scale import synthetic  # noqa: E402


def write_features(lake: str, n: int) -> tuple[list[dict], dict[str, str]]:
    """The synthetic documents as the feature table, one file per week; phase 1's summaries."""
    feats, gold, _ = synthetic(n)
    by_week = defaultdict(list)
    for f in feats:
        by_week[week_of(f.day)].append(f)
    summaries = []
    for week, group in by_week.items():
        name = f"part-{week}"
        out = os.path.join(lake, FEATURES, f"week={week}", f"{name}.parquet")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        pq.write_table(pa.Table.from_pylist([_feature_row(f, name) for f in group], schema=FEATURE_SCHEMA), out)
        df = Counter()
        for f in group:
            df.update(set(f.keys()))
        summaries.append({"file": name, "df": {week: dict(df)}, "docs": {week: [f.doc_id for f in group]}})
    return summaries, gold


def single(n: int) -> dict:
    """The single pass in its own process (own peak memory), over the same documents in the same order."""
    return finish_single(start_single(n))


def start_single(n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, "--single", str(n)], stdout=subprocess.PIPE, text=True)


def finish_single(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"the single pass failed (exit code {proc.returncode})")
    return json.loads(out)


def _single_here(n: int) -> dict:
    feats, _, _ = synthetic(n)
    feats.sort(key=lambda f: f.doc_id)
    feats.sort(key=assignment_key)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    c = Clusterer()
    assigned = {f.doc_id: c.assign(f) for f in feats}
    return {"seconds": round(time.perf_counter() - t0, 1),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before, 1),
            "assigned": assigned}


def windowed(n: int, workers: int, window: int) -> dict:
    from distributed import Client

    from kabar.batch.run import local_cluster

    with tempfile.TemporaryDirectory() as lake:
        summaries, gold = write_features(lake, n)
        with local_cluster(workers) as cluster, Client(cluster) as client:
            t0 = time.perf_counter()
            result = cluster_features(lake, client, summaries, window=window)
            seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 1), "windows": result.windows, "phases": result.seconds,
            "peak_mb_window_task": result.peak_rss_mb["window_task"], "assigned": result.assignment, "gold": gold}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--window", type=int, default=13, help="weeks per window")
    ap.add_argument("--no-single-above", type=int, default=100_000,
                    help="skip the single pass above this size (it is the slow reference)")
    ap.add_argument("--concurrent-single", action="store_true",
                    help="run the single pass at the same time as the windows (on a machine too busy to wait for "
                         "both in turn: agreement and memory hold, the time ratio does not)")
    ap.add_argument("--single", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.single:
        print(json.dumps(_single_here(args.single)))
        return 0
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    rows = []
    for n in args.sizes:
        proc = start_single(n) if args.concurrent_single and n <= args.no_single_above else None
        w = windowed(n, args.workers, args.window)
        row = {"n": n, "windowed_s": w["seconds"], "windows": w["windows"], "phases": w["phases"],
               "peak_mb_window_task": w["peak_mb_window_task"],
               "bcubed_vs_events": bcubed(w["gold"], w["assigned"])["f1"]}
        if n <= args.no_single_above:
            s = finish_single(proc) if proc else single(n)
            row.update({"single_s": s["seconds"], "single_peak_mb": s["peak_mb"], "concurrent": bool(proc),
                        "time_ratio_single_over_windowed": round(s["seconds"] / w["seconds"], 2),
                        "agreement_with_single": bcubed(s["assigned"], w["assigned"]),
                        "single_bcubed_vs_events": bcubed(w["gold"], s["assigned"])["f1"]})
        rows.append(row)
        print(json.dumps(row), f"(load {os.getloadavg()[0]:.2f})", flush=True)
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        exp = math.log(b["windowed_s"] / a["windowed_s"]) / math.log(b["n"] / a["n"])
        print(f"windowed time x{b['windowed_s'] / a['windowed_s']:.2f} for x{b['n'] / a['n']:.0f} documents "
              f"(growth exponent {exp:.2f}; 1.0 is linear)")
        mem = math.log(b["peak_mb_window_task"] / a["peak_mb_window_task"]) / math.log(b["n"] / a["n"])
        print(f"window worker's peak memory x{b['peak_mb_window_task'] / a['peak_mb_window_task']:.2f} for "
              f"x{b['n'] / a['n']:.0f} documents (growth exponent {mem:.2f}; 0 is flat)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
