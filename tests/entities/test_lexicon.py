"""Is a capitalised word an ordinary (affixed) word? The shipped table answers as Sastrawi does."""
import random

from kabar.entities import lexicon
from kabar.entities.lexicon import _known_affixed, is_affixed, may_be_affixed, sastrawi_affixed


def test_affixed_words_and_names():
    assert is_affixed("Menandakan") and is_affixed("Bertemu")
    assert not is_affixed("Jokowi") and not is_affixed("Kamu")  # a name; too short to be affixed


def test_the_table_holds_sastrawi_verdicts():
    table = _known_affixed()
    assert len(table) > 5000 and any(table.values()) and not all(table.values())
    sample = random.Random(16).sample(sorted(table), 150)
    assert [table[w] for w in sample] == [sastrawi_affixed(w) for w in sample]
    assert all(may_be_affixed(w) for w in sample)


def test_words_outside_the_table_ask_sastrawi(monkeypatch):
    asked = []
    monkeypatch.setattr(lexicon, "sastrawi_affixed", lambda low: asked.append(low) or True)
    lexicon.is_affixed.cache_clear()
    try:
        assert is_affixed("Mengkilapkannya")  # an invented form no table holds
        assert asked == ["mengkilapkannya"]
    finally:
        lexicon.is_affixed.cache_clear()


def _direct_verdict(low: str) -> bool:
    """Sastrawi asked directly, without the stem table."""
    stemmer, roots = lexicon._stemmer()
    stem = stemmer.stem(low)
    return stem != low and roots.contains(stem)


def test_stems_from_the_stem_table_give_sastrawi_verdicts():
    from kabar.store import stemming
    listed = [w for w in (ln.split("\t")[0] for ln in stemming._table().decode("ascii").splitlines())
              if may_be_affixed(w)]
    sample = random.Random(16).sample(listed, 200)
    assert all(stemming.table_root(w) is not None for w in sample)
    assert [sastrawi_affixed(w) for w in sample] == [_direct_verdict(w) for w in sample]


def test_invented_words_outside_the_stem_table_ask_sastrawi_and_agree():
    from kabar.store import stemming
    invented = ["mengkilapkannya", "dipertontonkanlah", "berlarikannya", "sekambingan", "penyapuan",
                "terbirukan", "menyegarkanmu", "kebelumannya"]
    for word in invented:
        assert stemming.table_root(word) is None, word
        assert sastrawi_affixed(word) == _direct_verdict(word), word
