"""Quantities: Indonesian numerals, currencies, percentages and counted nouns."""
from .extract import find_quantities
from .numbers import parse_number

__all__ = ["find_quantities", "parse_number"]
