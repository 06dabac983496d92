"""Which claims are about the same thing, and what their values say together: the verdicts.

Two counts are about one figure when they count the same thing (class of the
counted noun, or the same measure), in the same state (dead, injured ...), for
compatible parties and places, in the same years, said the same way (a
forecast is never compared with a fact), and either belong to the same named
party or are told in similar words (context overlap weighted by how rare a
word is in the story). Claims join a group only when they fit every member,
so groups do not chain.

A group's verdict:

* **agree**: its values overlap (each as precise as written, hedges as said);
* **change**: the text itself states an old and a new value ("semula 6,5
  tahun, kini 20 tahun", "naik dari ... menjadi ...");
* **update**: a rolling count (dead, missing, evacuated ...) given at
  different times, each later value superseding the one before;
* **disagree**: the same thing at the same time with values that do not meet,
  close enough to be one count told differently (see MAX_RATIO).

Anything less certain is not called a disagreement: its values are shown as
separate figures.
"""
from __future__ import annotations

import math

from ..lang.id.claims import GENERIC_UNITS, HEAD_MATCH, ONE_PER_HAPPENING, OUTCOME_STATES, PERSON_CLASSES, SCALE_SLIP, RISING_CUES, ROLLING_STATES, ROLLING_THINGS, SUBSTITUTE_TERM, UPDATE_CUES, VARYING_WORDS
from ..stories.features import content_stems
from .context import same_people
from .model import AGREE, CHANGE, COUNT, DISAGREE, FORECAST, NEW, OLD, TERM, UPDATE, Claim, time_key

SAME_CONTEXT = 0.15  # weighted overlap of two claims' clauses from which they speak of one thing (docs/claims.md)
SAME_SENTENCE = 0.45  # ... or of their whole sentences (one fact retold, its clause cut differently)
DISAGREE_CONTEXT = 0.2  # ... and from which two different values of it are a disagreement
MAX_RATIO = 1.6  # exact values further apart than this count different things, not one told differently
MAX_VALUES = 2  # different values of one figure from which it is more likely several things or a moving count
SMALL_GAP = 1  # ... but exact counts this close are one count told differently however small ("1 tewas", "2 tewas")
LONG_WORD = 5  # letters from which a word whose stem is a function word still names a measure
ROLLING_DAYS = 7  # days apart from which two dated counts of a rolling figure are of two happenings
VAGUE_RATIO = 20  # a vague value ("jutaan") is compared with others up to this far


def stems_of(text: str) -> list[str]:
    return list(content_stems(text))


def context_similarity(a: Claim, b: Claim, weights: dict[str, float]) -> float:
    """Weighted Dice overlap of the stems of two claims' clauses (0..1)."""
    return _dice(a.topic, b.topic, weights)


def sentence_similarity(a: Claim, b: Claim, weights: dict[str, float]) -> float:
    """Weighted Dice overlap of the stems of two claims' whole sentences: an outcome of the story (the dead,
    the missing) told in two sentences about one happening ("18 warga tewas tertimbun longsor di Desa X",
    "longsor di Desa X ... mengakibatkan 16 warga meninggal dunia")."""
    return _dice(frozenset(a.sent.stems), frozenset(b.sent.stems), weights)


def _dice(ta: frozenset[str], tb: frozenset[str], weights: dict[str, float]) -> float:
    """Dice overlap of two stem sets, each stem weighted by its rarity in the story (unseen: the rarest)."""
    if not ta or not tb:
        return 0.0
    rare = max(weights.values(), default=1.0)
    total = sum(weights.get(t, rare) for t in ta) + sum(weights.get(t, rare) for t in tb)
    return 2 * sum(weights.get(t, rare) for t in ta & tb) / total if total else 0.0


def comparable(a: Claim, b: Claim) -> bool:
    """Whether two claims may be about one figure at all (value aside)."""
    return same_measure(a, b) and same_scope(a, b)


