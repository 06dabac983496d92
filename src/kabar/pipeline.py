"""A pipeline of named stages over one :class:`~kabar.model.Document`.

A stage is a callable ``(doc, settings) -> doc`` registered with the
document fields it ``requires`` and ``provides``. Built-in stages register
themselves exactly as a third party would (see :mod:`kabar.stages`).

A stage that fails on one document never loses it: the fields the stage
provides go back to what they held before it ran (empty, for a fresh
document), ``{"stage", "message"}`` is added to ``doc.warnings`` and the
remaining stages run. Only an input error (nothing to analyse at all) ends a
document; ``strict=True`` raises :class:`StageError` instead, for debugging.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .budget import OverBudget, time_budget
from .collector import collector_paused
from .errors import InputError, PipelineError, StageError
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
    strict: bool = False

    @classmethod
    def build(cls, names: Iterable[str], settings: Settings | None = None, strict: bool = False) -> "Pipeline":
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
        return cls(chosen, settings or Settings(), strict)

    def __call__(self, doc: Document) -> Document:
        with collector_paused():
            for stage in self.stages:
                doc = self._run(stage, doc)
        return doc

    def _run(self, stage: Stage, doc: Document) -> Document:
        """One stage; on failure the document keeps its earlier fields and gains a warning."""
        before = _snapshot(doc, stage.provides)
        try:
            with time_budget(self.settings.stage_budget_s):
                out = stage.fn(doc, self.settings)
            if not isinstance(out, Document):
                raise StageError(stage.name, doc.source.path, "stage did not return a Document")
            return out
        except OverBudget:  # a stage over its time budget yields nothing; the document goes on
            _restore(doc, before)
            doc.warnings.append({"stage": stage.name, "message": f"over its time budget of "
                                                                 f"{self.settings.stage_budget_s:g} s CPU"})
            return doc
        except InputError:
            raise  # nothing to analyse in this input: the caller reports it
        except Exception as exc:  # a stage bug must name the stage and the document
            message = exc.reason if isinstance(exc, StageError) else f"{type(exc).__name__}: {exc}"
            if self.strict:
                raise StageError(stage.name, doc.source.path, message) from exc
            _restore(doc, before)
            doc.warnings.append({"stage": stage.name, "message": message})
            return doc

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]


# Field values a deep copy gives back as they are: kept without one (most fields a stage is about to
# provide are still unset, empty or a string).
_IMMUTABLE = frozenset({str, int, float, bool, type(None)})


def _snapshot(doc: Document, names: tuple[str, ...]) -> dict:
    """Copies of the document fields a stage is about to provide."""
    return {n: _copy(getattr(doc, n)) for n in names if hasattr(doc, n)}


def _copy(value):
    """A deep copy of ``value`` (a string, a number or None as it is, an empty list as a new one)."""
    kind = type(value)
    if kind in _IMMUTABLE:
        return value
    if kind is list and not value:
        return []
    return copy.deepcopy(value)


def _restore(doc: Document, before: dict) -> None:
    for name, value in before.items():
        setattr(doc, name, value)
