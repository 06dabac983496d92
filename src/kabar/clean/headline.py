"""The page's headline: which of its first lines it is (a learned ranker), without the outlet's name.

A page prints its headline among its first lines, after menus, section labels and
date widgets, before the byline and the lead photo; some pages print none. Each of
the first :data:`CANDIDATES` non-empty lines gets a probability of being the
headline (``kabar/models/headline.json``, card in ``BOILERPLATE_MODEL_CARD.md``);
the most likely one is the title when it clears the model's threshold. A title
given by metadata wins; either way the outlet's name is cut from it
("Judul Berita - Kompas.com", "KapanLagi.com: Judul").
"""
from __future__ import annotations

import math
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass

import numpy as np

from ..lang.id import boilerplate as lex
from . import model as model_io
from . import rules
from .features import Line, headline_shaped, is_prose, norm, page_lines

MODEL_FILE = "headline.json"
CANDIDATES = 8
MAX_TITLE_CHARS = 250
MIN_CAPS = 0.5  # Indonesian headlines capitalise most words (every devnews headline: 60 % or more)
_SENT_BREAK = re.compile(r"[.!?][\"”]?\s+[A-Z]")
# "Judul - Outlet.com", "Judul | Outlet", "Judul – Nama Warta" (the tail names an outlet).
_TAIL = re.compile(r"(?<!\s)\s++[-–—|]\s++(?P<tail>[^-–—|]{2,40})$")  # tried where a run of spaces starts
_HEAD = re.compile(r"^(?P<head>[^:|]{2,40}?)\s*[:|]\s+")
_PERIOD_BREAK = re.compile(r"\.[\"”]?\s+[A-Z]")  # "Tok! Presiden ..." is a headline; ". Kalimat" is prose
# Lines a rule names as these are never the headline ("VIDEO: ...", a dated label may be).
NEVER_HEADLINE = frozenset({"related_link", "byline", "source", "tags", "pagination", "comment_form", "share",
                            "read_more", "copyright", "advertisement"})
_SLOT = model_io.Slot(MODEL_FILE)


def candidates(items: list[Line]) -> list[int]:
    """Positions (in ``items``) of the lines that may be the headline."""
    return list(range(min(CANDIDATES, len(items))))


def candidate_features(items: list[Line]) -> np.ndarray:
    """One row per candidate line; columns in :data:`NAMES`."""
    prose = [k for k, it in enumerate(items) if is_prose(it)]
    first_prose = prose[0] if prose else len(items)
    shown = candidates(items)
    # Each candidate looks at the lines before it: judge each of those lines once.
    before = _Before(shaped=[items[k].shaped for k in shown], chrome=[_chrome(items[k]) for k in shown],
                     last={it.norm: k for k, it in enumerate(items)})
    rows = [_row(items, k, first_prose, before) for k in shown]
    return np.array([[r[n] for n in NAMES] for r in rows], dtype=float) if rows else np.zeros((0, len(NAMES)))


@dataclass
class _Before:
    """Whether each candidate line is headline-shaped and whether it is page chrome; where each text is printed last."""

    shaped: list[bool]
    chrome: list[bool]
    last: dict[str, int] | None = None  # the last line printing each normalised text


def _row(items: list[Line], k: int, first_prose: int, known: _Before | None = None) -> dict[str, float]:
    it = items[k]
    words = it.words
    caps = it.caps
    before = items[:k]
    nxt = items[k + 1] if k + 1 < len(items) else None
    lead = items[first_prose] if first_prose < len(items) else None
    return {
        "rank": k / CANDIDATES, "first": float(k == 0), "log_chars": math.log1p(len(it.text)),
        "n_words": min(len(words), 40) / 40, "end_period": float(it.text.endswith((".", ","))),
        "end_excl": float(it.text.endswith(("!", "?", "…"))), "cap_share": caps / len(words) if words else 0.0,
        "upper_share": _counted_upper_share(it.counts), "sent_breaks": min(len(_SENT_BREAK.findall(it.text)), 3) / 3,
        "rule": float(it.rule is not None),
        "headline_shape": float(known.shaped[k] if known else headline_shaped(it)),
        "prose": float(is_prose(it)), "before_first_prose": float(k < first_prose),
        "chrome_before": _known_share(known.chrome, k) if known else _share(before, _chrome),
        "headline_before": _known_share(known.shaped, k) if known else _share(before, headline_shaped),
        "next_chrome": float(bool(nxt) and _chrome(nxt)), "next_prose": float(bool(nxt) and is_prose(nxt)),
        "repeated": float(known.last[it.norm] > k if known and known.last is not None
                          else any(o.norm == it.norm for o in items[k + 1:])),
        "lead_sim": _jaccard(it.content, lead.content) if lead and lead is not it else 0.0,
        "prefix": float(rules.site_prefix(it.text) is not None),
        "block_alone": float(it.block_alone), "quote": float(any(q in it.text for q in "“”\"")),
        "widget_share": _folded_share(it.folded, lex.WIDGET_WORDS), "section_share": _folded_share(it.folded, lex.SECTION_WORDS),
        "colon": float(":" in it.text), "too_long": float(len(it.text) > MAX_TITLE_CHARS),
    }


