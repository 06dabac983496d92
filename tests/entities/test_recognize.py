"""Recognition and typing: spans, titles, heads, gazetteer typing, noise words."""
import pytest

from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


@pytest.mark.parametrize("text, expected", [
    # titles are not part of names; the country after a title is its own GPE
    ("Presiden Brasil Luiz Inacio Lula tiba kemarin.", [("Brasil", "GPE"), ("Luiz Inacio Lula", "PER")]),
    ("Menteri Pertahanan Jerman Boris Pistorius berbicara.", [("Jerman", "GPE"), ("Boris Pistorius", "PER")]),
    ("Kapolri Listyo Sigit Prabowo hadir.", [("Listyo Sigit Prabowo", "PER")]),
    # head words open one outermost span over the country inside
    ("Kementerian Luar Negeri Filipina mengecam insiden itu.", [("Kementerian Luar Negeri Filipina", "ORG")]),
    ("Angkatan Laut Thailand mengirim kapal.", [("Angkatan Laut Thailand", "ORG")]),
    ("Perang Vietnam berakhir pada 1975.", [("Perang Vietnam", "EVENT")]),
    ("Pemerintah menerbitkan UU No. 11 Tahun 2020 tentang lapangan kerja.", [("UU No. 11 Tahun 2020", "LAW")]),
    ("Mereka menandatangani Treaty of Peace, Friendship and Commerce kemarin.",
     [("Treaty of Peace, Friendship and Commerce", "LAW")]),
    ("Kapal itu berlayar di Laut China Selatan.", [("Laut China Selatan", "LOC")]),
    ("Mereka bertemu di Semenanjung Arab.", [("Semenanjung Arab", "LOC")]),
    # "tentara X" is the country, not an army's name
    ("Tentara Vietnam menyerbu perbatasan.", [("Vietnam", "GPE")]),
    ("Ribuan tentara Jepang mendarat.", [("Jepang", "GPE")]),
    # gazetteer typing: countries and cities GPE, regions LOC, Indonesian regions GPE
    ("Delegasi dari Asia Tenggara dan Timur Tengah hadir.", [("Asia Tenggara", "LOC"), ("Timur Tengah", "LOC")]),
    ("Banjir melanda Kabupaten Bogor dan Kota Bekasi.", [("Kabupaten Bogor", "GPE"), ("Kota Bekasi", "GPE")]),
    ("Gempa mengguncang Jawa Barat.", [("Jawa Barat", "GPE")]),
    # capitalised sentence-initial common words and headline words are not entities
    ("Hubungan Filipina dan Vietnam memburuk.", [("Filipina", "GPE"), ("Vietnam", "GPE")]),
    ("Menandakan perubahan, Kanada mengirim duta.", [("Kanada", "GPE")]),
    ("Mesir Janji Tingkatkan Kerja Sama dengan Sudan", [("Mesir", "GPE"), ("Sudan", "GPE")]),
    # hyphenated compounds of names split; hyphenated names stay whole
    ("Solidaritas Korut-China-Rusia menguat.", [("Korut", "GPE"), ("China", "GPE"), ("Rusia", "GPE")]),
    ("Mantan presiden Moon Jae-in berbicara.", [("Moon Jae-in", "PER")]),
    # the clitic -nya is not part of the name
    ("Sekutu Jepangnya menolak.", [("Jepang", "GPE")]),
    # products and codes with digits are not names
    ("Drone MQ-9A dan virus Covid-19 dibahas.", []),
    # an English media name is an organisation
    ("Melansir Jakarta Post, pejabat itu mundur.", [("Jakarta Post", "ORG")]),
])
def test_spans_and_types(text, expected):
    assert spans(text) == expected


def test_offsets_point_into_text_in_order():
    text = "Kemarin Presiden Finlandia Sauli Niinisto bertemu PM Swedia di Stockholm."
    ents = find_entities(text)
    assert [text[e.start:e.end] for e in ents] == [e.text for e in ents]
    assert [e.start for e in ents] == sorted(e.start for e in ents)


