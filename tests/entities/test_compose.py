"""Head-word names composed into canonical names (kabar.entities.compose): invented examples."""
from kabar.entities import find_entities


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_a_body_named_with_its_province_is_its_office_there():
    text = "Badan Narkotika Nasional Provinsi Bali menangkap dua kurir. Kepala BNN Bali menjelaskan kasus itu."
    e = canon(text)
    assert e["Badan Narkotika Nasional Provinsi Bali"] == e["BNN Bali"] == "Badan Narkotika Nasional Bali"


def test_a_body_named_with_a_word_that_is_no_place_is_the_body():
    text = "Badan Narkotika Nasional Pusat menangkap dua kurir di Denpasar."
    assert canon(text).get("Badan Narkotika Nasional Pusat", "Badan Narkotika Nasional") == "Badan Narkotika Nasional"
