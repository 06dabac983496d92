"""Persons glued to another name, taken apart with the document's own evidence."""
import pytest

from kabar.entities import find_entities
from kabar.entities.recognize import Mention


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


def test_a_ticket_of_two_people_is_two_persons():
    assert names("KPU menetapkan pasangan Budi Santoso-Rina Wulandari sebagai pemenang.") == [
        ("KPU", "ORG"), ("Budi Santoso", "PER"), ("Rina Wulandari", "PER")]


def test_a_hyphenated_given_name_stays_one_person():
    assert names("Mantan presiden Moon Jae-in berbicara.") == [("Moon Jae-in", "PER")]


def test_an_organisation_the_document_names_is_taken_off_the_person_after_it():
    ents = find_entities("Lembaga Riset Nusakarya (LRN) dibentuk kemarin. CEO Nusakarya Rudi Hartanto Wibowo "
                         "menyebut LRN Nusakarya siap bekerja.")
    got = [(e.text, e.type) for e in ents]
    assert ("Rudi Hartanto Wibowo", "PER") in got and ("Nusakarya", "ORG") in got
    assert ("Nusakarya", "PER") not in got


def test_a_person_ending_in_an_organisation_is_an_organisation():
    assert ("Ditjenpas Kemenkumham", "ORG") in names("Hal itu disampaikan Ditjenpas Kemenkumham kemarin.")


def test_vehicles_and_ranks():
    assert names("Kapal KRI Samudra Jaya-401 tenggelam, kata Laksamana Yudo Margono.") == [("Yudo Margono", "PER")]


def test_an_acronym_glued_to_a_surname_the_document_names_is_two_names():
    got = names("Juru runding Jamieson Greer hadir. Menurut USTR Greer, tarif turun.")
    assert ("Greer", "PER") in got and ("USTR Greer", "ORG") not in got


def test_a_venue_after_its_island_keeps_both():
    assert names("Pertemuan digelar di Bali Nusa Dua Convention Center kemarin.") == [
        ("Bali Nusa Dua Convention Center", "LOC")]


@pytest.mark.parametrize("text, surface, kept", [
    ("Hal itu dilaporkan Harian Vostra Selasa (4/4) malam.", "Harian Vostra Selasa", "Harian Vostra"),
    ("Hal itu dikatakan Budi Vostra Senin lalu.", "Budi Vostra Senin", "Budi Vostra"),
    ("Ia tinggal di Pasar Minggu, Jakarta Selatan.", "Pasar Minggu", "Pasar Minggu"),  # no time expression after it
])
def test_a_weekday_opening_a_time_expression_is_no_part_of_the_name(text, surface, kept):
    from kabar.entities.split import drop_trailing_weekdays

    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, "ORG", "name", 0)
    assert [x.text for x in drop_trailing_weekdays([m], text)] == [kept]
    assert text[m.start:m.end] == kept
