"""The values a written figure allows: exact, rounded to its last digit, hedged as the text says."""
from __future__ import annotations

import math

import pytest

from kabar.claims.values import interval
from kabar.model import Quantity


@pytest.mark.parametrize("text, value, modifier, inside, outside", [
    ("62 orang", 62, None, 62, 64),  # exact figures compare exactly: two apart disagree
    ("250 ribu", 250000, None, 250000, 251000),  # a whole number of thousands: exact
    ("1,2 juta", 1_200_000, None, 1_210_000, 1_260_000),  # a tenth of a million
    ("Rp 1,2 miliar", 1_200_000_000, "approx", 1_250_000_000, 1_400_000_000),  # "sekitar" widens a little
    ("jutaan", 1_000_000, "vague", 5_000_000, 250_000),  # "jutaan": a million up to ten million
    ("7-10 orang", [7, 10], None, 8, 11),  # a range
])
def test_interval_allows_what_the_text_says(text, value, modifier, inside, outside):
    lo, hi, _ = interval(Quantity(text, 0, len(text), value, "orang", modifier))
    assert lo <= inside <= hi
    assert not lo <= outside <= hi


def test_lebih_dari_opens_the_top_and_a_trailing_lebih_too():
    lo, hi, hedge = interval(Quantity("180.000", 0, 7, 180000, "tentara", "more_than"))
    assert (lo, hedge) == (180000, "more_than") and math.isinf(hi)
    lo, hi, hedge = interval(Quantity("Rp300 triliun", 0, 13, 300e12, "IDR"), " lebih, kata jaksa")
    assert hedge == "more_than" and math.isinf(hi)


def test_hampir_allows_a_little_less_only():
    lo, hi, _ = interval(Quantity("300", 0, 3, 300, "orang", "almost"))
    assert lo < 300 and hi == 300
