"""NER benchmark: entity F1 (exact span and type) beside the published figures, and speed.

Each dataset is scored with a CRF trained on that dataset's own train split
(NER UI: per fold, mean of the five test folds), the way the published figures
were obtained. Speed is measured single-threaded (one core): features plus CRF
on the pre-tokenised test sets, and the shipped ``kabar.ner.tag`` end to end
(tokenising, sentence splitting, decoding, offsets) on the detokenised test text.

    python benchmarks/ner.py            # all datasets (about 8 minutes on 2 cores)
    python benchmarks/ner.py --quick    # NER UI fold 1 and NERGrit only
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.ner.data import CORE_LABELS, PUBLISHED, load, shared_data_dir
from kabar.train.ner import DEFAULT_CLUSTERS, DEFAULT_GAZETTEER, evaluate
from kabar.ner import clusters as cluster_table, gazetteer as gazetteer_table
from kabar.ner.features import FeatureMaker

# How each dataset's types map to kabar labels (scored on these).
MAPPING = {
    "nerui": "PERSON>PER ORGANIZATION>ORG LOCATION>LOC",
    "nergrit": "PERSON>PER ORGANISATION>ORG PLACE>LOC",
    "nerp": "PPL>PER IND>ORG PLC>LOC EVT FNB (all 5 types scored)",
}
TARGETS = {"nerui": 86.0, "nergrit": 72.0, "nerp": 76.0}
SPEED_TARGET = 20_000


def dataset_rows(datasets: list[str], nerui_folds: list[int], root: Path, fm: FeatureMaker):
    """(dataset, our F1, published text, published F1, tokens/s) per dataset."""
    for dataset in datasets:
        folds = nerui_folds if dataset == "nerui" else [1]
        results = [evaluate(dataset, fold, root, fm) for fold in folds]
        f1 = 100 * sum(r.f1 for r, _ in results) / len(results)
        speed = sum(s for _, s in results) / len(results)
        text, published = PUBLISHED[dataset]
        yield dataset, f1, text, published, speed, len(folds)


def end_to_end_speed(root: Path) -> tuple[float, int]:
    """Tokens per second of the shipped ``kabar.ner.tag`` over NER UI test fold 1, as raw text."""
    from kabar import ner
    from kabar.text.tokens import tokenize

    text = "\n".join(" ".join(s.tokens) for s in load("nerui", "test", 1, frozenset(CORE_LABELS), root))
    ner.tag("Presiden Joko Widodo tiba di Jakarta.")  # load the model outside the timing
    ner._tagger().features.word_features.cache_clear()
    began = time.perf_counter()
    found = ner.tag(text)
    elapsed = time.perf_counter() - began
    return len(tokenize(text)) / elapsed, len(found)


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="NER UI fold 1 and NERGrit only")
    ap.add_argument("--data", type=Path, default=shared_data_dir())
    args = ap.parse_args(argv)
    if not (args.data / "indolem-nerui").is_dir():
        print(f"shared NER data not found under {args.data}", file=sys.stderr)
        return 1
    fm = FeatureMaker(cluster_table.load(DEFAULT_CLUSTERS), gazetteer_table.load(DEFAULT_GAZETTEER))
    datasets = ["nerui", "nergrit"] if args.quick else ["nerui", "nergrit", "nerp"]
    folds = [1] if args.quick else [1, 2, 3, 4, 5]
    print(f"{'dataset':<9} {'folds':>5} {'our F1':>7} {'target':>6} {'published F1':>13}  {'tokens/s':>9}  "
          f"published model / label mapping")
    for dataset, f1, text, published, speed, n in dataset_rows(datasets, folds, args.data, fm):
        print(f"{dataset:<9} {n:>5} {f1:>7.2f} {TARGETS[dataset]:>6.1f} {published:>13.2f}  {speed:>9,.0f}  "
              f"{text} | {MAPPING[dataset]}", flush=True)
    speed, found = end_to_end_speed(args.data)
    print(f"\nshipped kabar.ner.tag end to end: {speed:,.0f} tokens/s on one core "
          f"(target {SPEED_TARGET:,}); {found} entities on NER UI test.01 text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
