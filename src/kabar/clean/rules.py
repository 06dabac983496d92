"""Compiled boilerplate rules and the line/fragment classifiers built on them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.id import boilerplate as data
from ..text.dates import DMY_NAMED, DMY_NUMERIC, ISO, MDY_NAMED_SCAN, labelled_date, parse_date_string
from ..text.sentences import split_sentences

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

# "Kabar.ID - ", "JAKARTA, WARTA.COM -- ", "Bandung (ANTARA) - ", "BALI [warta.co.id] – ", "KBR, Jakarta- ",
# "INDOWORK.ID, INDRALAYA: ", "jpnn.com - JAKARTA - ": up to six short tokens at the start of a paragraph, closed
# by a dash (or a colon after a web name). Each token is one run of non-space characters, so the pattern
# cannot backtrack over overlapping classes; _prefix_tokens_ok checks the tokens afterwards.
_PREFIX_TOKEN = r"[\[(]?[\w][\w.'&/-]{0,30}[\])]?,?"
DASH_PREFIX = re.compile(rf"^(?P<pre>{_PREFIX_TOKEN}(?:(?: ,)? {_PREFIX_TOKEN}){{0,5}}?)"
                         rf"(?: ?[-–—]{{1,2}}| ?:)[ ]+(?=[\"“‘'A-Z0-9])")
# "PILIHANRAKYAT.ID, Jakarta-Presiden ...": a web name and a place, the dash glued to the first word.
WEB_GLUED_PREFIX = re.compile(r"^(?P<web>[\w-]{2,40}(?:\.[\w-]{1,20}){1,3}), [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?-(?=[A-Z])")
# "Warta|Denpasar-Presiden ...": a name and a place parted by a bar, the dash glued or spaced.
PIPE_PREFIX = re.compile(r"^(?P<outlet>[A-Z][\w.-]{1,30}) ?\| ?[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30})? ?[-–—]{1,2} ?"
                         r"(?=[A-Z\"“])")
# "Bandung, Warta Kita Presiden ...": place, comma, an outlet name holding an outlet word, no dash.
OUTLET_PREFIX = re.compile(
    rf"^(?P<place>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?),\s+"
    rf"(?P<outlet>(?:[A-Z][\w.'-]*\s+){{0,2}}(?=[A-Z])(?i:\w*(?:{_OUTLET_WORD}))\b(?i:\.(?:{_DOMAIN}))?)"
    rf"\s*[-–—:]?\s+(?=[A-Z\"“])", re.U)
DOMAIN_TOKEN = re.compile(rf"^[\w-]+(?:\.[\w-]+)*\.(?:{_DOMAIN})$", re.I)


# A store's metadata glued before the first line: " date 2023-10-02 " or " date 2023-10 ".
STORE_PREFIX = re.compile(r"^\s*date\s(?P<date>\d{4}-\d{2}(?:-\d{2})?)\s+")


# A glued link's title is looked for in this many characters after its marker; the text after the
# title stays in the body when it holds this many words (fewer: more links, a credit, a tag list).
_LINK_WINDOW = 400
_BODY_AFTER_LINK_WORDS = 12
# What makes a dated line a schedule in the body: a label and a colon before the date, or 'pukul'.
_SCHEDULE = re.compile(r"^[A-Za-z][\w ]{0,30}:\s|\bpukul\b", re.I)


@dataclass
class Piece:
    """A cut-out part of one raw line."""

    text: str
    kind: str
    start: int  # offset within the line
    end: int


def whole_line_kind(line: str) -> str | None:
    """The boilerplate kind of a whole stripped line, or None for body text."""
    return _whole_line_kind(line.strip())


@lru_cache(maxsize=1024)
def _whole_line_kind(s: str) -> str | None:
    """:func:`whole_line_kind` of a stripped line (cached: the line features and the outlet's prompts ask
    about the same lines of a page)."""
    if not s:
        return None
    if RELATED_AT_START.match(s):
        return "related_link"
    m = _ANY_WHOLE_LINE.match(s)
    if m:
        return WHOLE_LINE[int(m.lastgroup[1:])][0]
    if is_dateline(s) or place_outlet_line(s):
        return "dateline"
    return None


def is_dateline(s: str) -> bool:
    """A short line that is a date (and time, outlet, section), not a sentence nor a schedule
    ("Jadwal: Sabtu, 12 Agustus 2023, pukul 19.00 WIB": a label and a colon, or 'pukul', make it body), unless
    the label is the page's own ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB", "Published: March 5, 2024")."""
    if len(s) > 110 or s.endswith((".", "?", "!", "”", '"')) or _SCHEDULE.search(s) and not labelled_date(s):
        return False
    m = DMY_NAMED.search(s) or DMY_NUMERIC.search(s) or ISO.search(s) or MDY_NAMED_SCAN.search(s)
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
    name = " ".join(caps)
    # "Hadijah Alaydrus | 12 Oktober 2018": two or three capitalised words without an outlet word are a
    # journalist's name; an outlet is one word, a web name, capitals, or holds an outlet word.
    outletish = (len(caps) == 1 or DOMAIN_TOKEN.match(caps[0]) or name.isupper()
                 or any(w in name.casefold() for w in data.OUTLET_WORDS))
    return name if outletish else None


