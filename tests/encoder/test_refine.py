"""Accurate mode's trimming and vetoing of rule-found capitalised runs (invented mentions)."""
from __future__ import annotations

from dataclasses import dataclass

from kabar.encoder.refine import refine
from kabar.entities.recognize import Mention

TEXT = "Mensos Juliari Batubara hadir. Hukum ditegakkan di Jakarta oleh Polri."


@dataclass
class Span:
    start: int
    end: int
    label: str
    score: float = 0.99


def mention(surface: str, kind: str, type_: str | None = "PER") -> Mention:
    start = TEXT.index(surface)
    return Mention(start, start + len(surface), surface, type_, kind, 0)


def at(surface: str, label: str) -> Span:
    start = TEXT.index(surface)
    return Span(start, start + len(surface), label)


def type_of(label: str, surface: str) -> str:
    return {"LOC": "GPE"}.get(label, label)


def test_title_before_a_person_is_cut_off():
    out = refine([mention("Mensos Juliari Batubara", "name")], [at("Juliari Batubara", "PER")], TEXT, type_of)
    assert [(m.text, m.type) for m in out] == [("Juliari Batubara", "PER")]
    assert TEXT[out[0].start:out[0].end] == "Juliari Batubara"


def test_capitalised_word_no_model_supports_is_dropped():
    found = [mention("Hukum", "initial"), mention("Jakarta", "gaz", "GPE"), mention("Polri", "name", None)]
    out = refine(found, [at("Polri", "ORG")], TEXT, type_of)
    assert [m.text for m in out] == ["Jakarta", "Polri"]  # the gazetteer name stays without support


def test_two_spans_inside_one_run_leave_it_alone():
    run = mention("Mensos Juliari Batubara", "name")
    out = refine([run], [at("Mensos", "ORG"), at("Juliari Batubara", "PER")], TEXT, type_of)
    assert [m.text for m in out] == ["Mensos Juliari Batubara"]


def test_head_word_names_are_not_trimmed():
    head = mention("Mensos Juliari Batubara", "head", "ORG")
    out = refine([head], [at("Juliari Batubara", "PER")], TEXT, type_of)
    assert [(m.text, m.type) for m in out] == [("Mensos Juliari Batubara", "ORG")]