def same_measure(a: Claim, b: Claim) -> bool:
    """The same kind of thing in the same state, said the same way, at one time."""
    if a.kind != b.kind or a.kind not in (COUNT, TERM):
        return False
    if thing_class(a) != thing_class(b) or a.state != b.state or a.qualifiers != b.qualifiers:
        return False
    if (a.modality == FORECAST) != (b.modality == FORECAST):
        return False
    if a.years and b.years and (a.years[1] < b.years[0] or b.years[1] < a.years[0]):
        return False
    return same_time(a, b)


def thing_class(c: Claim) -> str:
    """What a count counts, for comparing: persons of any kind in a state of the story's outcome are one
    toll ("22 orang meninggal dunia" and "11 pendaki meninggal" count the dead, whoever they were)."""
    if c.state in OUTCOME_STATES and c.thing in PERSON_CLASSES:
        return "orang"
    return c.thing


def same_scope(a: Claim, b: Claim) -> bool:
    """No other place, person or party: the values could be of one figure."""
    if a.places and b.places and not a.places & b.places:
        return False  # another place: a different scope
    if a.parties and b.parties and not shared_people(a, b):
        return False  # another person's match, case or sentence
    return _same_owner(a, b) and _same_owner(b, a)


def other_scope(a: Claim, b: Claim, weights: dict[str, float]) -> bool:
    """The same measure, told alike, of another place, person or party: a different scope, not a conflict."""
    return (a.home and b.home and same_measure(a, b) and not same_scope(a, b) and not a.overlaps(b)
            and (not a.measure or _same_head(a, b)) and context_similarity(a, b, weights) >= SAME_CONTEXT)


def shared_people(a: Claim, b: Claim) -> bool:
    """Whether two claims name a person in common: one entity, or the same people named more or less fully
    ("Andi-Budi" and "Andi Wijaya ... Budi Santoso")."""
    return bool(a.parties & b.parties) or same_people(a.party_names, b.party_names)


def _same_owner(a: Claim, b: Claim) -> bool:
    """An owned figure matches one with the same owner, or an unowned one whose sentence names it."""
    if a.owner is None:
        return True
    return b.owner == a.owner or (b.owner is None and a.owner in b.sent.entities)


def same_figure(a: Claim, b: Claim, weights: dict[str, float]) -> bool:
    """Whether two comparable claims speak of one figure: one named owner, or similar words."""
    if not comparable(a, b):
        return False
    if is_measure(a) and not _same_head(a, b):
        return False  # "tarif impor 32 persen" and "inflasi 5 persen" measure different things
    if a.doc.id == b.doc.id and not a.overlaps(b):
        # one article giving two values counts two things, unless it states a change or writes one named
        # measure with two scale words ("Rp300 triliun" ... "ratusan miliar")
        return _change_pair(a, b) or scale_slip(a, b) and _head_match(a, b)
    if a.owner and a.owner == b.owner or _head_match(a, b) or (a.home and b.home and (
            a.state or a.thing.lower() in ONE_PER_HAPPENING or a.kind == TERM and shared_people(a, b)
            or sole_count(a, b))):
        return True  # one party's figure, one named measure, one outcome (dead, missing ...) of the story
    if a.home != b.home:
        return False  # another story of the storyline: another happening, unless one named party's figure
    return context_similarity(a, b, weights) >= SAME_CONTEXT or sentence_similarity(a, b, weights) >= SAME_SENTENCE


def same_time(a: Claim, b: Claim) -> bool:
    """Whether two claims may hold at one time: the times their sentences name meet (or one names none);
    a measure (a price, a rate, a height) named with no time holds on the day it was published."""
    if a.periods and b.periods:
        slack = ROLLING_DAYS if _rolls(a) and _rolls(b) else 0
        return any(x0 <= y1 + slack and y0 <= x1 + slack for x0, x1 in a.periods for y0, y1 in b.periods)
    if (_varying(a) or _varying(b)) and a.as_of and b.as_of:
        return a.as_of[:10] == b.as_of[:10]
    return True


def _rolls(c: Claim) -> bool:
    """A count that rolls as things unfold (the dead, the missing ...): the days its sentences name are
    when it was counted, and counts a few days apart are one figure moving (an update), not two."""
    return c.state in ROLLING_STATES or c.thing in ROLLING_THINGS


