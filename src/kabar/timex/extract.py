"""Find time-expression candidates in running Indonesian text (spans and captured parts, no values yet).

Every pattern is a named regex; all of them run over the text, and the longest
non-overlapping matches win (ties go to the earlier pattern in :data:`PATTERNS`).
Leading prepositions are never part of a match, except where the rest is not
temporal on its own ("Sejak itu"). Modifiers before ("awal", "akhir") and a part
of day or clock time after are attached in a second step.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from ..lang.id import time_words as tw
from ..lang.id.calendar import MONTHS, PARTS_OF_DAY, WEEKDAYS
from ..text.alternation import tree
from ..text.openings import OpeningScan
from ..text.prefilter import lower_pattern
from ..text.spans import Disjoint
from .numbers import NUMBER_PHRASE_RE


def _alt(words) -> str:
    """A regex alternation, longest first, with spaces matching any whitespace (as a prefix tree: the
    same matches as the flat alternation, fewer branches tried; :mod:`kabar.text.alternation`)."""
    return tree(words)


# Full month names only where nothing else marks the word as a month ("pada Juni").
_FULL_MONTHS = [m for m in MONTHS if m in tw.FULL_MONTH_NAMES]
_ABBREVIATIONS = [m for m in MONTHS if m not in _FULL_MONTHS]
# A dot follows only an abbreviation ("Agt. 2019"), so a sentence's full stop stays outside.
MON = rf"(?P<mon>(?:{_alt(_FULL_MONTHS)})\b|(?:{_alt(_ABBREVIATIONS)})\b\.?)"
MON_FULL = rf"(?P<mon>{_alt(_FULL_MONTHS)})\b"
WD = rf"(?P<wd>{_alt(WEEKDAYS)})\b"
PART = rf"(?:{_alt(PARTS_OF_DAY)})"
UNIT = rf"(?P<unit>{_alt(tw.UNITS)})\b"
# "pada 2015 lalu", "tahun 2023 ini", "di 2018 mendatang": the year keeps its tense word.
YEAR_REL = r"(?:\s+(?P<rel>ini|itu|lalu|silam|mendatang|nanti)\b)?"
# "Maret 2023 lalu", "15 Agustus 2025 silam": a side word after a written year adds nothing but belongs to it.
SIDE_REL = r"(?:\s++(?:lalu|silam|mendatang|nanti)\b)?"
THAT = rf"(?:{_alt(tw.DEMONSTRATIVES)})\b"
UNIT_WORD = rf"(?:{_alt(tw.UNITS)})\b"
HALF = rf"(?:{_alt(tw.HALF_WORDS)})"
# A count before a unit: digits or number words, "satu setengah" (one and a half), "setengah" alone, "se-".
NUM = (rf"(?:(?P<n>\d+(?:[.,]\d+)?|{NUMBER_PHRASE_RE})\s+(?:(?P<half>{HALF})\s+)?|(?P<half0>{HALF})\s+"
       rf"|(?P<se>se)(?=(?:{_alt(tw.UNITS)})\b))")
TZ = r"(?P<tz>WIB|WITA|WIT)\b"
CLOCK = rf"(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})(?!\d)(?:\s*{TZ})?"
OFFSET_WORDS = (tw.PAST_OFFSET + tw.FUTURE_OFFSET + tw.REF_BEFORE + tw.REF_AFTER + tw.BEFORE_WORDS
                + tw.AFTER_WORDS + tw.LAST_WORDS)
_DMY_TAIL = (rf"(?:\s++(?:tahun\s++)?(?P<y>\d{{4}})\b{SIDE_REL}"
             rf"|\s++(?P<drel>lalu|silam|ini|mendatang|depan|nanti)\b)?"
             rf"(?:\s*+,\s*+(?P<wd2>{_alt(WEEKDAYS)})\b)?")

PATTERNS: list[tuple[str, re.Pattern]] = [(k, re.compile(p, re.I)) for k, p in (
    # Selasa (25/7), Kamis (22/10/2020)
    # Selasa (25/7), Kamis (22/10/2020), Minggu kemarin (3/11), Besok (22/4/2021): the written date wins
    ("wd_date", rf"\b(?:(?:hari\s+)?{WD}(?:\s+(?P<wrel>kemarin|besok|lalu|ini|depan|mendatang))?(?:\s+(?P<part>{PART}))?"
                rf"|(?P<dw>{_alt(tw.DAY_WORDS)}))"
                rf"\s*+(?:,\s*+)?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
    # Kamis, 25/7 or Kamis 25/7: a weekday vouches for a day and month written without brackets
    ("wd_date", rf"\b(?:hari\s+)?{WD}\s*+,?\s*+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})\b(?![/.,]?\d)"),
    # Senin-Rabu (11-13/3/2024): two weekdays and the days they span
    ("wd_span", rf"\b{WD}\s*+(?:[-–]|hingga\b|sampai\b)\s*+(?P<wd2>{_alt(WEEKDAYS)})\b\s*+\(\s*+(?P<d>\d{{1,2}})"
                rf"\s*+[-–]\s*+(?P<d2>\d{{1,2}})\s*+/\s*+(?P<m>\d{{1,2}})(?:\s*+/\s*+(?P<y>\d{{4}}))?\s*+\)"),
    # 15-17/3/2024, (15-16/3): the days of one month, with a year or in brackets
    ("wd_span", r"\(\s*+(?P<d>\d{1,2})\s*+[-–]\s*+(?P<d2>\d{1,2})\s*+/\s*+(?P<m>\d{1,2})(?:\s*+/\s*+(?P<y>\d{4}))?\s*+\)"),
    ("wd_span", r"\b(?P<d>\d{1,2})\s*+[-–]\s*+(?P<d2>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b"),
    # 28 Februari-2 Maret 2024: a span across two months
    ("dm_span", rf"\b(?P<d>\d{{1,2}})\s++(?P<mon>{_alt(MONTHS)})\b\.?\s*+(?:[-–]|hingga\b|sampai(?:\s++dengan)?\b)\s*+"
                rf"(?P<d2>\d{{1,2}})\s++{MON.replace('<mon>', '<mon2>')}(?:\s++(?:tahun\s++)?(?P<y>\d{{4}})\b)?"),
    # kuartal III 2023, triwulan pertama tahun ini, semester II
    # (kuartal III-2024, semester I/2025: the year after a dash or slash, as business news writes it)
    ("year_part", rf"\b(?P<pw>{_alt(tw.YEAR_PARTS)})\s++(?:ke\s*+-?\s*+)?(?P<pn>{_alt(tw.PART_ORDINALS)})\b"
                  rf"(?:(?:\s++(?:tahun\s++)?|\s*+[-/]\s*+)(?P<y>\d{{4}})\b"
                  rf"|\s++(?P<tahun>tahun\s++)?(?P<rel>ini|lalu|depan|mendatang)\b)?"),
    # Q3 2024, Q1-2025
    ("year_part", rf"\b(?P<pw>{_alt(tw.YEAR_PART_LETTERS)})(?P<pn>[1-4])\s*+[-/]?\s*+(?P<y>\d{{4}})\b"),
    # Kamis, 27 Juli 2023 / tanggal 27 Juli, Kamis / 25-28 Maret / 27 Juli 2023, 21:20 WIB
    ("dmy", rf"\b(?:(?:hari\s+)?{WD}\s*+(?:,\s*+)?)?(?:(?:tanggal|tgl\.?)\s*+)?(?P<d>\d{{1,2}})"
            rf"(?:\s*+(?:[-–]|hingga\b|sampai\b)\s*+(?P<d2>\d{{1,2}}))?"
            rf"\s+{MON}{_DMY_TAIL}"),
    # 27/7/2023, (22/10/2020), 27-07-2023
    ("num_date", r"(?:\b(?:tanggal|tgl\.?)\s*)?\(?\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b\)?"),
    # (11/7): a day and month without a year only in brackets, so "24/7" prose is left alone
    ("paren_dm", r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*\)"),
    ("year_range", rf"\b(?:tahun\s+)?(?P<y1>\d{{4}})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})\b(?![-/.,]\d)(?!\s+{UNIT_WORD})"),
    ("year_range", r"\b(?:tahun\s+)?(?P<y1>\d{4})\s+(?:hingga|sampai|sampai dengan|dan)\s+(?:tahun\s+)?(?P<y2>\d{4})\b"),
    ("decade", r"\b(?P<lead>(?:tahun|era|dekade|dasawarsa)\s+)?(?P<y>\d{3}0|\d0)\s*+(?:-\s*+)?an\b"),
    ("century", rf"\babad\s++(?:ke\s*+(?:-\s*+)?)?(?P<n>\d{{1,2}}|[IVX]+\b|{NUMBER_PHRASE_RE})"),
    # Januari-Maret 2024, Januari hingga Maret 2024: a span of months; the year written belongs to the end
    ("mon_span", rf"\b(?:bulan\s++)?(?P<mon>{_alt(MONTHS)})\b\.?\s*+(?:[-–]|hingga\b|sampai(?:\s++dengan)?\b|s\.?d\.?)"
                 rf"\s*+(?:bulan\s++)?(?P<mon2>{_alt(MONTHS)})\b\.?\s++(?:tahun\s++)?(?P<y>\d{{4}})\b"),
    ("mon_year", rf"\b(?:bulan\s+)?{MON}\s+(?:tahun\s+)?(?P<y>\d{{4}})\b(?!\s*[-–/]\s*\d){SIDE_REL}"),
    ("mon_rel", rf"\b(?:bulan\s+)?{MON}\s+(?P<tahun>tahun\s+)?(?P<rel>itu|ini|lalu|kemarin|depan|mendatang)\b"),
    ("mon_bare", rf"\b(?P<lead>bulan|{_alt(tw.YEAR_PRECEDERS)})\s+(?:bulan\s+)?{MON_FULL}"),
    ("year", rf"\btahun\s+(?P<y>\d{{4}})\b(?!\s*[-–]\s*\d){YEAR_REL}"),
    ("bare_year", rf"\b(?P<lead>{_alt(tw.YEAR_PRECEDERS)})\s+(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d)(?!\s*[-–]\s*\d){YEAR_REL}"),
    ("clock", rf"\b(?:pukul|pkl\.?|jam)\s+{CLOCK}"),
    # "03.17 WITA atau 02.17 WIB": a time zone makes a bare clock time unambiguous.
    ("clock", rf"(?<![\d.,])\b(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})\s*{TZ}"),
    ("clock_word", r"\btengah\s+(?P<cw>malam|hari)\b"),
    # pukul 8 malam, jam 10 pagi, pukul 9 WIB: an hour without minutes
    ("clock_hour", rf"\b(?:pukul|jam)\s+(?P<hh>\d{{1,2}})\s+(?:(?P<hpart>{_alt(tw.HOUR_PARTS)})\b|{TZ})"),
    ("day_after", rf"\b(?P<dw>{_alt(tw.NEXT_DAY_WORDS + tw.SAME_DAY_WORDS)})\b"),
    ("part_of_day_of", rf"\b(?P<part>{PART})\s+(?:harinya\b|{THAT})"),
    # "berlangsung hingga malam hari": that part of the day the narrative is on (never "siang hari ini")
    ("part_of_day_of", rf"\b(?P<part>{PART})\s+(?P<hari>hari)\b"
                       rf"(?!\s+(?:ini|itu|yang|ke|pertama|kedua|terakhir|berikutnya)\b)"),
    # akhir tahun, awal bulan: the present year or month (checked against what follows when found)
    ("mod_unit", rf"\b(?P<mod>{_alt(tw.MODS)})\s+(?P<unit>{_alt(tw.MOD_UNITS)})\b"),
    # 1x24 jam, 2 x 24 jam: a count times a length
    ("multiplied", rf"\b(?P<k>\d{{1,2}})\s*+(?:{_alt(tw.TIMES_SIGNS)})\s*+(?P<n>\d{{1,3}})\s++{UNIT}"),
    ("day_word", rf"\b(?P<dw>{_alt(tw.DAY_WORDS)})\b"),
    # dua hari ini: the days up to the present one ("KTT dua hari ini" on its second day)
    ("days_this", rf"\b(?P<n>\d{{1,2}}|{NUMBER_PHRASE_RE})\s++(?P<unit>hari)\s++ini\b"),
    ("part_rel", rf"\b(?P<part>{PART})\s+(?P<rel>ini|tadi|nanti)\b"),
    ("part_rel", rf"\b(?P<rel>tadi|kemarin)\s+(?P<part>{PART})\b"),
    ("rel_unit", rf"\b(?P<unit>{_alt(tw.DEICTIC_UNITS)})\s+(?P<rel>{_alt(tw.DEICTIC_SHIFT)})\b"),
    # minggu ke-40 tahun 2025: an ISO week counted in a year (not "minggu ke-3 Januari")
    ("week_no", rf"\b(?:minggu|pekan)\s+ke\s*+(?:-\s*+)?(?P<wk>\d{{1,2}})\b(?!\s+(?:bulan\s+)?{MON})"
                rf"(?:\s+(?:tahun\s+)?(?P<y>\d{{4}})\b)?"),
    ("offset", rf"\b{NUM}{UNIT}\s+(?P<rel>{_alt(OFFSET_WORDS)})\b"),
    ("vague_rel", rf"\b(?P<q>{_alt(tw.VAGUE_QUANTIFIERS)})\s+{UNIT}\s+(?P<rel>{_alt(tw.PAST_OFFSET + tw.FUTURE_OFFSET)})\b"),
    # 6 bulan; with smaller units after it one compound duration: 2 bulan 8 hari, 1 jam 21 menit
    ("duration", rf"\b{NUM}{UNIT}(?:\s+(?:dan\s+)?(?P<n2>\d+|{NUMBER_PHRASE_RE})\s+(?P<unit2>{_alt(tw.UNITS)})\b"
                 rf"(?:\s+(?:dan\s+)?(?P<n3>\d+|{NUMBER_PHRASE_RE})\s+(?P<unit3>{_alt(tw.UNITS)})\b)?)?"),
    ("vague", rf"\b(?P<q>{_alt(tw.VAGUE_QUANTIFIERS)})\s+{UNIT}(?:\s+(?:{_alt(tw.LAST_WORDS)})\b)?"),
    ("redup", rf"\b(?P<r>{_alt(tw.REDUPLICATED)})\b"),
    ("ref", rf"\b(?P<r>{_alt(tw.REFERENCES)})\b"),
    ("ref", r"\b(?P<r>mendatang)\b"),
    ("anaphor", rf"\b(?P<head>{_alt(tw.ANAPHOR_HEADS)})\s+{THAT}"),
    ("unit_anaphor", rf"\b(?P<unit>{_alt(tw.ANAPHOR_UNITS)})\s+{THAT}"),
    # a year standing alone ("pemilu 2020", "maka 2023 akan"); checked against its neighbours when found
    ("plain_year", r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"),
    ("weekday", rf"\b(?P<hari>hari\s+)?{WD}(?:\s+(?P<rel>pekan\s+lalu|pekan\s+depan|minggu\s+lalu|minggu\s+depan|"
                rf"lalu|kemarin|besok|depan|mendatang|nanti|ini))?"),
)]
_PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}
_PRIORITY["compound"] = _PRIORITY["duration"]  # found by the duration pattern


# Case-insensitive scanning is the slow part of Python's re: each pattern is also compiled
# lower-cased without IGNORECASE and run over the lower-cased text to find where matches
# start; the original pattern then re-matches there on the real text (same spans, real case).
_FAST = [re.compile(lower_pattern(rx.pattern), rx.flags & ~re.I) for _, rx in PATTERNS]
# Their scan: one walk over the places where one of them can open, each pattern matched only where its
# first characters allow (the same matches as each pattern's own scan: :mod:`kabar.text.openings`).
_SCAN = OpeningScan(_FAST)
# Kinds whose leading word was matched only as evidence and is not part of the extent.
_STRIP_LEAD = {"mon_bare", "bare_year"}
# Kinds that name one day, so a part of day or a clock time can follow them.
DAY_KINDS = {"wd_date", "dmy", "num_date", "paren_dm", "day_word", "weekday", "day_after"}
# Kinds that count units from a number written before them.
_COUNTED = {"duration", "offset", "compound"}
# Kinds a modifier ("awal", "akhir") can attach to.
MOD_KINDS = {"mon_year", "mon_rel", "mon_bare", "year", "bare_year", "rel_unit", "decade", "century", "year_range",
             "year_part"}

_LAW_NUMBER = re.compile(r"\b(?:nomor|no\.?)\s*+\d[\w/.-]*+\s++(?:tahun\s++)?$", re.I)
# The words right before and after a position (for the neighbours of numbers).
# Searched over the 40 characters before a position: bounded repeats keep a search linear.
_WORDS_BEFORE = re.compile(r"(?:(?P<w2>[^\W\d_][\w-]{0,40})[ \t]{1,40})?(?P<w1>[^\W\d_][\w.$-]{0,40})\s{0,40}$")
_WORD_AFTER = re.compile(r"\s*(?P<w>[^\W\d_][\w-]*)")
# Capitalised words before a year that may hold a season head ("Piala Thomas 2020").
_NAME_RUN_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*\s+){1,4}$")
# Prepositions after which a capitalised word is a place or date, not a name holding a number.
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "sejak", "hingga", "sampai"})
_WEEKDAY_BEFORE = re.compile(rf"\b{WD}\s*+,?\s*+$", re.I)
_LAW_WORD = re.compile(r"\b(?:nomor|no\.?)\s*$", re.I)
_MOD_BEFORE = re.compile(rf"\b(?P<mod>{_alt(tw.MODS)})\s+(?:bulan\s+)?$", re.I)
_PART_AFTER = re.compile(rf"^\s+(?P<part>{PART})(?:\s+hari)?\b", re.I)
_SIDE_AFTER = re.compile(rf"\s++(?:{_alt(tw.DATE_SIDE_WORDS)})\b", re.I)
# Kinds that write a date out, whose side word ("kemarin", "lalu") adds nothing to it.
_WRITTEN_DATES = {"wd_date", "dmy", "num_date", "paren_dm"}
_CLOCK_AFTER = re.compile(rf"^\s*+(?:,\s*+)?(?:pukul|pkl\.?|jam)\s++{CLOCK}", re.I)


@dataclass
class Candidate:
    """One matched span with the parts its pattern captured."""

    kind: str
    start: int
    end: int
    parts: dict[str, str] = field(default_factory=dict)
    mod: str | None = None


class After(Sequence[Candidate]):
    """The candidates after one of them, read in place: a fresh slice for each of n candidates would copy
    n²/2 items (62,000 dates in a 1 MB list of figures took 28 s)."""

    __slots__ = ("_items", "_start")

    def __init__(self, items: list[Candidate], start: int) -> None:
        self._items, self._start = items, start

    def __len__(self) -> int:
        return max(0, len(self._items) - self._start)

    def __getitem__(self, k):  # an int or a slice, as for a list
        if isinstance(k, slice):
            lo, hi, step = k.indices(len(self))
            return self._items[self._start + lo:self._start + hi:step]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self._items[self._start + k]

    def __iter__(self) -> Iterator[Candidate]:
        return islice(self._items, self._start, None)


def candidates(text: str) -> list[Candidate]:
    """All time-expression candidates of ``text``, non-overlapping, in text order.

    The scan is cached for the last few texts: the ``published`` stage and the ``times``
    stage both read the same article. Resolution edits candidates, so callers get copies.
    """
    return [Candidate(c.kind, c.start, c.end, dict(c.parts), c.mod) for c in _scan(text)]


@lru_cache(maxsize=4)
def _scan(text: str) -> tuple[Candidate, ...]:
    """The pattern scan behind :func:`candidates` (cached; never handed out to be edited)."""
    found = [c for kind, m in _all_matches(text) if (c := _candidate(kind, m, text))]
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    chosen: list[Candidate] = []
    taken = Disjoint()
    for c in found:
        if taken.fits(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    chosen.sort(key=lambda c: c.start)
    for c in chosen:
        _attach(c, text)
    # An attached clock time or part of day may swallow a candidate that followed on its own.
    inside = _contained(chosen)
    return tuple(_apposed([c for k, c in enumerate(chosen) if k not in inside], text))


# "besok, 9 April 2025", "hari ini, Rabu, 28 Juli 2021": a day word with its date in apposition.
_APPOSITION = re.compile(r"\s*+,\s*+")


def _apposed(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A day word followed by a written date after a comma is one expression, with the date's value."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "day_word" and c.kind in _WRITTEN_DATES and "part" not in prev.parts
                and _APPOSITION.fullmatch(text, prev.end, c.start)):
            out[-1] = Candidate(c.kind, prev.start, c.end, {**c.parts, "dw_apposed": prev.parts["dw"]}, c.mod)
        else:
            out.append(c)
    return out


def _contained(spans: list[Candidate]) -> set[int]:
    """Indices of the spans that lie within another one (two equal spans lie within each other)."""
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, -spans[k].end))
    twins = Counter((c.start, c.end) for c in spans)
    out, reach = set(), -1  # reach: the furthest end among the spans starting no later
    for k in order:
        c = spans[k]
        if reach >= c.end or twins[(c.start, c.end)] > 1:
            out.add(k)
        reach = max(reach, c.end)
    return out


def _all_matches(text: str):
    """(kind, match) for every pattern, found through the lower-cased fast path when it is safe."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased: scan as written
        yield from ((kind, m) for kind, rx in PATTERNS for m in rx.finditer(text))
        return
    for (kind, rx), hits in zip(PATTERNS, _SCAN.matches(low)):
        for hit in hits:
            m = rx.match(text, hit.start())
            if m:
                yield kind, m


