"""Joins between mentions (kabar.entities.joins): invented examples, one rule per test with its failure case."""
from kabar.entities.joins import english_acronyms
from kabar.entities.recognize import Mention


def _org(text: str, canonical: str, kind: str = "name") -> Mention:
    return Mention(0, len(text), text, "ORG", kind, 0, canonical=canonical)


def test_an_english_name_joined_to_its_acronym_is_called_by_the_acronym():
    ms = [_org("Pacific Fisheries Representative", "Pacific Fisheries Representative"),
          _org("PFR", "Pacific Fisheries Representative")]
    english_acronyms(ms)
    assert [m.canonical for m in ms] == ["PFR", "PFR"]


def test_an_indonesian_name_keeps_its_spelled_out_name():
    ms = [_org("Badan Perikanan Pasifik", "Badan Perikanan Pasifik"), _org("BPP", "Badan Perikanan Pasifik")]
    english_acronyms(ms)
    assert [m.canonical for m in ms] == ["Badan Perikanan Pasifik"] * 2


def test_a_table_name_keeps_the_table_canonical():
    ms = [_org("Pacific Fisheries Agency", "Pacific Fisheries Agency", kind="gaz"),
          _org("PFA", "Pacific Fisheries Agency")]
    english_acronyms(ms)
    assert [m.canonical for m in ms] == ["Pacific Fisheries Agency"] * 2


def test_an_acronym_that_does_not_spell_the_name_renames_nothing():
    ms = [_org("Pacific Fisheries Agency", "Pacific Fisheries Agency"), _org("WTO", "Pacific Fisheries Agency")]
    english_acronyms(ms)
    assert [m.canonical for m in ms] == ["Pacific Fisheries Agency"] * 2
