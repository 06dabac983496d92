"""Chains of places: a one-word link nobody explains is a place between a place and a place or the day."""
from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    """(text, type) with places of either kind as "place"."""
    return [(e.text, "place" if e.type in ("GPE", "LOC") else e.type) for e in find_entities(text)]


def test_a_link_between_two_places_is_a_place():
    assert ("Cikarangsari", "place") in spans("Acara digelar di Balai Warga, Cikarangsari, Bekasi.")


def test_a_link_before_the_day_after_a_locative_is_a_place():
    assert ("Kemayoran", "place") in spans("Ia bicara di JIExpo, Kemayoran, Senin (3/5).")


def test_an_appositive_name_after_a_place_is_no_place():
    assert all(ty != "place" for t, ty in spans("kata sopir asal Cibinong, Purwidi, 51 tahun.")
               if t == "Purwidi")


def test_a_body_and_the_short_name_of_its_region_or_country_are_one_organisation():
    from kabar.entities import find_entities

    found = {(e.text, e.type, e.canonical) for e in find_entities("Ketua KPU RI dan Anggota DPRD DKI Jakarta hadir.")}
    assert ("KPU RI", "ORG", "Komisi Pemilihan Umum") in found
    assert any(t == "DPRD DKI Jakarta" and ty == "ORG" for t, ty, _ in found)
    found = {(e.text, e.type) for e in find_entities("Ia memberi keterangan di Kantor Kominfo Jakarta, Senin.")}
    assert ("Jakarta", "GPE") in found  # the city where a national body sits is no office of it


def test_a_one_word_name_between_two_places_of_a_chain_is_a_place():
    from kabar.entities import find_entities

    found = [(e.text, e.type) for e in find_entities("Final itu digelar di Ceres Arena, Aarhus, Denmark, Minggu malam.")]
    assert ("Aarhus", "GPE") in found


def test_lower_case_city_or_regency_head_is_part_of_the_table_name():
    """"kota X" / "kabupaten X" written in lower case: where the table knows the unit with its head, the head is
    part of the name; a lone lower-case "kota" or "kabupaten" is no name."""
    from kabar.entities import find_entities

    got = [(e.text, e.type) for e in find_entities("Banjir melanda kota Kediri dan kabupaten Bogor kemarin.")]
    assert got == [("kota Kediri", "GPE"), ("kabupaten Bogor", "GPE")]
    assert find_entities("Pemerintah kota menyiapkan bantuan bagi kabupaten tetangga.") == []
