"""The state scores of :class:`kabar.ner.emission.Emissions` are the weights of the feature strings
:meth:`FeatureMaker.sentence` builds, added in the same order, on an invented model small enough that
every feature kind fires: word pairs (also of words holding '|'), cue and gazetteer phrases, lower-case
lines, a batch of sentences of any length."""
import itertools
import random

import numpy as np

from kabar.ner.crfmodel import CrfWeights
from kabar.ner.emission import Emissions
from kabar.ner.features import CUE_MATCHER, FeatureMaker, PhraseMatcher

VOCAB = ["Budi", "budi", "ke", "Kota", "kota", "Bandung", "jawa", "barat", "|", "a|b", "b", "a", "x||y", "presiden",
         "Menteri", "luar", "negeri", ".", "2024"]
GAZETTEER = {("jawa", "barat"): "LOC", ("kota", "bandung"): "LOC", ("budi",): "PER"}


def _model(features: FeatureMaker, rng: random.Random) -> CrfWeights:
    """Every feature the vocabulary can make, and pairs cut at every '|', each with random weights."""
    attrs: dict[str, int] = {}
    for sent in ([w] for w in VOCAB):
        for f in itertools.chain.from_iterable(features.sentence(sent)):
            attrs.setdefault(f, len(attrs))
    for a, b in itertools.product(VOCAB, repeat=2):
        for f in itertools.chain.from_iterable(features.sentence([a, b]) + features.sentence([b, a, "x"])):
            if rng.random() < 0.5:
                attrs.setdefault(f, len(attrs))
    attrs.setdefault("bi=a|b|b", len(attrs))  # ("a", "b|b") and ("a|b", "b") both make this one string
    state = np.array([[rng.uniform(-3, 3) for _ in range(3)] for _ in attrs])
    return CrfWeights(["O", "B-PER", "I-PER"], attrs, state, np.zeros((3, 3)))


def _expected(features: FeatureMaker, weights: CrfWeights, tokens: list[str]) -> np.ndarray:
    rows = np.zeros((len(tokens), 3))
    for i, feats in enumerate(features.sentence(tokens)):
        for f in feats:  # one weight row after another, as the emissions add them
            if f in weights.attrs:
                rows[i] += weights.state[weights.attrs[f]]
    return rows


def test_state_scores_are_the_feature_strings_weights_exactly():
    rng = random.Random(3)
    features = FeatureMaker({"bandung": ("1", "12", "3"), "budi": ("2", "20", "1")}, GAZETTEER)
    weights = _model(features, rng)
    ems = Emissions(features, weights)
    for _ in range(40):
        sents = [[rng.choice(VOCAB) for _ in range(rng.randint(1, 9))] for _ in range(rng.randint(1, 6))]
        sents.append(["a", "b|b", "a|b", "b"])
        for toks, got in zip(sents, ems.sentences(sents)):
            assert np.allclose(got, _expected(features, weights, toks), rtol=0, atol=1e-12), toks


def test_phrases_tried_only_at_the_given_positions_are_the_same():
    matcher = PhraseMatcher(GAZETTEER)
    lowers = "di kota bandung jawa barat budi".split()
    at = [i for i, w in enumerate(lowers) if w in matcher.lengths]
    assert matcher.matches(lowers, at) == matcher.matches(lowers) == [(1, 2, "LOC"), (3, 2, "LOC"), (5, 1, "PER")]
    assert CUE_MATCHER.matches(["kata", "menteri", "luar", "negeri"], []) == []


def test_the_compiled_window_sums_are_numpys_bit_for_bit():
    import pytest

    from kabar.ner import emission

    if not emission._WINDOW_COMPILED:
        pytest.skip("kabar.ner._crfdecode is not built with window sums here")
    rng = random.Random(5)
    features = FeatureMaker({"bandung": ("1", "12", "3")}, GAZETTEER)
    ems = Emissions(features, _model(features, rng))
    for _ in range(30):
        sents = [[rng.choice(VOCAB) for _ in range(rng.randint(1, 9))] for _ in range(rng.randint(1, 6))]
        ems.sentences(sents)  # learn the words
        lengths = np.array([len(s) for s in sents])
        idx = np.array([ems._index[w] for s in sents for w in s], dtype=np.intp)
        pos = np.arange(len(idx)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        got, want = ems._compiled_window(idx, lengths, pos), ems.numpy_window(idx, lengths, pos)
        assert got.tobytes() == want.tobytes()


def test_the_compiled_window_refuses_arrays_that_disagree():
    import pytest

    from kabar.ner import emission

    if not emission._WINDOW_COMPILED:
        pytest.skip("kabar.ner._crfdecode is not built with window sums here")
    own, ctx, pad = np.zeros((3, 2)), np.zeros((3, 4, 2)), np.zeros((4, 2))
    offsets, bos = np.array([-2, -1, 1, 2], dtype=np.int64), np.zeros(2)
    with pytest.raises(ValueError):  # a word row past the table
        emission._crfdecode.window(own, ctx, np.array([0, 3], dtype=np.intp), np.array([2], dtype=np.int64),
                                   offsets, pad, bos, bos, np.zeros((2, 2)))
    with pytest.raises(ValueError):  # lengths that do not add up to the tokens
        emission._crfdecode.window(own, ctx, np.array([0, 1], dtype=np.intp), np.array([3], dtype=np.int64),
                                   offsets, pad, bos, bos, np.zeros((2, 2)))
