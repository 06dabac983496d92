"""The lead: the first lines of a briefing carry who, what, when and where, and the key figures.

The first LEAD_LINES summary lines are chosen for coverage, one at a time: a
sentence is worth the story's concepts it states that the lines already chosen
do not. Concepts are what several outlets report: content words and names
(weighted by the share of articles using them; a line's names count up to NAMES_PER_LINE, the most
weighted first, so a list of names is no lead), the day of the main
happening (the day most articles date something on, near their publication, a date written with a
weekday the calendar does not give it aside),
and the figures several outlets give (from the compared claims); any stated quantity counts more than a word or a
name (QUANTITY_WEIGHT), since the how-many is what a reader checks first. News puts
its essentials in an article's first sentences, so those count a little more.
The first line tells rather than quotes (a quote's date is when it was said) and
says when where a line can. Captions, questions, fragments and sentences leaning on their predecessor are
not lead material, and a dateline or outlet prefix glued to a sentence
("JAKARTA, Kabar.id - ") is left out of the line.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..lang.id.discourse import (
    CAPTION_CUES, CAPTION_LINKS, CAPTION_MAX_WORDS, CAPTION_SUBJECT_WORDS, PREFIX_MAX_WORDS, VERB_PREFIXES,
)
from .sources import Sent, similarity

LEAD_LINES = 3
ENTITY_WEIGHT = 1.5  # a name several outlets use counts more than a common word
DATE_WEIGHT = 2.0  # the day of the main happening: the "when"
FIGURE_WEIGHT = 1.5  # a figure several outlets give
DETAIL_WEIGHT = 0.25  # a name or a stated figure, whoever gives it
# A stated quantity (how many, how much, how long) is worth this much more than a name: the "how many" a lead
# must carry and a fact a reader can check. Chosen on the tune events of devnews (lead coverage 0.680 at 0,
# 0.695 at 0.5, 0.703 at 1.0, 0.711 at 1.5 and 2.0, 0.695 at 3.0).
QUANTITY_WEIGHT = 1.5
DETAIL_KINDS = ("@", "Q:")
NAMES_PER_LINE = 3  # names a line is worth at most: a lead names who acted, a list of names is no more lead  # concept prefixes: names and stated figures
OPENING_BONUS = 1.0  # a sentence among its article's first OPENING_SENTENCES
OPENING_SENTENCES = 3
DANGLING_FACTOR = 0.5
REDUNDANT = 0.5
QUOTE_MARKS = frozenset("\"“”'‘’«»")
LIST_MARKS = frozenset("-•*·–—")  # similarity from which a line repeats one already chosen
MAIN_DAY_BEFORE, MAIN_DAY_AFTER = 10, 1  # days around publication the main happening is looked for
_PREFIX = re.compile(
    r"^(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?"  # a store's metadata prefix
    r"(?:(?P<head>[^\n\-–—:|]{2,60}?)\s*(?:[-–—|]|:(?!\d))\s+)?")
DOMAIN_ENDS = (".id", ".com", ".co", ".net", ".org", ".news", ".tv", ".co.id")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_DATED_END = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\W*$")


def trim(s: Sent) -> Sent:
    """The sentence without a glued store prefix, dateline or outlet name ("JAKARTA, iNews.id - ")."""
    text = s.text
    m = _PREFIX.match(text)
    if not m or not m.group(0):
        return s
    head = m.group("head")
    if head is not None and not _is_prefix(head):
        date_only = re.match(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+", text)
        return replace(s, start=s.start + date_only.end()) if date_only else s
    return replace(s, start=s.start + m.end())


def _is_prefix(head: str) -> bool:
    """A dateline or outlet name: a few words with a domain name or a word in capitals."""
    words = head.split()
    domain = any(w.lower().rstrip(".,:").endswith(DOMAIN_ENDS) for w in words)
    return 0 < len(words) <= PREFIX_MAX_WORDS and (domain or bool(_CAPS.search(head)))


def is_caption(s: Sent) -> bool:
    """A photo caption or credit that reads like a sentence ("Ilustrasi kecelakaan ...", "(Foto: ...)"), or
    an item of a list ("- Purbaya sebagai Menteri Keuangan, - ...")."""
    low = s.text.lower()
    return any(cue in low for cue in CAPTION_CUES) or low.lstrip()[:1] in LIST_MARKS or photo_line(s.text)


def photo_line(text: str) -> bool:
    """A caption told as a sentence: a short subject with no verb, "saat ..." and the photo's day in
    brackets at the end ("Hakim saat membacakan putusan di Pengadilan Tipikor, Senin (23/8/2021).")."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower())
    if len(words) > CAPTION_MAX_WORDS or not _DATED_END.search(text):
        return False
    link = next((i for i, w in enumerate(words) if w in CAPTION_LINKS), None)
    return link is not None and 0 < link <= CAPTION_SUBJECT_WORDS and not any(
        w.startswith(VERB_PREFIXES) and len(w) > 4 for w in words[:link])


