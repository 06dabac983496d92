"""The line measurements computed the fast way give what the plain per-character tests give."""
import re

from hypothesis import given, settings, strategies as st

from kabar.clean import features as F
from kabar.clean.headline import _jaccard as headline_jaccard

CHARS = "aZ9 .()/:-\n\t\xa0É½²ſ”"


@settings(max_examples=400, deadline=None)
@given(st.text(CHARS, max_size=40))
def test_char_counts_are_the_per_character_counts(s):
    letters = "".join(filter(str.isalpha, s))
    assert F.char_counts(s) == (len(letters), sum(map(str.isupper, letters)), sum(map(str.isdigit, s)))


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=40))
def test_norm_single_spaces_as_the_regex_did(s):
    assert F.norm(s) == re.sub(r"\s+", " ", s).strip().casefold()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("aZÉ9-", max_size=4), max_size=8))
def test_capitalised_counts_words_opening_upper_case(words):
    assert F.capitalised(words) == sum(1 for w in words if w[:1].isupper())


@settings(max_examples=400, deadline=None)
@given(st.text("2024(3/1) .x\n", max_size=20))
def test_the_date_ending_gate_never_rejects_a_match(s):
    if F._ENDS_WITH_DATE.search(s):
        assert F._may_end_with_date(s)


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from("abcdefg")), st.sets(st.sampled_from("abcdefg")))
def test_jaccard_without_the_union(a, b):
    plain = len(a & b) / len(a | b) if a and b else 0.0
    assert F._jaccard(a, b) == plain == headline_jaccard(a, b)


def test_weekday_found_in_either_case():
    assert F._has_weekday("Rapat digelar Jum'at pagi")
    assert F._has_weekday("rapat digelar jumat pagi") and F._has_weekday("RAPAT SENIN")
    assert not F._has_weekday("senintas") and not F._has_weekday("Rabuan")


@settings(max_examples=300, deadline=None)
@given(st.text("aBcDeFgZ9 .-_É", max_size=40))
def test_content_words_as_case_folded_words(s):
    assert F._content_words(s) == {w.casefold() for w in F._CONTENT.findall(s)}


@settings(max_examples=300, deadline=None)
@given(st.text("aZ_9'’.- é\t", max_size=40))
def test_ascii_word_patterns_find_the_same_words(s):
    if s.isascii():
        assert F._WORD_ASCII.findall(s) == F._WORD.findall(s)
        assert F._CONTENT_ASCII.findall(s) == F._CONTENT.findall(s)
