"""Entity ids and cross-document linking."""
import pytest

from kabar.entities import entity_id, link_entities


def row(canonical, type_="PER", aliases=(), docs=1):
    return {"entity_id": entity_id(canonical, type_), "canonical": canonical, "type": type_,
            "aliases": list(aliases) or [canonical], "doc_count": docs}


def test_entity_id_is_stable_and_ignores_spelling_of_spaces_and_case():
    assert entity_id("Kim Jong Un", "PER") == entity_id("Kim Jong-un", "PER") == entity_id("kim jong un", "PER")
    assert entity_id("Kim Jong Un", "PER") != entity_id("Kim Jong Un", "ORG")
    assert entity_id("Korea Utara", "GPE").startswith("ent_")


def test_short_person_merges_into_the_one_longer_name():
    rows = [row("Shoigu"), row("Sergei Shoigu", docs=3)]
    out = link_entities(rows)
    assert out[rows[0]["entity_id"]] == rows[1]["entity_id"]
    assert out[rows[1]["entity_id"]] == rows[1]["entity_id"]


def test_ambiguous_short_name_is_not_merged():
    rows = [row("Kim"), row("Kim Jong Un"), row("Kim Il Sung")]
    out = link_entities(rows)
    assert out[rows[0]["entity_id"]] == rows[0]["entity_id"]


@pytest.mark.parametrize("a, b", [("Sergey Lavrov", "Sergei Lavrov"), ("Kang Sun-nam", "Kang Sun Nam")])
def test_spelling_variants_merge(a, b):
    rows = [row(a), row(b, docs=2)]
    out = link_entities(rows)
    assert out[rows[0]["entity_id"]] == out[rows[1]["entity_id"]]


def test_a_canonical_that_is_anothers_alias_merges():
    rows = [row("KCNA", "ORG", aliases=["KCNA", "Korean Central News Agency"], docs=4),
            row("Korean Central News Agency", "ORG")]
    out = link_entities(rows)
    assert out[rows[1]["entity_id"]] == rows[0]["entity_id"]


def test_different_types_never_merge():
    rows = [row("Jordan", "GPE"), row("Michael Jordan", "PER")]
    out = link_entities(rows)
    assert out[rows[0]["entity_id"]] == rows[0]["entity_id"]
