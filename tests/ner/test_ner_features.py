"""CRF feature extraction."""
import pytest

from kabar.ner.features import CUE_MATCHER, FeatureMaker, PhraseMatcher, cue_classes, shape


@pytest.mark.parametrize("word, expected", [
    ("Jakarta", "Xx"), ("KPK", "X"), ("Jong-un", "Xx-x"), ("2024", "d"), ("22/10", "d/d"), ("iPhone", "xXx"),
])
def test_shape(word, expected):
    assert shape(word) == expected


@pytest.mark.parametrize("word, cls", [
    ("presiden", "PTIT"), ("jl.", "LPRE"), ("kabupaten", "LPRE"), ("partai", "OPRE"),
    ("kementerian", "OPRE"), ("tbk", "OSUF"), ("bapak", "PHON"), ("korea", "GAZ"),
])
def test_cue_classes(word, cls):
    assert cls in cue_classes(word)


def test_phrase_classes_mark_multiword_cues():
    marks = CUE_MATCHER.marks("kata menteri pertahanan prabowo".split(), "")
    assert marks == [[], ["BPTIT"], ["IPTIT"], []]


@pytest.mark.parametrize("text, expected", [
    ("di jawa barat hari ini", [[], ["BLOC"], ["ILOC"], [], []]),       # longest match wins
    ("jawa tengah", [["BREG"], []]),
    ("barat jawa", [[], ["BREG"]]),
])
def test_phrase_matcher_longest_match(text, expected):
    matcher = PhraseMatcher({("jawa", "barat"): "LOC", ("jawa",): "REG"})
    assert matcher.marks(text.split(), "") == expected


def test_sentence_features_window_and_clusters():
    fm = FeatureMaker({"jakarta": ("3", "17", "401", "4")})
    feats = fm.sentence(["di", "Jakarta", "."])
    assert "bos" in feats[0] and "eos" in feats[2]
    assert "c2=401" in feats[1] and "case=4" in feats[1] and "cap" in feats[1]
    assert "1:c0=3" in feats[0] and "-1:w=di" in feats[1]
    assert "-2:pad" in feats[0]
    assert "lcs" not in feats[0]


def test_lower_cased_sentence_flag():
    feats = FeatureMaker().sentence(["kata", "jokowi"])
    assert all("lcs" in f for f in feats)
