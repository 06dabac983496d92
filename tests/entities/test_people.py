"""People inside one document (:mod:`kabar.entities.people`): invented names, one rule per test."""
from kabar.entities import find_entities
from kabar.entities.gazetteer import load
from kabar.entities.people import _resolve_people, join_partial_names
from kabar.entities.recognize import Mention


def _mention(text: str, type_: str | None, kind: str = "name", sent: int = 0, canonical: str | None = None) -> Mention:
    return Mention(0, len(text), text, type_, kind, sent, canonical=canonical or text)


def test_bare_surname_a_tagger_typed_as_organisation_is_the_person():
    full = _mention("Rudianto Batubara", "PER")
    bare = _mention("Batubara", "ORG", sent=2)
    _resolve_people([full, bare], load(), [])
    assert (bare.type, bare.canonical) == ("PER", "Rudianto Batubara")


def test_organisation_matching_no_person_stays_an_organisation():
    full = _mention("Rudianto Batubara", "PER")
    org = _mention("Semenindo", "ORG", sent=2)
    _resolve_people([full, org], load(), [])
    assert (org.type, org.canonical) == ("ORG", "Semenindo")


def test_table_organisation_is_never_taken_for_a_surname():
    full = _mention("Andi Gerindra", "PER")
    org = _mention("Gerindra", "ORG", kind="gaz", sent=2)
    _resolve_people([full, org], load(), [])
    assert org.type == "ORG"


def test_fewer_words_of_a_full_name_are_that_person():
    ents = find_entities("Direktur Bank Pembangunan Asia Jim Yong Kim memuji Indonesia. "
                         "\"Persiapannya luar biasa,\" ujar Yong Kim.")
    assert {e.text: e.canonical for e in ents if e.type == "PER"} == {"Jim Yong Kim": "Jim Yong Kim",
                                                                      "Yong Kim": "Jim Yong Kim"}


def test_name_without_middle_initial_joins_the_name_with_it():
    names = [_mention("Hendra Wijaya Kusuma", "PER"), _mention("Hendra Kusuma", "PER", sent=3)]
    join_partial_names(names, load())
    assert [m.canonical for m in names] == ["Hendra Wijaya Kusuma"] * 2


def test_two_longer_names_leave_the_short_one_alone():
    names = [_mention("Hendra Wijaya Kusuma", "PER"), _mention("Hendra Putra Kusuma", "PER"),
             _mention("Hendra Kusuma", "PER", sent=3)]
    join_partial_names(names, load())
    assert names[2].canonical == "Hendra Kusuma"


def test_short_name_sharing_no_end_word_is_another_person():
    names = [_mention("Hendra Wijaya Kusuma", "PER"), _mention("Wijaya", "PER"), _mention("Budi Wijaya", "PER")]
    join_partial_names(names, load())
    assert names[2].canonical == "Budi Wijaya"


def test_well_known_short_name_wins_over_a_longer_spelling():
    famous = sorted(n for n in load().famous if len(n.split()) == 2)[0]
    longer = f"{famous} Wirasena"
    names = [_mention(longer, "PER"), _mention(famous, "PER", sent=2)]
    join_partial_names(names, load())
    assert [m.canonical for m in names] == [famous, famous]


def test_first_word_of_a_person_typed_as_organisation_stays_the_organisation():
    full = _mention("Rudianto Batubara", "PER")
    org = _mention("Rudianto", "ORG", sent=2)
    _resolve_people([full, org], load(), [])
    assert (org.type, org.canonical) == ("ORG", "Rudianto")
