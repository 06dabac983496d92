"""The claims of one document: counts and measures, legal terms, and the days and clock times of happenings.

Counts come from the quantity annotations (a value and its counted noun or
measure); legal terms from duration time expressions near "penjara",
"vonis" ...; dates and clock times from the resolved time expressions. The
sentence around each value says what it measures (:mod:`.context`).
"""
from __future__ import annotations

import datetime as dt
import re

from ..brief.sources import Sent
from ..lang.id.calendar import WEEKDAYS
from ..lang.id.time_words import DAY_WORDS
from ..lang.id.claims import (
    DURATION_DESIGNATORS, DURATION_WINDOW_WORDS, ONE_COUNT_WORDS, ROLLING_STATES, ROLLING_THINGS,
    CURRENCY_UNITS, DEFAULT_CURRENCY, MONEY_CONTEXT, PER_UNIT_WORDS, MONEY_SCALE_MIN, MONEY_WINDOW, MEASURE_UNITS, MIN_UNIT_LEN, QUALIFIER_WORDS, SKIP_UNITS, TERM_PRIORITY, TERM_WINDOW, TERM_WORDS, UNIT_BASES,
    PART_OF_DAY_WORDS, TOPIC_FILLERS, BARE_COUNT_CUES, BARE_FOLLOWERS, PART_OF_WORDS, CLOCK_BASE, CLOCK_UNITS, DEMAND_WORDS, STAGE_REACH, VERDICT_WORDS,
    CONDITION_WORDS, CONSEQUENCE_WORDS, NEGATION_WORDS, PAYMENT_WORDS, SUBSTITUTE_CUES, SUBSTITUTE_TERM, UNPAID_REACH,
)
from ..model import Document, Quantity, TimeExpr
from ..quantities.extract import hedge_of
from . import context as cx
from .model import CLOCK, COUNT, DATE, STATED, TERM, Claim
from .values import hedged, interval

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?$")
_CLOCK_DURATION = re.compile(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")
_CALENDAR_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$")  # one figure of one unit: P9M, P2W
_ONE_COUNT = re.compile(r"\b(?:" + "|".join(ONE_COUNT_WORDS) + r")\b", re.IGNORECASE)
PERCENT_OF = frozenset({"%"})  # measures whose noun after them says what they are a share of
_YEAR_WRITTEN = re.compile(r"\d{4}")
# A day word set before its date in one time expression ("hari ini, Rabu, 28 Juli 2021", "besok, 9 April 2025").
_DAY_WORD_APPOSED = re.compile(rf"^(?:{'|'.join(sorted(DAY_WORDS, key=len, reverse=True))})\s*,\s*", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
MONTHS_PER_YEAR = 12
CLOCK_WORDS = frozenset({"pukul", "pkl", "jam", "wib", "wita", "wit", "sekitar", "sekira"})

# What a word before a figure may mark that is no hedge of the figure itself: "hingga 500" is a bound.
NOT_HEDGES = frozenset({"up_to"})


def extract(sents: list[Sent], anchor: dt.date | None = None) -> list[Claim]:
    """Every claim of one document's sentences (``anchor``: the story's date, for year-less dates)."""
    if not sents:
        return []
    doc = sents[0].doc
    out = [c for q in doc.quantities if (c := count_claim(_holder(sents, q.start), q))]
    out += [c for q in one_counts(doc, sents) if (c := count_claim(_holder(sents, q.start), q)) and c.state]
    out += [c for q in bare_counts(doc, sents) if (c := count_claim(_holder(sents, q.start), q))
            and c.state in ROLLING_STATES]
    for t in doc.times:
        sent = _holder(sents, t.start)
        claim = (term_claim(sent, t) or duration_claim(sent, t) or clock_claim(sent, t, anchor)
                 or date_claim(sent, t, anchor))
        if claim:
            out.append(claim)
    _count_days(out)
    return sorted(out, key=lambda c: c.start)


def _count_days(claims: list[Claim]) -> None:
    """Mark the dates that say when a rolling count was counted rather than when a happening took place: one
    said to be when a count holds ("hingga hari ini, Rabu"), or one in a sentence stating a count of the dead,
    the missing ... ("11 pendaki ditemukan meninggal dunia, Senin (4/12)"): the counts are compared as
    numbers, their days are no happening's."""
    counted = {id(c.sent) for c in claims
               if c.kind == COUNT and (c.state in ROLLING_STATES or c.thing in ROLLING_THINGS)}
    for c in claims:
        if c.kind == DATE:
            c.extra["count_day"] = id(c.sent) in counted or cx.as_of_cue(c.doc, c.sent, c.start)


def _holder(sents: list[Sent], offset: int) -> Sent:
    """The sentence holding ``offset``."""
    best = sents[0]
    for s in sents:
        if s.start <= offset:
            best = s
        else:
            break
    return best


def count_claim(sent: Sent, q: Quantity) -> Claim | None:
    """A count or measure from a quantity annotation (None for units that claim nothing: ages, "kali")."""
    unit = (q.unit or "").strip() or _money(sent, q)
    measure = unit in MEASURE_UNITS or unit.lower() in MEASURE_UNITS
    if not unit or unit.lower() in SKIP_UNITS or (len(unit) < MIN_UNIT_LEN and not measure):
        return None
    doc = sent.doc
    if cx.inside_name(doc, q.start, q.end) and not _currency_country(doc, q, unit):
        return None
    before, after = cx.words_before(doc, sent, q.start), cx.words_after(doc, sent, q.end)
    lo, hi, hedge = interval(q, doc.text[q.end:q.end + 20])
    base, scale = UNIT_BASES.get(unit.lower(), (unit, 1))  # "3 km" and "3 ribu meter": 3000 m both
    thing = base if measure else cx.thing(unit, before, after)
    everyone = not measure and cx.inclusive(thing, after)
    claim = Claim(sent, q.start, q.end, COUNT, q.value, lo * scale, hi * scale, unit, "orang" if everyone else thing,
                  measure=measure, hedge=hedge, extra={"inclusive": True} if everyone else {})
    claim.extra["scale"] = scale
    claim = _read(claim, before, after)
    if unit in PERCENT_OF and after[:1] and cx.counted_noun(after[0]):
        claim.topic_text = f"{claim.topic_text} {after[0]}".strip()  # "58,6 persen suara": a share of votes
    return claim


def _currency_country(doc: Document, q: Quantity, unit: str) -> bool:
    """Whether the only names a sum is written with are its currency's country ("8 juta dolar AS"): a sum,
    not a number inside a name."""
    names = [e for e in doc.entities if e.start < q.end and q.start < e.end]
    return unit in CURRENCY_UNITS and all(e.start > q.start and e.type in cx.PLACE_TYPES | {"NORP"} for e in names)


def _money(sent: Sent, q: Quantity) -> str:
    """The currency of a bare sum told as money ("merugikan negara hingga ratusan miliar"), else ""."""
    low = min(q.value) if isinstance(q.value, list) else q.value
    if not isinstance(low, (int, float)) or low < MONEY_SCALE_MIN:
        return ""
    before = cx.words_before(sent.doc, sent, q.start)[:MONEY_WINDOW]
    return DEFAULT_CURRENCY if any(w in MONEY_CONTEXT for w in before) else ""


def _read(c: Claim, before: list[str], after: list[str]) -> Claim:
    """Fill what the sentence says about a claim's value."""
    doc, sent = c.doc, c.sent
    c.state = cx.state(before, after) or _unit_state(c.unit)
    head = _past_date(c, before) if c.measure else before
    words = cx.topic_words(head, cx.TOPIC_WINDOW if head is not before else cx.TOPIC_WORDS)
    c.topic_text = " ".join(words)
    c.topic = cx.clause_topic(doc, sent, c.start, c.end)
    c.extra["head"] = tuple(cx.clause(head))  # the words of its clause before the value, nearest first
    c.extra["per_unit"] = c.unit in CURRENCY_UNITS and after[:1] != [] and after[0] in PER_UNIT_WORDS
    c.names = {**cx.places(doc, sent, c.start, c.end), **cx.parties(doc, sent, c.start, c.end)}
    c.places = cx.place_words(cx.places(doc, sent, c.start, c.end).values())
    c.parties = frozenset(cx.parties(doc, sent, c.start, c.end))
    c.owner, c.owner_name = cx.owner(doc, sent, c.start, c.end, c.text)
    c.as_of, c.as_of_text = cx.as_of(doc, sent, c.start, c.end)
    c.issuer = cx.issuer(doc, sent, c.start)
    c.modality = cx.modality(before, after)
    near = cx.near(before)[::-1] + cx.near(after, True, cx.QUALIFIER_AFTER)
    c.qualifiers = frozenset(cx.cue_words(near, QUALIFIER_WORDS) - cx.conjunctions(doc, sent, c.start))
    c.years = cx.years(doc, sent)
    c.periods = cx.periods(doc, sent, c.start, c.end)
    return c


def _unit_state(unit: str) -> str | None:
    """The state a counted phrase names with its noun ("270 korban jiwa", "korban tewas"); a one-word noun
    names none ("Dua tersangka pemberi" counts suspects, not persons newly named)."""
    return cx.STATES.get(unit.lower()) if len(unit.split()) > 1 else None


def _past_date(c: Claim, before: list[str]) -> list[str]:
    """The words naming what a measure measures: those before it, or where only a date (and a part of the
    day, filler words) stands between the measure and its clause's start, those before that date ("tinggi
    kolom abu erupsi Gunung X pada Minggu (3/12/2023) sore mencapai 3.000 meter"), all the window's content
    words then naming it (the measured noun opens the phrase, far from the value)."""
    doc, sent = c.doc, c.sent
    for t in sorted(doc.times, key=lambda t: -t.end):
        if not (sent.start <= t.start and t.end <= c.start):
            continue
        if not _DAY.match(t.value or ""):
            break  # a year or a period ("sepanjang 2024") scopes the measure; only a day is read past
        between = [w.strip(".,()").lower() for w in doc.text[t.end:c.start].split()]
        if all(w in TOPIC_FILLERS or w in PART_OF_DAY_WORDS or not w for w in between):
            return cx.words_before(doc, sent, t.start)
        break
    return before


def term_claim(sent: Sent, t: TimeExpr) -> Claim | None:
    """A legal duration ("divonis 12 tahun penjara", "subsider 6 bulan kurungan") as a claim."""
    m = _DURATION.match(t.value or "")
    if not m or not any(m.groups()):
        return None
    doc = sent.doc
    before, after = cx.words_before(doc, sent, t.start), cx.words_after(doc, sent, t.end)
    near = cx.clause(before)[:TERM_WINDOW] + cx.clause(after)[:TERM_WINDOW]
    kinds = {TERM_WORDS[w] for w in near if w in TERM_WORDS}
    kind = next((k for k in TERM_PRIORITY if k in kinds), None)
    if kind is None:
        return None
    if kind == "penjara" and _demanded(before):
        kind = "tuntutan"
    years, months, days = (float(g) if g else 0.0 for g in m.groups())
    if years:
        value, unit = years + months / MONTHS_PER_YEAR, "tahun"
    elif months:
        value, unit = months, "bulan"
    else:
        value, unit = days, "hari"
    value = int(value) if float(value).is_integer() else round(value, 2)
    substitute = kind != "tuntutan" and substitute_term(before, after)
    claim = Claim(sent, t.start, t.end, TERM, value, float(value), float(value), unit,
                  SUBSTITUTE_TERM if substitute else kind)
    claim = _read(claim, before, after)
    if substitute:  # the condition ("jika tak bisa membayar, akan ...") is the court's, no plan; "lagi" is its own
        claim.modality, claim.qualifiers = STATED, frozenset()
    return claim


def substitute_term(before: list[str], after: list[str]) -> bool:
    """Whether a prison term is set in place of a sum left unpaid: a substitute cue just before it ("subsider 6
    bulan kurungan", "diganti dengan pidana penjara selama 10 tahun"), the condition right after it in its clause
    and before any other figure ("enam bulan penjara lagi jika tak bisa membayar"), or a clause opened by "maka" after the condition ("jika
    hartanya tidak mencukupi, maka hukuman penjaranya diperpanjang 10 tahun"). ``before``: nearest first."""
    if any(w in SUBSTITUTE_CUES for w in cx.near(before)):
        return True
    if _unpaid(_up_to_figure(cx.clause(after))):
        return True
    own = cx.clause(before)
    return bool(own) and own[-1] in CONSEQUENCE_WORDS and _unpaid(before[len(own):][::-1])


def _up_to_figure(words: list[str]) -> list[str]:
    """The words before the next figure: a condition told after another figure is that figure's ("8 tahun
    penjara dan uang pengganti Rp 10 miliar yang apabila tidak dibayar ...": the sum's, not the sentence's)."""
    cut = next((i for i, w in enumerate(words) if w[:1].isdigit()), len(words))
    return words[:cut]


def _unpaid(words: list[str]) -> bool:
    """Whether ``words`` (in reading order) state a condition of not paying ("jika tidak membayar", "apabila
    hartanya tak mencukupi")."""
    for i, w in enumerate(words):
        if w in CONDITION_WORDS:
            rest = words[i + 1:i + 1 + UNPAID_REACH]
            if any(x in NEGATION_WORDS for x in rest) and any(x in PAYMENT_WORDS for x in rest):
                return True
    return False


def _demanded(before: list[str]) -> bool:
    """Whether the nearest word before a prison term (over the sentence) that says whose term it is names the
    prosecutors' demand rather than the court's verdict."""
    for w in before[:STAGE_REACH]:
        if w in DEMAND_WORDS:
            return True
        if w in VERDICT_WORDS:
            return False
    return False


def one_counts(doc: Document, sents: list[Sent]) -> list[Quantity]:
    """Counts of one written as a determiner ("Seorang pengemudi ojol tewas"), inside the sentences and
    outside every quantity the quantity stage found; the caller keeps those whose sentence gives a state."""
    if not sents:
        return []
    lo, hi = sents[0].start, sents[-1].end
    taken = [(q.start, q.end) for q in doc.quantities]
    return [Quantity(text=m.group(), start=m.start(), end=m.end(), value=1, unit=ONE_COUNT_WORDS[m.group().lower()])
            for m in _ONE_COUNT.finditer(doc.text, lo, hi)
            if not any(a < m.end() and m.start() < b for a, b in taken)]


_BARE = re.compile(r"\b(?P<cue>" + "|".join(sorted(BARE_COUNT_CUES))
                   + r")\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]?\d)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def bare_counts(doc: Document, sents: list[Sent]) -> list[Quantity]:
    """Bare numbers after a verb of amounting ("jumlah korban meninggal ... bertambah menjadi 62", "korban
    tewas mencapai 34."), outside every quantity and time found and followed by no word of their own (a
    unit, "di antaranya"): counts of persons, kept by the caller where the clause gives a state."""
    if not sents:
        return []
    lo, hi = sents[0].start, sents[-1].end
    taken = [(q.start, q.end) for q in doc.quantities if q.unit] + [(t.start, t.end) for t in doc.times]
    out = []
    for m in _BARE.finditer(doc.text, lo, hi):
        start, end = m.start("n"), m.end("n")
        rest = doc.text[end:end + 24].lower()
        nxt = _WORD_AFTER.match(rest)
        if any(a < end and start < b for a, b in taken) or rest.lstrip(" ,").startswith(PART_OF_WORDS):
            continue
        if nxt and not rest[:nxt.start(1)].strip() and nxt.group(1) not in BARE_FOLLOWERS:
            continue  # a word of its own right after it (a unit, "kali"): not a bare count
        out.append(Quantity(text=m.group("n"), start=start, end=end, value=int(m.group("n").replace(".", "")),
                            unit="orang"))
    return out


def duration_claim(sent: Sent, t: TimeExpr) -> Claim | None:
    """A duration stated as a figure ("selama 9 bulan", "sekitar 10 hari setelah KTT"), a measure in its
    unit whose words before it say what lasted; a window looked back or ahead over ("5 tahun terakhir",
    "19 tahun lalu") is none."""
    found = duration_value(t.value or "") or clock_duration(t)
    if found is None:
        return None
    value, unit, scale = found if len(found) == 3 else (*found, 1)
    doc = sent.doc
    before, after = cx.words_before(doc, sent, t.start), cx.words_after(doc, sent, t.end)
    written = t.text.lower().split()
    if DURATION_WINDOW_WORDS & set(written[1:]) or after[:1] and after[0] in DURATION_WINDOW_WORDS:
        return None
    hedge = _hedge(before)
    lo, hi = hedged(value * scale, value * scale, hedge)
    claim = Claim(sent, t.start, t.end, COUNT, int(value) if value.is_integer() else value, lo, hi, unit,
                  CLOCK_BASE if scale != 1 or unit in CLOCK_UNITS else unit,
                  measure=True, hedge=hedge, extra={"scale": scale, "duration": True})
    claim = _read(claim, before, after)
    claim.state = None  # a state in its clause is what lasted, not the duration's ("disita dalam satu bulan")
    return claim


def duration_value(value: str) -> tuple[float, str] | None:
    """(figure, unit word) of a duration of one calendar unit ("P9M" -> 9 bulan), None for anything else
    (clock durations: :func:`clock_duration`)."""
    m = _CALENDAR_DURATION.match(value)
    return (float(m.group(1)), DURATION_DESIGNATORS[m.group(2)]) if m else None


def clock_duration(t: TimeExpr) -> tuple[float, str, float] | None:
    """(figure as written, unit word, seconds per unit) of a clock duration ("selama 6 jam" PT6H, "1,5 jam"
    PT1H30M, "45 menit"): compared in seconds, so "90 menit" meets "1,5 jam"."""
    m = _CLOCK_DURATION.match(t.value or "")
    if not m or not any(m.groups()):
        return None
    seconds = sum(float(g or 0) * k for g, k in zip(m.groups(), (3600, 60, 1)))
    words = re.findall(r"[^\W\d_]+", t.text.lower())
    unit = next((w for w in reversed(words) if w in CLOCK_UNITS), None)
    if unit is None or seconds <= 0:
        return None
    per = CLOCK_UNITS[unit]
    return round(seconds / per, 6), unit, float(per)


def _hedge(before: list[str]) -> str | None:
    """The hedge of the one or two words before a figure ("sekitar", "lebih dari"; the words nearest
    first), an upper bound ("hingga") left out."""
    return hedge_of(before[:2][::-1], ignore=NOT_HEDGES)


def date_claim(sent: Sent, t: TimeExpr, anchor: dt.date | None) -> Claim | None:
    """The day a sentence gives for a happening ("Senin (5/10/2020)"), year-less ones placed near ``anchor``."""
    day = _written_day(t.text) or _day_of(t, anchor)
    if day is None:
        return None
    weekday = _weekday_named(t.text)
    claim = Claim(sent, t.start, t.end, DATE, day.isoformat(), day.toordinal(), day.toordinal(), "date", "date",
                  weekday_mismatch=weekday is not None and weekday != day.weekday(),
                  written_year=bool(_YEAR_WRITTEN.search(t.text)), extra={"weekday": weekday})
    doc = sent.doc
    start = t.start + (m.end() if (m := _DAY_WORD_APPOSED.match(t.text)) else 0)  # the date after "hari ini, "
    claim.topic = cx.clause_topic(doc, sent, start, t.end)
    claim.topic_text = " ".join(cx.topic_words(cx.words_before(doc, sent, start)))
    claim.places = cx.place_words(cx.places(doc, sent, start, t.end).values())
    claim.extra["party_names"] = cx.sentence_party_names(doc, sent)
    claim.parties = frozenset(claim.extra["party_names"])
    claim.modality = cx.modality(cx.words_before(doc, sent, start), cx.words_after(doc, sent, t.end), False)
    return claim


def clock_claim(sent: Sent, t: TimeExpr, anchor: dt.date | None) -> Claim | None:
    """The clock time a sentence gives for a happening ("pukul 14.40 WIB")."""
    m = _CLOCK.search(t.value or "")
    day = _day_of(t, anchor)
    if not m or day is None:
        return None
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    value = f"{m.group(1)}:{m.group(2)}"
    claim = Claim(sent, t.start, t.end, CLOCK, value, minutes, minutes, "time", "time")
    doc = sent.doc
    claim.topic = cx.clause_topic(doc, sent, t.start, t.end)
    claim.topic_text = " ".join(cx.topic_words(cx.words_before(doc, sent, t.start)))
    claim.extra["party_names"] = cx.sentence_party_names(doc, sent)
    claim.parties = frozenset(claim.extra["party_names"])
    claim.as_of = day.isoformat()
    claim.extra["day_written"] = _names_day(t.text)
    claim.hedge = "approx" if any(w in ("sekitar", "sekira", "kurang") for w in cx.words_before(
        doc, sent, t.start)[:2]) else None
    claim.modality = cx.modality(cx.words_before(doc, sent, t.start), cx.words_after(doc, sent, t.end), False)
    return claim


def _written_day(text: str) -> dt.date | None:
    """The day a numeric date writes with its year ("Selasa (5/8/2023)"), as written: a resolver that
    mends a weekday slip to the day the weekday fits must not hide the slip from the comparison."""
    m = _NUMERIC_DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


def _names_day(text: str) -> bool:
    """Whether a clock-time expression also writes its day ("Sabtu (9/1) pukul 14.36", not "pukul 14.40")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in CLOCK_WORDS]
    return "/" in text or any(len(w) >= 3 for w in words)


def _day_of(t: TimeExpr, anchor: dt.date | None) -> dt.date | None:
    """The day of a resolved time value; a year the text does not write is taken near ``anchor``."""
    m = _DAY.match(t.value or "")
    if not m:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    if anchor is None or _YEAR_WRITTEN.search(t.text) or abs(day.year - anchor.year) <= 1:
        return day
    return near_anchor(day.month, day.day, _weekday_named(t.text), anchor) or day


def near_anchor(month: int, day: int, weekday: int | None, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest ``anchor`` (on ``weekday`` when one is named)."""
    found = []
    for year in range(anchor.year - 7, anchor.year + 8):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if weekday is None or d.weekday() == weekday:
            found.append(d)
    return min(found, key=lambda d: abs((d - anchor).days), default=None)


def _weekday_named(text: str) -> int | None:
    """The weekday a time expression names ("Senin (5/10)"), if any."""
    for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.lower()):
        if w in WEEKDAYS:
            return WEEKDAYS[w]
    return None


def published_day(doc: Document) -> dt.date | None:
    try:
        return dt.date.fromisoformat((doc.published or "")[:10])
    except ValueError:
        return None