def _varying(c: Claim) -> bool:
    """A price, rate or index: it moves from day to day (said so in the words of its clause before it:
    "harga beras Rp 14.900", not "impor 1 juta ton untuk menahan kenaikan harga"; or a sum per unit)."""
    return c.measure and bool(set(c.extra.get("head", ())) & VARYING_WORDS or c.extra.get("per_unit"))


def is_measure(c: Claim) -> bool:
    """A money, percent or physical measure: the unit says nothing of what it measures."""
    return c.measure


def _same_head(a: Claim, b: Claim) -> bool:
    """Whether the words just before two measures (what they measure) share a stem."""
    return bool(_head(a) & _head(b))


def _head_match(a: Claim, b: Claim) -> bool:
    """Two measures named by the same words ("impor beras" / "beras impor"): one thing measured."""
    return a.measure and len(_head(a) & _head(b)) >= HEAD_MATCH


def _head(c: Claim) -> frozenset[str]:
    """The stems of the words just before a measure; a long word whose stem is a function word stands as
    written ("kedalaman" -> "dalam" still names the measure)."""
    out = set()
    for w in c.topic_text.split():
        out.update(stems_of(w) or ([w] if w.isalpha() and len(w) > LONG_WORD else []))
    return frozenset(out)


def scale_slip(a: Claim, b: Claim) -> bool:
    """Two values SCALE_SLIP times apart (one meets the other times SCALE_SLIP): a scale word slipped."""
    small, big = sorted((a, b), key=lambda c: c.lo)
    return small.lo * SCALE_SLIP <= big.hi and big.lo <= small.hi * SCALE_SLIP and not small.overlaps(big)


def _change_pair(a: Claim, b: Claim) -> bool:
    """One article's old and new value of a change it states (one of them marked as such)."""
    return bool({a.modality, b.modality} & {OLD, NEW}) and a.modality != b.modality


def group(claims: list[Claim], weights: dict[str, float]) -> list[list[Claim]]:
    """Groups of claims of one figure, built from the best-matched pairs first (agglomerative).

    Every pair that may be one figure (or one article's repeat of a value) is ranked by how alike it is
    (:func:`_pair_rank`); taking pairs best first, two groups merge when every claim of one fits every
    claim of the other. So a claim goes to its best match wherever it stands in the input, and groups do not
    chain: "1 juta ton" finds the other article's "1 juta ton" before that article's "2,6 juta ton" of
    another period can claim it.
    """
    links = _links(claims, weights)
    home = list(range(len(claims)))  # claim index -> index of its group's first claim
    members = {i: [i] for i in range(len(claims))}
    ranked = sorted(((figure, _pair_rank(claims[i], claims[j], weights), i, j) for (i, j), figure in links.items()),
                    key=lambda p: (p[0], p[1], -p[2], -p[3]), reverse=True)
    for _, _, i, j in ranked:
        a, b = home[i], home[j]
        if a == b or not all((min(x, y), max(x, y)) in links for x in members[a] for y in members[b]):
            continue
        first, second = min(a, b), max(a, b)
        for k in members[second]:
            home[k] = first
        members[first] = sorted(members[first] + members.pop(second))
    return _slips_joined([[claims[k] for k in members[i]] for i in sorted(members)])


def _links(claims: list[Claim], weights: dict[str, float]) -> dict[tuple[int, int], bool]:
    """(i, j), i < j, of every pair of claims that may stand in one group -> whether they are one figure
    (True) or only one article's repeat of one value (False; such pairs are joined last, so that a lead's
    loose repeat never keeps its article's figure from the others'). Only claims of one measure are paired
    (same kind, thing, state, qualifiers and modality class)."""
    buckets: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        buckets.setdefault((c.kind, thing_class(c), c.state, c.qualifiers, c.modality == FORECAST), []).append(i)
    out = {}
    for idx in buckets.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if same_figure(claims[i], claims[j], weights):
                    out[i, j] = True
                elif _echo(claims[i], claims[j]):
                    out[i, j] = False
    return out


def _pair_rank(a: Claim, b: Claim, weights: dict[str, float]) -> tuple[float, float, float]:
    """How alike two claims are: values that meet within bounds first ("lebih dari 5.000" meets any larger
    value, which says little), then the words of their clauses, then of their sentences."""
    return (float(_meet_closely(a, b)), round(context_similarity(a, b, weights), 6),
            round(sentence_similarity(a, b, weights), 6))


