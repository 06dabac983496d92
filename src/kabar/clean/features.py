"""What a line of a news page looks like, as numbers a learned classifier can weigh.

One row per non-empty line: its shape (length, punctuation, casing, digits), the
boilerplate lexicons and rules of :mod:`kabar.lang.id.boilerplate` as evidence
(never as a verdict), dates and times inside, its place on the page (before the
first paragraph of prose, after the last), its neighbours, its repetition across
the page, its likeness to the headline and how much of its vocabulary the rest of
the page shares. :func:`line_features` gives the matrix; :data:`NAMES` its columns.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import chain
from functools import lru_cache

import math
import operator
import re
from dataclasses import dataclass, field

import numpy as np

from ..lang.id import boilerplate as lex
from ..text.dates import DMY_NAMED, DMY_NUMERIC, ISO, MDY_NAMED_SCAN, WEEKDAY_PAREN, WEEKDAY_PAREN_SCAN, may_hold_date
from ..text.alternation import tree
from ..text.prefilter import BoundaryScan
from . import rules

RULE_KINDS = ("related_link", "byline", "source", "tags", "pagination", "section", "comment_form", "share",
              "read_more", "copyright", "advertisement", "caption", "dateline")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
_CONTENT = re.compile(r"[^\W\d_]{4,}", re.U)
# The same two on an ASCII line, where a letter is [A-Za-z]: simpler classes, the same words, faster.
_WORD_ASCII, _CONTENT_ASCII = re.compile(r"[A-Za-z][\w'’.-]*", re.A), re.compile(r"[A-Za-z]{4,}")
_SENT_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“(]?[A-Z]")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC)?\b|\b(?:WIB|WITA|WIT)\b")
_TIME_GATE = re.compile(r"\d|WI")  # what every match of _TIME holds (a quick scan before the slow one)
_WEEKDAY_WORDS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAY_WORDS)})\b", re.I)
# The same, case-sensitive, for lower-cased ASCII text: the same matches there, at half the cost; as a prefix
# tree of the same words (the same matches, fewer branches tried: kabar.text.alternation), scanned by what
# follows its word boundary (kabar.text.prefilter).
_WEEKDAY_LOWER = BoundaryScan(re.compile(rf"\b(?:{tree(_WEEKDAY_WORDS)})\b"))
_TIME_SCAN = BoundaryScan(_TIME)
_URLISH = re.compile(r"https?://|www\.|!\[|\]\(")
_SLASH_CREDIT = re.compile(r"(?<![\w.])[A-Za-z][\w.]*+\s?/\s?[A-Z]")  # tried only where a token starts
# "(ANTARA FOTO/Nama)", "(Istimewa)", "(Airline Ratings)"; not "(AS)", "(5/3/2024)"
_PAREN_END = re.compile(r"\((?![A-Z]{2,6}\))([A-Za-z][^()0-9]{2,60})\)\s*\.?$")
_END_SENT = (".", "!", "?", "…", "”", '"', "’", "'", ".)")
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s")
_ENDS_WITH_DATE = re.compile(r"(?:\d{4}|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))\s*\)?\.?$")
_CAPTION_CUES = tuple(lex.CAPTION_CUES)  # one startswith before the test of each
LONG_LINE = 80  # a line this long that ends a sentence is prose (twice as long: prose whatever its end)
NEIGHBOURS = 2
MAX_PREFIX_LINE = 25  # a dateline prefix this far down the page opens the body
NEAR_COPY_CHARS = 60
NEAR_COPY_SHARE = 0.8
# Near copies agree on at least int(NEAR_COPY_CHARS * NEAR_COPY_SHARE) leading characters: lines are
# grouped by that many, and each is compared with at most MAX_COPY_TRIES neighbours of its group.
NEAR_COPY_KEY = int(NEAR_COPY_CHARS * NEAR_COPY_SHARE)
MAX_COPY_TRIES = 200
LOCAL = 3  # lines either side that count as next to a line
SIM_WINDOW = 8  # a deck is retold by one of the next few paragraphs
HEADER_LINES = 15  # credits, bylines and date lines among the first lines mark the page header


@dataclass
class Line:
    """One non-empty line and what is computed from it alone."""

    idx: int
    text: str
    norm: str
    words: list[str]
    content: set[str]
    rule: str | None
    block_alone: bool
    vec: dict[str, float] = field(default_factory=dict)

    # What several features (the line's own, its neighbours', the headline ranker's) ask of the line, worked
    # out once with the line (the lines are shared and never changed).
    caps: int = field(init=False)  # capitalised(words)
    counts: tuple[int, int, int] = field(init=False)  # char_counts(text)
    folded: list[str] = field(init=False)  # the words case-folded
    low: list[str] = field(init=False)  # the words case-folded, without the dots around them
    shaped: bool = field(init=False)  # headline_shaped(self)

    def __post_init__(self) -> None:
        self.caps, self.counts = capitalised(self.words), char_counts(self.text)
        self.folded = list(map(str.casefold, self.words))
        self.low = list(map(_STRIP_DOTS, self.folded))
        self.shaped = headline_shaped(self)


def norm(s: str) -> str:
    """Lower-case, single-spaced (``str.split`` parts at exactly the characters ``\\s`` matches)."""
    return " ".join(s.split()).casefold()


def page_lines(lines: list[str]) -> list[Line]:
    """The non-empty lines of a page with their own measurements (the headline ranker and the line
    classifier read the same page: measured once, the lines shared, never changed)."""
    return list(_page_lines(tuple(lines)))


@lru_cache(maxsize=2)
def _page_lines(lines: tuple[str, ...]) -> tuple[Line, ...]:
    out = []
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            continue
        blank_before = i == 0 or not lines[i - 1].strip()
        blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
        words = (_WORD_ASCII if s.isascii() else _WORD).findall(s)
        out.append(Line(i, s, norm(s), words, _content_words(s),
                        rules.whole_line_kind(s), blank_before and blank_after))
    return tuple(out)


def _content_words(s: str) -> set[str]:
    """The line's content words, case-folded (an ASCII line is lower-cased once, the same words)."""
    if s.isascii():
        return set(_CONTENT_ASCII.findall(s.lower()))
    return {w.casefold() for w in _CONTENT.findall(s)}


