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
from dataclasses import dataclass, field

from ..lang.id.quote_cues import (
    ACCORDING_TO, CLAUSE_OPENERS, OBJECT_CUES, CLAUSE_TAIL_JOINERS, DIRECT_SHARE, LABEL_CUES, MIN_CLAUSE_TOKENS,
    OPENER_WINDOW, PASSIVE_CUES, POST_CUES, PRE_CUES, PREPOSITIONS, PRONOUN_SUFFIX, QUOTE_PAIRS, THAT,
)
from ..model import Document, Entity, Quote
from .marks import Quoted, find_quoted, trim
from .speakers import Speaker, resolve, speaker_after, subject_before, words_in

_CLOSERS = set(QUOTE_PAIRS.values())
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’]?\s+(?=[“\"‘A-Z0-9])|\n\s*\n")
_SUBJECT_REACH = 3  # chars: a relayed speaker must open the previous clause ("bahwa Shoigu ...")
_CONTINUATION_GAP = 3  # a cue-less quotation continues the previous speaker within this many units


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
    units: list[Unit] = []
    for a, b in spans:
        if units and any(q.start < units[-1].end and q.end > units[-1].end for q in quoted):
            units[-1].end = max(units[-1].end, b)
        else:
            units.append(Unit(a, b))
    for u in units:
        u.quoted = [q for q in quoted if q.start >= u.start and q.end <= u.end + 1]
    return units


def find_cues(text: str, unit: Unit) -> list[Cue]:
    """The cue words of a unit, in order."""
    out, prev = [], ""
    for w, s, e in words_in(text, unit.start, unit.end):
        lw = w.lower()
        if any(q.inner_start <= s < q.inner_end for q in unit.quoted):
            continue  # a verb inside the quotation is part of the speech, not a cue
        if lw in PRE_CUES:
            out.append(Cue("pre", w, s, e))
        elif lw in POST_CUES and (prev in (",", ".") or prev in _CLOSERS):
            out.append(Cue("post", w, s, e))
        elif lw in PASSIVE_CUES:
            out.append(Cue("passive", w, s, e))
        elif lw in ACCORDING_TO:
            out.append(Cue("menurut", w, s, e))
        prev = w
    return out


def content_start(text: str, cue: Cue, end: int) -> int:
    """Where the reported clause begins after a pre cue: after "bahwa", a colon, or a leading comma."""
    ws = words_in(text, cue.end, end)[:OPENER_WINDOW]
    for k, (w, _, e) in enumerate(ws):
        if w.lower() == THAT or w == ":":
            return e
        if w in CLAUSE_OPENERS and (k == 0 or ws[0][0].lower() in PREPOSITIONS):
            return e
        if w in "“\"«":
            break
    return cue.end


def cut_tail(text: str, start: int, end: int) -> int:
    """Drop joiners ("dan", "sambil", ",") and punctuation at the end of a clause."""
    while True:
        ws = words_in(text, start, end)
        if not ws:
            return end
        w, s, _ = ws[-1]
        if w.lower() in CLAUSE_TAIL_JOINERS or w in ".;":
            end = s
        else:
            return end


def quoted_in(unit: Unit, start: int, end: int) -> list[Quoted]:
    return [q for q in unit.quoted if q.start >= start and q.end <= end + 1]


def clause_or_direct(text: str, unit: Unit, start: int, end: int, sp: Speaker, cue: str, label: bool,
                     after_opener: bool = True) -> list[Found]:
    """The quote(s) of a clause: direct when a quotation covers it, labels, or the clause (mixed/indirect)."""
    start, end = trim(text, start, end)
    inside = quoted_in(unit, start, end)
    if cue.lower() in OBJECT_CUES and not inside and not after_opener:
        return []  # "menyampaikan berita singkat": a noun phrase, not reported speech
    if label and inside:
        return [Found(q.inner_start, q.inner_end, sp, cue, True) for q in inside]
    if len(inside) == 1 and (inside[0].end - inside[0].start) >= DIRECT_SHARE * (end - start):
        q = inside[0]
        return [Found(q.inner_start, q.inner_end, sp, cue, True)]
    if label or (len(words_in(text, start, end)) < MIN_CLAUSE_TOKENS and not after_opener):
        return []
    return [Found(start, end, sp, cue, False)]


def before_post(text: str, unit: Unit, region_start: int, cue: Cue) -> tuple[int, int, bool]:
    """What a post cue reports: the quotation closing right before it, or the clause since region_start."""
    k = cue.start
    while k > region_start and (text[k - 1].isspace() or text[k - 1] == ","):
        k -= 1
    for q in unit.quoted:
        if q.end == k or (q.end == k - 1 and text[k - 1] in ",."):
            return q.inner_start, q.inner_end, True
    return region_start, k, False


def coordinated(prev: Found | None, text: str, entities: list[Entity]) -> Speaker | None:
    """The speaker of a cue with no subject of its own: the subject of the previous clause, else its speaker."""
    if prev is None:
        return None
    head = [e for e in entities if prev.text_start <= e.start < prev.text_start + 3 and e.type == "PER"]
    if head and not prev.direct:
        return Speaker(head[0].canonical or head[0].text, head[0].entity_id, head[0].text, start=head[0].start, type="PER")
    return prev.speaker


def pre_speaker(text: str, ents: list[Entity], region: int, cue: Cue, prev: Found | None) -> Speaker | None:
    """The subject of a pre cue; after an earlier cue only a name opening that cue's clause counts."""
    sp = subject_before(text, ents, region, cue.start)
    if prev is None or prev.direct:
        return sp
    opening = prev.text_start + _SUBJECT_REACH
    if sp is not None and sp.named and prev.text_start <= sp.start <= opening:
        return sp
    return coordinated(prev, text, ents)


def unit_quotes(doc: Document, unit: Unit) -> list[Found]:
    """All quotes of one unit."""
    text, ents = doc.text, doc.entities
    cues = find_cues(text, unit)
    out: list[Found] = []
    region, context = unit.start, None  # context: a speaker named by a passive cue
    last: Found | None = None  # the previous pre cue's clause, for coordinated cues
    for i, cue in enumerate(cues):
        nxt = cues[i + 1].start if i + 1 < len(cues) else unit.end
        lw = cue.word.lower()
        if cue.kind == "passive":
            context = speaker_after(text, ents, cue.end, nxt)
        elif cue.kind == "pre":
            sp = pre_speaker(text, ents, region, cue, last) or context
            if sp is None:
                region = cue.end
                continue
            if out and not out[-1].direct and out[-1].text_start <= sp.start < out[-1].text_end:
                out.pop()  # "X melaporkan Y menyatakan ...": Y is the speaker, X only relays
            end = cut_tail(text, cue.end, nxt)
            begin = content_start(text, cue, end)
            out += clause_or_direct(text, unit, begin, end, sp, cue.word, lw in LABEL_CUES, begin > cue.end)
            last = Found(begin, end, sp, cue.word, False)  # kept even when it yields no quote
        elif cue.kind == "post":
            sp = speaker_after(text, ents, cue.end, unit.end)
            if lw.endswith(PRONOUN_SUFFIX) and lw not in ("pungkas",):
                sp = Speaker(None, None, cue.word, start=cue.start, type="?PER")
            s, e, direct = before_post(text, unit, region, cue)
            if sp is not None:
                out += [Found(s, e, sp, cue.word, True)] if direct else clause_or_direct(text, unit, s, e, sp, cue.word, False)
        else:
            out += according_to(text, unit, ents, cue, region, nxt)
        region = cue.end if cue.kind != "post" else unit.end
    return out


def according_to(text: str, unit: Unit, ents: list[Entity], cue: Cue, region: int, nxt: int) -> list[Found]:
    """ "menurut X, ..." (source first) or "..., menurut X" (source last)."""
    comma = text.find(",", cue.end, nxt)
    opening = not text[region:cue.start].strip(" ,\n")
    if opening and comma > 0:
        sp = speaker_after(text, ents, cue.end, comma + 1)
        return clause_or_direct(text, unit, comma + 1, cut_tail(text, comma + 1, nxt), sp, cue.word, False) if sp else []
    sp = speaker_after(text, ents, cue.end, unit.end)
    if sp is None:
        return []
    s, e, direct = before_post(text, unit, region, cue)
    return [Found(s, e, sp, cue.word, True)] if direct else clause_or_direct(text, unit, s, e, sp, cue.word, False)


def continuations(doc: Document, units: list[Unit], found: dict[int, list[Found]]) -> None:
    """A quotation opening a unit with no cue continues the last direct speaker just before it."""
    last: tuple[int, Found] | None = None
    for ui, u in enumerate(units):
        if found.get(ui):
            last = (ui, found[ui][-1])
            continue
        starts = [q for q in u.quoted if not doc.text[u.start:q.start].strip()]
        if starts and last and last[1].direct and ui - last[0] <= _CONTINUATION_GAP:
            q = starts[0]
            found[ui] = [Found(q.inner_start, q.inner_end, last[1].speaker, last[1].cue, True)]
            last = (ui, found[ui][-1])


def to_quote(doc: Document, f: Found) -> Quote:
    sp = f.speaker
    return Quote(text=doc.text[f.text_start:f.text_end], speaker=sp.name, speaker_entity_id=sp.entity_id,
                 cue=f.cue, direct=f.direct, start=f.text_start, end=f.text_end,
                 speaker_text=sp.text, role=sp.role)


def extract_quotes(doc: Document) -> tuple[list[Quote], list[Quote]]:
    """(quotes with a named speaker, quotes whose speaker the text leaves unnamed)."""
    units = build_units(doc, find_quoted(doc.text))
    found = {ui: unit_quotes(doc, u) for ui, u in enumerate(units)}
    continuations(doc, units, found)
    history: list[Speaker] = []
    named, unnamed = [], []
    for ui in range(len(units)):
        for f in found.get(ui, []):
            f.speaker = resolve(f.speaker, history, doc.entities)
            (named if f.speaker.named else unnamed).append(to_quote(doc, f))
            if f.speaker.named:
                history.append(f.speaker)
    return named, unnamed
