"""Per-outlet framing: loaded terms from a lexicon, in the outlet's own voice or inside a quotation.

A term inside a quotation (a quote the quotes stage found, or text between
quotation marks) is someone else's framing that the outlet reports; a term
outside is the outlet's own choice of words. Both are shown, marked.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.id.framing import FRAMING_TERMS, NEUTRAL_AFTER, NEUTRAL_WINDOW
from ..lang.id.quote_cues import ACCORDING_TO, POST_CUES, PRE_CUES, QUOTE_PAIRS
from ..model import Document
from .sources import outlet, ref, sentence_index

SPEECH_CUES = PRE_CUES | POST_CUES | ACCORDING_TO
CONTEXT_CHARS = 60  # characters of context either side of a term in "text"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One alternation of every term, longest first, on word boundaries."""
    terms = sorted(FRAMING_TERMS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w-])", re.IGNORECASE)


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of reported material: the quotes stage's quotes (direct or not) and text inside quotation marks."""
    spans = [(q.start, q.end) for q in doc.quotes]
    text = doc.text
    i = 0
    while i < len(text):
        close = QUOTE_PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        newline = text.find("\n", i + 1)
        if j == -1 or (newline != -1 and newline < j):
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


def terms(doc: Document) -> list[dict]:
    """Every loaded term in ``doc`` with its category, context and whether it is quoted."""
    quoted = quoted_spans(doc)
    out = []
    for m in _pattern().finditer(doc.text):
        term = m.group(1).lower()
        if _neutral(doc.text, term, m.end()):
            continue
        inside = any(s <= m.start() and m.end() <= e for s, e in quoted) or _after_speech_cue(doc, m.start())
        out.append({"term": term, "category": FRAMING_TERMS[term], "text": _context(doc.text, m.start(), m.end()),
                    "quoted": inside, "source": _sentence_ref(doc, m.start())})
    return out


def _after_speech_cue(doc: Document, offset: int) -> bool:
    """Whether a speech verb in the same sentence reports the term.

    A cue before it ("Kim menyatakan ... agresi imperialis") or a closing
    attribution after it ("Rezim lama lalai ..., kata seorang aktivis").
    """
    if not doc.sentences:
        return False
    s = doc.sentences[sentence_index(doc, offset)]
    before = re.findall(r"\w+", doc.text[s.start:offset].lower())
    after = re.findall(r",\s*(\w+)", doc.text[offset:s.end].lower())
    return any(w in SPEECH_CUES for w in before) or any(w in POST_CUES for w in after)


def _neutral(text: str, term: str, end: int) -> bool:
    """Whether a word after the term makes it an ordinary phrase ("pembebasan lahan")."""
    after = NEUTRAL_AFTER.get(term)
    if not after:
        return False
    following = re.findall(r"\w+", text[end:end + 80].lower())[:NEUTRAL_WINDOW]
    return bool(after & set(following))


def _context(text: str, start: int, end: int) -> str:
    """The term with a little text either side, cut at word boundaries."""
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    left = text[lo:start].split("\n")[-1]
    right = text[end:hi].split("\n")[0]
    if lo > 0 and " " in left:
        left = "…" + left.split(" ", 1)[1]
    if hi < len(text) and " " in right:
        right = right.rsplit(" ", 1)[0] + "…"
    return (left + text[start:end] + right).strip()


def _sentence_ref(doc: Document, offset: int) -> dict:
    """A citation of the sentence holding ``offset``."""
    if not doc.sentences:
        return ref(doc, offset, offset)
    s = doc.sentences[sentence_index(doc, offset)]
    return ref(doc, s.start, s.end)


def framing(docs: list[Document]) -> list[dict]:
    """The briefing's framing section: one entry per document that uses loaded terms."""
    out = []
    for doc in docs:
        found = terms(doc)
        if found:
            out.append({"doc_id": doc.id, "outlet": outlet(doc), "terms": found,
                        "own_voice": sum(not t["quoted"] for t in found)})
    return out
