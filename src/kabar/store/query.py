"""Turn a user's search query into an FTS5 expression over the store's index.

The index (``doc_fts``) has three columns: ``title`` and ``body`` as written
and ``stems``, the stemmed title and body. A user query keeps the FTS5
features people type (``"quoted phrases"``, ``prefix*``, ``AND``/``OR``/
``NOT``, parentheses, ``NEAR(a b, 5)``) and gains stemming:

* a plain word matches itself as written, or any word sharing its stem
  (``kunjungan`` finds ``mengunjungi``);
* a prefix matches words as written or stems starting with it;
* phrases and NEAR groups match the text as written, word for word.

The compact index (stores made since schema v5) holds in ``stems`` only the stems of the words that
stemming changes; a word that is its own stem is found as written. There a stem is looked for in every
column (``{title body stems}``), which finds the same documents: a document has a word with that stem
either as written (a word that is its own stem) or in the stems column. (The one difference: a word
written exactly as the stem that stems to something else is found too.)

Words with punctuation inside (``Kim-Jong-un``, ``A.S.``) become phrases,
which is how the unicode61 tokenizer indexed them.
"""
from __future__ import annotations

import re

from ..errors import StoreError
from .stemming import stems, words

AS_WRITTEN = "{title body}"
STEMMED = "stems"
ANY_FORM = "{title body stems}"  # a stem in the compact index
OPERATORS = frozenset({"AND", "OR", "NOT"})
# Curly and low quotes people paste from articles mean the same as ".
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_TOKEN = re.compile(r"""
    (?P<near>NEAR\((?P<near_body>[^()]*)\))
  | (?P<phrase>"(?P<phrase_body>[^"]*)"\*?)
  | (?P<quote>")
  | (?P<paren>[()])
  | (?P<word>[^\s"()]+)
""", re.VERBOSE)
# A query's cost grows with its terms (each a stem lookup and an OR branch): bounded, with a clear refusal.
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 64
_NEAR_DISTANCE = re.compile(r",\s*(\d+)\s*$")


class ParsedQuery:
    """An FTS5 MATCH expression plus what a snippet should highlight.

    A plain class, not a dataclass: ``kabar search`` would import :mod:`dataclasses` for it alone.
    """

    __slots__ = ("fts", "terms", "prefixes", "stems", "phrases", "compact")

    def __init__(self, compact: bool = False) -> None:
        self.compact = compact  # for the compact index (see above)
        self.fts = ""
        self.terms: set[str] = set()  # folded words as written
        self.prefixes: set[str] = set()
        self.stems: set[str] = set()
        self.phrases: list[tuple[str, ...]] = []

    def __repr__(self) -> str:
        return f"ParsedQuery(fts={self.fts!r}, terms={self.terms!r}, prefixes={self.prefixes!r}," \
               f" stems={self.stems!r}, phrases={self.phrases!r})"

    @property
    def empty(self) -> bool:
        return not self.fts


def parse(query: str, compact: bool = False) -> ParsedQuery:
    """Translate ``query`` (for the compact index when ``compact``); raises :class:`StoreError` on
    unbalanced quotes and on a query over MAX_QUERY_CHARS characters or MAX_QUERY_TERMS terms."""
    if len(query) > MAX_QUERY_CHARS:
        raise StoreError(f"the query is too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,})")
    out = ParsedQuery(compact)
    parts: list[str] = []
    for m in _TOKEN.finditer(query.translate(QUOTES)):
        piece = _HANDLERS[m.lastgroup](m, out)  # the outer group closes last
        if piece:
            parts.append(piece)
    terms = sum(p not in OPERATORS and p not in "()" for p in parts)
    if terms > MAX_QUERY_TERMS:
        raise StoreError(f"the query has too many terms ({terms}; at most {MAX_QUERY_TERMS})")
    out.fts = _join(parts) if any(p not in OPERATORS and p not in "()" for p in parts) else ""
    return out


def _join(parts: list[str]) -> str:
    """Parts joined with an explicit AND where the user left it implicit.

    FTS5 accepts ``a b`` but not ``(a) (b)``, and every word becomes a
    parenthesised group here.
    """
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev is not None and prev not in OPERATORS and prev != "(" and part not in OPERATORS and part != ")":
            out.append("AND")
        out.append(part)
    return " ".join(out)


def _near(m: re.Match, out: ParsedQuery) -> str:
    """``NEAR(a "b c", 5)`` over the text as written."""
    body = m.group("near_body")
    dist = _NEAR_DISTANCE.search(body)
    if dist:
        body = body[: dist.start()]
    groups = [_quoted(g, out) for g in _near_groups(body)]
    groups = [g for g in groups if g]
    if not groups:
        return ""
    suffix = f", {dist.group(1)}" if dist else ""
    return f"{AS_WRITTEN} : NEAR({' '.join(groups)}{suffix})"


def _near_groups(body: str) -> list[str]:
    """The phrases and words inside a NEAR group."""
    if body.count('"') % 2:
        raise StoreError('search query has an unbalanced " inside NEAR(...)')
    return [a or b for a, b in re.findall(r'"([^"]*)"|([^\s"]+)', body)]


def _phrase(m: re.Match, out: ParsedQuery) -> str:
    """A quoted phrase, matched as written (``"a b"*`` makes the last word a prefix)."""
    quoted = _quoted(m.group("phrase_body"), out)
    if not quoted:
        return ""
    return f"{AS_WRITTEN} : {quoted}" + ("*" if m.group("phrase").endswith("*") else "")


def _quoted(text: str, out: ParsedQuery) -> str:
    """``text`` as one FTS5 string of its words, remembered for highlighting."""
    toks = words(text)
    if not toks:
        return ""
    out.phrases.append(tuple(toks))
    return '"' + " ".join(toks) + '"'


def _quote(m: re.Match, out: ParsedQuery) -> str:
    """A lone quote mark: the user forgot to close a phrase."""
    raise StoreError('search query has an unbalanced " (close the quoted phrase)')


def _paren(m: re.Match, out: ParsedQuery) -> str:
    return m.group()


def _word(m: re.Match, out: ParsedQuery) -> str:
    """An operator, a prefix, a plain word, or a word with punctuation in it."""
    raw = m.group()
    if raw in OPERATORS:
        return raw
    prefix = raw.endswith("*")
    toks = words(raw.rstrip("*"))
    if not toks:
        return ""
    if len(toks) > 1:
        out.phrases.append(tuple(toks))
        return f'{AS_WRITTEN} : "{" ".join(toks)}"' + ("*" if prefix else "")
    word = toks[0]
    if prefix:
        out.prefixes.add(word)
        if out.compact:
            return f'{ANY_FORM} : "{word}"*'
        return f'({AS_WRITTEN} : "{word}"* OR {STEMMED} : "{word}"*)'
    out.terms.add(word)
    word_stems = stems(word)
    out.stems.update(word_stems)
    alternatives = " OR ".join(f'"{s}"' for s in word_stems)
    if not out.compact:
        return f'({AS_WRITTEN} : "{word}" OR {STEMMED} : ({alternatives}))'
    if word_stems == (word,):
        return f'{ANY_FORM} : "{word}"'
    return f'({AS_WRITTEN} : "{word}" OR {ANY_FORM} : ({alternatives}))'


_HANDLERS = {"near": _near, "phrase": _phrase, "quote": _quote, "paren": _paren, "word": _word}
