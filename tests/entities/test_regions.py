"""Regional offices and bodies that exist once per region."""
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