def _meet_closely(a: Claim, b: Claim) -> bool:
    """Two values that meet, neither open at an end."""
    return a.overlaps(b) and all(c.lo > 0 and math.isfinite(c.hi) for c in (a, b))


def _slips_joined(groups: list[list[Claim]]) -> list[list[Claim]]:
    """A lone value that its own article also writes with another scale word ("ratusan miliar" beside
    "Rp300 triliun", one named measure) joins the figure of that other statement."""
    out = []
    for g in groups:
        c = g[0]
        home = None if len(g) > 1 else next(
            (h for h in groups if len(h) > 1 and any(o.doc.id == c.doc.id and comparable(c, o) and scale_slip(c, o)
                                                     and _head_match(c, o) for o in h)), None)
        if home is None:
            out.append(g)
        else:
            home.append(c)
    return out


def _echo(a: Claim, b: Claim) -> bool:
    """The same value of the same thing said again in one article (a lead and its body)."""
    return a.doc.id == b.doc.id and comparable(a, b) and a.overlaps(b)


def values(g: list[Claim]) -> list[list[Claim]]:
    """A group's claims by distinct value (values that meet are one)."""
    out: list[list[Claim]] = []
    for c in g:
        same = next((v for v in out if all(c.overlaps(o) for o in v)), None)
        if same is None:
            out.append([c])
        else:
            same.append(c)
    return out


def judge(g: list[Claim], weights: dict[str, float]) -> list[tuple[str | None, list[Claim]]]:
    """(verdict, claims) for a group: its verdict, or for a rolling count whose progression holds but for one
    day given two values, the progression (one value a day) as an update and that day's values as a
    disagreement ("12 per BNPB, 13 per the command post, both on 22 May")."""
    found = verdict(g, weights)
    if found is not None or not rolling(g):
        return [(found, g)] if found is not None else _earlier_aside(g, weights)
    days: dict[str, list[Claim]] = {}
    for c in g:
        days.setdefault((c.as_of or "")[:10], []).append(c)
    torn = [d for d, cs in days.items() if len(values(cs)) == 2 and not _in_time_order(cs)]
    if len(torn) != 1 or "" in days:
        return _earlier_aside(g, weights)
    clash = days[torn[0]]
    rest = [c for c in g if c not in clash] + values(clash)[0][:1]
    if len(values(rest)) > 1 and _in_time_order(rest) and _disagreement(values(clash), weights):
        return [(UPDATE, rest), (DISAGREE, clash)]
    return _earlier_aside(g, weights)


def _earlier_aside(g: list[Claim], weights: dict[str, float]) -> list[tuple[str | None, list[Claim]]]:
    """A group whose values differ with nothing to say, but where an article states a change of it (its old
    value beside its new one): the new values of all the articles, compared without the old ones ("bertambah
    menjadi 64 ... sebelumnya 20" against another outlet's 62 is a disagreement of 64 and 62)."""
    changed = {c.doc.id for c in g if c.modality == NEW}
    old = [c for c in g if c.doc.id in changed and c.modality != NEW]
    rest = [c for c in g if all(c is not o for o in old)]
    if not old or len({c.doc.id for c in rest}) < 2 or verdict(rest, weights) != DISAGREE:
        return [(None, g)]
    return [(DISAGREE, rest), (None, old)]


def verdict(g: list[Claim], weights: dict[str, float]) -> str | None:
    """The verdict of a group, or None when its values differ and nothing says how."""
    vals = values(g)
    if len(vals) == 1:
        return AGREE
    if any(c.modality in (OLD, NEW) for c in g) and _change_ordered(vals):
        return CHANGE
    if len(vals) == 2 and _slip_of_the_pen(vals[0][0], vals[1][0]) and _disagreement(vals, weights):
        return DISAGREE  # "2.465" against "2.456": a transposed digit, whatever the times
    if rolling(g):
        if _in_time_order(g) or _superseding(vals):
            return UPDATE
        if _told_when(vals) or _dated_apart(vals):  # each value of its own time, in no order: nothing to say
            return None
    if _disagreement(vals, weights):
        return DISAGREE
    return None


