"""Coded events of a document: trigger, actor, target, modality, date and place per sentence."""
from __future__ import annotations

from bisect import bisect_left

from dataclasses import dataclass, field

from ..lang.id import event_triggers as lex
from ..model import Document, Event, Sentence, TimeExpr
from ..text.tokens import Token, tokenize
from .arguments import Party, actor_and_target, aside_spans, clause_start, leaders_in, parties_in, party_name
from .triggers import Match, find_triggers


@dataclass
class Clause:
    """One sentence, ready for trigger matching."""

    sent: Sentence
    toks: list[Token]
    words: list[str]
    parties: list[Party]
    dates: list[TimeExpr] = field(default_factory=list)  # the document's dates starting inside, in its order


def extract_events(doc: Document) -> list[Event]:
    """One event per trigger whose actor or target is a named party."""
    by_start = sorted(doc.entities, key=lambda e: e.start)
    starts = [e.start for e in by_start]
    dates = _DateIndex(doc.times)
    sents = [_prepare(doc, s, by_start[bisect_left(starts, s.start):bisect_left(starts, s.end)], dates)
             for s in doc.sentences]
    leaders: dict[str, str] = {}
    for c in sents:
        leaders.update(leaders_in(c.words, c.parties))
    events = []
    for c in sents:
        prev = None
        for trig in find_triggers(c.words):
            if _helper_verb(c.words, trig):
                continue
            roles = actor_and_target(c.words, c.parties, trig, prev)
            if trig.frame != lex.PASSIVE:
                prev = (trig, roles[0])
            ev = _event(doc, c, trig, roles, leaders)
            if ev is not None:
                events.append(ev)
    return events


def _prepare(doc: Document, sent: Sentence, near: list, dates: "_DateIndex") -> Clause:
    """A sentence's tokens, lower-cased words and parties (``near``: the entities starting inside it)."""
    toks = tokenize(doc.text, sent.start, sent.end)
    ents = [e for e in near if e.end <= sent.end]
    return Clause(sent, toks, [t.text.lower() for t in toks], parties_in(toks, ents), dates.within(sent))


class _DateIndex:
    """The document's date expressions by start, for one bisection per sentence (not a scan per trigger)."""

    def __init__(self, times: list[TimeExpr]):
        self.times = times
        self.order = sorted(range(len(times)), key=lambda i: times[i].start)
        self.starts = [times[i].start for i in self.order]

    def within(self, sent: Sentence) -> list[TimeExpr]:
        """Dates starting inside ``sent``, in the document's order."""
        hits = self.order[bisect_left(self.starts, sent.start):bisect_left(self.starts, sent.end)]
        return [self.times[i] for i in sorted(hits) if _is_date(self.times[i])]


def _helper_verb(words: list[str], trig: Match) -> bool:
    """ "membantu memperkuat" means "help to": the next verb carries the event."""
    nxt = trig.last + 1
    return words[trig.first] in lex.VERB_HELPERS and trig.first == trig.last and nxt < len(words) \
        and words[nxt].startswith(lex.VERB_PREFIXES)


def _event(doc: Document, c: Clause, trig: Match, roles: tuple[Party | None, Party | None],
           leaders: dict[str, str]) -> Event | None:
    """The coded event of one trigger, or None when no named party takes part."""
    actor = party_name(roles[0], trig.type, leaders)
    target = party_name(roles[1], trig.type, leaders)
    if target == actor:
        target = None  # a state acting on itself is a parse slip, not an event
    if actor is None and target is None:
        return None
    date, from_pub = _date(doc, c, trig)
    return Event(type=trig.type, actor=actor, target=target, date=date,
                 location=_location(c.words, c.parties, trig),
                 trigger=doc.text[c.toks[trig.first].start:c.toks[trig.last].end],
                 sentence={"start": c.sent.start, "end": c.sent.end},
                 negated=_near(c.words, trig.first, lex.NEGATION_WORDS, lex.NEGATION_WINDOW),
                 hypothetical=_near(c.words, trig.first, lex.HYPOTHETICAL_WORDS, lex.HYPOTHETICAL_WINDOW),
                 date_from_published=from_pub)


def _near(words: list[str], at: int, cues: frozenset[str], window: int) -> bool:
    """Whether a cue word stands within ``window`` words before ``at``, inside the same clause."""
    for i in range(at - 1, max(-1, at - 1 - window), -1):
        if words[i] in cues:
            return True
        if words[i] in lex.CLAUSE_BREAKS or words[i] == ",":
            return False
    return False


def _is_date(t: TimeExpr) -> bool:
    """A calendar value (year, month, day, week or range), not a duration or a vague reference."""
    return t.value[:4].isdigit()


def _date(doc: Document, c: Clause, trig: Match) -> tuple[str | None, bool]:
    """The date expression nearest the trigger (its own clause first, asides skipped), else publication."""
    at = c.toks[trig.first].start
    lo = clause_start(c.words, trig.first)
    asides = [(c.toks[a].start, c.toks[b].end) for a, b in aside_spans(c.words, lo, trig.first)]
    inside = [t for t in c.dates if not any(a <= t.start < b for a, b in asides)]
    if not inside:
        return doc.published, True
    own = [t for t in inside if t.start >= c.toks[lo].start]
    best = min(own or inside, key=lambda t: abs(t.start - at))
    return best.value.split("T")[0], False


def _location(words: list[str], parties: list[Party], trig: Match) -> str | None:
    """A place after "di"/"ke" in the sentence, the one nearest after the trigger first."""
    places = [p for p in parties if p.entity.type in ("GPE", "LOC") and p.first > 0
              and words[p.first - 1] in lex.DESTINATION_MARKERS]
    after = [p for p in places if p.first > trig.last]
    pick = after[0] if after else (places[-1] if places else None)
    return pick.entity.canonical if pick else None
