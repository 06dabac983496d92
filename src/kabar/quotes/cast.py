"""Who can speak in a document: the entities that may be a quote's speaker, with clean names.

The entity recogniser also returns title fragments and common words ("Pusat", "Negara",
"Bidang"), names glued to an office acronym ("BSSN Hinsa Siburian") and places. A speaker is
a person, an organisation, or a state; never a province or a city (unless it stands for its
state), a platform, a title or a word the same article writes in lower case. A pronoun
speaker ("ujarnya", "kata dia", "Ia menambahkan") stands for the nearest named person before
it in narrative order, outside quotations (measured on IndoCoref by ``benchmarks/coref.py``).
"""
from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..entities.gazetteer import load as load_gazetteer
from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.entity_heads import LOC_HEADS, ORG_HEADS
from ..lang.id.quote_cues import (ANTECEDENT_REACH, NOT_SPEAKERS, OBJECT_MARKERS, OFFICE_MODIFIERS, ROLE_WORDS,
                                  SPEAKER_TYPES)
from ..lang.id.titles import TITLE_WORDS
from ..text.case import TitleLines
from ..text.spans import SpanIndex
from ..model import Document, Entity
from .marks import Quoted

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ACRONYM_MIN = 2
PARTICLES = ("kah", "lah", "nya", "pun")
_TITLE_REACH = 120
_TITLE_GAP = 5  # capitalised words (a place, a rank) between an office and its holder's name
_PHRASE_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")  # words and marks: a mark ends an office phrase
_PREPOSITION_REACH = 60
# A capitalised word right before a name that follows a comma or an opening bracket.
_GIVEN_NAME = re.compile(r"[,(]\s*+(?P<w>[A-Z][a-z]{2,})\s++$")
_SENTENCE_REACH = 600  # characters read back for the start of a sentence
_VERB_PREFIXES = ("me", "ber", "di", "ter")  # characters before a name read for the title it was introduced with


@dataclass(frozen=True)
class Cand:
    """An entity that can speak: canonical name, id, the words naming it, where, and its type."""
    name: str
    entity_id: str | None
    text: str
    start: int
    end: int
    type: str


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """Canonical names of countries (and of states that capitals stand for)."""
    gaz = load_gazetteer()
    return frozenset(e.canonical for e in gaz.entries.values() if e.source == "country") | frozenset(
        e.state for e in gaz.entries.values() if e.source == "capital" and e.state)


# Words that alone never name a speaker: titles, platforms, days, months, heads of organisation
# and place names ("Kabinet", "Pusat", "Kamis").
NEVER_ALONE: frozenset[str] = NOT_SPEAKERS | TITLE_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS) | ORG_HEADS | LOC_HEADS


def is_title_word(word: str) -> bool:
    w = word.lower()
    return w in TITLE_WORDS or w in ROLE_WORDS


def trimmed_words(e: Entity, office_words: set[str], counts: dict[str, int]) -> list[re.Match]:
    """The words of a person's name without the office glued before it: everything up to a word of
    one of the article's organisations ("Aplikasi Informatika Kominfo Samuel Pangerapan"), titles and
    acronyms ("BSSN Hinsa Siburian"), and, while two words stay, common words."""
    words = list(_WORD.finditer(e.text))
    last_office = max((k for k, m in enumerate(words[:-2]) if m.group() in office_words), default=-1)
    words = words[last_office + 1:]  # "Aplikasi Informatika Kominfo Samuel Pangerapan" after "Kominfo"
    while len(words) > 1:
        w = words[0].group()
        if is_title_word(w) or is_office_acronym(w, words[1].group()):
            words = words[1:]
        elif len(words) > 2 and counts.get(w.lower(), 0) >= counts.get(w, 1):
            words = words[1:]
        else:
            break
    return words


def is_office_acronym(word: str, nxt: str) -> bool:
    """An acronym glued before a name ("BSSN Hinsa"), not part of an all-capitals name."""
    return len(word) >= _ACRONYM_MIN and word.isupper() and not nxt.isupper()


def common_word(words: list[str], lower_words: dict[str, int]) -> bool:
    """Titles, platforms and common words, not a name: one word the article writes in lower case at
    least as often as capitalised ("Pusat" / "pusat"; not "Jokowi" for one "jokowi" typo among many),
    or several words most of which are such ("Superflu Bukan Virus Baru" from a headline)."""
    lows = [w.lower() for w in words]
    if all(w in NEVER_ALONE for w in lows):
        return True
    if len(words) == 1 and lows[0].endswith(PARTICLES):
        return True  # "Mungkinkah", "Lucunya": a word with a particle, not a name
    common = [w for w, lw in zip(words, lows) if not w.isupper() and (
        lw in NOT_SPEAKERS or lw in TITLE_WORDS or lower_words.get(lw, 0) >= lower_words.get(w, 1))]
    if len(words) == 1:
        return bool(common)
    return 2 * len(common) > len(words)  # "Nawacita Ungkap Cara": a headline's words, not a name


