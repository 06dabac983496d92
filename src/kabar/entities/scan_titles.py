"""Titles and the fields of their offices, for the entity scanner (a mixin of
:class:`kabar.entities.recognize._Scanner`): "Menteri Komunikasi dan Informatika", "Direktur Utama",
"Laksamana", "Secretary of Commerce" are never names, and cue the person after them.
"""
from __future__ import annotations

import bisect

from ..lang.id.titles import (ENGLISH_OFFICE_WORDS, ENGLISH_TITLE_OPENERS, PORTFOLIO_FIELDS, PORTFOLIO_TITLES, RANK_FIELDS, RANK_WORDS,
                              TITLE_FIELD_LINKS, TITLE_PHRASES, TITLE_WORDS)
from .lexicon import is_common, is_person_word
from .scan_heads import MAX_SPAN_TOKENS

# Multi-word titles by their first word, longest first.
TITLE_FIRST_WORDS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(TITLE_PHRASES, key=len, reverse=True):
    TITLE_FIRST_WORDS.setdefault(_phrase[0], []).append(_phrase)


class TitleSpans:
    """How long a title with its office's fields is, and what stands right after it."""

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
        return n + self._title_fields(i + n, any(x.low in PORTFOLIO_TITLES for x in t[i:i + n]))

    def _title_fields(self, j: int, portfolio: bool = False) -> int:
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
            portfolio = portfolio or t[j - 1].low in PORTFOLIO_TITLES  # "Mantan Menteri | Perumahan Rakyat"
            if tok.low in RANK_FIELDS and tok.is_cap and t[j - 1].low in TITLE_WORDS or tok.low in PORTFOLIO_FIELDS \
                    and tok.is_cap:
                j += 1  # "Kapten Inf | Suparno", "Dirjen Aptika | Semuel": a corps or a field, where the tagger
                continue  # began its person early
            if person is not None and tok.start >= person:
                if not (tok.start == person and tok.is_cap and is_common(tok.text) and (
                        t[j - 1].low in TITLE_FIELD_LINKS or j > start and not is_person_word(tok.text)
                        and self._cap_at(j + 1))):
                    break
                person = None  # "Menteri Kelautan dan | Perikanan", "... dan Sumber Daya Mineral | Jero Wacik": fields
                # where the tagger began its person early; the fields go on over ordinary words
            if tok.low in TITLE_FIELD_LINKS and self._cap_at(j + 1) or tok.low in PORTFOLIO_FIELDS and tok.is_cap:
                j += 1
                continue
            spelled = self._spelled_title_end(j)
            if spelled:
                j = spelled  # "Kepala | Pusat Penerangan Hukum (Kapuspenkum) | Kejagung": the unit the title's short
                continue  # form spells is the office, no organisation of its own
            office_code = tok.is_acronym and tok.low in ENGLISH_OFFICE_WORDS  # "Direktur Network dan | IT Solutions"
            if not tok.is_cap or self._best_span(j) and not (portfolio and self._portfolio_words(j)) \
                    or (tok.is_acronym or self._other_tag_at(j)) and not office_code:
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

    def _spelled_title_end(self, j: int) -> int:
        """Where capitalised words from ``j`` end in a bracketed title's short form ("Pusat Penerangan Hukum
        (Kapuspenkum)"): the token after the bracket, else 0."""
        t, k = self.toks, j
        stop = min(len(t) - 2, j + MAX_SPAN_TOKENS)
        while k < stop and (t[k].is_cap and t[k].is_word or k > j and t[k].low in TITLE_FIELD_LINKS):
            k += 1
        if k > j and k < stop and t[k].text == "(" and t[k + 1].low in TITLE_WORDS and t[k + 2].text == ")":
            return k + 3
        return 0

    def _portfolio_words(self, j: int) -> bool:
        """A place's head-word name at ``j`` made of ordinary words only ("Perumahan Rakyat", "Lapangan
        Kerja"): among a portfolio title's fields, more of the portfolio."""
        end, type_, kind, _ = self._best_span(j)
        return kind == "head" and type_ in ("LOC", "GPE") and all(
            x.is_word and not x.is_acronym and is_common(x.text) for x in self.toks[j:end])

    def _named_by_table(self, i: int) -> bool:
        """A table name starts at ``i`` ("Raja Ampat"), other than an office of an organisation the
        table knows on its own ("Sekjen | PBB": the title, then the organisation)."""
        hit = self.gaz.lookup(self.toks, i)
        if not hit:
            return False
        rest = self.gaz.lookup(self.toks, i + 1) if hit[1].type == "ORG" else None
        return not (rest and rest[0] == hit[0] and rest[1].type == "ORG")

    def _first_name_of(self, j: int, person: int) -> bool:
        """Token ``j`` is a name word right before the person the tagger starts next: the first name
        the tagger left out ("Secretary of Commerce Howard | Lutnick", "Menteri Keuangan Purbaya |
        Yudhi Sadewa")."""
        t, tok = self.toks, self.toks[j]
        return j + 1 < len(t) and t[j + 1].start == person and not (
            tok.is_acronym or is_common(tok.text) or tok.low in TITLE_WORDS or tok.low in ENGLISH_OFFICE_WORDS)

    def _title_abbreviation(self, i: int) -> bool:
        """One capitalised word in brackets right after a title: the title's short form."""
        t = self.toks
        return (self.title_end == i - 1 and t[i - 1].text == "(" and i + 1 < len(t) and t[i + 1].text == ")"
                and t[i].is_cap)
