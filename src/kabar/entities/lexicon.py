"""Is a capitalised word an ordinary Indonesian word? Sastrawi's root dictionary decides.

Used to keep sentence-initial and headline words ("Hubungan", "Menandakan",
"Bertemu") out of names. Names that happen to be words ("Kim", "Kang") are
rescued by the document context, not here.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..store.stemming import table_root

# Verbal and nominal prefixes: a word with one whose stem is a dictionary root is no name.
AFFIX_PREFIXES = ("me", "be", "di", "te", "pe", "ke", "se", "ber", "ter", "per", "mem", "men", "meng")
AFFIX_SUFFIXES = ("kan", "nya", "an", "i")
# Particles glued to the end of a word ("mungkin" + "kah"), and the shortest word they attach to.
PARTICLES = ("kah", "lah", "tah", "pun")
MIN_PARTICLE_STEM = 3
AFFIXED_FILE = "affixed_words.tsv.gz"
# Function words Sastrawi's root list lacks or stems oddly.
EXTRA_COMMON = frozenset({
    "para", "sang", "kedua", "ketiga", "sebuah", "seorang", "beberapa", "sejumlah", "setiap",
    "saat", "selama", "sementara", "namun", "tetapi", "meski", "meskipun", "walaupun", "bahkan",
    "bagi", "dari", "pada", "dalam", "tanpa", "hal", "ia", "dia", "mereka", "kami", "kita", "saya",
    "anda", "itu", "ini", "yang", "dan", "atau", "baik", "maupun", "juga", "lebih", "kini",
    "di", "ke", "oleh", "untuk", "dengan", "sejak", "hingga", "sampai", "antara", "atas", "bawah",
    "tentang", "terhadap", "kepada", "bahwa", "karena", "jika", "ketika", "setelah", "sebelum",
    "menurut", "seperti", "agar", "supaya", "tak", "tidak", "bukan", "belum", "sudah", "telah",
    "kemudian", "lalu", "selanjutnya", "akhirnya", "sebelumnya", "sesudahnya", "sebaliknya",
    "adapun", "sedangkan", "padahal", "yakni", "yaitu", "bagaimanapun", "tampaknya", "rupanya",
})


@lru_cache(maxsize=1)
def _stemmer():
    """Sastrawi's cached stemmer and its root dictionary."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    return stemmer, stemmer.delegatedStemmer.dictionary


@lru_cache(maxsize=65536)
def is_affixed(word: str) -> bool:
    """True for an affixed ordinary word: "Bertemu", "Menandakan", "Tingkatkan"."""
    low = word.casefold()
    if not may_be_affixed(low):
        return False  # the cheap test first: no stem can make such a word affixed
    known = _known_affixed().get(low)
    return known if known is not None else sastrawi_affixed(low)


def may_be_affixed(low: str) -> bool:
    """The cheap test: a lower-cased word of letters, long enough, with an affix Sastrawi could strip."""
    return low.isalpha() and len(low) >= 5 and (low.startswith(AFFIX_PREFIXES) or low.endswith(AFFIX_SUFFIXES))


def sastrawi_affixed(low: str) -> bool:
    """Sastrawi's verdict: the stem differs and is a dictionary root. The stem comes from the shipped
    stem table (``lang/id/stems.tsv``, Sastrawi's own stems of frequent forms) when it lists the word,
    else from Sastrawi itself (about a millisecond a word)."""
    stemmer, roots = _stemmer()
    stem = table_root(low)
    if stem is None:
        stem = stemmer.stem(low)
    return stem != low and roots.contains(stem)


@lru_cache(maxsize=1)
def _known_affixed() -> dict[str, bool]:
    """Sastrawi's verdicts on frequent word forms, shipped (``lang/id/affixed_words.tsv.gz``, built by
    ``scripts/build_affixed_words.py``), so that analysis rarely waits for Sastrawi."""
    data = resources.files("kabar.lang.id").joinpath(AFFIXED_FILE).read_bytes()
    rows = (ln.split("\t") for ln in gzip.decompress(data).decode("utf-8").splitlines() if not ln.startswith("#"))
    return {word: flag == "1" for word, flag in rows}


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """True for an ordinary word, a month or a weekday (any case), also with a particle
    glued on ("Mungkinkah", "Itulah")."""
    low = word.casefold()
    if low in EXTRA_COMMON or low in MONTHS or low in WEEKDAYS:
        return True
    _, roots = _stemmer()
    if roots.contains(low) or is_affixed(word):
        return True
    bare = next((low[:-len(p)] for p in PARTICLES if low.endswith(p) and len(low) - len(p) >= MIN_PARTICLE_STEM), "")
    return bool(bare) and (bare in EXTRA_COMMON or roots.contains(bare) or is_affixed(bare))


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Given names and surnames from the tagger's training data (``lang/id/person_words.txt``)."""
    text = resources.files("kabar.lang.id").joinpath("person_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def is_person_word(word: str) -> bool:
    """True for a word mostly seen inside persons' names ("Budi", "Sri", "Bambang")."""
    return word.casefold() in _person_words()


def is_name_word(word: str) -> bool:
    """A word that can carry a name: not an ordinary word, or an ordinary word that is a given name."""
    return not is_common(word) or is_person_word(word)
