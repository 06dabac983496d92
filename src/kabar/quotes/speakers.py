"""Who is speaking: the noun phrase before a cue or after it, pronouns, anaphors.

A speaker is read as a noun phrase of ``doc.text`` (titles, offices, capitalised words, a
name) and mapped to the candidate speakers of :mod:`.cast` inside it. In a phrase the name
nearest its end is the speaker, since Indonesian writes the office first ("Kepala Pusat
Penerangan Hukum Kejagung Harli Siregar"). A phrase headed by an office with no name in it
is an unnamed speaker ("kata Kepala BPBD Kota Z" speaks for no one named, not for the BPBD or
the city); the name may follow as an appositive ("Kepala BPBD Kota Z, Nama, mengatakan").
A role that belongs to someone else keeps that someone from speaking ("kuasa hukum X menilai"
is X's lawyer). Without an entity the capitalised words are kept when they look like a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ..lang.id.quote_cues import (
    ADVERBIAL_STARTS, ANAPHOR_DEMONSTRATIVES, CAPACITY_WORDS, ANAPHOR_HEADS, NAME_JOINERS, PHRASE_STOPS, PREFIXED_NOUNS, PREPOSITIONS,
    PRONOUNS,
    NAMED_AS, ORG_DESCRIPTORS, RELATIONAL_ROLES, RELAY_WORDS, SOURCE_NOUNS, STATE_DESCRIPTORS, SKIP_BEFORE_CUE, SPOKES_ROLES, TRANSPARENT_WORDS, UNNAMED_DETERMINERS,
    UNNAMED_SPEAKERS,
)
from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.units import VERB_MIN_LEN, VERB_PREFIXES
from .cast import Cand, Cast, common_word, is_title_word

_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_PREPOSITION_REACH = 30  # characters before a name read for a preposition governing it
_RELATIVE = "yang"
_CONJUNCTIONS = frozenset({"dan", "serta", "lalu", "kemudian"})
_BRACKET_REACH = 6  # tokens a bracket may hold inside a speaker phrase ("(Kapuspenkum)", "(45)")
_CLITIC = "nya"
_AND = "dan"
_KIN_WORDS = 3
_HEAD_REACH = 6  # words read at the start of a phrase for its head, a pronoun or an anaphor
_TAIL_WINDOW = 100  # characters read before a cue for the name right before it
_NAMED_AS_REACH = 6  # words after a description read for "disapa X", "bernama X"  # words read for a possessive clitic after a relation ("putra tertuanya")
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"pukul", "jam", "tanggal", "hari", "pagi", "siang", "sore", "malam"}
_OFFICE = "?OFFICE"  # an office named bare ("kata Presiden"): the person introduced with it
_OFFICE_THAT = "?OFFICE_THAT"  # "Sekretaris Jenderal Partai Golkar itu": that, else the last person
_DEMONSTRATIVE_REACH = 12
_BY = "oleh"
_RELAY_REACH = 60  # characters after a post cue in which "mengutip X" hands the words to X
_PLACE_HOPS = 2  # places set off by commas between an office and its holder's name
_PLACE_WORDS = 4  # the longest such place, in words
_APPOSITIVE_GAP = 6  # words of description between a speaker phrase and the comma before a name
_NOT_DESCRIPTION = frozenset({"dalam", "kepada", "saat", "ketika", "pada", "usai", "seusai", "melalui", "di"})
_PHRASE_WORDS = 16  # the longest speaker phrase read ("Kepala Bagian Kerja Sama dan Humas Direktorat ...")


@dataclass
class Speaker:
    """A resolved speaker: canonical name (None when unnamed), entity id, surface text, role."""
    name: str | None
    entity_id: str | None
    text: str | None
    role: str | None = None
    start: int = -1
    type: str | None = None
    fallback: Speaker | None = None  # who speaks when an office stays unnamed (its organisation)

    @property
    def named(self) -> bool:
        return self.name is not None


def words_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words and symbols of text[start:end] with offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def first_words(text: str, start: int, end: int, n: int = 1) -> list[tuple[str, int, int]]:
    """The first ``n`` words and symbols of text[start:end] with offsets."""
    return [(m.group(), m.start(), m.end()) for m in islice(_WORD.finditer(text, start, end), n)]


def first_word(text: str, start: int, end: int) -> str:
    """The first word or symbol of text[start:end], lower-cased ('' when none)."""
    m = _WORD.search(text, start, end)
    return m.group().lower() if m else ""


def from_cand(c: Cand, text: str | None = None) -> Speaker:
    return Speaker(c.name, c.entity_id, text or c.text, start=c.start, type=c.type)


def role_speaker(text: str, start: int, end: int) -> Speaker:
    """An unnamed speaker described by its role ("para analis", "Kepala BPBD Kota Z")."""
    return Speaker(None, None, None, role=" ".join(w for w, _, _ in words_in(text, start, end)), start=start)


def office_speaker(text: str, start: int, end: int) -> Speaker:
    """An office with no name ("kata Presiden", "Sekretaris Jenderal Partai Golkar itu"): the person
    introduced earlier with that office, else unnamed (resolved by :func:`resolve`)."""
    words = [w for w, _, _ in words_in(text, start, end) if w[:1].isalpha()]
    kind = _OFFICE_THAT if first_word(text, end, end + _DEMONSTRATIVE_REACH) in ANAPHOR_DEMONSTRATIVES else _OFFICE
    return Speaker(None, None, " ".join(words), role=" ".join(words), start=start, type=kind)


def in_phrase(w: str, nxt: str) -> bool:
    """Whether word ``w`` can go on a speaker's noun phrase (``nxt``: the word after it).

    Capitalised words, titles and the nouns of a description go on ("kantor berita KCNA",
    "kuasa hukum Harvey"); a preposition, a clause word, an adverb or a verb ends it.
    """
    lw = w.lower()
    if w[:1].isupper() or is_title_word(lw) or lw in TRANSPARENT_WORDS or lw in UNNAMED_DETERMINERS:
        return True
    if lw in NAME_JOINERS:
        return nxt[:1].isupper()
    if not w[:1].isalpha() or lw in PHRASE_STOPS or lw in PRONOUNS:
        return False
    return lw in PREFIXED_NOUNS or not (len(lw) >= VERB_MIN_LEN and lw.startswith(VERB_PREFIXES))


def phrase_end(text: str, start: int, limit: int) -> int:
    """Where the speaker's noun phrase starting at ``start`` ends: at a comma, a clause word, a verb."""
    ws = first_words(text, start, limit, _PHRASE_WORDS)
    end, k = start, 0
    while k < len(ws):
        w = ws[k][0]
        if w == "(":
            close = next((j for j in range(k + 1, min(len(ws), k + _BRACKET_REACH)) if ws[j][0] == ")"), None)
            if close is None:
                break
            end, k = ws[close][2], close + 1
            continue
        if not in_phrase(w, ws[k + 1][0] if k + 1 < len(ws) else ""):
            break
        end, k = (ws[k][2] if w not in NAME_JOINERS else end), k + 1
    return end


