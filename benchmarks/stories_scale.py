"""Story clustering and near-duplicate detection at 10,000 .. 100,000 synthetic documents.

Synthetic news: events spread over time (a few per day), each with its own
topic words and named entities drawn from Zipf-like vocabularies shared
across events (so common words and names recur, as in real news); 1-8
reports per event written within a few days. Prints time, peak memory and
the growth rate from 10k to 100k (1.0 = linear).

Run: ``python benchmarks/stories_scale.py [--sizes 10000 100000]``.

Measured (2-core machine, 2026-11-22, every story in memory): 10,000 documents cluster in 18.1 s, 100,000 in
273.7 s (x15.1 for x10, exponent 1.18); near-duplicate index 5.1 s / 73.4 s (1.16); memory over the input
294 MB / 2.8 GB (0.98); B-cubed F1 0.952 / 0.948.

Measured (2026-12-03, with a disk archive, load 15-25, ``--no-dedup``): 10,000 documents 25.2 CPU s, peak
191 MB for the whole process (203 MB with every story in memory; identical assignment); 100,000 documents
349.8 CPU s (exponent 1.14), peak 235 MB (exponent 0.09), 1,378 of 19,919 stories in memory, B-cubed F1
0.948. 1,000,000 did not finish here (``--progress`` lines: 20,000 documents, RSS 203 MB, 1,433 stories
in memory).

Measured (2026-12-03 10:45-11:00, load 13-16, after the document's squared IDFs and entity weights are computed
once per assignment: ``--sizes 10000 100000 --compare --no-dedup``): 10,000 documents 28.5 CPU s, 100,000
312.1 CPU s (x11.0, exponent 1.04; the 10,000 run ran under more load: its reference work took 0.13 s a tenth
against 0.11); within the 100,000 run, first tenth to whole, exponent 1.10 raw and 1.10 in reference work
(tenths 1.0, 1.24, 1.23, 1.32, 1.33, 1.30, 1.41, 1.32, 1.20, 1.27 of the first: the first 7,500 or so
documents are cheaper while the candidate window fills); peak 189 / 233 MB (exponent 0.09), B-cubed F1
0.9515 / 0.9481; the same assignment as before the change at 8,000 documents (SHA-1 519e4fdc both).

Measured (2026-12-03 15:43-17:00, dd3ede5, ``--sizes 1000000 --no-dedup --progress 100000``, one core given
scheduling priority over the rest of the machine): 1,000,000 documents 3,435.2 CPU s (first tenth 323.6; exponent 1.03
raw and in reference work), peak 456.6 MB (420.0 over the start), 1,570 of 198,562 stories in memory, B-cubed F1
0.9473 against the synthetic events (P 0.9005, R 0.9992), assignment SHA-1 18668874.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from typing import Iterator

from kabar.stories.archive import DiskArchive
from kabar.stories.cluster import Clusterer, cosine
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


def iter_synthetic(n_docs: int, seed: int = SEED) -> Iterator[tuple[Features, str, str]]:
    """``n_docs`` documents in date order, each with its gold event and its text (for dedup), one at a time."""
    rng = random.Random(seed)
    made, event = 0, 0
    while made < n_docs:
        event += 1
        day = START_DAY + event // EVENTS_PER_DAY
        topic = [f"w{rng.randrange(VOCAB)}" for _ in range(25)]  # event words: specific
        names = [f"e{_zipf(rng, ENTITIES)}" for _ in range(3)] + [f"e{rng.randrange(ENTITIES)}" for _ in range(2)]
        for r in range(rng.randint(1, 8)):
            doc_id = f"d{made:07d}"
            words = [rng.choice(topic) if rng.random() < 0.6 else f"w{_zipf(rng, VOCAB)}" for _ in range(150)]
            terms: dict[str, int] = {}
            for w in words:
                terms[w] = terms.get(w, 0) + 1
            title = {w: 1 for w in rng.sample(topic, 5)}
            ents = {e: rng.randint(1, 4) for e in rng.sample(names, 4)}
            d = day + rng.randint(0, 2)
            made += 1
            yield Features(doc_id, terms, title, ents, d, [day, d], " ".join(title)), str(event), " ".join(words)
            if made >= n_docs:
                break


def synthetic(n_docs: int, seed: int = SEED) -> tuple[list[Features], dict[str, str], dict[str, str]]:
    """``n_docs`` documents in date order, their gold events, and their texts for dedup (all in memory)."""
    feats, gold, texts = [], {}, {}
    for f, event, text in iter_synthetic(n_docs, seed):
        feats.append(f)
        gold[f.doc_id] = event
        texts[f.doc_id] = text
    return feats, gold, texts


# A fixed piece of work like clustering's (dict lookups, float arithmetic), run every REFERENCE_EVERY
# documents: its CPU seconds over a tenth of the stream say how fast the machine was then, so tenths
# measured under different load can be compared (their ratio to it is the work done, in references).
REFERENCE_EVERY = 100
_REF_A = {f"w{i}": 1.0 + (i % 7) / 3 for i in range(0, 400, 2)}
_REF_B = {f"w{i}": 1.0 + (i % 5) / 4 for i in range(0, 400, 3)}


def _reference(repeats: int = 200) -> float:
    """CPU seconds of the reference work."""
    t = time.process_time()
    for _ in range(repeats):
        cosine(_REF_A, _REF_B, lambda k: 1.5)
    return time.process_time() - t


def _rss_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _progress(done: int, cpu_s: float, c: Clusterer) -> None:
    """One line on stderr: documents so far, clustering CPU seconds, memory now, stories held."""
    print(json.dumps({"done": done, "cluster_cpu_s": round(cpu_s, 1), "rss_mb": round(_rss_mb(), 1),
                      "peak_mb": round(_peak_mb(), 1), "stories_in_memory": len(c.stories),
                      "stories": c.story_count}), file=sys.stderr, flush=True)


def measure(n: int, bounded: bool = True, dedup: bool = True, progress: int = 0) -> dict:
    """Cluster (and dedup) ``n`` synthetic documents streamed in date order; CPU time, memory, B-cubed.

    ``bounded`` gives the clusterer a disk archive, so stories out of reach leave memory; without it
    every story stays in memory (the clusterer as it was). ``peak_mb`` is the whole process's peak
    resident size (the input is generated as it is read, so it is not held); the assignment's SHA-1
    lets two runs be compared for identical output.
    """
    before = _rss_mb()
    archive = DiskArchive() if bounded else None
    c = Clusterer(archive=archive)
    assigned, gold = {}, {}
    dup = DuplicateIndex() if dedup else None
    t_cluster = t_dedup = 0.0
    copies = 0
    blocks: list[float] = []  # clustering CPU seconds of each tenth of the stream
    refs: list[float] = []  # reference work's CPU seconds in each tenth
    ref = 0.0
    for f, event, text in iter_synthetic(n):
        t0 = time.process_time()
        assigned[f.doc_id] = c.assign(f)
        t1 = time.process_time()
        if dup is not None:
            copies += len(dup.add(f.doc_id, text))
        t_cluster, t_dedup = t_cluster + t1 - t0, t_dedup + time.process_time() - t1
        gold[f.doc_id] = event
        if len(gold) % REFERENCE_EVERY == 0:
            ref += _reference()
        if len(gold) * 10 % n == 0:
            blocks.append(round(t_cluster - sum(blocks), 2))
            refs.append(round(ref - sum(refs), 4))
        if progress and len(gold) % progress == 0:
            _progress(len(gold), t_cluster, c)
    out = {"n": n, "bounded": bounded, "cluster_cpu_s": round(t_cluster, 2), "dedup_cpu_s": round(t_dedup, 2),
           "peak_mb": round(_peak_mb(), 1), "peak_mb_over_start": round(_peak_mb() - before, 1),
           "stories": c.story_count, "stories_in_memory": len(c.stories), "near_copies": copies,
           "bcubed": bcubed(gold, assigned), "assignment_sha1": _digest(assigned), "cpu_s_per_tenth": blocks,
           "reference_cpu_s_per_tenth": refs}
    if archive is not None:
        archive.close()
    return out


def _digest(assigned: dict[str, str]) -> str:
    """A fingerprint of an assignment (same documents, same stories: same digest)."""
    h = hashlib.sha1()
    for doc_id in sorted(assigned):
        h.update(f"{doc_id}\t{assigned[doc_id]}\n".encode())
    return h.hexdigest()


def measure_apart(n: int, bounded: bool, dedup: bool, progress: int = 0) -> dict:
    """:func:`measure` in a fresh process, so each size's peak memory is its own (progress lines to stderr)."""
    cmd = [sys.executable, __file__, "--one", str(n), "--progress", str(progress)] + \
        ([] if bounded else ["--unbounded"]) + ([] if dedup else ["--no-dedup"])
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(out.stdout)


