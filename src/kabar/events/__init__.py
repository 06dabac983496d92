"""Coded events (PLOVER types) from trigger verbs, with actor and target as canonical entities."""
from .extract import extract_events

__all__ = ["extract_events"]
