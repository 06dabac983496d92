"""Train the cleaner's line classifier and measure it with outlet-grouped cross-validation.

    python -m kabar.train.boilerplate                  # CV report, then write src/kabar/models/boilerplate_lines.json
    python -m kabar.train.boilerplate --cv-only        # the report alone
    python -m kabar.train.boilerplate --search         # also try the hyper-parameter grid

Data (:mod:`kabar.train.pagegold`): the annotated devnews pages (``../shared/devnews``: a
line is boilerplate when its number is in the gold ``boilerplate_line_numbers``), the seed
articles and kabar's own invented pages. Folds are the ``outlet_fold`` of
``benchmarks/data/devnews_folds.json``: a page is always scored by a model that never saw
its outlet. Seeds and invented pages are in every training fold. The line-level figures here
choose the learner and threshold; ``benchmarks/devnews.py --oof`` scores the whole pipeline
with the official scorer, each fold's pages cleaned by that fold's model.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..clean.features import NAMES, RULE_KINDS, line_features
from ..clean.model import Model
from .learners import fit_gbdt, fit_logreg
from .pagegold import GoldPage, load_all, models_by_fold

RULE_COLUMNS = frozenset({"strong_rule", "related_marker", "site_prefix"} | {f"rule_{k}" for k in RULE_KINDS})
MODEL_OUT = Path(__file__).resolve().parents[1] / "models" / "boilerplate_lines.json"
N_FOLDS = 5
BP_MIN_CHARS, BODY_MIN_CHARS = 8, 40  # the lines the official scorer counts (boilerplate_removed, body_kept)
# Chosen by --search on the out-of-fold line figures (see the model card).
CHOSEN = {"learner": "logreg", "l2": 10.0, "l2_rules": 0.1}
THRESHOLDS = np.round(np.arange(0.20, 0.91, 0.01), 2)
# A long body line lost costs more than a boilerplate line left: the threshold is the lowest
# whose out-of-fold share of body lines kept is at least MIN_BODY_KEPT (highest recall there).
MIN_BODY_KEPT = 0.985
# Real pages count fully; kabar's invented pages teach the rare kinds without outweighing real layouts.
SOURCE_WEIGHT = {"devnews": 1.0, "seeds": 1.0, "invented": 0.5}


@dataclass
class PageRows:
    page: GoldPage
    X: np.ndarray
    y: np.ndarray
    chars: np.ndarray
    idx: list[int]


def page_rows(page: GoldPage) -> PageRows:
    """Features and labels of a page's labelled lines (the store prefix cut as the cleaner cuts it)."""
    items, X = line_features(page.lines_as_cleaned(), page.title)
    keep = [k for k, it in enumerate(items) if it.idx in page.labels]
    return PageRows(page, X[keep], np.array([page.labels[items[k].idx] for k in keep], dtype=float),
                    np.array([len(items[k].text) for k in keep]), [items[k].idx for k in keep])


def fit(rows: list[PageRows], params: dict) -> Model:
    """One model on the given pages."""
    X = np.vstack([r.X for r in rows])
    y = np.concatenate([r.y for r in rows])
    w = np.concatenate([np.full(len(r.y), SOURCE_WEIGHT[r.page.source]) for r in rows])
    args = {k: v for k, v in params.items() if k not in ("learner", "l2_rules")}
    if "l2_rules" in params:  # each lexicon rule is precise evidence: penalised less than the rest
        args["l2"] = np.array([params["l2_rules"] if n in RULE_COLUMNS else params["l2"] for n in NAMES])
    learner = fit_gbdt if params["learner"] == "gbdt" else fit_logreg
    return Model({**learner(X, y, w, **args), "features": list(NAMES)})


def out_of_fold(rows: list[PageRows], params: dict) -> dict[str, np.ndarray]:
    """Page id -> probabilities from the model of the folds that exclude the page's outlet."""
    out = {}
    for fold in range(N_FOLDS):
        train = [r for r in rows if r.page.fold != fold]
        test = [r for r in rows if r.page.fold == fold]
        if not test:
            continue
        model = fit(train, params)
        out.update({r.page.id: model.predict(r.X) for r in test})
    return out


