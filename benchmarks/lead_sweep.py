"""Sweep the lead's weights per tune event fold: write a rule on two folds, check it on the third.

The lead (the first ``lead.LEAD_LINES`` summary lines, :mod:`kabar.brief.lead`)
is what ``brief_score.py`` reads for ``lead_coverage``. Building every briefing
takes tens of seconds; the lead needs only each story's sentences and compared
figures, so these are read once from a kept store and ``lead.choose`` is run
again for every setting (about a second each). Each constant of
:mod:`kabar.brief.lead` named on the command line is set to each of its values in
turn (the others as shipped), and the key facts covered are printed per event
fold 0, 1 and 2 (the tune folds), with folds 0-1 together (choose there) beside
fold 2 (check there). Held-out folds are never read.

Run: ``python benchmarks/lead_sweep.py --db DIR/k.db [QUANTITY_WEIGHT=1,1.5,2 ...]`` (``--db``: a store
kept by ``benchmarks/briefs.py --keep DIR``). Without settings it prints the shipped lead's figures.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import briefs  # noqa: E402
import devnews  # noqa: E402

FOLDS = tuple(f"event:{n}" for n in devnews.TUNE_FOLDS)
CHOOSE_ON = FOLDS[:-1]  # the folds a setting is chosen on; the last tune fold checks it


def story_inputs(store, story_id: str) -> tuple:
    """What the lead of one story is chosen from: candidate sentences, all sentences, and the compared
    figures by (document id, sentence index), as :func:`kabar.brief.build.build_brief` reads them."""
    from kabar import claims
    from kabar.brief import lead, summary
    from kabar.brief.link import link_story_entities
    from kabar.brief.sources import sentences
    from kabar.store.stories import get_story, story_documents, storyline_stories

    docs = story_documents(store, story_id)
    link_story_entities(docs)
    sents = {d.id: sentences(d) for d in docs}
    line_sents = dict(sents)
    story = get_story(store, story_id)
    for other in storyline_stories(store, story["storyline"]) if story["storyline"] else []:
        if other["id"] != story_id:
            line_sents.update({d.id: sentences(d) for d in story_documents(store, other["id"])})
    figures = claims.key_figures(claims.verdicts(line_sents, set(sents)))
    all_sents = [s for ss in sents.values() for s in ss]
    cands = [lead.trim(s) for s in summary.candidates(all_sents) if not lead.is_caption(s)]
    at = {(s.doc.id, s.start): s.index for s in all_sents}
    by_index = {(d, at[(d, start)]): f for (d, start), f in figures.items() if (d, start) in at}
    return cands, all_sents, by_index


def load(db: Path, bs) -> dict[str, list[tuple[list[dict], tuple]]]:
    """Per tune fold: (key facts, lead inputs) of each gold story's main kabar story."""
    from kabar.store import Store

    g = bs.load_gold(devnews.GOLD, devnews.CORPUS)
    folds = devnews.load_folds()
    k = briefs.kabar_output(bs, db)
    store = Store(db)
    out = {}
    for fold in FOLDS:
        kk, gg = briefs.restrict(bs, k, g, devnews.subset_ids(fold, folds))
        _, main = bs.map_stories(kk, gg)
        out[fold] = [(st["key_facts"], story_inputs(store, main[gid])) for gid, st in sorted(gg.stories.items())
                     if main.get(gid) and st.get("key_facts")]
    return out


def covered(bs, data: dict) -> dict[str, tuple[int, int]]:
    """(key facts the lead carries, key facts) per fold, with the lead as currently configured."""
    from kabar.brief import lead, summary

    out = {}
    for fold, items in data.items():
        ok = n = 0
        for facts, (cands, all_sents, by_index) in items:
            text = " ".join(s.text.strip() for s in lead.choose(cands, all_sents, by_index, summary.dangling))
            ok += sum(bs.fact_covered(f, text)[0] for f in facts)
            n += len(facts)
        out[fold] = (ok, n)
    return out


def line(label: str, res: dict[str, tuple[int, int]]) -> str:
    """One printed row: each fold, the folds chosen on together, and the checking fold."""
    def part(folds):
        ok, n = sum(res[f][0] for f in folds), sum(res[f][1] for f in folds)
        return f"{ok}/{n} = {ok / n:.3f}" if n else "-"
    folds = "  ".join(f"{f} {res[f][0]}/{res[f][1]}" for f in FOLDS)
    return f"{label:32s} {folds}  | choose {part(CHOOSE_ON)}  check {part(FOLDS[-1:])}  tune {part(FOLDS)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("sweeps", nargs="*", help="NAME=v1,v2,... (a constant of kabar.brief.lead)")
    args = ap.parse_args(argv)
    if not devnews.GOLD.exists():
        print(f"devnews not found under {devnews.SHARED}; nothing to sweep", file=sys.stderr)
        return 0
    from kabar.brief import lead

    bs = briefs.load_brief_scorer()
    data = load(args.db, bs)
    print(line("shipped", covered(bs, data)))
    for sweep in args.sweeps:
        name, _, values = sweep.partition("=")
        if not hasattr(lead, name):
            ap.error(f"kabar.brief.lead has no {name}")
        shipped = getattr(lead, name)
        try:
            for v in values.split(","):
                setattr(lead, name, type(shipped)(float(v)) if isinstance(shipped, (int, float)) else v)
                print(line(f"{name}={v}", covered(bs, data)))
        finally:
            setattr(lead, name, shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