def test_unknown_acronym_alone_is_dropped():
    assert spans("Rudal ICBM itu diluncurkan dari kapal.") == []


@pytest.mark.parametrize("text, expected", [
    # pronouns, forms of address and platforms are not persons
    ("Kami ingin bekerja sama dengan Anda dan pemerintahan Anda.", []),
    ("Ia mengunggah video itu di Instagram dan akun X miliknya.", []),
    # venues, villages and units open names of their own
    ("Warga Desa Sukamaju mengungsi ke Gedung Serbaguna.", [("Desa Sukamaju", "GPE"), ("Gedung Serbaguna", "LOC")]),
    ("Kepala Bidang Humas menjelaskan kepada Fraksi Partai Hijau.",
     [("Bidang Humas", "ORG"), ("Fraksi Partai Hijau", "ORG")]),
    # two names joined by "dan" stay two names
    ("Banjir melanda Desa Sukamaju dan Kecamatan Cibiru.", [("Desa Sukamaju", "GPE"), ("Kecamatan Cibiru", "GPE")]),
])
def test_common_words_platforms_and_heads(text, expected):
    assert spans(text) == expected


def test_bracketed_short_form_stays_inside_the_name_and_becomes_its_alias():
    ents = find_entities("Konferensi Tingkat Tinggi (KTT) G30 dibuka di Medan. KTT itu berakhir Jumat.")
    got = [(e.text, e.type, e.canonical) for e in ents]
    # the canonical name uses the short form where it spells the words it shortens (devnews convention)
    assert got[0] == ("Konferensi Tingkat Tinggi (KTT) G30", "EVENT", "KTT G30")
    assert ("KTT", "EVENT", "KTT G30") in got


def test_english_country_names_take_the_indonesian_canonical():
    ents = find_entities("Pejabat dari South Korea dan United Kingdom hadir.")
    assert [(e.text, e.type, e.canonical) for e in ents] == [
        ("South Korea", "GPE", "Korea Selatan"), ("United Kingdom", "GPE", "Inggris")]


def test_a_word_with_a_glued_particle_is_an_ordinary_word():
    from kabar.entities.lexicon import is_common

    assert is_common("Mungkinkah") and is_common("Itulah")
    assert not is_common("Abdullah")


@pytest.mark.parametrize("text, expected", [
    # a bill is a law's name; a demonstrative after it is no part of it
    ("DPR Sahkan RUU Kelautan Ini Menjadi Undang-Undang", [("DPR", "ORG"), ("RUU Kelautan", "LAW")]),
    # handles, weekdays and months alone are never names
    ("Video itu diunggah akun @budisantoso pada Minggu.", []),
])
def test_bills_handles_and_weekdays(text, expected):
    assert spans(text) == expected


def test_a_list_of_organisations_is_not_one_name_twice():
    ents = find_entities("Tiga lembaga, yakni Kepolisian Negara Bagian Kalimantan, Kejaksaan Agung Kalimantan, "
                         "dan Mahkamah Agung, menerbitkan surat edaran.")
    assert len({e.canonical for e in ents}) == 3


def test_states_of_other_federations_are_places():
    assert spans("Kampanye berlanjut di Wisconsin, Texas dan Queensland Selatan.")[:2] == [
        ("Wisconsin", "GPE"), ("Texas", "GPE")]


@pytest.mark.parametrize("text, expected", [
    # a site cited by its address is the outlet
    ("Hal itu disampaikan Budi kepada Harianrakyat.com, Senin (3/5).", ("Harianrakyat.com", "ORG")),
    ("Seperti dilansir Beritasatu6.co.id, polisi menangkap tersangka.", ("Beritasatu6.co.id", "ORG")),
    ("Acara itu tayang di eKabar.id malam ini.", ("eKabar.id", "ORG")),
    # a one-word body between an office and a place is the office's organisation
    ("Ketua Forsap Kalimantan Barat, Andi Rahman, mengatakan hal itu.", ("Forsap", "ORG")),
])
def test_outlets_by_address_and_bodies_of_offices(text, expected):
    assert expected in spans(text)


