"""Quantity claims: which figures count the same thing, and whether their values agree."""
from __future__ import annotations

import pytest

from kabar.brief.claims import disagreements, interval
from kabar.brief.sources import sentences
from kabar.model import Quantity


@pytest.mark.parametrize("value, modifier, inside, outside", [
    (250000, None, 251000, 260000),          # exact figures allow rounding only
    (1_200_000_000, "approx", 1_250_000_000, 1_400_000_000),  # "sekitar" allows a little more
    (1_000_000, "vague", 5_000_000, 250_000),  # "jutaan": at least a million, below ten million
    ([7, 10], None, 8, 11),                  # a range
])
def test_interval_allows_rounding_and_hedges(value, modifier, inside, outside):
    lo, hi = interval(Quantity("x", 0, 1, value, "orang", modifier))
    assert lo <= inside <= hi
    assert not lo <= outside <= hi


@pytest.fixture(scope="module")
def flood_numbers(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    return disagreements(sents, set(sents)), invented_docs


def test_death_tolls_that_differ_are_one_disagreeing_group(flood_numbers):
    numbers, docs = flood_numbers
    died = [n for n in numbers if n["state"] == "died"]
    assert len(died) == 1 and died[0]["agree"] is False and died[0]["scope"] == "story"
    by_value = {v["value"]: {r["doc_id"] for r in v["sources"]} for v in died[0]["values"]}
    assert by_value == {12: {docs[0].id, docs[2].id}, 15: {docs[1].id}}


def test_injured_and_displaced_are_not_mixed_with_deaths(flood_numbers):
    numbers, _ = flood_numbers
    for n in numbers:
        states = {v["state"] for v in n["values"]}
        assert len(states) == 1


def test_sources_cite_the_sentence_holding_the_figure(flood_numbers):
    numbers, docs = flood_numbers
    text = {d.id: d.text for d in docs}
    for n in numbers:
        for v in n["values"]:
            for r in v["sources"]:
                assert v["text"] in text[r["doc_id"]][r["start"]:r["end"]]


def test_storyline_scope_and_one_article_giving_two_values(invented_docs):
    """Claims from an earlier story count (scope 'storyline'); one article's two values never merge."""
    a, b, _ = invented_docs
    sents = {a.id: sentences(a), b.id: sentences(b)}
    numbers = disagreements(sents, {b.id})
    died = next(n for n in numbers if n["state"] == "died")
    assert died["scope"] == "storyline" and not died["agree"]
