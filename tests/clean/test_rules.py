"""Cheap tests placed before the boilerplate rules never turn away a line a rule would match."""
from hypothesis import given, settings, strategies as st

from kabar.clean import rules

TOKENS = ["JAKARTA,", "Warta.com", "(ANTARA)", "[warta.co.id]", "KOTA", "x" * 30, "jpnn.com", "Presiden", ",", "-", "–",
          ":", "—", "Jakarta-", "A1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=9), st.sampled_from([" - ", "- ", " – ", ": ", " ", "-- "]),
       st.sampled_from(["Presiden", "\"Kata", "2024", "kata"]))
def test_the_dash_prefix_gate_never_rejects_a_match(tokens, dash, rest):
    line = " ".join(tokens) + dash + rest
    if rules.DASH_PREFIX.match(line):
        assert rules._may_close_prefix(line)
    assert not rules._may_close_prefix("x" * 300 + " - Presiden")
