"""The stage registry: requirements are checked when a pipeline is built, failures name the stage."""
from __future__ import annotations

import pytest

from kabar.errors import PipelineError, StageError
from kabar.model import Document, Source
from kabar.pipeline import Pipeline, register


def test_pipeline_default_order_and_requirements():
    from kabar.analyze import default_pipeline
    names = default_pipeline().names
    assert names[:4] == ["clean", "language", "sentences", "published"]


def test_pipeline_missing_requirement_is_reported():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.build(["sentences"])


def test_pipeline_unknown_stage():
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline.build(["clean", "nope"])


TEXT = ("Harga beras naik menjadi Rp 14.000 per kilogram di Pasar Induk, Jakarta, Senin (4/3/2024).\n"
        "Pedagang menyebut pasokan dari Jawa Tengah berkurang sejak pekan lalu.")


@register("explodes", requires=("text",), provides=("quantities",))
def _explodes(doc, settings):
    from kabar.model import Quantity
    doc.quantities = [Quantity("half", 0, 4, 1)]  # half-done work must not survive the failure
    raise ValueError("boom")


def test_pipeline_strict_stage_failure_names_stage_and_document():
    pipe = Pipeline.build(["clean", "explodes"], strict=True)
    doc = Document(id="x", source=Source(path="a.txt"), raw="Kalimat pertama yang cukup panjang.")
    with pytest.raises(StageError, match="a.txt: stage 'explodes' failed: ValueError: boom"):
        pipe(doc)


def test_failing_stage_leaves_its_field_empty_and_keeps_the_document():
    from kabar.analyze import analyze_text
    from kabar.stages import default_stages
    names = default_stages()
    names[names.index("quantities")] = "explodes"  # the quantities stage fails on this document
    doc = analyze_text(TEXT, path="harga.txt", pipeline=Pipeline.build(names))
    assert doc.warnings == [{"stage": "explodes", "message": "ValueError: boom"}]
    assert doc.quantities == []
    assert doc.text.startswith("Harga beras naik") and doc.published == "2024-03-04"
    assert doc.entities and doc.quotes is not None and doc.to_dict()["warnings"] == doc.warnings


def test_every_stage_failing_in_turn_never_loses_the_document(monkeypatch):
    from kabar.analyze import analyze_text, default_pipeline
    for stage in default_pipeline().stages:
        pipe = default_pipeline()
        broken = type(stage)(stage.name, _raise, stage.requires, stage.provides)
        pipe.stages = [broken if s.name == stage.name else s for s in pipe.stages]
        doc = analyze_text(TEXT, pipeline=pipe)
        assert [w["stage"] for w in doc.warnings] == [stage.name]
        assert doc.id and doc.raw


def _raise(doc, settings):
    raise RuntimeError("injected")


def test_warnings_survive_the_store(tmp_path):
    from kabar.analyze import analyze_text
    from kabar.store import Store
    names = ["clean", "language", "sentences", "published", "explodes"]
    doc = analyze_text(TEXT, path="harga.txt", pipeline=Pipeline.build(names))
    with Store(str(tmp_path / "k.db")) as store:
        store.add(doc)
        back = store.get(doc.id)
    assert back.warnings == doc.warnings
