"""Misspelt names inside one document fold onto the spelling the document also writes."""
import pytest

from kabar.entities import find_entities
from kabar.entities.spelling import _one_edit, _slip


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_a_name_misspelt_once_takes_the_spelling_written_twice():
    text = ("Fraksi Partai Demokrat menolak usulan itu. Ketua Fraksi Partai Demorkat menyebut rapat ditunda. "
            "Fraksi Partai Demokrat akan menggelar rapat lagi.")
    assert canon(text)["Fraksi Partai Demorkat"] == "Fraksi Partai Demokrat"


def test_names_two_letters_apart_stay_two_names():
    text = "Kantor Dinas Perikanan buka. Kantor Dinas Peternakan tutup."
    c = canon(text)
    assert c.get("Dinas Peternakan", c.get("Kantor Dinas Peternakan")) != c.get("Dinas Perikanan",
                                                                                   c.get("Kantor Dinas Perikanan"))


def test_people_whose_names_differ_by_one_letter_stay_apart():
    text = "Saksi Rina Marlina Siregar dan Rina Marlena Siregar hadir di persidangan."
    assert set(canon(text).values()) >= {"Rina Marlina Siregar", "Rina Marlena Siregar"}


@pytest.mark.parametrize("a, b, one", [
    ("Demokrat", "Demorkat", True), ("Sementara", "Sementera", True), ("Republik", "Republlik", True),
    ("Perikanan", "Peternakan", False), ("Jakarta", "Jakarta", False), ("Barat", "Timur", False),
])
def test_one_edit(a, b, one):
    assert _one_edit(a, b) is one


@pytest.mark.parametrize("a, b, slip", [
    ("Johnny", "Jhonny", True), ("Syamsuddin", "Syamsudin", True), ("Marlina", "Marlena", False),
    ("Putri", "Putra", False), ("Susanto", "Susanti", False),
])
def test_slip(a, b, slip):
    assert _slip(a, b) is slip


def test_a_person_misspelt_by_a_slip_is_the_person_spelt_right():
    text = ("Menteri Bambang Harianto Saputra tiba pukul 10.00. Bambang Harianto Saputra lalu menjawab "
            "pertanyaan wartawan. Setelah itu Bambang Hairanto Saputra meninggalkan gedung.")
    c = canon(text)
    assert c["Bambang Hairanto Saputra"] == "Bambang Harianto Saputra"


def test_of_two_spellings_written_as_often_the_one_naming_a_known_place_is_kept():
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import Mention
    from kabar.entities.spelling import fold_misspellings

    ms = [Mention(0, 30, "Pengadilan Negeri Surabay Timur", "ORG", "head", 0, canonical="Pengadilan Negeri Surabay Timur"),
          Mention(40, 70, "PN Surabaya Timur", "ORG", "head", 1, canonical="Pengadilan Negeri Surabaya Timur")]
    fold_misspellings(ms, load())
    assert [m.canonical for m in ms] == ["Pengadilan Negeri Surabaya Timur"] * 2