def _superseding(vals: list[list[Claim]]) -> bool:
    """Two values of a rolling count, one of them (only) told as the latest ("bertambah menjadi 30", "data
    terbaru"): it supersedes the other, unless both are said to hold at one time ("hingga Selasa malam")."""
    if len(vals) != 2 or sum(any(updated(c) for c in v) for v in vals) != 1:
        return False
    new, old = sorted(vals, key=lambda v: not any(updated(c) for c in v))
    if any(rose(c) for c in new) and new[0].lo < old[0].lo:
        return False  # told as risen, yet below the other: not a later count of it
    told = [{c.as_of for c in v if c.as_of_text} for v in vals]
    return not (all(told) and told[0] & told[1])


def updated(c: Claim) -> bool:
    """Whether a claim's sentence, up to the value, tells it as the latest count of a series."""
    return bool(set(_words(c.doc.text[c.sent.start:c.start])) & UPDATE_CUES)


def rose(c: Claim) -> bool:
    """Whether a claim's sentence, up to the value, tells the count as risen ("bertambah menjadi")."""
    return bool(set(_words(c.doc.text[c.sent.start:c.start])) & RISING_CUES)


def _words(text: str) -> list[str]:
    return text.lower().replace(",", " ").replace(".", " ").split()


def _both_told(vals: list[list[Claim]]) -> bool:
    """Whether one article states both values (of whatever): then they are two things it tells apart
    ("62 orang dan penumpang sebanyak 56 orang"), and another article's loose word is no conflict."""
    if any(c.extra.get("inclusive") for v in vals for c in v):
        return False  # "56 penumpang, termasuk kru" is told as the total, not loosely
    docs = {c.doc.id: c.doc for v in vals for c in v}.values()
    for i, a in enumerate(vals):
        for b in vals[i + 1:]:
            pair = {_number(a[0].value), _number(b[0].value)}
            for doc in docs:
                told = {_number(q.value) for q in doc.quantities}
                as_this = {_number(c.value) for v in vals for c in v if c.doc.id == doc.id}
                if pair <= told and not pair <= as_this:  # the article states both, not both as this figure
                    return True
    return False


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def mark_sole(claims: list[Claim]) -> None:
    """Mark each count whose article gives no other value of its thing in its state (the one toll an
    article states): two articles of one story each giving their one toll of the dead give one figure."""
    values: dict[tuple, list[Claim]] = {}
    for c in claims:
        values.setdefault((c.doc.id, c.kind, thing_class(c), c.state), []).append(c)
    for same in values.values():
        for c in same:
            c.extra["sole"] = all(c.overlaps(o) for o in same)


def _sole(c: Claim) -> bool:
    return bool(c.extra.get("sole"))


def sole_count(a: Claim, b: Claim) -> bool:
    """Two articles of the story each counting one named kind of thing once ("70 pendaki", "75 pendaki";
    not a generic "orang" or "unit", nor a measure), or each giving one substitute term for an unpaid sum
    ("subsider 6 bulan kurungan", "enam bulan penjara lagi jika tak bisa membayar"): each article's one
    count of it is one figure."""
    if a.kind == b.kind == TERM:
        return a.thing == b.thing == SUBSTITUTE_TERM and _sole(a) and _sole(b)
    return (a.kind == b.kind == COUNT and not a.measure and _sole(a) and _sole(b)
            and thing_class(a) not in GENERIC_UNITS and thing_class(a) == thing_class(b))


def _slip_of_the_pen(a: Claim, b: Claim) -> bool:
    """Two exact whole numbers of four digits or more written with the same digits in another order."""
    if not (a.exact and b.exact) or a.kind != b.kind or a.lo == b.lo:
        return False
    da, db = (str(int(x.lo)) if float(x.lo).is_integer() else "" for x in (a, b))
    return len(da) >= 4 and sorted(da) == sorted(db)