def fold_models(rows: list[PageRows], params: dict, threshold: float) -> dict[int, Model]:
    """The model of each outlet fold (trained without that fold's outlets)."""
    return models_by_fold(rows, fit, params, threshold, N_FOLDS)


def line_scores(rows: list[PageRows], probs: dict[str, np.ndarray], threshold: float) -> dict:
    """Recall on boilerplate lines (>= 8 chars) and kept share of body lines (>= 40 chars)."""
    P = np.concatenate([probs[r.page.id] for r in rows])
    Y = np.concatenate([r.y for r in rows])
    L = np.concatenate([r.chars for r in rows])
    bp, body = (Y == 1) & (L >= BP_MIN_CHARS), (Y == 0) & (L >= BODY_MIN_CHARS)
    return {"bp_recall": round(float((P[bp] >= threshold).mean()), 4),
            "body_kept": round(float((P[body] < threshold).mean()), 4),
            "bp_lines": int(bp.sum()), "body_lines": int(body.sum())}


def best_threshold(rows: list[PageRows], probs: dict[str, np.ndarray]) -> tuple[float, dict]:
    """The lowest threshold keeping MIN_BODY_KEPT of the body lines (the highest if none does)."""
    ok = [t for t in THRESHOLDS if line_scores(rows, probs, t)["body_kept"] >= MIN_BODY_KEPT]
    t = float(ok[0] if ok else THRESHOLDS[-1])
    return t, line_scores(rows, probs, t)


def _value(scores: dict) -> tuple[float, float]:
    """How a configuration ranks: recall at the chosen threshold, then body kept."""
    return scores["all"]["bp_recall"], scores["all"]["body_kept"]


def grid() -> list[dict]:
    """The hyper-parameters --search tries."""
    lr = [{"learner": "logreg", "l2": v} for v in (0.3, 1.0, 3.0, 10.0, 30.0)]
    gb = [{"learner": "gbdt", "trees": t, "depth": d, "rate": r, "min_leaf": m}
          for t, d, r, m in itertools.product((100, 200), (2, 3), (0.05, 0.1), (5.0, 10.0))]
    return lr + gb


def devnews_rows(rows: list[PageRows]) -> list[PageRows]:
    return [r for r in rows if r.page.source == "devnews"]


def report(rows: list[PageRows], params: dict) -> tuple[float, dict]:
    """Out-of-fold line figures over the devnews pages (all, tune, heldout) at the best threshold."""
    probs = out_of_fold(rows, params)
    dev = devnews_rows(rows)
    t, all_scores = best_threshold(dev, probs)
    tune = [r for r in dev if 0 <= r.page.event_fold <= 2]
    held = [r for r in dev if r.page.event_fold >= 3]
    return t, {"threshold": t, "all": all_scores, "tune": line_scores(tune, probs, t),
               "heldout": line_scores(held, probs, t)}


def train_rows() -> list[PageRows]:
    pages = [p for p in load_all() if p.annotated]
    if not any(p.source == "devnews" for p in pages):
        raise SystemExit("devnews gold not found at ../shared/devnews: nothing to train on")
    return [page_rows(p) for p in pages]


def write_model(rows: list[PageRows], params: dict, threshold: float, cv: dict, out: Path) -> Model:
    """The shipped model: fitted on every page, with its threshold and CV figures inside."""
    model = fit(rows, params)
    data = dict(model.data)
    data.update({"threshold": threshold, "params": params, "cv_line_scores": cv,
                 "training_pages": {s: sum(r.page.source == s for r in rows) for s in ("devnews", "seeds", "invented")},
                 "training_lines": int(sum(len(r.y) for r in rows))})
    out.write_text(json.dumps(data, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
    return Model(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--search", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL_OUT)
    args = ap.parse_args(argv)
    rows = train_rows()
    params = dict(CHOSEN)
    if args.search:
        results = [(p, *report(rows, p)) for p in grid()]
        for p, t, r in sorted(results, key=lambda x: _value(x[2])):
            print(json.dumps(p), json.dumps(r["all"]))
        params = max(results, key=lambda x: _value(x[2]))[0]
    threshold, cv = report(rows, params)
    print("chosen", json.dumps(params), json.dumps(cv))
    if not args.cv_only:
        write_model(rows, params, threshold, cv, args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
