"""Initials after a case's person cue are a person: "tersangka berinisial AR", "saudara JP"."""
from kabar.entities import find_entities


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


def test_initials_after_a_suspect_cue_are_a_person():
    assert ("TK", "PER") in names("Polisi menangkap pelaku berinisial TK di rumahnya, Senin.")
    assert ("DW", "PER") in names("Jaksa memanggil saudara DW untuk diperiksa sebagai saksi.")


def test_initials_joined_to_initials_are_a_person_too():
    found = names("Keduanya berinisial HB dan YS diduga mengatur pertemuan itu.")
    assert ("HB", "PER") in found and ("YS", "PER") in found


def test_an_acronym_without_a_cue_is_no_person():
    assert all(ty != "PER" for _, ty in names("Warga menolak rencana itu karena UMR belum naik."))


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_initials_of_a_person_named_in_full_are_that_person():
    text = ("Penyidik memeriksa Hendra T Wiratama di kantornya, Senin. Jaksa memanggil saudara HW "
            "untuk diperiksa sebagai saksi.")
    assert canon(text).get("HW") == canon(text)["Hendra T Wiratama"]


def test_initials_two_people_share_stay_apart():
    text = ("Jaksa memeriksa Budi Santoso dan Bagus Setiawan sebagai saksi. Penyidik juga memanggil "
            "saudara BS untuk diperiksa.")
    assert canon(text).get("BS", "BS") == "BS"
