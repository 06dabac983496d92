"""Find entity mentions in one document: gazetteer names, head-word names, and name runs.

Each sentence is scanned left to right. At every capitalised token the longest of
(1) a head-word span ("Kementerian Pertahanan Korea Selatan", "Perang Korea") and
(2) a gazetteer/alias match ("Korea Utara", "PBB") wins; titles ("Presiden",
"Menteri Pertahanan") are skipped but remembered as a cue for the person after them;
any other capitalised run is a candidate name, typed here or later in
:mod:`kabar.entities.canonical`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lang.id.entity_heads import (DESCRIPTIVE_HEADS, EDITION_HEADS, ELECTION_HEADS, ENGLISH_HEADS, ENGLISH_LINKS, EVENT_HEADS, GENERIC_HEADS, GPE_HEADS, KINSHIP, LAW_HEADS,
                                    LAW_NUMBER_WORDS, LOC_HEADS, NUMBERED_LAW_HEADS, LOWER_FIRST_OK, LOWER_LOC_HEADS,
                                    ENGLISH_TAILS, MEDIA_TAILS, NAME_CONNECTORS, ORG_HEADS, PER_CONNECTORS,
                                    SHORT_MINISTRY_HEADS, SITE_DOMAINS, STANDALONE_ORGS, VEHICLE_CODES)
from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.titles import (ENGLISH_OFFICE_WORDS, ENGLISH_TITLE_OPENERS, PER_CUES, RANK_FIELDS, RANK_WORDS,
                              STRONG_PER_CUES, TITLE_FIELD_LINKS, TITLE_PHRASES, TITLE_WORDS)
from .gazetteer import Entry, Gazetteer
from .lexicon import AFFIX_PREFIXES, is_affixed, is_common, is_name_word, is_person_word
from .tokens import HYPHENS, Tok, tokenize

# Tokens after which the next word starts a (quoted or introduced) sentence of its own.
OPENERS = frozenset("“\"‘'(:[")
HEAD_TYPES = (("ORG", ORG_HEADS), ("EVENT", EVENT_HEADS), ("LAW", LAW_HEADS), ("GPE", GPE_HEADS),
              ("LOC", LOC_HEADS))
ALL_HEADS = ORG_HEADS | EVENT_HEADS | LAW_HEADS | GPE_HEADS | LOC_HEADS
MAX_NAME_TOKENS = 6
# The most tokens a head-word name or a title's fields may run over (the longest in news is about 16):
# the bound that keeps a pathological capitalised run of any length linear.
MAX_SPAN_TOKENS = 40
# A sentence of at least this many words, all capitalised but words this short ("di", "dan"), is a headline.
HEADLINE_MIN_WORDS, HEADLINE_SMALL_WORD = 4, 3
# Function words a title-case headline leaves in lower case.
HEADLINE_LOWER_WORDS = frozenset({"dengan", "untuk", "yang", "dari", "pada", "dalam", "kepada", "terhadap",
                                  "antara", "hingga", "sampai", "tentang", "sebagai", "karena", "setelah",
                                  "sebelum", "usai", "jadi", "bagi", "soal", "atas", "akan", "tidak"})
# How far after a known name a tail word may type it ("Bali Nusa Dua Convention Center").
MAX_TAIL_WORDS = 4
# Prefixes of verbs (not of nouns like "Penanggulangan" or adjectives like "Terpadu").
VERB_PREFIXES = ("di", "me")
VERB_SUFFIX = "kan"
NOUN_PREFIXES = ("pe", "ke")
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
ENGLISH_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Demonstratives never continue a name ("RUU Cipta Kerja | Ini" in a title-case line).
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# Connectors that join two names rather than continue one.
COORDINATORS = frozenset({"dan", "and", "serta"})
# Multi-word titles by their first word, longest first.
TITLE_FIRST_WORDS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(TITLE_PHRASES, key=len, reverse=True):
    TITLE_FIRST_WORDS.setdefault(_phrase[0], []).append(_phrase)
# The tagger's labels as entity types (places are refined by the gazetteer).
TAG_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# A tagger type this sure is kept even against a title before the name.
CONFIDENT_TAG = 0.9
# Fallback sentence ends, for callers without sentences: a stop, space, then a capital or quote.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z“\"])")  # longer capitalised runs are headlines, not names


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str | None  # None: a name whose type the document context must decide
    kind: str  # gaz | head | name | acronym | initial (an ordinary word opening a sentence)
    sent: int
    entry: Entry | None = None
    titled: bool = False  # a title or strong person cue stands right before it
    cue: str = ""  # the word before the mention, lower case
    relative: bool = False  # introduced through a kinship word ("kakek Kim, Kim Il Sung")
    initial: bool = False  # first word of its sentence
    canonical: str | None = None
    metonymy: bool = False


def sentence_spans(text: str, sentences) -> list[tuple[int, int]]:
    """The document's sentences, or lines split at full stops when it has none."""
    if sentences:
        return [(s.start, s.end) if hasattr(s, "start") else tuple(s) for s in sentences]
    spans, pos = [], 0
    for line in text.split("\n"):
        cuts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(line)] + [len(line)]
        spans.extend((pos + a, pos + b) for a, b in zip(cuts, cuts[1:]) if b > a)
        pos += len(line) + 1
    return spans


