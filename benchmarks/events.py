"""Events: P/R/F1 of (type, actor, target) on examples/gold/events.jsonl, the three seed checks, speed.

Run: ``.venv/bin/python benchmarks/events.py``. A gold line with ``type: null`` marks an
annotated article without codable events (every event found there is a false positive).
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from kabar.analyze import analyze

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "gold" / "events.jsonl"
EXAMPLES = ROOT / "examples" / "articles"
SEEDS = ROOT / ".." / "shared" / "seeds"


def _key(type_, actor, target):
    """What is scored: type and the two parties, case-folded."""
    return (type_, (actor or "").casefold(), (target or "").casefold())


def load_gold() -> dict[str, Counter]:
    """Gold triples per article stem."""
    gold: dict[str, Counter] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        bag = gold.setdefault(row["stem"], Counter())
        if row["type"]:
            bag[_key(row["type"], row["actor"], row["target"])] += 1
    return gold


def stem_of(doc) -> str:
    """The example stem as the gold writes it (JSONL members get #line)."""
    return Path(doc.source.path).stem + (f"#{doc.source.line}" if doc.source.line else "")


def score() -> dict:
    """Micro P/R/F1 over the annotated articles, and the mean time per article."""
    gold = load_gold()
    tp = fp = fn = 0
    t0 = time.perf_counter()
    docs = [d for d in analyze([str(EXAMPLES)]) if hasattr(d, "events")]
    per_doc = (time.perf_counter() - t0) / max(1, len(docs))
    for doc in docs:
        stem = stem_of(doc)
        if stem not in gold:
            continue
        found = Counter(_key(e.type, e.actor, e.target) for e in doc.events)
        hit = sum((found & gold[stem]).values())
        tp, fp, fn = tp + hit, fp + sum(found.values()) - hit, fn + sum(gold[stem].values()) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"articles": len(gold), "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3), "analyze_ms_per_article": round(per_doc * 1000, 1)}


# The three events the issue requires on the seeds: (file prefix, type, actors, targets, date prefix).
SEED_CHECKS = (
    ("Shoigu visit", "001_", "CONSULT", {"Rusia", "Sergei Shoigu"}, {"Korea Utara"}, "2023-07-25"),
    ("Li Hongzhong visit", "004_", "CONSULT", {"China", "Li Hongzhong"}, {"Korea Utara"}, None),
    ("1950 Chinese intervention", "000_", "ASSAULT", {"China", "Mao Zedong"}, None, "1950"),
)


def seed_checks() -> list[tuple[str, bool]]:
    """Whether each required seed event comes out (type, actor, target and date)."""
    out = []
    for label, prefix, type_, actors, targets, date in SEED_CHECKS:
        path = next(SEEDS.glob(prefix + "*.txt"))
        doc = next(iter(analyze([str(path)])))
        ok = any(e.type == type_ and e.actor in actors and (targets is None or e.target in targets)
                 and (date is None or (e.date or "").startswith(date)) for e in doc.events)
        out.append((label, ok))
    return out


def events_ms(repeat: int = 20) -> float:
    """Mean milliseconds of the events step alone on one seed article."""
    from kabar.events import extract_events
    doc = next(iter(analyze([str(next(SEEDS.glob("001_*.txt")))])))
    t0 = time.perf_counter()
    for _ in range(repeat):
        extract_events(doc)
    return (time.perf_counter() - t0) / repeat * 1000


if __name__ == "__main__":
    print(json.dumps(score(), indent=2))
    if SEEDS.is_dir():
        for label, ok in seed_checks():
            print(f"{'OK  ' if ok else 'FAIL'} {label}")
        print(f"events step: {events_ms():.2f} ms per article")