def short_name(e: Entity) -> bool:
    """An organisation's one-word short name the gazetteer knows ("Kemlu", "Kemenkes"): it names the
    institution on its own, though the same word heads longer names ("Kemlu Brasil")."""
    if e.type != "ORG" or " " in e.text.strip():
        return False
    entry = load_gazetteer().canonical_of(e.text)
    return entry is not None and entry.type == "ORG" and " " in entry.canonical


def word_counts(text: str) -> dict[str, int]:
    """How often each word is written, as written."""
    return Counter(_WORD.findall(text))


def candidate(e: Entity, lower_words: dict[str, int], office_words: set[str]) -> Cand | None:
    """The speaker an entity can be, or None for places, titles and common words."""
    if e.type not in SPEAKER_TYPES:
        return None
    if e.type == "GPE" and not (e.metonymy or e.canonical in states()):
        return None  # a province or a city does not speak; a state (or its capital) does
    words = trimmed_words(e, office_words, lower_words) if e.type == "PER" else list(_WORD.finditer(e.text))
    if not words or (common_word([m.group() for m in words], lower_words) and not short_name(e)):
        return None
    start, end = e.start + words[0].start(), e.start + words[-1].end()
    text = e.text[words[0].start():words[-1].end()]
    name = e.canonical if start == e.start or not e.canonical.endswith(text) else text
    if start != e.start and e.canonical == e.text:
        name = text
    return Cand(name or text, e.entity_id, text, start, end, e.type)


