"""Head-word and gazetteer spans (kabar.entities.scan_heads): where head-word and English names end."""
import pytest

from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


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
    ("Acara digelar di Jakarta Convention Center pekan ini.", [("Jakarta Convention Center", "LOC")]),
    ("Ia berpidato di World Economic Forum tahun ini.", [("World Economic Forum", "EVENT")]),
    ("Prabowo meneken piagam Board of Peace di Davos.",
     [("Prabowo", "PER"), ("Board of Peace", "ORG"), ("Davos", "GPE")]),
    ("Berita itu dikutip NU Online dari akun resminya.", [("NU Online", "ORG")]),
])
def test_english_names_are_typed_by_their_last_word(text, expected):
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


def test_a_headline_name_stops_at_an_ordinary_word_after_its_own_name():
    assert spans("KTT ASEAN Resmi Dibuka, Presiden: Kita Harus Bersatu") == [("KTT ASEAN", "EVENT")]
    assert ("KTT G7", "EVENT") in spans("Hari Ini, KTT G7 Resmi Ditutup di Roma")


def test_a_tagger_person_going_on_past_a_one_word_name_of_the_table_is_one_person():
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import recognize
    from kabar.ner import NerSpan

    text = "Kemarin Obama Hadiwijaya Santoso tiba di kantor."
    tagged = [NerSpan(text.index("Obama"), text.index(" tiba"), "PER", 0.85)]
    found = [(m.text, m.type) for m in recognize(text, None, load(), tagged)]
    assert found[-1] == ("Obama Hadiwijaya Santoso", "PER")
    assert [(m.text, m.kind) for m in recognize("Kemarin Obama tiba.", None, load(), [])][-1] == ("Obama", "gaz")


def test_feature_name_that_reads_as_a_verb_is_still_the_name():
    ents = find_entities("Warga melihat Gunung Merapi kembali erupsi pada Senin.")
    assert [(e.text, e.type) for e in ents] == [("Gunung Merapi", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("Berkas dikirim oleh Kejaksaan Negeri untuk Pengadilan Tinggi Bandung.",
     [("Kejaksaan Negeri", "ORG"), ("Pengadilan Tinggi Bandung", "ORG")]),
    ("Hujan deras terjadi di Kabupaten Agam dan Tanah Datar pada Senin.",
     [("Kabupaten Agam", "GPE"), ("Tanah Datar", "GPE")]),
])
def test_link_word_before_another_name_joins_two_names(text, expected):
    assert spans(text) == expected


def test_resolution_named_by_its_number_alone_is_a_law():
    assert spans("Dewan itu mengesahkan Resolusi 2728 pada Senin.") == [("Resolusi 2728", "LAW")]


def test_numbered_law_runs_on_over_its_title():
    assert spans("Revisi Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi disahkan.") == [
        ("Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi", "LAW")]


def test_unnumbered_word_tentang_ends_a_name():
    assert ("Aturan", "LAW") not in spans("Aturan tentang Pemilu dibahas.")


@pytest.mark.parametrize("text, name", [
    ("Balapan digelar di Sirkuit Sentul pekan ini.", "Sirkuit Sentul"),
    ("Ia menang di Sepang International Circuit tahun lalu.", "Sepang International Circuit"),
])
def test_racing_circuit_is_a_place(text, name):
    assert (name, "LOC") in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("Kantor Kominfo Jakarta dijaga ketat.", [("Kominfo", "ORG"), ("Jakarta", "GPE")]),
    ("Kantor Staf Presiden membantah kabar itu.", [("Kantor Staf Presiden", "ORG")]),
])
def test_office_of_a_known_body_is_the_body(text, expected):
    assert spans(text) == expected


def test_headline_words_after_a_table_name_are_not_part_of_it():
    ents = find_entities("Pidato Jokowi Sebut Target, Presiden Bank Dunia Terkesima\n\nIsi berita ada di sini.")
    assert ("Bank Dunia", "ORG") in [(e.text, e.type) for e in ents]


def test_kind_of_meeting_is_no_name():
    assert spans("DPR menggelar Rapat Paripurna pada Selasa.") == [("DPR", "ORG")]


