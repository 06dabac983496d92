"""A pipeline of named stages over one :class:`~kabar.model.Document`.

A stage is a callable ``(doc, settings) -> doc`` registered with the
document fields it ``requires`` and ``provides``. Built-in stages register
themselves exactly as a third party would (see :mod:`kabar.stages`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .errors import KabarError, PipelineError, StageError
from .model import Document
from .settings import Settings

StageFn = Callable[[Document, Settings], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


REGISTRY: dict[str, Stage] = {}
# Fields a fresh document already carries.
BASE_FIELDS = ("raw", "source", "id")


def register(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Decorator registering a stage function under ``name``."""
    def deco(fn: StageFn) -> StageFn:
        REGISTRY[name] = Stage(name, fn, tuple(requires), tuple(provides))
        return fn
    return deco


@dataclass
class Pipeline:
    stages: list[Stage]
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def build(cls, names: Iterable[str], settings: Settings | None = None) -> "Pipeline":
        """Look the stages up and check each one's requirements are provided before it."""
        from . import stages as _builtin  # noqa: F401  (registers the built-in stages)
        chosen, have = [], set(BASE_FIELDS)
        for name in names:
            if name not in REGISTRY:
                raise PipelineError(f"unknown stage '{name}'; known: {', '.join(sorted(REGISTRY))}")
            stage = REGISTRY[name]
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(f"stage '{name}' requires {missing}; fulfilled so far: {sorted(have)}")
            have.update(stage.provides)
            chosen.append(stage)
        return cls(chosen, settings or Settings())

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            try:
                out = stage.fn(doc, self.settings)
            except KabarError:
                raise
            except Exception as exc:  # a stage bug must name the stage and the document
                raise StageError(stage.name, doc.source.path, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(out, Document):
                raise StageError(stage.name, doc.source.path, "stage did not return a Document")
            doc = out
        return doc

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]
