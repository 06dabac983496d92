"""What resolving one time expression gives: its value and the calendar point it names."""
from __future__ import annotations

from dataclasses import dataclass

from .calendar_math import Point


@dataclass
class Resolved:
    """A value plus the calendar point it names (None for durations and references)."""

    value: str
    granularity: str
    point: Point | None = None
    mod: str | None = None
    note: str | None = None
