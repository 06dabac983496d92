"""Numbers, amounts and quantities as a reader of Indonesian or English writes them (CLDR data via Babel).

    number(1240, "id")                  -> "1.240"
    number(6.1, "id")                   -> "6,1"
    amount(3_850_000_000, "IDR", "id")  -> "Rp 3,85 miliar"
    amount(3_850_000_000, "IDR", "en")  -> "Rp 3.85 billion"
    quantity([10, 15], "detik", "id")   -> "10–15 detik"
"""
from __future__ import annotations

from numbers import Number

from babel.numbers import format_compact_decimal, format_decimal

from .words import CURRENCY_SYMBOLS, PERCENT

# From a million on, a round number reads better as "1,5 juta" than as "1.500.000".
COMPACT_FROM = 1_000_000
COMPACT_DIGITS = 2  # "3,85 miliar": at most two decimals, and only when no digit is lost
RANGE_DASH = "–"


def locale_of(lang: str) -> str:
    """The CLDR locale for a UI language (English as written in the UK: "21 May 2024")."""
    return {"id": "id", "en": "en_GB"}.get(lang, "id")


def is_number(value) -> bool:
    """Whether ``value`` is a real number (not a bool)."""
    return isinstance(value, Number) and not isinstance(value, bool)


def number(value, lang: str = "id", compact: bool = True) -> str:
    """``value`` with the locale's separators; big round values in words ("1,5 juta") when ``compact``."""
    if not is_number(value):
        return str(value) if value is not None else ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if compact and abs(value) >= COMPACT_FROM and _compact_is_exact(value):
        return format_compact_decimal(value, format_type="long", locale=locale_of(lang),
                                      fraction_digits=COMPACT_DIGITS)
    return format_decimal(value, locale=locale_of(lang), decimal_quantization=False)


def _compact_is_exact(value) -> bool:
    """Whether the compact form keeps every digit of ``value`` (1.500.000 yes, 1.234.567 no)."""
    scale = 10 ** (3 * ((len(str(int(abs(value)))) - 1) // 3))
    shown = round(abs(value) / scale, COMPACT_DIGITS)
    return abs(shown * scale - abs(value)) < 1e-6 * scale


def amount(value, currency: str, lang: str = "id") -> str:
    """Money: the currency's symbol, then the amount ("Rp 14.900", "US$ 345 juta")."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return f"{symbol} {value_text(value, lang)}"


def value_text(value, lang: str = "id") -> str:
    """A number or a ``[low, high]`` range."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{number(value[0], lang)}{RANGE_DASH}{number(value[1], lang)}"
    return number(value, lang)


def is_currency(unit: str | None) -> bool:
    """Whether ``unit`` is an ISO currency code ("IDR", "USD")."""
    return bool(unit) and (unit in CURRENCY_SYMBOLS or (len(unit) == 3 and unit.isalpha() and unit.isupper()))


def quantity(value, unit: str | None, lang: str = "id") -> str:
    """A quantity as read: money with its symbol, percentages with %, else the number and its unit word."""
    if is_currency(unit):
        return amount(value, unit, lang)
    if unit == PERCENT:
        return f"{value_text(value, lang)}{PERCENT}"
    return f"{value_text(value, lang)} {unit}".strip() if unit else value_text(value, lang)