def test_an_address_is_no_outlet_name():
    assert all(not t.startswith("Harianrakyat.com/") for t, _ in spans("Baca Harianrakyat.com/berita/1 ya."))


@pytest.mark.parametrize("text, expected", [
    # a party the table names ends the head-word name; the person after its office is the person's
    ("Wakil Ketua Umum Partai Golkar Bambang Laksono tak hadir.", [("Partai Golkar", "ORG"), ("Bambang Laksono", "PER")]),
    ("Ia bertemu Ketua Umum Partai NasDem Surya Palohan kemarin.", [("Partai NasDem", "ORG"), ("Surya Palohan", "PER")]),
    # a one-letter honorific inside a name is an initial
    ("Kapolres AKBP Budi H Santoso hadir.", [("Budi H Santoso", "PER")]),
    ("Guru besar Fakultas Kehutanan Universitas Gadjah Mada itu wafat.",
     [("Fakultas Kehutanan Universitas Gadjah Mada", "ORG")]),
])
def test_offices_of_named_bodies_and_initials(text, expected):
    assert spans(text) == expected


def test_a_faction_by_its_letter_and_its_party_is_one_organisation():
    found = spans("Anggota F-PKS menolak, sementara F-Gerindra menerima dengan catatan.")
    assert ("F-PKS", "ORG") in found and ("F-Gerindra", "ORG") in found


def test_the_premises_of_a_body_the_tagger_names_are_the_body():
    found = spans("Ia memberi keterangan di Kantor KSP, Jakarta, Senin.")
    assert ("KSP", "ORG") in found and not any(t.startswith("Kantor") for t, _ in found)


def test_village_officers_of_the_army_and_police_are_titles_not_names():
    found = spans("Warga dan Babinsa setempat menemukan puing, kata Kanit Ahmad Fauzi.")
    assert not any(t in ("Babinsa", "Kanit") or t.startswith("Kanit") for t, _ in found)
    assert ("Ahmad Fauzi", "PER") in found


def test_a_court_named_by_the_court_it_sits_at_is_one_organisation():
    found = spans("Ia divonis Pengadilan Tipikor pada PN Medan, Senin, dan menerima putusan itu.")
    assert ("Pengadilan Tipikor pada PN Medan", "ORG") in found
    assert ("Pengadilan Negeri Medan", "ORG") in spans("Sidang di Pengadilan Negeri Medan pada Senin ditunda.")


def test_the_unit_after_a_title_is_no_person():
    found = spans("Kapolda Sumber Jaya mengatakan polisi sudah menangkap tiga orang.")
    assert not any(ty == "PER" for _, ty in found)
    assert ("Dedi Prasetyo", "PER") in spans("Kapolda Sumber Jaya Irjen Dedi Prasetyo mengatakan polisi menangkap tiga orang.")


def test_the_one_word_person_after_a_titled_body_or_place_is_apart():
    found = spans("Wakil Ketua Komisi II DPR Sumaryanto menyebut rapat digelar Selasa.")
    assert ("Komisi II DPR", "ORG") in found and ("Sumaryanto", "PER") in found
    found = spans("Sementara itu, Bupati Kepulauan Seribu Sutardjo berujar, ada benda besar jatuh.")
    assert ("Kepulauan Seribu", "LOC") in found and ("Sutardjo", "PER") in found


def test_title_case_lines_and_pronouns():
    assert ("Bekasi", "GPE") in spans("Banjir Rendam Ratusan Rumah Di Bekasi")
    assert not any(t.startswith("Rumah") for t, _ in spans("Banjir Rendam Ratusan Rumah Di Bekasi"))
    assert spans("Kata Dia, Pemerintah Akan Segera Turun Tangan") == []
    assert ("Tim SAR", "ORG") in spans("Tim SAR Gabungan Terus Mencari Korban Longsor Di Sukamaju")


