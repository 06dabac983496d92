"""Head-word and gazetteer spans for the entity scanner (a mixin of :class:`kabar.entities.recognize._Scanner`).

A head word opens one outermost name over the capitalised words after it ("Kementerian Pertahanan
Korea Selatan", "Perang Korea", "KTT ke-43 ASEAN"); the gazetteer gives the longest known name at a
token; English names are typed by a tail word ("Jakarta Convention Center", "World Economic Forum").
"""
from __future__ import annotations

import re

from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.entity_heads import (CAPITALISED_FUNCTION_WORDS, COURT_HEADS, HEAD_SPELLINGS, HONOUR_HEADS, COURT_OPENERS, DESCRIPTIVE_HEADS, EDITION_HEADS, ELECTION_HEADS, FEATURE_HEADS, ENGLISH_HEADS, ENGLISH_LINKS,
                                    ENGLISH_TAILS, EVENT_HEADS, GENERIC_HEADS, GPE_HEADS, LAW_HEADS, LAW_NUMBER_WORDS,
                                    LEGAL_FORMS, LOC_HEADS, LOWER_FIRST_OK, MEDIA_TAILS, NAME_CONNECTORS, NUMBERED_LAW_HEADS,
                                    ORG_HEADS, SHORT_MINISTRY_HEADS, STANDALONE_ORGS)
from ..lang.id.titles import ADDRESS_WORDS, ENGLISH_TITLE_OPENERS, INITIALS_WORDS, RANK_WORDS, TITLE_WORDS
from ..lang.id.units import CURRENCY_PREFIXES
from .lexicon import is_affixed, is_common, is_name_word, is_person_word
from .scan_tags import CONFIDENT_TAG
from .tokens import HYPHENS

HEAD_TYPES = (("ORG", ORG_HEADS), ("EVENT", EVENT_HEADS), ("LAW", LAW_HEADS), ("GPE", GPE_HEADS),
              ("LOC", LOC_HEADS))
ALL_HEADS = ORG_HEADS | EVENT_HEADS | LAW_HEADS | GPE_HEADS | LOC_HEADS
# Each head word's type: the first of HEAD_TYPES that holds it (one lookup per capitalised token).
HEAD_TYPE_OF = {word: type_ for type_, heads in reversed(HEAD_TYPES) for word in heads}
# The most tokens a head-word name or a title's fields may run over (the longest in news is about 16):
# the bound that keeps a pathological capitalised run of any length linear.
MAX_SPAN_TOKENS = 40
# How far after a known name a tail word may type it ("Bali Nusa Dua Convention Center").
MAX_TAIL_WORDS = 4
MAX_INITIALS = 4  # capitals of a person's initials ("AS", "MRA")
MAX_PERSON_TAIL = 3  # words of a title's person ending a body's run ("Suaidi Marasabessy", "Mahfud MD")
INITIALS_LETTERS = 2  # a person's initials after the name ("Mahfud MD")
MAX_SHORT_PARTS = 3  # tokens of a bracketed short form ("TNI AD")
MAX_HONORIFIC = 4  # letters of an abbreviated honorific ("Dr", "Prof")
# Prefixes of verbs (not of nouns like "Penanggulangan" or adjectives like "Terpadu").
VERB_PREFIXES = ("di", "me")
VERB_SUFFIX = "kan"
NOUN_PREFIXES = ("pe", "ke")
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
ENGLISH_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Demonstratives never continue a name ("RUU Cipta Kerja | Ini" in a title-case line).
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# Heads of meetings that ordinary words after them only describe ("Rapat Paripurna").
MEETING_HEADS = frozenset({"rapat"})
# Words for a body's premises that make no name of their own before the body's name ("Kantor PCO").
DESCRIPTIVE_OFFICES = frozenset({"kantor"})
# Connectors that join two names rather than continue one.
COORDINATORS = frozenset({"dan", "and", "serta"})
# Connectors inside a name ("Komisi untuk Orang Hilang") that join two where another name's head follows.
PURPOSE_LINKS = frozenset({"untuk", "bagi"})


