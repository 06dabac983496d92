"""Analysis cost against input size: 20 KB, 200 KB and 2 MB texts of several shapes, each in its own process.

    python benchmarks/linearity.py [--shapes prose,quotes] [--sizes 20000,200000,2000000]

Shapes: ``prose`` (paragraphs of the bundled example articles, shuffled), ``oneline`` (the same
prose with no line breaks), ``quotes`` (quotation marks that never close), ``dots`` (runs of a
thousand full stops), ``numbers`` (number lists, money and dates), ``caps`` (capitalised
runs of names, acronyms and titles). For each it prints the CPU seconds of the analysis
(the default pipeline, language check on) inside a fresh process, and the ratio of each
size to the one ten times smaller measured in the same run: linear cost gives about 10x,
quadratic 100x. Issue 17's target: 2 MB within 12x of 200 KB.

Measured 2026-12-03 on the shared 2-core machine (load average 12-20; CPU seconds, so the
ratios hold under load), after issue 17's bisection fixes in quotes, events and timex:
    prose    20 KB 0.25 s, 200 KB 1.95 s (7.8x), 2 MB 23.48 s (12.0x)   (before: 2 MB 34.39 s, 16.8x)
    quotes   20 KB 0.19 s, 200 KB 1.62 s (8.5x), 2 MB 18.01 s (11.1x)
At 2 MB of prose the stages took: entities 7.4 s, clean 5.6 s, published 3.4 s, events 1.5 s,
quantities 1.5 s, times 1.3 s, quotes 1.0 s (quotes was 7.65 s, 64x its 200 KB cost).

Rerun 2026-12-03 07:30-07:58 (load average 30-34), main before and after the second round of
fixes (short places resolved by an index, date covers, glued magnitudes and quote candidates by
bisection, the CRF 64 sentences a batch):
    before   prose  200 KB 1.89 s, 2 MB 25.14 s (13.3x); quotes 200 KB 1.70 s, 2 MB 19.00 s (11.2x)
    after    prose  200 KB 1.47 s, 2 MB 17.45 s (11.9x); quotes 200 KB 1.39 s, 2 MB 13.76 s (9.9x)
             (another run: prose 200 KB 1.66 s, 2 MB 19.61 s, 11.8x)
What still grows faster than the input is Python's cycle collector: in one process, 200 KB then
2 MB of prose took 1.46 s and 15.21 s (10.4x), of which collection 0.09 s and 2.40 s (27x, one
full collection against sixteen, each over a heap that grows with the document); without it 9.4x.

The pipeline now pauses the cycle collector while a document runs (``kabar.collector``). Rerun
2026-12-03 10:05-10:16 (load average 20-27), main and the change in turn, twice:
    main     prose 200 KB 1.14 s, 2 MB 13.68 s (12.0x); quotes 1.19 s, 13.19 s (11.1x)
             prose 200 KB 1.73 s, 2 MB 18.96 s (11.0x); quotes 1.35 s, 17.46 s (13.0x)
    paused   prose 200 KB 1.26 s, 2 MB 11.65 s (9.2x);  quotes 1.26 s, 13.31 s (10.6x)
             prose 200 KB 1.47 s, 2 MB 14.26 s (9.7x);  quotes 1.45 s, 15.30 s (10.5x)
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
SHAPES = ("prose", "oneline", "quotes", "dots", "numbers", "caps")
SIZES = (20_000, 200_000, 2_000_000)
TARGET_RATIO = 12.0


def paragraphs() -> list[str]:
    """Paragraphs of the bundled example articles (text files), long enough to be prose."""
    out = []
    for path in sorted(EXAMPLES.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8", "replace")
        out += [p.strip() for p in text.split("\n") if len(p.strip()) > 80]
    return out


def make_text(shape: str, size: int, seed: int = 17) -> str:
    """A text of about ``size`` characters in the given shape."""
    rng = random.Random(seed)
    if shape in ("prose", "oneline"):
        paras, parts, n = paragraphs(), [], 0
        while n < size:
            parts.append(rng.choice(paras))
            n += len(parts[-1]) + 2
        text = "\n\n".join(parts)
        return (text.replace("\n", " ") if shape == "oneline" else text)[:size]
    unit = {"quotes": 'Ia berkata “tidak " benar ', "dots": "Harga naik. " + "." * 1000 + " ",
            "numbers": "Rp 1.000, 2,3,4 dan 5 persen pada 12 Maret 2024 ",
            "caps": "Budi Santoso Ketua KPK RI PT ABC Tbk "}[shape]
    return (unit * (size // len(unit) + 1))[:size]


def measure(shape: str, size: int) -> dict:
    """CPU seconds of analysing one text, in this process (called in a child)."""
    import time

    from kabar.analyze import analyze_text, default_pipeline
    from kabar.settings import Settings
    pipeline = default_pipeline(Settings(today="2024-06-10"))
    analyze_text("Pemanasan di Jakarta, Senin.", pipeline=pipeline)  # load models outside the measurement
    text = make_text(shape, size)
    start = time.process_time()
    doc = analyze_text(text, pipeline=pipeline)
    return {"cpu_s": time.process_time() - start, "chars": len(text), "warnings": len(doc.warnings)}


def run_child(shape: str, size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", shape, str(size)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    worst = 0.0
    for shape in args.shapes.split(","):
        line, previous = [], None
        for size in sizes:
            got = run_child(shape, size)
            ratio = got["cpu_s"] / previous if previous else None
            if ratio and size == 10 * sizes[sizes.index(size) - 1]:
                worst = max(worst, ratio)
            line.append(f"{size // 1000:,} KB {got['cpu_s']:.2f} s" + (f" ({ratio:.1f}x)" if ratio else ""))
            previous = max(got["cpu_s"], 1e-3)
            print(f"  {shape:<8} " + ", ".join(line), end="\r", flush=True)
        print(f"  {shape:<8} " + ", ".join(line))
    print(f"worst growth for ten times the input: {worst:.1f}x (target <= {TARGET_RATIO:g}x; linear ~10x)")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
