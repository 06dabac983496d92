"""Reading a value's sentence: what it counts, in what state, where, for whom, as of when, by whom, how said.

Everything here reads the words around one value inside its sentence (its
clause for what it counts and where), the sentence's time expressions and
entities, and the document's quotes. The word lists are language data in
:mod:`kabar.lang.id.claims`.
"""
from __future__ import annotations

import math
import re

from ..brief.sources import Sent, entity_key
from ..lang.id.calendar import WEEKDAYS
from ..lang.id.quote_cues import POST_CUES
from ..lang.id.claims import (
    AS_OF_CUES, AS_OF_WINDOW, CLAUSE_WORDS, OBJECT_STATE_VERBS, TOLD_FILLERS, TOLD_WINDOW,
    CHANGE_FROM, CHANGE_NEW_CUES, CHANGE_OLD_CUES, CHANGE_TO, CHANGE_VERBS, CHANGE_WINDOW, COUNTED_CLASSES,
    CONJUNCTION_QUALIFIERS, ESTIMATE_CUES, FORECAST_CUES, INCLUSIVE_CUES, POSSESSION_VERBS, SUBJECT_LINKS, INCLUSIVE_WINDOW, PERSON_CLASSES, GENERIC_UNITS, GENERIC_WINDOW, ISSUER_BEFORE, ISSUER_TYPES, ISSUER_VERBS,
    MODALITY_WINDOW, MORE_COUNTED_CLASSES, MORE_STATE_WORDS, PLACE_KIND_WORDS, PROCESS_STATES, STATE_WINDOW, SUBJECT_NOUNS, ORDINAL_CUES, GROUP_NOUNS, STATE_WORDS, TOPIC_FILLERS, TOPIC_WINDOW, TOPIC_WORDS,
)
from ..model import Document
from ..store.stemming import stems
from ..stories.features import content_stems, stopwords
from ..text.tokens import tokenize
from .model import ESTIMATE, FORECAST, NEW, OLD, STATED

# a clause break: a semicolon, colon or bracket, or a comma that is no decimal comma ("6,5 tahun")
_BREAK = re.compile(r"[;:()]|,(?!(?<=\d,)\d)")
# a sentence end inside a segmented sentence: a lower-case word of 3+ letters, a full stop, an upper-case letter
_INNER_END = re.compile(r"(?<=[a-z]{3})[.!?] ?(?=[A-Z])")
QUALIFIER_WINDOW = 5  # words before a value that may qualify it ("gempa susulan", "dari total") ...
QUALIFIER_AFTER = 2  # ... and after it ("gempa 5,2 terkuat")
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–", '"', "“", "”"})
STATES = {**STATE_WORDS, **MORE_STATE_WORDS}
CLASSES = {**COUNTED_CLASSES, **MORE_COUNTED_CLASSES}
MAX_STATE_WORDS = 3  # longest state phrase in words
PROCESS_REACH = 4  # further words after a figure read for what a process state ("ditemukan") led to
OUTCOME_STOPS = frozenset({".", ";", ":", "dan", "sedangkan", "sementara"})  # ... up to one of these
SUBJECT_REACH = 10  # words after a subject noun read for its state ("korban Gunung Marapi yang meninggal")
STATE_AFTER = 8  # words after a figure read for its state ("11 orang pendaki Gunung Marapi ... meninggal")
PLACE_TYPES = frozenset({"GPE", "LOC"})
OWNER_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "PER"})
OWNER_GAP = 2  # characters between a figure and a name that owns it ("tentara China")
ISSUER_GAP = 40  # characters between an issuer cue and the issuer's name
TIME_PREFIXES = ("P", "PRESENT", "PAST", "FUTURE")  # durations and vague references date nothing
PERIOD_PART = 1 / 3  # the share of a period its start, middle or end ("awal tahun": January to April)


def words_before(doc: Document, sent: Sent, at: int) -> list[str]:
    """The lower-cased tokens of the sentence before offset ``at``, nearest first."""
    return _dates_whole([t.text.lower() for t in tokenize(doc.text, sent.start, at)])[::-1]