def close_counts(a: Claim, b: Claim) -> bool:
    """Two exact counts (not measures) at most SMALL_GAP apart: a small toll told as 1 and as 3 is one count
    told differently, though their ratio is large."""
    return (a.exact and b.exact and not a.measure and not b.measure and a.lo > 0 and b.lo > 0
            and abs(a.lo - b.lo) <= SMALL_GAP)


def _two_sources(a: Claim, b: Claim) -> bool:
    """Two outlets, or one article quoting two issuers ("13 per the command post, 12 per BNPB"), or one
    article writing one named measure with two scale words."""
    return a.doc.id != b.doc.id or a.issuer != b.issuer or scale_slip(a, b) and _head_match(a, b)


def _change_ordered(vals: list[list[Claim]]) -> bool:
    """Every value is either only an old or only a new one, and the change has both (of two values, one
    marked new or old makes the other the other: "M6,2 ... dimutakhirkan menjadi M6,1")."""
    marks = [{c.modality for c in v} & {OLD, NEW} for v in vals]
    if any(len(m) > 1 for m in marks):
        return False
    if len(vals) == 2 and sum(1 for m in marks if m) == 1:
        return bool({c.doc.id for c in vals[0]} & {c.doc.id for c in vals[1]})  # one text states both
    return {OLD, NEW} <= set().union(*marks)


def _told_when(vals: list[list[Claim]]) -> bool:
    """Whether the sentences of different values each name their own, different times."""
    times = [{c.as_of for c in v if c.as_of_text} for v in vals]
    return all(times) and not set.intersection(*times)


def _dated_apart(vals: list[list[Claim]]) -> bool:
    """Whether each value's sentences name days, and no day is shared ("7 tewas ... Senin", "11 meninggal ...
    Selasa", both published on Tuesday): counts of two days, whichever is the later count."""
    days = [{p for c in v for p in c.periods if p[0] == p[1]} for v in vals]
    return all(days) and not set.intersection(*days)


def rolling(g: list[Claim]) -> bool:
    """A count that rolls as things unfold: a rolling state or thing, or one said to hold "hingga" a time."""
    return _rolls(g[0]) or any(c.as_of_text for c in g)


def _in_time_order(g: list[Claim]) -> bool:
    """Every claim dated, one value per time, and the values moving one way as time goes on (a toll rising,
    the missing falling): each later count supersedes the one before."""
    if any(not c.as_of for c in g):
        return False
    points = sorted(g, key=lambda c: time_key(c.as_of))
    steps = []
    for a, b in zip(points, points[1:]):
        if a.overlaps(b):
            continue
        if a.as_of == b.as_of or (a.as_of[:10] == b.as_of[:10] and min(len(a.as_of), len(b.as_of)) == 10):
            return False  # two values for one time (a day is no later than its own noon): no update
        steps.append(b.lo - a.lo)
    return bool(steps) and (all(s > 0 for s in steps) or all(s < 0 for s in steps))


def _disagreement(vals: list[list[Claim]], weights: dict[str, float]) -> bool:
    """Two values close enough, and told in similar enough words, to be one figure told differently (three
    or more different values of one thing are more likely several things, or a count still moving)."""
    if not 2 <= len(vals) <= MAX_VALUES or _both_told(vals):
        return False
    for i, a_claims in enumerate(vals):
        for b_claims in vals[i + 1:]:
            a, b = a_claims[0], b_claims[0]
            limit = VAGUE_RATIO if "vague" in (a.hedge, b.hedge) else MAX_RATIO
            slipped = any(scale_slip(x, y) and _head_match(x, y) for x in a_claims for y in b_claims)
            if (a.ratio(b) > limit or math.isinf(a.ratio(b))) and not slipped and not close_counts(a, b):
                return False
            if not any(x.owner and x.owner == y.owner or _head_match(x, y)
                       or context_similarity(x, y, weights) >= DISAGREE_CONTEXT
                       or x.state and sentence_similarity(x, y, weights) >= DISAGREE_CONTEXT
                       or x.kind == TERM and x.home and y.home and shared_people(x, y)
                       or x.state and _sole(x) and _sole(y) and x.home and y.home
                       or x.home and y.home and sole_count(x, y)
                       for x in a_claims for y in b_claims if _two_sources(x, y)):
                return False
    return True