def _candidate(kind: str, m: re.Match, text: str) -> Candidate | None:
    """A candidate from a match, or None when a check beyond the regex rejects it."""
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    start, end = m.start(), m.end()
    if kind == "duration" and "unit2" in parts:
        if _units_fall(parts):  # "2 bulan 8 hari", also after an age cue ("berusia 26 tahun 7 bulan")
            kind = "compound"
        else:
            parts = {k: v for k, v in parts.items() if k in ("n", "se", "unit")}
            end = m.end("unit")
    if kind in _STRIP_LEAD:
        start = m.start("mon") if "mon" in parts else m.start("y")
    if kind in ("weekday", "mon_bare") and not _capitalised(m, kind, parts):
        return None
    if kind in ("duration", "offset") and _is_count(text, m.start()):
        return None  # a compound ("berusia 26 tahun 7 bulan") is a length of time even as an age
    if kind == "offset" and _number_in_name(text, m.start()):  # "turnamen Super 100 tahun lalu"
        return _without_number(m, parts)
    if kind in ("year_range", "bare_year", "year") and _season_label(text, start):
        return None  # "musim 2022/2023", "Piala Thomas 2020": a name, not a happening
    if kind == "plain_year" and not _lone_year(text, m):
        return None
    if kind == "offset":  # kept so that an unresolvable "N unit sebelum <event>" can fall back to "N unit"
        parts["unit_end"] = str(m.end("unit"))
    if kind == "unit_anaphor" and re.search(rf"(?:\d|\b(?:{NUMBER_PHRASE_RE}))\s+$", text[max(0, start - 30):start], re.I):
        return None  # "selama 6 bulan itu" is a duration, not "that month"
    if kind in ("year", "bare_year", "plain_year") and _LAW_NUMBER.search(text, max(0, m.start() - 30), m.start()):
        return None  # "Undang-Undang Nomor 31 Tahun 1999" names a law
    if kind in ("duration", "compound") and _LAW_WORD.search(text, max(0, m.start() - 10), m.start()):
        return None
    if kind == "decade" and len(parts["y"]) == 2 and "lead" not in parts:
        return None  # "20-an" alone is usually an age
    if kind == "num_date":
        start = _weekday_before(text, start, parts)
    if kind == "mod_unit" and not _unit_alone(text, start, end):
        return None
    return Candidate(kind, start, end, parts)