def words_after(doc: Document, sent: Sent, at: int) -> list[str]:
    """The lower-cased tokens of the sentence after offset ``at``."""
    return _dates_whole([t.text.lower() for t in tokenize(doc.text, at, sent.end)])


def _dates_whole(tokens: list[str]) -> list[str]:
    """Tokens in reading order without the comma a date writes after its weekday ("Rabu, 6 Desember 2023"):
    it breaks no clause."""
    return [w for i, w in enumerate(tokens) if not (w == "," and i and tokens[i - 1] in WEEKDAYS)]


def clause(tokens: list[str], words: bool = False) -> list[str]:
    """Tokens up to the first clause boundary (with ``words``, also a word opening another clause)."""
    cut = next((i for i, t in enumerate(tokens) if t in CLAUSE_BREAKS or (words and t in CLAUSE_WORDS)),
               len(tokens))
    return tokens[:cut]


def near(tokens: list[str], words: bool = False, window: int = QUALIFIER_WINDOW) -> list[str]:
    """The tokens of a value's clause close enough to qualify it: up to ``window`` words, and never past
    another number ("74 kasus yang ... dari total 204 spesimen": "total" is the specimens')."""
    out = []
    for t in clause(tokens, words)[:window]:
        if t[:1].isdigit():
            break
        out.append(t)
    return out


def cue_words(tokens: list[str], vocabulary: frozenset[str]) -> set[str]:
    """The words of ``tokens`` (in reading order) found in ``vocabulary``, but an ordinal before a group noun:
    "kedua negara" is both countries, not a second happening."""
    return {w for i, w in enumerate(tokens) if w in vocabulary
            and not (w in ORDINAL_CUES and i + 1 < len(tokens) and tokens[i + 1] in GROUP_NOUNS)}


def conjunctions(doc: Document, sent: Sent, at: int) -> set[str]:
    """The qualifier words used as conjunctions in the sentence before ``at``: opening it or a clause, or
    before "itu" ("Sementara itu, Putri divonis 20 tahun"; "..., sementara 3 orang masih hilang")."""
    text = doc.text[sent.start:at].lower()
    return {w for w in CONJUNCTION_QUALIFIERS
            if re.search(rf"(?:^|[,;:]\s*){w}\b|\b{w}\s+itu\b", text)
            and not re.search(rf"[^\W\d_]\s+{w}\b(?!\s+itu\b)", text)}


def state(before: list[str], after: list[str]) -> str | None:
    """A state word right after the figure ("1.240 rumah rusak"), else the nearest before it in its clause,
    else the state of the clause's subject ("jumlah korban meninggal dunia akibat gempa ... bertambah menjadi
    271 orang")."""
    near = clause(before)
    found = (_first_state(_up_to_object_verb(_up_to_number(clause(after, True)[:STATE_AFTER])))
             or _first_state(near[:STATE_WINDOW], backwards=True) or subject_state(near))
    return (_outcome_after(after) or found) if found is None or found in PROCESS_STATES else found


def _up_to_number(tokens: list[str]) -> list[str]:
    """The words after a figure up to the next figure: a state after that one is its own ("5 pendaki selamat
    dan 3 pendaki luka-luka")."""
    cut = next((i for i, w in enumerate(tokens) if w[:1].isdigit()), len(tokens))
    return tokens[:cut]


def _outcome_after(after: list[str]) -> str | None:
    """The state a process state leads to, told a little after the figure past a bracket or a phrase ("1
    pendaki ditemukan dengan status A1 (meninggal dunia)", "ditemukan 11 pendaki dalam keadaan MD (Meninggal
    Dunia)"): up to the next number or clause end."""
    words = []
    for w in after[:STATE_AFTER + PROCESS_REACH]:
        if w[:1].isdigit() and words or w in OUTCOME_STOPS:
            break
        if w not in ("(", ")"):
            words.append(w)
    words = _up_to_object_verb(words)
    for i in range(len(words)):
        found = _state_at(words, i, False)
        if found and found[0] not in PROCESS_STATES:
            return found[0]
    return None


