"""Lengths of time: "tiga tahun" (P3Y), "2 bulan 8 hari" (P2M8D), "6,5 tahun" (P6Y6M), "1x24 jam"
(PT24H), "beberapa dekade" (PXDE), and the fixed references ("saat ini", "bertahun-tahun")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.id import time_words as tw
from .extract import Candidate
from .numbers import to_int
from .result import Resolved

if TYPE_CHECKING:
    from .context import Context

# Clock units (jam, menit, detik) count the anchor day itself.
CLOCK_LETTERS = {"S", "MIN", "H"}


def amount(c: Candidate, key: str = "n") -> float | None:
    """The count before a unit: "se-", digits ("1.450" is 1450, "6,5" is 6.5) or number words."""
    if key == "n" and c.parts.get("se"):
        return 1
    if key == "n" and c.parts.get("half0"):
        return 0.5
    if key == "n" and c.parts.get("half"):
        whole = amount(Candidate(c.kind, c.start, c.end, {"n": c.parts["n"]}))
        return whole + 0.5 if whole is not None else None
    raw = c.parts.get(key, "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return int(raw.replace(".", ""))
    if re.fullmatch(r"\d+[.,]\d+", raw):
        return float(raw.replace(",", "."))
    return to_int(raw)


def iso_duration(amounts: dict[str, float]) -> str:
    """ISO 8601 from amounts per letter; a fraction becomes whole smaller units where exact (P6Y6M)."""
    whole: dict[str, float] = {}
    for letter, n in amounts.items():
        sub = tw.SUBUNITS.get(letter)
        frac = n - int(n)
        if frac and sub and float(frac * sub[1]).is_integer():
            whole[letter] = whole.get(letter, 0) + int(n)
            whole[sub[0]] = whole.get(sub[0], 0) + int(frac * sub[1])
        else:
            whole[letter] = whole.get(letter, 0) + n
    fmt = lambda n: str(int(n)) if float(n).is_integer() else str(n)
    date = "".join(f"{fmt(whole[k])}{k}" for k in ("Y", "M", "W", "D") if whole.get(k))
    clock = "".join(f"{fmt(whole[k])}{'M' if k == 'MIN' else k}" for k in ("H", "MIN", "S") if whole.get(k))
    return "P" + date + ("T" + clock if clock else "")


def duration(c: Candidate, ctx: Context) -> Resolved | None:
    n = amount(c)
    if not n:
        return None
    letter, size = tw.UNITS[c.parts["unit"].lower()]
    return Resolved(iso_duration({letter: n * size}), "duration")


def compound(c: Candidate, ctx: Context) -> Resolved | None:
    """'2 bulan 8 hari' = P2M8D: each unit smaller than the one before."""
    amounts: dict[str, float] = {}
    last_rank = -1
    for n_key, u_key in (("n", "unit"), ("n2", "unit2"), ("n3", "unit3")):
        if u_key not in c.parts:
            break
        n = amount(c, n_key)
        letter, size = tw.UNITS[c.parts[u_key].lower()]
        rank = tw.DURATION_ORDER.index(letter)
        if not n or rank <= last_rank:
            return None
        amounts[letter], last_rank = n * size, rank
    return Resolved(iso_duration(amounts), "duration")


def multiplied(c: Candidate, ctx: Context) -> Resolved | None:
    """'1x24 jam' = PT24H, '2 x 24 jam' = PT48H."""
    k, n = int(c.parts["k"]), int(c.parts["n"])
    letter, size = tw.UNITS[c.parts["unit"].lower()]
    return Resolved(iso_duration({letter: k * n * size}), "duration") if k and n else None


def vague(c: Candidate, ctx: Context) -> Resolved | None:
    q, unit = c.parts["q"].lower(), c.parts["unit"].lower()
    letter = tw.VAGUE_SCALED.get((q, unit), tw.VAGUE_UNIT_LETTERS[unit])
    prefix = "PTX" if tw.UNITS[unit][0] in CLOCK_LETTERS else "PX"
    return Resolved(prefix + letter, "duration")


def vague_rel(c: Candidate, ctx: Context) -> Resolved | None:
    rel = " ".join(c.parts["rel"].lower().split())
    if rel in tw.VAGUE_SPAN_AHEAD:
        return vague(c, ctx)
    return Resolved("PAST_REF" if rel in tw.PAST_OFFSET else "FUTURE_REF", "ref")


def fixed(c: Candidate, ctx: Context) -> Resolved | None:
    key = " ".join(c.parts["r"].lower().split())
    value = tw.REDUPLICATED.get(key) or tw.REFERENCES.get(key) or "FUTURE_REF"
    return Resolved(value, "duration" if value.startswith("P") and "_" not in value else "ref")
