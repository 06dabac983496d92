"""The per-stage CPU budget: a runaway stage is interrupted, yields nothing, and the document goes on."""
from __future__ import annotations

import threading
import time

import pytest

from kabar.budget import OverBudget, time_budget
from kabar.model import Document, Entity, Source
from kabar.pipeline import Pipeline, Stage
from kabar.settings import Settings


def _spin(seconds: float) -> None:
    """Burn CPU (pure Python, interruptible) for about ``seconds`` or until interrupted."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        sum(range(1000))


def test_a_block_over_its_budget_is_interrupted_soon():
    start = time.process_time()
    with pytest.raises(OverBudget):
        with time_budget(0.2):
            _spin(30)
    assert time.process_time() - start < 5


def test_a_block_within_its_budget_runs_to_the_end():
    with time_budget(5):
        _spin(0.05)


def test_waiting_spends_no_budget():
    with time_budget(0.1):
        time.sleep(0.4)


def test_a_stage_cannot_swallow_the_interruption():
    with pytest.raises(OverBudget):
        with time_budget(0.2):
            try:
                _spin(30)
            except Exception:  # what a careless stage does
                pass


def test_budgets_work_in_other_threads_independently():
    results = {}

    def run(name, spin):
        try:
            with time_budget(0.3):
                _spin(spin)
            results[name] = "done"
        except OverBudget:
            results[name] = "stopped"

    threads = [threading.Thread(target=run, args=("slow", 30)), threading.Thread(target=run, args=("quick", 0.01))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == {"slow": "stopped", "quick": "done"}


def _runaway(doc: Document, settings: Settings) -> Document:
    doc.entities.append(Entity("Bone", 0, 4, "GPE", "Bone"))  # a half-done result must not survive
    _spin(60)
    return doc


def _after(doc: Document, settings: Settings) -> Document:
    doc.language = "id"
    return doc


def test_a_stage_over_budget_yields_nothing_and_the_document_survives():
    pipeline = Pipeline([Stage("entities", _runaway, (), ("entities",)), Stage("language", _after, (), ("language",))],
                        Settings(stage_budget_s=0.3))
    doc = pipeline(Document(id="d", source=Source(path="a.txt"), raw="Bone diguncang gempa.", text="Bone diguncang gempa."))
    assert doc.entities == []
    assert doc.language == "id"
    assert doc.warnings == [{"stage": "entities", "message": "over its time budget of 0.3 s CPU"}]
