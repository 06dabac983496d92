"""Milliseconds per article for every stage of the default pipeline, beside tokenising the same text.

Speed targets are read from here, never from timed tests: the printed ratio against the
tokenizer baseline (measured in the same run) is what to compare between machines.

    python benchmarks/stages.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.io import iter_inputs  # noqa: E402
from kabar.model import Document  # noqa: E402
from kabar.pipeline import REGISTRY, Pipeline  # noqa: E402
from kabar.settings import Settings  # noqa: E402
from kabar.stages import default_stages  # noqa: E402
from kabar.text.tokens import tokenize  # noqa: E402

BUDGET_MS = {"entities": 50, "events": 20}


def corpus() -> list:
    paths = [str(ROOT / "examples" / "articles")]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(str(p) for p in seeds.glob("*.txt"))
    return [r for r in iter_inputs(paths, Settings()) if hasattr(r, "text")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    raws = corpus()
    names = default_stages()
    Pipeline.build(names)(Document.from_raw(raws[0]))  # warm-up: load models and tables
    totals = dict.fromkeys(names, 0.0)
    t_tok = 0.0
    for _ in range(args.rounds):
        for raw in raws:
            doc = Document.from_raw(raw)
            for name in names:
                t0 = time.perf_counter()
                doc = REGISTRY[name].fn(doc, Settings())
                totals[name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            tokenize(doc.text)
            t_tok += time.perf_counter() - t0
    n = len(raws) * args.rounds
    base = t_tok / n * 1000
    print(f"{len(raws)} articles x {args.rounds} rounds; tokenizer baseline {base:.2f} ms/article")
    for name in names:
        ms = totals[name] / n * 1000
        budget = f"  (budget {BUDGET_MS[name]} ms)" if name in BUDGET_MS else ""
        print(f"{name:>12}: {ms:7.2f} ms/article  {ms / base:7.1f}x tokenizing{budget}")
    total = sum(totals.values()) / n * 1000
    print(f"{'all':>12}: {total:7.2f} ms/article  = {1000 / total:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
