"""Start-up of ``kabar search`` end to end against a do-nothing Python, measured in the same run.

    .venv/bin/python benchmarks/cli_start.py [--docs 300] [--repeats 20]

Stores IndoSum articles (../shared/data/indosum, as benchmarks/store.py reads them) in a temporary
store, then runs ``python -c pass`` and ``kabar search QUERY --db STORE`` (output to a pipe)
alternately, each ``--repeats`` times, and prints the CPU seconds of each whole process (user +
system, from the children's rusage) and their ratio (target <= 3), then the modules that cost
most to import on the search's path (``python -X importtime``) and whether click or rich were
among them. Also prints the same searches through the click command line (the entry point before
issue 16) and ``kabar documents`` (click's path) for comparison.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import load_articles, to_document  # noqa: E402

QUERIES = ["pemerintah", "kunjungan", "jakarta banjir", "\"Presiden Joko Widodo\"", "menteri OR gubernur"]


def cpu_seconds(cmd: list[str]) -> float:
    """CPU seconds (user + system) of one run of ``cmd``, output discarded through a pipe."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def kabar_cmd(*args: str, entry: str = "kabar.cli_fast") -> list[str]:
    """``kabar ARGS`` run by this interpreter through ``entry`` (the installed entry point; ``kabar.cli``: the
    click command line, the entry point before issue 16)."""
    return [sys.executable, "-c", f"import sys; from {entry} import main; main(sys.argv[1:])", *args]


def top_imports(cmd: list[str], n: int = 8) -> tuple[list[str], bool]:
    """The ``n`` costliest imports of ``cmd`` (cumulative microseconds) and whether click or rich came in."""
    out = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, check=True).stderr
    rows = [line.split("|") for line in out.splitlines() if line.startswith("import time:") and "|" in line]
    parsed = [(int(r[1]), r[2].rstrip()) for r in rows if r[1].strip().isdigit()]
    heavy = any(name.strip() in ("click", "rich") for _, name in parsed)
    return [f"{us / 1000:6.1f} ms {name}" for us, name in sorted(parsed, reverse=True)[:n]], heavy


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=20)
    args = ap.parse_args()
    from kabar.store import Store
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "kabar.db")
        with Store(db) as store:
            store.add_many(to_document(*a) for a in load_articles(args.docs))
        runs = {"python -c pass": [sys.executable, "-c", "pass"], "kabar search": None,
                "search via click": None, "kabar documents": kabar_cmd("documents", "--db", db)}
        total = dict.fromkeys(runs, 0.0)
        for i in range(args.repeats):  # alternate, so load changes hit every command alike
            query = QUERIES[i % len(QUERIES)]
            runs["kabar search"] = kabar_cmd("search", query, "--db", db)
            runs["search via click"] = kabar_cmd("search", query, "--db", db, entry="kabar.cli")
            for name, cmd in runs.items():
                total[name] += cpu_seconds(cmd)
        base = total["python -c pass"] / args.repeats
        for name, t in total.items():
            print(f"{name:17s} {t / args.repeats * 1000:6.1f} ms CPU per run  x{t / args.repeats / base:.2f}")
        lines, heavy = top_imports(kabar_cmd("search", "kunjungan", "--db", db))
        print("costliest imports of kabar search:", *lines, sep="\n  ")
        print("click or rich imported by kabar search:", heavy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
