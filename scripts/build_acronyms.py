"""Build ``src/kabar/lang/id/aliases_acronyms.tsv``: short forms of Indonesian institutions and their full names.

News defines a short form once, in brackets after the full name ("Badan Narkotika Nasional (BNN)"),
and then uses it alone, often in articles that never define it. This script reads such definitions
in the public Indonesian corpora of ``../shared/data`` (IndoSum dev folds, NER UI and NER UGM full
texts, NERGrit train, the UD treebanks: running text only, no labels) and keeps a pair when

* the short form spells the full name: each word of the name gives a non-empty prefix of itself,
  in order, and small linking words ("dan", "untuk", "of") give one letter or none
  ("Kemenkeu" = Ke|men + Keu, "BNPB" = B N P B);
* the full name opens with a head word of :mod:`kabar.lang.id.entity_heads` (an organisation,
  event, law or place), which also gives its type; ordinary terms ("Bahan Bakar Minyak (BBM)",
  "Produk Domestik Bruto (PDB)") have none;
* human NER annotation (``gazetteer-ner-derived``: NERGrit and NERP train entities; the name spans of
  NER UI, NER UGM and NERGrit train) marks the full name or the short form as a name somewhere, so
  generic phrases with a head word ("Rapat Dengar Pendapat", "Tempat Pemungutan Suara") stay out;
* the full name is defined at least twice (three times for short forms of three letters or fewer) and holds at least two thirds of the definitions of that
  short form;
* the full name is seldom written in lower case (at most a quarter as often as it is defined): a term
  such as "rumah sakit (RS)" or "pengadilan negeri (PN)" is not the name of one institution.

Rows: the short form and the full name, both with the full name as canonical; where the hand-written
``aliases.tsv`` has the short form already, only the full name, under that table's canonical. kabar reads the file
below every other table, so the hand-written ``aliases.tsv`` and the gazetteers win any clash.
Run from the repository root: ``.venv/bin/python scripts/build_acronyms.py``; the output is committed.
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.lang.id.entity_heads import EVENT_HEADS, GPE_HEADS, LAW_HEADS, LOC_HEADS, ORG_HEADS  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"
OUT = ROOT / "src" / "kabar" / "lang" / "id" / "aliases_acronyms.tsv"
LINKS = frozenset({"dan", "&", "untuk", "of", "the", "and", "for", "-", "di", "pada", "atas", "dalam", "se"})
HEAD_TYPES = (("ORG", ORG_HEADS), ("EVENT", EVENT_HEADS), ("LAW", LAW_HEADS), ("GPE", GPE_HEADS), ("LOC", LOC_HEADS))
MAX_NAME_WORDS = 10
LABELLED = (DATA / "indolem-nerui" / "nerui_full.txt", DATA / "indolem-nerugm" / "nerugm_full.txt",
            DATA / "indonlu-nergrit" / "train_preprocess.txt")
NAME_LABELS = frozenset({"PERSON", "ORGANIZATION", "ORGANISATION", "LOCATION", "PLACE"})
MIN_SHARE = 2 / 3
MIN_DEFINITIONS = 2  # a short form defined once may be a writer's own
SHORT_LETTERS, MIN_DEFINITIONS_SHORT = 3, 3  # three letters or fewer stand for many names: more evidence
MAX_LOWER_SHARE = 0.25  # lower-case uses of a full name per definition: more is a common term


def sentences() -> Iterator[list[str]]:
    """Token lists of every running-text sentence in the corpora named above."""
    for path in sorted((DATA / "indosum").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                for paragraph in json.loads(line)["paragraphs"]:
                    yield from paragraph
    for path in (DATA / "indolem-nerui" / "nerui_full.txt", DATA / "indolem-nerugm" / "nerugm_full.txt",
                 DATA / "indonlu-nergrit" / "train_preprocess.txt"):
        yield from _column_sentences(path, 0, "\t")
    for path in sorted(DATA.glob("ud-id-*/*.conllu")):
        yield from _column_sentences(path, 1, "\t", conllu=True)


def _column_sentences(path: Path, column: int, sep: str, conllu: bool = False) -> Iterator[list[str]]:
    """Sentences of a one-token-per-line file, blank lines between sentences."""
    current: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if conllu and line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    yield current
                current = []
                continue
            cells = line.split(sep)
            if conllu and ("-" in cells[0] or "." in cells[0]):
                continue  # multiword token ranges and empty nodes
            current.append(cells[column].split(" ")[0])
    if current:
        yield current


def spells(short: str, words: tuple[str, ...]) -> bool:
    """True when ``short`` is made of a prefix of every word of ``words`` in order (links: one letter or none)."""
    letters = short.casefold().replace("-", "")
    low = tuple(w.casefold() for w in words)

    @lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if j == len(low):
            return i == len(letters)
        word = low[j]
        if word in LINKS:
            return go(i, j + 1) or (i < len(letters) and letters[i] == word[0] and go(i + 1, j + 1))
        k = 1
        while i + k <= len(letters) and k <= len(word) and letters[i:i + k] == word[:k]:
            if go(i + k, j + 1):
                return True
            k += 1
        return False

    return go(0, 0)


def is_short_form(token: str) -> bool:
    """An acronym ("BNPB", "KPK") or a capitalised clipped form ("Kemenkeu", "Bappenas")."""
    bare = token.replace("-", "")
    if not bare.isalpha() or not token[:1].isupper() or not 2 <= len(bare) <= 12:
        return False
    return sum(c.isupper() for c in bare) >= 2 or len(bare) >= 4


def definitions(sents) -> dict[str, Counter]:
    """Short form -> full names defined for it ("Full Name (SHORT)"), counted."""
    found: dict[str, Counter] = defaultdict(Counter)
    for s in sents:
        for i in range(1, len(s) - 2):
            if s[i] == "(" and s[i + 2] == ")" and is_short_form(s[i + 1]):
                name = _spelt_name(s[i + 1], _capitalised_before(s, i))
                if name:
                    found[s[i + 1]][name] += 1
    return found


def _capitalised_before(s: list[str], i: int) -> list[str]:
    """The capitalised words and links right before position ``i``, at most MAX_NAME_WORDS."""
    words: list[str] = []
    k = i
    while k > 0 and len(words) < MAX_NAME_WORDS and (s[k - 1][:1].isupper() or s[k - 1].casefold() in LINKS):
        words.insert(0, s[k - 1])
        k -= 1
    return words


def _spelt_name(short: str, words: list[str]) -> str | None:
    """The shortest tail of ``words`` (two words or more, opening with a name word) that ``short`` spells."""
    for start in range(len(words) - 2, -1, -1):
        tail = tuple(words[start:])
        if tail[0].casefold() not in LINKS and spells(short, tail):
            return " ".join(tail)
    return None


def head_type(name: str) -> str | None:
    """The entity type the full name's first word gives, or None for an ordinary term."""
    first = name.split()[0].casefold()
    return next((type_ for type_, heads in HEAD_TYPES if first in heads), None)


