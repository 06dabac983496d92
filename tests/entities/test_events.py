"""Events' names: a summit named by its host city is its group's summit of that year."""
from kabar.entities import find_entities


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_a_summit_named_by_its_host_is_the_groups_summit_of_that_year():
    text = ("Indonesia hadir di KTT ASEAN 2023 di Jakarta. Setahun kemudian, KTT Vientiane 2024 membahas "
            "perdagangan kawasan.")
    assert canon(text).get("KTT Vientiane 2024") == "KTT ASEAN 2024"


def test_a_host_summit_stays_where_two_groups_hold_summits():
    text = "KTT APEC 2023 dan KTT ASEAN 2023 usai. KTT Lima 2024 digelar tahun berikutnya."
    assert canon(text).get("KTT Lima 2024") == "KTT Lima 2024"
