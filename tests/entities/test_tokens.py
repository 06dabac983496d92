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