def shape(s: str, words: list[str], caps: int | None = None,
          counts: tuple[int, int, int] | None = None) -> dict[str, float]:
    """Length, punctuation and casing of one line (web names counted outside a dateline prefix); ``caps``
    and ``counts``: :func:`capitalised` of the words and :func:`char_counts` of the line, when known."""
    found = rules.site_prefix(s)
    after_prefix = s[found[0].end:] if found else s
    n_letters, n_upper, n_digits = char_counts(s) if counts is None else counts
    caps = capitalised(words) if caps is None else caps
    return {
        "log_chars": math.log1p(len(s)), "n_words": min(len(words), 60) / 60,
        "end_sentence": float(s.endswith(_END_SENT)), "end_colon": float(s.endswith((":", "："))),
        "end_excl": float(s.endswith(("!", "?", "…"))),
        "cap_share": caps / len(words) if words else 0.0,
        "upper_share": n_upper / n_letters if n_letters else 0.0,
        "digit_share": n_digits / len(s),
        "sent_breaks": min(len(_SENT_BREAK.findall(s)), 5) / 5,
        "quote_char": float(any(q in s for q in "“”\"")),
        "separator": float(any(q in s for q in "|·•")),
        "bullet_start": float(s[:1] in "•-*·–—>"),
        "urlish": float(bool(_URLISH.search(s))),
        "domain_token": float("." in after_prefix and _domain_token(after_prefix)),
        "lower_start": float(s[:1].islower()),
        "colon_inside": float(":" in s[:-1]),
        "paren_end": float(bool(_PAREN_END.search(s))),
        "slash_credit": float("/" in s and bool(_SLASH_CREDIT.search(s))),
        "numbered": float(bool(_NUMBERED.match(s))),
        "ends_with_date": float(_may_end_with_date(s) and bool(_ENDS_WITH_DATE.search(s))),
        **_prefix_features(s),
    }


