"""Story assignment inside a store that already holds many stories: how long the write lock is held.

    python benchmarks/store_stories.py [--docs 6000] [--new 20]

Builds a store of synthetic documents (invented words and names, a few reports per event,
several events a day; no analysis pipeline, so building is quick), assigns them all, then
adds ``--new`` documents one at a time, assigning after each as the web server does. For
each of those it prints the CPU seconds of :func:`assign_pending` and the longest time
any write transaction was held (measured from BEGIN IMMEDIATE to COMMIT with SQLite's
trace hook). Issue 17 #3: at ~1,500 stories each assignment held the write lock 7-13 s,
longer than the 10 s busy timeout another writer waits.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kabar.model import Document, Entity, Sentence, Source, content_id
from kabar.store import Store
from kabar.store.stories import assign_pending

VOCAB, NAMES = 4_000, 1_500
EVENTS_PER_DAY = 12
START = date(2023, 1, 2)


def _word(i: int) -> str:
    """An invented word: syllables from an index."""
    syll = ("ka", "ru", "mi", "to", "sa", "ne", "lo", "pi", "da", "gu", "be", "ho")
    out = ""
    while True:
        out += syll[i % len(syll)]
        i //= len(syll)
        if not i:
            return out + "an"


def documents(n: int, seed: int = 7) -> list[Document]:
    """``n`` synthetic documents in date order, several reports per invented event."""
    rng = random.Random(seed)
    out, event = [], 0
    while len(out) < n:
        event += 1
        day = START + timedelta(days=event // EVENTS_PER_DAY)
        topic = [_word(rng.randrange(VOCAB)) for _ in range(12)]
        names = [f"{_word(rng.randrange(NAMES)).title()} {_word(rng.randrange(NAMES)).title()}" for _ in range(3)]
        for k in range(rng.randint(1, 7)):
            out.append(_report(rng, topic, names, day + timedelta(days=rng.randint(0, 2)), f"{event}-{k}"))
    return out[:n]


def _report(rng: random.Random, topic: list[str], names: list[str], day: date, tag: str) -> Document:
    words = [rng.choice(topic) if rng.random() < 0.5 else _word(rng.randrange(VOCAB)) for _ in range(120)]
    chosen = rng.sample(names, 2)
    text = f"{chosen[0]} dan {chosen[1]} hadir. " + " ".join(words) + f" (laporan {tag})."
    doc = Document(id=content_id(text), source=Source(path=f"{tag}.txt", outlet=f"Outlet {tag[-1]}"), raw=text,
                   title=" ".join(rng.sample(topic, 4)).title(), published=day.isoformat(), language="id", text=text)
    doc.sentences = [Sentence(0, len(text))]
    for name in chosen:
        start = text.index(name)
        doc.entities.append(Entity(name, start, start + len(name), "PER", name))
    return doc


class WriteLockClock:
    """The longest write transaction (BEGIN IMMEDIATE .. COMMIT/ROLLBACK) seen on one connection."""

    def __init__(self, conn):
        self.longest, self._began = 0.0, None
        conn.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        head = sql.lstrip()[:16].upper()
        if head.startswith(("BEGIN IMMEDIATE", "BEGIN EXCLUSIVE")):  # a plain BEGIN only reads
            self._began = time.perf_counter()
        elif head.startswith(("COMMIT", "ROLLBACK", "END")) and self._began is not None:
            self.longest = max(self.longest, time.perf_counter() - self._began)
            self._began = None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=6_000)
    ap.add_argument("--new", type=int, default=20)
    args = ap.parse_args(argv)
    docs = documents(args.docs + args.new)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "k.db")
        began = time.process_time()
        for d in docs[:args.docs]:
            store.add(d)
        assign_pending(store)
        stories = store._conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        print(f"{args.docs:,} documents, {stories:,} stories built in {time.process_time() - began:.0f} s CPU")
        clock = WriteLockClock(store._conn)
        cpu, held = [], []
        for d in docs[args.docs:]:
            store.add(d)
            clock.longest = 0.0
            start = time.process_time()
            assign_pending(store)
            cpu.append(time.process_time() - start)
            held.append(clock.longest)
        cpu.sort(), held.sort()
        print(f"one new document, then assignment: CPU median {cpu[len(cpu) // 2]:.3f} s, max {cpu[-1]:.3f} s; "
              f"write lock held median {held[len(held) // 2] * 1000:.1f} ms, max {held[-1] * 1000:.1f} ms")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
