"""Short names of places (kabar.entities.short_places): features named without their head word."""
import pytest

from kabar.entities import find_entities
from kabar.entities.recognize import Mention
from kabar.entities.short_places import _elided_feature_heads, _one_feature


def test_one_feature_keeps_the_shorter_of_nested_names_and_drops_two_features():
    assert _one_feature("Gunung Sirana", "Gunung Sirana Terbaru") == "Gunung Sirana"
    assert _one_feature("Gunung Sirana Terbaru", "Gunung Sirana") == "Gunung Sirana"
    assert _one_feature("Gunung Sirana Timur", "Gunung Sirana Barat") is None
    assert _one_feature(None, "Gunung Sirana") is None


def test_a_feature_named_twice_with_a_headline_word_still_explains_its_short_name():
    """"Gunung Sirana" and, in a title-case line, "Gunung Sirana Terbaru": "Sirana" alone is the mountain."""
    full = Mention(0, 13, "Gunung Sirana", "LOC", "head", 0, canonical="Gunung Sirana")
    longer = Mention(20, 41, "Gunung Sirana Terbaru", "LOC", "head", 1, canonical="Gunung Sirana Terbaru")
    short = Mention(50, 56, "Sirana", "PER", "name", 2, canonical="Sirana")
    _elided_feature_heads([full, longer, short])
    assert (short.type, short.canonical) == ("LOC", "Gunung Sirana")


@pytest.mark.parametrize("text, surface, canonical", [
    # an address going up from a district is no list of districts
    ("Ia tinggal di Desa Sukamulya, Kecamatan Cibeber, Kabupaten Lebak, Provinsi Banten.", "Provinsi Banten", "Banten"),
    ("Warga Desa Sukamulya, Kecamatan Cibeber, Wonogiri mengungsi.", "Wonogiri", "Wonogiri"),
])
def test_an_address_after_a_district_is_no_list(text, surface, canonical):
    e = {m.text: m.canonical for m in find_entities(text)}
    assert e.get(surface, canonical) == canonical


def test_a_list_of_districts_still_carries_the_unit():
    e = {m.text: m.canonical for m in find_entities("Banjir melanda Kecamatan Cibeber, Cimarga dan Leuwidamar.")}
    assert e.get("Cimarga") == "Kecamatan Cimarga"
