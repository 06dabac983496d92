"""Score an exported encoder alone and mixed with a CRF trained on the same split.

    python -m kabar.train.encoder_ensemble --eval nergrit --encoder /tmp/nergrit.npz
    python -m kabar.train.encoder_ensemble --eval nerui --fold 1 --encoder /tmp/nerui1.npz

The CRF is trained here on the dataset's train split with the shipped CRF's features
and settings (as ``benchmarks/ner.py`` does); the mixing weight is chosen on the dev
split, then the test split is scored once with it.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from ..encoder.ensemble import CrfMarginals, mix
from ..encoder.labels import allowed_transitions, decode
from ..encoder.tagger import EncoderTagger
from ..ner import clusters as cluster_table, gazetteer as gazetteer_table
from ..ner.data import CORE_LABELS, Sentence, load, shared_data_dir
from ..ner.evaluate import Score, score
from ..ner.features import FeatureMaker
from .ner import DEFAULT_CLUSTERS, DEFAULT_GAZETTEER, train

WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.0)


def experts(tagger: EncoderTagger, crf: CrfMarginals, sentences: Sequence[Sentence]):
    """Both experts' log-probabilities per sentence."""
    enc = tagger.word_logprobs([s.tokens for s in sentences])
    return enc, [crf.logprobs(s.tokens, tagger.labels) for s in sentences]


def mixed_score(enc, crf, sentences: Sequence[Sentence], labels: list[str], weight: float) -> Score:
    ok = allowed_transitions(labels)
    pred = [[labels[j] for j in decode(mix(e, c, weight), labels, ok)] for e, c in zip(enc, crf)]
    return score([s.labels for s in sentences], pred)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kabar.train.encoder_ensemble", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", choices=("nerui", "nergrit"), required=True)
    ap.add_argument("--fold", type=int, default=1)
    ap.add_argument("--encoder", type=Path, required=True, help="an exported encoder (.npz)")
    ap.add_argument("--data", type=Path, default=shared_data_dir())
    args = ap.parse_args(argv)
    keep = frozenset(CORE_LABELS)
    split = {s: load(args.eval, s, args.fold, keep, args.data) for s in ("train", "valid", "test")}
    fm = FeatureMaker(cluster_table.load(DEFAULT_CLUSTERS), gazetteer_table.load(DEFAULT_GAZETTEER))
    tagger = EncoderTagger(args.encoder)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "crf.crfsuite"
        train(split["train"], model, fm)
        crf = CrfMarginals(model, fm)
        dev_e, dev_c = experts(tagger, crf, split["valid"])
        test_e, test_c = experts(tagger, crf, split["test"])
    dev = {w: mixed_score(dev_e, dev_c, split["valid"], tagger.labels, w).f1 for w in WEIGHTS}
    best = max(WEIGHTS, key=lambda w: (dev[w], -abs(w - 0.3)))
    print("dev F1 by CRF weight: " + "  ".join(f"{w:.1f}:{f:.4f}" for w, f in dev.items()))
    for w, name in ((0.0, "encoder alone"), (1.0, "CRF alone"), (best, f"mixed (w={best:.1f}, chosen on dev)")):
        s = mixed_score(test_e, test_c, split["test"], tagger.labels, w)
        print(f"{args.eval} test {name:32s} P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