def test_meeting_with_a_name_of_its_own_is_an_event():
    assert ("Rapat Tahunan Bank Indonesia", "EVENT") in spans("Presiden hadir di Rapat Tahunan Bank Indonesia kemarin.")


def test_fields_listed_with_commas_before_the_bracketed_short_form_are_one_name():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Data Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) dirilis.")]
    assert ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG") in found
    found = [e.text for e in find_entities("Warga Desa Sukamaju, Cibodas, dan Sukasari (DSC) mengungsi.")]
    assert "Desa Sukamaju" in found and not any("," in t for t in found)


def test_a_headline_name_ends_where_the_tagger_ends_its_place_and_english_forces_are_organisations():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Akibat Hujan Deras, Jalan Raya Bogor Tergenang Air")]
    assert ("Jalan Raya Bogor", "LOC") in found
    found = [(e.text, e.type) for e in find_entities("Pasukan Israel Defense Forces menyerang Rafah.")]
    assert ("Israel Defense Forces", "ORG") in found


def test_hyphenated_english_meeting_names_and_platforms_before_a_channel():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Esok diadakan pertemuan ASEAN-Indo-Pacific Forum di Hotel Mulia.")]
    assert ("ASEAN-Indo-Pacific Forum", "EVENT") in found
    found = [e.text for e in find_entities("Delegasi Pertemuan Tahunan IMF-World Bank 2018 hadir.")]
    assert "IMF" in found and "World Bank" in found
    found = [e.text for e in find_entities("Hal itu disiarkan kanal Youtube Kemlu Indonesia pada Jumat.")]
    assert not any(t.lower().startswith("youtube") for t in found)


def test_title_case_lines_give_no_name_of_ordinary_words_and_no_tail_over_a_preposition():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Banjir Bandang Terjang Kabupaten Agam, Puluhan Rumah Hanyut")]
    assert not any(t.startswith("Rumah") for t, _ in found)
    found = [(e.text, e.type) for e in find_entities("Presiden Buka KTT ASEAN Ke-43 Di Jakarta Convention Center")]
    assert ("Jakarta Convention Center", "LOC") in found and not any(" Di " in t for t, _ in found)


def test_short_forms_inside_names_courts_armies_and_named_universities():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert ("Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Sukamaju", "ORG") in found(
        "Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Sukamaju memvonis terdakwa.")
    assert ("Tentara Nasional Indonesia Angkatan Darat", "ORG") in found(
        "Tentara Nasional Indonesia Angkatan Darat (TNI AD) mengirim pasukan.")
    assert ("Prabowo Subianto", "PER") in found("Ketua Umum Partai Gerindra (Gerindra) Prabowo Subianto hadir.")


def test_an_election_named_by_pemilu_takes_its_office_and_country():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Pemilu Presiden Amerika Serikat 2024 dimenangkan kandidat itu.")]
    assert ("Pemilu Presiden Amerika Serikat 2024", "EVENT") in found


def test_initials_after_their_cue_a_person_after_a_short_form_and_international_bodies():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Sementara itu, tersangka berinisial AS (35) ditangkap di rumahnya.") == [("AS", "PER")]
    got = found("Menurut ekonom Institute for Rural Studies (IRS) Tauhid Ahmad, inflasi naik.")
    assert ("Tauhid Ahmad", "PER") in got and not any("Tauhid" in t and ty == "ORG" for t, ty in got)
    assert ("Amnesty International", "ORG") in found("Amnesty International mengecam tindakan aparat.")


def test_a_place_named_after_an_addressed_person_keeps_the_name_and_a_house_is_a_place():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Manajer Stadion Gelora Bung Karno mengatakan itu.") == [("Stadion Gelora Bung Karno", "LOC")]
    assert ("White House", "LOC") in found("White House press secretary Karoline Leavitt told reporters.")


def test_a_second_event_with_its_head_word_left_out_is_apart():
    from kabar.entities import find_entities

    names = [e.text for e in find_entities("Tim itu gagal menyapu bersih Piala Thomas dan Uber untuk pertama kalinya.")]
    assert "Piala Thomas" in names and "Uber" in names
    names = [e.text for e in find_entities("Ia hadir di KTT Ke-40 dan Ke-41 ASEAN di Phnom Penh.")]
    assert "KTT Ke-40 dan Ke-41 ASEAN" in names


