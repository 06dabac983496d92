"""Capitalised runs (kabar.entities.scan_runs): initials, given names, tagger persons inside runs, headlines."""
import pytest

from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


@pytest.mark.parametrize("text, expected", [
    ("Presiden Donald J. Trump menetapkan tarif baru.", [("Donald J. Trump", "PER")]),
    ("Presiden Filipina Ferdinand Marcos, Jr., yang sebelumnya hadir.",
     [("Filipina", "GPE"), ("Ferdinand Marcos, Jr.", "PER")]),
])
def test_initials_and_suffixes_stay_in_the_name(text, expected):
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


def test_a_first_name_the_tagger_left_out_after_an_office_stays_in_the_name():
    assert spans("Menteri Keuangan Purbaya Yudhi Sadewa hadir di Jakarta.")[0] == ("Purbaya Yudhi Sadewa", "PER")


def test_a_tagger_person_begun_at_an_organisation_is_cut_to_the_run_after_it():
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import recognize
    from kabar.ner import NerSpan

    text = "Tersangka lain adalah Direktur Utama BAPAN Kemenkes Handoko Sulistyo Latif kemarin."
    start = text.index("Kemenkes")
    tagged = [NerSpan(start, text.index(" kemarin"), "PER", 0.7)]
    found = [(m.text, m.type) for m in recognize(text, None, load(), tagged)]
    assert ("Handoko Sulistyo Latif", "PER") in found and ("Kemenkes", "ORG") in found


def test_a_headline_run_with_ordinary_words_is_no_person():
    assert spans("Ihsg Kembali Menguat di Awal Pekan") == []


def test_a_headline_person_after_a_title_ends_at_an_ordinary_word():
    assert all("Pakai" not in t for t, _ in spans("Jadi Tersangka Suap, Mensos Julian Batubara Pakai Rompi Oranye"))


def test_a_tagger_person_run_on_past_a_known_person_gives_no_person_of_ordinary_words():
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import recognize
    from kabar.ner import NerSpan

    text = "Kader Partai Presiden Joko Widodo Kita Seret Saja Hari Ini"
    tagged = [NerSpan(text.index("Joko"), text.index(" Saja"), "PER", 0.8)]
    found = [(m.text, m.type) for m in recognize(text, None, load(), tagged)]
    assert ("Joko Widodo", "PER") in found and all(t != "Kita" for t, _ in found)


def test_airlines_flight_codes_and_a_second_body_after_dan():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Jejak penerbangan Sumbawa Air SB 123 itu terpantau di laut.")]
    assert found == [("Sumbawa Air", "ORG")]
    found = [(e.text, e.type) for e in find_entities("Kementerian Perhubungan dan Manajemen PBB berkoordinasi.")]
    assert ("Kementerian Perhubungan", "ORG") in found and ("PBB", "ORG") in found
    assert ("Kementerian Energi dan Sumber Daya Mineral", "ORG") in [
        (e.text, e.type) for e in find_entities("Kementerian Energi dan Sumber Daya Mineral menyatakan itu.")]
    assert ("Komplek Parlemen", "LOC") in [(e.text, e.type) for e in find_entities("Ia ditemui di Komplek Parlemen, Senayan.")]


def test_company_after_an_english_office_clubs_after_a_role_and_places_named_after_a_titled_person():
    from kabar.entities import find_entities

    def found(text):
        return [(e.text, e.type) for e in find_entities(text)]

    assert found("Pengguna aplikasi itu bertambah, kata CEO NusaAI Budi Santoso.")[-2:] == [
        ("NusaAI", "ORG"), ("Budi Santoso", "PER")]
    assert ("Jalan Sultan Hasanuddin", "LOC") in found("Kebakaran melanda gedung di Jalan Sultan Hasanuddin, Kebayoran.")


def test_a_unit_between_a_title_and_a_rank_and_names_after_a_rank():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Kapolsek Sukamaju Kompol Wahyu Hidayat mengatakan korban dua.")]
    assert ("Wahyu Hidayat", "PER") in found and not any(t == "Sukamaju" and ty == "PER" for t, ty in found)
    assert not any(ty == "PER" for _, ty in [(e.text, e.type) for e in find_entities(
        "Pemindahan Ibu Kota ke Kalimantan terus berjalan.")])


def test_each_unit_of_a_chain_without_commas_is_a_name_of_its_own():
    from kabar.entities import find_entities

    found = [e.text for e in find_entities("Warga Desa Sukamaju Kecamatan Cibadak Kabupaten Sukabumi mengungsi.")]
    assert found == ["Desa Sukamaju", "Kecamatan Cibadak", "Kabupaten Sukabumi"]


def test_an_epithet_after_a_form_of_address_is_no_person():
    from kabar.entities import find_entities

    assert not any(e.type == "PER" and e.text == "Beton" for e in find_entities(
        "Insinyur itu dikenal sebagai Bapak Beton Bertulang Indonesia."))


@pytest.mark.parametrize("text, expected", [
    # a competition or a prize-giving named in English is never a person
    ("Sejak debutnya di Vostria Premier League musim lalu, ia tampil bagus.", [("Vostria Premier League", "ORG")]),
    ("Ia tampil di panggung Vostria Film Awards tahun ini.", [("Vostria Film Awards", "EVENT")]),
    # nor is a company named by an English company word
    ("Pembalap itu berjuang bersama tim Vostria Racing musim ini.", [("Vostria Racing", "ORG")]),
])
def test_an_english_competition_is_no_person(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two capitals no table knows before a tagged person's name are the person's initials
    ("Hal itu disampaikan Juru Bicara Kementerian Perdagangan (Kemendag) AB Wiranata kepada wartawan.",
     ("AB Wiranata", "PER")),
    # a longer short form before the person is an organisation's ("BSSN Hinsa Siburian")
    ("Kepala BKPQ Hinsa Sitompul mengatakan hal itu.", ("Hinsa Sitompul", "PER")),
])
def test_two_initials_before_a_tagged_person_stay_in_the_name(text, expected):
    assert expected in spans(text)


def test_a_title_word_after_a_given_name_is_more_of_the_name():
    """'Hakim' (a judge) after the given name 'Lukman' is part of the person's name; a rank inside a tagged
    person still starts the name after it ('Kapolres Agam AKBP | Budi Santoso')."""
    assert spans("Hal itu disampaikan Lukman Hakim Wiranata kepada wartawan.") == [("Lukman Hakim Wiranata", "PER")]
    assert ("Budi Santoso", "PER") in spans("Kapolres Agam AKBP Budi Santoso hadir.")
