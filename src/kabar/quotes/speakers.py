"""Who is speaking: the subject before a cue, the name after a post cue, pronouns, anaphors.

A speaker is found as a span of ``doc.text`` by syntax (comma segments, the
words around the cue) and then mapped to the entity there, so titles and
aliases come out canonical ("Menteri Shoigu" -> the entity "Shoigu" ->
"Sergei Shoigu"). Without an entity the surface words are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id.quote_cues import (
    ADVERBIAL_STARTS, ANAPHOR_DEMONSTRATIVES, ANAPHOR_HEADS, PREPOSITIONS, PRONOUNS, RELAY_WORDS,
    SKIP_BEFORE_CUE, SPEAKER_TYPES, UNNAMED_DETERMINERS, UNNAMED_SPEAKERS,
)
from ..model import Entity

_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2, "NORP": 3}
_AFTER_WINDOW = 60  # characters after a post cue in which its speaker is named


@dataclass
class Speaker:
    """A resolved speaker: canonical name (None when unnamed), entity id, surface text, role."""
    name: str | None
    entity_id: str | None
    text: str | None
    role: str | None = None
    start: int = -1
    type: str | None = None

    @property
    def named(self) -> bool:
        return self.name is not None


def words_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words and symbols of text[start:end] with offsets."""
    return [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def entities_in(entities: list[Entity], start: int, end: int) -> list[Entity]:
    """Speaker-type entities lying inside [start, end)."""
    return [e for e in entities if e.start >= start and e.end <= end and e.type in SPEAKER_TYPES]


def from_entity(e: Entity, text: str | None = None) -> Speaker:
    return Speaker(e.canonical or e.text, e.entity_id, text or e.text, start=e.start, type=e.type)


def preceded_by_preposition(text: str, e: Entity, seg_start: int) -> bool:
    """Whether the entity is the object of a preposition inside its segment."""
    before = words_in(text, seg_start, e.start)
    return bool(before) and before[-1][0].lower() in PREPOSITIONS


def head_words(text: str, start: int, end: int) -> list[str]:
    """Lower-cased words of a segment, without leading determiners."""
    ws = [w.lower() for w, _, _ in words_in(text, start, end) if w.isalpha()]
    while ws and ws[0] in UNNAMED_DETERMINERS:
        ws = ws[1:]
    return ws


def unnamed(text: str, start: int, end: int) -> Speaker | None:
    """An unnamed speaker whose head noun starts the segment ("para analis", "media pemerintah")."""
    ws = head_words(text, start, end)
    if ws and ws[0] in UNNAMED_SPEAKERS:
        return Speaker(None, None, None, role=" ".join(words_in_text(text, start, end)), start=start)
    return None


def words_in_text(text: str, start: int, end: int) -> list[str]:
    return [w for w, _, _ in words_in(text, start, end)]


def segment_speaker(text: str, entities: list[Entity], start: int, end: int) -> Speaker | None:
    """The subject of one comma segment: a PER first, then an ORG/GPE heading it, else unnamed."""
    cands = [e for e in entities_in(entities, start, end) if not preceded_by_preposition(text, e, start)]
    generic = unnamed(text, start, end)
    pers = [e for e in cands if e.type == "PER"]
    if pers:
        return from_entity(pers[0])
    orgs = [e for e in cands if e.type == "ORG"]
    if orgs:
        return from_entity(orgs[0])
    if generic:
        return generic
    return from_entity(cands[0]) if cands else None


def comma_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated segments of text[start:end]."""
    out, s = [], start
    for i in range(start, end):
        if text[i] == ",":
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def is_adverbial(text: str, start: int, end: int) -> bool:
    ws = words_in_text(text, start, end)
    return bool(ws) and ws[0].lower() in ADVERBIAL_STARTS


def subject_before(text: str, entities: list[Entity], start: int, end: int) -> Speaker | None:
    """The speaker in the region before a pre cue: the first segment with a subject, named preferred."""
    found: Speaker | None = None
    for a, b in comma_segments(text, start, end):
        if is_adverbial(text, a, b):
            continue
        sp = segment_speaker(text, entities, a, b) or pronoun_or_anaphor(text, a, b)
        if sp is None:
            continue
        if sp.named or sp.type:
            return sp
        found = found or sp
    return found or surface_before(text, start, end)


def surface_before(text: str, start: int, end: int) -> Speaker | None:
    """Without an entity: the capitalised name right before the cue ("... Roland mengatakan")."""
    ws = words_in(text, start, end)
    while ws and ws[-1][0].lower() in SKIP_BEFORE_CUE:
        ws = ws[:-1]
    name = []
    for w, s, _ in reversed(ws):
        if not (w[:1].isupper() and w.isalpha()):
            break
        name.insert(0, (w, s))
    if not name or name[0][0].lower() in ADVERBIAL_STARTS:
        return None
    joined = " ".join(w for w, _ in name)
    return Speaker(joined, None, joined, start=name[0][1], type="PER")


def pronoun_or_anaphor(text: str, start: int, end: int) -> Speaker | None:
    """A pronoun ("ia") or an anaphoric phrase ("kantor berita itu") to resolve later."""
    ws = [w.lower() for w in words_in_text(text, start, end) if w.isalpha()]
    if not ws:
        return None
    if ws[0] in PRONOUNS:
        return Speaker(None, None, words_in_text(text, start, end)[0], start=start, type=f"?{PRONOUNS[ws[0]]}")
    for size in (2, 1):
        head = " ".join(ws[:size])
        if head in ANAPHOR_HEADS and len(ws) > size and ws[size] in ANAPHOR_DEMONSTRATIVES:
            surface = " ".join(words_in_text(text, start, end)[:size + 1])
            return Speaker(None, None, surface, start=start, type=f"?{ANAPHOR_HEADS[head]}")
    return None


def speaker_after(text: str, entities: list[Entity], start: int, limit: int) -> Speaker | None:
    """The speaker named right after a post cue ("kata Kim", "kata media Rusia mengutip Shoigu")."""
    end = min(limit, start + _AFTER_WINDOW)
    ws = words_in(text, start, end)
    stop = next((s for w, s, _ in ws if w in ",.;:" or w.lower() in ("dalam", "kepada", "saat", "ketika")), end)
    relay = next((e for w, s, e in ws if w.lower() in RELAY_WORDS and s < stop), None)
    if relay is not None:
        after = entities_in(entities, relay, end)
        if after:
            return from_entity(after[0])
    cands = sorted(entities_in(entities, start, stop), key=lambda e: (_TYPE_RANK.get(e.type, 9), e.start))
    if cands:
        return from_entity(cands[0])
    return pronoun_or_anaphor(text, start, stop) or unnamed(text, start, stop) or surface(text, start, stop)


def surface(text: str, start: int, end: int) -> Speaker | None:
    """A capitalised name with no entity behind it: keep its words as the speaker."""
    ws = [w for w, _, _ in words_in(text, start, end)]
    name = []
    for w in ws:
        if not w[:1].isupper():
            break
        name.append(w)
    if not name:
        return None
    joined = " ".join(name)
    return Speaker(joined, None, joined, start=start, type="PER")


def resolve(sp: Speaker, history: list[Speaker], entities: list[Entity]) -> Speaker:
    """Give a pronoun or anaphor the most recent compatible named speaker or entity before it."""
    if sp.named or not (sp.type or "").startswith("?"):
        return sp
    want = sp.type[1:]
    for prev in reversed(history):
        if prev.named and prev.start < sp.start and (want == "ANY" or prev.type == want):
            return Speaker(prev.name, prev.entity_id, sp.text, start=sp.start, type=prev.type)
    for e in sorted(entities, key=lambda e: e.start, reverse=True):
        if e.end <= sp.start and (want == "ANY" or e.type == want) and e.type in SPEAKER_TYPES:
            return from_entity(e, sp.text)
    return Speaker(None, None, sp.text, role=sp.text, start=sp.start)
