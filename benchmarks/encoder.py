"""Accurate mode against the CRF, on one core, in one run: tokens per second of name tagging.

Both taggers get the same text, NER UI test fold 1 detokenised into raw sentences (the
text ``benchmarks/ner.py`` times the CRF on), through their public entry points
(``kabar.ner.tag`` and ``kabar.encoder.tag``: tokenising, sentence splitting, tagging,
offsets). Models are loaded before timing; caches start empty. BLAS is held to one
thread. Held-out F1 of the encoder comes from ``python -m kabar.train.encoder --eval``
(needs the ``train`` extra); see ``src/kabar/models/NER_ENCODER_CARD.md``.

    python benchmarks/encoder.py [--sentences N]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from kabar.ner.data import CORE_LABELS, load, shared_data_dir  # noqa: E402
from kabar.text.tokens import tokenize  # noqa: E402


def timed(fn, text: str) -> tuple[float, int]:
    """(seconds of process CPU time, entities found) for one call."""
    began = time.process_time()
    found = fn(text)
    return time.process_time() - began, len(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=0, help="only the first N sentences (0: all 426)")
    ap.add_argument("--data", type=Path, default=shared_data_dir())
    args = ap.parse_args(argv)
    if not (args.data / "indolem-nerui").is_dir():
        print(f"shared NER data not found under {args.data}", file=sys.stderr)
        return 1
    from kabar import encoder, ner

    reason = encoder.available()
    if reason:
        print(f"accurate mode unavailable: {reason}", file=sys.stderr)
        return 1
    sents = load("nerui", "test", 1, frozenset(CORE_LABELS), args.data)
    sents = sents[:args.sentences] if args.sentences else sents
    text = "\n".join(" ".join(s.tokens) for s in sents)
    n_tokens = len(tokenize(text))
    ner.tag("Presiden Joko Widodo tiba di Jakarta.")  # load both models outside the timing
    encoder.tag("Presiden Joko Widodo tiba di Jakarta.")
    encoder.tagger()._cache.clear()
    crf_s, crf_n = timed(ner.tag, text)
    enc_s, enc_n = timed(encoder.tag, text)
    print(f"{len(sents)} sentences, {n_tokens:,} tokens (NER UI test.01 as raw text), one core")
    print(f"CRF (kabar.ner.tag)           {n_tokens / crf_s:>9,.0f} tokens/s  {crf_n} entities")
    print(f"encoder (kabar.encoder.tag)   {n_tokens / enc_s:>9,.0f} tokens/s  {enc_n} entities")
    print(f"encoder / CRF speed ratio     {crf_s / enc_s:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
