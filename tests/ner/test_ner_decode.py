"""The numpy CRF path (weights read from the model file, state scores, Viterbi, marginals)
gives what crfsuite itself gives: the same labels, the same probabilities to float precision."""
import itertools
from importlib import resources

import numpy as np
import pytest

import kabar.ner as ner
from kabar.ner.crfmodel import ModelFormatError, read_weights
from kabar.ner import decode
from kabar.ner.decode import marginals, viterbi
from kabar.ner.emission import Emissions

pycrfsuite = pytest.importorskip("pycrfsuite")
MODEL = resources.files("kabar") / "models" / ner.MODEL_FILE
pytestmark = pytest.mark.skipif(not MODEL.is_file(), reason="shipped NER model not built (python -m kabar.train.ner)")

# Invented sentences: names, titles, places, a lower-cased line, a headline, digits and brackets.
SENTENCES = [
    "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kabupaten Demak , Senin .",
    "Menteri Luar Negeri Retno Marsudi bertemu Sekjen PBB di New York pada 12/10/2023 .",
    "presiden dan wakil presiden menghadiri rapat di istana bogor",
    "Warga Desa Sukamaju Menolak Rencana Tambang Batu Bara",
    "\" Kami siap , \" kata Kapolda Metro Jaya Irjen Karyoto ( 54 ) kepada wartawan .",
    "Harga cabai di Pasar Induk Kramat Jati naik Rp 5.000 per kilogram .",
    "Tim SAR gabungan Basarnas menemukan korban ke-3 di Sungai Ciliwung .",
    "PT Pertamina ( Persero ) dan Bank Indonesia menandatangani nota kesepahaman .",
    "Ia .",
]


@pytest.fixture(scope="module")
def reference():
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


@pytest.fixture(scope="module")
def ours():
    return ner._tagger()


def test_weights_match_the_models_own_dump(reference):
    weights = read_weights(MODEL)
    info = reference.info()  # crfsuite's text dump rounds weights to six decimals
    assert weights.labels == sorted(info.labels, key=lambda lab: int(info.labels[lab]))
    for (attr, label), w in itertools.islice(info.state_features.items(), 0, None, 97):
        assert weights.state[weights.attrs[attr], weights.labels.index(label)] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert weights.trans[weights.labels.index(a), weights.labels.index(b)] == pytest.approx(w, abs=1e-6)


def test_not_a_model(tmp_path):
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"\0" * 64)
    with pytest.raises(ModelFormatError):
        read_weights(path)


def test_state_scores_sum_the_weights_of_the_feature_strings(ours):
    weights = read_weights(MODEL)
    sents = [s.split() for s in SENTENCES]
    for toks, got in zip(sents, ours.emissions.sentences(sents)):
        for feats, row in zip(ours.features.sentence(toks), got):
            ids = [weights.attrs[f] for f in feats if f in weights.attrs]
            assert np.allclose(row, weights.state[ids].sum(axis=0), rtol=0, atol=1e-9)


def test_labels_and_marginals_match_crfsuite(reference, ours):
    sents = [s.split() for s in SENTENCES]
    ems = ours.emissions.sentences(sents)
    for toks, path, probs in zip(sents, viterbi(ems, ours.trans), marginals(ems, ours.trans)):
        expected = reference.tag(ours.features.sentence(toks))
        assert [ours.label_names[k] for k in path] == expected
        for t, lab in enumerate(expected):
            for k, name in enumerate(ours.label_names):
                assert probs[t, k] == pytest.approx(reference.marginal(name, t), abs=1e-9)


def test_decoding_against_every_path_of_a_small_random_crf():
    rng = np.random.default_rng(7)
    trans = rng.normal(size=(3, 3))
    ems = [rng.normal(size=(n, 3)) * 2 for n in (1, 2, 4, 5)]
    assert decode.numpy_viterbi(ems, trans) == viterbi(ems, trans)  # the fallback where nothing is compiled
    for em, path, probs in zip(ems, viterbi(ems, trans), marginals(ems, trans)):
        paths = list(itertools.product(range(3), repeat=len(em)))
        scores = np.array([em[np.arange(len(p)), p].sum() + sum(trans[a, b] for a, b in zip(p, p[1:]))
                           for p in paths])
        assert tuple(path) == paths[int(scores.argmax())]
        weights = np.exp(scores - scores.max())
        for t in range(len(em)):
            for k in range(3):
                mass = sum(w for p, w in zip(paths, weights) if p[t] == k) / weights.sum()
                assert probs[t, k] == pytest.approx(mass, abs=1e-12)


def test_a_tie_keeps_the_first_label_as_crfsuite_does():
    assert viterbi([np.zeros((3, 4))], np.zeros((4, 4))) == [[0, 0, 0]]
    assert decode.numpy_viterbi([np.zeros((3, 4))], np.zeros((4, 4))) == [[0, 0, 0]]


def test_sentences_of_any_length_in_one_batch(ours):
    long = ("Presiden Joko Widodo meresmikan jalan tol di Semarang dan Solo . " * 60).split()
    one = ours.entities_many([long])[0]
    assert one and all(sp.end <= len(long) for sp in one)
    together = ours.entities_many([["Ia", "datang", "."], long, []])
    assert together[0] == [] and together[2] == [] and together[1] == one


@pytest.mark.skipif(decode._crfdecode is None, reason="the compiled Viterbi is not built here (setup.py, needs a C compiler)")
def test_the_compiled_viterbi_gives_the_numpy_paths():
    rng = np.random.default_rng(11)
    trans = rng.normal(size=(7, 7))
    ems = [rng.normal(size=(n, 7)) * 3 for n in (1, 2, 3, 17, 60, 5)]
    ems += [rng.integers(-2, 3, size=(n, 7)).astype(float) for n in (4, 9)]  # many ties: the first label wins
    assert decode._compiled_viterbi(ems, trans) == decode.numpy_viterbi(ems, trans)
    tied = np.round(trans)
    assert decode._compiled_viterbi(ems, tied) == decode.numpy_viterbi(ems, tied)


def test_the_compiled_viterbi_refuses_arrays_that_disagree():
    if decode._crfdecode is None:
        pytest.skip("the compiled Viterbi is not built here")
    out = np.empty(3, dtype=np.int64)
    with pytest.raises(ValueError):
        decode._crfdecode.viterbi(np.zeros((3, 7)), np.array([4], dtype=np.int64), np.zeros((7, 7)), out)


@pytest.mark.skipif(decode._crfdecode is None, reason="the compiled marginals are not built here (setup.py, needs a C compiler)")
def test_the_compiled_marginals_agree_with_numpy():
    rng = np.random.default_rng(13)
    trans = rng.normal(size=(7, 7))
    ems = [rng.normal(size=(n, 7)) * 4 for n in (1, 2, 3, 17, 60, 5)]
    for got, want in zip(decode._compiled_marginals(ems, trans), decode.numpy_marginals(ems, trans)):
        assert got.shape == want.shape
        assert np.allclose(got, want, rtol=0, atol=1e-12)
        assert np.allclose(got.sum(axis=1), 1.0)