# What may follow "akhir tahun" for it to name the present year: nothing that makes it a longer
# expression ("akhir tahun lalu", "akhir tahun 2024", "awal bulan Juni") or a name ("awal bulan Ramadan").
_UNIT_GOES_ON = re.compile(rf"\s*+(?:\d|(?:{_alt(tw.DEICTIC_SHIFT)}|itu|ke|yang|{_alt(MONTHS)})\b|[A-Z])")
_EVERY_BEFORE = re.compile(rf"\b(?:{_alt(tw.EVERY_WORDS)})\s+$", re.I)


def _unit_alone(text: str, start: int, end: int) -> bool:
    """'akhir tahun' on its own: not repeated ("setiap akhir bulan") and not the head of a longer phrase."""
    if _EVERY_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not _UNIT_GOES_ON.match(text, end)


def _units_fall(parts: dict[str, str]) -> bool:
    """The units of a compound duration each smaller than the one before."""
    ranks = [tw.DURATION_ORDER.index(tw.UNITS[parts[u].lower()][0]) for u in ("unit", "unit2", "unit3") if u in parts]
    return all(a < b for a, b in zip(ranks, ranks[1:]))


def _weekday_before(text: str, start: int, parts: dict[str, str]) -> int:
    """A numeric date takes the weekday written before it ("Selasa, 5/11/2024")."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if m:
        parts["wd"] = m.group("wd")
        return m.start()
    return start


def _number_in_name(text: str, start: int) -> bool:
    """The number is the end of a name: a capitalised word mid-sentence stands right before it."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not m or not m.group("w2") or not m.group("w1")[:1].isupper() or not re.match(r"\d+\s", text[start:]):
        return False
    w1, w2 = m.group("w1").lower(), m.group("w2")
    return w2[:1].islower() and w2 not in _PLACE_PREPOSITIONS and w1 not in MONTHS and w1 not in WEEKDAYS