def main_days(all_sents: list[Sent]) -> set[str]:
    """The day(s) most articles date something on, near their own publication: the main happening."""
    per_doc: dict[str, set[str]] = {}
    for s in all_sents:
        doc = s.doc
        pub = _day(doc.published)
        for t in doc.times:
            if s.start <= t.start < s.end and len(t.value) >= 10:
                day = _day(t.value)
                if day and not _slipped(t.text, day) and (pub is None or -MAIN_DAY_BEFORE <= (day - pub).days <= MAIN_DAY_AFTER):
                    per_doc.setdefault(doc.id, set()).add(day.isoformat())
    counts = Counter(d for days in per_doc.values() for d in days)
    if not counts:
        return set()
    top = max(counts.values())
    return {d for d, n in counts.items() if n == top}


def _slipped(text: str, day: dt.date) -> bool:
    """Whether a date is written with a weekday the calendar does not give it ("Senin (4/10/2020)"): a slip
    of the pen, not the day of the main happening."""
    from .happenings import weekday_named
    named = weekday_named(text)
    return named is not None and named != day.weekday()


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def writes_day(s: Sent, days: set[str]) -> bool:
    """Whether a sentence writes out (in digits or with a month) one of ``days``; a clock time ("pukul 15.15
    WIB") placed on the day writes no day."""
    return any(s.start <= t.start < s.end and t.value[:10] in days and _writes_date(t) for t in s.doc.times)


def _writes_date(t) -> bool:
    """Whether a time expression writes a date (not a relative word, not a clock time alone)."""
    from .happenings import clock_only, written
    return written(t) and not clock_only(t)


def concepts(s: Sent, days: set[str], figures: dict[tuple[str, int], list[str]]) -> set[str]:
    """The concepts a sentence states: its stems, names, main days and figures."""
    out = set(s.stems) | {"@" + e for e in s.entities}
    doc = s.doc
    out |= {"D:" + t.value[:10] for t in doc.times
            if s.start <= t.start < s.end and t.value[:10] in days and _writes_date(t)}
    out |= {"F:" + f for f in figures.get((doc.id, s.index), [])}
    out |= {"Q:" + str(q.value) for q in doc.quantities if s.start <= q.start < s.end and q.unit}
    return out


def weights(all_sents: list[Sent], days: set[str], figures: dict[tuple[str, int], list[str]]) -> dict[str, float]:
    """How much each concept is worth: the share of articles stating it (a lone article: its repeats)."""
    n_docs = len({s.doc.id for s in all_sents}) or 1
    per_doc: dict[str, set[str]] = {}
    for s in all_sents:
        per_doc.setdefault(s.doc.id, set()).update(concepts(s, days, figures))
    df = Counter(c for cs in per_doc.values() for c in cs)
    if n_docs == 1:
        df = Counter(c for s in all_sents for c in concepts(s, days, figures))
    out = {}
    for c, n in df.items():
        share = n / max(n_docs, 2)
        if c.startswith(DETAIL_KINDS):  # a name or a figure is a checkable detail even when one outlet gives it
            out[c] = DETAIL_WEIGHT + share * (ENTITY_WEIGHT if c[0] == "@" else FIGURE_WEIGHT) + (
                0.0 if c[0] == "@" else QUANTITY_WEIGHT)
        elif n >= 2:
            out[c] = share * (DATE_WEIGHT if c.startswith("D:") else FIGURE_WEIGHT if c.startswith("F:") else 1.0)
    return out


def choose(cands: list[Sent], all_sents: list[Sent], figures: dict[tuple[str, int], list[str]],
           dangling, k: int = LEAD_LINES) -> list[Sent]:
    """The lead's sentences: each the one stating most of what the lines before it did not."""
    days = main_days(all_sents)
    worth = weights(all_sents, days, figures)
    pool = [s for s in cands if not is_caption(s)]
    covered: set[str] = set()
    chosen: list[Sent] = []
    told = [s for s in pool if not quoted(s)] or pool  # the first line tells, it does not quote
    dated = [s for s in told if writes_day(s, days)] or told  # and says when, where a line can
    while pool and len(chosen) < k:
        if not chosen and dated:
            first = max(dated, key=lambda s: _gain(s, days, figures, worth, covered, dangling))
            pool.remove(first)
            chosen.append(first)
            covered |= concepts(first, days, figures)
            continue
        best = max(pool, key=lambda s: _gain(s, days, figures, worth, covered, dangling))
        if _gain(best, days, figures, worth, covered, dangling) <= 0:
            break
        pool.remove(best)
        if any(similarity(best, c) >= REDUNDANT for c in chosen):
            continue
        chosen.append(best)
        covered |= concepts(best, days, figures)
    return chosen


def quoted(s: Sent) -> bool:
    """Whether a sentence opens with a quotation mark or lies mostly inside a quote."""
    inside = sum(max(0, min(q.end, s.end) - max(q.start, s.start)) for q in s.doc.quotes)
    return inside * 2 > s.end - s.start or s.text.lstrip()[:1] in QUOTE_MARKS


def _gain(s: Sent, days: set[str], figures: dict, worth: dict[str, float], covered: set[str], dangling) -> float:
    """What a sentence adds to the lines chosen: the worth of its concepts they lack (a sentence leaning on
    its predecessor is worth less as a lead line)."""
    new = concepts(s, days, figures) - covered
    names = sorted((worth.get(c, 0.0) for c in new if c.startswith("@")), reverse=True)
    g = sum(worth.get(c, 0.0) for c in new if not c.startswith("@")) + sum(names[:NAMES_PER_LINE])
    g *= OPENING_BONUS if s.index < OPENING_SENTENCES else 1.0
    return g * (DANGLING_FACTOR if dangling(s.text) else 1.0)
