"""Fuzz every reader: N generated and mutated inputs through analysis and the store; print the counts.

    python -m tests.fuzz.run --inputs 100000 --seed 17 --workers 2

Input i is drawn by ``random.Random(f"{seed}:{i}")``, so ``--only I`` replays one input.
Each worker process takes a contiguous range of inputs; a worker silent for ``--hang-s``
seconds is killed, its input counted as hung (and as over the CPU bound), and a new worker
goes on after it. Each failure is also printed to stderr as it is found, and a run stopped
with Ctrl-C or SIGTERM prints the counts of the inputs it finished. Exit status 1 when
anything escaped, broke an invariant or was slow.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import signal
import sys
import time
from collections import Counter

from .harness import SLOW_CPU_S, Harness
from .mutate import make_input

SHOWN = 5


def draw(seed: int, index: int) -> tuple[str, bytes, str]:
    """Input number ``index`` of the run with ``seed``."""
    return make_input(random.Random(f"{seed}:{index}"))


def _worker(seed: int, first: int, last: int, out) -> None:
    harness = Harness()
    for i in range(first, last):
        suffix, data, how = draw(seed, i)
        o = harness.run(suffix, data)
        out.put((i, suffix, how, o.cpu_s, o.documents, o.errors, o.uncaught, o.broken))
    out.put((None, first, last))


class Tally:
    """Counts over all inputs, and the first few failures of each kind."""

    def __init__(self):
        self.inputs = self.documents = self.errors = 0
        self.by_suffix: Counter = Counter()
        self.cpu_total = self.cpu_max = 0.0
        self.uncaught: list[str] = []
        self.broken: list[str] = []
        self.slow: list[str] = []
        self.hung: list[str] = []

    def add(self, i, suffix, how, cpu, docs, errors, uncaught, broken) -> None:
        self.inputs += 1
        self.by_suffix[suffix] += 1
        self.documents += docs
        self.errors += errors
        self.cpu_total += cpu
        self.cpu_max = max(self.cpu_max, cpu)
        if uncaught:
            self.uncaught.append(f"#{i} {suffix} ({how}):\n{uncaught}")
            print(f"  UNCAUGHT {self.uncaught[-1]}", file=sys.stderr, flush=True)
        if broken:
            self.broken.append(f"#{i} {suffix} ({how}): {broken[0]}")
            print(f"  BROKEN {self.broken[-1]}", file=sys.stderr, flush=True)
        if cpu > SLOW_CPU_S:
            self.slow.append(f"#{i} {suffix} ({how}): {cpu:.1f} s CPU")
            print(f"  SLOW {self.slow[-1]}", file=sys.stderr, flush=True)

    def failed(self) -> bool:
        return bool(self.uncaught or self.broken or self.slow or self.hung)

    def report(self, seed: int, wall: float) -> str:
        lines = [f"seed {seed}: {self.inputs:,} inputs ({', '.join(f'{k} {v:,}' for k, v in sorted(self.by_suffix.items()))})",
                 f"  documents analysed and stored: {self.documents:,}; clean input errors: {self.errors:,}",
                 f"  uncaught exceptions: {len(self.uncaught)}",
                 f"  documents breaking an invariant (serialisable, spans inside the text, start <= end): "
                 f"{len(self.broken)}",
                 f"  inputs over {SLOW_CPU_S:g} s CPU: {len(self.slow) + len(self.hung)} (hung: {len(self.hung)})",
                 f"  CPU per input: mean {self.cpu_total / max(1, self.inputs) * 1000:.1f} ms, max {self.cpu_max:.2f} s;"
                 f" wall {wall:.0f} s"]
        for name in ("uncaught", "broken", "slow", "hung"):
            lines += [f"  {name}: {item}" for item in getattr(self, name)[:SHOWN]]
        return "\n".join(lines)


def run(seed: int, inputs: int, workers: int, hang_s: float, start: int = 0, tally: Tally | None = None) -> Tally:
    """Fuzz inputs ``start..start+inputs`` over ``workers`` processes (counted into ``tally``)."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    step = -(-inputs // workers)
    procs = {}
    for w in range(workers):
        first, last = start + w * step, min(start + inputs, start + (w + 1) * step)
        if first < last:
            procs[w] = _start(ctx, seed, first, last, out)
    return _collect(ctx, seed, out, procs, hang_s, tally or Tally())


def _start(ctx, seed, first, last, out):
    p = ctx.Process(target=_worker, args=(seed, first, last, out), daemon=True)
    p.start()
    return {"proc": p, "next": first, "last": last, "seen": time.monotonic()}


def _collect(ctx, seed, out, procs, hang_s, tally: Tally) -> Tally:
    import queue
    while procs:
        try:
            msg = out.get(timeout=5)
        except queue.Empty:
            msg = None
        if msg is not None:
            _take(msg, tally, procs)
        now = time.monotonic()
        for w, st in list(procs.items()):
            if now - st["seen"] > hang_s:
                st["proc"].kill()
                suffix, _, how = draw(seed, st["next"])
                tally.hung.append(f"#{st['next']} {suffix} ({how}): no answer in {hang_s:g} s")
                tally.inputs += 1
                procs.pop(w)
                if st["next"] + 1 < st["last"]:
                    procs[w] = _start(ctx, seed, st["next"] + 1, st["last"], out)
        if tally.inputs and tally.inputs % 5000 == 0 and msg is not None and msg[0] is not None:
            print(f"  ... {tally.inputs:,} inputs, {len(tally.uncaught)} uncaught, {len(tally.slow)} slow",
                  file=sys.stderr, flush=True)
    return tally


def _take(msg, tally: Tally, procs) -> None:
    if msg[0] is None:  # a worker finished its range
        for w, st in list(procs.items()):
            if st["last"] == msg[2]:
                st["proc"].join(timeout=10)
                procs.pop(w)
        return
    tally.add(*msg)
    for st in procs.values():
        if st["next"] <= msg[0] < st["last"]:
            st["next"], st["seen"] = msg[0] + 1, time.monotonic()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="first input index (to resume or split a run)")
    ap.add_argument("--hang-s", type=float, default=300.0, help="wall seconds of silence before a worker is killed")
    ap.add_argument("--only", type=int, default=None, help="replay one input and print what it did")
    args = ap.parse_args(argv)
    if args.only is not None:
        suffix, data, how = draw(args.seed, args.only)
        o = Harness().run(suffix, data)
        print(f"#{args.only} {suffix} ({how}), {len(data):,} bytes: {o}")
        return 0
    began = time.monotonic()
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a SIGTERM stops like Ctrl-C: counts printed
    tally = Tally()
    try:
        run(args.seed, args.inputs, args.workers, args.hang_s, args.start, tally)
    except KeyboardInterrupt:
        print(f"stopped early: inputs {args.start:,} onwards, {tally.inputs:,} of {args.inputs:,} finished")
    print(tally.report(args.seed, time.monotonic() - began))
    return 1 if tally.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
