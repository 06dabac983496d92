"""Story clustering and near-duplicate detection at 10,000 .. 100,000 synthetic documents.

Synthetic news: events spread over time (a few per day), each with its own
topic words and named entities drawn from Zipf-like vocabularies shared
across events (so common words and names recur, as in real news); 1-8
reports per event written within a few days. Prints time, peak memory and
the growth rate from 10k to 100k (1.0 = linear).

Run: ``python benchmarks/stories_scale.py [--sizes 10000 100000]``.

Measured (2-core machine, 2026-11-22): 10,000 documents cluster in 18.1 s, 100,000 in 273.7 s
(x15.1 for x10, exponent 1.18); near-duplicate index 5.1 s / 73.4 s (1.16); memory over the input
294 MB / 2.8 GB (0.98); B-cubed F1 0.952 / 0.948.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import time

from kabar.stories.cluster import Clusterer
from kabar.stories.evaluate import bcubed
from kabar.stories.features import Features
from kabar.stories.dedup import DuplicateIndex

VOCAB = 30_000
ENTITIES = 8_000
EVENTS_PER_DAY = 40
START_DAY = 738_000  # an ordinal in 2021
SEED = 7


def _zipf(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a heavy head (common words are common)."""
    return min(n - 1, int(math.exp(rng.random() * math.log(n))) - 1)


def synthetic(n_docs: int, seed: int = SEED) -> tuple[list[Features], dict[str, str], dict[str, str]]:
    """``n_docs`` documents in date order, their gold events, and their texts for dedup."""
    rng = random.Random(seed)
    feats, gold, texts = [], {}, {}
    event = 0
    while len(feats) < n_docs:
        event += 1
        day = START_DAY + event // EVENTS_PER_DAY
        topic = [f"w{rng.randrange(VOCAB)}" for _ in range(25)]  # event words: specific
        names = [f"e{_zipf(rng, ENTITIES)}" for _ in range(3)] + [f"e{rng.randrange(ENTITIES)}" for _ in range(2)]
        for r in range(rng.randint(1, 8)):
            doc_id = f"d{len(feats):07d}"
            words = [rng.choice(topic) if rng.random() < 0.6 else f"w{_zipf(rng, VOCAB)}" for _ in range(150)]
            terms: dict[str, int] = {}
            for w in words:
                terms[w] = terms.get(w, 0) + 1
            title = {w: 1 for w in rng.sample(topic, 5)}
            ents = {e: rng.randint(1, 4) for e in rng.sample(names, 4)}
            d = day + rng.randint(0, 2)
            feats.append(Features(doc_id, terms, title, ents, d, [day, d], " ".join(title)))
            gold[doc_id] = str(event)
            texts[doc_id] = " ".join(words)
            if len(feats) >= n_docs:
                break
    return feats, gold, texts


def _rss_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(n: int) -> dict:
    """Cluster and dedup ``n`` synthetic documents in this process; time, memory, B-cubed.

    Memory is the growth of the process's peak resident size over what it held once the
    synthetic input was built (tracemalloc would slow the run several times over).
    """
    feats, gold, texts = synthetic(n)
    before = _rss_mb()
    t0 = time.perf_counter()
    c = Clusterer()
    assigned = {f.doc_id: c.assign(f) for f in feats}
    t_cluster = time.perf_counter() - t0
    t0 = time.perf_counter()
    dup = DuplicateIndex()
    copies = sum(len(dup.add(k, v)) for k, v in texts.items())
    t_dedup = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "cluster_s": round(t_cluster, 2), "dedup_s": round(t_dedup, 2),
            "peak_mb": round(peak - before, 1), "stories": len(c.stories), "near_copies": copies,
            "bcubed": bcubed(gold, assigned)}


def measure_apart(n: int) -> dict:
    """:func:`measure` in a fresh process, so each size's peak memory is its own."""
    out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    results = []
    for n in args.sizes:  # each size printed as soon as it is measured
        results.append(measure_apart(n))
        print(results[-1], flush=True)
    if len(results) >= 2:
        a, b = results[0], results[-1]
        for key in ("cluster_s", "dedup_s", "peak_mb"):
            growth = math.log(b[key] / a[key]) / math.log(b["n"] / a["n"]) if a[key] and b[key] else float("nan")
            print(f"{key}: x{b[key] / a[key]:.1f} for x{b['n'] / a['n']:.0f} documents (exponent {growth:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
