"""Titles and office fields (kabar.entities.scan_titles): never names, cues of the person after them."""
import pytest

from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


@pytest.mark.parametrize("text, expected", [
    # the fields of an office belong to the title, not to the name after it
    ("Menteri Perdagangan dan Perindustrian Rina Wulandari meninjau pasar.", [("Rina Wulandari", "PER")]),
    ("Ia dilantik sebagai Menteri Kelautan (Menkel) kemarin.", []),
    # a title standing alone is no person
    ("Keputusan itu diambil Bapak Presiden selaku Kepala Negara.", []),
    # a title-case headline: casing is no evidence, the tagger finds where the name ends
    ("Bambang Sutrisno Kaget Hukumannya Ditambah Jadi Sepuluh Tahun", [("Bambang Sutrisno", "PER")]),
])
def test_titles_and_headlines(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation between a title and a person is its own name, not part of the person
    ("CEO Tesla Elon Musk mengatakan pabrik baru akan dibangun.", [("Tesla", "ORG"), ("Elon Musk", "PER")]),
    ("Presiden Direktur PT Astra Djony Bunarto Tjondro menyampaikan laporan tahunan.",
     [("PT Astra", "ORG"), ("Djony Bunarto Tjondro", "PER")]),
    # English offices are titles: the name after them is the person, with a first name the tagger left out
    ("United States Secretary of Commerce Howard Lutnick bertemu delegasi Indonesia.",
     [("United States", "GPE"), ("Howard Lutnick", "PER"), ("Indonesia", "GPE")]),
])
def test_organisations_and_english_offices_before_a_person(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank between an organisation and a person ends the organisation and is no part of the person
    ("Kasatreskrim Polres Bogor AKP Teguh Kumara menjelaskan kronologi.",
     [("Polres Bogor", "ORG"), ("Teguh Kumara", "PER")]),
    ("Kepala Basarnas Marsdya Kusworo meninjau lokasi.", [("Basarnas", "ORG"), ("Kusworo", "PER")]),
    # a ministry's short name is whole: the person after it is not more of it
    ("Juru Bicara Kemlu Roy Soemirat memberikan keterangan.", [("Kemlu", "ORG"), ("Roy Soemirat", "PER")]),
    # a title standing alone after a speech verb is no person
    ("Hal itu harus dihentikan, kata Presiden.", []),
])
def test_ranks_short_ministry_names_and_lone_titles(text, expected):
    assert spans(text) == expected


def test_portfolio_short_name_after_a_title_is_the_office_not_a_name():
    ents = find_entities("Menko Polhukam Budi Gunawan hadir di rapat itu.")
    assert [(e.text, e.type) for e in ents] == [("Budi Gunawan", "PER")]


def test_a_portfolio_title_keeps_place_head_words_and_linked_fields_in_its_office():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Mantan Menteri Perumahan Rakyat itu setuju dengan usulan tersebut.") == []
    assert found("Ia dulu menjabat Menteri Hubungan Lapangan Kerja di negaranya.") == []
    assert found("Asisten Deputi Bidang Kerja Sama Ekonomi Budi Santoso hadir.") == [("Budi Santoso", "PER")]
    assert ("Kepulauan Seribu", "LOC") in found("Bupati Kepulauan Seribu Sutardjo berujar, ada benda jatuh.")


def test_a_region_from_the_table_ends_before_the_titled_person_and_corps_follow_ranks():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    got = found("Kepala Pelaksana BPBD Kabupaten Agam Budi Perwira Negara mengatakan pendaki tewas.")
    assert ("BPBD Kabupaten Agam", "ORG") in got and ("Budi Perwira Negara", "PER") in got
    assert ("Suparno", "PER") in found("Danramil Sukamaju Kapten Inf Suparno turun ke lokasi.")


def test_english_offices_in_quoted_passages_are_titles():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Secretary of State Marco Rubio met Foreign Minister Sugiono in Washington.") == [
        ("Marco Rubio", "PER"), ("Sugiono", "PER"), ("Washington", "GPE")]
    assert found("U.S. Trade Representative Jamieson Greer said talks continue.") == [
        ("U.S.", "GPE"), ("Jamieson Greer", "PER")]


def test_a_directorates_field_after_a_title_is_no_part_of_the_person():
    from kabar.entities import find_entities

    assert [(e.text, e.type) for e in find_entities("Direktur Reskrimum Polda Sumbar Kombes Andi Saputra hadir.")][-1] \
        == ("Andi Saputra", "PER")
    assert [(e.text, e.type) for e in find_entities("Dirjen Dukcapil Teguh Setyabudi menjelaskan itu.")] == [
        ("Teguh Setyabudi", "PER")]


def test_fields_the_tagger_began_its_person_at_and_ministries_by_short_name():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono hadir.") == [("Sakti Wahyu Trenggono", "PER")]


@pytest.mark.parametrize("text, person", [
    ("Kasat Reskrim AKBP Pol Hendra Wijaya meninjau lokasi.", "Hendra Wijaya"),
    ("Menurut Kombes Pol. Sutrisno Adi, korban sudah dievakuasi.", "Sutrisno Adi"),
    ("Brigjen Pol Ahmad Rusdi menjelaskan kasus itu.", "Ahmad Rusdi"),
])
def test_police_rank_with_its_corps_is_title(text, person):
    """A police rank with the corps abbreviation "Pol" (dotted or not) is all title: no person "Pol"."""
    assert spans(text) == [(person, "PER")]


def test_technology_unit_fields_of_an_english_office_are_title():
    """"Direktur Network dan IT Solutions": the unit's English fields, the acronym "IT" among them, are title."""
    got = spans("Menurut Direktur Network dan IT Solutions Sarana Budi Prasetyo, data itu terkunci.")
    assert ("Budi Prasetyo", "PER") in got and not any(t.startswith("IT") for t, _ in got)


def test_a_unit_spelled_by_the_titles_short_form_is_title():
    """"Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung": the unit the bracketed title spells is the office;
    the body after it and the person are the names."""
    got = spans("Kepala Pusat Data dan Informasi (Kapusdatin) BNPB Budi Prasetyo mengatakan hal itu.")
    assert got == [("BNPB", "ORG"), ("Budi Prasetyo", "PER")]
