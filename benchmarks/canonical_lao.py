"""Leave-alias-out: how the canonical-name *rules* do on names the alias table does not know.

``canonical_exact`` on devnews tune reads the alias table (``lang/id/aliases.tsv`` and the mined
``aliases_acronyms.tsv``) for every name the table holds, and rows were added while looking at tune,
so the tune figure overstates what a page from unseen events gets. This benchmark scores the same
pages twice: once as kabar runs (``full``) and once with every row of those two tables whose surface
or canonical name is a name of the scored pages' gold (an entity's text or its canonical, compared as
the scorer compares canonicals: no case, spaces, hyphens or dots) taken out (``lao``), but for the
rows of places (GPE, LOC: the convention that "Tiongkok" is "China" is the contract's, not a fit).
What is left of the tables is general knowledge that names nothing on the pages; the other
gazetteers (countries, cities, capitals, Indonesian regions, other federations' states) stay, as
they are lists of places, not entries fitted to the pages. ``lao`` is the proxy for held-out events
on tune; ``--keep-types ''`` leaves out the place rows too (a harsher reading).

Run: ``python benchmarks/canonical_lao.py [--subset tune] [--errors] [--json]``. It analyses only the
subset's pages, in-process. ``--errors`` lists the tune pages' wrong canonicals under ``lao`` (gold
canonical, kabar's, the surface): for writing general rules on tune, and refused for any other subset.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devnews import CORPUS, GOLD, load_scorer, subset_ids  # noqa: E402

ALIAS_TABLES = ("aliases.tsv", "aliases_acronyms.tsv")


def gold_names(ids: set[str]) -> set[str]:
    """Every entity text and canonical of the gold pages ``ids``, in the scorer's canonical key."""
    sc = load_scorer()
    names = set()
    for k, g in sc.load_gold(GOLD).items():
        if k in ids:
            for e in g.get("entities") or []:
                names.update(sc.canon(e.get(f)) for f in ("text", "canonical", "alt_canonical") if e.get(f))
    return names - {""}


def leave_out(names: set[str], keep: frozenset[str] = frozenset()) -> int:
    """Make the gazetteer read the alias tables without the rows naming ``names``; rows left out."""
    from kabar.entities import gazetteer

    sc = load_scorer()
    read = gazetteer._rows.__wrapped__ if hasattr(gazetteer._rows, "__wrapped__") else gazetteer._rows
    dropped = [0]

    def rows(name: str) -> list[list[str]]:
        out = read(name)
        if name not in ALIAS_TABLES:
            return out
        kept = [r for r in out if r[2] in keep or (sc.canon(r[0]) not in names and sc.canon(r[1]) not in names)]
        dropped[0] += len(out) - len(kept)
        return kept

    rows.__wrapped__ = read
    gazetteer._rows = rows
    gazetteer.load.cache_clear()
    gazetteer.load()
    return dropped[0]


def analyze_pages(ids: set[str], out: Path) -> Path:
    """``kabar analyze`` over the pages ``ids``, one JSON object per line."""
    from kabar.analyze import analyze, error_record
    from kabar.settings import Settings

    paths = sorted(str(p) for p in CORPUS.glob("*.txt") if p.stem in ids)
    with open(out, "w", encoding="utf-8") as f:
        for doc in analyze(paths, Settings()):
            record = doc.to_dict() if hasattr(doc, "to_dict") else error_record(doc)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def canonical_errors(analyzed: Path, ids: set[str]) -> list[tuple[str, str, str, str]]:
    """(page, gold canonical, kabar's canonical, surface) of every matched entity named wrong."""
    sc = load_scorer()
    gold = {k: v for k, v in sc.load_gold(GOLD).items() if k in ids}
    out = []
    for line in analyzed.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        g = gold.get(sc.doc_key(obj) or "")
        if not g:
            continue
        pred = {sc.norm(e.get("text")): e for e in obj.get("entities") or []}
        seen = set()
        for e in sc.dedup_by(sc.split_optional(g.get("entities") or [])[0], lambda e: sc.norm(e["text"])):
            key = sc.norm(e["text"])
            p = pred.get(key)
            if p is None or key in seen:
                continue
            seen.add(key)
            if sc.canon(e.get("canonical")) != sc.canon(p.get("canonical")):
                out.append((sc.doc_key(obj), e.get("canonical"), p.get("canonical"), e["text"]))
    return out


def figures(analyzed: Path, ids: set[str]) -> dict:
    """The scorer's entity figures for the pages ``ids``."""
    sc = load_scorer()
    gold = {k: v for k, v in sc.load_gold(GOLD).items() if k in ids}
    pred = {}
    for line in analyzed.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        pred[sc.doc_key(obj)] = obj
    res = sc.score_docs(gold, pred)
    return {k: res[k] for k in ("canonical_exact", "alias_pairs", "entities_untyped")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subset", default="tune", help="tune (default), all, heldout, event:N")
    ap.add_argument("--errors", action="store_true", help="list the wrong canonicals under lao (tune only)")
    ap.add_argument("--lao-only", action="store_true", help="skip the run with the full tables")
    ap.add_argument("--keep-types", default="GPE,LOC",
                    help="types whose rows stay (default GPE,LOC: places; '' leaves out every type)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not GOLD.exists():
        print("devnews not found; nothing to score", file=sys.stderr)
        return 0
    if args.errors and args.subset != "tune":
        print("--errors lists tune pages only (heldout errors are not for reading)", file=sys.stderr)
        return 2
    ids = subset_ids(args.subset)
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.lao_only:
            report["full"] = figures(analyze_pages(ids, Path(tmp) / "full.jsonl"), ids)
        dropped = leave_out(gold_names(ids), frozenset(t for t in args.keep_types.split(",") if t))
        analyzed = analyze_pages(ids, Path(tmp) / "lao.jsonl")
        report["lao"] = dict(figures(analyzed, ids), rows_left_out=dropped)
        errors = canonical_errors(analyzed, ids) if args.errors else []
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for run, res in report.items():
            print(f"== {args.subset} {run}")
            for name, val in res.items():
                print(f"  {name:18s} {json.dumps(val)}")
    for page, want, got, surface in errors:
        print(f"{page}\t{want}\t{got}\t{surface}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
