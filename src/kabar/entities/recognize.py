"""Find entity mentions in one document: gazetteer names, head-word names, and name runs.

Each sentence is scanned left to right. At every capitalised token the longest of
(1) a head-word span ("Kementerian Pertahanan Korea Selatan", "Perang Korea") and
(2) a gazetteer/alias match ("Korea Utara", "PBB") wins; titles ("Presiden",
"Menteri Pertahanan") are skipped but remembered as a cue for the person after them;
any other capitalised run is a candidate name, typed here or later in
:mod:`kabar.entities.canonical`. The scanner's parts live beside it: head-word and gazetteer
spans (:mod:`.scan_heads`), capitalised runs (:mod:`.scan_runs`), titles (:mod:`.scan_titles`)
and the tagger's opinion (:mod:`.scan_tags`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.id.entity_heads import (COMPASS_WORDS, GROUP_WORDS, KINSHIP, LEGAL_FORMS, LOWER_FIRST_OK, LOWER_LOC_HEADS,
                                    NAME_CONNECTORS, SITE_DOMAINS, VEHICLE_CODES)
from ..lang.id.not_names import PLATFORMS, WORK_MAKERS, WORK_NOUNS
from ..lang.id.titles import PER_CUES, STRONG_PER_CUES
from .gazetteer import Entry, Gazetteer
from .lexicon import is_common, is_person_word
from .scan_heads import HeadSpans
from .scan_runs import NameRuns, is_headline
from .scan_tags import TagQueries
from .scan_titles import TitleSpans
from .tokens import HYPHENS, Tok, tokenize

# Tokens after which the next word starts a (quoted or introduced) sentence of its own.
OPENERS = frozenset("“\"‘'(:[")
QUOTES = frozenset("“\"‘'")  # a quotation mark opening a work's title
SHORT_FORM_TYPES = frozenset({"ORG", "LAW", "EVENT"})  # bodies and things whose bracketed short form follows them
MAX_VARIANT_DIGITS = 3  # digits of a model's variant after its hyphen ("737-8", "A320-200"); a year's four are a range
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
    tagged: str | None = None  # the tagger's label over a bare acronym no table knows (crf.combine)


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


class _Scanner(HeadSpans, NameRuns, TitleSpans, TagQueries):
    """One pass over the tokens of one sentence."""

    def __init__(self, text: str, toks: list[Tok], sent: int, gaz: Gazetteer, tagged: Sequence = ()):
        self.text, self.toks, self.sent, self.gaz = text, toks, sent, gaz
        self.tagged = tagged
        self._tag_starts = [sp.start for sp in tagged]  # tagged spans come sorted by start
        self._other_tag_ends = {sp.end for sp in tagged if sp.label != "PER"}  # organisations' and places' ends
        self._tag_at: dict[int, list] = {}  # tagged spans by start offset
        for sp in tagged:
            self._tag_at.setdefault(sp.start, []).append(sp)
        self._tok_at: tuple[dict[int, int], dict[int, int]] | None = None  # token index by start, by end
        self._best: dict[int, tuple | None] = {}  # _best_span by token index (it depends on nothing else)
        self.pending_title = False
        self.title_end = -1  # token index right after the last title
        self.headline = is_headline(toks)  # title case: capitals are no evidence of names
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
        if tok.text.islower() and tok.low not in LOWER_FIRST_OK:  # no capital: no title, site, table name opens here
            if tok.low not in NAME_CONNECTORS:
                self.pending_title = False
            return i + 1
        if self._reduplicated(i):  # "Detik-detik", "Anak-anak": an ordinary word doubled, never a name
            return i + 3
        work = self._work_title_end(i)
        if work:  # "film Titanic", "film 'Captain America: The Winter Soldier'": a work's title, no entity
            return work
        if tok.low in GROUP_WORDS and self._cap_at(i + 1) and self._best_span(i + 1):
            return i + 1  # "Tim | Densus 88", "Tim | Basarnas Padang": the body's name without its team
        if tok.low in PLATFORMS and self._cap_at(i + 1):  # "kanal YouTube | MoFA Indonesia": the channel's name
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
        lettered = self._lettered_org_end(i)
        if lettered:  # "F-PD", "F-PKS": a faction of a party, by its letter and the party's short name
            self._emit(i, lettered, "ORG", "name", None)
            return lettered
        if tok.text in VEHICLE_CODES and self._cap_at(i + 1):  # "KRI Nanggala-402": a vehicle, no entity
            return self._vehicle_end(i + 1)
        best = self._best_span(i)
        if best:
            end, type_, kind, entry = best
            if kind == "gaz" and type_ in ("GPE", "LOC") and self._compass_at(end):
                end, kind, entry = end + 1, "name", None  # "Bekasi Timur", "Indonesia Timur": a part of the place
            tail = self._english_tail(end, own=kind == "head") if type_ in ("GPE", "ORG") or kind == "head" else None
            if tail:  # "Jakarta Post", "NU Online", "Jakarta Convention Center", "Convention Center"
                end, type_, kind, entry = tail[0], tail[1], "name" if kind == "gaz" else kind, None
                if type_ == "EVENT":  # "43rd ASEAN Summit", "Thomas Cup 2024"
                    i, end = self._ordinal_before(i), self._edition_after(end)
            self._emit(i, end, type_, kind, entry)
            return end
        short = self._bracketed_short_form(i)
        if short:  # "Dinas Pendidikan (Disdik) Budi Hutapea": the body's short form, not the person's first word
            self._emit(i, i + 1, short, "name", None)
            return i + 1
        if tok.is_cap and not tok.has_digit and self._after_model_number(i):
            return i + 1  # "Boeing 737-8 | Max": a product's variant, no name
        if tok.is_cap and not tok.has_digit:
            if self._initial(i) and is_common(tok.text) and not self._tag_opens(i) and not (
                    is_person_word(tok.text) and self._cap_at(i + 1) and not self.headline):
                return self._initial_word(i)
            return self._name_run(i)
        if tok.low not in NAME_CONNECTORS:
            self.pending_title = False
        return i + 1

    def _emit(self, i: int, j: int, type_, kind: str, entry) -> None:
        t = self.toks
        start, end = t[i].start, t[j - 1].end
        prev = self._prev_low(i)
        m = Mention(start, end, self.text[start:end], type_, kind, self.sent, entry,
                    titled=self.pending_title or prev in STRONG_PER_CUES, cue=prev,
                    relative=self._near_kinship(i), initial=self._initial(i))
        if not (type_ in ("GPE", "LOC", "ORG") and kind in ("gaz", "head")):  # "Bupati Kepulauan Seribu | Junaedi"
            self.pending_title = False
        self.out.append(m)

    def _domain_end(self, i: int) -> int | None:
        """The end of a capitalised site name glued to its domain ("Solopos.com", "iNews.id",
        "Liputan6.co.id"), not inside an address ("www.x.com", "x.com/berita")."""
        t, j = self.toks, i + 1
        if j + 1 >= len(t) or t[j].text != ".":
            return None  # the cheap test first: no full stop after the word
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

    def _lettered_org_end(self, i: int) -> int | None:
        """The end of one capital glued by a hyphen to an organisation the tables know ("F-PD",
        "F-Gerindra"), else None ("X-RAY" is no name)."""
        t = self.toks
        if not (len(t[i].text) == 1 and t[i].text.isupper() and i + 2 < len(t) and t[i + 1].text in HYPHENS
                and t[i + 1].glued and t[i + 2].glued):
            return None
        best = self._best_span(i + 2)
        return best[0] if best and best[1] == "ORG" else None

    def _vehicle_end(self, j: int) -> int:
        """The end of a vehicle's name: capitalised words, numbers and glued hyphens."""
        t = self.toks
        while j < len(t) and (t[j].is_cap or t[j].has_digit or t[j].text in HYPHENS and t[j].glued):
            j += 1
        return j

    def _reduplicated(self, i: int) -> bool:
        """The word at ``i`` is doubled with a glued hyphen ("Detik-detik"): an Indonesian plural or
        intensive of an ordinary word, unless a name doubles it ("Undang-Undang ...", "Bangsa-Bangsa")."""
        t = self.toks
        if not (i + 2 < len(t) and t[i + 1].text in HYPHENS and t[i + 1].glued and t[i + 2].glued
                and t[i + 2].low == t[i].low and not t[i + 2].is_cap):  # a name doubles in capitals ("Ampek-Ampek")
            return False
        best = self._best_span(i)
        return best is None or best[0] <= i + 1  # not a head word doubled ("Undang-Undang")

    def _after_model_number(self, i: int) -> bool:
        """Token ``i`` follows a model number of digits joined by a hyphen ("737-8 | Max", "A320-200 | Neo"), not a
        range of years ("2019-2020 | Budiman")."""
        t = self.toks
        return i >= 3 and t[i - 1].text.isdigit() and len(t[i - 1].text) <= MAX_VARIANT_DIGITS and t[i - 1].glued \
            and t[i - 2].text in HYPHENS and t[i - 2].glued and t[i - 3].has_digit and not self.gaz.lookup(t, i)

    def _bracketed_short_form(self, i: int) -> str | None:
        """The type of the organisation, law or event named right before the brackets that hold the one
        capitalised word at ``i`` ("Dinas Pendidikan (Disdik)"): that word is its short form, unless it is a
        company's legal form ("PT Pertamina (Persero)"). Else None."""
        t, last = self.toks, self.out[-1] if self.out else None
        if not (last and last.type in SHORT_FORM_TYPES and 1 < i < len(t) - 1 and t[i].is_cap and t[i - 1].text == "("
                and t[i + 1].text == ")" and last.end == t[i - 2].end) or t[i].low in LEGAL_FORMS:
            return None
        return last.type

    def _work_title_end(self, i: int) -> int:
        """Where the title of a work ends that opens at ``i`` right after a noun of works ("film | Titanic", "novel
        '| Laskar Pelangi'"): capitalised words, numbers, colons and hyphens; 0 where none opens here, or where a table
        name opens or the noun is a maker's ("studio film | Walt Disney") or doubled ("film-film | Hollywood")."""
        t = self.toks
        k = i - 1 if i and t[i - 1].text in QUOTES else i
        if not (t[i].is_cap and k > 0 and t[k - 1].low in WORK_NOUNS and t[k - 1].text.islower()) \
                or k > 1 and (t[k - 2].low in WORK_MAKERS or t[k - 2].text in HYPHENS) or self._best_span(i):
            return 0  # "studio film | Walt Disney", "film-film | Hollywood": the maker, the place
        j = i + 1
        while j < len(t) and (t[j].is_cap or t[j].has_digit or t[j].text in ":-" and self._cap_at(j + 1)):
            j += 1
        return j

    def _compass_at(self, j: int) -> bool:
        """A capitalised compass word stands alone at ``j`` ("Timur" after "Bekasi"): Indonesian capitalises one only
        inside a place's name; not one that opens a name of its own ("Timur Tengah")."""
        t = self.toks
        return j < len(t) and t[j].is_cap and t[j].low in COMPASS_WORDS and not t[j].glued \
            and not (j + 1 < len(t) and (t[j + 1].is_cap or t[j + 1].glued and t[j + 1].text in HYPHENS)) \
            and not self.headline

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
        for x in self.toks[max(0, i - 3):i]:  # a plain loop: called for every mention
            if x.low in KINSHIP:
                return True
        return False


__all__ = ["Mention", "recognize", "sentence_spans", "PER_CUES", "LOWER_LOC_HEADS"]
