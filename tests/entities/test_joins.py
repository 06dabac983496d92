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


def _at(text: str, surface: str, type_, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_, kind, 0, canonical=surface if type_ else None)


def test_a_bracketed_short_form_names_the_place_wherever_written_whatever_its_tag():
    from kabar.entities.joins import _join_parentheses

    text = "Banjir melanda Kalimantan Raya (Kalraya), Senin. Gubernur Kalraya meninjau lokasi."
    ms = [_at(text, "Kalimantan Raya", "GPE", "name"), _at(text, "Kalraya", None, "initial"),
          _at(text, "Kalraya", "LOC", "name", nth=1)]
    _join_parentheses(ms, text)
    assert [(m.type, m.canonical) for m in ms] == [("GPE", "Kalimantan Raya")] * 3


def test_a_bracketed_word_that_shortens_no_name_stays_apart():
    from kabar.entities.joins import _join_parentheses

    text = "Banjir melanda Kalimantan Raya (Borneo), Senin. Warga Borneo mengungsi."
    ms = [_at(text, "Kalimantan Raya", "GPE", "name"), _at(text, "Borneo", "LOC", "name"),
          _at(text, "Borneo", "LOC", "name", nth=1)]
    _join_parentheses(ms, text)
    assert [m.canonical for m in ms] == ["Kalimantan Raya", "Borneo", "Borneo"]


def test_a_person_has_no_short_form():
    from kabar.entities.joins import _join_parentheses

    text = "Kata Budi Santoso (BS) kemarin."
    ms = [_at(text, "Budi Santoso", "PER", "name"), _at(text, "BS", None, "initial")]
    _join_parentheses(ms, text)
    assert ms[1].canonical is None


def test_a_bracket_after_a_person_holds_the_persons_initials_or_short_name():
    from kabar.entities.joins import _join_parentheses

    text = "Kata Bambang Sutrisno Yudha (BSY) dan Rahmat Wijaya (Rahwi) kemarin."
    ms = [_at(text, "Bambang Sutrisno Yudha", "PER", "name"), _at(text, "BSY", None, "acronym"),
          _at(text, "Rahmat Wijaya", "PER", "name"), _at(text, "Rahwi", None, "name")]
    _join_parentheses(ms, text)
    assert [m.canonical for m in ms] == ["Bambang Sutrisno Yudha"] * 2 + ["Rahmat Wijaya"] * 2


def test_a_bracket_after_a_person_may_hold_another_person_or_a_team():
    from kabar.entities.joins import _join_parentheses

    text = "Tokoh Raden Panji (Agus Salimun) bertemu Dewi Lestari (Tim Garuda) kemarin."
    ms = [_at(text, "Raden Panji", "PER", "name"), _at(text, "Agus Salimun", "PER", "name"),
          _at(text, "Dewi Lestari", "PER", "name"), _at(text, "Tim Garuda", None, "name")]
    _join_parentheses(ms, text)
    assert [m.canonical for m in ms] == ["Raden Panji", "Agus Salimun", "Dewi Lestari", None]


def test_an_acronym_after_a_place_it_does_not_shorten_is_the_body_ending_in_the_place():
    from kabar.entities.joins import _join_parentheses

    text = "Menurut Lembaga Kajian Pangan Sumatera (LKPS), harga naik. Provinsi Sulawesi Barat (Sulbar) juga."
    ms = [_at(text, "Sumatera", "LOC", "gaz"), _at(text, "LKPS", None, "acronym"),
          _at(text, "Sulawesi Barat", "GPE", "gaz"), _at(text, "Sulbar", None, "acronym")]
    _join_parentheses(ms, text)
    assert [(m.type, m.canonical) for m in ms] == [("LOC", "Sumatera"), ("ORG", "LKPS"),
                                                   ("GPE", "Sulawesi Barat"), ("GPE", "Sulawesi Barat")]


def test_a_short_form_may_leave_the_head_word_out():
    from kabar.entities.joins import _join_parentheses

    text = "Laga digelar di Stadion Gelora Kota Baru (GKB) malam ini."
    ms = [_at(text, "Stadion Gelora Kota Baru", "LOC", "head"), _at(text, "GKB", None, "acronym")]
    _join_parentheses(ms, text)
    assert ms[1].canonical == "Stadion Gelora Kota Baru"


def test_one_bracketed_word_after_a_place_that_does_not_shorten_it_is_another_thing():
    from kabar.entities.joins import _join_parentheses

    text = "Ia pindah ke klub divisi dua Liga Inggris (Championship) musim lalu."
    ms = [_at(text, "Inggris", "GPE", "gaz"), _at(text, "Championship", None, "name")]
    _join_parentheses(ms, text)
    assert ms[1].canonical is None


def test_a_short_form_may_leave_two_head_words_out_but_not_more():
    from kabar.entities.joins import _join_parentheses

    text = "Macet di Jalan Tol Cikarang Pamanukan (Cipam) dan di Taman Hutan Raya Bukit Barisan (Bukbar) kemarin."
    ms = [_at(text, "Jalan Tol Cikarang Pamanukan", "LOC", "head"), _at(text, "Cipam", None, "name"),
          _at(text, "Taman Hutan Raya Bukit Barisan", "LOC", "head"), _at(text, "Bukbar", None, "name")]
    _join_parentheses(ms, text)
    assert [m.canonical for m in ms] == ["Jalan Tol Cikarang Pamanukan"] * 2 + ["Taman Hutan Raya Bukit Barisan", None]
