"""Build ``src/kabar/lang/id/stems.tsv``: the stems of frequent affixed Indonesian word forms.

    .venv/bin/python scripts/build_stem_table.py [--min-count 2] [CORPUS.jsonl ...]

Counts the word forms of IndoSum articles (../shared/data/indosum, read in place), keeps those that
:func:`kabar.store.stemming.stems` would hand to Sastrawi (affixed, at least four letters, not in the
exceptions list) seen at least ``--min-count`` times, and writes each with the stems Sastrawi gives
(sorted by word, one ``word<TAB>stem[ stem]`` line each). The file is a word list with stems, not text.
With it, ``kabar search`` stems a common query word without importing Sastrawi (most of its start-up),
and ingestion skips Sastrawi for common words; the stems are the same (tests/store/test_stem_table.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from kabar.store import stemming

ROOT = Path(__file__).resolve().parents[1]
INDOSUM = ROOT / ".." / "shared" / "data" / "indosum"


def corpus_words(paths: list[Path]) -> Counter:
    """Folded word counts of the articles' paragraphs."""
    counts: Counter = Counter()
    for path in paths:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            for para in row["paragraphs"]:
                for sent in para:
                    counts.update(stemming.words(" ".join(sent)))
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    paths = args.corpus or sorted(INDOSUM.glob("*.jsonl"))
    counts = corpus_words(paths)
    rows = []
    for word, n in counts.items():
        if n >= args.min_count and stemming.needs_sastrawi(word):
            rows.append(f"{word}\t{' '.join(stemming.sastrawi_stems(word))}")
    out = ROOT / "src" / "kabar" / "lang" / "id" / stemming.TABLE_FILE
    out.write_text("".join(f"{r}\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} words from {sum(counts.values())} tokens -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