def test_place_ending_in_a_hyphened_pair_is_whole():
    """A facility named by a hyphened pair ends there: the two name words after it are a person."""
    from kabar.entities import find_entities

    got = [(e.text, e.type) for e in find_entities(
        "kata Manajer Humas Bandara Sutomo-Wiryo Haerul Anwar saat dihubungi wartawan.")]
    assert got == [("Bandara Sutomo-Wiryo", "LOC"), ("Haerul Anwar", "PER")]


@pytest.mark.parametrize("text, expected", [
    # "Tim" is never part of a name: the body's name after it stands alone
    ("Tim Basarnas Padang mengevakuasi korban dari lereng.", [("Basarnas Padang", "ORG")]),
    ("Tim Densus 88 menangkap dua terduga teroris di Bekasi.", [("Densus 88", "ORG"), ("Bekasi", "GPE")]),
    # an office named by an acronym no table knows and its region is the regional office's own name
    ("Kepala Kantor SAR Mataram Abdul Malik mengatakan pencarian berlanjut.",
     [("Kantor SAR Mataram", "ORG"), ("Abdul Malik", "PER")]),
])
def test_team_word_and_regional_offices(text, expected):
    from kabar.entities import find_entities

    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tenda didirikan di halaman Gerbang Merdeka DPR RI kemarin.", [("Gerbang Merdeka", "LOC"), ("DPR RI", "ORG")]),
    ("Ia diperiksa di Gedung Bundar Kejaksaan Agung kemarin.", [("Gedung Bundar Kejaksaan Agung", "LOC")]),
    ("Massa berdemo di depan Gedung DPR RI.", [("Gedung DPR RI", "LOC")]),
])
def test_a_named_place_then_its_body_by_short_form_are_two(text, expected):
    """A place with a name of its own, then its body's short form, is two names; the body written out (or the
    body's short form right after the head word) is part of the place's name."""
    from kabar.entities import find_entities

    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Rapat Paripurna Pengesahan RUUKB digelar hari ini di DPR.", [("DPR", "ORG")]),
    ("Rapat Paripurna DPR digelar hari ini.", [("Rapat Paripurna DPR", "EVENT")]),
])
def test_a_meeting_named_by_what_it_is_about_is_no_event(text, expected):
    """Ordinary words and a short form no table knows after "Rapat": a meeting about it, not a named meeting."""
    from kabar.entities import find_entities

    assert [(e.text, e.type) for e in find_entities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'dan' between a body the tagger ends and one it is sure of after it: two bodies
    ("Petugas dari Polda Metro Jaya dan Dishub DKI berjaga di sana.",
     [("Polda Metro Jaya", "ORG"), ("Dishub", "ORG"), ("DKI", "GPE")]),
    # the fields of one ministry stay one name
    ("Kementerian Koperasi dan UKM menggandeng lembaga asing.", [("Kementerian Koperasi dan UKM", "ORG")]),
])
def test_dan_between_two_bodies_the_tagger_sees(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected


def test_a_sum_after_a_company_is_no_part_of_its_name():
    assert [(e.text, e.type) for e in find_entities("Penawaran umum itu yaitu: PT Vostra Sukses Makmur Rp 6,2 triliun.")] \
        == [("PT Vostra Sukses Makmur", "ORG")]


@pytest.mark.parametrize("text, expected", [
    # after a title, two name words ending the run after a body's ordinary words are the title's person
    ("Ketua Komite Konvensi Suaidi Marasabessy menyatakan hal itu.",
     [("Komite Konvensi", "ORG"), ("Suaidi Marasabessy", "PER")]),
    ("Kata Presiden Direktur PT Blue Vostra Tbk Purnomo Prawiro kemarin.",  # a legal form is no name word
     [("PT Blue Vostra Tbk", "ORG"), ("Purnomo Prawiro", "PER")]),
    # a place or a school named after a person keeps the person's name
    ("Rektor Universitas Sam Ratulangi hadir.", [("Universitas Sam Ratulangi", "ORG")]),
])
def test_a_titled_person_after_a_body_s_name(text, expected):
    assert [(e.text, e.type) for e in find_entities(text)] == expected