def _counted_upper_share(counts: tuple[int, int, int]) -> float:
    """The upper-case share of a line's letters from its :func:`char_counts`."""
    letters, upper, _ = counts
    return upper / letters if letters else 0.0


def _chrome(it: Line) -> bool:
    """Menus, labels, dates and credits: what surrounds a headline, never the headline itself."""
    return it.rule is not None or len(it.words) <= 3 or rules.is_dateline(it.text)


def _share(items: list[Line], test) -> float:
    return sum(1 for it in items if test(it)) / len(items) if items else 0.0


def _known_share(flags: list[bool], k: int) -> float:
    """:func:`_share` of the lines before candidate ``k`` from their flags, judged once."""
    return sum(flags[:k]) / k if k else 0.0


def _folded_share(folded: list[str], lexicon: frozenset[str]) -> float:
    """The share of case-folded words in ``lexicon``."""
    return sum(map(lexicon.__contains__, folded)) / len(folded) if folded else 0.0


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)  # the union's size, without building it


NAMES: tuple[str, ...] = tuple(_row(page_lines(["Judul Berita Hari Ini", "Isi."]), 0, 1))


def active_model() -> model_io.Model:
    """The ranker in use: an override set by :func:`use_model`, else the shipped one."""
    return _SLOT.active()


def use_model(model: model_io.Model) -> AbstractContextManager[None]:
    """Find headlines with another ranker (cross-validation, tests)."""
    return _SLOT.use(model)


def find_title(lines: list[str], hint: str | None = None) -> tuple[int | None, str | None]:
    """(line number, headline) of a page; the line number is None when the headline is not printed."""
    items = page_lines(lines)
    if hint and hint.strip():
        return _match_hint(items, hint)
    if not items:
        return None, None
    model = active_model()
    model.check(NAMES)
    probs = model.predict(candidate_features(items)) * [eligible(items[k]) for k in candidates(items)]
    best = int(np.argmax(probs))
    if probs[best] < model.threshold:
        return None, None
    return items[best].idx, strip_outlet(items[best].text)


def eligible(it: Line) -> bool:
    """A headline is one phrase: no sentence stop at its end or inside, no rule names it boilerplate."""
    s = it.text
    return not (s.endswith((".", ",", ";")) and not s.endswith("...")) and not _PERIOD_BREAK.search(s) \
        and it.rule not in NEVER_HEADLINE and len(s) <= MAX_TITLE_CHARS and len(it.words) >= 2 \
        and it.caps >= MIN_CAPS * len(it.words)


def _match_hint(items: list[Line], hint: str) -> tuple[int | None, str]:
    """The metadata title, and the line that prints it (with or without the outlet's name)."""
    title = strip_outlet(hint.strip())
    for it in items[:CANDIDATES + 2]:
        if it.norm in (norm(hint), norm(title)):
            return it.idx, title
    return None, title


def strip_outlet(title: str, outlet: str | None = None) -> str:
    """The headline without a leading or trailing outlet name ("Judul - Kompas.com" -> "Judul")."""
    s = " ".join(title.split())
    m = _TAIL.search(s)
    if m and _names_outlet(m.group("tail"), outlet) and len(s[:m.start()].split()) >= 3:
        s = s[:m.start()].rstrip()
    m = _HEAD.match(s)
    if m and _names_outlet(m.group("head"), outlet, strict=True) and len(s[m.end():].split()) >= 3:
        s = s[m.end():]
    return s


def _names_outlet(part: str, outlet: str | None, strict: bool = False) -> bool:
    """A web name ('Kompas.com'), the known outlet, or (at the end) a short name with an outlet word."""
    part = part.strip()
    if rules.DOMAIN_TOKEN.match(part.replace(" ", "")) and " " not in part.strip():
        return True
    if outlet and _key(part) and _key(part) == _key(outlet):
        return True
    words = part.split()
    return not strict and len(words) <= 3 and all(w[:1].isupper() for w in words) and any(
        any(o in w.casefold() for o in lex.OUTLET_WORDS) for w in words)


def _key(name: str) -> str:
    from ..store.outlets import outlet_key
    return outlet_key(name)
