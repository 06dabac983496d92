"""Actor and target of a trigger: parties (entities) around it, with voice and group heads handled."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..entities.gazetteer import load as load_gazetteer
from ..lang.id import event_triggers as lex
from ..model import Entity
from ..text.tokens import Token
from .triggers import Match

# Entity types that can act or be acted on; LOC and EVENT only serve as places.
PARTY_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
# Event types where a state leader acts for the state (armies move on a state's orders).
STATE_ACTION_TYPES = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "RETREAT"})
LEADER_LOOKAHEAD = 6  # tokens after "Name ," searched for "(mantan) Presiden X"


@dataclass(frozen=True)
class Party:
    first: int  # token indices (inclusive) inside the sentence
    last: int
    entity: Entity


def parties_in(tokens: list[Token], entities: list[Entity]) -> list[Party]:
    """Entities of one sentence as token spans, in order."""
    out = []
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]  # tokens are in order, disjoint
    for ent in entities:
        first, last = bisect_right(ends, ent.start), bisect_left(starts, ent.end) - 1  # tokens overlapping it
        if first <= last:
            out.append(Party(first, last, ent))
    return out


def state_of(name: str) -> str:
    """A capital's state for a capital used as a party ("Pyongyang" → "Korea Utara")."""
    entry = load_gazetteer().canonical_of(name)
    return entry.state if entry is not None and entry.state else name


def leaders_in(words: list[str], parties: list[Party]) -> dict[str, str]:
    """Persons the sentence presents as a state's leader: "Presiden China Xi Jinping", "Mao, mantan Presiden RRT"."""
    found = {}
    for a, b in zip(parties, parties[1:]):
        if a.entity.type == "GPE" and b.entity.type == "PER" and b.first == a.last + 1 \
                and _titled(words[max(0, a.first - 3):a.first]):
            found[b.entity.canonical] = state_of(a.entity.canonical)
        if a.entity.type == "PER" and b.entity.type == "GPE" and a.last + 1 < len(words) \
                and words[a.last + 1] == "," and b.first - a.last <= LEADER_LOOKAHEAD \
                and _titled(words[a.last + 1:b.first]):
            found[a.entity.canonical] = state_of(b.entity.canonical)
    return found


def _titled(words: list[str]) -> bool:
    """Whether a leader title is among ``words``."""
    return any(w in lex.LEADER_TITLES for w in words)


def clause_start(words: list[str], before: int) -> int:
    """Index of the first word of the clause that contains position ``before``."""
    for i in range(before - 1, -1, -1):
        if words[i] in lex.CLAUSE_BREAKS:
            return i + 1
    return 0


def _clause_end(words: list[str], after: int, breaks: frozenset[str]) -> int:
    """Index one past the last word of the object side that starts at ``after``."""
    for i in range(after, len(words)):
        if words[i] in breaks:
            return i
    return len(words)