def _without_number(m: re.Match, parts: dict[str, str]) -> Candidate | None:
    """What is left of "Super 100 tahun lalu" once the number goes to the name: "tahun lalu"."""
    rel = " ".join(parts.get("rel", "").lower().split())
    unit = parts["unit"].lower()
    if unit not in tw.DEICTIC_UNITS or rel not in tw.DEICTIC_SHIFT:
        return None
    return Candidate("rel_unit", m.start("unit"), m.end(), {"unit": parts["unit"], "rel": parts["rel"]})


def _season_label(text: str, start: int) -> bool:
    """A year right after a season word or a capitalised name holding one ("Thomas Cup 2024")."""
    before = text[max(0, start - 60):start]
    run = _NAME_RUN_BEFORE.search(before)
    words = re.findall(r"[\w-]+", run.group() if run else before)
    if not run:
        words = words[-1:]
    return any(w.lower() in tw.SEASON_HEADS for w in words)


def _lone_year(text: str, m: re.Match) -> bool:
    """A bare four-digit number is a year unless a name ("KTT BRICS 2023", "(WEF) 2026") or a code
    word comes before it or a counted noun after it; a year inside a name is no happening."""
    before = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if re.search(r"\b[A-Z][\w-]*\)?\s*$", text[max(0, m.start() - 30):m.start()]):
        return False
    if before and before.group("w1").lower().rstrip(".") in tw.NOT_YEAR_BEFORE:
        return False
    after = _WORD_AFTER.match(text, m.end())
    if after and (after.group("w").lower() in tw.COUNT_AFTER or after.group("w").lower() in tw.UNITS):
        return False
    return not re.search(r"(?:[-/#:]|\bke-?)\s*$", text[max(0, m.start() - 4):m.start()])