def _domain_token(s: str) -> bool:
    """A web name among the words of ``s`` (a word's dots and brackets around it stripped; only a word with
    a dot left inside can be one: a sentence's last word is not tried)."""
    return any(rules.DOMAIN_TOKEN.match(u) for t in s.split() if "." in t and "." in (u := t.strip(".,:;()[]")))


_FIRST = operator.itemgetter(slice(0, 1))
_STRIP_DOTS = operator.methodcaller("strip", ".")


def capitalised(words: list[str]) -> int:
    """How many of ``words`` open with an upper-case letter (the tests chained in C)."""
    return sum(map(str.isupper, map(_FIRST, words)))


_LETTER_BYTES = bytes(range(65, 91)) + bytes(range(97, 123))
_UPPER_BYTES, _DIGIT_BYTES = bytes(range(65, 91)), b"0123456789"


def char_counts(s: str) -> tuple[int, int, int]:
    """(letters, upper-case letters, digits) of ``s``: ``str.isalpha``, ``isupper`` among letters and
    ``isdigit`` counted; an ASCII line by deleting byte classes (in C), another character by character."""
    if not s.isascii():
        letters = "".join(filter(str.isalpha, s))
        return len(letters), sum(map(str.isupper, letters)), sum(map(str.isdigit, s))
    b = s.encode("ascii")
    n = len(b)
    return (n - len(b.translate(None, _LETTER_BYTES)), n - len(b.translate(None, _UPPER_BYTES)),
            n - len(b.translate(None, _DIGIT_BYTES)))


def _may_end_with_date(s: str) -> bool:
    """False where _ENDS_WITH_DATE cannot match: its match ends the line with an optional full stop after
    a digit, a closing bracket or a space (a cheap test before it; True says nothing)."""
    if s.endswith("\n"):
        return True
    last = (s[:-1] if s.endswith(".") else s)[-1:]
    return last == ")" or last.isdecimal() or last.isspace()


def _prefix_features(s: str) -> dict[str, float]:
    """A dateline prefix naming a web outlet or 'PLACE, OUTLET', and one without such evidence."""
    found = rules.site_prefix(s)
    strong = bool(found) and (rules.strong_prefix(found[0].text) or "," in found[0].text or "(" in found[0].text)
    return {"site_prefix": float(strong), "site_prefix_weak": float(bool(found) and not strong)}


def dates(s: str) -> dict[str, float]:
    """Dates, weekdays and clock times inside the line; 'Selasa (5/3/2024)' apart (how body text dates)."""
    paren = WEEKDAY_PAREN_SCAN.search(s) if "(" in s else None
    rest = s[:paren.start()] + s[paren.end():] if paren else s
    has_date = may_hold_date(rest) and bool(DMY_NAMED.search(rest) or DMY_NUMERIC.search(rest) or ISO.search(rest)
                                            or MDY_NAMED_SCAN.search(rest))
    return {"has_date": float(has_date),
            "has_weekday": float(_has_weekday(rest)),
            "has_time": float(bool(_TIME_GATE.search(s) and next(_TIME_SCAN.finditer(s), None))),
            "dateline_rule": float(rules.is_dateline(s))}


def _has_weekday(s: str) -> bool:
    """A weekday name in ``s`` (ASCII text is lower-cased and scanned case-sensitively: the same answer, faster)."""
    return bool(next(_WEEKDAY_LOWER.finditer(s.lower()), None) if s.isascii() else _WEEKDAY.search(s))


# The rule columns of a line, by the kind its whole-line rule names (any other kind, or none: all zero).
_NO_RULE_ROW = {f"rule_{k}": 0.0 for k in RULE_KINDS}
_RULE_ROWS = {kind: {f"rule_{k}": float(kind == k) for k in RULE_KINDS} for kind in RULE_KINDS}


