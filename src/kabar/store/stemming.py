"""Indonesian word stems for the search index, made with Sastrawi.

The stemmed shadow column of the full-text index and the user's query go
through the same :func:`stems`, so ``kunjungan`` and ``berkunjung`` meet at
``kunjung``. Two corrections sit on top of Sastrawi:

* a small exceptions list (``lang/id/stem_exceptions.tsv``) for its known
  over-stemming (``pasukan`` -> ``pasu``);
* nasal-prefix ambiguity: in ``meng-``/``peng-`` + vowel the root may have
  lost a ``k`` (``mengunjungi`` = meN + kunjungi), and Sastrawi picks one
  reading (``unjung``). When the consonant-restored root is also a
  dictionary word, both readings are kept, so a word may have two stems.

Sastrawi is slow (about 10k new words/s) and slow to import (most of a ``kabar search``'s start-up), so
stems are cached per word type, and the frequent affixed word forms come from a shipped table
(``lang/id/stems.tsv``, made by ``scripts/build_stem_table.py`` with the same Sastrawi readings):
Sastrawi is imported only for a word outside it.
"""
from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

# Tokens as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
WORD = re.compile(r"[^\W_]+")
# Below this length Sastrawi has nothing sensible to strip (and is slowest per word).
MIN_STEM_LEN = 4
STEM_CACHE_SIZE = 500_000
VOWELS = "aeiou"
# Nasal prefix + vowel, and the root consonant the nasal may have replaced.
NASAL_RESTORE = (("meng", "k"), ("peng", "k"), ("meny", "s"), ("peny", "s"),
                 ("mem", "p"), ("pem", "p"), ("men", "t"), ("pen", "t"))
CLITICS = ("nya", "lah", "kah")
# Sastrawi only changes a word with one of these prefixes or suffixes (or an
# infix, which it over-applies to foreign names: yemen -> yen). Other words
# are left alone without asking it, which skips its slowest case: names and
# foreign words, where every rule is tried and fails.
AFFIXED = re.compile(r"^(?:di|ke|se|me|be|pe|te)|(?:i|kan|an|lah|kah|tah|pun|ku|mu|nya|isme)$")
EXCEPTIONS_FILE = "stem_exceptions.tsv"
TABLE_FILE = "stems.tsv"
LANG_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lang", "id")


def fold(word: str) -> str:
    """Lower case without diacritics, as ``remove_diacritics 2`` indexes it."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded word tokens of ``text``."""
    return [fold(m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stems(word: str) -> tuple[str, ...]:
    """The stem(s) of one word (one, or two for an ambiguous nasal prefix)."""
    word = fold(word)
    if len(word) < MIN_STEM_LEN or not word.isascii() or not word.isalpha():
        return (word,)
    fixed = _exception(word)
    if fixed:
        return (fixed,)
    if not AFFIXED.search(word):
        return (word,)
    return _table_stems(word) or sastrawi_stems(word)


def needs_sastrawi(word: str) -> bool:
    """Whether :func:`stems` asks Sastrawi (or the table made from it) for the folded ``word``."""
    return (len(word) >= MIN_STEM_LEN and word.isascii() and word.isalpha() and not _exception(word)
            and AFFIXED.search(word) is not None)


def sastrawi_stems(word: str) -> tuple[str, ...]:
    """Sastrawi's root of an affixed folded ``word``, plus the consonant-restored reading when it is a root."""
    root = _sastrawi().stem_word(word) or word
    alt = _restored_root(word, root)
    return (root, alt) if alt else (root,)


def table_root(word: str) -> str | None:
    """Sastrawi's root of a folded ``word`` as the shipped table lists it (its first stem), or None
    when the word is not listed: Sastrawi's own ``stem_word`` answer for a listed word, without Sastrawi."""
    if not word.isascii():
        return None
    found = _table_stems(word)
    return found[0] if found else None


def stem_text(text: str, changed_only: bool = False) -> str:
    """``text`` as a space-separated sequence of stems, for the shadow column.

    ``changed_only`` (the compact index): only the stems of the words stemming changes; an ASCII word
    that is its own stem is left out (the index finds it in the text as written). A word with other
    letters stays: its folded form may not be what the index's tokenizer made of it.
    """
    out: list[str] = []
    for w in words(text):
        found = stems(w)
        if not changed_only or found != (w,) or not w.isascii():
            out.extend(found)
    return " ".join(out)


def _exception(word: str) -> str | None:
    """The listed stem of ``word`` (with or without a clitic), if any."""
    table = _exceptions()
    if word in table:
        return table[word]
    for clitic in CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)] in table:
            return table[word[: -len(clitic)]]
    return None


def _restored_root(word: str, root: str) -> str | None:
    """The other reading of a nasal-prefixed word, when it is a real root."""
    if not root or root[0] not in VOWELS:
        return None
    for prefix, consonant in NASAL_RESTORE:
        if word.startswith(prefix) and word[len(prefix):len(prefix) + 1] == root[0]:
            candidate = consonant + root
            return candidate if _sastrawi().get_dictionary().contains(candidate) else None
    return None


def _table_stems(word: str) -> tuple[str, ...] | None:
    """The stems the table lists for ``word`` (None when it is not listed): a binary search over the
    sorted lines, so nothing is parsed at start-up."""
    data, key = _table(), word.encode("ascii") + b"\t"
    lo, hi = 0, len(data)  # both at line starts; the lines in between are still candidates
    while lo < hi:
        start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
        end = data.index(b"\n", start)
        split = data.index(b"\t", start, end) + 1
        found = data[start:split]
        if found == key:
            return tuple(data[split:end].decode("ascii").split())
        if found < key:
            lo = end + 1
        else:
            hi = start
    return None


@lru_cache(maxsize=1)
def _table() -> bytes:
    """The stem table's bytes (empty when the file is missing: Sastrawi answers every word)."""
    try:
        with open(os.path.join(LANG_DIR, TABLE_FILE), "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        return b""


@lru_cache(maxsize=1)
def _sastrawi():
    """The Sastrawi stemmer without its own cache (ours is cheaper)."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    """The exceptions list from the Indonesian language data."""
    with open(os.path.join(LANG_DIR, EXCEPTIONS_FILE), encoding="utf-8") as fh:  # no pkgutil/importlib at start-up
        text = fh.read()
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, stem = line.split("\t")
            table[word.strip()] = stem.strip()
    return table