def _capitalised(m: re.Match, kind: str, parts: dict[str, str]) -> bool:
    """Weekdays and bare months are written with a capital; "minggu" in lower case is a week."""
    group = "wd" if kind == "weekday" else "mon"
    if kind == "weekday" and parts.get("hari"):
        return True
    return m.group(group)[0].isupper()


def _is_count(text: str, start: int) -> bool:
    """'peringatan 70 tahun', 'berusia 60 tahun': an anniversary or age is a quantity, not a duration."""
    before = text[max(0, start - 40):start].lower()
    words = re.findall(r"[\w-]+", before)[-3:]
    tail = " ".join(words)
    return any(w in tw.NOT_DURATION_BEFORE for w in words[-2:]) or any(
        tail.endswith(cue) for cue in tw.NOT_DURATION_BEFORE if " " in cue)


def _attach(c: Candidate, text: str) -> None:
    """Attach a modifier before the candidate and a part of day (or, to a bare day, a clock time) after it."""
    if c.kind in MOD_KINDS or (c.kind == "dmy" and "y" not in c.parts):
        m = _MOD_BEFORE.search(text, max(0, c.start - 20), c.start)
        if m:
            c.mod = tw.MODS[m.group("mod").lower()]
            c.parts["mod_word"] = m.group("mod").lower()
            c.start = m.start("mod")
    if c.kind in DAY_KINDS and "hh" not in c.parts and "part" not in c.parts:
        tail = text[c.end:c.end + 40]
        # A clock time joins a bare weekday or day word ("Selasa pukul 13.00 WIB"); after a written date
        # ("Senin (29/10/2018) pukul 10.00 WIB") it is an expression of its own, on that date.
        m = (None if c.kind in _WRITTEN_DATES else _CLOCK_AFTER.match(tail)) or _PART_AFTER.match(tail)
        if m:
            c.parts.update({k: v for k, v in m.groupdict().items() if v is not None})
            c.end += m.end()
    if c.kind in _WRITTEN_DATES:
        m = _SIDE_AFTER.match(text, c.end, c.end + 20)
        if m:
            c.end = m.end()