def preceded_by_preposition(text: str, c: Cand, start: int) -> bool:
    """Whether the candidate is the object of a preposition inside its phrase."""
    before = text[max(start, c.start - _PREPOSITION_REACH):c.start].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS


def relational(text: str, start: int, end: int) -> bool:
    """A role belonging to someone else right before ``end`` ("kuasa hukum Harvey", "istri Budi",
    "kuasa hukum terdakwa Harvey"); not when an organisation comes between ("Juru Bicara MA Yanto"
    is the spokesman of the MA, named)."""
    ws = [w for w, _, _ in words_in(text, start, end)]
    lows = [w.lower() for w in ws]
    for i in range(len(ws)):
        for r in RELATIONAL_ROLES:
            if tuple(lows[i:i + len(r)]) == r and not any(w[:1].isupper() for w in ws[i + len(r):]):
                return True
    return False


def head_word(text: str, start: int, end: int) -> tuple[str, int]:
    """The first word of a phrase after determiners ("para analis" -> "analis"), and where it is."""
    ws = [(w.lower(), s) for w, s, _ in first_words(text, start, end, _HEAD_REACH) if w[:1].isalpha()]
    while ws and (ws[0][0] in UNNAMED_DETERMINERS or ws[0][0] in TRANSPARENT_WORDS):
        ws = ws[1:]
    return ws[0] if ws else ("", end)


