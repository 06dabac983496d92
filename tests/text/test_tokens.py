"""Both tokenizers: a long run of one symbol is one token; short runs stay one token per symbol; the spans of a
text tokenised whole have the tokens a scan of each span gives."""
import pytest
from hypothesis import given, settings, strategies as st

from kabar.entities.tokens import tokenize as entity_tokens
from kabar.text import tokens as tokens_module
from kabar.text.tokens import tokenize, tokenize_spans, words


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


@settings(max_examples=300, deadline=None)
@given(st.text("Rp$US 12.,/-an'’aA\n(", max_size=50), st.lists(st.integers(0, 50), min_size=2, max_size=8))
def test_a_span_of_a_text_tokenised_whole_has_the_tokens_of_a_scan_of_it(text, cuts):
    cuts = sorted(min(c, len(text)) for c in cuts)
    spans = list(zip(cuts, cuts[1:]))
    expected = [[(t.text, t.start, t.end) for t in tokens_module._scan(text, s, e)] for s, e in spans]
    got = [[(t.text, t.start, t.end) for t in toks] for toks in tokenize_spans(text, spans)]
    assert got == expected


def test_a_whole_text_answers_only_for_itself():
    first, second = "Harga naik Rp 5.000 kemarin.", "Harga turun 12,5 persen kemarin."
    tokenize_spans(first, [(0, 10)])
    assert [t.text for t in tokenize(second, 6, 16)] == ["turun", "12,5"]
    for n in range(tokens_module.WHOLE_TEXTS + 1):  # the oldest whole texts make room for new ones
        tokenize_spans(f"teks {n} ke-{n}", [(0, 4)])
    assert [t.text for t in tokenize(first, 11, 19)] == ["Rp 5.000"]
    assert len(tokens_module._WHOLE) == tokens_module.WHOLE_TEXTS


ALPHABET = "aZxUSHKRpnyA.,:/-$’'`_ \t\n\xa0\u2003\u200b0159٣²½ⅫǅéÉßİĮ(\"“@#" + "\U0001d7ce"
PIECES = ["US$1,5", "S$", "A$3", "HK$", "$345", "Rp 2,3", "Rp10.000", "Rp.", "Rp\n5", "22/10/2020", "28.500", "1,5",
          "21:20", "1950-53", "1930-an", "1990-anak", "12-nya", "A.S.", "U.S.", "a.b", "Jong-un", "Jum'at", "ke-70",
          "x`y", "(" * 16, "." * 17, "-" * 15, "__", "5a", "٣٤.٥"]


def test_the_compiled_scan_is_the_regular_expressions():
    import random

    from kabar.text import tokens

    if tokens._compiled is None:
        pytest.skip("kabar.text._tokens is not built here")
    rng = random.Random(13)
    for _ in range(3000):
        parts = [rng.choice(PIECES) if rng.random() < 0.25 else rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))]
        text = "".join(parts)
        start, end = rng.randint(-2, len(text) + 2), rng.randint(-2, len(text) + 2)
        for s, e in ((0, len(text)), (start, end), (max(start, 0), max(end, 0))):
            assert tokens._compiled.scan(text, s, e, tokens.Token) == tokens.regex_scan(text, s, e), (text, s, e)


def test_the_compiled_tokens_are_whole_token_objects():
    """The compiled scan fills the slots without calling the class: each token is a plain Token with plain
    fields, equal field by field to the regular expression's, over random Indonesian-like strings."""
    import random

    from kabar.text import tokens

    if tokens._compiled is None:
        pytest.skip("kabar.text._tokens is not built here")
    rng = random.Random(29)
    for _ in range(1000):
        text = "".join(rng.choice(PIECES) if rng.random() < 0.3 else rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        got, expected = tokens._compiled.scan(text, 0, len(text), tokens.Token), tokens.regex_scan(text, 0, len(text))
        assert [(type(t), type(t.text), type(t.start), type(t.end)) for t in got] == [(tokens.Token, str, int, int)] * len(got)
        assert [(t.text, t.start, t.end) for t in got] == [(t.text, t.start, t.end) for t in expected], text


def test_the_compiled_scan_refuses_a_class_without_the_slots():
    from kabar.text import tokens

    if tokens._compiled is None:
        pytest.skip("kabar.text._tokens is not built here")

    class Plain:
        def __init__(self, text, start, end):
            self.text, self.start, self.end = text, start, end

    with pytest.raises(AttributeError):  # no slot named text
        tokens._compiled.scan("Harga naik", 0, 10, Plain)
    with pytest.raises(TypeError):
        tokens._compiled.scan("Harga naik", 0, 10, "Token")
    assert tokens._compiled.scan("Harga naik", 0, 10, tokens.Token) == tokens.regex_scan("Harga naik", 0, 10)
