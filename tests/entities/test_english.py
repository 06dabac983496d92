"""English titles inside Indonesian text are not names; English names with a head or tail still are."""
from kabar.entities import find_entities


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text)]


def test_words_of_an_english_title_joined_by_of_are_no_names():
    assert spans("Ia menyebut serial Tale of Kingdoms dalam pidatonya.") == []
    assert all(t not in ("Resilience", "Harmony") for t, _ in
               spans("Negara itu mengusung tema 'Resilience of Harmony' tahun ini."))


def test_english_names_opened_by_a_head_stay_whole():
    assert spans("Ia bekerja di Council of Pacific Islands sejak 2010.") == [("Council of Pacific Islands", "ORG")]
    assert spans("Ia kuliah di University of Melbourne.") == [("University of Melbourne", "ORG")]


def test_a_person_opening_with_the_english_article_is_no_person():
    assert all(ty != "PER" for t, ty in spans("Mereka memperebutkan The Golden Crown tahun ini."))


def test_a_run_of_common_english_words_is_no_name():
    assert spans("Acara dibuka dengan sesi Morning Talk lalu Open Discussion bersama warga.") == []
    assert [t for t, _ in spans("Ia menyanyikan lagu Never Walk Alone di Bandung.")] == ["Bandung"]


def test_an_english_run_with_a_given_name_or_a_tail_word_stays():
    assert ("Bank Street", "LOC") in spans("Kantor itu pindah ke Bank Street tahun lalu.")
    assert any(t == "Kevin Young" for t, _ in spans("Pebulu tangkis Kevin Young menang di final."))


def test_web_labels_and_english_words_with_indonesian_ones_are_no_names():
    from kabar.entities import find_entities

    def texts(s):
        return [e.text for e in find_entities(s)]

    assert texts("Update Senin malam, tim masih mencari korban.") == []
    assert texts("Breaking News: gempa kembali terjadi di laut selatan.") == []
    assert texts("Advertisement Scroll to continue with content.") == []
    assert "Fox News" in texts("Menurut Fox News, serangan itu terjadi malam hari.")


def test_a_common_english_word_split_off_a_capitalised_phrase_is_no_name():
    from kabar.entities import find_entities

    names = [e.text for e in find_entities("Indonesia mengusung tema 'ASEAN Matters: Pusat Pertumbuhan' tahun ini.")]
    assert "ASEAN" in names and "Matters" not in names
