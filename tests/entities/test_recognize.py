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


@pytest.mark.parametrize("text, expected", [
    ("Presiden membuka KTT ke-50 APEC di Jakarta.", [("KTT ke-50 APEC", "EVENT"), ("Jakarta", "GPE")]),
    ("Delegasi tiba untuk KTT BRICS 2031 kemarin.", [("KTT BRICS 2031", "EVENT")]),
    ("Perang Korea 1950-1953 menewaskan jutaan orang.", [("Perang Korea", "EVENT")]),
    # a verb ends a name in a title-case line
    ("Perang Dihentikan Setelah Perundingan", []),
])
def test_ordinals_years_and_verbs_in_event_names(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Presiden Donald J. Trump menetapkan tarif baru.", [("Donald J. Trump", "PER")]),
    ("Presiden Filipina Ferdinand Marcos, Jr., yang sebelumnya hadir.",
     [("Filipina", "GPE"), ("Ferdinand Marcos, Jr.", "PER")]),
])
def test_initials_and_suffixes_stay_in_the_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Acara digelar di Jakarta Convention Center pekan ini.", [("Jakarta Convention Center", "LOC")]),
    ("Ia berpidato di World Economic Forum tahun ini.", [("World Economic Forum", "EVENT")]),
    ("Prabowo meneken piagam Board of Peace di Davos.",
     [("Prabowo", "PER"), ("Board of Peace", "ORG"), ("Davos", "GPE")]),
    ("Berita itu dikutip NU Online dari akun resminya.", [("NU Online", "ORG")]),
])
def test_english_names_are_typed_by_their_last_word(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name that is also a word still starts the name after an office
    ("Menteri Perhubungan Budi Karya Wibowo meninjau lokasi.", [("Budi Karya Wibowo", "PER")]),
    # an institution named after a person keeps the person's name
    ("Ia dirawat di Rumah Sakit Cipto Mangunkusumo sejak Senin.", [("Rumah Sakit Cipto Mangunkusumo", "ORG")]),
    # a word after the country inside a party's name continues it
    ("Kader Partai Demokrasi Indonesia Perjuangan hadir.", [("Partai Demokrasi Indonesia Perjuangan", "ORG")]),
])
def test_given_names_and_organisation_extents(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two name words after a descriptive organisation name are the person who speaks for it
    ("Dirjen Perhubungan Udara Kementerian Perhubungan Novie Riyanto mengatakan hal itu.",
     [("Kementerian Perhubungan", "ORG"), ("Novie Riyanto", "PER")]),
    ("Direktur PT Mora Telematika Indonesia diperiksa.", [("PT Mora Telematika Indonesia", "ORG")]),
])
def test_a_person_after_an_organisation_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ia lulusan Universitas Indonesia Tahun 2019.", [("Universitas Indonesia", "ORG")]),
    ("Kemenkes Tegaskan Flu Burung Bukan Virus Baru", [("Kemenkes", "ORG")]),
    ("Kepala Pusat Pendidikan dan Pelatihan Kementerian Kesehatan hadir.",
     [("Pusat Pendidikan dan Pelatihan Kementerian Kesehatan", "ORG")]),
])
def test_dates_and_verbs_end_organisation_names(text, expected):
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


def test_english_country_names_take_the_indonesian_canonical():
    ents = find_entities("Pejabat dari South Korea dan United Kingdom hadir.")
    assert [(e.text, e.type, e.canonical) for e in ents] == [
        ("South Korea", "GPE", "Korea Selatan"), ("United Kingdom", "GPE", "Inggris")]


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


def test_a_first_name_the_tagger_left_out_after_an_office_stays_in_the_name():
    assert spans("Menteri Keuangan Purbaya Yudhi Sadewa hadir di Jakarta.")[0] == ("Purbaya Yudhi Sadewa", "PER")


@pytest.mark.parametrize("text, expected", [
    # an English event keeps its edition: the year after it, its bracketed short form, an ordinal before it
    ("Para menteri bertemu di sela-sela Global Maritime Forum (GMF) 2027 di Oslo.",
     ("Global Maritime Forum (GMF) 2027", "EVENT")),
    ("Tim Denmark menjuarai Davis Cup 2026 di Malaga.", ("Davis Cup 2026", "EVENT")),
    ("Para pemimpin menghadiri 45th Pacific Islands Summit di Fiji.", ("45th Pacific Islands Summit", "EVENT")),
    # an election's name goes on over the office elected
    ("Ia maju dalam Pemilihan Gubernur Jawa Tengah 2029 mendatang.", ("Pemilihan Gubernur Jawa Tengah 2029", "EVENT")),
])
def test_named_editions_of_events(text, expected):
    assert expected in spans(text)


def test_an_election_without_place_or_year_is_no_name():
    assert spans("Ia ikut Pemilihan Presiden mendatang.") == []


def test_a_long_english_venue_runs_to_its_last_tail():
    assert spans("Laga digelar di Shenzhen Bay Sports Park Indoor Hockey Centre Arena, Shenzhen, China.")[0] == (
        "Shenzhen Bay Sports Park Indoor Hockey Centre Arena", "LOC")


def test_a_run_of_tail_words_stays_linear():
    text = "Mereka tiba di Jakarta " + "Center " * 3000 + "kemarin."
    assert spans(text)[0][1] in ("LOC", "GPE")


def test_a_tagger_person_begun_at_an_organisation_is_cut_to_the_run_after_it():
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import recognize
    from kabar.ner import NerSpan

    text = "Tersangka lain adalah Direktur Utama BAPAN Kemenkes Handoko Sulistyo Latif kemarin."
    start = text.index("Kemenkes")
    tagged = [NerSpan(start, text.index(" kemarin"), "PER", 0.7)]
    found = [(m.text, m.type) for m in recognize(text, None, load(), tagged)]
    assert ("Handoko Sulistyo Latif", "PER") in found and ("Kemenkes", "ORG") in found


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


def test_a_headline_run_with_ordinary_words_is_no_person():
    assert spans("Ihsg Kembali Menguat di Awal Pekan") == []


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