def aside_spans(words: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans between a pair of dashes: a parenthetical that holds no subject."""
    dashes = [i for i in range(lo, hi) if words[i] in lex.ASIDE_DASHES]
    return [(a, b) for a, b in zip(dashes[::2], dashes[1::2])]


def subject(words: list[str], parties: list[Party], trig: Match) -> Party | None:
    """The party in subject position before the trigger, preferring a group's head ("delegasi Rusia")."""
    lo = clause_start(words, trig.first)
    asides = aside_spans(words, lo, trig.first)
    cands = [p for p in parties if p.first >= lo and p.last < trig.first and p.entity.type in PARTY_TYPES
             and not any(a < p.first < b for a, b in asides)]
    cands = [p for p in cands if not _in_relative_clause(words, cands, p)]
    free = [p for p in cands if p.first == 0 or words[p.first - 1] not in lex.NOT_SUBJECT_AFTER]
    return free[-1] if free else None


def _in_relative_clause(words: list[str], cands: list[Party], p: Party) -> bool:
    """Whether "yang" separates ``p`` from an earlier party: "delegasi Rusia yang dipimpin oleh Shoigu tiba"."""
    return any(q.last < p.first and "yang" in words[q.last + 1:p.first] for q in cands)


def obj(words: list[str], parties: list[Party], trig: Match) -> Party | None:
    """The first party after the trigger, on the object side; for a movement, the destination state."""
    hi = _clause_end(words, trig.last + 1, lex.OBJECT_BREAKS)
    types = PLACE_TYPES if trig.frame == lex.DEST else PARTY_TYPES
    if hi < len(words) and words[hi] == "," and _party_at(parties, hi + 1) is not None:
        hi = _party_at(parties, hi + 1).last + 1  # an apposition: "sekutunya, Korea Utara"
    for p in parties:
        if trig.last < p.first < hi and p.entity.type in types:
            if trig.frame != lex.DEST and words[p.first - 1] in lex.DESTINATION_MARKERS:
                continue  # "menyita uang di Kendari": a place, not the one acted on
            if trig.frame == lex.DEST and not _is_state(p.entity.canonical):
                return None  # a visit to a province or foreign city names no counterpart
            person = _party_at(parties, p.last + 1)
            if trig.frame != lex.DEST and person is not None and person.entity.type == "PER":
                return person  # "Presiden Prancis Emmanuel Macron": the state only qualifies the person
            return p
    return None


def _party_at(parties: list[Party], i: int) -> Party | None:
    """The party that starts at token ``i``."""
    return next((p for p in parties if p.first == i), None)


def _is_state(name: str) -> bool:
    """Whether a place name is a state (or a capital standing for one), not a region or city."""
    entry = load_gazetteer().canonical_of(name)
    return entry is None or entry.state is not None or entry.source not in lex.SUBSTATE_SOURCES


def agent(words: list[str], parties: list[Party], trig: Match) -> Party | None:
    """A passive verb's agent: the party after "oleh", or a party right after the verb ("disegel KPK")."""
    hi = _clause_end(words, trig.last + 1, lex.OBJECT_BREAKS - {","})
    for p in parties:
        if trig.last < p.first < hi and p.entity.type in PARTY_TYPES:
            if p.first == trig.last + 1 or words[p.first - 1] in lex.AGENT_MARKERS:
                return p
    return None


def actor_and_target(words: list[str], parties: list[Party], trig: Match,
                     prev: tuple[Match, Party | None] | None = None) -> tuple[Party | None, Party | None]:
    """(actor, target) by the trigger's frame; a passive swaps subject and object roles.

    ``prev`` is the sentence's previous active trigger and its actor: a verb linked to it by
    "dan"/"untuk" shares that subject.
    """
    if trig.frame == lex.PASSIVE:
        return agent(words, parties, trig), subject(words, parties, trig)
    if prev is not None and prev[1] is not None and _linked(words, prev[0], trig):
        return prev[1], obj(words, parties, trig)
    return subject(words, parties, trig), obj(words, parties, trig)


def _linked(words: list[str], prev: Match, trig: Match) -> bool:
    """Whether ``trig`` continues ``prev``'s clause through a shared-subject link word."""
    link = trig.first - 1
    while link > prev.last and words[link] in lex.HYPOTHETICAL_WORDS | {",", "juga", "terus"}:
        link -= 1
    if link <= prev.last or words[link] not in lex.SHARED_SUBJECT_LINKS:
        return False
    return not any(w in lex.CLAUSE_BREAKS for w in words[prev.last + 1:link])


def party_name(p: Party | None, event_type: str, leaders: dict[str, str]) -> str | None:
    """The canonical name coded for a party: capitals as states, leaders as states for state actions."""
    if p is None:
        return None
    name = p.entity.canonical
    if p.entity.type == "PER" and event_type in STATE_ACTION_TYPES and name in leaders:
        return leaders[name]
    return state_of(name) if p.entity.type == "GPE" else name