def _growth(results: list[dict]) -> None:
    """Print the growth exponents between the first and the last size (1.0 = linear), then within the
    largest run: its first tenth is the same work as a run of a tenth of its size (the stream and the
    clusterer are deterministic), measured in the same process under the same load."""
    a, b = results[0], results[-1]
    for key in ("cluster_cpu_s", "dedup_cpu_s", "peak_mb"):
        growth = math.log(b[key] / a[key]) / math.log(b["n"] / a["n"]) if a[key] and b[key] else float("nan")
        print(f"{key}: x{b[key] / a[key]:.1f} for x{b['n'] / a['n']:.0f} documents (exponent {growth:.2f})")
    within(b)


def within(result: dict) -> None:
    """The clustering time's growth from the first tenth of one run to the whole run."""
    tenths, refs = result.get("cpu_s_per_tenth") or [], result.get("reference_cpu_s_per_tenth") or []
    if len(tenths) == 10 and tenths[0] > 0:
        total = sum(tenths)
        print(f"within the {result['n']:,} run: first tenth {tenths[0]:.1f} CPU s, whole {total:.1f} CPU s"
              f" (exponent {math.log(total / tenths[0]) / math.log(10):.2f}); tenths: {tenths}")
    if len(refs) == 10 and all(refs):
        work = [t / r for t, r in zip(tenths, refs)]  # each tenth in units of the reference work
        print(f"  in reference work (load removed): exponent {math.log(sum(work) / work[0]) / math.log(10):.2f};"
              f" tenths: {[round(w / work[0], 2) for w in work]} of the first")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--compare", type=int, nargs="*", default=None,
                    help="sizes also clustered with every story kept in memory (today's clusterer), to check"
                         " the bounded one assigns identically (default: sizes up to 100,000)")
    ap.add_argument("--no-dedup", action="store_true", help="skip the near-duplicate index")
    ap.add_argument("--progress", type=int, default=0, metavar="N",
                    help="print documents done, CPU seconds and memory to stderr every N documents")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    ap.add_argument("--unbounded", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, not args.unbounded, not args.no_dedup, args.progress)))
        return 0
    compare = [n for n in args.sizes if n <= 100_000] if args.compare is None else args.compare
    results = []
    for n in args.sizes:  # each size printed as soon as it is measured
        results.append(measure_apart(n, True, not args.no_dedup, args.progress))
        print(json.dumps(results[-1]), flush=True)
        if n in compare:
            ref = measure_apart(n, False, False)
            same = ref["assignment_sha1"] == results[-1]["assignment_sha1"]
            print(json.dumps({"n": n, "reference_all_in_memory": ref, "identical_assignment": same}), flush=True)
    if len(results) >= 2:
        _growth(results)
    elif results:
        within(results[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
