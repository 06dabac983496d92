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
