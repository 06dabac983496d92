"""Sweep the learned thresholds of the claims comparison on the tune events: how each was chosen.

Each threshold of :mod:`kabar.claims.compare` and :mod:`kabar.claims.dates` named
on the command line is set to each of its values in turn (the others at their
shipped values) and the briefings of a kept store are scored with
``../shared/eval/brief_score.py`` on a subset of events (``tune`` by default:
choose there, then report ``heldout`` once with ``benchmarks/briefs.py``).

Run: ``python benchmarks/claims_sweep.py --db DIR/k.db [--subset tune]
[compare.SAME_CONTEXT=0.1,0.15,0.2 ...]`` (``--db``: a store kept by
``benchmarks/briefs.py --keep DIR``). Without thresholds it sweeps the ones
``docs/claims.md`` reports.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import briefs  # noqa: E402
import devnews  # noqa: E402

DEFAULT_SWEEPS = (
    "compare.SAME_CONTEXT=0.1,0.15,0.2,0.25,0.3,0.4",
    "compare.SAME_SENTENCE=0.3,0.35,0.4,0.45,0.5,0.6",
    "compare.DISAGREE_CONTEXT=0.05,0.1,0.15,0.2,0.25,0.3",
    "compare.MAX_RATIO=1.1,1.3,1.6,2,3",
    "dates.SAME_DAY_CONTEXT=0.2,0.3,0.4,0.5,0.6",
    "dates.SAME_TIME_CONTEXT=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.9",
)


def modules() -> dict:
    from kabar.claims import compare, dates

    return {"compare": compare, "dates": dates}


def figures(bs, k, g, ids: set[str]) -> str:
    """One line of the briefing figures the thresholds move."""
    kk, gg = briefs.restrict(bs, k, g, ids)
    r = bs.score(kk, gg)
    d = r["disagreements"]
    return (f"disagree P {d['disagreement_precision']} ({d['correct']}/{d['flagged']}) "
            f"R {d['disagreement_recall']} ({d['found']}/{d['gold_disagree']}) update_as_conflict "
            f"{d['update_as_conflict']} scope_as_conflict {d['scope_as_conflict']} agree P {d['agree_precision']} "
            f"({d['agree_correct']}/{d['agree_groups']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--subset", default="tune", type=briefs.subset_name, help="tune, heldout, all or event:N")
    ap.add_argument("sweeps", nargs="*", help="module.NAME=v1,v2,... (module: compare or dates)")
    args = ap.parse_args(argv)
    bs = briefs.load_brief_scorer()
    g = bs.load_gold(devnews.GOLD, devnews.CORPUS)
    ids = devnews.subset_ids(args.subset, devnews.load_folds())
    mods = modules()
    for spec in args.sweeps or DEFAULT_SWEEPS:
        target, _, values = spec.partition("=")
        mod_name, _, name = target.partition(".")
        mod = mods[mod_name]
        shipped = getattr(mod, name)
        for v in values.split(","):
            setattr(mod, name, float(v))
            mark = "*" if float(v) == shipped else " "
            print(f"{mark} {target}={v}: {figures(bs, briefs.kabar_output(bs, args.db), g, ids)}", flush=True)
        setattr(mod, name, shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
