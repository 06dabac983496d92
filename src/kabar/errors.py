"""Typed errors. The command line and the HTTP API turn them into friendly messages.

    KabarError
    ├── InputError        an input could not be read (names the file, line and reason)
    │   ├── UnsupportedInput   a kind of file kabar does not read
    │   ├── EmptyInput         nothing to analyse in it
    │   ├── BinaryInput        not text
    │   └── TooLarge           over the size limit
    ├── StageError        a pipeline stage failed on one document
    ├── PipelineError     a pipeline was built with missing requirements
    ├── StoreError        the SQLite store refused an operation
    └── NotFound          no story, document or entity with that id
"""
from __future__ import annotations


class KabarError(Exception):
    """Base of every error kabar raises on purpose."""


class InputError(KabarError):
    """An input could not be read."""

    def __init__(self, path: str | None, reason: str, line: int | None = None):
        self.path, self.reason, self.line = path, reason, line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # errors travel between worker processes
        return type(self), (self.path, self.reason, self.line)


class UnsupportedInput(InputError):
    """A kind of file kabar does not read."""


class EmptyInput(InputError):
    """An input with no text in it."""


class BinaryInput(InputError):
    """An input that is not text."""


class TooLarge(InputError):
    """An input over the configured size limit."""


class StageError(KabarError):
    """A pipeline stage failed on one document."""

    def __init__(self, stage: str, doc_path: str | None, reason: str):
        self.stage, self.doc_path, self.reason = stage, doc_path, reason
        super().__init__(f"{doc_path or '<input>'}: stage '{stage}' failed: {reason}")

    def __reduce__(self):
        return type(self), (self.stage, self.doc_path, self.reason)


class PipelineError(KabarError):
    """A pipeline whose stages' requirements are not met."""


class StoreError(KabarError):
    """The store refused an operation."""


class NotFound(KabarError):
    """No story, document or entity with the requested id."""

    def __init__(self, kind: str, key: str):
        self.kind, self.key = kind, key
        super().__init__(f"no {kind} with id '{key}' in the store")

    def __reduce__(self):
        return type(self), (self.kind, self.key)