def _up_to_object_verb(tokens: list[str]) -> list[str]:
    """The words after a figure up to a verb whose state is its object's ("62 orang dan melukai ratusan
    warga": the injured are the hundreds)."""
    cut = next((i for i, w in enumerate(tokens) if w in OBJECT_STATE_VERBS), len(tokens))
    return tokens[:cut]


def subject_state(before: list[str]) -> str | None:
    """The state named just after a subject noun ("korban", "jumlah") anywhere earlier in the clause ("korban
    Gunung Marapi yang dinyatakan meninggal dunia ... berjumlah 22 orang")."""
    for i in range(len(before) - 1, 0, -1):  # reading order: the clause's first subject first
        if before[i] in SUBJECT_NOUNS:  # the subject noun may open the state ("korban jiwa")
            found = _first_state(before[:i + 1][::-1][:SUBJECT_REACH + 1])
            if found:
                return found
    return None


def _first_state(tokens: list[str], backwards: bool = False) -> str | None:
    """The first state phrase in ``tokens`` (which run away from the figure); reading forward, a process
    state ("ditemukan") gives way to a state right after it ("ditemukan meninggal dunia")."""
    i = 0
    while i < len(tokens):
        found = _state_at(tokens, i, backwards)
        if found:
            state, n = found
            nxt = _state_at(tokens, i + n, backwards) if not backwards and state in PROCESS_STATES else None
            return nxt[0] if nxt else state
        i += 1
    return None


def _state_at(tokens: list[str], i: int, backwards: bool) -> tuple[str, int] | None:
    """(state, words) of a state phrase starting at token i, longest first."""
    for n in range(MAX_STATE_WORDS, 0, -1):
        words = tokens[i:i + n]
        phrase = " ".join(words[::-1] if backwards else words)
        if len(words) == n and phrase in STATES:
            return STATES[phrase], n
    return None


def thing(unit: str, before: list[str], after: list[str]) -> str:
    """What a count counts: its noun's class, or for "orang"/"unit" the noun beside it."""
    low = unit.lower()
    if low not in GENERIC_UNITS:
        return CLASSES.get(low, low)
    nxt = clause(after)[:1]
    if nxt and _is_noun(nxt[0]):
        return CLASSES.get(nxt[0], nxt[0])
    for w in clause(before)[:GENERIC_WINDOW]:
        if w in CLASSES and w not in GENERIC_UNITS:
            return CLASSES[w]
    return CLASSES.get(low, low)


def inclusive(thing_: str, after: list[str]) -> bool:
    """Whether a count of persons is said to include another kind ("56 penumpang, termasuk kru")."""
    words = [w for w in after if w != ","][:INCLUSIVE_WINDOW + 1]
    for i, w in enumerate(words[:INCLUSIVE_WINDOW]):
        if w in INCLUSIVE_CUES:
            other = CLASSES.get(words[i + 1], words[i + 1]) if i + 1 < len(words) else None
            return thing_ in PERSON_CLASSES and other in PERSON_CLASSES and other != thing_
    return False


def counted_noun(word: str) -> bool:
    """Whether a word may be the noun a figure counts or is a share of ("persen suara")."""
    return _is_noun(word)


def _is_noun(word: str) -> bool:
    """A counted noun candidate: a known class, or a content word that is not a state or a verb form."""
    if word in CLASSES:
        return True
    return word.isalpha() and word not in stopwords() and word not in STATES and not word.startswith(
        ("me", "di", "ber", "ter", "yang"))


def topic_words(before: list[str], most: int = TOPIC_WORDS) -> list[str]:
    """The content words just before a figure, in reading order ("uang pengganti")."""
    stop = stopwords()
    out: list[str] = []
    for w in before[:TOPIC_WINDOW]:
        if not w[:1].isalpha() or w in TOPIC_FILLERS or w in stop:
            continue
        out.append(w)
        if len(out) == most:
            break
    return out[::-1]


