"""Short forms inside one document: a name holding a short form is the name that spells it out."""
import pytest

from kabar.entities import find_entities
from kabar.entities.acronyms import abbreviates


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


@pytest.mark.parametrize("short, words, yes", [
    ("Kemenkes", "Kementerian Kesehatan", True),
    ("Tipikor", "Tindak Pidana Korupsi", True),
    ("Kominfo", "Komunikasi dan Informatika", True),
    ("Jabar", "Jawa Barat", True),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", True),
    ("PD", "Partai Demokrat", True),
    ("PD", "Pusat Data", True),
    ("PD", "Partai Dakwah Rakyat", False),
    ("PKB", "Partai Kebangkitan", False),
    ("Jakarta", "Jaksa Agung", False),
    ("Kesehatan", "Kementerian Kesehatan", False),
    ("Kemenlu", "Kementerian Luar Negeri", True),  # a syllable short form leaves the last word out
    ("Kemenlu", "Kementerian Dalam Negeri", False),
    ("Kemen", "Kementerian Luar Negeri", False),  # but every other word gives one
    ("PLN", "Perusahaan Listrik Negara Indonesia", False),  # capitals are initials of every word
    ("BKPMD", "Badan Koordinasi Penanaman Modal Daerah Provinsi", False),
    ("Maluku", "Maluku Utara", False),  # the first word whole and a letter: a name, no short form
    ("Jakpus", "Jakarta Pusat", True),
    ("CNNIndonesia", "CNN Indonesia", True),  # the words glued
])
def test_abbreviates(short, words, yes):
    assert abbreviates(short, words.split()) is yes


def test_a_short_form_inside_a_name_takes_the_name_spelled_out():
    text = ("Ketua Fraksi Partai Hijau Nusantara menolak usulan itu. Menurut dia, Fraksi PHN tidak akan "
            "mengirim wakil ke rapat berikutnya.")
    assert canon(text)["Fraksi PHN"] == "Fraksi Partai Hijau Nusantara"


def test_a_syllable_short_form_takes_the_name_spelled_out():
    text = ("Kementerian Kelautan dan Perikanan menyiapkan kapal baru. Kepala biro humas Kemenkp, "
            "Sari Wulandari, mengatakan kapal itu tiba pekan depan.")
    assert canon(text).get("Kemenkp", "Kementerian Kelautan dan Perikanan") == "Kementerian Kelautan dan Perikanan"


def test_a_fraction_written_with_a_hyphened_head_is_the_fraction():
    text = "Anggota F-PKS menolak usulan itu, sementara Fraksi PKS meminta rapat ditunda."
    c = canon(text)
    assert c["F-PKS"] == c["Fraksi PKS"]
    assert c["F-PKS"].startswith("Fraksi ")


def test_two_names_differing_by_more_than_a_short_form_stay_apart():
    text = "Kantor Dinas Perikanan buka pagi ini. Kantor DP Jakarta tutup sejak kemarin."
    c = canon(text)
    assert all(v != "Kantor Dinas Perikanan" for k, v in c.items() if "DP" in k)


def test_a_syllable_short_form_leaving_out_the_last_word_takes_the_name_spelled_out():
    from kabar.entities.acronyms import fold_short_forms
    from kabar.entities.recognize import Mention

    ms = [Mention(0, 32, "Kementerian Urusan Laut Peru", "ORG", "head", 0, canonical="Kementerian Urusan Laut Peru"),
          Mention(40, 50, "Kemenur Peru", "ORG", "head", 1, canonical="Kemenur Peru")]
    fold_short_forms(ms)
    assert ms[1].canonical == "Kementerian Urusan Laut Peru"
