"""The row ids :class:`kabar.ner.wordids.FeatureIds` finds part by part are those of the feature strings
:meth:`FeatureMaker.word_and_context` builds, in their order, on invented models that know a random half
of the features (so that known and unknown ones mix in every kind)."""
import random

from kabar.ner.features import WINDOW, FeatureMaker
from kabar.ner.wordids import MISSING, FeatureIds

WORDS = ["Budi", "budi", "Jl.", "jl", "presiden", "Presiden", "di", "PT", "Tbk", "Jawa-Barat", "2024", "A.S.",
         "...", "-", "x", "Ab", "McDonald", "ÉCOLE", "Çiğli", "Kota", "bin", "Jakarta", "a:b", "w=x", "1:w=y", "|",
         "ke-70", "nyaa", "Ⓐbc", "ǅemal", "ß", "İstanbul", "AS", "KPK", "jakarta.", "Selatan"]
CLUSTERS = {"budi": ("3", "17", "2"), "jakarta": ("1", "5", "4"), "presiden": ("2",), "di": (), "kota": ("7", "u")}


def _strings_ids(features: FeatureMaker, attrs: dict[str, int], word: str) -> tuple[list[int], list[list[int]]]:
    """The ids the strings give: known own features, and per offset the known lent ones."""
    own, lent = features.word_and_context(word)
    per_offset = [[attrs[f"{off}:{f}"] for f in lent if f"{off}:{f}" in attrs] for off in WINDOW]
    return [attrs[f] for f in own if f in attrs], per_offset


def test_ids_are_those_of_the_feature_strings_in_order():
    features = FeatureMaker(CLUSTERS)
    every = sorted({f for w in WORDS for part in features.word_and_context(w) for f in part}
                   | {f"{off}:{f}" for w in WORDS for f in features.word_and_context(w)[1] for off in WINDOW})
    for seed in range(6):
        rng = random.Random(seed)
        attrs = {f: k for k, f in enumerate(f for f in every if rng.random() < 0.5)}
        zero_row = len(attrs)
        ids = FeatureIds(features, attrs, zero_row)
        for word in WORDS:
            own, lent = ids.word(word)
            assert own[0] == zero_row and all(col[0] == zero_row for col in lent)
            got_own = [a for a in own[1:] if a != MISSING]
            got_lent = [[a for a in col[1:] if a != MISSING] for col in lent]
            assert (got_own, got_lent) == _strings_ids(features, attrs, word), word


def test_the_compiled_rows_are_the_python_ones():
    import pytest

    from kabar.ner import wordids

    if not hasattr(wordids._crfdecode, "word_rows"):
        pytest.skip("kabar.ner._crfdecode is not built with word_rows here")
    features = FeatureMaker(CLUSTERS)
    every = sorted({f for w in WORDS for part in features.word_and_context(w) for f in part}
                   | {f"{off}:{f}" for w in WORDS for f in features.word_and_context(w)[1] for off in WINDOW})
    for seed in range(6):
        rng = random.Random(seed)
        attrs = {f: k for k, f in enumerate(f for f in every if rng.random() < 0.5)}
        ids = FeatureIds(features, attrs, len(attrs))
        assert ids._compiled
        words = WORDS + ["".join(rng.choice("aB-.1ßÉ'") for _ in range(rng.randint(0, 7))) for _ in range(200)]
        got = ids.rows(words)
        ids._compiled = False
        assert got == ids.rows(words)


def test_the_compiled_rows_refuse_tables_of_the_wrong_kind():
    import pytest

    from kabar.ner import wordids

    if not hasattr(wordids._crfdecode, "word_rows"):
        pytest.skip("kabar.ner._crfdecode is not built with word_rows here")
    tables = FeatureIds(FeatureMaker(CLUSTERS), {"w=budi": 0}, 1).tables()
    with pytest.raises(TypeError):
        wordids._crfdecode.word_rows(["Budi"], tables[:2] + ({},) + tables[3:], [], [])
    with pytest.raises(ValueError):
        wordids._crfdecode.word_rows(["Budi"], tables[:-1], [], [])
