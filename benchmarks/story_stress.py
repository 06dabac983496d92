"""Stress tests of story boundaries on the devnews **tune** events (never the held-out ones).

On devnews the date gap alone keeps most confusable events apart (they lie months or years apart), so
B-cubed says little about what else tells two occasions of one happening apart. Two tests take the date
gap away, using only tune events (event folds 0-2 of ``benchmarks/data/devnews_folds.json``):

* **shift**: for each pair of events, one event's pages have every date they carry (own day, reported
  days, lead day, named days) moved so that its first day falls ``k`` days after its partner's first day,
  for ``k`` in 0, 2, 5 and 10; the two events are then clustered alone and a merge is counted when any
  story holds pages of both. Run for the gold's confusable pairs (``confusable``: 4 merges possible per
  pair) and, as a control, for every other pair of tune events of the same domain (``same_domain``:
  offsets 0 and 5; two different events of one domain in one week should stay apart too).
  The gold's ``related_events`` of tune events that are no confusable pair (``related``: offsets as for
  confusable pairs) are run the same way.
* **undated**: each tune page in turn loses its own date (its publication date and the anchor taken from
  it; the dates it writes stay), and all tune pages are clustered; ``undated`` counts the pages that then
  share a story with a page of another event.
* **bare**: as **undated**, but the page loses every date it writes too (as a page without dateline or dates
  is read): only its words, names and editions place it. ``bare`` counts the pages that then share a story
  with a page of another event, ``bare_alone`` those of an event with other pages that then share a story
  with none of them.
* **late** (recall): each page of a tune event with two or more pages in turn is published ``k`` days
  later (``LATE_DAYS``: a follow-up, a weekly, a late pick-up) while every date it writes stays put: its
  reported days and lead day are those it writes near the new date, as :mod:`kabar.stories.features` would
  read them. All tune pages are clustered; ``late`` counts the pages that then share no story with a page
  of their own event.
* **margin** (``--margin``): the tune B-cubed and the merge counts at thresholds around the chosen one
  (``MARGIN``: the chosen times 0.7 to 1.3), so a threshold is seen to sit inside the range tune allows,
  not at its edge.

Content such as years written in the text is not shifted: a rule reading years would look better on
*shift* than it is (two real occasions a week apart write the same year), so year rules are judged on
tune B-cubed and indosum-events instead.

Run: ``python benchmarks/story_stress.py [--json]``. Prints the merge counts (lower is better), the
tune B-cubed F1 of the unshifted clustering and which tune pairs merged (the second event of each pair is
the one shifted).
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import devnews  # noqa: E402  (folds and paths, one definition)

OFFSETS = (0, 2, 5, 10)
CONTROL_OFFSETS = (0, 5)
LATE_DAYS = (4, 8, 15)
MARGIN = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3)


def tune_documents(work: Path) -> tuple[dict[str, object], dict[str, str]]:
    """The tune pages as a fresh store holds them (ingested as the before-stop check does, so entities
    carry the store's links), by file stem, and stem -> gold event."""
    import shutil
    import subprocess

    from kabar.store import Store

    clusters = json.loads((devnews.GOLD / "clusters.json").read_text(encoding="utf-8"))
    tune = devnews.subset_ids("tune", devnews.load_folds())
    pages = work / "pages"
    pages.mkdir()
    for p in sorted(devnews.CORPUS.glob("*.txt")):
        if p.stem in tune:
            shutil.copy(p, pages / p.name)
    db = work / "k.db"
    subprocess.run([sys.executable, "-m", "kabar", "ingest", str(pages), "--db", str(db), "-q"], check=True,
                   capture_output=True, cwd=work)
    store = Store(db)
    ids = [r[0] for r in store._conn.execute("SELECT id FROM documents")]
    docs = {Path(str(d.source.path)).stem: d for d in (store.get(i) for i in ids)}
    return docs, {s: clusters["articles"][s] for s in docs}


def shifted(f, delta: int):
    """The features with every day moved by ``delta``."""
    move = (lambda d: None if d is None else d + delta)
    return dataclasses.replace(f, day=move(f.day), event_days=[d + delta for d in f.event_days],
                               happening=move(f.happening), mentioned=[d + delta for d in f.mentioned])


def late(f, delta: int):
    """The features of a page published ``delta`` days later that writes the same dates (see **late**)."""
    from kabar.stories.features import EVENT_DATE_AFTER_DAYS, EVENT_DATE_BEFORE_DAYS, MENTION_DAYS

    day = f.day + delta
    near = [d for d in f.mentioned if day - EVENT_DATE_BEFORE_DAYS <= d <= day + EVENT_DATE_AFTER_DAYS]
    happening = f.happening if f.happening is not None and 0 <= day - f.happening <= EVENT_DATE_BEFORE_DAYS else None
    return dataclasses.replace(f, day=day, event_days=sorted({day, *near}), happening=happening,
                               mentioned=[d for d in f.mentioned if abs(d - day) <= MENTION_DAYS])


def late_splits(feats: dict, event: dict[str, str], days: tuple[int, ...] = LATE_DAYS, weights=None) -> int:
    """Pages that, published later (each of ``days``), share no story with a page of their own event."""
    sizes = Counter(event.values())
    split = 0
    for stem, f in feats.items():
        if f.day is None or sizes[event[stem]] < 2:
            continue
        for k in days:
            story = cluster([late(f, k) if s == stem else g for s, g in feats.items()], weights)
            mine = story[f.doc_id]
            split += not any(story[g.doc_id] == mine for s, g in feats.items() if s != stem and event[s] == event[stem])
    return split


def cluster(feats: list, weights=None) -> dict[str, str]:
    """Document id -> story id, in the store's order."""
    from kabar.stories.cluster import Clusterer, assignment_key

    c = Clusterer(weights)
    return {f.doc_id: c.assign(f) for f in sorted(sorted(feats, key=lambda f: f.doc_id), key=assignment_key)}


def pair_merges(a: list, b: list, offsets: tuple[int, ...], weights=None) -> int:
    """How many of the offsets put pages of events ``a`` and ``b`` (feature lists) in one story."""
    first_a = min((f.day for f in a if f.day is not None), default=None)
    first_b = min((f.day for f in b if f.day is not None), default=None)
    if first_a is None or first_b is None:
        return 0
    merges = 0
    for k in offsets:
        moved = [shifted(f, first_a + k - first_b) for f in b]
        story = cluster(a + moved, weights)
        merges += bool({story[f.doc_id] for f in a} & {story[f.doc_id] for f in moved})
    return merges


def undated_merges(docs: dict, event: dict[str, str]) -> int:
    """Pages that, without a date of their own, share a story with another event's page."""
    from kabar.stories.features import from_document

    feats = {s: from_document(d) for s, d in docs.items()}
    merged = 0
    for stem, doc in docs.items():
        if doc.published is None:
            continue
        bare = dataclasses.replace(doc, published=None, meta={k: v for k, v in (doc.meta or {}).items()
                                                             if k != "time_anchor"})
        story = cluster([from_document(bare) if s == stem else f for s, f in feats.items()])
        mine = story[doc.id]
        merged += any(story[d.id] == mine and event[s] != event[stem] for s, d in docs.items() if s != stem)
    return merged


def tune_pairs(by_event: dict[str, list]) -> tuple[set, list, list]:
    """The confusable pairs, the other related pairs and the same-domain controls among tune events."""
    clusters = json.loads((devnews.GOLD / "clusters.json").read_text(encoding="utf-8"))
    events = clusters["events"]
    pairs = {tuple(sorted(p)) for c in clusters.get("confusable_pairs") or []
             for p in itertools.combinations(c["events"], 2) if all(e in by_event for e in p)}
    related = sorted({tuple(sorted((e, r))) for e in by_event for r in events[e].get("related_events") or []
                      if r in by_event} - pairs)
    domain = {e: events[e].get("domain") for e in by_event}
    controls = [p for p in itertools.combinations(sorted(by_event), 2)
                if p not in pairs and p not in related and domain[p[0]] == domain[p[1]]]
    return pairs, related, controls


def figures(feats: dict, event: dict[str, str], weights=None, with_late: bool = True) -> dict:
    """Tune B-cubed and the shift (and late) counts under ``weights`` (the defaults when None)."""
    from kabar.stories.evaluate import bcubed

    by_event: dict[str, list] = {}
    for s, f in feats.items():
        by_event.setdefault(event[s], []).append(f)
    pairs, related, controls = tune_pairs(by_event)
    story = cluster(list(feats.values()), weights)
    gold = {feats[s].doc_id: e for s, e in event.items()}
    conf = {f"{a} | {b}": pair_merges(by_event[a], by_event[b], OFFSETS, weights) for a, b in sorted(pairs)}
    rel = {f"{a} | {b}": pair_merges(by_event[a], by_event[b], OFFSETS, weights) for a, b in related}
    ctl = {f"{a} | {b}": pair_merges(by_event[a], by_event[b], CONTROL_OFFSETS, weights) for a, b in controls}
    out = {"tune_bcubed_f1": bcubed(gold, story)["f1"],
           "confusable": sum(conf.values()), "confusable_of": len(pairs) * len(OFFSETS),
           "related": sum(rel.values()), "related_of": len(related) * len(OFFSETS),
           "same_domain": sum(ctl.values()), "same_domain_of": len(controls) * len(CONTROL_OFFSETS)}
    if with_late:
        out["late"] = late_splits(feats, event, LATE_DAYS, weights)
        out["late_of"] = sum(1 for s, f in feats.items() if f.day is not None
                             and sum(e == event[s] for e in event.values()) > 1) * len(LATE_DAYS)
    out["merged_pairs"] = {k: v for k, v in {**conf, **rel, **ctl}.items() if v}
    return out


def margin(feats: dict, event: dict[str, str]) -> dict[str, dict]:
    """The figures (without **late**) at thresholds around the chosen one (see **margin**)."""
    from kabar.stories.cluster import Weights

    chosen = Weights().threshold
    rows = {}
    for m in MARGIN:
        w = dataclasses.replace(Weights(), threshold=round(chosen * m, 3))
        f = figures(feats, event, w, with_late=False)
        rows[f"{w.threshold:.3f}"] = {k: v for k, v in f.items() if k != "merged_pairs"}
    return rows


def bare_merges(feats: dict, event: dict[str, str], weights=None) -> tuple[int, int]:
    """Pages that, without any date, share a story with another event's page, and those that then share
    none with their own event's pages though it has others (see **bare**)."""
    merged = alone = 0
    sizes = Counter(event.values())
    for stem, f in feats.items():
        bare = dataclasses.replace(f, day=None, event_days=[], month_days=[], happening=None, mentioned=[])
        story = cluster([bare if s == stem else g for s, g in feats.items()], weights)
        mine = {event[s] for s, g in feats.items() if s != stem and story[g.doc_id] == story[f.doc_id]}
        merged += bool(mine - {event[stem]})
        alone += sizes[event[stem]] > 1 and event[stem] not in mine
    return merged, alone


def run(with_margin: bool = False) -> dict:
    from kabar.stories.features import from_document

    with tempfile.TemporaryDirectory() as tmp:
        docs, event = tune_documents(Path(tmp))
    feats = {s: from_document(d) for s, d in docs.items()}
    report = figures(feats, event)
    merged = report.pop("merged_pairs")
    report["undated"] = undated_merges(docs, event)
    report["bare"], report["bare_alone"] = bare_merges(feats, event)
    report["merged_pairs"] = merged
    if with_margin:
        report["margin"] = margin(feats, event)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--margin", action="store_true", help="also the figures at thresholds around the chosen one")
    args = ap.parse_args(argv)
    if not devnews.GOLD.exists():
        print(f"devnews not found under {devnews.SHARED}; nothing to test", file=sys.stderr)
        return 0
    report = run(args.margin)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for k, v in report.items():
        if k == "merged_pairs":
            print("merged (tune events; first | second, the second shifted: offsets merged):")
            print("\n".join(f"  {pair}: {n}" for pair, n in v.items()))
        elif k == "margin":
            print("threshold: tune B-cubed, confusable, related, same-domain merges")
            print("\n".join(f"  {t}: {r['tune_bcubed_f1']:.4f} {r['confusable']} {r['related']} {r['same_domain']}"
                            for t, r in v.items()))
        else:
            print(f"{k:16s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
