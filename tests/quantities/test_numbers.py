"""Numerals in digits and words."""
import pytest

from kabar.quantities.numbers import parse_digits, parse_list, parse_number, parse_words

NUMBERS = [
    ("28.500", 28500),
    ("1,5", 1.5),
    ("1.500.000", 1500000),
    ("1,5 juta", 1500000),
    ("250 ribu", 250000),
    ("2,35 miliar", 2350000000),
    ("3 triliun", 3000000000000),
    ("tiga juta", 3000000),
    ("seratus", 100),
    ("seribu", 1000),
    ("sejuta", 1000000),
    ("sebelas", 11),
    ("sepuluh", 10),
    ("dua belas", 12),
    ("dua puluh lima", 25),
    ("dua ratus lima puluh ribu", 250000),
    ("seratus dua puluh tiga", 123),
    ("satu juta dua ratus ribu", 1200000),
    ("lima ratus", 500),
    ("sembilan belas", 19),
    ("ratusan ribu", [100000, 999999]),
    ("jutaan", [1000000, 9999999]),
    ("puluhan", [10, 99]),
    ("belasan", [11, 19]),
    ("1.234,5", 1234.5),
    ("1,000,000", 1000000),
    ("1.234.567,89", 1234567.89),
    ("1,234,567.5", 1234567.5),
    ("1.5", 1.5),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "dua tiga", "juta 5", "1,5 orang", "kedua", "1,2,5", "1.2.5"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_integral_results_are_ints():
    assert isinstance(parse_number("1,5 juta"), int)
    assert isinstance(parse_digits("28.500"), int)


def test_words_reject_mixed():
    assert parse_words(["dua", "orang"]) is None


def test_lists_without_spaces():
    assert parse_list("1,2,5") == [(0, 1, 1), (2, 3, 2), (4, 5, 5)]
    assert parse_list("1,5") is None  # a decimal
    assert parse_list("1,000,000") is None  # thousands