def glued_related(line: str) -> Piece | None:
    """A 'Baca Juga:' link glued inside a line: from the marker to the end of the link's title."""
    m = RELATED_GLUED.search(line) if ":" in line or "：" in line else None  # the marker ends in a colon
    if not m or m.start() == 0:
        return None
    end = _link_title_end(line, m.end())
    return Piece(line[m.start():end].strip(), "related_link", m.start(), end)


def _link_title_end(line: str, start: int) -> int:
    """Where a glued link's title ends: the end of the line, unless body prose follows its first sentence.

    A headline is one sentence; in a text with no line breaks (a JSON dump, a pasted page) the
    paragraphs after an inline link run on, and cutting to the end of the line would drop them all.
    What follows counts as body when it holds at least ``_BODY_AFTER_LINK_WORDS`` words."""
    window = line[start:start + _LINK_WINDOW]
    spans = split_sentences(window)
    if len(spans) < 2:
        return len(line)
    end = start + spans[0][1]
    if len(line[end:end + _LINK_WINDOW].split()) < _BODY_AFTER_LINK_WORDS:
        return len(line)
    return end


@lru_cache(maxsize=1024)
def site_prefix(line: str) -> tuple[Piece, str | None] | None:
    """A dateline/outlet prefix glued to the start of a body paragraph, and the outlet it names.

    Cached: the line features, the headline ranker and the cleaner ask about the same lines (the
    answer is shared, so never change it)."""
    m = WEB_GLUED_PREFIX.match(line)
    if m and DOMAIN_TOKEN.match(m.group("web")):
        return Piece(line[:m.end()], "site_prefix", 0, m.end()), m.group("web")
    m = PIPE_PREFIX.match(line)
    if m:
        return Piece(line[:m.end()].rstrip(), "site_prefix", 0, m.end()), m.group("outlet")
    m = DASH_PREFIX.match(line) if _may_close_prefix(line) else None
    if m and _prefix_tokens_ok(m.group("pre"), colon=line[:m.end()].rstrip().endswith(":")):
        pre, end = m.group("pre"), m.end()
        again = DASH_PREFIX.match(line[end:])  # "jpnn.com - JAKARTA - ": outlet, then place
        if again and _place_only(again.group("pre")):
            end += again.end()
        return Piece(line[:end].rstrip(), "site_prefix", 0, end), _outlet_of(pre)
    m = OUTLET_PREFIX.match(line)
    if m and not any(w.lower() in data.SENTENCE_OPENERS for w in m.group("place").split()):
        text = line[:m.end()].rstrip(" -–—:")
        return Piece(text, "dateline", 0, m.end()), m.group("outlet")
    return None


# The furthest a DASH_PREFIX match's dash or colon can stand: six tokens of at most 34 characters, five
# separators of at most three, a space.
_PREFIX_REACH = 6 * 34 + 5 * 3 + 1


def _may_close_prefix(line: str) -> bool:
    """False where DASH_PREFIX cannot match: no dash nor colon within its reach (a cheap test before it)."""
    head = line[:_PREFIX_REACH + 1]
    return "-" in head or ":" in head or "–" in head or "—" in head


def place_outlet_line(s: str) -> str | None:
    """The outlet of a dateline line alone: 'Jakarta, NU Online' (a known place, then a short name)."""
    place, sep, rest = s.strip().partition(",")
    words = rest.split(None, 3)  # (more than three words: no outlet name, whatever the place)
    if not sep or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or not is_place(place):
        return None
    return None if parse_date_string(rest) else " ".join(words)


