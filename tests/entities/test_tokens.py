"""The entity tokens' facts, kept per token text, are what the text says (kabar.entities.tokens)."""
from kabar.entities import tokens
from kabar.entities.tokens import Tok, key_of, tokenize

TEXT = "Menteri LUAR negeri Korea-Selatan, A.S. dan Jepangnya; 2024 x5 ß İstanbul ((((((((((((((((( _ ‐"


def _direct(t: Tok) -> tuple[str, bool, bool, bool]:
    first = t.text[:1]
    return t.text.casefold(), first.isalnum(), first.isupper(), not t.text.isalpha() and any(map(str.isdigit, t.text))


def test_facts_are_those_of_the_text_also_when_kept_or_started_again(monkeypatch):
    for bound in (10**6, 2):  # a bound of 2 starts the table again every other new text
        monkeypatch.setattr(tokens, "FACT_TEXTS", bound)
        tokens._FACTS.clear()
        for _ in range(2):
            for t in tokenize(TEXT):
                assert (t.low, t.is_word, t.is_cap, t.has_digit) == _direct(t), t


def test_the_clitic_is_split_off_a_long_capitalised_stem_only():
    assert [t.text for t in tokenize("Jepangnya Kenya")] == ["Jepang", "nya", "Kenya"]
    assert key_of("Korea-Selatan") == ("korea", "-", "selatan") == key_of("KOREA-selatan")


ALPHABET = ("aZkKnyNYA.S'’-_ \t\n\xa0\u2003\u200b09٣²½ⅫǅéÉßİ(.,:;\"“”@#/" + "é" + "\U0001d400")
PIECES = ["Jepangnya", "Kenya", "A.S.", "U.S.A.", "A.B", "AB.C.", "Jum'at", "x’y", "a'", "'b", "(" * 16, "." * 17,
          "-" * 15, "Ⓐnya", "ǅemalnya", "KOREAnya", "__", "a_b", "_" * 20]


def test_the_compiled_tokens_are_the_regular_expressions():
    import random

    import pytest

    if tokens._compiled is None:
        pytest.skip("kabar.entities._tokens is not built here")
    rng = random.Random(11)
    for _ in range(3000):
        parts = [rng.choice(PIECES) if rng.random() < 0.2 else rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))]
        text = "".join(parts)
        start, end = rng.randint(-2, len(text) + 2), rng.randint(-2, len(text) + 2)
        for s, e in ((0, len(text)), (start, end), (max(start, 0), max(end, 0))):
            got = tokens._compiled.tokenize(text, s, e, Tok)
            assert got == tokens.python_tokenize(text, s, e), (text, s, e)


def test_the_compiled_tokens_with_their_facts_filled_in_are_the_regular_expressions():
    import random

    import pytest

    if not tokens._FILLS_SLOTS:
        pytest.skip("kabar.entities._tokens is not built here, or built without tokenize_facts")
    rng = random.Random(12)
    for _ in range(3000):
        parts = [rng.choice(PIECES) if rng.random() < 0.2 else rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))]
        text = "".join(parts)
        start, end = rng.randint(-2, len(text) + 2), rng.randint(-2, len(text) + 2)
        for s, e in ((0, len(text)), (start, end), (max(start, 0), max(end, 0))):
            got = tokens._compiled.tokenize_facts(text, s, e, Tok, tokens._FACTS, tokens._facts)
            want = tokens.python_tokenize(text, s, e)
            assert got == want, (text, s, e)
            assert [(t.low, t.is_word, t.is_cap, t.has_digit) for t in got] == [_direct(t) for t in want], (text, s, e)
            assert all(type(t) is Tok for t in got)
