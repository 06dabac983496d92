"""Capitalised tokens that look like names but never are (logic: :mod:`kabar.entities`).

Currency signs and measurement scales are written capitalised ("Rp 400 juta",
"intensitas V MMI", "5,2 SR") and a name tagger trained on news readily calls
them persons or organisations.
"""
from __future__ import annotations

import re

# Whole mentions (compared case-insensitively) that are never entities.
NOT_NAMES: frozenset[str] = frozenset({
    "rp", "rp.", "idr", "usd", "us$", "s$", "rm", "sgd", "eur", "jpy", "myr", "cny", "rmb",
    "wib", "wita", "wit", "utc", "gmt",
    "sr", "mmi", "mw", "km", "kg", "ha",
})

# Mentions of this shape are scale readings, not names: "V MMI", "IV-V MMI", "VII SIG".
NOT_NAME_PATTERNS: tuple[re.Pattern, ...] = (
    re.compile(r"^[IVX]+(?:\s*[-–]\s*[IVX]+)?\s+(?:MMI|SIG|SR)$"),
)
