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
