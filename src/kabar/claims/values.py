"""The values a written figure allows: exact figures exactly, rounded ones to their last digit, hedges as said.

"62 orang" is 62 and nothing else: two tolls two apart disagree; "1 juta ton"
is a million tonnes, not 1,5 million. "1,2 juta" is written to a tenth of a
million, so it allows 1,15 to 1,25 million and agrees with "1.210.000". "sekitar" widens by APPROX_BAND; "lebih dari" / "sedikitnya"
open the top; "kurang dari" opens the bottom; "hampir" allows a little less;
"jutaan" is the range from a million up to (not including) ten million.
"""
from __future__ import annotations

import math
import re

from ..model import Quantity
from ..quantities.numbers import parse_digits

APPROX_BAND = 0.1  # "sekitar 1.000": from 900 to 1.100
VAGUE_SPAN = 10  # "ratusan ribu": at least 100 000, below a million
MORE_AFTER = ("lebih", "lebih dari itu", "lebih banyak")  # "Rp300 triliun lebih"
_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")


def interval(q: Quantity, after: str = "") -> tuple[float, float, str | None]:
    """(low, high, hedge) of a quantity; ``after`` is the text right after it (for a trailing "lebih")."""
    v = q.value
    if isinstance(v, list):
        lo, hi = float(min(v)), float(max(v))
        if q.modifier == "vague":
            return lo, hi, "vague"
        return lo, hi, "range"
    v = float(v)
    if q.modifier == "vague":
        return v, v * VAGUE_SPAN - 1, "vague"
    lo, hi = rounding(q.text, v)
    hedge = q.modifier or ("more_than" if after.lower().lstrip().startswith(MORE_AFTER) else None)
    return hedged(lo, hi, hedge) + (hedge,)


def rounding(text: str, value: float) -> tuple[float, float]:
    """The span a figure's written precision allows: half its last digit, times its scale word."""
    m = _NUMERAL.search(text)
    if not m:
        return value, value  # in words ("tiga"): exact
    digits = m.group()
    written = parse_digits(digits)
    if not written:
        return value, value
    scale = value / float(written)
    if scale <= 1.0 + 1e-9 or not re.search(r",\d+$", digits):
        return value, value  # written out in full, or a whole number of millions: exact
    decimals = len(re.split(r"[.,]", digits)[-1])
    half = 0.5 * 10 ** (-decimals) * scale
    return value - half, value + half


def hedged(lo: float, hi: float, hedge: str | None) -> tuple[float, float]:
    """Widen a span as its hedge says."""
    if hedge == "approx":
        return lo * (1 - APPROX_BAND), hi * (1 + APPROX_BAND)
    if hedge in ("more_than", "at_least"):
        return lo, math.inf
    if hedge == "less_than":
        return 0.0, hi
    if hedge == "almost":
        return lo * (1 - APPROX_BAND), hi
    return lo, hi


def shown(value: float | int | list) -> float | int | list:
    """A value as the briefing shows it: whole numbers without a decimal point."""
    if isinstance(value, list):
        return [shown(x) for x in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