def lexicon(s: str, words: list[str], rule: str | None, normed: str | None = None,
            low: list[str] | None = None) -> dict[str, float]:
    """The boilerplate lexicons and whole-line rules as evidence (``normed``: ``norm(s)``, ``low``: the words
    case-folded without their dots, when known)."""
    low = list(map(_STRIP_DOTS, map(str.casefold, words))) if low is None else low
    n = len(low) or 1
    head = (norm(s) if normed is None else normed)[:40]
    out = dict(_RULE_ROWS.get(rule, _NO_RULE_ROW))
    out.update({
        "strong_rule": float(rule is not None and rule != "dateline"),
        "caption_cue": float(head.startswith(_CAPTION_CUES) and any(
            head.startswith(c) and not head[len(c):len(c) + 1].isalpha() for c in lex.CAPTION_CUES)),
        "credit_share": sum(map(lex.CREDIT_WORDS.__contains__, low)) / n,
        "widget_share": sum(map(lex.WIDGET_WORDS.__contains__, low)) / n,
        "role_word": float(bool(low) and low[0] in lex.CREDIT_ROLE_WORDS),
        "section_only": float(0 < len(low) <= 3 and all(w in lex.SECTION_WORDS for w in low)),
        "promo_share": sum(map(lex.PROMO_WORDS.__contains__, low)) / n,
        "related_marker": float(bool(rules.RELATED_AT_START.match(s))),
        "name_like": float(2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
                           and not s.endswith(_END_SENT) and not any(c.isdigit() for c in s)),
    })
    return out


def headline_shaped(line: Line) -> bool:
    """Title-cased words, no closing punctuation, headline length."""
    return (3 <= len(line.words) <= 25 and not line.text.endswith((".", ",", ";"))
            and line.caps >= 0.5 * len(line.words))


def is_prose(line: Line) -> bool:
    return len(line.text) >= LONG_LINE and line.text.endswith(_END_SENT) or len(line.text) >= 2 * LONG_LINE


# The names of a neighbour's features, written once ("prev_missing", ..., "next_marker").
_NEIGHBOUR_KEYS = {name: tuple(f"{name}_{f}" for f in ("missing", "log_chars", "end_colon", "rule", "headline", "prose",
                                                      "credit", "byline", "marker")) for name in ("prev", "next")}
_NO_NEIGHBOUR = (1.0,) + (0.0,) * 8  # the first line's previous line, the last one's next: missing, nothing else


