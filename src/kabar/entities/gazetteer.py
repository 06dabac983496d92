"""Gazetteers and the alias table, loaded once from ``kabar/lang/id``.

Priority, lowest first, so that later tables override earlier ones: short forms mined from the
public corpora (``aliases_acronyms.tsv``), states of other federations, Indonesian regions, English names of countries, countries (CLDR/ISO), world cities, capitals, then the hand-written alias table, whose
canonical names also rename gazetteer canonicals ("Tiongkok" → "China").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..lang.id.entity_heads import LOWER_FIRST_OK
from .tokens import Tok, key_of, tokenize

DATA_PACKAGE = "kabar.lang.id"
MAX_KEY_TOKENS = 12  # "Treaty of Friendship, Cooperation and Mutual Assistance" is 9


@dataclass(frozen=True)
class Entry:
    surface: str
    canonical: str
    type: str
    source: str  # alias | acronym | state | country | english | wilayah | city | capital
    state: str | None = None  # for capitals: the state a metonymic use stands for
    case_key: tuple[str, ...] = ()  # the surface tokens as written, for case checks


@dataclass
class Gazetteer:
    entries: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    famous: set[str] = field(default_factory=set)  # canonical names of well-known people
    by_type: dict[str, list[tuple[frozenset[str], int, str]]] = field(default_factory=dict)

    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # every proper prefix of every key

    def lookup(self, toks: list[Tok], i: int) -> tuple[int, Entry] | None:
        """The longest entry matching ``toks[i:]``, as (end index, entry), with case checked."""
        best = None
        key: tuple[str, ...] = ()
        for n in range(1, min(MAX_KEY_TOKENS, len(toks) - i) + 1):
            key += (toks[i + n - 1].low,)
            entry = self.entries.get(key)
            if entry and _case_ok(entry.case_key, toks[i:i + n]):
                best = (i + n, entry)
            if key not in self.prefixes:
                break  # no longer entry starts this way
        return best

    def canonical_of(self, surface: str) -> Entry | None:
        """The entry for a whole surface string, ignoring case."""
        return self.entries.get(key_of(surface))

    def contained_alias(self, words: list[str], type_: str) -> str | None:
        """Canonical of the longest multi-word alias of ``type_`` whose words all occur in ``words``."""
        have = {w.casefold() for w in words}
        best, best_len = None, 1
        for need, size, canonical in self.by_type.get(type_, ()):
            if size > best_len and need <= have and len(have) - size <= 2:
                best, best_len = canonical, size
        return best


def _case_ok(written: tuple[str, ...], seg: list[Tok]) -> bool:
    """Acronyms must match exactly; capitalised words must be capitalised in the text."""
    for k, (w, tok) in enumerate(zip(written, seg)):
        if len(w) >= 2 and w.isupper() and tok.text != w:
            return False
        if w[:1].isupper() and not tok.is_cap:
            if not (k == 0 and tok.low in LOWER_FIRST_OK):
                return False
    return True


def _rows(name: str) -> list[list[str]]:
    """Data rows of a TSV file in the language package, without comments or header."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def _add(gaz: Gazetteer, surface: str, canonical: str, type_: str, source: str, state=None) -> None:
    toks = tokenize(surface)
    key = tuple(t.low for t in toks)
    gaz.entries[key] = Entry(surface, canonical, type_, source, state, tuple(t.text for t in toks))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process."""
    gaz = Gazetteer()
    aliases = _rows("aliases.tsv")
    rename = {s: c for s, c, t in aliases if t in ("GPE", "LOC", "ORG") and s != c}
    for surface, canonical, type_ in _rows("aliases_acronyms.tsv"):
        _add(gaz, surface, canonical, type_, "acronym")
    for surface, canonical, type_ in _rows("gazetteer_states.tsv"):
        _add(gaz, surface, canonical, type_, "state")
    for surface, canonical, type_ in _rows("gazetteer_wilayah.tsv"):
        _add(gaz, surface, rename.get(canonical, canonical), type_, "wilayah")
    for surface, canonical, type_ in _rows("gazetteer_countries_en.tsv"):
        _add(gaz, surface, rename.get(canonical, canonical), type_, "english")
    for surface, canonical, type_ in _rows("gazetteer_countries.tsv"):
        _add(gaz, surface, rename.get(canonical, canonical), type_, "country")
    for surface, canonical in _rows("gazetteer_cities.tsv"):
        _add(gaz, surface, canonical, "GPE", "city")
    for city, state in _rows("gazetteer_capitals.tsv"):
        _add(gaz, city, city, "GPE", "capital", state)
    for surface, canonical, type_ in aliases:
        _add(gaz, surface, canonical, type_, "alias")
        if type_ == "PER":
            gaz.famous.add(canonical)
    _index_by_type(gaz)
    return gaz


def _index_by_type(gaz: Gazetteer) -> None:
    """Multi-word alias word sets per type, for names that add a word or two to an alias;
    the prefixes of all keys, so a lookup stops where no longer key can match."""
    gaz.prefixes = {key[:n] for key in gaz.entries for n in range(1, len(key))}
    for key, entry in gaz.entries.items():
        words = frozenset(w for w in key if w[:1].isalnum())
        if entry.source == "alias" and len(words) >= 3:
            gaz.by_type.setdefault(entry.type, []).append((words, len(words), entry.canonical))
