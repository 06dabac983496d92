"""The prefix-tree alternation matches exactly what the flat longest-first alternation matches."""
import re

from hypothesis import given, settings, strategies as st

from kabar.text.alternation import plain, tree

WORDS = ["senin", "selasa", "sabtu", "se", "sebelas", "kemarin", "kemarin lusa", "jum'at", "jumat", "a", "ab"]


def _matches(alternation: str, text: str, flags=0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?:{alternation})", text, flags)]


def test_tree_is_smaller_than_the_flat_alternation():
    assert tree(["senin", "selasa", "sabtu"]) == "s(?:e(?:lasa|nin)|abtu)"


def test_words_it_cannot_order_get_the_flat_alternation():
    assert tree(["Ab", "abc"]) == plain(["Ab", "abc"])  # "Ab" and "ab..." both match "ab" ignoring case
    assert tree(["ls ", "ls  a"]) == plain(["ls ", "ls  a"])


def test_a_longer_word_is_preferred_to_its_prefix():
    assert re.match(tree(["se", "sebelas"]), "sebelas").group() == "sebelas"
    assert re.match(tree(["kemarin", "kemarin lusa"]), "kemarin   lusa").group() == "kemarin   lusa"
    assert re.match(tree(["a", "ab"]), "ac").group() == "a"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("sabeln' ASK\u212a\u017f\t", min_size=1, max_size=6), min_size=1, max_size=8),
       st.text("sabeln' ASK\u212a\u017f\t", max_size=40))
def test_same_matches_as_the_flat_alternation(words, text):
    words = [w for w in words if w.strip()] or ["s"]
    for flags in (0, re.I):
        assert _matches(tree(words), text, flags) == _matches(plain(words), text, flags)
