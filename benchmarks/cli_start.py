"""Start-up of ``kabar search`` end to end against a do-nothing Python, measured in the same run.

    .venv/bin/python benchmarks/cli_start.py [--docs 300] [--repeats 20]

Stores IndoSum articles (../shared/data/indosum, as benchmarks/store.py reads them) in a temporary
store, then runs ``python -c pass`` and ``kabar search QUERY --db STORE`` (output to a pipe)
alternately, each ``--repeats`` times, and prints the CPU seconds of each whole process (user +
system, from the children's rusage) and their ratio (target <= 3), then the modules that cost
most to import on the search's path (``python -X importtime``) and whether click or rich were
among them. Also prints the same searches through the click command line (the entry point before
issue 16), ``kabar documents`` (click's path), and a search for a word outside the shipped stem
table (lang/id/stems.tsv: that one imports Sastrawi) for comparison.

Bytecode: an installed kabar has its modules compiled (pip writes the ``.pyc`` files), but a
development checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the shared machine) compiles every
kabar module from source at each start. Both are measured, each against ``python -c pass`` under the
same settings: "installed" with a bytecode cache (PYTHONPYCACHEPREFIX, a temporary folder filled by a
first run), "this environment" as the caller's environment is.
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
RARE_QUERY = "mengkhawatirkannya"  # affixed and not in the stem table: stemmed by Sastrawi


def cpu_seconds(cmd: list[str], env: dict | None = None) -> float:
    """CPU seconds (user + system) of one run of ``cmd``, output discarded through a pipe."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def kabar_cmd(*args: str, entry: str = "kabar.cli_fast") -> list[str]:
    """``kabar ARGS`` run by this interpreter through ``entry`` (the installed entry point; ``kabar.cli``: the
    click command line, the entry point before issue 16)."""
    return [sys.executable, "-c", f"import sys; from {entry} import main; main(sys.argv[1:])", *args]


def top_imports(cmd: list[str], env: dict, n: int = 8) -> tuple[list[str], bool]:
    """The ``n`` costliest imports of ``cmd`` (cumulative microseconds) and whether click or rich came in."""
    out = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, check=True, env=env).stderr
    rows = [line.split("|") for line in out.splitlines() if line.startswith("import time:") and "|" in line]
    parsed = [(int(r[1]), r[2].rstrip()) for r in rows if r[1].strip().isdigit()]
    heavy = any(name.strip() in ("click", "rich") for _, name in parsed)
    return [f"{us / 1000:6.1f} ms {name}" for us, name in sorted(parsed, reverse=True)[:n]], heavy


def settings(tmp: str) -> dict[str, dict]:
    """The environments measured: as installed (a bytecode cache) and as the caller's is."""
    installed = dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(tmp, "pyc"))
    installed.pop("PYTHONDONTWRITEBYTECODE", None)
    return {"installed": installed, "this environment": dict(os.environ)}


def measure(db: str, env: dict, repeats: int) -> dict[str, float]:
    """Mean CPU milliseconds per run of each command, alternating so load changes hit all alike."""
    runs = {"python -c pass": [sys.executable, "-c", "pass"], "kabar search": None,
            "search via click": None, "kabar documents": kabar_cmd("documents", "--db", db),
            "rare-word search": kabar_cmd("search", RARE_QUERY, "--db", db)}
    for cmd in runs.values():  # a first run fills the bytecode cache where there is one
        if cmd:
            cpu_seconds(cmd, env)
    total = dict.fromkeys(runs, 0.0)
    for i in range(repeats):
        query = QUERIES[i % len(QUERIES)]
        runs["kabar search"] = kabar_cmd("search", query, "--db", db)
        runs["search via click"] = kabar_cmd("search", query, "--db", db, entry="kabar.cli")
        for name, cmd in runs.items():
            total[name] += cpu_seconds(cmd, env)
    return {name: t / repeats * 1000 for name, t in total.items()}


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
        envs = settings(tmp)
        for label, env in envs.items():
            ms = measure(db, env, args.repeats)
            base = ms["python -c pass"]
            print(f"{label}:")
            for name, t in ms.items():
                print(f"  {name:17s} {t:6.1f} ms CPU per run  x{t / base:.2f}")
        lines, heavy = top_imports(kabar_cmd("search", "kunjungan", "--db", db), envs["installed"])
        print("costliest imports of kabar search (installed):", *lines, sep="\n  ")
        print("click or rich imported by kabar search:", heavy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