def strong_prefix(text: str) -> bool:
    """A prefix naming a web outlet ('KOTA, OUTLET.COM -'), safe to cut wherever a paragraph starts with it."""
    return any(DOMAIN_TOKEN.match(t.strip(",[]()")) for t in text.split())


def _prefix_tokens_ok(pre: str, colon: bool = False) -> bool:
    """A dateline prefix: few tokens, each capitalised or a web name, and some outlet/place evidence."""
    words = [t.strip(",()[]") for t in pre.split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 6:
        return False
    web = [w for w in words if DOMAIN_TOKEN.match(w)]
    if any(w[:1].islower() and w not in web and not _mixed_case_name(w) for w in words):
        return False
    if words[0].casefold() in data.SENTENCE_OPENERS:
        return False
    caps = [w for w in words if len(w) >= 3 and w.isupper()]
    if colon:  # "KOTA, WARTA.ID:", "Nasional, Warta:" (a section or place label, then one name)
        return "," in pre and bool(web or caps or (len(words) == 2 and any(_label(w) for w in words)))
    evidence = "," in pre or "(" in pre or "[" in pre or web or caps
    return bool(evidence) or len(words) == 1


def _label(w: str) -> bool:
    """A section label or a known place."""
    return w.casefold() in data.SECTION_WORDS or is_place(w)


def _mixed_case_name(w: str) -> bool:
    """'iNews' and the like: a lower-case letter, then capitals."""
    return len(w) >= 3 and w[0].islower() and any(c.isupper() for c in w[1:])


def _place_only(pre: str) -> bool:
    """A place name in capitals alone ('JAKARTA', 'TANJUNG PRIOK') between two dashes."""
    words = pre.split()
    return 1 <= len(words) <= 3 and all(w.isupper() and w.isalpha() for w in words)


def _outlet_of(pre: str) -> str | None:
    """The outlet named in a prefix: a web name, a parenthesised agency, or the part that is not a place."""
    for tok in re.split(r"[\s,]+", pre):
        if DOMAIN_TOKEN.match(tok.strip("[]")):
            return tok.strip("[]")
    m = re.search(r"[(\[]([^()\[\]]+)[)\]]", pre)
    if m:
        return m.group(1)
    parts = [p.strip() for p in pre.split(",") if p.strip() and not parse_date_string(p)]
    names = [p for p in parts if not is_place(p)]
    if len(parts) == 2 and len(names) == 2:  # neither is a known place: "PLACE, OUTLET" unless an acronym leads
        return parts[0] if parts[0].isupper() and len(parts[0]) <= 4 else parts[1]
    return names[0] if len(names) == 1 else None


def is_place(name: str) -> bool:
    """A province, regency, city, capital or country kabar's gazetteers know."""
    return " ".join(name.split()).casefold() in _places()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from importlib import resources
    names = set()
    for table in ("gazetteer_wilayah.tsv", "gazetteer_capitals.tsv", "gazetteer_cities.tsv",
                  "gazetteer_countries.tsv"):
        text = resources.files("kabar.lang.id").joinpath(table).read_text(encoding="utf-8")
        names.update(ln.split("\t")[0].casefold() for ln in text.splitlines() if ln and not ln.startswith("#"))
    return frozenset(names)


def caption_fragments(line: str) -> list[Piece]:
    """Photo captions and credits inside a paragraph."""
    return [Piece(m.group(), "caption", m.start(), m.end()) for m in CAPTION_FRAGMENT.finditer(line)]


def end_marker(line: str) -> Piece | None:
    """'(*)', '(nam/red)' and the like closing a paragraph."""
    m = END_MARKER.search(line) if line.rstrip()[-1:] in (")", "]", "*") else None  # a mark ends the line
    if not m or m.start() == 0:
        return None
    mark, before = m.group().strip(), line[:m.start()].rstrip()
    # "2 (dua)" is Indonesian officialese, not a mark: a lower-case mark must follow a finished sentence.
    if not ("*" in mark or "/" in mark or before.endswith((".", "!", "?", "”", '"'))):
        return None
    return Piece(mark, "end_marker", m.start(), len(line))