class Page:
    """All lines of one page, for the features that look beyond a single line."""

    def __init__(self, lines: list[str], title: str | None):
        self.items = page_lines(lines)
        # What the features ask of each line again and again (of it and of its neighbours), once.
        self.headline = [it.shaped for it in self.items]
        self.credit = [_photo_credit(it) for it in self.items]
        self.byline = [_byline_like(it) for it in self.items]
        self.title = norm(title) if title else ""
        self.title_words = {w.casefold() for w in _CONTENT.findall(title or "")}
        prose = [k for k, it in enumerate(self.items) if is_prose(it)]
        prefixed = [k for k, it in enumerate(self.items[:MAX_PREFIX_LINE]) if _prefix_features(it.text)["site_prefix"]]
        self.first_prefix = prefixed[0] if prefixed else -1
        self.header_marks = [k for k, it in enumerate(self.items[:HEADER_LINES])
                             if self.credit[k] or self.byline[k] or _is_date_line(it)]
        self.title_at = next((k for k, it in enumerate(self.items) if self.title and it.norm == self.title), -1)
        self.first_prose = prose[0] if prose else len(self.items)
        self.last_prose = prose[-1] if prose else -1
        self.prose = set(prose)
        self.word_counts = _word_counts(self.items, prose)
        self.in_two_prose = {w for w, n in self.word_counts.items() if n > 1}  # (for _topic)
        self.counts: dict[str, int] = {}
        self.copies: dict[str, list[int]] = {}  # lines by their first NEAR_COPY_KEY characters
        for k, it in enumerate(self.items):
            self.counts[it.norm] = self.counts.get(it.norm, 0) + 1
            self.copies.setdefault(it.norm[:NEAR_COPY_KEY], []).append(k)
        self.as_neighbour = [self._as_neighbour(j) for j in range(len(self.items))]

    def row(self, k: int) -> dict[str, float]:
        """Every feature of line ``k``."""
        it = self.items[k]
        out = shape(it.text, it.words, it.caps, it.counts)
        out.update(dates(it.text))
        out.update(lexicon(it.text, it.words, it.rule, it.norm, it.low))
        out.update(self._position(k))
        out.update(self._neighbours(k))
        out.update(self._repetition(k))
        out.update(self._topic(k))
        return out

    def _position(self, k: int) -> dict[str, float]:
        n = len(self.items)
        return {"rel_pos": k / max(n - 1, 1), "abs_pos": min(k, 20) / 20, "from_end": min(n - 1 - k, 20) / 20,
                "before_prose": float(k < self.first_prose), "after_prose": float(0 <= self.last_prose < k),
                "dist_first_prose": max(-1.0, min(1.0, (k - self.first_prose) / 5)),
                "block_alone": float(self.items[k].block_alone), "is_prose": float(k in self.prose),
                "before_prefix": float(k < self.first_prefix), "after_prefix": float(0 <= self.first_prefix < k),
                "header_marks_after": min(sum(m > k for m in self.header_marks), 4) / 4,
                "header_marks_before": min(sum(m < k for m in self.header_marks), 4) / 4,
                "marks_next": float(any(k < m <= k + LOCAL for m in self.header_marks)),
                "marks_prev": float(any(k - LOCAL <= m < k for m in self.header_marks))}

    def _as_neighbour(self, j: int) -> tuple[float, ...]:
        """What line ``j`` shows as a neighbour, in the order of :data:`_NEIGHBOUR_KEYS` (worked out once
        per line: each line is the next line of one and the previous line of another)."""
        it = self.items[j]
        return (0.0, math.log1p(len(it.text)), float(it.text.endswith((":", "："))), float(it.rule is not None),
                float(self.headline[j] and j not in self.prose), float(j in self.prose), float(self.credit[j]),
                float(self.byline[j]), float(it.rule == "related_link" and len(it.words) <= 4))

    def _neighbours(self, k: int) -> dict[str, float]:
        n = len(self.items)
        out = dict(zip(_NEIGHBOUR_KEYS["prev"], self.as_neighbour[k - 1] if k >= 1 else _NO_NEIGHBOUR))
        out.update(zip(_NEIGHBOUR_KEYS["next"], self.as_neighbour[k + 1] if k + 1 < n else _NO_NEIGHBOUR))
        near = range(max(0, k - NEIGHBOURS), min(len(self.items), k + NEIGHBOURS + 1))
        out["run_headline"] = sum(self.headline[j] and j not in self.prose
                                  for j in near if j != k) / (2 * NEIGHBOURS)
        out["headline_shape"] = float(self.headline[k])
        out["between_prose"] = float(k - 1 in self.prose and k + 1 in self.prose and k not in self.prose)
        return out

    def _repetition(self, k: int) -> dict[str, float]:
        it = self.items[k]
        same_start = self.copies[it.norm[:NEAR_COPY_KEY]]  # near copies share at least their start
        at = bisect_left(same_start, k)
        earlier = any(_near_same(self.items[j], it) for j in same_start[max(0, at - MAX_COPY_TRIES):at])
        later = any(_near_same(self.items[j], it) for j in same_start[at + 1:at + 1 + MAX_COPY_TRIES])
        sim = max((_jaccard(it.content, o.content) for o in self.items[k + 1:k + 1 + SIM_WINDOW]), default=0.0)
        prev_title = self.title_at >= 0 and k == self.title_at + 1
        return {"dup_count": min(self.counts[it.norm] - 1, 3) / 3, "copy_before": float(bool(earlier)),
                "copy_after": float(bool(later)), "sim_later": sim,
                "deck_like": float(prev_title and rules.site_prefix(it.text) is None and k + 1 in self.header_marks),
                "dated_by_credit": float(any(0 <= j < len(self.items) and self.credit[j] for j in (k - 1, k + 1))
                                         and bool(WEEKDAY_PAREN.search(it.text) or DMY_NAMED.search(it.text)))}

    def _topic(self, k: int) -> dict[str, float]:
        it = self.items[k]
        words = it.content
        # in_other_prose of each word: a prose line's own words count once in it, so those of other prose
        # lines are the words counted twice or more; any other line's, those counted at all
        other = self.in_two_prose if k in self.prose else self.word_counts.keys()
        overlap = len(words & other) / len(words) if words else 0.0
        jac = _jaccard(words, self.title_words)
        return {"body_overlap": overlap, "no_content": float(not words), "title_sim": jac,
                "title_equal": float(bool(self.title) and it.norm == self.title),
                "title_inside": float(bool(self.title) and len(self.title) >= 20 and self.title in it.norm)}

    def in_other_prose(self, k: int, word: str) -> bool:
        """Whether ``word`` is a content word of a prose line other than line ``k``."""
        return self.word_counts.get(word, 0) > (k in self.prose and word in self.items[k].content)


