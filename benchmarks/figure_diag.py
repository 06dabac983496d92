"""Where each gold figure of the tune events goes in kabar's claims: extracted, grouped, judged.

For every figure of ``../shared/devnews/gold/stories.json`` on the ``tune`` events
(event folds 0-2; never the held-out ones: reading their errors would make the
held-out figure meaningless), each statement is looked up among the claims kabar
extracts from its article (same value, inside the statement's sentence) and
among the briefing's compared figures. A figure is then one of:

* ``not extracted``: a statement's value is no claim (no quantity or time read);
* ``not shown``: extracted, but in no compared figure of the briefing;
* ``split``: its statements fall into several figures;
* ``verdict X``: all in one figure, judged X (right when X is the gold verdict).

Run: ``python benchmarks/figure_diag.py [--db STORE] [--verdict disagree] [--wrong]``
(``--db``: a store kept by ``benchmarks/briefs.py --keep DIR``, else one is built).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import briefs  # noqa: E402
import devnews  # noqa: E402


def raw_claims(store, story_id: str) -> dict[str, list]:
    """Article stem -> the claims kabar extracts from it (as the briefing of ``story_id`` reads them)."""
    from kabar.brief import timeline
    from kabar.brief.link import link_story_entities
    from kabar.brief.sources import sentences
    from kabar.claims.extract import extract
    from kabar.store.stories import story_documents

    docs = story_documents(store, story_id)
    link_story_entities(docs)
    anchor = timeline.anchor_date(docs)
    return {Path(d.source.path or d.id).stem: extract(sentences(d), anchor) for d in docs}


def statement_claims(st: dict, claims: list, bs) -> list:
    """The claims of one gold statement: same value, in the sentence holding the statement's text."""
    from kabar.claims.values import shown

    text = bs.norm(st["text"]).casefold()
    same = [c for c in claims if bs._value_equal(st["value"], shown(c.value))]
    inside = [c for c in same if text in bs.norm(c.sent.text).casefold()]
    return inside or same


def entry_of(k, bs, entries: list[dict], stem: str, st: dict) -> list[int]:
    """Indexes of the briefing's figures citing this statement's value in its article."""
    out = []
    for i, e in enumerate(entries):
        for v in e["values"]:
            for r in v["sources"]:
                if k.stem.get(r["doc_id"]) == stem and bs._value_equal(st["value"], v["value"]):
                    out.append(i)
    return sorted(set(out))


def diagnose(k, bs, store, gold_story: dict, story_id: str) -> list[tuple[dict, str, str]]:
    """(figure, class, detail) for each gold figure of one story, over the statements of its articles."""
    raw = raw_claims(store, story_id)
    entries = k.briefs[story_id]["claims"]
    out = []
    for f in gold_story["figures"]:
        here = [st for st in f["statements"] if Path(st["article"]).stem in raw]
        if len(here) < 2:
            out.append((f, "not in one story", ""))
            continue
        missing, homes = [], []
        for st in here:
            stem = Path(st["article"]).stem
            if not statement_claims(st, raw[stem], bs):
                missing.append(f"{stem}: {st['text'][:60]!r}")
            homes.append((st, entry_of(k, bs, entries, stem, st)))
        cls, detail = _judged(f, homes, entries, missing)
        if SHOW_CLAIMS and not cls.startswith("verdict " + f["verdict"]):
            detail += "".join(f"\n      {Path(st['article']).stem} {_described(c)}" for st in here
                              for c in statement_claims(st, raw[Path(st["article"]).stem], bs))
        out.append((f, cls, detail))
    return out


SHOW_CLAIMS = False


def _described(c) -> str:
    """What the comparison reads of one claim."""
    from kabar.claims.compare import thing_class

    return (f"{c.text!r} kind={c.kind} thing={thing_class(c)} state={c.state} q={sorted(c.qualifiers)} "
            f"mod={c.modality} hedge={c.hedge} lo={c.lo:g} hi={c.hi:g} places={sorted(c.places)} "
            f"parties={sorted(c.parties)} owner={c.owner} years={c.years} periods={len(c.periods)} "
            f"as_of={c.as_of} head={c.topic_text!r}")


def _judged(f: dict, homes: list[tuple[dict, list[int]]], entries: list[dict], missing: list[str]) -> tuple[str, str]:
    """A figure's class from where its statements went: one figure covering two of them (two values when
    the gold's are different) gives its verdict."""
    distinct = len({bs_key(st["value"]) for st, _ in homes}) > 1
    best = None
    for i in sorted({i for _, where in homes for i in where}):
        sts = [st for st, where in homes if i in where]
        if len(sts) >= 2 and (not distinct or len({bs_key(st["value"]) for st in sts}) > 1):
            verdict = entries[i]["verdict"]
            if best is None or verdict == f["verdict"]:
                best = (f"verdict {verdict}", entries[i]["topic"])
    if best:
        return best
    if missing:
        return "not extracted", "; ".join(missing)
    if sum(bool(where) for _, where in homes) >= 2:
        return "split", " | ".join(f"{entries[i]['topic']}:{entries[i]['verdict']}"
                                   for i in sorted({i for _, w in homes for i in w}))
    return "not shown", ""


def bs_key(v) -> str:
    return str(v)


def _rank(cls: str, gold: str) -> int:
    """Which of a figure's readings in several kabar stories counts: the right one, else the furthest."""
    if cls == f"verdict {gold}":
        return 0
    order = ("verdict", "split", "not shown", "not extracted", "not in one story")
    return 1 + order.index(next(c for c in order if cls.startswith(c)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--verdict", help="only gold figures with this verdict")
    ap.add_argument("--wrong", action="store_true", help="only figures not judged as the gold says")
    ap.add_argument("--claims", action="store_true", help="what kabar reads of each statement's claims")
    args = ap.parse_args(argv)
    global SHOW_CLAIMS
    SHOW_CLAIMS = args.claims
    from kabar.store import Store

    bs = briefs.load_brief_scorer()
    g = bs.load_gold(devnews.GOLD, devnews.CORPUS)
    tune = devnews.subset_ids("tune", devnews.load_folds())
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or briefs.build_store(Path(tmp))
        k = briefs.kabar_output(bs, db)
        kk, gg = briefs.restrict(bs, k, g, tune)
        mapping, _ = bs.map_stories(kk, gg)
        tally = Counter()
        store = Store(db)
        for gid in sorted({g_ for g_ in mapping.values() if g_}):
            found = [diagnose(k, bs, store, gg.stories[gid], sid) for sid, g_ in mapping.items() if g_ == gid]
            for n, f in enumerate(gg.stories[gid]["figures"]):
                cls, detail = min(((c, d) for res in found for _, c, d in res[n:n + 1]),
                                  key=lambda x: _rank(x[0], f["verdict"]))
                if args.verdict and f["verdict"] != args.verdict:
                    continue
                ok = cls == f"verdict {f['verdict']}"
                tally[(f["verdict"], "right" if ok else cls)] += 1
                if not (args.wrong and ok):
                    print(f"{gid}#{f['id']} gold={f['verdict']} -> {cls} {detail}")
    for (verdict, cls), n in sorted(tally.items()):
        print(f"  {verdict:16s} {cls:24s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
