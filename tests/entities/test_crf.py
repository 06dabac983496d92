"""Combining the CRF with the rules: it types what rules leave open and adds only confident names."""
import pytest

from kabar.entities.crf import combine
from kabar.entities.gazetteer import load
from kabar.entities.recognize import Mention
from kabar.ner import NerSpan

TEXT = "Pejabat itu bertemu Wakanda di Zamunda kemarin."


def unknown(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, None, "name", 0)


@pytest.mark.parametrize("label, expected", [("ORG", "ORG"), ("PER", "PER"), ("LOC", "LOC")])
def test_crf_types_a_name_rules_left_open(label, expected):
    m = unknown(TEXT, "Wakanda")
    out = combine([m], [NerSpan(m.start, m.end, label, 0.6)], TEXT, load())
    assert [x.type for x in out] == [expected]


def test_crf_place_known_to_the_gazetteer_is_a_gpe():
    text = "Mereka tiba di Kanada."
    m = unknown(text, "Kanada")
    assert combine([m], [NerSpan(m.start, m.end, "LOC", 0.7)], text, load())[0].type == "GPE"


@pytest.mark.parametrize("score, added", [(0.95, True), (0.5, False)])
def test_crf_only_names_need_confidence(score, added):
    start = TEXT.index("Zamunda")
    out = combine([], [NerSpan(start, start + 7, "LOC", score)], TEXT, load())
    assert bool(out) == added


def test_crf_never_adds_ordinary_words_or_codes():
    text = "Kemarin Hubungan memburuk karena MQ-9A."
    spans = [NerSpan(8, 16, "ORG", 0.99), NerSpan(33, 38, "ORG", 0.99)]
    assert combine([], spans, text, load()) == []


@pytest.mark.parametrize("score, typed", [(0.4, None), (0.8, "PER")])
def test_an_ordinary_word_alone_is_a_name_only_where_the_tagger_is_sure(score, typed):
    text = "Acara itu bertajuk Vonis Berat, Mungkinkah? kemarin."
    m = unknown(text, "Mungkinkah")
    assert combine([m], [NerSpan(m.start, m.end, "PER", score)], text, load())[0].type == typed


@pytest.mark.parametrize("text, word, type_", [
    ("Pesawat itu buatan pabrikan Vostrel dan sudah tua.", "Vostrel", "ORG"),  # alone among small letters
    ("Pesawat itu buatan pabrikan Vostrel.", "Vostrel", "ORG"),
    ("Pesawat buatan Vostrel 737 itu jatuh.", "Vostrel", "ORG"),  # a model number after the maker
    ("Mereka bertemu Vostrel Indonesia kemarin.", "Vostrel", None),  # a capitalised run goes on
    ("Ia pergi ke Laoska dan Vostrel pekan lalu.", "Vostrel", None),  # a list's item
    ("Ia mengunjungi Vostrel, Laoska dan Bimar.", "Vostrel", None),  # the first of a list of names
    ("Korban bernama lenggo Vostrel (19) asal Solok.", "Vostrel", None),  # a person with an age
    ("Ia pergi bersama Kla ke pasar.", "Kla", None),  # too short to tell
    ("Mereka menonton Game itu.", "Game", None),  # an English word
])
def test_lone_unknown_word_is_an_organisation(text, word, type_):
    from kabar.entities.crf import type_lone_words

    m = unknown(text, word)
    m.kind = "untagged"
    assert type_lone_words([m], text)[0].type == type_


def test_lone_word_inside_a_longer_name_is_left_to_the_people_rules():
    from kabar.entities.crf import type_lone_words

    text = "Vostrel Sarimin ditahan. Kemarin jaksa menuntut Vostrel dengan hukuman berat."
    full = Mention(0, 15, "Vostrel Sarimin", "PER", "name", 0)
    lone = Mention(text.rindex("Vostrel"), text.rindex("Vostrel") + 7, "Vostrel", None, "untagged", 1)
    assert type_lone_words([full, lone], text)[1].type is None


def test_a_regency_named_without_its_head_word_is_a_gpe():
    """The tagger's place that the table knows as "Kabupaten X" is a GPE when written bare ("Sleman")."""
    from kabar.entities.crf import _type_of

    assert _type_of("LOC", "Sleman", load()) == "GPE"
    assert _type_of("LOC", "Laut Jawa", load()) == "LOC"


def test_lone_first_word_of_an_organisation_is_that_organisation():
    from kabar.entities.crf import type_lone_words

    text = "Vostrel Air hilang kontak. Telah terjadi lost contact pesawat udara Vostrel rute Jakarta-Pontianak."
    full = Mention(0, 11, "Vostrel Air", "ORG", "name", 0)
    at = text.rindex("Vostrel")
    lone = Mention(at, at + 7, "Vostrel", None, "untagged", 1)
    assert type_lone_words([full, lone], text)[1].type == "ORG"


def test_a_tagged_place_opening_an_organisations_name_is_that_organisation():
    from kabar.entities.crf import type_org_short_forms

    org = Mention(0, 11, "Vostrel Air", "ORG", "name", 0)
    short = Mention(30, 37, "Vostrel", "LOC", "name", 1)
    town = Mention(40, 47, "Jakarta", "GPE", "gaz", 1)
    type_org_short_forms([org, short, town])
    assert (short.type, town.type) == ("ORG", "GPE")