class HeadSpans:
    """Spans opened by a head word or found in the gazetteer, and where they end."""

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
        if hit and (self._ordinary_initial(i, hit) or self._english_name_goes_on(hit) or self._after_initials_cue(i)):
            hit = None  # "berinisial | AS": a person's initials, not the table's country
        if hit and hit[1].type == "PER" and hit[0] == i + 1 and self._person_end(i) > hit[0]:
            hit = None  # "Purbaya | Sadewa": the tagger's person goes on past the table's one-word name
        if hit and (not head or hit[0] >= head[0] or self._headline_words_after(hit[0], head[0])
                    or head[1] == "GPE" and hit[1].source == "wilayah"):  # "Kabupaten Agam | Budi Perwira Negara"
            return hit[0], hit[1].type, "gaz", hit[1]
        if head:
            return head[0], head[1], "head", None
        return None

    def _after_initials_cue(self, i: int) -> bool:
        """A word that announces initials stands right before a short run of capitals ("berinisial AS")."""
        t = self.toks
        return i > 0 and t[i - 1].low in INITIALS_WORDS and t[i].is_acronym and len(t[i].text) <= MAX_INITIALS

    def _known_org_at(self, j: int) -> bool:
        """An organisation the table knows, or an acronym, starts at ``j``; not an acronym no table knows with a
        capitalised word after it ("Kantor | SAR Padang": the regional office's own name, head word and all)."""
        if j >= len(self.toks) or not self.toks[j].is_cap:
            return False
        hit = self.gaz.lookup(self.toks, j)
        if hit:
            return hit[1].type == "ORG"
        return self.toks[j].is_acronym and not (self._cap_at(j + 1) and self.toks[j + 1].is_word
                                                and not self.toks[j + 1].is_acronym)

    def _headline_words_after(self, j: int, end: int) -> bool:
        """In a title-case headline, the words a head word's name adds after a table name ("Bank Dunia |
        Minder") are no evidence the name goes on: no table name or acronym among them."""
        return self.headline and all(x.is_word and not x.is_acronym and not self.gaz.lookup(self.toks, k)
                                     for k, x in enumerate(self.toks[j:end], j))

    def _head_word(self, i: int) -> tuple[str, int]:
        """The word at ``i`` with a glued hyphenated second half ("Undang-Undang"), and its length."""
        t = self.toks
        if i + 2 < len(t) and t[i + 1].text in HYPHENS and t[i + 1].glued and t[i + 2].glued:
            return f"{t[i].low}-{t[i + 2].low}", 3
        return HEAD_SPELLINGS.get(t[i].low, t[i].low), 1  # "Komplek Parlemen": a head word misspelt

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(end, type) of a name opened by a head word, or None."""
        word, size = self._head_word(i)
        type_ = HEAD_TYPE_OF.get(word)
        if type_ is None:
            return None
        if word in DESCRIPTIVE_OFFICES and self._known_org_at(i + size):
            return None  # "Kantor PCO", "Kantor Kominfo Jakarta": the office of a body is the body
        end, parts = self._continue_head(i + size, type_, word)
        if not parts:
            single = word in STANDALONE_ORGS and self.toks[i].is_cap and not self._initial(i)
            return (i + size, "ORG") if single else None
        if word in GENERIC_HEADS and len(parts) == 1 and parts[0] == "place":
            return None  # "Tentara China": the country is the entity
        if word in MEETING_HEADS and (not self._specific(end, parts) or self._about_acronym(i + size, end, parts)):
            return None  # "Rapat Paripurna", "Rapat Kerja": a kind of meeting, not a named one
        if self.headline and type_ in ("ORG", "LOC", "GPE") and not self._specific(end, parts) \
                and not self._tag_covers(i, end):
            return None  # "Puluhan Rumah Hanyut": a title-case line's ordinary words, no name the tagger sees
        return end, type_

    def _continue_head(self, j: int, type_: str, head: str) -> tuple[int, list[str]]:
        """Extend a head-word span; returns its end and the kinds of parts taken."""
        t, parts, end, start = self.toks, [], j, j
        english = head in ENGLISH_HEADS
        titled = self._titled(j - len(head.split("-")) * 2 + 1)
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
            honoured = bool(parts) and (parts[-1] == "honorific" or parts[-1] == "abbr" and head in HONOUR_HEADS)
            # the person a name honours goes on ("RSUP Dr. | Sardjito", "UIN | Syarif Hidayatullah")
            if tok.is_cap and (((self._specific(j, parts) or self._tag_ends(j)) and self._person_at(j) and not honoured
                                or parts and self._person_at(j, CONFIDENT_TAG) and not honoured)
                               or _is_verb_form(tok.text) and not self._feature_name(j, head, parts)
                               or tok.low in DEMONSTRATIVES):
                break  # "Bank Dunia | Jim Yong Kim", "Perang | Dihentikan", not "Rumah Sakit Cipto ..."
            if head not in NUMBERED_LAW_HEADS and (tok.low == "tahun" or tok.low in MONTHS) and j + 1 < len(t) \
                    and t[j + 1].has_digit:
                break  # "Universitas Indonesia | Tahun 2019": a date, not more of the name
            if tok.low in CURRENCY_PREFIXES:
                break  # "PT Vostra Sukses Makmur | Rp 6,2 triliun": a sum after the name
            if head in ELECTION_HEADS and tok.is_cap and tok.low in TITLE_WORDS:
                parts.append("office")  # "Pemilihan Presiden AS 2024": the office elected is part of the name
                j = end = j + 1
                continue
            if self._honorific_in_name(j):
                parts.append("honorific")  # "RSUP Dr. | Sardjito": a person's honorific inside a place's name
                j = end = j + 2
                continue
            if type_ == "GPE" and parts and tok.is_cap and self._head_word(j)[0] in GPE_HEADS:
                break  # "Desa Sukamaju | Kecamatan Cibadak | Kabupaten Sukabumi": each unit a name of its own
            hit = self.gaz.lookup(t, j) if tok.is_cap else None
            if hit and type_ == "LOC" and parts and hit[1].type == "ORG" and tok.is_acronym:
                break  # "Gerbang Pancasila | DPR RI": a place named on its own, then the body it belongs to by its
                # short form (written out, the body is part of the place's name: "Gedung Bundar Kejaksaan Agung")
            if hit and hit[1].type == "PER" and parts and head not in HONOUR_HEADS:
                break  # "Mahkamah Konstitusi | Mahfud MD": a person the table knows ends the body's name
            if hit:
                parts.append("place" if hit[1].type in ("GPE", "LOC") else "name")
                j = end = hit[0]
                if type_ == "ORG" and parts[-1] == "place" and not self._name_goes_on(j) \
                        and not self._bracket_spells(start - 1, j):
                    break  # "Partai Komunis China" ends with its country
                if type_ == "ORG" and hit[1].type == "ORG" and (self._two_name_words(j) or self._initialled_name(j)
                                                               or self._last_name_word(j, titled)):
                    break  # "Partai Golkar | Agung Laksono": the party's own name ends it, a person follows
                continue
            if titled and type_ == "ORG" and parts and head not in HONOUR_HEADS and self._person_ends_run(j):
                break  # "Ketua Komite Konvensi | Suaidi Marasabessy", "Ketua Mahkamah Konstitusi | Mahfud MD": the
                # title's person ends the run after the body's ordinary words
            if tok.is_cap and parts and parts[-1] == "abbr" and head not in HONOUR_HEADS \
                    and (self._two_name_words(j) or self._initialled_name(j) or self._person_at(j)):
                break  # "Institute ... (INDEF) | Tauhid Ahmad": a person after the name's short form
            if tok.is_cap:  # words and codes alike ("G20")
                if tok.low in CAPITALISED_FUNCTION_WORDS and not english and not (j + 1 < len(t) and t[j + 1].glued):
                    break  # "Rumah | Di Bekasi": a title-case line's preposition ends the name
                if self._stops_head(j, type_, parts, english) or self._person_after(j, head, parts) \
                        or self._person_after_pair(j, type_, parts):
                    break
                if type_ in ("GPE", "LOC") and parts and not self._head_word(j - 1)[0] in ALL_HEADS \
                        and is_common(t[j - 1].text) and t[j - 1].low not in ADDRESS_WORDS \
                        and (self._last_name_word(j, titled) or self._last_name_word(j + 1, titled)
                             and self._last_name_word(j, True, last=False)):  # not "Stadion Gelora Bung | Karno"
                    break  # "Bupati Kepulauan Seribu | Junaedi": the title's person after its place
                if self.headline and is_common(tok.text) and (self._specific(j, parts) or self._tag_ends(j)):
                    break  # "KTT G20 | Resmi Dibuka", "Jalan Raya Bogor | Tergenang": a headline's capitals are no
                    # evidence the name goes on past a name of its own or the tagger's place
                parts.append("word")
                j = end = j + 1
                continue
            if head in NUMBERED_LAW_HEADS and tok.low == "tentang" and parts and self._cap_at(j + 1) \
                    and any(x.has_digit for x in t[start:j]):
                j += 1  # "UU Nomor 34 Tahun 2004 tentang Tentara Nasional Indonesia": the title is the law's
                continue
            if head in NUMBERED_LAW_HEADS and (tok.text in LAW_NUMBER_WORDS or tok.has_digit):
                if tok.has_digit and tok.text.isdigit() and not parts and j == start:
                    parts.append("number")  # "Resolusi 2803": the number alone names it
                j += 1
                end = j if tok.text != "." else end
                continue
            if head in COURT_HEADS and tok.low == "pada" and parts and self._cap_at(j + 1) \
                    and t[j + 1].low in COURT_OPENERS:
                j += 1  # "Pengadilan Tipikor pada | PN Jakarta Pusat": the court it sits at is part of its name
                continue
            if self._connector_ok(j, english, type_) and (parts or english and tok.low in ENGLISH_LINKS) \
                    and not (type_ == "GPE" and tok.low in COORDINATORS):  # "Kabupaten Agam | dan Tanah Datar"
                j += 1
                continue
            break
        if parts and parts[-1] == "abbr":  # nothing of the name after its short form
            parts.pop()
            end -= 3
        if all(p == "office" for p in parts):
            return start, []  # "Pemilihan Presiden" alone: an election, not a named one
        return end, parts

    def _feature_name(self, j: int, head: str, parts: list[str]) -> bool:
        """The word right after a mountain's or a lake's head word is its name, even one that reads as a
        verb ("Gunung Merapi", "Gunung Meletus"), outside a title-case headline."""
        return not parts and head in FEATURE_HEADS and not self.headline and not self._initial(j)

    def _english_tail(self, end: int, own: bool) -> tuple[int, str] | None:
        """A tail word that types the whole name ending at it, within the next few capitalised
        words after ``end`` or as the name's own last word: (new end, type), else None."""
        t = self.toks
        found = (end, ENGLISH_TAILS[t[end - 1].low]) if own and t[end - 1].low in ENGLISH_TAILS else None
        k, reach, joined = end, min(len(t), end + MAX_TAIL_WORDS, end + MAX_SPAN_TOKENS), False
        while k < reach and (t[k].is_cap and not t[k].is_acronym and t[k].low not in CAPITALISED_FUNCTION_WORDS
                             or self._glued_hyphen(k)):  # not over "Di" in a title-case line
            low = t[k].low
            if self._glued_hyphen(k):  # "ASEAN-Indo-Pacific Forum": hyphenated words of one English name
                k, reach, joined = k + 1, min(len(t), reach + 1), joined or k == end
                continue
            if low in MEDIA_TAILS and not joined:
                return k + 1, "ORG"
            if low in ENGLISH_TAILS and not (joined and ENGLISH_TAILS[low] != "EVENT"):
                found = k + 1, ENGLISH_TAILS[low]  # the name goes on to a later tail ("Sports Park Indoor Arena")
                reach = min(len(t), k + 1 + MAX_TAIL_WORDS, end + MAX_SPAN_TOKENS)
            k += 1
        return found  # a body hyphened to another is two ("IMF-World Bank"), a meeting of them one

    def _tag_covers(self, i: int, end: int) -> bool:
        """The tagger puts an organisation or place over tokens ``i:end`` (starting there, ending inside)."""
        t = self.toks
        return any(sp.label != "PER" and sp.end > t[i].start for sp in self._tag_at.get(t[i].start, ())) \
            or any(t[k].end in self._other_tag_ends for k in range(i, end))

    def _glued_hyphen(self, k: int) -> bool:
        """A hyphen glued between two capitalised words ("Indo-Pacific")."""
        t = self.toks
        return 0 < k < len(t) - 1 and t[k].text in HYPHENS and t[k].glued and t[k + 1].glued and t[k + 1].is_cap \
            and t[k - 1].is_cap

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
                and (t[j + 3].is_cap or t[j + 3].low == "ke" or self._court_at(j + 3, head))):
            return j + 3, "abbr"  # "(KTT) G20", "(Tipikor) pada PN Jakarta Pusat"
        if head in EDITION_HEADS and YEAR_TOKEN.fullmatch(t[j].text) and not t[j].glued and not (
                j + 1 < len(t) and t[j + 1].glued and t[j + 1].text in "-–/"):
            return j + 1, "year"
        return None

    def _court_at(self, j: int, head: str) -> bool:
        """A court's name goes on at ``j`` with the court it sits at ("pada | PN Jakarta Pusat")."""
        t = self.toks
        return head in COURT_HEADS and t[j].low == "pada" and self._cap_at(j + 1) and t[j + 1].low in COURT_OPENERS

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

    def _person_after_pair(self, j: int, type_: str, parts: list[str]) -> bool:
        """A place's name that ends in a hyphened pair of names ("Bandara Soekarno-Hatta", "Stasiun
        Purwosari-Solo") is whole: two name words after it are a person ("... | Haerul Anwar")."""
        t = self.toks
        return type_ in ("LOC", "GPE") and bool(parts) and j >= 3 and t[j - 2].text in HYPHENS \
            and t[j - 2].glued and t[j - 1].glued and self._two_name_words(j)

    def _about_acronym(self, j: int, end: int, parts: list[str]) -> bool:
        """Ordinary words, then only a short form no table knows ("Rapat | Paripurna Pengesahan RKUHP"): a meeting
        named by what it is about, no name of its own."""
        words = [x for x in self.toks[j:end] if x.is_word]
        return all(p == "word" for p in parts) and bool(words) and words[-1].is_acronym \
            and all(is_common(x.text) for x in words[:-1]) and not any(x.is_acronym for x in words[:-1])

    def _specific(self, j: int, parts: list[str]) -> bool:
        """The head-word name before ``j`` already has a name of its own, not only ordinary words."""
        if any(p != "word" for p in parts):
            return True
        return any(x.is_word and (x.is_acronym or not is_common(x.text))  # "Tim SAR": a code is no ordinary word
                   for x in self.toks[j - len(parts):j]) if parts else False

    def _name_goes_on(self, j: int) -> bool:
        """After a place inside an organisation's name, an ordinary capitalised word continues it
        ("Partai Demokrasi Indonesia Perjuangan"), a person or a date does not."""
        t = self.toks
        if not self._cap_at(j) or self._person_at(j) or self._best_span(j):
            return False
        tok = t[j]
        return is_common(tok.text) and not is_person_word(tok.text) and tok.low not in TITLE_WORDS \
            and tok.low not in MONTHS and tok.low not in WEEKDAYS

    def _honorific_in_name(self, j: int) -> bool:
        """An abbreviated honorific with its full stop before a capitalised word ("Dr. Sardjito",
        "Prof. Margono"), inside a name given after a person."""
        t = self.toks
        return (t[j].is_cap and t[j].low in RANK_WORDS and len(t[j].text) <= MAX_HONORIFIC and j + 2 < len(t)
                and t[j + 1].text == "." and t[j + 1].glued and t[j + 2].is_cap)

    def _titled(self, i: int) -> bool:
        """A title word stands right before token ``i`` ("Bupati | Kepulauan Seribu")."""
        return i > 0 and self.toks[i - 1].is_cap and self.toks[i - 1].low in TITLE_WORDS

    def _last_name_word(self, j: int, titled: bool, last: bool = True) -> bool:
        """After a title (``titled``), token ``j`` is a name word that ends the capitalised run (or, with
        ``last`` false, the one before such a word), no ordinary word, acronym, head word or table name: the
        person the title introduces ("Ketua Komisi III DPR | Habiburokhman", "Kepala Staf Gedung Putih | Susie
        Wiles")."""
        t = self.toks
        if not titled or j >= len(t) or last and self._cap_at(j + 1) or t[j].glued or j + 1 < len(t) \
                and t[j + 1].glued and (t[j + 1].is_word or t[j + 1].text in HYPHENS):
            return False
        tok = t[j]
        return (tok.is_cap and tok.is_word and not tok.is_acronym and not tok.has_digit and not is_common(tok.text)
                and tok.low not in TITLE_WORDS and self._head_word(j)[0] not in ALL_HEADS and not self.gaz.lookup(t, j))

    def _two_name_words(self, j: int) -> bool:
        """Tokens ``j`` and ``j + 1`` are capitalised words no table or title starts, one of them a
        name word: a person's name ("Agung Laksono", "Surya Paloh")."""
        t = self.toks
        pair = ((j, t[j]), (j + 1, t[j + 1])) if j + 1 < len(t) else ()
        return bool(pair) and all(x.is_cap and x.is_word and not x.is_acronym and x.low not in TITLE_WORDS
                                  and self._head_word(k)[0] not in ALL_HEADS and not self.gaz.lookup(t, k)
                                  for k, x in pair) and any(is_name_word(x.text) for _, x in pair)

    def _person_ends_run(self, j: int) -> bool:
        """Tokens from ``j`` to the end of the capitalised run are a person's name: two or three name words no
        table or head word starts, the last one perhaps two initials ("Mahfud MD")."""
        t, k = self.toks, j
        while k < len(t) and t[k].is_cap and t[k].is_word:
            k += 1
        if not 2 <= k - j <= MAX_PERSON_TAIL or k < len(t) and t[k].glued and t[k].text in HYPHENS:
            return False
        n_names = k - j - 1 if t[k - 1].is_acronym and len(t[k - 1].text) <= INITIALS_LETTERS else k - j
        return all(not x.is_acronym and is_name_word(x.text) and x.low not in TITLE_WORDS and x.low not in LEGAL_FORMS
                   and self._head_word(n)[0] not in ALL_HEADS and not self.gaz.lookup(t, n)
                   for n, x in enumerate(t[j:j + n_names], j))

    def _initialled_name(self, j: int) -> bool:
        """Token ``j`` is a person's two initials before a name word ("Dinas Pendidikan (Disdik) | JR Hutapea",
        "Kemenhub | JA Barata"), as :meth:`_initials_at` reads them."""
        t = self.toks
        return j + 1 < len(t) and t[j].is_acronym and self._initials_at(j) and t[j + 1].is_cap \
            and is_name_word(t[j + 1].text) and self._head_word(j + 1)[0] not in ALL_HEADS

    def _stops_head(self, j: int, type_: str, parts: list[str], english: bool = False) -> bool:
        """A capitalised word that begins a person rather than continuing the name."""
        tok = self.toks[j]
        if tok.low in TITLE_WORDS and self._cap_at(j + 1) and self._name_follows(j + 1) and (parts or type_ != "LOC"):
            return True  # "Polres Bogor | AKP Teguh Kumara", not "Jalan Sultan Hasanuddin" (named after one)
        if not parts:
            return False
        if type_ == "ORG" and not self.tagged and not english and not is_common(tok.text) and not tok.is_acronym:
            return True  # "Politbiro Partai Komunis | Li Hongzhong"
        return self._head_word(j)[0] in EVENT_HEADS | ORG_HEADS and type_ == "EVENT"

    def _name_follows(self, j: int) -> bool:
        """Token ``j`` starts a person's name: no ordinary word, a given name, or the tagger's person."""
        tok = self.toks[j]
        return not is_common(tok.text) or is_person_word(tok.text) or self._person_at(j)

    def _connector_ok(self, j: int, english: bool, type_: str = "") -> bool:
        """A small word or comma inside a name, followed by a capitalised word."""
        tok = self.toks[j]
        if tok.text == "," and type_ == "ORG" and not english and self._field_list(j):
            return True  # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
        if not self._cap_at(j + 1) or self._head_word(j + 1)[0] in EVENT_HEADS:
            return False
        if tok.low in COORDINATORS | PURPOSE_LINKS and (self._head_word(j + 1)[0] in ALL_HEADS
                                                       or self.gaz.lookup(self.toks, j + 1)):
            return False  # "Kabupaten Bogor dan | Kota Bekasi", "Kejaksaan Negeri untuk | Pengadilan Tinggi": two names
        if tok.text == ",":
            return english and not self.gaz.lookup(self.toks, j + 1)
        if tok.low in COORDINATORS and type_ == "EVENT" and self._lone_word(j + 1):
            return False  # "Piala Thomas dan | Uber": a second event, its head word left out
        if tok.low in COORDINATORS and (self._org_after(j + 2) or self.toks[j + 1].low in TITLE_WORDS):
            return False  # "Kementerian Perhubungan dan | Manajemen Sriwijaya Air", "Komisi VII DPR dan | Bendahara ..."
        if tok.low in COORDINATORS and self._tag_ends(j) and self._other_tag_opens(j + 1, CONFIDENT_TAG):
            return False  # "Polda Metro Jaya dan | Dishub DKI": the tagger ends one body and is sure of another after
            # it; not the fields of one body it is unsure of ("Kementerian Koperasi dan | UKM")
        return tok.low in NAME_CONNECTORS

    def _lone_word(self, k: int) -> bool:
        """Token ``k`` is one capitalised word with no capitalised word, number or hyphen glued after it."""
        t = self.toks
        return t[k].is_word and not t[k].has_digit and not (k + 1 < len(t) and (t[k + 1].is_cap or t[k + 1].glued
                                                                              and t[k + 1].text in HYPHENS))

    def _org_after(self, k: int) -> bool:
        """An organisation of the table or of the tagger starts among the capitalised words from ``k`` on."""
        t = self.toks
        for n in range(k, min(len(t), k + MAX_TAIL_WORDS)):
            if not t[n].is_cap:
                return False
            if self._head_word(n)[0] in ALL_HEADS:
                return False  # "Pusat Pendidikan dan Pelatihan | Kementerian Kesehatan": the unit's parent
            hit = self.gaz.lookup(t, n)
            if hit and hit[1].type == "ORG" or self._org_at(n):
                return True
        return False

    def _field_list(self, j: int) -> bool:
        """The comma at ``j`` lists the fields of one body's name, closed by "dan" and the bracketed short
        form of the whole name ("Badan Meteorologi, | Klimatologi, dan Geofisika (BMKG)"): capitalised
        words that no table names and no head word opens, between commas."""
        t, k = self.toks, j
        stop = min(len(t) - 3, j + MAX_SPAN_TOKENS)
        closed = False
        while k < stop:
            if t[k].text == "," or t[k].low in COORDINATORS:
                closed = closed or t[k].low in COORDINATORS
                k += 1
                continue
            if t[k].text == "(":
                return closed and t[k + 1].is_acronym and t[k + 2].text == ")"
            if not (t[k].is_cap and t[k].is_word and not t[k].is_acronym) or self.gaz.lookup(t, k) \
                    or self._head_word(k)[0] in ALL_HEADS:
                return False
            k += 1
        return False

    def _bracket_spells(self, i: int, j: int) -> bool:
        """The capitalised words from ``i`` (or the one after it) up to a bracketed acronym a few
        words after ``j`` are what the acronym spells: "PT Kereta Cepat Indonesia China (KCIC)"."""
        t = self.toks
        k = next((n for n in range(j, min(j + MAX_TAIL_WORDS + 1, len(t) - 2)) if t[n].text == "("), None)
        if k is None or not all(x.is_cap for x in t[j:k]):
            return False
        close = next((n for n in range(k + 1, min(k + 1 + MAX_SHORT_PARTS, len(t))) if t[n].text == ")"), None)
        if close is None or close == k + 1 or not all(x.is_acronym for x in t[k + 1:close]):
            return False  # "(KCIC)", "(TNI AD)": the short form, in one or a few capitals
        initials = "".join(x.text[0] for x in t[i:k] if x.is_cap).casefold()
        short = "".join(x.text for x in t[k + 1:close]).casefold()
        return short in (initials, initials[1:])

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

    def _starts_other(self, i: int, j: int) -> bool:
        """A table name starts at ``j``, other than a known person's one-word name ending
        a name begun at ``i`` ("Listyo Sigit Prabowo", but not "Pemerintahan Biden")."""
        best = self._best_span(j)
        if not best:
            return False
        end, type_, kind, _ = best
        surname = kind == "gaz" and type_ == "PER" and end == j + 1
        return not (surname and any(not is_common(t.text) for t in self.toks[i:j] if t.is_word))


def _is_verb_form(word: str) -> bool:
    """A passive, active or imperative verb ("Dihentikan", "Menolak", "Tegaskan"): it never continues a name."""
    low = word.casefold()
    imperative = low.endswith(VERB_SUFFIX) and not low.startswith(NOUN_PREFIXES)  # not "Pendidikan"
    return (low.startswith(VERB_PREFIXES) or imperative) and is_affixed(word)
