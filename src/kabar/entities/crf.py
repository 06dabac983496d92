"""The statistical tagger (:mod:`kabar.ner`) as a second opinion for the rules.

Rules stay first: the CRF types names no table or cue explains, and adds names the
rules missed when it is confident. Without the shipped model this returns nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from ..lang.id.entity_heads import COMPASS_WORDS, LOC_HEADS, THING_ACRONYMS
from ..lang.id.titles import TITLE_WORDS
from ..text.spans import SpanIndex
from .english import english_words
from .gazetteer import Gazetteer
from .lexicon import is_common, is_person_word
from .recognize import Mention
from .tokens import tokenize

MIN_NEW_SPAN_SCORE = 0.9  # a CRF-only name must be this sure
MIN_LONE_LETTERS = 4  # a lone unknown capitalised word of this many letters or more is a name ("Boeing", not "Kla")
LONE_CONTEXT = 30
# What follows a lone word: a capitalised word (more of a name, or the next item of a list "Canduang, Sungai Pua") or a
# bracketed number (a person's age, "Baren (19)") makes it no lone company name.
LONE_AFTER = re.compile(r"(?<!\s)\s*+[,;(]?\s*+(\S+)")  # read with .match at a name's end, never after a space
# A short form in brackets after a word in small letters is a thing's ("pencarian dan pertolongan (SAR)").
THING_SHORT_FORM = re.compile(r"(?<=[a-z]) ?\(([A-Z][A-Za-z0-9]*[A-Z0-9])\)")
# A bracketed short form of three capitals or more right after a name ("Indo Tambangraya (ITMG)").
SHORT_AFTER = re.compile(r" ?\(([A-Z]{3}[A-Z0-9]*+)\)")
NEXT_CAPITAL = re.compile(r" [A-Z]")  # a capitalised word right after a name
LIST_LINKS = frozenset({"dan", "atau", "serta"})  # characters either side searched for the words around it
MIN_ACRONYM_SCORE = 0.5  # a bare acronym the document leaves unexplained is a name where the tagger is this sure
# (NER UI fold 1 without its test in training, NERGrit test, NER UGM: 0.5 beat 0.8 and 0.9; kept apart from devnews)
# An ordinary word opening a sentence is a name where the tagger is this sure of it alone ("Amir menyatakan",
# "Mega hadir"): on NER UI folds 1-2 (CRF without them), NERGrit test and NER UGM 0.9 matched 0.95 and beat 0.99.
MIN_INITIAL_SCORE = 0.9
MIN_WORD_SCORE = 0.5  # an ordinary word alone is a name where the tagger is at least this sure (tune: 0.5 = 0.7)
# A name ending in a one-letter initial, the capitalised word after its full stop, a name suffix.
INITIAL_END = re.compile(r"(?<![\w.])[A-Z]$")
NEXT_SURNAME = re.compile(r"\. ?[A-Z][\w'’-]+")
SUFFIX_END = re.compile(r"\b(?:Jr|Sr)$")
# Bare heads and compass words ("Semenanjung", "Selatan") are left to the document's places.
SHORTENED_PLACES = LOC_HEADS | COMPASS_WORDS
LABEL_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def crf_spans(text: str, sentences) -> list:
    """The tagger's spans, or [] where the model is unavailable."""
    try:
        from ..ner import tag
    except ImportError:
        return []
    pairs = [(s.start, s.end) for s in sentences] if sentences else None
    try:
        return mend_initials(after_brackets(tag(text, pairs), text), text)
    except (OSError, FileNotFoundError):
        return []


def after_brackets(spans: list, text: str) -> list:
    """The tagger's spans that run over a closing bracket without its opening one, cut to what follows it: in
    "Dinas Pendidikan (Disdik) Budi Hutapea" the person is "Budi Hutapea", not "Disdik) Budi Hutapea"."""
    out = []
    for sp in spans:
        close = text.rfind(")", sp.start, sp.end)
        if close >= 0 and "(" not in text[sp.start:close]:
            rest = len(text[close + 1:sp.end]) - len(text[close + 1:sp.end].lstrip())
            if close + 1 + rest >= sp.end:
                continue
            sp = replace(sp, start=close + 1 + rest)
        out.append(sp)
    return out


