"""Throughput of `analyze` (the foundation stages) against merely reading and decoding the same files.

The corpus is the bundled examples plus the seeds (when ../shared is present), copied N times
with a small edit each so every document is distinct. Prints documents/s and MB/s per core for
(a) read + decode only and (b) read + decode + the pipeline, and the ratio between them.

    python benchmarks/analyze.py [--copies 40] [--stages clean,language,sentences,published]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.io import iter_inputs  # noqa: E402
from kabar.pipeline import Pipeline  # noqa: E402
from kabar.analyze import analyze_raw  # noqa: E402
from kabar.settings import Settings  # noqa: E402

FOUNDATION = "clean,language,sentences,published"
TARGET_DOCS_PER_S = 200


def build_corpus(dest: Path, copies: int, kinds: tuple[str, ...]) -> int:
    """Copy the plain-text (or all) examples and seeds ``copies`` times, each copy made distinct."""
    sources = [p for p in sorted((ROOT / "examples" / "articles").rglob("*")) if p.suffix in kinds]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        sources += sorted(seeds.glob("*.txt"))
    n = 0
    for i in range(copies):
        for src in sources:
            target = dest / f"{i:04d}_{src.name}"
            data = src.read_bytes()
            if src.suffix == ".txt":
                data = data + f"\n\nSalinan nomor {i}.".encode("utf-8")
                target.write_bytes(data)
            else:
                shutil.copyfile(src, target)
            n += 1
    return n


def run(paths: list[str], pipeline: Pipeline | None) -> tuple[int, int, float]:
    docs = chars = 0
    t0 = time.perf_counter()
    for raw in iter_inputs(paths, Settings()):
        if not hasattr(raw, "text"):
            continue
        if pipeline is not None:
            analyze_raw(raw, pipeline)
        docs += 1
        chars += len(raw.text.encode("utf-8"))
    return docs, chars, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--stages", default=FOUNDATION, help="comma-separated stages (default: the foundation)")
    ap.add_argument("--html", action="store_true", help="include the HTML and JSONL examples")
    args = ap.parse_args()
    kinds = (".txt", ".md", ".html", ".htm", ".jsonl") if args.html else (".txt",)
    with tempfile.TemporaryDirectory() as tmp:
        n = build_corpus(Path(tmp), args.copies, kinds)
        paths = [tmp]
        pipeline = Pipeline.build(args.stages.split(","), Settings())
        run(paths[:1], pipeline)  # warm-up: lazy models and regexes
        base = run(paths, None)
        full = run(paths, pipeline)
    print(f"corpus: {n} files, {base[0]} documents, {base[1] / 1e6:.1f} MB; stages: {args.stages}")
    for label, (docs, size, secs) in (("read+decode", base), ("analyze", full)):
        print(f"{label:>12}: {docs / secs:8.1f} docs/s  {size / 1e6 / secs:6.2f} MB/s  ({secs:.2f} s, one core)")
    ratio = full[2] / base[2]
    verdict = "meets" if full[0] / full[2] >= TARGET_DOCS_PER_S else "misses"
    print(f"ratio analyze/read: {ratio:.1f}x the time of reading alone; "
          f"{verdict} the target of {TARGET_DOCS_PER_S} docs/s per core")


if __name__ == "__main__":
    main()
