"""An unknown short form right before an organisation is that organisation's unit: one name."""
from kabar.entities import find_entities


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


def test_a_unit_before_its_ministry_is_one_organisation():
    found = names("Dana itu dikelola SIMPUL Kementerian Keuangan sejak tahun lalu.")
    assert ("SIMPUL Kementerian Keuangan", "ORG") in found
    assert ("Kementerian Keuangan", "ORG") not in found


def test_a_unit_before_a_short_ministry_name_is_one_organisation():
    assert ("SIMPUL Kemenkeu", "ORG") in names("Anggaran disalurkan melalui SIMPUL Kemenkeu pada Maret.")


def test_a_thing_before_an_organisation_is_no_unit():
    found = names("Perayaan HUT Polri digelar di Monas, sementara APBN Kemenkeu dipangkas.")
    assert ("Polri", "ORG") in found
    assert not any(t.startswith(("HUT", "APBN")) for t, _ in found)


def test_a_roman_number_before_an_organisation_is_no_unit():
    assert not any(t.startswith("III ") for t, _ in names("Rapat dengan Komisi III DPR berlangsung alot."))


def test_a_comma_keeps_the_two_apart():
    assert not any(t.startswith("SIMPUL ") for t, _ in names("Ia menyebut SIMPUL, Kemenkeu dan BI."))


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_a_unit_the_table_knows_before_its_ministry_is_the_unit():
    c = canon("Petugas DJBC Kemenkeu menyita dua kontainer di pelabuhan.")
    assert c.get("DJBC Kemenkeu") == "Direktorat Jenderal Bea dan Cukai"


def test_an_unknown_unit_before_its_ministry_is_not_the_ministry():
    c = canon("Dana itu dikelola SIMPUL Kementerian Keuangan sejak tahun lalu.")
    assert c["SIMPUL Kementerian Keuangan"] != "Kementerian Keuangan"


def test_two_bodies_side_by_side_stay_two():
    found = names("Sinergi TNI Polri dalam pengamanan mudik berjalan baik.")
    assert not any(t == "TNI Polri" for t, _ in found)