def mend_initials(spans: list, text: str) -> list:
    """Names the tagger cuts at an initial's full stop, joined again: "Donald J" + "Trump" is
    "Donald J. Trump", "Johnny G" + ". Plate" is "Johnny G. Plate", "Basarnas M" + "Syaugi" gives
    the initial to the person; "Marcos, Jr" keeps its full stop."""
    out: list = []
    for sp in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev and sp.end <= prev.end:
            continue  # taken by a mended name already
        if prev and prev.label == "PER" and INITIAL_END.search(text, prev.start, prev.end) and \
                text[prev.end:sp.start] in (". ", ".") and sp.label == "PER":
            out[-1] = replace(prev, end=sp.end, score=min(prev.score, sp.score))
            continue
        if prev and prev.label != "PER" and sp.label == "PER" and text[prev.end:sp.start] in (". ", "."):
            letter = INITIAL_END.search(text, prev.start, prev.end)
            if letter and letter.start() > prev.start:
                out[-1] = replace(prev, end=letter.start() - 1) if letter.start() - 1 > prev.start else None
                sp = replace(sp, start=letter.start())
        if out and out[-1] is None:  # only the last can have been emptied
            out.pop()
        out.append(_extended(sp, text))
    return out


def _extended(sp, text: str):
    """A person ending in an initial takes the surname after its full stop; "Jr" takes its stop."""
    if sp.label != "PER":
        return sp
    if INITIAL_END.search(text, sp.start, sp.end):
        m = NEXT_SURNAME.match(text, sp.end)
        if m:
            return replace(sp, end=m.end())
    if SUFFIX_END.search(text, sp.start, sp.end) and text[sp.end:sp.end + 1] == ".":
        return replace(sp, end=sp.end + 1)
    return sp


def combine(mentions: list[Mention], spans: list, text: str, gaz: Gazetteer) -> list[Mention]:
    """Type unexplained one-word names by the CRF (and a sentence's ordinary first word it is sure is a name alone);
    add confident CRF names nobody found."""
    seen: dict[str, str] = {}  # surface -> the type the tagger gave it somewhere in the document
    over = _Labels(spans)
    sure = {(sp.start, sp.end) for sp in spans if sp.score >= MIN_WORD_SCORE}
    exact = {(sp.start, sp.end): sp for sp in spans}
    for m in mentions:
        if m.type is None and m.kind == "name" and m.text.casefold() not in SHORTENED_PLACES:
            label = over.label_over(m.start, m.end)
            if label and is_common(m.text) and not is_person_word(m.text) and (m.start, m.end) not in sure:
                label = None  # an ordinary word ("Mungkinkah?") is a name only where the tagger is sure of it
            if label:
                m.type = _type_of(label, m.text, gaz)
                seen.setdefault(m.text, m.type)
            else:  # a capitalised word the tagger sees no name in: only a full name can explain it
                m.kind = "untagged"
        elif m.type and m.kind in ("name", "gaz", "head"):
            seen.setdefault(m.text, m.type)
        elif m.kind == "initial" and m.type is None:
            sp = exact.get((m.start, m.end))
            if sp is not None and sp.score >= MIN_INITIAL_SCORE:
                m.type, m.kind = _type_of(sp.label, m.text, gaz), "name"  # "Amir menyatakan ...": a person
                seen.setdefault(m.text, m.type)
    acronyms = _tagged_acronyms(mentions, spans, text)
    for m in mentions:  # one name, one reading per document: a tagged mention types the others
        if m.kind == "untagged":
            m.type = seen.get(m.text)
            m.kind = "name" if m.type else m.kind
        elif _bare_acronym(m):
            m.tagged = acronyms.get(m.text)
    taken = SpanIndex((m.start, m.end) for m in mentions)
    added = [_new_mention(sp, text, gaz) for sp in spans
             if sp.score >= MIN_NEW_SPAN_SCORE and not taken.overlaps(sp.start, sp.end)]
    return sorted(mentions + [m for m in added if m], key=lambda m: m.start)


def _bare_acronym(m: Mention) -> bool:
    """The scanner's acronym that no table knows and no rule typed."""
    return m.kind == "acronym" and m.type is None and m.entry is None


