"""Capitalised runs no table explains, for the entity scanner (a mixin of
:class:`kabar.entities.recognize._Scanner`): where a run ends, and what the tagger, the words and
the title before it make of it (a person, an organisation, a name the document must type, or nothing).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..lang.id.entity_heads import AIRLINE_TAILS, COMPASS_WORDS, ENGLISH_TAILS, MEDIA_TAILS, PER_CONNECTORS
from ..lang.id.titles import ENGLISH_OFFICE_WORDS, SERVICE_RANKS, STRONG_PER_CUES, TITLE_WORDS
from .lexicon import AFFIX_PREFIXES, is_affixed, is_common, is_name_word, is_person_word
from .scan_heads import ALL_HEADS, DEMONSTRATIVES, DESCRIPTIVE_OFFICES, MAX_SPAN_TOKENS
from .scan_tags import CONFIDENT_TAG
from .tokens import HYPHENS, Tok

MAX_NAME_TOKENS = 6
MAX_CODE_LETTERS = 3  # letters of an airline's flight code ("SJ", "JT", "GIA")
# A Roman numeral: a number after a word ("masa Persidangan II"), never what makes a run a name.
ROMAN = re.compile(r"[IVXLC]+")
# A sentence of at least this many words, all capitalised but words this short ("di", "dan"), is a headline.
HEADLINE_MIN_WORDS, HEADLINE_SMALL_WORD = 4, 3
# Function words a title-case headline leaves in lower case.
HEADLINE_LOWER_WORDS = frozenset({"dengan", "untuk", "yang", "dari", "pada", "dalam", "kepada", "terhadap",
                                  "antara", "hingga", "sampai", "tentang", "sebagai", "karena", "setelah",
                                  "sebelum", "usai", "jadi", "bagi", "soal", "atas", "akan", "tidak"})
# The tagger's labels as entity types (places are refined by the gazetteer).
INITIALS_LETTERS = 2  # a person's initials before the name ("MS Hidayat"); an organisation's short form is longer
TAG_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


class NameRuns:
    """Runs of capitalised words outside the tables, cut and typed with the tagger's help."""

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
            if not tok.is_cap or tok.has_digit or self._starts_other(i, j) or (
                    self._title_len(j) and t[j - 1].low not in PER_CONNECTORS):  # "Rofid Al | Hakim" is one name
                break
            j += 1
        j = max([j] + [self._person_end(k) for k in range(i, j)])  # "Yasonna H Laoly": on over an initial
        if j - i > 1 and self._flight_code_at(j - 1):  # "Sriwijaya Air | SJ 182": the flight is no name
            self._classify(i, j - 1)
            return j
        if not self._numbered_tail(j):  # "Covid-19", "MQ-9A" are not names
            self._classify(i, j)
        elif j - i > 1 and t[j - 1].is_acronym and self._org_at(i):  # "Sriwijaya Air | SJ-182": the
            k = next(n for n in range(i, j) if not t[n].is_acronym)  # company the tagger sees before a
            if k < j - 1:  # flight's code, after the acronyms before it ("operasi SAR | Sriwijaya Air")
                self._emit(k, j - 1, "ORG", "name", None)
        return j

    def _ranked(self, i: int, words: list) -> bool:
        """A police or military rank stands right before ``i`` ("Kompol | Wahyu"): the words after it are a
        name even where each is an ordinary word, unless one is a head word or a title."""
        t = self.toks
        return i > 0 and t[i - 1].is_cap and t[i - 1].low in SERVICE_RANKS and not any(
            w.low in ALL_HEADS or w.low in TITLE_WORDS for w in words)

    def _emit_unit(self, i: int, j: int) -> None:
        """The one word between a title and the rank before its holder is the office's unit: a place or
        body where the tagger says so, else nothing (never the person)."""
        sp = next((x for x in self._tag_at.get(self.toks[i].start, ()) if x.end == self.toks[j - 1].end), None)
        if sp is not None and sp.label != "PER":
            self._emit_tagged(sp, False)

    def _sure_other_tag(self, i: int, j: int) -> bool:
        """The tagger is sure tokens ``i:j`` are an organisation (and not a person)."""
        return any(sp.label == "ORG" and sp.score >= CONFIDENT_TAG and sp.end == self.toks[j - 1].end
                   for sp in self._tag_at.get(self.toks[i].start, ()))

    def _flight_code_at(self, k: int) -> bool:
        """Token ``k`` is a short code of capitals followed by a number ("SJ 182", "JT 610"): a flight's."""
        t = self.toks
        return (t[k].is_acronym and len(t[k].text) <= MAX_CODE_LETTERS and k + 1 < len(t) and t[k + 1].text.isdigit()
                and not t[k + 1].glued)

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
        if any(w.has_digit for w in words):
            return
        if len(words) > 1 and words[-1].low in AIRLINE_TAILS and not self.headline and is_name_word(t[j - 2].text):
            k = j - 2  # "Sriwijaya Air", "Lion Air", not the ordinary words before ("Manajemen | Sriwijaya Air")
            while k > i and t[k - 1].is_word and is_name_word(t[k - 1].text):
                k -= 1
            self._emit(k, j, "ORG", "name", None)
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
        elif titled and len(words) == 1 and self._sure_other_tag(i, j):
            self._emit(i, j, "ORG", "name", None)  # "Pemain Persib, Ciro Alves": the tagger is sure of the club
        elif titled and len(words) == 1 and j < len(t) and t[j].low in TITLE_WORDS and self._cap_at(j + 1):
            self._emit_unit(i, j)  # "Kapolsek Cibinong | Kompol Wahyu": the office's place, its holder after
        elif titled and (self._has_name_word(i, words) or (len(words) == 1 and not self.tagged)
                         or len(words) > 1 and is_person_word(words[0].text)):  # "Kepala ... | Budi Perwira Negara"
            if self.headline:  # "Johnny Plate | Pakai Rompi Merah Muda": a headline's person ends at an ordinary word
                j = next((k for k in range(i + 1, j) if t[k].is_word and not is_name_word(t[k].text)), j)
            self._emit(i, j, "PER", "name", None)
        elif len(words) > 1 and self._has_name_word(i, words):
            self._emit(i, j, "PER", "name", None)
        elif len(words) == 1 and not (self._initial(i) and self._demonstrative_at(j)):
            self._emit(i, j, None, "name", None)  # the document decides ("Kim", "Shoigu"), not "Ojol | itu"

    def _has_name_word(self, i: int, words: list) -> bool:
        """A word of the run no dictionary knows, or a rank before it (read only where a branch asks:
        the dictionary may wait for the stemmer)."""
        return any(not is_common(w.text) and not ROMAN.fullmatch(w.text) for w in words) \
            or self._ranked(i, words)  # not "Persidangan II"; "Kompol | Wahyu Hidayat" whatever its words

    def _demonstrative_at(self, j: int) -> bool:
        """A demonstrative follows at ``j`` ("Ojol itu tewas"): the sentence's first word before it is a
        common noun its position capitalised, not a name (a name takes none; "pesawat Sriwijaya itu" is
        the noun's)."""
        bare = self.toks[j - 1].low
        return j < len(self.toks) and self.toks[j].low in DEMONSTRATIVES and bare not in ALL_HEADS \
            and bare not in COMPASS_WORDS  # "Semenanjung itu": a place named before, without its name

    def _person_into(self, lo: int, start: int, end: int):
        """The tagger's person that begins before a run (at an organisation the rules found) and ends
        inside it, cut to the run: "BAKTI Kominfo | Anang Achmad Latif" gives "Anang Achmad Latif";
        not after a person the rules found ("Juliari Batubara | Kita Seret") nor over ordinary words only."""
        sp = self.tagged[lo - 1] if lo else None
        if sp is None or sp.label != "PER" or not start < sp.end <= end:
            return None
        before = self.out[-1] if self.out else None
        if before is not None and before.type == "PER" and before.start <= sp.start < before.end:
            return None
        if all(is_common(w) for w in self.text[start:sp.end].split()):
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
            company = i > 0 and t[i - 1].low in ENGLISH_OFFICE_WORDS  # "CEO | Tesla | Elon Musk": no widening
            while k > i and not company and t[k - 1].start >= lo and t[k - 1].is_word and not t[k - 1].is_acronym \
                    and not self._best_span(k - 1) and (
                    not is_common(t[k - 1].text) or titled and lo < 0 and t[k - 1].low not in TITLE_WORDS):
                k -= 1
            while e + 1 < j and t[e + 1].end <= hi and t[e + 1].is_word and not t[e + 1].is_acronym and (
                    not is_common(t[e + 1].text) or t[e].low in PER_CONNECTORS):  # "Rofid Al | Hakim"
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
        if end - k > 1 and self.toks[k].low in DESCRIPTIVE_OFFICES and self._known_org_at(k + 1):
            k, type_ = k + 1, "ORG"  # "Kantor | PCO": the premises of a body are the body, as a head word says
        if type_ == "PER" and titled and sp.score < CONFIDENT_TAG and not self._name_word_in(k, end):
            return  # "Kapolda | Metro Jaya mengatakan": ordinary words after a title, no name among them
        if titled and sp.score < CONFIDENT_TAG and self._name_word_in(k, end):
            type_ = "PER"  # "Presiden Stubb": the title says person; not "Kapolda | Metro Jaya", its unit
        if type_ == "PER":  # "BSSN Hinsa Siburian": an organisation's acronym before the person
            k = self._after_inner_title(k, end)
            if end - k > 2 and k > 0 and self.toks[k - 1].low in ENGLISH_OFFICE_WORDS and _camel(self.toks[k].text):
                self._emit(k, k + 1, "ORG", "name", None)  # "CEO OpenAI | Sam Altman": the company, the person
                k += 1
            while end - k > 1 and self.toks[k].is_acronym and self.toks[k + 1].is_cap and not self._initials_at(k):
                self._emit(k, k + 1, None, "acronym", None)
                k += 1
        if type_ == "LOC":
            entry = self.gaz.canonical_of(self.text[sp.start:sp.end])
            type_ = entry.type if entry and entry.type in ("GPE", "LOC") else "GPE"
        self._emit(k, end, type_, "name", None)

    def _initials_at(self, k: int) -> bool:
        """Token ``k`` is a person's two initials before a name word ("MS | Hidayat", "JA | Barata"): two capitals
        no table knows, where an organisation's short form has more ("BSSN | Hinsa Siburian")."""
        t = self.toks
        return len(t[k].text) == INITIALS_LETTERS and t[k].text.isalpha() and not t[k + 1].is_acronym \
            and not self.gaz.lookup(t, k)

    def _name_word_in(self, k: int, end: int) -> bool:
        """Tokens ``k:end`` hold a word that can carry a person's name: a run of ordinary words after a
        title is the office's unit or region ("Kapolda | Metro Jaya"), not the person."""
        return any(x.is_word and is_name_word(x.text) for x in self.toks[k:end])

    def _after_inner_title(self, k: int, end: int) -> int:
        """Where a tagger person really starts: after a rank or title inside it ("Agam | Iptu | Fetra");
        a place before the title is emitted as itself."""
        inner = [n for n in range(k + 1, end - 1) if self.toks[n].low in TITLE_WORDS and self.toks[n].is_cap
                 and len(self.toks[n].text) > 1  # "Yasonna H Laoly": one letter inside a name is an initial
                 and (self.toks[n].low in SERVICE_RANKS or not is_person_word(self.toks[n - 1].text))]
        # "Lukman Hakim Saefuddin": a title's word after a given name is more of the name, unless it is a rank
        if not inner:
            return k
        hit = self.gaz.lookup(self.toks, k)
        if hit and hit[0] == inner[-1]:
            self._emit(k, hit[0], hit[1].type, "gaz", hit[1])
        return inner[-1] + 1


def is_headline(toks: list[Tok]) -> bool:
    """A sentence in title case or capitals: every word but function words ("di", "dengan",
    "untuk", "yang") starts with a capital."""
    words = 0
    for x in toks:  # one pass that stops at the first lower-case word (most sentences: within a few words)
        if x.is_word and not x.has_digit:
            if not (x.is_cap or len(x.text) <= HEADLINE_SMALL_WORD or x.low in HEADLINE_LOWER_WORDS):
                return False
            words += 1
    return words >= HEADLINE_MIN_WORDS


def _camel(word: str) -> bool:
    """A word with a capital inside it after a lower-case letter ("OpenAI", "YouTube"), as companies and
    products are written; not "McDonald" or "MacArthur" (a name's prefix)."""
    inner = word[3:] if word.startswith("Mac") else word[2:] if word.startswith("Mc") else word
    return any(a.islower() and b.isupper() for a, b in zip(inner, inner[1:]))


def _is_verb(word: str) -> bool:
    """An affixed verb-like word ("Bertemu") that cannot end a name."""
    return word.casefold().startswith(AFFIX_PREFIXES) and is_affixed(word)