def recognize(text: str, sentences, gaz: Gazetteer, tagged: Sequence = ()) -> list[Mention]:
    """All mentions in text order. ``tagged``: the statistical tagger's spans (start, end, label),
    which decide the extent and type of capitalised runs no table explains."""
    out: list[Mention] = []
    spans = sorted(tagged, key=lambda sp: sp.start)
    starts = [sp.start for sp in spans]
    for si, (s, e) in enumerate(sentence_spans(text, sentences)):
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        out.extend(_Scanner(text, tokenize(text, s, e), si, gaz, spans[lo:hi]).run())
    return out


class _Scanner:
    """One pass over the tokens of one sentence."""

    def __init__(self, text: str, toks: list[Tok], sent: int, gaz: Gazetteer, tagged: Sequence = ()):
        self.text, self.toks, self.sent, self.gaz = text, toks, sent, gaz
        self.tagged = tagged
        self._tag_starts = [sp.start for sp in tagged]  # tagged spans come sorted by start
        self._tag_at: dict[int, list] = {}  # tagged spans by start offset
        for sp in tagged:
            self._tag_at.setdefault(sp.start, []).append(sp)
        self._tok_at: tuple[dict[int, int], dict[int, int]] | None = None  # token index by start, by end
        self._best: dict[int, tuple | None] = {}  # _best_span by token index (it depends on nothing else)
        self.pending_title = False
        self.title_end = -1  # token index right after the last title
        self.headline = _is_headline(toks)  # title case: capitals are no evidence of names
        self.out: list[Mention] = []

    def run(self) -> list[Mention]:
        i = 0
        while i < len(self.toks):
            i = self._step(i)
        return self.out

    def _step(self, i: int) -> int:
        """Handle the token at ``i``; return the next index."""
        tok = self.toks[i]
        if not tok.is_word:
            return i + 1
        n_title = self._title_len(i)
        if n_title:
            self.pending_title, self.title_end = True, i + n_title
            return i + n_title
        if self._title_abbreviation(i):  # "Menteri Keuangan (Menkeu)"
            return i + 1
        domain = self._domain_end(i)
        if domain:  # "Solopos.com", "NTVNews.id": the outlet by its address
            self._emit(i, domain, "ORG", "name", None)
            return domain
        if tok.text in VEHICLE_CODES and self._cap_at(i + 1):  # "KRI Nanggala-402": a vehicle, no entity
            return self._vehicle_end(i + 1)
        best = self._best_span(i)
        if best:
            end, type_, kind, entry = best
            tail = self._english_tail(end, own=kind == "head") if type_ in ("GPE", "ORG") or kind == "head" else None
            if tail:  # "Jakarta Post", "NU Online", "Jakarta Convention Center", "Convention Center"
                end, type_, kind, entry = tail[0], tail[1], "name" if kind == "gaz" else kind, None
                if type_ == "EVENT":  # "43rd ASEAN Summit", "Thomas Cup 2024"
                    i, end = self._ordinal_before(i), self._edition_after(end)
            self._emit(i, end, type_, kind, entry)
            return end
        if tok.is_cap and not tok.has_digit:
            if self._initial(i) and is_common(tok.text) and not self._tag_opens(i) and not (
                    is_person_word(tok.text) and self._cap_at(i + 1) and not self.headline):
                return self._initial_word(i)
            return self._name_run(i)
        if tok.low not in NAME_CONNECTORS:
            self.pending_title = False
        return i + 1

    # -- spans from heads and gazetteer

    def _best_span(self, i: int):
        """The longer of the head-word span and the gazetteer match at ``i`` (gazetteer on ties)."""
        if i not in self._best:
            self._best[i] = self._find_best_span(i)
        return self._best[i]

    def _find_best_span(self, i: int):
        tok = self.toks[i]
        lower_ok = tok.low in LOWER_FIRST_OK and self._cap_at(i + 1)
        if not (tok.is_cap or lower_ok):
            return None
        head = self._head_span(i) if tok.is_cap else None
        hit = self.gaz.lookup(self.toks, i)
        if hit and (self._ordinary_initial(i, hit) or self._english_name_goes_on(hit)):
            hit = None
        if hit and (not head or hit[0] >= head[0]):
            return hit[0], hit[1].type, "gaz", hit[1]
        if head:
            return head[0], head[1], "head", None
        return None

    def _head_word(self, i: int) -> tuple[str, int]:
        """The word at ``i`` with a glued hyphenated second half ("Undang-Undang"), and its length."""
        t = self.toks
        if i + 2 < len(t) and t[i + 1].text in HYPHENS and t[i + 1].glued and t[i + 2].glued:
            return f"{t[i].low}-{t[i + 2].low}", 3
        return t[i].low, 1

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(end, type) of a name opened by a head word, or None."""
        word, size = self._head_word(i)
        type_ = next((ty for ty, heads in HEAD_TYPES if word in heads), None)
        if type_ is None:
            return None
        end, parts = self._continue_head(i + size, type_, word)
        if not parts:
            single = word in STANDALONE_ORGS and self.toks[i].is_cap and not self._initial(i)
            return (i + size, "ORG") if single else None
        if word in GENERIC_HEADS and len(parts) == 1 and parts[0] == "place":
            return None  # "Tentara China": the country is the entity
        return end, type_

    def _continue_head(self, j: int, type_: str, head: str) -> tuple[int, list[str]]:
        """Extend a head-word span; returns its end and the kinds of parts taken."""
        t, parts, end, start = self.toks, [], j, j
        english = head in ENGLISH_HEADS
        stop = min(len(t), j + MAX_SPAN_TOKENS)
        while j < stop:
            tok = t[j]
            if tok.text in HYPHENS and tok.glued and j + 1 < len(t) and t[j + 1].glued and parts:
                j += 2
                end = j
                continue
            inner = self._inner_piece(j, head, parts)
            if inner:  # "Konferensi Tingkat Tinggi (KTT) G20", "KTT ke-43 ASEAN", "KTT BRICS 2023"
                parts.append(inner[1])
                j = end = inner[0]
                if inner[1] == "year":
                    break
                continue
            if tok.is_cap and (((self._specific(j, parts) or self._tag_ends(j)) and self._person_at(j)
                                or parts and self._person_at(j, CONFIDENT_TAG))
                               or _is_verb_form(tok.text) or tok.low in DEMONSTRATIVES):
                break  # "Bank Dunia | Jim Yong Kim", "Perang | Dihentikan", not "Rumah Sakit Cipto ..."
            if head not in NUMBERED_LAW_HEADS and (tok.low == "tahun" or tok.low in MONTHS) and j + 1 < len(t) \
                    and t[j + 1].has_digit:
                break  # "Universitas Indonesia | Tahun 2019": a date, not more of the name
            if head in ELECTION_HEADS and tok.is_cap and tok.low in TITLE_WORDS:
                parts.append("office")  # "Pemilihan Presiden AS 2024": the office elected is part of the name
                j = end = j + 1
                continue
            hit = self.gaz.lookup(t, j) if tok.is_cap else None
            if hit:
                parts.append("place" if hit[1].type in ("GPE", "LOC") else "name")
                j = end = hit[0]
                if type_ == "ORG" and parts[-1] == "place" and not self._name_goes_on(j) \
                        and not self._bracket_spells(start - 1, j):
                    break  # "Partai Komunis China" ends with its country
                if type_ == "ORG" and hit[1].type == "ORG" and self._two_name_words(j):
                    break  # "Partai Golkar | Agung Laksono": the party's own name ends it, a person follows
                continue
            if tok.is_cap:  # words and codes alike ("G20")
                if self._stops_head(j, type_, parts, english) or self._person_after(j, head, parts):
                    break
                parts.append("word")
                j = end = j + 1
                continue
            if head in NUMBERED_LAW_HEADS and (tok.text in LAW_NUMBER_WORDS or tok.has_digit):
                j += 1
                end = j if tok.text != "." else end
                continue
            if self._connector_ok(j, english) and (parts or english and tok.low in ENGLISH_LINKS):
                j += 1
                continue
            break
        if parts and parts[-1] == "abbr":  # nothing of the name after its short form
            parts.pop()
            end -= 3
        if all(p == "office" for p in parts):
            return start, []  # "Pemilihan Presiden" alone: an election, not a named one
        return end, parts

    def _english_tail(self, end: int, own: bool) -> tuple[int, str] | None:
        """A tail word that types the whole name ending at it, within the next few capitalised
        words after ``end`` or as the name's own last word: (new end, type), else None."""
        t = self.toks
        found = (end, ENGLISH_TAILS[t[end - 1].low]) if own and t[end - 1].low in ENGLISH_TAILS else None
        k, reach = end, min(len(t), end + MAX_TAIL_WORDS, end + MAX_SPAN_TOKENS)
        while k < reach and t[k].is_cap and not t[k].is_acronym:
            low = t[k].low
            if low in MEDIA_TAILS:
                return k + 1, "ORG"
            if low in ENGLISH_TAILS:  # the name goes on to a later tail ("Sports Park Indoor Arena")
                found = k + 1, ENGLISH_TAILS[low]
                reach = min(len(t), k + 1 + MAX_TAIL_WORDS, end + MAX_SPAN_TOKENS)
            k += 1
        return found

    def _inner_piece(self, j: int, head: str, parts: list[str]) -> tuple[int, str] | None:
        """A bracketed short form with the name going on after it, an ordinal ("ke-43") before more
        of the name, or an event's year: (end, kind) of that piece, else None."""
        t = self.toks
        if (t[j].low == "ke" and j + 3 < len(t) and t[j + 1].text in HYPHENS and t[j + 2].text.isdigit()
                and t[j + 2].glued and self._cap_at(j + 3)):
            return j + 3, "ordinal"
        if not parts:
            return None
        if (t[j].text == "(" and j + 3 < len(t) and t[j + 1].is_cap and t[j + 2].text == ")"
                and (t[j + 3].is_cap or t[j + 3].low == "ke")):
            return j + 3, "abbr"
        if head in EDITION_HEADS and YEAR_TOKEN.fullmatch(t[j].text) and not t[j].glued and not (
                j + 1 < len(t) and t[j + 1].glued and t[j + 1].text in "-–/"):
            return j + 1, "year"
        return None

    def _domain_end(self, i: int) -> int | None:
        """The end of a capitalised site name glued to its domain ("Solopos.com", "iNews.id",
        "Liputan6.co.id"), not inside an address ("www.x.com", "x.com/berita")."""
        t, j = self.toks, i + 1
        first = t[i].text
        if not (t[i].is_cap or first[:1].islower() and any(c.isupper() for c in first[1:])):
            return None
        if i and t[i].glued and t[i - 1].text in "./@":
            return None
        while j + 1 < len(t) and t[j].text == "." and t[j].glued and t[j + 1].glued and t[j + 1].low in SITE_DOMAINS:
            j += 2
        if j == i + 1 or (j < len(t) and t[j].glued and t[j].text in "/@"):
            return None
        return j

    def _ordinal_before(self, i: int) -> int:
        """Where an English event's name starts: at an English ordinal right before it ("43rd | ASEAN Summit")."""
        t = self.toks
        return i - 1 if i and not t[i].glued and ENGLISH_ORDINAL.fullmatch(t[i - 1].text) else i

    def _edition_after(self, j: int) -> int:
        """Where an English event's name ends: after the edition's year that follows it, with its
        bracketed short form between them ("World Economic Forum (WEF) 2026", "Thomas Cup 2024")."""
        t = self.toks
        k = j + 3 if j + 3 < len(t) and t[j].text == "(" and t[j + 1].is_acronym and t[j + 2].text == ")" else j
        if k < len(t) and YEAR_TOKEN.fullmatch(t[k].text) and not t[k].glued and not (
                k + 1 < len(t) and t[k + 1].glued and t[k + 1].text in "-–/"):
            return k + 1
        return j

    def _person_end(self, i: int) -> int:
        """Where the tagger ends a person it starts at token ``i`` ("Donald J. Trump", "Marcos, Jr."),
        as a token index; ``i`` where it starts none there."""
        t = self.toks
        sp = next((x for x in self._tag_at.get(t[i].start, ()) if x.label == "PER"), None)
        if sp is None:
            return i
        return next((k + 1 for k in range(i, len(t)) if t[k].end == sp.end), i)

    def _other_tag_at(self, j: int) -> bool:
        """The tagger starts an organisation or place at token ``j`` ("Kepala | Basarnas")."""
        return any(sp.label != "PER" for sp in self._tag_at.get(self.toks[j].start, ()))

    def _person_after(self, j: int, head: str, parts: list[str]) -> bool:
        """After the ordinary words of a descriptive name, or right after a ministry's short name,
        two name words are a person ("Kementerian Perhubungan | Novie Riyanto"), not the rest of
        the organisation."""
        t = self.toks
        short = head in SHORT_MINISTRY_HEADS  # "Kemlu | Roy Soemirat": the short name is whole already
        if not (head in DESCRIPTIVE_HEADS and parts or short) or "name" in parts or j + 1 >= len(t):
            return False
        return all(x.is_cap and x.is_word and not x.is_acronym and is_name_word(x.text)
                   and not self._best_span(k) for k, x in ((j, t[j]), (j + 1, t[j + 1])))

    def _specific(self, j: int, parts: list[str]) -> bool:
        """The head-word name before ``j`` already has a name of its own, not only ordinary words."""
        if any(p != "word" for p in parts):
            return True
        return any(x.is_word and not is_common(x.text) for x in self.toks[j - len(parts):j]) if parts else False

    def _name_goes_on(self, j: int) -> bool:
        """After a place inside an organisation's name, an ordinary capitalised word continues it
        ("Partai Demokrasi Indonesia Perjuangan"), a person or a date does not."""
        t = self.toks
        if not self._cap_at(j) or self._person_at(j) or self._best_span(j):
            return False
        tok = t[j]
        return is_common(tok.text) and not is_person_word(tok.text) and tok.low not in TITLE_WORDS \
            and tok.low not in MONTHS and tok.low not in WEEKDAYS

    def _tag_ends(self, j: int) -> bool:
        """The tagger ends an organisation or place right before token ``j`` ("PT Astra | Djony ...")."""
        end = self.toks[j - 1].end
        return any(sp.end == end and sp.label != "PER" for sp in self.tagged)

    def _place_at(self, j: int) -> bool:
        """A place the table knows starts at token ``j`` ("Sulawesi Tenggara", "Indonesia")."""
        hit = self.gaz.lookup(self.toks, j) if self._cap_at(j) else None
        return bool(hit) and hit[1].type in ("GPE", "LOC")

    def _org_at(self, j: int) -> bool:
        """The tagger puts an organisation's name starting at token ``j``."""
        return any(sp.label == "ORG" for sp in self._tag_at.get(self.toks[j].start, ()))

    def _person_at(self, j: int, score: float = 0.0) -> bool:
        """The tagger puts a person's name starting at token ``j`` (at least this sure)."""
        return any(sp.label == "PER" and sp.score >= score for sp in self._tag_at.get(self.toks[j].start, ()))

    def _two_name_words(self, j: int) -> bool:
        """Tokens ``j`` and ``j + 1`` are capitalised words no table or title starts, one of them a
        name word: a person's name ("Agung Laksono", "Surya Paloh")."""
        t = self.toks
        pair = ((j, t[j]), (j + 1, t[j + 1])) if j + 1 < len(t) else ()
        return bool(pair) and all(x.is_cap and x.is_word and not x.is_acronym and x.low not in TITLE_WORDS
                                  and self._head_word(k)[0] not in ALL_HEADS and not self.gaz.lookup(t, k)
                                  for k, x in pair) and any(is_name_word(x.text) for _, x in pair)

    def _stops_head(self, j: int, type_: str, parts: list[str], english: bool = False) -> bool:
        """A capitalised word that begins a person rather than continuing the name."""
        tok = self.toks[j]
        if tok.low in TITLE_WORDS and self._cap_at(j + 1) and self._name_follows(j + 1):
            return True  # "Polres Bogor | AKP Teguh Kumara"
        if not parts:
            return False
        if type_ == "ORG" and not self.tagged and not english and not is_common(tok.text) and not tok.is_acronym:
            return True  # "Politbiro Partai Komunis | Li Hongzhong"
        return self._head_word(j)[0] in EVENT_HEADS | ORG_HEADS and type_ == "EVENT"

    def _name_follows(self, j: int) -> bool:
        """Token ``j`` starts a person's name: no ordinary word, a given name, or the tagger's person."""
        tok = self.toks[j]
        return not is_common(tok.text) or is_person_word(tok.text) or self._person_at(j)

    def _connector_ok(self, j: int, english: bool) -> bool:
        """A small word or comma inside a name, followed by a capitalised word."""
        tok = self.toks[j]
        if not self._cap_at(j + 1) or self._head_word(j + 1)[0] in EVENT_HEADS:
            return False
        if tok.low in COORDINATORS and (self._head_word(j + 1)[0] in ALL_HEADS or self.gaz.lookup(self.toks, j + 1)):
            return False  # "Kabupaten Bogor dan | Kota Bekasi": two names joined
        if tok.text == ",":
            return english and not self.gaz.lookup(self.toks, j + 1)
        return tok.low in NAME_CONNECTORS

    # -- capitalised runs that are not in any table

    def _name_run(self, i: int) -> int:
        """Collect a run of capitalised words at ``i``, classify it, return the next index."""
        j = i + 1
        t = self.toks
        while j < len(t) and (j - i < MAX_NAME_TOKENS or t[j].low in ENGLISH_TAILS and j - i < MAX_SPAN_TOKENS):
            tok = t[j]  # a long English name goes on to its tail ("Chengdu Hi Tech Zone Sports Center Gymnasium")
            if tok.text in HYPHENS and self._glued_word(j + 1):
                j += 2
                continue
            if tok.low in PER_CONNECTORS and self._cap_at(j + 1):
                j += 1
                continue
            if not tok.is_cap or tok.has_digit or self._title_len(j) or self._starts_other(i, j):
                break
            j += 1
        j = max([j] + [self._person_end(k) for k in range(i, j)])  # "Yasonna H Laoly": on over an initial
        if not self._numbered_tail(j):  # "Covid-19", "MQ-9A" are not names
            self._classify(i, j)
        elif j - i > 1 and t[j - 1].is_acronym and self._org_at(i):  # "Sriwijaya Air | SJ-182": the
            k = next(n for n in range(i, j) if not t[n].is_acronym)  # company the tagger sees before a
            if k < j - 1:  # flight's code, after the acronyms before it ("operasi SAR | Sriwijaya Air")
                self._emit(k, j - 1, "ORG", "name", None)
        return j

    def _initial_word(self, i: int) -> int:
        """An ordinary word opening the sentence is left out ("Kemudian Sergei Lavrov"); alone,
        it is a candidate the document may explain ("Kim berkata", "Kongres menolak")."""
        nxt = i + 1
        if not self._cap_at(nxt):
            self._emit(i, nxt, None, "initial", None)
        return nxt

    def _classify(self, i: int, j: int) -> None:
        """Turn the run ``toks[i:j]`` into a mention, or nothing."""
        t = self.toks
        cut = next((k for k in range(i + 1, j) if _is_verb(t[k].text)), j)
        j = cut  # "Kim Jong Un | Bertemu Menteri"
        words = [x for x in t[i:j] if x.is_word]
        titled = self.pending_title or self._prev_low(i) in STRONG_PER_CUES
        has_name_word = any(not is_common(w.text) for w in words)
        if any(w.has_digit for w in words):
            return
        if len(words) > 1 and words[-1].low in ENGLISH_TAILS and not words[-1].is_acronym:
            type_ = ENGLISH_TAILS[words[-1].low]  # "Plaza Senayan Convention Center"
            if type_ == "EVENT":  # "World Economic Forum (WEF) 2026"
                i, j = self._ordinal_before(i), self._edition_after(j)
            self._emit(i, j, type_, "name", None)
            return
        if self.tagged and len(words) > 1:
            lo, hi = bisect.bisect_left(self._tag_starts, t[i].start), bisect.bisect_right(self._tag_starts, t[j - 1].end)
            inside = [sp for sp in self.tagged[lo:hi] if sp.end <= t[j - 1].end]
            before = self._person_into(lo, t[i].start, t[j - 1].end)
            inside = [before] + inside if before else inside
            if inside:  # the tagger knows where names start and end inside a run ("Harvey Moeis | Kaget")
                joined = self._join_split_person(inside)
                owner = titled and not any(x.label == "PER" for x in joined[1:])  # "CEO Tesla | Elon Musk"
                for n, sp in enumerate(joined):
                    lo_, hi_ = (joined[n - 1].end if n else -1), (joined[n + 1].start if n + 1 < len(joined) else len(self.text))
                    self._emit_tagged(self._fit_to_run(sp, i, j, lo_, hi_, titled and i > 0 and (t[i - 1].is_word or t[i - 1].text == ",")),
                                      owner and sp.start == t[i].start)
                return
            if not titled and (self.headline or not all(is_name_word(w.text) for w in words)):
                return  # a capitalised run the tagger sees no name in: a headline or a title
        elif self.headline and not titled and len(words) > 1 and not all(is_name_word(w.text) for w in words):
            return  # a headline's capitals are no evidence: "Ihsg | Kembali" is no person
        if len(words) == 1 and words[0].is_acronym:
            self._emit(i, j, None, "acronym", None)
        elif words[-1].low in MEDIA_TAILS and len(words) > 1:
            self._emit(i, j, "ORG", "name", None)
        elif titled and len(words) == 1 and not is_person_word(words[0].text) and self._place_at(j):
            self._emit(i, j, "ORG", "name", None)  # "Ketua Fopas | Sulawesi Tenggara": the office's body
        elif titled and (has_name_word or (len(words) == 1 and not self.tagged)):
            self._emit(i, j, "PER", "name", None)
        elif len(words) > 1 and has_name_word:
            self._emit(i, j, "PER", "name", None)
        elif len(words) == 1:
            self._emit(i, j, None, "name", None)  # the document decides ("Kim", "Shoigu")

    def _person_into(self, lo: int, start: int, end: int):
        """The tagger's person that begins before a run (at an organisation the rules found) and ends
        inside it, cut to the run: "BAKTI Kominfo | Anang Achmad Latif" gives "Anang Achmad Latif"."""
        sp = self.tagged[lo - 1] if lo else None
        if sp is None or sp.label != "PER" or not start < sp.end <= end:
            return None
        return replace(sp, start=start)

    def _join_split_person(self, spans: list) -> list:
        """Neighbouring tagger spans one space apart that make one person (:meth:`_joins`)."""
        out: list = []
        for sp in spans:
            prev = out[-1] if out else None
            if prev and self.text[prev.end:sp.start] == " " and self._joins(prev, sp):
                out[-1] = replace(prev, end=sp.end, label="PER", score=min(prev.score, sp.score))
            else:
                out.append(sp)
        return out

    def _joins(self, prev, sp) -> bool:
        """A person and the span after it, or a span opening with a given name and the person
        after it, are one person; an organisation before a person is not ("CEO Tesla | Elon Musk")."""
        if prev.label == "PER":
            return True
        first = self.text[prev.start:prev.end].split(" ", 1)[0]
        return sp.label == "PER" and is_person_word(first)

    def _fit_to_run(self, sp, i: int, j: int, lo: int = -1, hi: int | None = None, titled: bool = False):
        """A tagger person widened over the name words of its run it left out ("Purbaya | Yudhi Sadewa"),
        never into its neighbouring tagger spans (ending at ``lo``, starting at ``hi``),
        or, in a headline, cut before the ordinary words it took in ("Harvey Moeis Kaget"). After a
        title (and its organisation) the whole run before the person is the person's ("Ketua Umum Partai
        Golkar | Agung | Laksono"), ordinary words too."""
        hi = len(self.text) if hi is None else hi
        if sp.label != "PER":
            return sp
        t = self.toks
        k = next(n for n in range(i, j) if t[n].start >= sp.start)
        e = next(n for n in range(j - 1, i - 1, -1) if t[n].end <= sp.end)
        if self.headline:
            while e > k and t[e].is_word and not is_name_word(t[e].text):
                e -= 1
        else:
            while k > i and t[k - 1].start >= lo and t[k - 1].is_word and not t[k - 1].is_acronym and (
                    not is_common(t[k - 1].text) or titled and lo < 0 and t[k - 1].low not in TITLE_WORDS):
                k -= 1
            while e + 1 < j and t[e + 1].end <= hi and t[e + 1].is_word and not is_common(t[e + 1].text) \
                    and not t[e + 1].is_acronym:
                e += 1
        return replace(sp, start=t[k].start, end=t[e].end)

    def _emit_tagged(self, sp, titled: bool) -> None:
        """A tagger span inside a capitalised run, typed by the tagger (``titled``: a title stands right before)."""
        if self._tok_at is None:  # first token starting / last token ending at an offset
            by_start, by_end = {}, {}
            for n, x in enumerate(self.toks):
                by_start.setdefault(x.start, n)
                by_end.setdefault(x.end, n + 1)
            self._tok_at = by_start, by_end
        k, end = self._tok_at[0].get(sp.start), self._tok_at[1].get(sp.end)
        if k is None or end is None:
            return
        type_ = TAG_TYPES.get(sp.label)
        if titled and sp.score < CONFIDENT_TAG:  # "Presiden Stubb": the title says person
            type_ = "PER"
        if type_ == "PER":  # "BSSN Hinsa Siburian": an organisation's acronym before the person
            k = self._after_inner_title(k, end)
            while end - k > 1 and self.toks[k].is_acronym and self.toks[k + 1].is_cap:
                self._emit(k, k + 1, None, "acronym", None)
                k += 1
        if type_ == "LOC":
            entry = self.gaz.canonical_of(self.text[sp.start:sp.end])
            type_ = entry.type if entry and entry.type in ("GPE", "LOC") else "GPE"
        self._emit(k, end, type_, "name", None)

    def _after_inner_title(self, k: int, end: int) -> int:
        """Where a tagger person really starts: after a rank or title inside it ("Agam | Iptu | Fetra");
        a place before the title is emitted as itself."""
        inner = [n for n in range(k + 1, end - 1) if self.toks[n].low in TITLE_WORDS and self.toks[n].is_cap
                 and len(self.toks[n].text) > 1]  # "Yasonna H Laoly": one letter inside a name is an initial
        if not inner:
            return k
        hit = self.gaz.lookup(self.toks, k)
        if hit and hit[0] == inner[-1]:
            self._emit(k, hit[0], hit[1].type, "gaz", hit[1])
        return inner[-1] + 1

    # -- helpers

    def _emit(self, i: int, j: int, type_, kind: str, entry) -> None:
        t = self.toks
        start, end = t[i].start, t[j - 1].end
        prev = self._prev_low(i)
        m = Mention(start, end, self.text[start:end], type_, kind, self.sent, entry,
                    titled=self.pending_title or prev in STRONG_PER_CUES, cue=prev,
                    relative=self._near_kinship(i), initial=self._initial(i))
        if not (type_ in ("GPE", "LOC", "ORG") and kind == "gaz" or type_ == "ORG" and kind == "head"):
            self.pending_title = False
        self.out.append(m)

    def _title_len(self, i: int) -> int:
        """Length of a capitalised title at ``i`` with the fields of its office ("Menteri Komunikasi
        dan Informatika", "Direktur Utama"), else 0. A title is never a name, with or without one after it."""
        t = self.toks
        low = t[i].low
        opener = low in TITLE_WORDS or low in ENGLISH_TITLE_OPENERS
        if not t[i].is_cap or (not opener and low not in TITLE_FIRST_WORDS) or self._named_by_table(i):
            return 0
        n = next((len(p) for p in TITLE_FIRST_WORDS.get(low, ()) if tuple(x.low for x in t[i:i + len(p)]) == p), 0)
        if not n and opener:
            n = 1
        if not n or (not self.tagged and not self._cap_at(i + n)):
            return n if self.tagged else 0
        if n == 1 and low in RANK_WORDS:  # "Laksamana | Yudo Margono": the name follows at once
            while i + n < len(t) and t[i + n].low in RANK_FIELDS:
                n += 1
            return n
        return n + self._title_fields(i + n)

    def _title_fields(self, j: int) -> int:
        """Capitalised words after a title up to the name: ordinary words, more titles and links,
        or, where the tagger puts a person further on, every word before that person."""
        t, start = self.toks, j
        person = None
        if j < len(t):
            later = range(bisect.bisect_left(self._tag_starts, t[j].start), len(self.tagged))
            person = next((self.tagged[k].start for k in later if self.tagged[k].label == "PER"), None)
        stop = min(len(t), j + MAX_SPAN_TOKENS)
        while j < stop and t[j].is_word:
            tok = t[j]
            if person is not None and tok.start >= person:
                break
            if tok.low in TITLE_FIELD_LINKS and self._cap_at(j + 1):
                j += 1
                continue
            if not tok.is_cap or self._best_span(j) or tok.is_acronym or self._other_tag_at(j):
                break
            if not (tok.low in TITLE_WORDS or tok.low in ENGLISH_OFFICE_WORDS or is_common(tok.text)
                    or person is not None):
                break
            if person is not None and self._first_name_of(j, person):
                break  # "Secretary of Commerce Howard | Lutnick": the tagger found the surname only
            if person is None and is_person_word(tok.text) and tok.low not in TITLE_WORDS and self._cap_at(j + 1):
                break  # "Menteri Perhubungan | Budi Karya Sumadi"
            j += 1
        while j > start and t[j - 1].low in TITLE_FIELD_LINKS:
            j -= 1
        return j - start

    def _bracket_spells(self, i: int, j: int) -> bool:
        """The capitalised words from ``i`` (or the one after it) up to a bracketed acronym a few
        words after ``j`` are what the acronym spells: "PT Kereta Cepat Indonesia China (KCIC)"."""
        t = self.toks
        k = next((n for n in range(j, min(j + MAX_TAIL_WORDS + 1, len(t) - 2)) if t[n].text == "("), None)
        if k is None or not t[k + 1].is_acronym or t[k + 2].text != ")" or not all(x.is_cap for x in t[j:k]):
            return False
        initials = "".join(x.text[0] for x in t[i:k] if x.is_cap).casefold()
        short = t[k + 1].text.casefold()
        return short in (initials, initials[1:])

    def _named_by_table(self, i: int) -> bool:
        """A table name starts at ``i`` ("Raja Ampat"), other than an office of an organisation the
        table knows on its own ("Sekjen | PBB": the title, then the organisation)."""
        hit = self.gaz.lookup(self.toks, i)
        if not hit:
            return False
        rest = self.gaz.lookup(self.toks, i + 1) if hit[1].type == "ORG" else None
        return not (rest and rest[0] == hit[0] and rest[1].type == "ORG")

    def _vehicle_end(self, j: int) -> int:
        """The end of a vehicle's name: capitalised words, numbers and glued hyphens."""
        t = self.toks
        while j < len(t) and (t[j].is_cap or t[j].has_digit or t[j].text in HYPHENS and t[j].glued):
            j += 1
        return j

    def _first_name_of(self, j: int, person: int) -> bool:
        """Token ``j`` is a name word right before the person the tagger starts next: the first name
        the tagger left out ("Secretary of Commerce Howard | Lutnick", "Menteri Keuangan Purbaya |
        Yudhi Sadewa")."""
        t, tok = self.toks, self.toks[j]
        return j + 1 < len(t) and t[j + 1].start == person and not (
            tok.is_acronym or is_common(tok.text) or tok.low in TITLE_WORDS or tok.low in ENGLISH_OFFICE_WORDS)

    def _tag_opens(self, i: int) -> bool:
        """The tagger puts a name of two words or more starting at token ``i``."""
        tok = self.toks[i]
        if not self._cap_at(i + 1) or self._best_span(i + 1):
            return False  # "Koalisi | Perserikatan Bangsa-Bangsa": a table name follows
        return any(sp.end > tok.end for sp in self._tag_at.get(tok.start, ()))

    def _title_abbreviation(self, i: int) -> bool:
        """One capitalised word in brackets right after a title: the title's short form."""
        t = self.toks
        return (self.title_end == i - 1 and t[i - 1].text == "(" and i + 1 < len(t) and t[i + 1].text == ")"
                and t[i].is_cap)

    def _starts_other(self, i: int, j: int) -> bool:
        """A table name starts at ``j``, other than a known person's one-word name ending
        a name begun at ``i`` ("Listyo Sigit Prabowo", but not "Pemerintahan Biden")."""
        best = self._best_span(j)
        if not best:
            return False
        end, type_, kind, _ = best
        surname = kind == "gaz" and type_ == "PER" and end == j + 1
        return not (surname and any(not is_common(t.text) for t in self.toks[i:j] if t.is_word))

    def _numbered_tail(self, j: int) -> bool:
        """The run continues with a glued hyphen and a number ("Covid" in "Covid-19")."""
        t = self.toks
        return (j + 1 < len(t) and t[j].text in HYPHENS and t[j].glued and t[j + 1].glued
                and t[j + 1].has_digit)

    def _glued_word(self, j: int) -> bool:
        """A letters-only word glued to a hyphen before it ("Jae-in"), not a name of its own."""
        t = self.toks
        return (j < len(t) and t[j].glued and t[j - 1].glued and t[j].text.isalpha()
                and not self._best_span(j))

    def _ordinary_initial(self, i: int, hit) -> bool:
        """A one-word gazetteer place that is an ordinary word opening a sentence ("Dunia ...")."""
        return (hit[0] == i + 1 and hit[1].source != "alias" and self._initial(i)
                and is_common(self.toks[i].text))

    def _english_name_goes_on(self, hit) -> bool:
        """An English country name followed by more of an English name ("United States Trade
        Representative"), not by a title or a person: the whole run is one name, found as a run."""
        end, entry = hit
        if entry.source != "english" or not self._cap_at(end):
            return False
        tok = self.toks[end]
        return not (tok.is_acronym or is_common(tok.text) or tok.low in TITLE_WORDS
                    or tok.low in ENGLISH_TITLE_OPENERS or self._person_at(end))

    def _cap_at(self, j: int) -> bool:
        return j < len(self.toks) and self.toks[j].is_cap

    def _prev_low(self, i: int) -> str:
        return self.toks[i - 1].low if i > 0 else ""

    def _initial(self, i: int) -> bool:
        """First word of the sentence, or right after an opening quote or colon."""
        k = i - 1
        while k >= 0 and not self.toks[k].is_word:
            if self.toks[k].text in OPENERS:
                return True
            k -= 1
        return k < 0

    def _near_kinship(self, i: int) -> bool:
        """A kinship word among the three words before ``i``."""
        return any(x.low in KINSHIP for x in self.toks[max(0, i - 3):i])


def _is_headline(toks: list[Tok]) -> bool:
    """A sentence in title case or capitals: every word but function words ("di", "dengan",
    "untuk", "yang") starts with a capital."""
    words = [x for x in toks if x.is_word and not x.has_digit]
    return len(words) >= HEADLINE_MIN_WORDS and all(
        x.is_cap or len(x.text) <= HEADLINE_SMALL_WORD or x.low in HEADLINE_LOWER_WORDS for x in words)


def _is_verb_form(word: str) -> bool:
    """A passive, active or imperative verb ("Dihentikan", "Menolak", "Tegaskan"): it never continues a name."""
    low = word.casefold()
    imperative = low.endswith(VERB_SUFFIX) and not low.startswith(NOUN_PREFIXES)  # not "Pendidikan"
    return (low.startswith(VERB_PREFIXES) or imperative) and is_affixed(word)


def _is_verb(word: str) -> bool:
    """An affixed verb-like word ("Bertemu") that cannot end a name."""
    return word.casefold().startswith(AFFIX_PREFIXES) and is_affixed(word)


__all__ = ["Mention", "recognize", "sentence_spans", "PER_CUES", "LOWER_LOC_HEADS"]
