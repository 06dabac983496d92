"""Both tokenizers: a long run of one symbol is one token; short runs stay one token per symbol."""
import pytest

from kabar.entities.tokens import tokenize as entity_tokens
from kabar.text.tokens import tokenize, words


@pytest.mark.parametrize("tok", [tokenize, entity_tokens])
@pytest.mark.parametrize("symbol", ["(", ".", "“", "😀", "-"])
def test_a_long_run_of_one_symbol_is_one_token(tok, symbol):
    text = "Harga naik " + symbol * 100_000 + " kemarin"  # fuzz input #57661: 160,000 '(' in one line
    toks = tok(text)
    assert [t.text for t in toks][:2] == ["Harga", "naik"] and len(toks) == 4
    assert text[toks[2].start:toks[2].end] == symbol * 100_000


def test_short_runs_keep_one_token_per_symbol():
    assert words("Katanya... tidak -- ya!!") == ["Katanya", ".", ".", ".", "tidak", "-", "-", "ya", "!", "!"]
    assert [t.text for t in entity_tokens("(((Jakarta)))")] == ["(", "(", "(", "Jakarta", ")", ")", ")"]
    assert len(words("=" * 15)) == 15 and len(words("=" * 16)) == 1
