"""`kabar ingest --workers 2` against `--workers 1` on the same corpus, measured in the same run.

The corpus is invented news (kabar.batch.synthetic) written as HTML pages, one file each, so
reading, HTML extraction and analysis all run in the workers. Each command runs in its own process;
the figures are wall seconds, documents/s, and CPU seconds of the whole process tree. The two
stores are compared row by row (they must be identical). Target: >= 1.7x documents/s on 2 cores.

    python benchmarks/scale_ingest.py [--docs 600] [--workers 2]

The machine is shared: the load average before and after is printed, because a busy machine
cannot give two workers two cores.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.batch.synthetic import articles, html_page  # noqa: E402

KABAR = str(Path(sys.executable).parent / "kabar")
ROWS = "SELECT id, content_hash, path, url, outlet, title, published, language, text, raw, json FROM documents"


def write_pages(folder: Path, n: int) -> None:
    for a in articles(n, seed=17):
        (folder / f"{a.id}.html").write_text(html_page(a), encoding="utf-8")


def timed(cmd: list[str]) -> dict:
    """Wall and CPU seconds (this process's children: the command and its workers) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        write_pages(pages, args.docs)
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
        runs = {}
        for n in (1, args.workers):
            db = str(Path(tmp) / f"w{n}.db")
            runs[n] = timed([KABAR, "ingest", str(pages), "--db", db, "--workers", str(n), "-q"])
            runs[n]["docs_per_s"] = round(args.docs / runs[n]["wall_s"], 1)
            print(f"--workers {n}: {runs[n]}", flush=True)
        same = _rows(Path(tmp) / "w1.db") == _rows(Path(tmp) / f"w{args.workers}.db")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    ratio = runs[args.workers]["docs_per_s"] / runs[1]["docs_per_s"]
    print(f"documents/s ratio --workers {args.workers} / --workers 1: {ratio:.2f}x (target >= 1.7x on 2 idle cores); "
          f"CPU overhead of the pool: {runs[args.workers]['cpu_s'] / runs[1]['cpu_s']:.2f}x; identical stores: {same}")
    return 0 if same else 1


def _rows(db: Path) -> list:
    with sqlite3.connect(db) as conn:
        return conn.execute(ROWS + " ORDER BY seq").fetchall()


if __name__ == "__main__":
    sys.exit(main())
