"""Build ``src/kabar/lang/id/affixed_words.tsv.gz``: Sastrawi's verdict on the frequent word forms, shipped.

:func:`kabar.entities.lexicon.is_affixed` asks Sastrawi whether a capitalised word is an affixed
ordinary word ("Menandakan", "Bertemu"); Sastrawi needs about a millisecond for each new word form.
This table holds its answer for every word form of the NER and treebank texts in ``../shared/data``
(NER UI, NERGrit, NERP, NER UGM, UD GSD/CSUI/PUD; not IndoSum, whose articles the analysis benchmark
reads) that passes the lexicon's cheap test, so analysis asks Sastrawi only about the rest. The
verdicts are Sastrawi's own, computed here with the installed PySastrawi: the analysis gives the
same answers with or without the table.

Run from the repository root: ``.venv/bin/python scripts/build_affixed_words.py``.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
OUT = ROOT / "src" / "kabar" / "lang" / "id" / "affixed_words.tsv.gz"
SOURCES = ("indolem-nerui/*.tsv", "indolem-nerugm/*", "indonlu-nergrit/*.txt", "indonlu-nerp/*.txt",
           "ud-id-gsd/*.conllu", "ud-id-csui/*.conllu", "ud-id-pud/*.conllu")
HEADER = ("# Sastrawi's verdict on word forms of the NER UI, NER UGM, NERGrit, NERP and UD Indonesian texts\n"
          "# (CC BY 4.0 / MIT / CC BY-SA): 1 = an affixed ordinary word, 0 = not. Built by\n"
          "# scripts/build_affixed_words.py; read by kabar.entities.lexicon.is_affixed.\n")


def words() -> set[str]:
    """The case-folded word forms of the source texts that pass the lexicon's cheap test."""
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.entities.lexicon import may_be_affixed
    out: set[str] = set()
    for pattern in SOURCES:
        for path in sorted(DATA.glob(pattern)):
            for line in path.open(encoding="utf-8", errors="replace"):
                word = _word(line, path.suffix == ".conllu")
                if word and may_be_affixed(word.casefold()):
                    out.add(word.casefold())
    return out


def _word(line: str, conllu: bool) -> str | None:
    parts = line.rstrip("\n").split("\t")
    if conllu:
        return parts[1] if len(parts) > 2 and parts[0].isdigit() else None
    return parts[0].strip() or None


def main() -> None:
    from kabar.entities.lexicon import sastrawi_affixed
    found = sorted(words())
    flags = [int(sastrawi_affixed(w)) for w in found]
    lines = [f"{w}\t{flag}\n" for w, flag in zip(found, flags)]
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:  # no timestamp: the same file every build
        out.write((HEADER + "".join(lines)).encode("utf-8"))
    print(f"{len(found)} word forms ({sum(flags)} affixed) -> {OUT}")


if __name__ == "__main__":
    main()
