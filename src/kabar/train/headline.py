"""Train the headline ranker and measure it with outlet-grouped cross-validation.

    python -m kabar.train.headline            # CV report, then write src/kabar/models/headline.json
    python -m kabar.train.headline --cv-only

Gold: every devnews page (``../shared/devnews``; the sidecar's ``title`` where ``title_from``
is ``page`` and a line prints it, else "no headline printed"), the seed articles and kabar's
invented pages. A page is scored by the model of the outlet fold that excludes its outlet;
the figure is the share of pages whose title comes out exactly right (the printed headline,
or none where the page prints none).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..clean import headline as hl
from ..clean.features import norm, page_lines
from ..clean.model import Model
from .learners import fit_logreg
from .pagegold import GoldPage, load_all, models_by_fold

MODEL_OUT = Path(__file__).resolve().parents[1] / "models" / "headline.json"
N_FOLDS = 5
CHOSEN = {"l2": 3.0}
THRESHOLDS = np.round(np.arange(0.10, 0.91, 0.02), 2)
SOURCE_WEIGHT = {"devnews": 1.0, "seeds": 1.0, "invented": 0.3}


@dataclass
class PageCands:
    page: GoldPage
    X: np.ndarray
    y: np.ndarray
    texts: list[str]
    eligible: np.ndarray


def page_cands(page: GoldPage) -> PageCands:
    items = page_lines(page.lines_as_cleaned())
    X = hl.candidate_features(items)
    ok = [hl.eligible(items[k]) for k in hl.candidates(items)]
    want = norm(page.title) if page.title else None
    y = np.array([float(want is not None and norm(items[k].text) == want) for k in hl.candidates(items)])
    return PageCands(page, X, y, [items[k].text for k in hl.candidates(items)], np.array(ok, dtype=float))


def fit(pages: list[PageCands], params: dict) -> Model:
    X = np.vstack([p.X for p in pages if len(p.y)])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([np.full(len(p.y), SOURCE_WEIGHT[p.page.source]) for p in pages])
    return Model({**fit_logreg(X, y, w, **params), "features": list(hl.NAMES)})


def predict_title(pc: PageCands, probs: np.ndarray, threshold: float) -> str | None:
    if not len(probs):
        return None
    best = int(np.argmax(probs))
    return hl.strip_outlet(pc.texts[best]) if probs[best] >= threshold else None


def out_of_fold(pages: list[PageCands], params: dict) -> dict[str, np.ndarray]:
    out = {}
    for fold in range(N_FOLDS):
        test = [p for p in pages if p.page.fold == fold]
        if test:
            model = fit([p for p in pages if p.page.fold != fold], params)
            out.update({p.page.id: model.predict(p.X) * p.eligible for p in test})
    return out


def title_scores(pages: list[PageCands], probs: dict[str, np.ndarray], threshold: float) -> dict:
    """Exact on pages that print a headline; none given on pages that print none."""
    printed = [p for p in pages if p.page.title]
    bare = [p for p in pages if not p.page.title]
    exact = sum(norm(predict_title(p, probs[p.page.id], threshold) or "") == norm(p.page.title) for p in printed)
    silent = sum(predict_title(p, probs[p.page.id], threshold) is None for p in bare)
    return {"exact": round(exact / len(printed), 4) if printed else None, "printed": len(printed),
            "none_when_none": round(silent / len(bare), 4) if bare else None, "unprinted": len(bare)}


def best_threshold(pages: list[PageCands], probs: dict[str, np.ndarray]) -> float:
    def value(t):
        s = title_scores(pages, probs, t)
        return s["exact"] * s["printed"] + s["none_when_none"] * s["unprinted"]
    return float(max(THRESHOLDS, key=value))


def report(pages: list[PageCands], params: dict) -> tuple[float, dict]:
    probs = out_of_fold(pages, params)
    dev = [p for p in pages if p.page.source == "devnews"]
    t = best_threshold(dev, probs)
    tune = [p for p in dev if 0 <= p.page.event_fold <= 2]
    held = [p for p in dev if p.page.event_fold >= 3]
    return t, {"threshold": t, "all": title_scores(dev, probs, t), "tune": title_scores(tune, probs, t),
               "heldout": title_scores(held, probs, t)}


def all_cands() -> list[PageCands]:
    pages = load_all()
    if not any(p.source == "devnews" for p in pages):
        raise SystemExit("devnews not found at ../shared/devnews: nothing to train on")
    return [page_cands(p) for p in pages]


def fold_models(pages: list[PageCands], params: dict, threshold: float) -> dict[int, Model]:
    """The model of each outlet fold (trained without that fold's outlets)."""
    return models_by_fold(pages, fit, params, threshold, N_FOLDS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL_OUT)
    args = ap.parse_args(argv)
    pages = all_cands()
    threshold, cv = report(pages, CHOSEN)
    print(json.dumps(cv))
    if not args.cv_only:
        data = dict(fit(pages, CHOSEN).data)
        data.update({"threshold": threshold, "params": CHOSEN, "cv_title_scores": cv,
                     "training_pages": {s: sum(p.page.source == s for p in pages) for s in SOURCE_WEIGHT}})
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
