"""Does this tree analyse the benchmark corpus exactly as another commit does? (speed work must not change output)

Exports the source tree of ``--base`` (a git commit, default ``main``) into a temporary folder, analyses
the corpus of ``benchmarks/analyze.py`` (IndoSum articles plus the devnews pages) once with that tree
and once with this one, each in a process of its own with the same hash seed, and compares the two
JSON records of every document field by field. Exits 1 when any document differs.

    python benchmarks/same_output.py [--base main] [--articles 1000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "analyze.py"


def export_tree(ref: str, dest: Path) -> Path:
    """The ``src`` folder of commit ``ref``, written under ``dest``; returns its path."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src"],
                          capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


def dump(src: Path, out: Path, articles: int) -> None:
    """Analyse the benchmark corpus with the kabar found in ``src`` into ``out`` (JSON lines)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run([sys.executable, str(BENCH), "--articles", str(articles), "--src", str(src),
                    "--dump", str(out)], check=True, env=env, stdout=subprocess.DEVNULL)


def compare(old: Path, new: Path) -> tuple[int, Counter, list[str]]:
    """(documents compared, differing fields counted, paths of the first differing documents)."""
    fields: Counter = Counter()
    first: list[str] = []
    n = 0
    with old.open(encoding="utf-8") as fa, new.open(encoding="utf-8") as fb:
        for la, lb in zip(fa, fb, strict=True):
            n += 1
            if la == lb:
                continue
            a, b = json.loads(la), json.loads(lb)
            diff = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
            fields.update(diff)
            if len(first) < 10:
                first.append(f"{(a.get('source') or {}).get('path')}: {', '.join(diff)}")
    return n, fields, first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="main", help="the commit to compare with (default main)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--keep", default=None, help="keep both dumps in this folder")
    ap.add_argument("--base-dump", default=None, help="reuse this dump of the base instead of making one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        base = Path(args.base_dump) if args.base_dump else work / "base.jsonl"
        if not args.base_dump:
            dump(export_tree(args.base, Path(tmp) / "base"), base, args.articles)
        dump(ROOT / "src", work / "this.jsonl", args.articles)
        n, fields, first = compare(base, work / "this.jsonl")
    print(f"{n} documents compared with {args.base_dump or args.base}; fields differing: {dict(fields) or 'none'}")
    for line in first:
        print("  " + line)
    return 1 if fields else 0


if __name__ == "__main__":
    sys.exit(main())