def _tagged_acronyms(mentions: list[Mention], spans: list, text: str) -> dict[str, str]:
    """Bare acronyms the tagger calls a name, by surface: its label where a span of at least MIN_ACRONYM_SCORE
    holds exactly the acronym ("situs resmi | UEFA", "Kepala | BIN | Sutiyoso"). Not the acronyms of ordinary
    things (THING_ACRONYMS: "BBM", "PHK"), nor one in brackets, which the name before it explains, nor one the
    document spells out in small letters ("operasi pencarian dan pertolongan (SAR)": "operasi SAR" is a thing's)."""
    exact = {(sp.start, sp.end): sp for sp in spans if sp.score >= MIN_ACRONYM_SCORE}
    things = set(THING_SHORT_FORM.findall(text))
    out: dict[str, str] = {}
    for m in mentions:
        sp = exact.get((m.start, m.end)) if _bare_acronym(m) else None
        if sp and m.text not in THING_ACRONYMS and m.text not in things and not _bracketed(m, text):
            out.setdefault(m.text, sp.label)
    return out


def _bracketed(m: Mention, text: str) -> bool:
    """The mention is written in brackets ("(SAR)")."""
    return text[:m.start].rstrip().endswith("(") and text[m.end:].lstrip().startswith(")")


def keep_tagged_acronyms(before: list[Mention], after: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The resolved mentions (``after``) with the bare acronyms of ``before`` that the document left untyped but the
    tagger calls a name (``Mention.tagged``, set by :func:`combine`): typed by the tagger, named as written."""
    taken = SpanIndex((m.start, m.end) for m in after)
    back = [m for m in before if m.tagged and _bare_acronym(m) and not taken.overlaps(m.start, m.end)]
    for m in back:
        m.type, m.canonical = _type_of(m.tagged, m.text, gaz), m.text
    return sorted(after + back, key=lambda m: m.start) if back else after


def join_home_countries(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """An organisation of no table, written one space before a country that ends the capitalised words, is the
    company's branch in that country, one name ("AirNav Indonesia", "General Motors Indonesia"); not a table's body
    ("KPK", "Bank Dunia") nor a head-word name, whose country the canonical names read apart."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and prev.kind == "name" and prev.entry is None \
                and m.kind == "gaz" and m.type == "GPE" and m.start == prev.end + 1 and text[prev.end] == " " \
                and m.text.casefold() in _country_names(gaz) and not NEXT_CAPITAL.match(text, m.end):
            prev.end, prev.text = m.end, text[prev.start:m.end]
            continue
        out.append(m)
    return out


_COUNTRIES: dict[int, frozenset[str]] = {}


def _country_names(gaz: Gazetteer) -> frozenset[str]:
    """The countries' names the table knows, lower case."""
    if id(gaz) not in _COUNTRIES:
        _COUNTRIES[id(gaz)] = frozenset(entry.surface.casefold() for entry in gaz.entries.values()
                                        if entry.source == "country")
    return _COUNTRIES[id(gaz)]


def type_lone_words(mentions: list[Mention], text: str) -> list[Mention]:
    """Untyped lone unknown words (``_lone_unknown``) are organisations, unless the word is part of a longer name in
    the document ("Juliari" of "Juliari Batubara": that person, left to the people's rules) other than the first
    word of an organisation's ("Sriwijaya" of "Sriwijaya Air": that company, by its short name)."""
    longer = {w.casefold() for m in mentions if " " in m.text and m.type != "ORG" for w in m.text.split()}
    inside_org = {w.casefold() for m in mentions if " " in m.text and m.type == "ORG" for w in m.text.split()[1:]}
    for m in mentions:
        low = m.text.casefold()
        if m.type is None and m.kind == "untagged" and low not in longer and low not in inside_org \
                and _lone_unknown(m, text):
            m.type, m.kind = "ORG", "name"
    return mentions


def type_org_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A one-word name the tagger called a place or a person that opens an organisation's longer name in the document
    ("Sriwijaya" of "Sriwijaya Air", "Garuda" of "Garuda Indonesia") is that organisation: one name, one reading.
    Table names and a person's given names keep theirs."""
    firsts = {m.text.split()[0].casefold() for m in mentions if m.type == "ORG" and m.kind == "name" and " " in m.text}
    if not firsts:
        return mentions
    for m in mentions:
        if m.type in ("LOC", "PER") and m.kind == "name" and m.entry is None and " " not in m.text \
                and m.text.casefold() in firsts and not is_person_word(m.text) and not m.titled:
            m.type = "ORG"
    return mentions


def type_acronymed_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A name the tagger made a person, followed by a bracketed short form of three capitals or more that is not its
    initials ("Indo Tambangraya (ITMG)", "Vostra Mandiri (VSMD)"), is an organisation, and so is the short form: a
    person is shortened by initials ("Susilo Bambang Yudhoyono (SBY)"), a body or a listed company by an acronym."""
    for m, nxt in zip(mentions, mentions[1:] + [None]):
        if m.type != "PER" or m.kind != "name" or m.entry is not None or m.titled or " " not in m.text:
            continue
        short = SHORT_AFTER.match(text, m.end)
        if short and short.group(1) not in _initials(m.text):
            m.type = "ORG"
            if nxt is not None and (nxt.start, nxt.end) == short.span(1):
                nxt.type = "ORG"
    return mentions


def _initials(name: str) -> set[str]:
    """A name's initials: of every word, and of its words longer than one letter ("SBY", "JK")."""
    words = [w for w in re.split(r"[\s.\-]+", name) if w[:1].isalpha()]
    return {"".join(w[0].upper() for w in words), "".join(w[0].upper() for w in words if len(w) > 1)}


def _lone_unknown(m: Mention, text: str) -> bool:
    """One capitalised word inside a sentence that no Indonesian or English word list, title or table knows, with
    small letters on both sides ("pesawat buatan | Boeing | itu"): a brand or a company's name the tagger missed
    (a person or a place it would have tagged). Not a word of a capitalised run ("MoFA Indonesia"), an initial or a
    sentence's first word."""
    word = m.text
    if m.initial or not (word.isalpha() and len(word) >= MIN_LONE_LETTERS and word[0].isupper()) or is_common(word) \
            or word.casefold() in english_words() or word.casefold() in TITLE_WORDS:
        return False
    before = text[max(0, m.start - LONE_CONTEXT):m.start].split()
    if not before or not before[-1][:1].islower() or before[-1].casefold() in LIST_LINKS:
        return False  # "Kamboja dan | Tailan": a list's item takes its type from the list, not from here
    after = LONE_AFTER.match(text, m.end)
    return not (after and (after.group(1)[:1].isupper() or after.group(1)[:1].isdigit() and "(" in after.group(0)))


class _Labels:
    """The tagger's spans by start, answering "which span holds this one" in log time (a long text has thousands)."""

    def __init__(self, spans):
        self.items = sorted(((sp.start, sp.end, sp.label) for sp in spans), key=lambda it: it[0])
        self.starts = [it[0] for it in self.items]
        self.reach = list(accumulate((it[1] for it in self.items), max))  # furthest end so far

    def label_over(self, start: int, end: int) -> str | None:
        """The label of a span holding [start, end) (the tagger's spans never overlap: there is one)."""
        j = bisect_right(self.starts, start) - 1
        while j >= 0 and self.reach[j] >= end:  # nothing at or before j reaches ``end`` otherwise
            if self.items[j][1] >= end:
                return self.items[j][2]
            j -= 1
        return None


def _type_of(label: str, surface: str, gaz: Gazetteer) -> str:
    """A CRF place that the gazetteer knows as a country or city, or a regency named without its head word
    ("Sleman" of "Kabupaten Sleman"), is a GPE."""
    entry = gaz.canonical_of(surface)
    if label == "LOC" and (entry and entry.type == "GPE" or surface.casefold() in _regency_names(gaz)):
        return "GPE"
    return LABEL_TYPES.get(label, label)


_REGENCIES: dict[int, frozenset[str]] = {}  # bare regency names by the table they come from (one table a process)


def _regency_names(gaz: Gazetteer) -> frozenset[str]:
    """The bare names of the regencies the table knows with their head word ("sleman", "tanah datar"), lower case."""
    if id(gaz) not in _REGENCIES:
        _REGENCIES[id(gaz)] = frozenset(" ".join(key[1:]) for key, entry in gaz.entries.items()
                                        if len(key) > 1 and key[0] == "kabupaten" and entry.type == "GPE")
    return _REGENCIES[id(gaz)]


def _new_mention(sp, text: str, gaz: Gazetteer) -> Mention | None:
    """A CRF-only span, unless it is digits or only ordinary words."""
    toks = [t for t in tokenize(text, sp.start, sp.end) if t.is_word]
    if not toks or any(t.has_digit for t in toks) or all(is_common(t.text) for t in toks):
        return None
    type_ = _type_of(sp.label, text[sp.start:sp.end], gaz)
    return Mention(sp.start, sp.end, text[sp.start:sp.end], type_, "name", -1)
