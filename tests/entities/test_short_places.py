"""Short names of places (kabar.entities.short_places): features named without their head word."""
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
