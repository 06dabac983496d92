"""Quotes: direct, mixed and indirect speech with canonical speakers."""
from .extract import extract_quotes

__all__ = ["extract_quotes"]
