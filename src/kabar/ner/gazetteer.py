"""Name lists the tagger matches as phrases: Indonesian regions and known entity names.

The table maps a lower-cased token tuple to a class and is stored, gzipped,
beside the model as ``class<TAB>phrase`` lines. Classes:

- ``REG``: provinces, regencies and cities (levels 1–2 of the Kemendagri codes), with
  and without their *Kabupaten* / *Kota* prefix;
- ``KEC``: districts (level 3), more ambiguous, so a separate feature;
- ``PER``/``ORG``/``LOC``: names seen in a training split (only when asked).
"""
from __future__ import annotations

import csv
import gzip
from pathlib import Path
from typing import Iterable

from ..text.tokens import words

# Official prefixes that news often drops ("Kabupaten Bogor" -> "Bogor").
REGION_PREFIXES = ("kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota ",
                   "daerah khusus ibukota ", "daerah istimewa ", "daerah khusus ")
# Region levels that go into REG; districts (KEC) are level 3. Villages are too ambiguous.
LEVEL_CLASS = {"1": "REG", "2": "REG", "3": "KEC"}
# Shortest and rarest derived entity names kept: single letters and one-off noise stay out.
MIN_NAME_CHARS = 3
MIN_NAME_COUNT = 2

Table = dict[tuple[str, ...], str]


def phrase(name: str) -> tuple[str, ...]:
    """A name as the lower-cased token tuple the tagger sees."""
    return tuple(w.lower() for w in words(name))


def region_names(wilayah_tsv: Path) -> Table:
    """REG / KEC phrases from the ``kode<TAB>level<TAB>nama`` region table."""
    table: Table = {}
    with open(wilayah_tsv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            cls = LEVEL_CLASS.get(row["level"])
            if not cls:
                continue
            name = row["nama"].lower()
            for variant in {name, _strip_prefix(name)}:
                key = phrase(variant)
                if key and (key not in table or cls == "REG"):  # a regency beats a same-named district
                    table[key] = cls
    return table


def _strip_prefix(name: str) -> str:
    """The region name without its administrative prefix."""
    for prefix in REGION_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def entity_names(derived_tsv: Path) -> Table:
    """PER / ORG / LOC phrases from a ``type<TAB>surface<TAB>count`` list of training-set names."""
    table: Table = {}
    with open(derived_tsv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["type"] in ("PER", "ORG", "LOC") and len(row["surface"]) >= MIN_NAME_CHARS \
                    and int(row["count"]) >= MIN_NAME_COUNT:
                table.setdefault(phrase(row["surface"]), row["type"])
    return table


def merge(tables: Iterable[Table]) -> Table:
    """Union of tables; the first table to name a phrase keeps it."""
    out: Table = {}
    for table in tables:
        for key, cls in table.items():
            out.setdefault(key, cls)
    return out


def save(table: Table, path: Path) -> None:
    """Write ``class<TAB>phrase`` lines, sorted, gzipped with a fixed timestamp."""
    lines = sorted(f"{cls}\t{' '.join(key)}\n" for key, cls in table.items())
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write("".join(lines).encode("utf-8"))


def load(path: Path) -> Table:
    """Read a table written by :func:`save`."""
    table: Table = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cls, _, text = line.rstrip("\n").partition("\t")
            table[tuple(text.split(" "))] = cls
    return table