def acronym(text: str, word: str, nth: int = 0) -> Mention:
    """The scanner's bare acronym (no table knows it) at the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, None, "acronym", 0)


def kept_acronyms(text: str, mentions: list, spans: list) -> list:
    from kabar.entities.crf import keep_tagged_acronyms

    combine(mentions, spans, text, load())
    return [(m.text, m.type, m.canonical) for m in keep_tagged_acronyms(mentions, [], load())]


@pytest.mark.parametrize("label, score, expected", [
    ("ORG", 0.6, [("ZQMA", "ORG", "ZQMA")]),  # the tagger's name, named as written
    ("LOC", 0.9, [("ZQMA", "LOC", "ZQMA")]),
    ("ORG", 0.4, []),  # the tagger unsure: left to the document, which does not explain it
])
def test_a_bare_acronym_the_tagger_calls_a_name_is_kept(label, score, expected):
    text = "Pemain itu berbicara di situs resmi ZQMA kemarin."
    m = acronym(text, "ZQMA")
    assert kept_acronyms(text, [m], [NerSpan(m.start, m.end, label, score)]) == expected


def test_one_tagged_acronym_names_its_other_mentions():
    text = "Kepala ZQMA datang. Kemarin ZQMA menolak."
    first, second = acronym(text, "ZQMA"), acronym(text, "ZQMA", 1)
    assert [t for t, _, _ in kept_acronyms(text, [first, second], [NerSpan(first.start, first.end, "ORG", 0.7)])] \
        == ["ZQMA", "ZQMA"]


@pytest.mark.parametrize("text, word", [
    ("Harga BBM naik lagi kemarin.", "BBM"),  # an ordinary thing's acronym (THING_ACRONYMS)
    ("Tim ZQMA (ZQMB) tiba kemarin.", "ZQMB"),  # in brackets: the name before it explains it
    # spelt out in small letters in the document: a thing's short form ("operasi ZQM")
    ("Mereka memulai operasi pencarian kilat (ZQM) pagi itu. Operasi ZQM berakhir sore.", "ZQM"),
])
def test_a_thing_s_acronym_is_no_name_though_tagged(text, word):
    m = acronym(text, word, text.count(word) - 1)
    assert kept_acronyms(text, [m], [NerSpan(m.start, m.end, "ORG", 0.9)]) == []


def test_a_tagged_acronym_resolved_or_covered_by_the_document_is_not_added_again():
    from kabar.entities.crf import keep_tagged_acronyms

    text = "Kepala ZQMA Budi datang."
    m = acronym(text, "ZQMA")
    combine([m], [NerSpan(m.start, m.end, "ORG", 0.9)], text, load())
    longer = Mention(7, 16, "ZQMA Budi", "ORG", "name", 0)
    assert keep_tagged_acronyms([m], [longer], load()) == [longer]


def test_a_tagger_span_over_a_closing_bracket_keeps_what_follows_it():
    from kabar.entities.crf import after_brackets

    text = "Kepala Dinas Pertanian (Distan) Budi Hutapea hadir."
    start = text.index("Distan")
    cut = after_brackets([NerSpan(start, text.index(" hadir"), "PER", 0.6)], text)
    assert [text[sp.start:sp.end] for sp in cut] == ["Budi Hutapea"]
    whole = NerSpan(text.index("Dinas"), text.index(" Budi"), "ORG", 0.9)  # both brackets inside: kept
    assert after_brackets([whole], text) == [whole]
    assert after_brackets([NerSpan(start, text.index(")") + 1, "PER", 0.6)], text) == []  # nothing after it


@pytest.mark.parametrize("text, name, short, expected", [
    ("Saham Vostra Mandiri (VSMD) naik kemarin.", "Vostra Mandiri", "VSMD", "ORG"),  # a listed company's code
    ("Presiden Budi Santoso Wiranata (BSW) hadir.", "Budi Santoso Wiranata", "BSW", "PER"),  # the person's initials
])
def test_a_person_with_a_bracketed_acronym_that_is_no_initials_is_an_organisation(text, name, short, expected):
    from kabar.entities.crf import type_acronymed_names

    at, sat = text.index(name), text.index(short)
    ms = [Mention(at, at + len(name), name, "PER", "name", 0), Mention(sat, sat + len(short), short, "PER", "name", 0)]
    assert [m.type for m in type_acronymed_names(ms, text)] == [expected, expected]


@pytest.mark.parametrize("score, expected", [(0.95, "PER"), (0.6, None)])
def test_a_sentence_s_ordinary_first_word_is_a_name_where_the_tagger_is_sure(score, expected):
    text = "Amir menyatakan belum berkomunikasi dengan pihak itu."
    m = Mention(0, 4, "Amir", None, "initial", 0)
    assert combine([m], [NerSpan(0, 4, "PER", score)], text, load())[0].type == expected


def test_a_company_and_the_country_after_it_are_one_name():
    from kabar.entities.crf import join_home_countries

    text = "Kami meyakinkan AirVostra Indonesia untuk bekerja. Kantor AirVostra Indonesia Timur ramai."
    gaz = load()
    org = Mention(16, 25, "AirVostra", "ORG", "name", 0)
    country = Mention(26, 35, "Indonesia", "GPE", "gaz", 0, gaz.canonical_of("Indonesia"))
    at = text.rindex("AirVostra")
    org2 = Mention(at, at + 9, "AirVostra", "ORG", "name", 1)
    country2 = Mention(at + 10, at + 19, "Indonesia", "GPE", "gaz", 1, gaz.canonical_of("Indonesia"))
    out = join_home_countries([org, country, org2, country2], text, gaz)
    assert [m.text for m in out] == ["AirVostra Indonesia", "AirVostra", "Indonesia"]  # a capital after: not joined