def phrase_speaker(cast: Cast, start: int, end: int) -> Speaker | None:
    """The speaker a noun phrase names: its last person, else an organisation or state heading it,
    else an unnamed role; None when the phrase names no one."""
    text = cast.text
    cands = [c for c in cast.within(start, end) if not preceded_by_preposition(text, c, start)]
    head, at = head_word(text, start, end)
    office = is_title_word(head)
    tail = name_tail(cast, cands, end) if office else None
    if tail is not None:
        return tail  # "Manajer ... Bandara Soekarno-Hatta Haerul Anwar" with no entity on the name
    pers = [c for c in cands if c.type == "PER"]
    if pers:
        return person_of(text, start, end, pers)
    if cands and cands[0].start <= at:
        return from_cand(cands[0])  # the phrase opens with a name: "Kementerian Luar Negeri", "KCNA"
    orgs = [c for c in cands if c.type == "ORG"]
    if head in ORG_DESCRIPTORS:  # "kantor berita KCNA" is KCNA, "media Rusia" no one
        return from_cand(orgs[0]) if orgs else role_speaker(text, start, end)
    if head in SOURCE_NOUNS:  # "laporan AFP", "data Dinas Kesehatan"; "surat tersebut" says nothing
        return from_cand(orgs[0]) if orgs else state_after(text, at, cands)
    if head in STATE_DESCRIPTORS and cands:
        return from_cand(cands[0])  # "pemerintah Brasil"
    if office or (head and head.islower() and cands):
        sp = office_speaker(text, start, end)  # "Kepala BPBD Kota Z", "politikus Gerindra itu"
        if orgs and speaks_for(text, at, orgs[0].start):
            sp.fallback = from_cand(orgs[0])  # "juru bicara Kementerian Luar Negeri China": the ministry
        return sp
    if head in UNNAMED_SPEAKERS:
        return role_speaker(text, start, end)
    return from_cand(cands[0]) if cands else None


def state_after(text: str, at: int, cands: list[Cand]) -> Speaker | None:
    """"pernyataan pemerintah Brasil": the state whose government the source noun belongs to."""
    nxt = first_words(text, at, cands[0].start, 3)[1:] if cands else []
    return from_cand(cands[0]) if nxt and nxt[0][0].lower() in STATE_DESCRIPTORS else None


def name_tail(cast: Cast, cands: list[Cand], end: int) -> Speaker | None:
    """Capitalised words closing an office phrase after its last entity: the holder's name."""
    if not cands or cands[-1].type == "PER":
        return None
    return surface_speaker(cast, [(w, s) for w, s, _ in words_in(cast.text, cands[-1].end, end)])


def person_of(text: str, start: int, end: int, pers: list[Cand]) -> Speaker:
    """The person a phrase names: the last one, unless it is a client or two people speak at once."""
    names = {c.name for c in pers}
    if len(names) > 1 and relational(text, pers[-2].end, pers[-1].start):
        return from_cand(pers[-2])  # "Budi selaku kuasa hukum Rudi": the lawyer named first
    if len(names) == 1 and relational(text, start, pers[0].start):
        return role_speaker(text, start, end)  # "kuasa hukum Harvey": the lawyer, unnamed
    if len(names) > 1 and _AND in [w.lower() for w, _, _ in words_in(text, pers[0].end, pers[-1].start)]:
        return role_speaker(text, start, end)  # "Jokowi dan Xi mengatakan": no one speaker
    return from_cand(pers[-1])


def speaks_for(text: str, start: int, end: int) -> bool:
    """A spokesman's office ("juru bicara", "humas") before an organisation it speaks for."""
    lows = [w.lower() for w, _, _ in words_in(text, start, end)]
    return any(tuple(lows[i:i + len(r)]) == r for r in SPOKES_ROLES for i in range(len(lows)))


def pronoun_or_anaphor(text: str, start: int, end: int) -> Speaker | None:
    """A pronoun ("ia") or an anaphoric phrase ("kantor berita itu") opening a segment, to resolve later."""
    ws = [(w, s) for w, s, _ in first_words(text, start, end, _HEAD_REACH) if w[:1].isalpha()]
    if not ws:
        return None
    lows = [w.lower() for w, _ in ws]
    if lows[0] in PRONOUNS:
        return Speaker(None, None, ws[0][0], start=ws[0][1], type=f"?{PRONOUNS[lows[0]]}")
    for size in (2, 1):
        head = " ".join(lows[:size])
        if head in ANAPHOR_HEADS and len(lows) > size and lows[size] in ANAPHOR_DEMONSTRATIVES:
            surface = " ".join(w for w, _ in ws[:size + 1])
            return Speaker(None, None, surface, start=ws[0][1], type=f"?{ANAPHOR_HEADS[head]}")
    return None


