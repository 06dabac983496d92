"""The shipped stem table (lang/id/stems.tsv) gives exactly Sastrawi's stems, found by binary search."""
from __future__ import annotations

import os

import pytest

from kabar.store import stemming


def _lines() -> list[str]:
    path = os.path.join(stemming.LANG_DIR, stemming.TABLE_FILE)
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def test_the_table_is_sorted_and_lists_only_words_sastrawi_would_be_asked_about():
    words = [line.split("\t")[0] for line in _lines()]
    assert len(words) > 5_000
    assert words == sorted(words) and len(set(words)) == len(words)
    assert all(stemming.needs_sastrawi(w) for w in words)


def test_every_listed_word_has_the_stems_sastrawi_gives():
    for line in _lines():
        word, listed = line.split("\t")
        assert tuple(listed.split()) == stemming.sastrawi_stems(word), word


@pytest.mark.parametrize("word", ["kunjungan", "mengunjungi", "menteri", "kebijakan", "menangkap"])
def test_common_words_are_found_without_sastrawi(word):
    assert stemming.needs_sastrawi(word) and stemming._table_stems(word) == stemming.sastrawi_stems(word)


def test_every_line_is_found_and_unlisted_words_are_not():
    for line in _lines()[::97] + _lines()[:2] + _lines()[-2:]:
        word, listed = line.split("\t")
        assert stemming._table_stems(word) == tuple(listed.split())
    for missing in ("aaaaan", "zzzzkan", "mengkodekodekan", "pemerintahx", "pemerinta"):
        assert stemming._table_stems(missing) is None


def test_table_root_is_sastrawis_first_stem_or_none():
    for line in _lines()[::211]:
        word = line.split("\t")[0]
        assert stemming.table_root(word) == stemming.sastrawi_stems(word)[0]
    assert stemming.table_root("mengkilapkannya") is None  # invented, unlisted
    assert stemming.table_root("pérkenalan") is None  # not ASCII: never listed
