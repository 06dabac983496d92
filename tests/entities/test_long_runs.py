"""Pathological capitalised runs cost entity recognition a fixed amount of work per token.

Work is counted as Python function calls (deterministic, unlike time): ten times the run
must cost about ten times the calls. Before the bound, a run of head words or of ordinary
capitalised words after one grew with the square of its length (fuzz input #56976, a
repeated headline of 22,000 capitalised tokens, took 13 s).
"""
import sys

import pytest

from kabar.entities import find_entities

# Linear work gives about 10x for ten times the run, quadratic about 100x.
MAX_GROWTH = 15


def calls(fn, *args) -> int:
    """How many Python function calls (generator steps included) ``fn(*args)`` makes."""
    count = [0]

    def profile(frame, event, arg):
        if event == "call":
            count[0] += 1
    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize("unit", ["PT ", "Kementerian Umum ", "Menteri Umum ", "Bank Dunia Jaya ", "KPK "])
def test_a_long_capitalised_run_costs_linear_work(unit):
    find_entities("Presiden Joko Widodo tiba di Jakarta.")  # tables loaded outside the count
    small = calls(find_entities, "Kata dia. " + unit * 100 + "selesai.")
    large = calls(find_entities, "Kata dia. " + unit * 1000 + "selesai.")
    assert large / small < MAX_GROWTH, f"{unit!r} * 1000 took {large / small:.0f}x the calls of * 100"


def test_a_head_word_name_stops_at_the_bound():
    text = "Kementerian " + "Umum " * 200 + "bekerja."
    longest = max(len(e.text.split()) for e in find_entities(text))
    assert longest <= 41  # recognize.MAX_SPAN_TOKENS after the head word


def _m(text: str, type_, canonical=None, kind: str = "name"):
    from kabar.entities.recognize import Mention
    m = Mention(0, len(text), text, type_, kind, 0)
    m.canonical = canonical
    return m


def test_a_short_place_takes_the_longer_place_named_most_often_before_it_the_first_on_a_tie():
    from kabar.entities.canonical import _resolve_short_places
    korea, sudan = _m("Korea Selatan", "GPE", "Korea Selatan"), _m("Sudan Selatan", "GPE", "Sudan Selatan")
    short = _m("Selatan", None)
    _resolve_short_places([korea, sudan, _m("Sudan Selatan", "GPE", "Sudan Selatan"), short])
    assert short.canonical == "Sudan Selatan" and short.type == "GPE"
    short = _m("Selatan", None)
    _resolve_short_places([korea, _m("Laut Selatan", "LOC", "Laut Selatan"), short])
    assert (short.canonical, short.type) == ("Korea Selatan", "GPE")
    short, later = _m("Semenanjung", None), _m("Semenanjung Arab", "LOC", "Semenanjung Arab")
    _resolve_short_places([_m("Semenanjung Korea", "LOC", "Semenanjung Korea"), short, later, _m("Semenanjung", None)])
    assert short.canonical == "Semenanjung Korea"  # only names before it count


def test_a_short_institution_takes_the_latest_one_before_it():
    from kabar.entities.canonical import _resolve_short_places
    short = _m("Kongres", "ORG", kind="head")
    _resolve_short_places([_m("Kongres AS", "ORG", "Kongres AS"), _m("Kongres Nasional", "ORG", "Kongres Nasional"),
                           _m("Kongres Jepang", "GPE", "Kongres Jepang"), short])
    assert (short.canonical, short.type) == ("Kongres Nasional", "ORG")