class Cast:
    """The candidate speakers of one document, in text order."""

    def __init__(self, doc: Document, quoted: list[Quoted]) -> None:
        self.text = doc.text
        self.lower_words = word_counts(doc.text)
        offices = {w for e in doc.entities if e.type == "ORG" for w in _WORD.findall(e.text)}
        self.named_spans = [(e.start, e.end) for e in doc.entities]  # every entity, speaker or not
        # Indexes for the questions asked once per cue (a long article has thousands of both).
        self._named = SpanIndex(self.named_spans)
        self.cands = sorted(adopt_names(self.candidates(doc.entities, offices)), key=lambda c: c.start)
        self.starts = [c.start for c in self.cands]
        self.quoted = quoted
        self._inner = [q.inner_start for q in quoted]  # quotations are in order and never overlap
        self.reported: list[tuple[int, int]] = []  # spans of reported speech, filled once quotes are found
        self.titles = TitleLines(doc.text)

    @property
    def reported(self) -> list[tuple[int, int]]:
        return self._reported_spans

    @reported.setter
    def reported(self, spans: list[tuple[int, int]]) -> None:
        self._reported_spans = spans
        self._reported = SpanIndex(spans)  # asked once per candidate: by bisection, not by a scan

    def candidates(self, entities: list[Entity], offices: set[str]) -> list[Cand]:
        """The entities that can speak; each distinct mention is judged once."""
        seen: dict[tuple, Cand | None] = {}
        out = []
        for e in entities:
            key = (e.text, e.type, e.canonical, e.entity_id, e.metonymy)
            if key not in seen:
                seen[key] = candidate(Entity(e.text, 0, len(e.text), e.type, e.canonical, e.entity_id, e.metonymy),
                                      self.lower_words, offices)
            c = seen[key]
            if c is not None:
                out.append(self.with_given_name(Cand(c.name, c.entity_id, c.text, e.start + c.start, e.start + c.end, c.type)))
        return out

    def with_given_name(self, c: Cand) -> Cand:
        """A person set off after a comma whose first name the tagger left out ("Kemenkes, Prima
        Yosephine," tagged "Yosephine"): the capitalised word before it, no title or common word, joins."""
        if c.type != "PER" or c.name != c.text:
            return c
        m = _GIVEN_NAME.search(self.text, max(0, c.start - 30), c.start)
        if m is None or is_title_word(m.group("w")) or common_word([m.group("w")], self.lower_words) \
                or self.is_entity(m.start("w"), m.end("w")):
            return c
        name = f"{m.group('w')} {c.text}"
        return Cand(name, c.entity_id, name, m.start("w"), c.end, c.type)


    def within(self, start: int, end: int) -> list[Cand]:
        """Candidates lying inside [start, end)."""
        out = []
        for k in range(bisect.bisect_left(self.starts, start), len(self.cands)):  # no copy of the tail
            c = self.cands[k]
            if c.start >= end:
                break
            if c.end <= end:
                out.append(c)
        return out

    def is_entity(self, start: int, end: int) -> bool:
        """Whether an entity (of any type) overlaps [start, end): such words are no surface name."""
        return self._named.overlaps(start, end)

    def inside_quote(self, c: Cand) -> bool:
        """Inside a quotation or a reported clause: a name someone talks about, not one who talks."""
        k = bisect_right(self._inner, c.start) - 1
        return (k >= 0 and c.start < self.quoted[k].inner_end) or self._reported.overlaps(c.start, c.start + 1)

    def _before(self, pos: int):
        """The candidates starting at or before ``pos``, nearest first (later ones end after it anyway)."""
        for k in range(bisect_right(self.starts, pos) - 1, -1, -1):
            yield self.cands[k]

    def titled(self, pos: int, title: list[str]) -> Cand | None:
        """The nearest person before ``pos`` introduced with these title words ("Presiden Jokowi"
        for a later "kata Presiden"; "Sekretaris Jenderal Partai Golkar Lodewijk" for "Sekretaris
        Jenderal Partai Golkar itu")."""
        want = tuple(w.lower() for w in title)
        for c in self._before(pos):
            if c.type != "PER" or c.end > pos or self.inside_quote(c):
                continue
            if pos - c.end > ANTECEDENT_REACH:
                return None
            if self.introduced_as(c, want):
                return c
        return None

    def introduced_as(self, c: Cand, title: tuple[str, ...]) -> bool:
        """The person's phrase holds the title, with only capitalised words (a place, a rank) between
        ("Kapolda Sulawesi Tenggara Irjen Rahmat Hidayat" for "Kapolda"); a modifier before the title
        makes another office ("Wakil Presiden" is not "Presiden")."""
        toks = _PHRASE_TOKEN.findall(self.text[max(0, c.start - _TITLE_REACH):c.start])
        n = len(title)
        for skipped in range(_TITLE_GAP + 1):
            end = len(toks) - skipped
            if end < n or (skipped and not toks[end][:1].isupper()):
                return False
            if tuple(w.lower() for w in toks[end - n:end]) == title:
                return end == n or toks[end - n - 1].lower() not in OFFICE_MODIFIERS
        return False

    def antecedent(self, pos: int, want: str) -> Cand | None:
        """The nearest candidate of type ``want`` ("ANY" for any) before ``pos``, outside quotations."""
        for c in self._before(pos):
            if c.end > pos or self.inside_quote(c):
                continue
            if pos - c.end > ANTECEDENT_REACH:
                return None
            if (want == "ANY" or c.type == want) and not self.object_of_preposition(c) and not self.titles.at(c.start):
                return self.subject_of_sentence(c)
        return None

    def subject_of_sentence(self, c: Cand) -> Cand:
        """The person opening the sentence that holds ``c`` where ``c`` is named later in it: the subject
        goes on talking ("Junaedi mempertanyakan ... hukuman Harvey. Ia menegaskan": Junaedi). Of an
        opening run of capitalised words the last person counts ("Head Of Research Rob Subbaraman").
        Measured on IndoCoref (benchmarks/coref.py): 0.803 -> 0.824 of pronouns right."""
        start = _sentence_start(self.text, c.start)
        if c.type != "PER" or _opens(self.text, start, c.start):
            return c
        subject = c
        for k in range(bisect.bisect_left(self.starts, start), len(self.cands)):
            cand = self.cands[k]
            if cand.start >= c.start or not _opens(self.text, start, cand.start):
                break
            if cand.type == "PER" and not self.inside_quote(cand):
                subject = cand
        return subject if subject is c or _has_verb(self.text, subject.end, c.start) else c

    def object_of_preposition(self, c: Cand) -> bool:
        """A name right after "oleh", "kepada" ... (titles between): the object, not who goes on
        talking ("dicopot oleh Presiden Prabowo Subianto")."""
        before = _WORD.findall(self.text[max(0, c.start - _PREPOSITION_REACH):c.start])
        while before and is_title_word(before[-1]):
            before.pop()
        return bool(before) and before[-1].lower() in OBJECT_MARKERS


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after end punctuation or a line break)."""
    lo = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _has_verb(text: str, start: int, end: int) -> bool:
    """A lower-case word with a verb prefix (me-, ber-, di-, ter-) between two names: a clause."""
    return any(w.islower() and w.startswith(_VERB_PREFIXES) for w in _WORD.findall(text[start:end]))


def _opens(text: str, start: int, pos: int) -> bool:
    """Nothing but capitalised words (titles, the name's office) between a sentence start and ``pos``."""
    return all(w[:1].isupper() or is_title_word(w) for w in _WORD.findall(text[start:pos]))


def adopt_names(cands: list[Cand]) -> list[Cand]:
    """A trimmed name takes the canonical of the same name found alone elsewhere in the article."""
    by_text = {c.text: c for c in cands if c.type == "PER" and c.name != c.text}
    out = []
    for c in cands:
        other = by_text.get(c.text)
        out.append(Cand(other.name, other.entity_id, c.text, c.start, c.end, c.type) if other and c.name == c.text else c)
    return out