def comma_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated segments of text[start:end], without leading spaces and conjunctions."""
    out, s = [], start
    i = text.find(",", start, end)
    while i >= 0:
        out.append((s, i))
        s = i + 1
        i = text.find(",", s, end)
    out.append((s, end))
    return [skip_conjunction(text, a, b) for a, b in out if text[a:b].strip()]


def skip_conjunction(text: str, a: int, b: int) -> tuple[int, int]:
    ws = first_words(text, a, b, 2)
    if ws and ws[0][0].lower() in _CONJUNCTIONS and len(ws) > 1:
        return ws[1][1], b
    return (ws[0][1] if ws else a), b


def opens_clause(text: str, a: int, b: int) -> bool:
    """An adverbial or relative segment ("dalam keterangannya", "yang didampingi X") has no subject."""
    w = first_word(text, a, b)
    return w in ADVERBIAL_STARTS or w == _RELATIVE


def bare_relative(text: str, a: int, b: int) -> bool:
    """A segment that is only "yang" and adverbs: the subject is the phrase before its comma."""
    if first_word(text, a, b) != _RELATIVE:
        return False
    return all(w.lower() in SKIP_BEFORE_CUE for w, _, _ in words_in(text, a, b)[1:])


def right_before(cast: Cast, start: int, end: int) -> Speaker | None:
    """A candidate ending right before the cue, past adverbs ("... Budi juga mengatakan")."""
    ws = words_in(cast.text, max(start, end - _TAIL_WINDOW), end)
    while ws and ws[-1][0].lower() in SKIP_BEFORE_CUE:
        ws = ws[:-1]
    stop = ws[-1][2] if ws else start
    hit = [c for c in cast.within(start, end) if c.end == stop]
    return from_cand(hit[-1]) if hit else None


def subject_before(cast: Cast, start: int, end: int) -> Speaker | None:
    """The speaker before a pre cue, from the comma segment nearest the cue backwards.

    A segment that is only an office ("Nama, Kepala BPBD Kota Z, mengatakan") hands the search on
    to the bare name before it; adverbial, relative, date and age segments are passed over; any
    other segment without a speaker is the subject itself ("surat tersebut menyebutkan").
    """
    text, pending = cast.text, None
    segs = comma_segments(cast.text, start, end)
    for k, (a, b) in enumerate(reversed(segs)):
        if k == 0 and bare_relative(text, a, b) and len(segs) > 1:
            return right_before(cast, *segs[-2])  # "..., Kementerian Luar Negeri Brasil, yang menyatakan"
        if opens_clause(text, a, b):
            sp = right_before(cast, a, b) if k == 0 else None
            if sp is not None:
                return sp
            continue
        if is_circumstance(text, a, b):
            continue  # "Sigit, 39 tahun, menilai", "Budi, Senin (31/12), mengatakan"
        p_end = phrase_end(text, a, b)
        if pending is not None:
            if is_title_word(head_word(text, a, b)[0]):
                continue  # another office in apposition: "X, mantan Presiden RRT, ..."
            return bare_name(cast, a, b, p_end) or pending
        if first_word(text, a, b) in CAPACITY_WORDS or kin_of_previous(text, a, b):
            pending = office_speaker(text, a, p_end)  # "..., selaku Humas Basarnas," / "..., putra tertuanya Y,"
            continue
        sp = pronoun_or_anaphor(text, a, b) or phrase_speaker(cast, a, p_end)
        if (sp is None or not sp.named) and k == 0:
            alias = named_as(cast, p_end, b)
            sp = alias[0] if alias else sp
        if sp is None and k == 0:
            sp = right_before(cast, a, b)
        if sp is None and k == 0 and only_connectives(text, a, b):
            continue  # "KPK memerintahkan ..., dan mengatakan": the subject of the clause before
        if sp is None:
            break  # a subject that is no speaker
        if sp.named or sp.type not in (None, _OFFICE, _OFFICE_THAT):
            return sp
        pending = sp
        if not is_title_word(head_word(text, a, b)[0]):
            break  # "para analis": an unnamed speaker, not an office in apposition
    return pending or surface_before(cast, start, end)


def named_as(cast: Cast, start: int, limit: int) -> tuple[Speaker, int] | None:
    """The name a description gives right after it ("pria yang akrab disapa Budi itu", "warga
    bernama Ani"): the person after "disapa", "dipanggil", "bernama"."""
    ws = first_words(cast.text, start, limit, _NAMED_AS_REACH)
    k = next((i for i, (w, _, _) in enumerate(ws) if w.lower() in NAMED_AS), None)
    if k is None or k + 1 >= len(ws) or any(w in ",.;:" for w, _, _ in ws[:k]):
        return None
    a = ws[k + 1][1]
    end = phrase_end(cast.text, a, limit)
    pers = [c for c in cast.within(a, end) if c.type == "PER"]
    sp = from_cand(pers[0]) if pers else surface_after(cast, a, end)
    return (sp, end) if sp is not None else None


def only_connectives(text: str, a: int, b: int) -> bool:
    """A segment of conjunctions and adverbs only ("dan", "dan juga")."""
    words = [m.group().lower() for m in islice(_WORD.finditer(text, a, b), _HEAD_REACH + 1)]
    return 0 < len(words) <= _HEAD_REACH and all(w in _CONJUNCTIONS or w in SKIP_BEFORE_CUE for w in words)


def kin_of_previous(text: str, a: int, b: int) -> bool:
    """A segment about the previous name's kin ("putra tertuanya Mao Anying yang ..."): a relation
    with a possessive clitic pointing back, so the segment describes, it does not speak."""
    ws = [w.lower() for w, _, _ in first_words(text, a, b, _KIN_WORDS)]
    if not ws or not any(ws[0] == r[0] or ws[0] == r[0] + _CLITIC for r in RELATIONAL_ROLES):
        return False
    return any(w.endswith(_CLITIC) for w in ws)


def bare_name(cast: Cast, a: int, b: int, p_end: int) -> Speaker | None:
    """The name a segment holds when it is nothing but a name (before an office in apposition)."""
    if cast.text[p_end:b].strip():
        return None
    pers = [c for c in cast.within(a, p_end) if c.type == "PER"]
    if pers:
        return from_cand(pers[-1])
    return surface_after(cast, a, p_end)


def is_circumstance(text: str, a: int, b: int) -> bool:
    """A segment giving an age, a count, a day or a date ("39 tahun", "Senin (31/12/2024)")."""
    w = first_word(text, a, b)
    return w[:1].isdigit() or w in TIME_WORDS


def surface_before(cast: Cast, start: int, end: int) -> Speaker | None:
    """Without an entity: the capitalised name right before the cue ("... Roland mengatakan")."""
    ws = words_in(cast.text, max(start, end - _TAIL_WINDOW), end)
    while ws and ws[-1][0].lower() in SKIP_BEFORE_CUE:
        ws = ws[:-1]
    name: list[tuple[str, int]] = []
    for w, s, _ in reversed(ws):
        if not (w[:1].isupper() and w.isalpha()):
            break
        name.insert(0, (w, s))
    return surface_speaker(cast, name)


def surface_after(cast: Cast, start: int, end: int) -> Speaker | None:
    """Without an entity: the capitalised words right after a post cue."""
    name = []
    for m in _WORD.finditer(cast.text, start, end):
        w = m.group()
        if not (w[:1].isupper() and w.isalpha()):
            break
        name.append((w, m.start()))
    return surface_speaker(cast, name)


def surface_speaker(cast: Cast, name: list[tuple[str, int]]) -> Speaker | None:
    """Capitalised words as a speaker, past titles; None when they are titles or common words."""
    while name and (is_title_word(name[0][0]) or name[0][0].lower().endswith(_CLITIC)
                    or name[0][0].lower() in ADVERBIAL_STARTS):
        name = name[1:]
    if not name or common_word([w for w, _ in name], cast.lower_words):
        return None
    if cast.is_entity(name[0][1], name[-1][1] + len(name[-1][0])):
        return None  # a place, or a name the tagger already judged: not a speaker here
    joined = " ".join(w for w, _ in name)
    return Speaker(joined, None, joined, start=name[0][1], type="PER")


def speaker_after(cast: Cast, start: int, limit: int) -> tuple[Speaker | None, int]:
    """The speaker named after a post cue ("kata Kim", "kata Kepala BPBD Z, Nama", "kata dia") and
    where its phrase ends."""
    text = cast.text
    ws = first_words(text, start, limit, 4)
    if ws and ws[0][0].lower() == _BY:
        ws = ws[1:]  # "disampaikan oleh X"
    if not ws:
        return None, start
    a = ws[0][1]
    relay = next((e for w, _, e in words_in(text, start, min(limit, start + _RELAY_REACH)) if w.lower() in RELAY_WORDS), None)
    if relay is not None and not any(c.type == "PER" for c in cast.within(start, relay)):
        # "kata media Rusia mengutip Shoigu": Shoigu's words; "tegas Jokowi mengutip X": Jokowi's
        after = [c for c in cast.within(relay, min(limit, relay + 60))]
        if after:
            return from_cand(after[0]), after[0].end
    pron = pronoun_or_anaphor(text, a, min(limit, ws[min(2, len(ws) - 1)][2]))
    if pron is not None and pron.start == a:
        return pron, a + len(pron.text or "")
    end = phrase_end(text, a, limit)
    sp = phrase_speaker(cast, a, end) or surface_after(cast, a, end)
    if sp is None or not sp.named:
        alias = named_as(cast, end, limit)
        if alias is not None:
            return alias  # "ujar pria yang akrab disapa Budi itu"
    comma = next_comma(text, end, limit)
    if comma is None:
        return sp, end
    unnamed = sp is None or (not sp.named and sp.type in (None, _OFFICE, _OFFICE_THAT))
    office = is_title_word(head_word(text, a, end)[0])
    if unnamed or office:
        nxt = appositive_past_places(cast, comma + 1, limit, entity_only=not unnamed)
        if nxt is not None:
            return nxt  # "kata Kepala BPBD Kota Z, Nama,", "kata sopir ojol asal Cibinong, Purwidi,"
    return sp, end


def appositive_past_places(cast: Cast, start: int, limit: int, entity_only: bool) -> tuple[Speaker, int] | None:
    """The appositive name after an office, past a place or two set off by commas ("kata Camat
    Cibinong, Kabupaten Bogor, Nama,")."""
    for _ in range(_PLACE_HOPS + 1):
        nxt = appositive(cast, start, limit, entity_only)
        if nxt is not None:
            return nxt
        comma = place_segment(cast, start, limit)
        if comma is None:
            return None
        start = comma + 1
    return None


def place_segment(cast: Cast, start: int, limit: int) -> int | None:
    """The comma closing a segment that is only a place ("Kabupaten Bogor,"): capitalised words the
    tagger named, with no one who can speak among them."""
    ws = first_words(cast.text, start, limit, _PLACE_WORDS + 1)
    k = next((i for i, (w, _, _) in enumerate(ws) if w == ","), None)
    if not k or not all(w[:1].isupper() for w, _, _ in ws[:k]):
        return None
    a, b = ws[0][1], ws[k - 1][2]
    if not cast.is_entity(a, b) or cast.within(a, b):
        return None
    return ws[k][1]


def next_comma(text: str, end: int, limit: int) -> int | None:
    """The comma closing a short description after a speaker phrase ("sopir ojol asal Cibinong,")."""
    for w, s, _ in first_words(text, end, limit, _APPOSITIVE_GAP):
        if w == ",":
            return s
        if w in ".;:" or w.lower() in _NOT_DESCRIPTION:
            return None
    return None


def appositive(cast: Cast, start: int, limit: int, entity_only: bool = False) -> tuple[Speaker, int] | None:
    """A name set off by commas after an office ("kata Kepala BPBD Kota Z, Nama, ...")."""
    ws = first_words(cast.text, start, limit)
    if not ws:
        return None
    end = phrase_end(cast.text, ws[0][1], limit)
    after = first_words(cast.text, end, limit)
    if after and after[0][0] not in ",.;:" and after[0][0].lower() not in _NOT_DESCRIPTION:
        return None  # not a name set off by itself ("Menurut X, Board of Peace memiliki ...")
    pers = [c for c in cast.within(ws[0][1], end) if c.type == "PER"]
    if pers:
        return from_cand(pers[-1]), end
    if entity_only or is_title_word(ws[0][0]):
        return None
    sp = surface_after(cast, ws[0][1], end)
    return (sp, end) if sp is not None else None


def resolve(sp: Speaker, cast: Cast) -> Speaker:
    """A pronoun or anaphor takes the nearest named candidate of its kind before it, else stays unnamed."""
    if sp.named or not (sp.type or "").startswith("?"):
        return sp
    if sp.type in (_OFFICE, _OFFICE_THAT):
        found = cast.titled(sp.start, (sp.text or "").split())
        if found is None and sp.type == _OFFICE_THAT:
            found = cast.antecedent(sp.start, "PER")
        if found is None and sp.fallback is not None:
            return sp.fallback
    else:
        found = cast.antecedent(sp.start, sp.type[1:])
    if found is None:
        return Speaker(None, None, sp.text, role=sp.text, start=sp.start)
    return Speaker(found.name, found.entity_id, sp.text, start=sp.start, type=found.type)