def test_a_roman_numeral_makes_no_person_and_an_honorific_stays_inside_a_place_named_after_one():
    assert spans("Pengesahan berlangsung pada masa Persidangan IV tahun sidang ini.") == []
    from types import SimpleNamespace
    from kabar.text.sentences import split_sentences

    text = "Korban dibawa ke RSUD Prof. Dr. Mulyono Saputro, Sukamaju, Senin."
    sents = [SimpleNamespace(start=a, end=b) for a, b in split_sentences(text)]
    found = [(e.text, e.type) for e in find_entities(text, sents)]
    assert found[0] == ("RSUD Prof. Dr. Mulyono Saputro", "ORG")


def test_doubled_words_demonstratives_and_name_particles():
    assert spans("Tonton Juga: Detik-detik Banjir Bandang Terjang Desa.") == []
    assert spans("Ojek itu tewas dilindas kendaraan taktis.") == []
    assert spans("Al fatihah untuk para korban.") == []
    assert ("Rahmat Al Hakim", "PER") in spans("Korban ketiga bernama Rahmat Al Hakim, warga setempat.")
    assert ("Perserikatan Bangsa-Bangsa", "ORG") in spans("Sidang Perserikatan Bangsa-Bangsa digelar.")


def test_a_two_word_person_after_a_titled_place_of_ordinary_words_is_apart():
    found = spans("Kepala Staf Gedung Putih Susanti Pardede hadir dalam rapat.")
    assert ("Susanti Pardede", "PER") in found and not any("Susanti" in t and ty != "PER" for t, ty in found)


@pytest.mark.parametrize("text, expected", [
    ("Kecelakaan pesawat jenis 737-9 Max milik maskapai itu terjadi Senin.", []),
    ("Pada 2019-2020 Budiman Sujatmoko menjabat ketua.", [("Budiman Sujatmoko", "PER")]),
])
def test_a_variant_after_a_model_number_is_no_name(text, expected):
    """"737-8 | Max": the word after a hyphened model number is the product's variant; a year range is no model."""
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one capitalised word in brackets after a body's name is its short form, whatever the tagger says
    ("Kepala Dinas Pertanian (Distan) Budi Hutapea meninjau sawah.",
     [("Dinas Pertanian", "ORG"), ("Distan", "ORG"), ("Budi Hutapea", "PER")]),
    # two capitals before a name word after the short form are the person's initials, no more of the body
    ("Kepala Dinas Pertanian (Distan) JR Hutapea meninjau sawah.",
     [("Dinas Pertanian", "ORG"), ("Distan", "ORG"), ("JR Hutapea", "PER")]),
])
def test_a_body_s_bracketed_short_form_and_the_person_after_it(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected


def test_a_company_s_legal_form_in_brackets_is_no_short_form():
    assert "Persero" not in [e.text for e in find_entities("Direktur PT Sinar Vostra (Persero) Budi Hutapea hadir.")]


@pytest.mark.parametrize("text, expected", [
    # a capitalised compass word right after a place the table knows is part of that place's name
    ("Banjir melanda kawasan Bekasi Timur sejak pagi.", [("Bekasi Timur", "GPE")]),
    ("Pembangunan di Indonesia Timur harus dipercepat.", [("Indonesia Timur", "GPE")]),
    ("Ia pergi ke Jawa Timur kemarin.", [("Jawa Timur", "GPE")]),  # the table's own name
])
def test_a_compass_word_after_a_place_is_part_of_it(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the title of a work after its noun is no entity
    ("Studio itu merilis poster untuk film 'Kapten Garuda: Sang Penjaga' kemarin.", []),
    ("Ia menulis novel Laskar Senja pada 2005.", []),
    # after a maker's noun or a doubled noun the name is the maker's or the place's
    ("Ia bekerja di studio film Vostra Pictures.", [("Vostra Pictures", "ORG")]),
])
def test_a_work_s_title_is_no_entity(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected
