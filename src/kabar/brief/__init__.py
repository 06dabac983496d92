"""Briefings: one reader's view of a story across outlets, every line traced to its sources.

``build_brief(store, story_id)`` gives the briefing dict (summary, timeline,
actors, quotes, numbers that agree or not, framing, only-here facts, sources,
near-copies); ``build_timeline`` a storyline's dated entries across years;
:mod:`kabar.brief.render` turns a briefing into Markdown or a standalone HTML page.
"""
from __future__ import annotations

from .build import build_brief, build_timeline

__all__ = ["build_brief", "build_timeline"]
