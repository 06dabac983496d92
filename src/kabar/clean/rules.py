"""Compiled boilerplate rules and the line/fragment classifiers built on them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id import boilerplate as data
from ..text.dates import DMY_NAMED, DMY_NUMERIC, ISO, parse_date_string

_FLAGS = re.I | re.U
WHOLE_LINE = tuple((kind, re.compile(p, _FLAGS)) for kind, p in data.WHOLE_LINE)
# All whole-line rules in one alternation (every rule is anchored at the line start, so `match`), so a
# line costs one search instead of one per rule; the named group that matched gives the kind.
_ANY_WHOLE_LINE = re.compile("|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(data.WHOLE_LINE)), _FLAGS)
_MARKERS = "|".join(data.RELATED_MARKERS)
RELATED_AT_START = re.compile(rf"^\s*+(?:[\[(]\s*+)?(?:{_MARKERS})\b\s*+(?:[\])]\s*+)?(?:[:：»>\-–—]|$|(?=[\"“A-Z0-9]))",
                              _FLAGS)
RELATED_GLUED = re.compile(rf"(?:{_MARKERS})\s*[:：]", _FLAGS)
CAPTION_FRAGMENT = re.compile(data.CAPTION_FRAGMENT, _FLAGS)
END_MARKER = re.compile(data.END_MARKER)
_DOMAIN = "|".join(re.escape(s) for s in sorted(data.DOMAIN_SUFFIXES, key=len, reverse=True))
_OUTLET_WORD = "|".join(data.OUTLET_WORDS)
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC)(?:\+\d+)?)?\b|\b(?:WIB|WITA|WIT)\b")

# "Kabar.ID - ", "JAKARTA, WARTA.COM -- ", "Bandung (ANTARA) - ", "Jakarta - ": a short run of
# capitalised tokens at the very start of the first paragraph, closed by a spaced dash.
DASH_PREFIX = re.compile(r"^(?P<pre>[A-Z0-9][\w.,'()/ ]{0,70}?)\s+[-–—]{1,2}\s+(?=[\"“A-Z0-9])")
# "Bandung, Warta Kita Presiden ...": place, comma, an outlet name holding an outlet word, no dash.
OUTLET_PREFIX = re.compile(
    rf"^(?P<place>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?),\s+"
    rf"(?P<outlet>(?:[A-Z][\w.'-]*\s+){{0,2}}(?=[A-Z])(?i:\w*(?:{_OUTLET_WORD}))\b(?i:\.(?:{_DOMAIN}))?)"
    rf"\s*[-–—:]?\s+(?=[A-Z\"“])", re.U)
DOMAIN_TOKEN = re.compile(rf"^[\w-]+(?:\.[\w-]+)*\.(?:{_DOMAIN})$", re.I)


@dataclass
class Piece:
    """A cut-out part of one raw line."""

    text: str
    kind: str
    start: int  # offset within the line
    end: int


def whole_line_kind(line: str) -> str | None:
    """The boilerplate kind of a whole stripped line, or None for body text."""
    s = line.strip()
    if not s:
        return None
    if RELATED_AT_START.match(s):
        return "related_link"
    m = _ANY_WHOLE_LINE.match(s)
    if m:
        return WHOLE_LINE[int(m.lastgroup[1:])][0]
    if is_dateline(s):
        return "dateline"
    return None


def is_dateline(s: str) -> bool:
    """A short line that is a date (and time, outlet, section), not a sentence."""
    if len(s) > 110 or s.endswith((".", "?", "!", "”", '"')):
        return False
    m = DMY_NAMED.search(s) or DMY_NUMERIC.search(s) or ISO.search(s)
    if not m:
        return False
    rest = (s[:m.start()] + " " + s[m.end():])
    rest = TIME_OF_DAY.sub(" ", rest)
    words = re.findall(r"[A-Za-z]{2,}", rest)
    return len(words) <= 6


def dateline_outlet(s: str) -> str | None:
    """The outlet name leading a dateline such as 'Outlet rubrik | 27 Juli 2023, 21:20 WIB'."""
    head = re.split(data.DATELINE_SEPARATORS, s, maxsplit=1)[0]
    if head == s or parse_date_string(head):
        return None  # no separator, or the date comes first: no outlet named
    tokens = head.split()
    caps = []
    for tok in tokens:
        if tok[:1].isupper() or DOMAIN_TOKEN.match(tok):
            caps.append(tok.strip(","))
        else:
            break
    if not caps or len(caps) > 3 or parse_date_string(" ".join(caps)):
        return None
    return " ".join(caps)


def glued_related(line: str) -> Piece | None:
    """A 'Baca Juga:' link glued inside a line: from the marker to the end of the line."""
    m = RELATED_GLUED.search(line)
    if not m or m.start() == 0:
        return None
    return Piece(line[m.start():].strip(), "related_link", m.start(), len(line))


def site_prefix(line: str) -> tuple[Piece, str | None] | None:
    """A dateline/outlet prefix glued to the start of the first body paragraph, and the outlet it names."""
    m = DASH_PREFIX.match(line)
    if m and _prefix_tokens_ok(m.group("pre")):
        pre = m.group("pre")
        return Piece(line[:m.end()].rstrip(), "site_prefix", 0, m.end()), _outlet_of(pre)
    m = OUTLET_PREFIX.match(line)
    if m and not any(w.lower() in data.SENTENCE_OPENERS for w in m.group("place").split()):
        text = line[:m.end()].rstrip(" -–—:")
        return Piece(text, "dateline", 0, m.end()), m.group("outlet")
    return None


def _prefix_tokens_ok(pre: str) -> bool:
    """A dateline prefix: few tokens, all capitalised, and some outlet/place evidence."""
    tokens = pre.replace(",", " , ").split()
    words = [t for t in tokens if t not in {",", "(", ")"}]
    if not 1 <= len(words) <= 6 or any(t[:1].islower() for t in words if not t.startswith("(")):
        return False
    evidence = ("," in pre or "(" in pre or any(DOMAIN_TOKEN.match(t) for t in words)
                or any(len(t) >= 3 and t.isupper() for t in words))
    return evidence or len(words) == 1


def _outlet_of(pre: str) -> str | None:
    """The outlet named in a prefix: a domain-like token, a parenthesised agency, or an all-caps name."""
    for tok in re.split(r"[\s,]+", pre):
        if DOMAIN_TOKEN.match(tok):
            return tok
    m = re.search(r"\(([^()]+)\)", pre)
    if m:
        return m.group(1)
    parts = [p.strip() for p in pre.split(",") if p.strip()]
    return parts[1] if len(parts) == 2 else None


def caption_fragments(line: str) -> list[Piece]:
    """Photo captions and credits inside a paragraph."""
    return [Piece(m.group(), "caption", m.start(), m.end()) for m in CAPTION_FRAGMENT.finditer(line)]


def end_marker(line: str) -> Piece | None:
    """'(*)', '(nam/red)' and the like closing a paragraph."""
    m = END_MARKER.search(line)
    if not m or m.start() == 0:
        return None
    mark, before = m.group().strip(), line[:m.start()].rstrip()
    # "2 (dua)" is Indonesian officialese, not a mark: a lower-case mark must follow a finished sentence.
    if not ("*" in mark or "/" in mark or before.endswith((".", "!", "?", "”", '"'))):
        return None
    return Piece(mark, "end_marker", m.start(), len(line))