def clause_span(doc: Document, sent: Sent, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the clause around ``start:end`` inside its sentence (a sentence end the
    segmenter missed, "paripurna.Dalam" or a quote's "... 9 bulan. Termasuk ...", ends a clause too)."""
    text = doc.text
    lo = max([m.start() for m in _BREAK.finditer(text, sent.start, start)] +
             [m.end() - 1 for m in _INNER_END.finditer(text, sent.start, start)], default=-1)
    his = [m.start() for m in _BREAK.finditer(text, end, sent.end)][:1]
    his += [m.start() for m in _INNER_END.finditer(text, end, sent.end)][:1]
    return (lo + 1 if lo >= sent.start else sent.start), (min(his) if his else sent.end)


def clause_topic(doc: Document, sent: Sent, start: int, end: int) -> frozenset[str]:
    """Content stems of the clause around a value (what it is said about)."""
    lo, hi = clause_span(doc, sent, start, end)
    return frozenset(content_stems(doc.text[lo:start] + " " + doc.text[end:hi]))


def places(doc: Document, sent: Sent, start: int, end: int) -> dict[str, str]:
    """The places named in the value's clause ("di Donggala"): entity key -> name."""
    lo, hi = clause_span(doc, sent, start, end)
    return {entity_key(e): e.canonical or e.text for e in doc.entities
            if e.type in PLACE_TYPES and lo <= e.start < hi and not (start <= e.start < end)}


def place_words(names) -> frozenset[str]:
    """The words that say which place a name is ("Desa Wanasari" and "Wanasari" share "wanasari")."""
    return frozenset(w for n in names for w in n.lower().replace(",", " ").split()
                     if len(w) >= 3 and w not in PLACE_KIND_WORDS)


def parties(doc: Document, sent: Sent, start: int, end: int) -> dict[str, str]:
    """The persons named in the value's clause (whose match, whose sentence): entity key -> name."""
    lo, hi = clause_span(doc, sent, start, end)
    return {entity_key(e): e.canonical or e.text for e in doc.entities if e.type == "PER" and lo <= e.start < hi}


def sentence_parties(doc: Document, sent: Sent) -> set[str]:
    """The persons a sentence names (who a dated happening is about)."""
    return set(sentence_party_names(doc, sent))


def sentence_party_names(doc: Document, sent: Sent) -> dict[str, str]:
    """The persons a sentence names: entity key -> name."""
    return {entity_key(e): e.canonical or e.text for e in doc.entities
            if e.type == "PER" and sent.start <= e.start < sent.end}


def name_words(names) -> frozenset[str]:
    """The words of persons' names ("Andi Wijaya-Budi Santoso": andi, wijaya, budi, santoso)."""
    return frozenset(w for n in names for w in re.findall(r"[^\W\d_]{2,}", n.lower()))


def same_people(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether two sets of named persons may be the same people named more or less fully: one side's name
    words all among the other's ("Andi-Budi" and "Andi Wijaya, Budi Santoso"; not "Budi Gunawan" and "Budi
    Arie")."""
    wa, wb = name_words(a.values()), name_words(b.values())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def inside_name(doc: Document, start: int, end: int) -> bool:
    """Whether a value is written inside a name ("Nusa Dua", "Sriwijaya Air SJ 182")."""
    return any(e.start <= start < e.end or start <= e.start < end for e in doc.entities)


def owner(doc: Document, sent: Sent, start: int, end: int, text: str) -> tuple[str | None, str | None]:
    """The party a figure belongs to: a name right after it (in its sentence, nothing but a space between:
    not the subject of the next sentence, "18 orang. Tim SAR ..."), else the actor of the event it sits in."""
    for e in doc.entities:
        if (e.type in OWNER_TYPES and 0 <= e.start - end <= OWNER_GAP and e.start < sent.end
                and not doc.text[end:e.start].strip()):
            return entity_key(e), e.canonical or e.text
    holder = possessor(doc, sent, start)
    if holder is not None:
        return entity_key(holder), holder.canonical or holder.text
    for ev in doc.events:
        if ev.actor and ev.sentence.get("start") == sent.start and text in ev.trigger:
            keys = {entity_key(e): e.canonical for e in doc.entities
                    if sent.start <= e.start < sent.end and (e.canonical == ev.actor or e.text == ev.actor)}
            if keys:
                key = next(iter(keys))
                return key, keys[key]
    return None, None


def possessor(doc: Document, sent: Sent, start: int):
    """The named party that gains or holds a figure, written as its subject right before a verb of having
    ("Harris memperoleh 226 suara", "Kamala Harris, yang hanya meraih 226 suara"): the entity, else None.
    Verbs of telling ("BNPB mencatat 62 orang") name an issuer, not an owner."""
    toks = tokenize(doc.text, sent.start, start)[::-1]
    verb = next((t for t in toks if t.text.lower() not in TOPIC_FILLERS), None)
    if verb is None or verb.text.lower() not in POSSESSION_VERBS:
        return None
    ents = [e for e in doc.entities if e.type in OWNER_TYPES and sent.start <= e.start and e.end <= verb.start]
    if not ents:
        return None
    last = max(ents, key=lambda e: e.end)
    gap = doc.text[last.end:verb.start].lower().replace(",", " ").split()
    return last if all(w in SUBJECT_LINKS for w in gap) else None


def years(doc: Document, sent: Sent) -> tuple[int, int] | None:
    """The span of years the sentence's time expressions name (None when it names none)."""
    found: list[int] = []
    for t in doc.times:
        if sent.start <= t.start < sent.end and not t.value.startswith(TIME_PREFIXES):
            for part in t.value.split("/"):
                if part[:4].isdigit():
                    found.append(int(part[:4]))
    return (min(found), max(found)) if found else None


def periods(doc: Document, sent: Sent, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """(first, last) day ordinals of the dates and periods the sentence names: the value's own, the time
    a count is said to hold at ("hingga Selasa") and the day it was said ("kata X, Senin") aside."""
    from ..brief.timeline import parse_date  # the briefing's reading of TIMEX values

    out = []
    for t in doc.times:
        if sent.start <= t.start < sent.end and not (start <= t.start < end) and not t.value.startswith(
                TIME_PREFIXES) and not as_of_cue(doc, sent, t.start) and not told_at(doc, sent, t.start):
            parsed = parse_date(t.value[:10] if "T" in t.value[:11] else t.value)
            if parsed:
                out.append(part_of(parsed[2].toordinal(), parsed[3].toordinal(), t.mod))
    return tuple(sorted(set(out)))


def part_of(first: int, last: int, mod: str | None) -> tuple[int, int]:
    """The days of a period its modifier names: "awal tahun" is the first PERIOD_PART of the year, "akhir
    Juli" the last, "pertengahan" the middle one (a figure for the start of a year is not that year's total,
    nor one of July)."""
    span = last - first + 1
    part = max(1, math.ceil(span * PERIOD_PART))
    if mod == "START":
        return first, first + part - 1
    if mod == "END":
        return last - part + 1, last
    if mod == "MID":
        mid = first + span // 2
        return max(first, mid - part // 2), min(last, mid - part // 2 + part - 1)
    return first, last


def as_of(doc: Document, sent: Sent, start: int, end: int) -> tuple[str | None, str | None]:
    """(ISO date or date-time, words) the value holds at: a dated time of its sentence said to be the
    count's time ("hingga Selasa sore", "per pukul 14.00"), else the day the sentence was said ("kata X,
    Senin"), else the document's publication date (words None for either)."""
    best = None
    for t in doc.times:
        if sent.start <= t.start < sent.end and not (start <= t.start < end) and _dated(t.value) and as_of_cue(
                doc, sent, t.start):
            if best is None or _key(t.value) > _key(best.value):
                best = t
    if best is not None:
        return best.value, best.text
    told = next((t for t in doc.times if sent.start <= t.start < sent.end and _dated(t.value)
                 and told_at(doc, sent, t.start)), None)
    if told is not None:
        return told.value[:10], None
    return published_at(doc), None


_CLOCK_IN_DATELINE = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:])")


def published_at(doc: Document) -> str | None:
    """When the document was published: its day, with the clock time its dateline gives for that day
    ("Kamis, 07 Nov 2024, 15:36 WIB" -> "2024-11-07T15:36"): of two counts told on one day, the later
    article's is the later count."""
    if not doc.published:
        return None
    day = doc.published[:10]
    for line in doc.meta.get("datelines") or []:
        if len(line) >= 2 and line[0] == day and (m := _CLOCK_IN_DATELINE.search(str(line[1]))):
            return f"{day}T{int(m[1]):02d}:{m[2]}"
    return day


def told_at(doc: Document, sent: Sent, at: int) -> bool:
    """Whether the time at ``at`` is when the sentence was said: it follows a speech cue after the words,
    with only the speaker's name, title and place between ("..., kata Kepala Basarnas Ahmad Yani di
    Jakarta, Senin (10/2/2025)")."""
    for tok in [t.text for t in tokenize(doc.text, sent.start, at)][::-1][:TOLD_WINDOW]:
        low = tok.lower()
        if low in POST_CUES:
            return True
        if not (tok[:1].isupper() or low in TOLD_FILLERS):
            return False
    return False


def as_of_cue(doc: Document, sent: Sent, at: int) -> bool:
    """Whether the time at ``at`` is said to be when a count holds ("hingga", "per"); a clock time right
    after a cued date shares its cue ("hingga Selasa (4/6/2024) pukul 06.30 WITA")."""
    if any(w in AS_OF_CUES for w in words_before(doc, sent, at)[:AS_OF_WINDOW]):
        return True
    prev = next((t for t in doc.times if sent.start <= t.start and t.end <= at and not doc.text[t.end:at].strip(" ,")),
                None)
    return prev is not None and any(w in AS_OF_CUES for w in words_before(doc, sent, prev.start)[:AS_OF_WINDOW])


def _dated(value: str) -> bool:
    return len(value) >= 10 and value[:4].isdigit() and value[4] == "-" and value[7] == "-"


def _key(value: str) -> str:
    """Sort key of a date(-time) value: a part of day or a clock time after the bare date."""
    return value[:10] + (value[10:] or "")


def issuer(doc: Document, sent: Sent, start: int) -> str | None:
    """Who gives the value: the speaker of a quote holding it, "menurut X", or "X mencatat ..."."""
    for q in doc.quotes:
        if q.speaker and q.start <= start < q.end:
            return q.speaker
    ents = [e for e in doc.entities if e.type in ISSUER_TYPES and sent.start <= e.start < sent.end]
    for e in ents:
        before = words_before(doc, sent, e.start)[:3]
        if any(w in ISSUER_BEFORE for w in before) and abs(e.start - start) < 4 * ISSUER_GAP:
            return e.canonical or e.text
    for e in ents:
        after = words_after(doc, sent, e.end)[:2]
        if e.end <= start and any(w in ISSUER_VERBS for w in after):
            return e.canonical or e.text
    return None


def modality(before: list[str], after: list[str], clause_bound: bool = True) -> str:
    """Old or new value of a stated change, a forecast or plan, an estimate, or a plain statement (for a
    date or a time, ``clause_bound=False``: "dijadwalkan tiba di ..., sekitar pukul 15.15" is a plan)."""
    near = clause(before)[:CHANGE_WINDOW]
    if near[:1] and near[0] in CHANGE_NEW_CUES or any(w in CHANGE_NEW_CUES for w in near[:3]):
        return NEW
    if near[:1] and near[0] in CHANGE_TO and any(w in CHANGE_FROM for w in near[1:]):
        return NEW
    if any(w in CHANGE_OLD_CUES for w in near[:4]):
        return OLD
    if near[:1] and near[0] in CHANGE_FROM and (any(w in CHANGE_VERBS for w in near) or
                                                 any(w in CHANGE_NEW_CUES | CHANGE_TO for w in clause(after))):
        return OLD
    window = (clause(before) if clause_bound else before)[:MODALITY_WINDOW + (0 if clause_bound else MODALITY_WINDOW)]
    if any(w in FORECAST_CUES for w in window):
        return FORECAST
    if any(w in ESTIMATE_CUES for w in window):
        return ESTIMATE
    return STATED


def stem_of(word: str) -> str:
    return stems(word)[0]