def _is_date_line(it: Line) -> bool:
    return len(it.text) <= 80 and bool(DMY_NAMED.search(it.text) or DMY_NUMERIC.search(it.text) or ISO.search(it.text))


def _photo_credit(it: Line) -> bool:
    """'Tribunnews/ Nama', 'Foto: ANTARA', 'Istimewa', 'Dok. Humas': short, credit words or a slash between names."""
    if len(it.words) > 8:
        return False
    low = it.low
    head = it.norm[:20]
    return (("/" in it.text and bool(_SLASH_CREDIT.search(it.text))) or head.startswith(_CAPTION_CUES)
            or it.rule == "caption" or sum(map(lex.CREDIT_WORDS.__contains__, low)) >= max(1, len(low) // 2))


def _byline_like(it: Line) -> bool:
    """'Penulis: Nama', 'Editor:', 'Laporan Wartawan ...', 'By Nama': a role word leads."""
    first = it.words[0].casefold().strip(".:") if it.words else None  # only the first word is read
    return first is not None and first in lex.CREDIT_ROLE_WORDS and len(it.words) <= 12 or it.rule in ("byline", "source")


def _word_counts(items: list[Line], prose: list[int]) -> dict[str, int]:
    """In how many prose lines each content word occurs (the words of "the other prose lines" of a line
    are those counted more often than the line itself holds them: no per-line copy of the vocabulary)."""
    return dict(Counter(chain.from_iterable(items[k].content for k in prose)))  # counted in C


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)  # the union's size, without building it


def _near_same(a: Line, b: Line) -> bool:
    """The same line, or a long line shown twice with a different ending (a caption under and over a photo):
    the shorter is, for most of its length, the start of the longer."""
    if a.norm == b.norm:
        return True
    short, long_ = sorted((a.norm, b.norm), key=len)
    if len(short) < NEAR_COPY_CHARS:
        return False
    n = int(len(short) * NEAR_COPY_SHARE)
    return long_[:n] == short[:n]


NAMES: tuple[str, ...] = tuple(Page(["Contoh baris pertama.", "Contoh kedua"], "Contoh").row(0))


_IN_ORDER = operator.itemgetter(*NAMES)  # a row's values in column order


def line_features(lines: list[str], title: str | None) -> tuple[list[Line], np.ndarray]:
    """The non-empty lines of a page and their feature matrix (columns in :data:`NAMES`)."""
    page = Page(lines, title)
    if not page.items:
        return [], np.zeros((0, len(NAMES)))
    rows = [page.row(k) for k in range(len(page.items))]
    return page.items, np.array([_IN_ORDER(r) for r in rows], dtype=float)
