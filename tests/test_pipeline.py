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


def test_pipeline_stage_failure_names_stage_and_document():
    @register("explodes", requires=("text",))
    def explodes(doc, settings):
        raise ValueError("boom")

    pipe = Pipeline.build(["clean", "explodes"])
    doc = Document(id="x", source=Source(path="a.txt"), raw="Kalimat pertama yang cukup panjang.")
    with pytest.raises(StageError, match="a.txt: stage 'explodes' failed: ValueError: boom"):
        pipe(doc)
