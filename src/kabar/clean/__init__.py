"""Separate the article from what a site wraps around it, line by line and fragment by fragment.

Every removed line or fragment is kept verbatim with its kind; credit lines
become the byline; datelines give the outlet and the date. Body text is never
dropped for being unusual: only text a rule positively recognises is removed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Boilerplate, Byline
from ..text.dates import parse_date_string
from . import rules
from .byline import parse_credit_line

MAX_TITLE_CHARS = 200
TITLE_WORDS = (3, 30)
TITLE_SEARCH_LINES = 3
_SENTENCE_END = (".", "!", "?", "”", '"', ":", "…")
MAX_REPEAT_CHARS = 250  # a repeated line longer than this is body text quoted twice, not a headline
CREDIT_KINDS = ("byline", "source")
_END_PUNCT = (".", ",", ";", ":", "!", "?", "”", '"')


@dataclass
class Cleaned:
    text: str
    title: str | None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    outlet: str | None = None
    dateline_date: str | None = None


def clean_text(raw: str, title_hint: str | None = None) -> Cleaned:
    """Clean one article's raw text (one paragraph per line or blank-line separated blocks)."""
    lines = raw.split("\n")
    title_idx, title = _find_title(lines, title_hint)
    out = Cleaned(text="", title=title)
    kept: list[tuple[int, int, str]] = []  # (line number, block number, text)
    block, seen, first_body = 0, set(), True
    for i, line in enumerate(lines):
        if not line.strip():
            block += 1
            continue
        body = _clean_line(i, line.strip(), i == title_idx, first_body, title, seen, out)
        if body:
            kept.append((i, block, body))
            first_body = False
            seen.add(_norm(body))
    out.text = _assemble(kept, hard_wrapped=any(not ln.strip() for ln in lines))
    return out


def _clean_line(i: int, s: str, is_title: bool, first_body: bool, title: str | None,
                seen: set[str], out: Cleaned) -> str:
    """The body part of one line; what is removed is recorded in ``out``."""
    if is_title:
        return ""  # the headline goes to ``title``; ``text`` is the body
    kind = rules.whole_line_kind(s) or _repeat_kind(s, title, seen)
    if kind:
        _record_whole(i, s, kind, out)
        return ""
    related = rules.glued_related(s)
    if related:
        head = s[:related.start].rstrip()
        if rules.is_dateline(head):
            _record_whole(i, s, "dateline+related_link", out, dateline=head)
            return ""
        out.boilerplate.append(Boilerplate(related.text, "related_link", i, fragment=True))
        s = head
    if first_body:
        s = _cut_prefix(i, s, out)
    for piece in reversed(rules.caption_fragments(s)):
        out.boilerplate.append(Boilerplate(piece.text, "caption", i, fragment=True))
        s = (s[:piece.start].rstrip() + " " + s[piece.end:].lstrip()).strip()
    marker = rules.end_marker(s)
    if marker:
        out.boilerplate.append(Boilerplate(marker.text, "end_marker", i, fragment=True))
        s = s[:marker.start].rstrip()
    return s.strip()


def _repeat_kind(s: str, title: str | None, seen: set[str]) -> str | None:
    norm = _norm(s)
    if len(s) <= MAX_REPEAT_CHARS and ((title and norm == _norm(title)) or norm in seen):
        return "repeated_headline"
    return None


def _record_whole(i: int, s: str, kind: str, out: Cleaned, dateline: str | None = None) -> None:
    out.boilerplate.append(Boilerplate(s, kind, i, fragment=False))
    if kind in CREDIT_KINDS:
        parse_credit_line(s, out.byline)
    if kind.startswith("dateline"):
        head = dateline or s
        found = parse_date_string(head)
        if found and not out.dateline_date:
            out.dateline_date = found.isoformat()
        out.outlet = out.outlet or rules.dateline_outlet(head)


def _cut_prefix(i: int, s: str, out: Cleaned) -> str:
    found = rules.site_prefix(s)
    if not found:
        return s
    piece, outlet = found
    out.boilerplate.append(Boilerplate(piece.text, piece.kind, i, fragment=True))
    out.outlet = out.outlet or outlet
    return s[piece.end:]


def _find_title(lines: list[str], hint: str | None) -> tuple[int | None, str | None]:
    """The headline: the given one, or a short first line that does not read as a sentence."""
    candidates = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip()][:TITLE_SEARCH_LINES + 1]
    if hint:
        for i, s in candidates:
            if _norm(s) == _norm(hint):
                return i, s
        return None, hint.strip()
    for i, s in candidates[:TITLE_SEARCH_LINES]:
        if rules.whole_line_kind(s):
            continue
        if _is_headline(lines, i, s):
            return i, s
        return None, None
    return None, None


def _is_headline(lines: list[str], i: int, s: str) -> bool:
    """Short, one phrase, no closing punctuation, alone in its block, with body text after it."""
    n_words = len(s.split())
    if not (len(s) <= MAX_TITLE_CHARS and TITLE_WORDS[0] <= n_words <= TITLE_WORDS[1]):
        return False
    if s.endswith(_END_PUNCT) or rules.end_marker(s) or rules.glued_related(s) or rules.site_prefix(s):
        return False
    if re.search(r"[.!?][\"”]?\s+[A-Z]", s):  # two sentences are a paragraph, not a headline
        return False
    body = "\n".join(lines).strip().split("\n")
    blocks = any(not ln.strip() for ln in body)
    if blocks and i + 1 < len(lines) and lines[i + 1].strip():
        return False  # in blank-line separated text a headline stands alone (else it is a wrapped line)
    return any(ln.strip() and not rules.whole_line_kind(ln) for ln in lines[i + 1:])


def _assemble(kept: list[tuple[int, int, str]], hard_wrapped: bool) -> str:
    """Paragraphs joined by a blank line.

    Where the text separates paragraphs by blank lines, a line of one block that does not
    finish its sentence was wrapped by hand and is joined to the next by a space.
    """
    parts: list[str] = []
    prev_block = None
    for _, block, text in kept:
        if hard_wrapped and parts and block == prev_block and not parts[-1].endswith(_SENTENCE_END):
            parts[-1] = parts[-1] + " " + text
        else:
            parts.append(text)
        prev_block = block
    return "\n\n".join(parts)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()