def known_entities() -> set[str]:
    """Casefolded surfaces that human annotators marked as names: the NER training entities
    (``gazetteer-ner-derived``) and the person, organisation and place spans of the NER UI,
    NER UGM and NERGrit train files."""
    out: set[str] = set()
    for path in sorted((DATA / "gazetteer-ner-derived").glob("*_train_entities.tsv")):
        with path.open(encoding="utf-8") as f:
            out.update(rec["surface"].casefold() for rec in csv.DictReader(f, delimiter="\t"))
    for path in LABELLED:
        out.update(_labelled_spans(path))
    return out


def _labelled_spans(path: Path) -> Iterator[str]:
    """Casefolded B-/I- spans of a token<TAB>label file (every name label, not times or quantities)."""
    span: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            token, _, label = line.rstrip("\n").partition("\t")
            if span and not label.startswith("I-"):
                yield " ".join(span).casefold()
                span = []
            if label.startswith("B-") and label[2:] in NAME_LABELS:
                span = [token]
            elif label.startswith("I-") and span:
                span.append(token)
    if span:
        yield " ".join(span).casefold()


def rows(found: dict[str, Counter], known: set[str], lower: Counter) -> list[tuple[str, str, str]]:
    """(surface, canonical, type) rows for the pairs that pass every test in the module docstring."""
    out: list[tuple[str, str, str]] = []
    hand = hand_aliases()
    for short, names in sorted(found.items()):
        name, count = names.most_common(1)[0]
        type_ = head_type(name)
        need = MIN_DEFINITIONS_SHORT if len(short) <= SHORT_LETTERS else MIN_DEFINITIONS
        if count < need or count < MIN_SHARE * sum(names.values()) or type_ is None:
            continue
        if name.casefold() not in known and short.casefold() not in known:
            continue
        if lower[name.casefold()] > MAX_LOWER_SHARE * count:
            continue  # "rumah sakit (RS)", "tempat pemungutan suara": a term, not a name
        if short in hand:  # the hand-written table names it: the same name spelt its way, or another name
            if _letters(hand[short]) == _letters(name):
                out.append((name, hand[short], type_))
        else:
            out += [(short, name, type_), (name, name, type_)]
    return out


def _letters(name: str) -> str:
    """A name without case, spaces or punctuation ("Badan Meteorologi, Klimatologi, ...")."""
    return "".join(c for c in name.casefold() if c.isalnum())


def hand_aliases() -> dict[str, str]:
    """Surface -> canonical of the hand-written ``aliases.tsv``."""
    text = (OUT.parent / "aliases.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: r[1] for r in rows[1:] if len(r) >= 2}


def lower_case_uses(sents, names: set[str]) -> Counter:
    """How often each name (casefolded) is written all in lower case in the corpora."""
    lengths = {len(n.split()) for n in names}
    seen: Counter = Counter()
    for s in sents:
        for size in lengths:
            for i in range(len(s) - size + 1):
                words = s[i:i + size]
                if words[0].islower():
                    phrase = " ".join(words)
                    if phrase in names:
                        seen[phrase] += 1
    return seen


def main() -> int:
    if not DATA.exists():
        print(f"missing {DATA}; acronym table not rebuilt", file=sys.stderr)
        return 1
    found = definitions(sentences())
    names = {n.casefold() for counter in found.values() for n in counter}
    table = rows(found, known_entities(), lower_case_uses(sentences(), names))
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_acronyms.py: short forms defined in brackets in the public corpora of\n"
                "# ../shared/data (IndoSum dev, NER UI/UGM texts, NERGrit train, UD Indonesian), confirmed by the\n"
                "# NER training entities; read below every other table (aliases.tsv wins).\n")
        f.write("surface\tcanonical\ttype\n")
        for row in table:
            if row[0] not in seen:
                seen.add(row[0])
                f.write("\t".join(row) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(seen)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
