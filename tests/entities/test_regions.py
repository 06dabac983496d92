"""Regional offices and bodies that exist once per region."""
import pytest

from kabar.entities import find_entities


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_a_regional_body_without_its_region_is_that_of_the_one_regency_named():
    text = ("Banjir melanda tiga desa di Kabupaten Sleman, Kamis. Badan Penanggulangan Bencana Daerah (BPBD) "
            "mencatat 40 rumah terendam.")
    c = canon(text)
    assert c["BPBD"] == c["Badan Penanggulangan Bencana Daerah"] == \
        "Badan Penanggulangan Bencana Daerah Kabupaten Sleman"


def test_a_regional_body_stays_as_written_where_two_regencies_are_named():
    text = ("Banjir melanda Kabupaten Sleman dan Kabupaten Bantul, Kamis. Badan Penanggulangan Bencana Daerah "
            "mencatat 40 rumah terendam.")
    assert canon(text)["Badan Penanggulangan Bencana Daerah"] == "Badan Penanggulangan Bencana Daerah"


def test_a_city_a_regency_shares_its_name_with_keeps_kota():
    ents = find_entities("Banjir merendam kota Kediri pada Senin. Warga Kediri mengungsi ke balai desa.")
    assert {(e.text, e.canonical) for e in ents} == {("kota Kediri", "Kota Kediri"), ("Kediri", "Kota Kediri")}


@pytest.mark.parametrize("text, surface, canonical", [
    ("Banjir merendam kota Pontianak pada Senin.", "kota Pontianak", "Pontianak"),  # no regency of that name
    ("Banjir juga merendam Kabupaten Kediri pada Senin.", "Kabupaten Kediri", "Kabupaten Kediri"),
    ("Warga Kediri mengungsi ke balai desa.", "Kediri", "Kediri"),  # no "kota" in the document: as the table has it
])
def test_other_places_keep_the_table_name(text, surface, canonical):
    assert {e.text: e.canonical for e in find_entities(text)}[surface] == canonical
