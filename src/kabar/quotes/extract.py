"""Direct, mixed and indirect quotes with their speakers, by cue patterns.

A *unit* is a sentence, or several when a quotation runs across them. In each
unit the cues are read in order: a pre cue ("X mengatakan (bahwa) ...") takes
the clause after it up to the next cue; a post cue ('"...," kata X' or
'..., lapor X') takes the quotation or clause before it; "menurut X" works
both ways; a passive cue ("disampaikan X") names a speaker for the cues that
follow. A quotation covering most of a clause makes the quote direct; a
shorter one inside it makes it mixed (kept as the whole clause).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass, field

from ..lang.id.quote_cues import (
    ACCORDING_TO, ADVERBIAL_STARTS, CLAUSE_MARKERS, SUBORDINATORS, CLAUSE_OPENERS, CLAUSE_WINDOW, OBJECT_CUES, CLAUSE_TAIL_JOINERS,
    DIRECT_SHARE, LABEL_AS, LABEL_CUES, STATE_DESCRIPTORS, VERB_PREFIXES, MIN_CLAUSE_TOKENS, OPENER_WINDOW, PASSIVE_CUES, POST_CUES, PRE_CUES,
    CONNECTIVES, POINTER_PHRASES, POINTERS, PREPOSITIONS, PRONOUN_SUFFIX, QUOTE_PAIRS, RELATIVE, THAT, UNNAMED_SPEAKERS,
)
from ..model import Document, Quote
from .cast import Cast
from .marks import Quoted, find_quoted, trim
from .speakers import Speaker, first_words, from_cand, resolve, speaker_after, subject_before, words_in

_CLOSERS = set(QUOTE_PAIRS.values()) | {"“"}  # a swapped pair closes on the opening mark ('”Kami siap, “ ujarnya')
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’]?\s+(?=[“\"‘A-Z0-9])|\n\s*\n")
_SUBJECT_REACH = 3  # chars: a relayed speaker must open the previous clause ("bahwa Shoigu ...")
_CONTINUATION_GAP = 3  # a cue-less quotation continues the previous speaker within this many units
_ALL_CUES = PRE_CUES | POST_CUES | PASSIVE_CUES | ACCORDING_TO
_CUE_FORMS = _ALL_CUES | {w.capitalize() for w in _ALL_CUES} | {w.upper() for w in _ALL_CUES}  # as written
_TOKEN = re.compile(r"[\w’'-]+")  # a word as the cue scan reads it
_CLITIC_ROOTS = frozenset(w for w in POST_CUES | ACCORDING_TO if not w.endswith(PRONOUN_SUFFIX)) | {"pungkas"}
_INVERTED_SUBJECT = 60  # characters between a quotation and the cue after its speaker ('“...,” X menegaskan')
_TAIL_REACH = 60
_GLUED_SENTENCE_END = re.compile(r"(?<=[a-z])[.!?](?=[\"“]?[A-Z])")  # characters at the end of a clause read for joiners to drop
_LOOK_BACK = 24  # characters read before a cue for the word or mark before it


@dataclass
class Cue:
    kind: str  # pre | post | passive | menurut
    word: str
    start: int
    end: int


@dataclass
class Found:
    """A quote before speaker resolution."""
    text_start: int
    text_end: int
    speaker: Speaker
    cue: str
    direct: bool
    via: Speaker | None = None


@dataclass
class Unit:
    start: int
    end: int
    quoted: list[Quoted] = field(default_factory=list)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A plain splitter for documents that arrive without sentences."""
    out, s = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((s, m.start() + (1 if text[m.start():m.start() + 1] in _CLOSERS else 0)))
        s = m.end()
    out.append((s, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def build_units(doc: Document, quoted: list[Quoted]) -> list[Unit]:
    """Sentences merged where a quotation crosses them, each with its quotations."""
    spans = [(s.start, s.end) for s in doc.sentences] or split_sentences(doc.text)
    order = sorted(range(len(quoted)), key=lambda i: quoted[i].start)
    starts = [quoted[i].start for i in order]
    reach = list(accumulate((quoted[i].end for i in order), max))  # furthest end among the first k by start
    units: list[Unit] = []
    for a, b in spans:
        k = bisect_left(starts, units[-1].end) if units else 0  # quotations starting before the unit's end
        if units and k and reach[k - 1] > units[-1].end:  # one of them runs past it
            units[-1].end = max(units[-1].end, b)
        else:
            units.append(Unit(a, b))
    for u in units:
        inside = []
        for j in range(bisect_left(starts, u.start), bisect_right(starts, u.end + 1)):
            if quoted[order[j]].end <= u.end + 1:
                inside.append(order[j])
        u.quoted = [quoted[i] for i in sorted(inside)]
    return units


def find_cues(text: str, unit: Unit) -> list[Cue]:
    """The cue words of a unit, in order, each judged by the word or mark before it."""
    out: list[Cue] = []
    if _CUE_FORMS.isdisjoint(_TOKEN.findall(text, unit.start, unit.end)):
        return out  # no cue word at all (the words listed in C before any is looked at in Python)
    inner = [q.inner_start for q in unit.quoted]  # quotations are in order and never overlap
    for m in _TOKEN.finditer(text, unit.start, unit.end):
        w = m.group()
        if w not in _CUE_FORMS:
            continue
        lw = w.lower()
        s, e = m.start(), m.end()
        k = bisect_right(inner, s) - 1
        if k >= 0 and s < unit.quoted[k].inner_end:
            continue  # a verb inside the quotation is part of the speech, not a cue
        before = text[max(unit.start, s - _LOOK_BACK):s].rstrip()
        prev = before[-1:] if before and not before[-1].isalnum() else (_TOKEN.findall(before) or [""])[-1]
        if prev.lower() == RELATIVE and lw in PRE_CUES and not before[:-len(prev)].rstrip().endswith(","):
            continue  # "pernyataan Presiden yang menyatakan ...": a relative clause inside what is said
        if lw in PRE_CUES:
            out.append(Cue("pre", w, s, e))
        elif lw in POST_CUES and not before:
            out.append(Cue("menurut", w, s, e))  # "Kata Budi, ..." opens with its source
        elif lw in POST_CUES and (prev in (",", ".") or prev in _CLOSERS or prev.lower() in POINTERS):
            out.append(Cue("post", w, s, e))
        elif lw in PASSIVE_CUES:
            out.append(Cue("passive", w, s, e))
        elif lw in ACCORDING_TO:
            out.append(Cue("menurut", w, s, e))
    return out


def content_start(text: str, cue: Cue, end: int) -> int:
    """Where the reported clause begins after a pre cue: after "bahwa", a colon, or a leading comma."""
    ws = first_words(text, cue.end, end, OPENER_WINDOW)
    for k, (w, _, e) in enumerate(ws):
        if w.lower() == THAT or w == ":":
            return e
        if w in CLAUSE_OPENERS and (k == 0 or ws[0][0].lower() in PREPOSITIONS):
            return e
        if w in "“\"«":
            break
    return cue.end


def glued_end(text: str, start: int, end: int) -> int:
    """A sentence that ends with no space after it ('bersatu."Kita ...', 'dia.Jokowi') ends the clause."""
    m = _GLUED_SENTENCE_END.search(text, start, end)
    return m.start() if m else end


def cut_tail(text: str, start: int, end: int) -> int:
    """Drop joiners ("dan", "sambil", ",") and punctuation at the end of a clause."""
    while end > start:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and text[end - 1] in ",.;":
            end -= 1
            continue
        k = end
        while k > start and (text[k - 1].isalnum() or text[k - 1] in "’'-"):
            k -= 1
        if k == end or text[k:end].lower() not in CLAUSE_TAIL_JOINERS:
            return end
        end = k
    return end


def is_clause(text: str, start: int, end: int) -> bool:
    """Reported content that is a clause, not a noun phrase: an auxiliary, a modal or a negation after
    its subject ("bantuan ke Gaza akan lebih mengalir" vs "rasa terima kasih kepada ..."), or a
    subordinate clause opening it ("menyampaikan berdasarkan hasil rapat ...", "jika ...")."""
    ws = [w.lower() for w, _, _ in first_words(text, start, end, CLAUSE_WINDOW)]
    return bool(ws) and ws[0] in SUBORDINATORS or any(w in CLAUSE_MARKERS for w in ws[1:])


def quoted_in(unit: Unit, start: int, end: int) -> list[Quoted]:
    """The unit's quotations inside [start, end] (they are in order and never overlap: found by bisection)."""
    qs = unit.quoted
    lo = bisect_left(qs, start, key=lambda q: q.start)
    hi = bisect_right(qs, end + 1, lo=lo, key=lambda q: q.end)
    return qs[lo:hi]


def clause_or_direct(text: str, unit: Unit, start: int, end: int, sp: Speaker, cue: str, label: bool,
                     after_opener: bool = True) -> list[Found]:
    """The quote(s) of a clause: direct when a quotation covers it, labels, or the clause (mixed/indirect)."""
    start, end = trim(text, start, end)
    inside = quoted_in(unit, start, end)
    if cue.lower() in OBJECT_CUES and not inside and not after_opener and not is_clause(text, start, end):
        return []  # "menyampaikan berita singkat": a noun phrase, not reported speech
    if label and inside:
        return [Found(q.inner_start, q.inner_end, sp, cue, True) for q in inside]
    if len(inside) == 1 and (inside[0].end - inside[0].start) >= DIRECT_SHARE * (end - start):
        q = inside[0]
        return [Found(q.inner_start, q.inner_end, sp, cue, True)]
    if label and not reported_clause(text, start, end, after_opener):
        return []
    if len(first_words(text, start, end, MIN_CLAUSE_TOKENS)) < MIN_CLAUSE_TOKENS and not after_opener:
        return []
    return [Found(start, end, sp, cue, False)]


def reported_clause(text: str, start: int, end: int, after_opener: bool) -> bool:
    """After a label cue ("menyebut", "menuding"), a whole clause is reported speech ("menyebut pelaku
    sudah ditangkap", "menyebut Cina tercengang"); a name given something is not ("menyebut X sebagai Y")."""
    ws = [w.lower() for w, _, _ in first_words(text, start, end, CLAUSE_WINDOW)]
    if LABEL_AS in ws or len(ws) < MIN_CLAUSE_TOKENS:
        return False
    predicate = any(w.startswith(VERB_PREFIXES) and w not in STATE_DESCRIPTORS for w in ws[1:3])
    return after_opener or is_clause(text, start, end) or predicate


def before_post(text: str, unit: Unit, region_start: int, cue: Cue) -> tuple[int, int, bool]:
    """What a post cue reports: the quotation closing right before it, or the clause since region_start."""
    k = cue.start
    while k > region_start and (text[k - 1].isspace() or text[k - 1] == ","):
        k -= 1
    pointer = next((w for w in POINTERS if text[max(region_start, k - len(w)):k].lower() == w), None)
    if pointer is not None:  # '“...” Demikian kata X': the quotation before the pointer word
        k -= len(pointer)
        while k > region_start and text[k - 1].isspace():
            k -= 1
    for q in unit.quoted:
        if q.end == k or (q.end == k - 1 and text[k - 1] in ",."):
            return q.inner_start, q.inner_end, True
    return region_start, k, False


def coordinated(prev: Found | None, cast: Cast) -> Speaker | None:
    """The speaker of a cue with no subject of its own: the subject of the previous clause, else its speaker."""
    if prev is None:
        return None
    head = [c for c in cast.within(prev.text_start, prev.text_start + 3 + 200)
            if c.start < prev.text_start + 3 and c.type == "PER"]
    if head and not prev.direct:
        return from_cand(head[0])
    return prev.speaker


def pre_speaker(cast: Cast, region: int, cue: Cue, prev: Found | None) -> Speaker | None:
    """The subject of a pre cue; after an earlier cue only a name opening that cue's clause counts."""
    sp = subject_before(cast, region, cue.start)
    if prev is None or prev.direct:
        return sp
    opening = prev.text_start + _SUBJECT_REACH
    if sp is not None and sp.named and prev.text_start <= sp.start <= opening:
        return sp
    return coordinated(prev, cast)


def unit_quotes(cast: Cast, unit: Unit) -> list[Found]:
    """All quotes of one unit."""
    text = cast.text
    cues = find_cues(text, unit)
    out: list[Found] = []
    region, context = unit.start, None  # context: a speaker named by a passive cue
    last: Found | None = None  # the previous pre cue's clause, for coordinated cues
    for i, cue in enumerate(cues):
        nxt = cues[i + 1].start if i + 1 < len(cues) else unit.end
        lw = cue.word.lower()
        if cue.kind == "passive":
            context = speaker_after(cast, cue.end, nxt)[0]
        elif cue.kind == "pre":
            sp = pre_speaker(cast, region, cue, last) or context
            if sp is None:
                region = cue.end
                continue
            if out and not out[-1].direct and out[-1].text_start <= sp.start < out[-1].text_end:
                out.pop()  # "X melaporkan Y menyatakan ...": Y is the speaker, X only relays
            end = glued_end(text, cue.end, cut_tail(text, cue.end, nxt))
            begin = content_start(text, cue, end)
            q = inverted(text, unit, region, cue, begin, end)
            if q is not None:  # '“...,” Budi menegaskan.'
                out.append(Found(q.inner_start, q.inner_end, sp, cue.word, True))
                region = cue.end
                continue
            out += clause_or_direct(text, unit, begin, end, sp, cue.word, lw in LABEL_CUES, begin > cue.end)
            last = Found(begin, end, sp, cue.word, False)  # kept even when it yields no quote
        elif cue.kind == "post":
            found, after = post_quote(cast, unit, cue, region)
            out += found
            region = after  # what follows the speaker ('..." kata X. Y mengatakan ...') is new
            continue
        else:
            out += according_to(cast, unit, cue, region, strong_next(cast, cues, i, unit))
        region = cue.end
    return out


def inverted(text: str, unit: Unit, region: int, cue: Cue, begin: int, end: int) -> Quoted | None:
    """The quotation a pre cue reports when nothing follows the cue and the quotation closes just
    before its subject ('“Kami siap,” Budi Santoso menegaskan.')."""
    if len(text[begin:end].split(None, 1)) > 1:
        return None
    for q in reversed(unit.quoted):
        if region <= q.start and q.end <= cue.start:
            between = text[q.end:cue.start]
            return q if len(between) <= _INVERTED_SUBJECT and not any(c in between for c in ".!?“\"") else None
    return None


def clitic_speaker(cue: Cue) -> Speaker | None:
    """The pronoun a cue carries ("katanya", "menurutnya"), to be resolved to a name."""
    lw = cue.word.lower()
    if lw.endswith(PRONOUN_SUFFIX) and lw[:-len(PRONOUN_SUFFIX)] in _CLITIC_ROOTS:
        return Speaker(None, None, cue.word, start=cue.start, type="?PER")
    return None  # "tanya" is no "ta" + "-nya"


def post_quote(cast: Cast, unit: Unit, cue: Cue, region: int) -> tuple[list[Found], int]:
    """'"...," kata X' or '..., kata X': the quotation or the clause before a post cue; a cue set
    off by commas inside a sentence reports the whole sentence ("X, kata Jokowi, Y"). Also where
    the cue's speaker phrase (or that sentence) ends."""
    text = cast.text
    sp, after = speaker_after(cast, cue.end, unit.end)
    sp = clitic_speaker(cue) or sp
    if sp is None:
        return [], after
    s, e, direct = before_post(text, unit, region, cue)
    if direct:
        return [Found(s, e, sp, cue.word, True)], after
    whole = parenthetical_end(text, unit, cue.end if sp.type == "?PER" and sp.text == cue.word else after)
    return clause_or_direct(text, unit, s, whole or e, sp, cue.word, False), max(after, whole or 0)


def parenthetical_end(text: str, unit: Unit, after: int) -> int | None:
    """Where the sentence ends when a cue and its speaker are set off by commas inside it."""
    rest = text[after:unit.end]
    if not rest.lstrip().startswith(","):
        return None
    end = cut_tail(text, after, unit.end)
    body = first_words(text, after, end, 2 * MIN_CLAUSE_TOKENS)
    return end if len([w for w, _, _ in body if w[:1].isalnum()]) >= MIN_CLAUSE_TOKENS else None


def strong_next(cast: Cast, cues: list[Cue], i: int, unit: Unit) -> int:
    """Where the clause of cue i ends: at the next cue that brings its own speaker; a pre cue whose
    subject is a plain noun ("Menurut Hasan, surat tersebut juga menyebutkan ...") is inside it."""
    comma = cast.text.find(",", cues[i].end, unit.end)
    begin = comma + 1 if comma >= 0 else cues[i].end
    for cue in cues[i + 1:]:
        if cue.kind != "pre" or cue.start < begin or subject_before(cast, begin, cue.start) is not None:
            return cue.start
    return unit.end


def opening_position(text: str, region: int, cue: Cue) -> bool:
    """Whether a cue opens its clause: nothing but connectives before it ("Namun menurut dia, ...")."""
    words = (m.group().lower() for m in _TOKEN.finditer(text, region, cue.start))
    return all(w in ADVERBIAL_STARTS or w in CONNECTIVES for w in words)


def according_to(cast: Cast, unit: Unit, cue: Cue, region: int, nxt: int) -> list[Found]:
    """ "menurut X, ..." (source first) or "..., menurut X" (source last)."""
    text = cast.text
    if opening_position(text, region, cue) and text.find(",", cue.end, nxt) > 0:
        sp, end = speaker_after(cast, cue.end, nxt)
        sp = clitic_speaker(cue) or sp
        comma = text.find(",", cue.end if sp is not None and sp.text == cue.word else end, nxt)
        if sp is None or comma < 0:
            return []
        return clause_or_direct(text, unit, comma + 1, cut_tail(text, comma + 1, nxt), sp, cue.word, False)
    return post_quote(cast, unit, cue, region)[0]


def continuations(cast: Cast, units: list[Unit], found: dict[int, list[Found]]) -> None:
    """A quotation opening a unit with no cue continues the last speaker just before it,
    unless a unit between them brings someone else in ("Dalam video itu, warga berteriak"); a
    paragraph that is only a quotation, right before one whose quotation has a cue, is the same
    speaker's (a quotation running over paragraphs reopens each and closes only in the last)."""
    last: tuple[int, Found] | None = None
    for ui, u in enumerate(units):
        if found.get(ui):
            last = (ui, found[ui][-1])
            continue
        starts = opening_quotes(cast, u)
        if starts and last and ui - last[0] <= _CONTINUATION_GAP:
            if any(brings_someone(cast, units[k], last[1].speaker) for k in range(last[0] + 1, ui)):
                last = None
                continue
            q = starts[0]
            found[ui] = [Found(q.inner_start, q.inner_end, last[1].speaker, last[1].cue, True)]
            last = (ui, found[ui][-1])
    for ui in range(len(units) - 2, -1, -1):
        nxt = found.get(ui + 1)
        starts = opening_quotes(cast, units[ui])
        if not found.get(ui) and starts and nxt and nxt[0].direct and opening_quotes(cast, units[ui + 1]):
            if not cast.text[starts[-1].end:units[ui].end].strip(" .,\n"):
                found[ui] = [Found(q.inner_start, q.inner_end, nxt[0].speaker, nxt[0].cue, True) for q in starts]


def pointed_back(cast: Cast, units: list[Unit], found: dict[int, list[Found]]) -> None:
    """A paragraph that is only a quotation, followed by one opening with a pointer to it ("Hal itu
    disampaikan Budi ...", "Demikian kata Budi"), is that speaker's."""
    for ui in range(len(units) - 1):
        starts = opening_quotes(cast, units[ui])
        if found.get(ui) or not starts or cast.text[starts[-1].end:units[ui].end].strip(" .,\n"):
            continue
        hit = pointer_cue(cast, units[ui + 1])
        if hit is not None:
            cue, sp = hit
            found[ui] = [Found(q.inner_start, q.inner_end, sp, cue.word, True) for q in starts]


def pointer_cue(cast: Cast, unit: Unit) -> tuple[Cue, Speaker] | None:
    """The cue and speaker of a unit that opens by pointing back ("Hal itu disampaikan Budi")."""
    lows = [w.lower() for w, _, _ in first_words(cast.text, unit.start, unit.end, 3)]
    size = next((len(p) for p in POINTER_PHRASES if tuple(lows[:len(p)]) == p), 0)
    if not size:
        return None
    cues = [c for c in find_cues(cast.text, unit) if c.kind in ("passive", "post")]
    if not cues or len(first_words(cast.text, unit.start, cues[0].start, size + 2)) > size + 1:
        return None  # the cue must follow the pointer ("Hal itu disampaikan", "Demikian kata")
    sp = speaker_after(cast, cues[0].end, unit.end)[0]
    return (cues[0], sp) if sp is not None else None


def opening_quotes(cast: Cast, unit: Unit) -> list[Quoted]:
    """The quotations of a unit when one opens it."""
    if unit.quoted and not cast.text[unit.start:unit.quoted[0].start].strip():
        return unit.quoted
    return []


def brings_someone(cast: Cast, unit: Unit, speaker: Speaker) -> bool:
    """Whether a unit names a possible speaker other than ``speaker``, or an unnamed one ("warga")."""
    if any(c.name != speaker.name for c in cast.within(unit.start, unit.end)):
        return True
    return any(w.lower() in UNNAMED_SPEAKERS for w, _, _ in words_in(cast.text, unit.start, unit.end))


def to_quote(doc: Document, f: Found) -> Quote:
    sp = f.speaker
    return Quote(text=doc.text[f.text_start:f.text_end], speaker=sp.name, speaker_entity_id=sp.entity_id,
                 cue=f.cue, direct=f.direct, start=f.text_start, end=f.text_end,
                 speaker_text=sp.text, role=sp.role)


def extract_quotes(doc: Document) -> tuple[list[Quote], list[Quote]]:
    """(quotes with a named speaker, quotes whose speaker the text leaves unnamed)."""
    quoted = find_quoted(doc.text)
    cast = Cast(doc, quoted)
    units = build_units(doc, quoted)
    found = {ui: unit_quotes(cast, u) for ui, u in enumerate(units)}
    pointed_back(cast, units, found)
    continuations(cast, units, found)
    for ui in found:  # a one-word fragment ("Setuju?") is an answer or a label, not a statement
        found[ui] = [f for f in found[ui] if len(doc.text[f.text_start:f.text_end].split(None, 1)) > 1]
    cast.reported = [(f.text_start, f.text_end) for fs in found.values() for f in fs]
    named, unnamed = [], []
    for ui in range(len(units)):
        for f in found.get(ui, []):
            f.speaker = resolve(f.speaker, cast)
            (named if f.speaker.named else unnamed).append(to_quote(doc, f))
    return named, unnamed
