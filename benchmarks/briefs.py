"""Score kabar's briefings on ``../shared/devnews`` with ``../shared/eval/brief_score.py``, per event subset.

The 134 pages are ingested once into a fresh store (as the before-stop check does:
only the ``.txt`` pages), every story's briefing is built in-process, and the
official scorer is called on each subset of events:

* ``tune``: gold stories whose articles are in event folds 0-2 of
  ``benchmarks/data/devnews_folds.json``; rules and thresholds are chosen looking
  only at these;
* ``heldout``: event folds 3-4, the figure that predicts unseen news;
* ``all``;
* ``event:N``: one event fold (0-2 are tune), to check on a fold left out a rule written on the others.

A kabar story belongs to a subset when most of its documents do (every page has an
event fold), so citations and timelines are scored over that subset's stories only.

Run: ``python benchmarks/briefs.py [--subset tune|heldout|all|event:N]... [--json] [--verbose]
[--keep DIR | --db DIR/k.db]``. ``--verbose`` prints the scorer's per-story details (use it on ``tune``
only: reading held-out errors to fix them would make the held-out figure meaningless).
"""
from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import devnews  # noqa: E402  (folds and paths, one definition)

SCORER = devnews.SHARED / "eval" / "brief_score.py"
SUBSETS = ("tune", "heldout", "all")


def subset_name(value: str) -> str:
    """An ``--subset`` value: tune, heldout, all, or ``event:N`` (one event fold, to check a rule written on
    the other tune folds on the fold left out)."""
    kind, _, n = value.partition(":")
    if value in SUBSETS or (kind == "event" and n.isdigit()):
        return value
    raise argparse.ArgumentTypeError(f"subset must be one of {', '.join(SUBSETS)} or event:N, not {value!r}")


def load_brief_scorer():
    """``brief_score.py`` as a module (standard library only)."""
    spec = importlib.util.spec_from_file_location("kabar_brief_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def build_store(work: Path) -> Path:
    """A fresh store holding every devnews page (text files only), stories assigned."""
    pages = work / "pages"
    pages.mkdir()
    for p in sorted(devnews.CORPUS.glob("*.txt")):
        shutil.copy(p, pages / p.name)
    db = work / "k.db"
    kabar = [sys.executable, "-m", "kabar"]
    subprocess.run(kabar + ["ingest", str(pages), "--db", str(db), "-q"], check=True, capture_output=True, cwd=work)
    subprocess.run(kabar + ["stories", "--db", str(db), "--format", "json"], check=True, capture_output=True,
                   cwd=work)
    return db


def kabar_output(bs, db: Path):
    """The scorer's view of kabar: stories, one briefing each, document texts by id."""
    from kabar.brief import build_brief
    from kabar.store import Store
    from kabar.store.stories import list_stories

    k = bs.Kabar()
    bs._docs_from_db(k, db)
    store = Store(db)
    k.stories = list_stories(store)
    for s in k.stories:
        k.briefs[s["id"]] = json.loads(json.dumps(build_brief(store, s["id"]), ensure_ascii=False))
    return k


def restrict(bs, k, g, ids: set[str]):
    """The kabar output and gold limited to the stories of one subset of articles."""
    kk = copy.copy(k)
    kk.stories = [s for s in k.stories if _mostly_in(s, k, ids)]
    kk.briefs = {s["id"]: k.briefs[s["id"]] for s in kk.stories}
    gg = bs.Gold()
    gg.format, gg.texts = g.format, g.texts
    gg.stories = {gid: st for gid, st in g.stories.items() if set(st["articles"]) <= ids}
    for f in g.figures:
        if f["story"] in gg.stories:
            gg.figures.append(f)
    for stem, pairs in g.by_article.items():
        if stem in ids:
            gg.by_article[stem] = [(f, s) for f, s in pairs if f["story"] in gg.stories]
    return kk, gg


def _mostly_in(story: dict, k, ids: set[str]) -> bool:
    stems = [k.stem.get(d, d) for d in story["documents"]]
    return sum(x in ids for x in stems) * 2 > len(stems)


def headline(r: dict) -> dict:
    """The figures the issue asks for, from one scorer result."""
    c, d, t, le = r["citation_support"], r["disagreements"], r["timeline"], r["lead"]
    return {"citation_support": c["precision"], "disagreement_precision": d["disagreement_precision"],
            "disagreement_recall": d["disagreement_recall"], "update_as_conflict": d["update_as_conflict"],
            "scope_as_conflict": d["scope_as_conflict"], "agree_precision": d["agree_precision"],
            "timeline_date_precision": t["timeline_date_precision"],
            "timeline_date_recall": t["timeline_date_recall"],
            "lead_coverage": le["lead_coverage"] if le else None}


def counts(d: dict) -> str:
    """The tallies behind the ratios: disagreements right of flagged, found of gold, agreements right."""
    return (f"disagree {d['correct']}/{d['flagged']} flagged right, {d['found']}/{d['gold_disagree']} found; "
            f"agree {d['agree_correct']}/{d['agree_groups']} right")


def repeated_lines(k, stories: list[dict]) -> int:
    """Summary lines that repeat an earlier line of their briefing (same text, or one inside the other)."""
    n = 0
    for s in stories:
        seen: list[str] = []
        for item in k.briefs[s["id"]].get("summary", []):
            t = " ".join(item["text"].casefold().split())
            n += any(t in o or o in t for o in seen)
            seen.append(t)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subset", action="append", type=subset_name, help="tune, heldout, all or event:N")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="the scorer's per-story details (tune only!)")
    ap.add_argument("--keep", type=Path, help="keep the store here (a folder)")
    ap.add_argument("--db", type=Path, help="score the stories of this store (one --keep made) instead of "
                    "building one: briefings and claims are read afresh, the analysis is the store's")
    args = ap.parse_args(argv)
    if not devnews.GOLD.exists() or not SCORER.exists():
        print(f"devnews or brief_score.py not found under {devnews.SHARED}; nothing to score", file=sys.stderr)
        return 0
    bs = load_brief_scorer()
    g = bs.load_gold(devnews.GOLD, devnews.CORPUS)
    folds = devnews.load_folds()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = args.db or build_store(work)
        k = kabar_output(bs, db)
    report = {}
    for subset in args.subset or SUBSETS:
        kk, gg = restrict(bs, k, g, devnews.subset_ids(subset, folds))
        r = bs.score(kk, gg, verbose=args.verbose)
        report[subset] = {**headline(r), "repeated_summary_lines": repeated_lines(kk, kk.stories),
                          "stories": r["stories"],
                          "flagged_judgements": r["disagreements"]["flagged_judgements"],
                          "counts": counts(r["disagreements"])}
        if args.verbose:
            report[subset]["table"] = bs.table(r)
            report[subset]["story_table"] = bs.story_table(r)
            report[subset]["details"] = r["details"]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for subset, res in report.items():
        print(f"== {subset}")
        for name, val in res.items():
            if name not in ("table", "story_table", "details"):
                print(f"  {name:24s} {json.dumps(val)}")
        if args.verbose:
            print(res["table"])
            print(res["story_table"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
