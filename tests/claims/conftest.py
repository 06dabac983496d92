"""Invented articles for the claims tests, analysed once per session."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.analyze import analyze
from kabar.brief.link import link_story_entities
from kabar.brief.sources import sentences
from kabar.claims import verdicts
from kabar.settings import from_env


def analysed(tmp: Path, records: list[dict]) -> list:
    """The records analysed by the default pipeline (in order)."""
    path = tmp / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    docs = [d for d in analyze([str(path)], from_env()) if hasattr(d, "text")]
    assert len(docs) == len(records)
    return docs


def judged(docs: list, story: list | None = None) -> list[dict]:
    """The compared figures of ``docs`` (all of them the story unless ``story`` says which)."""
    link_story_entities(docs)
    sents = {d.id: sentences(d) for d in docs}
    return verdicts(sents, {d.id for d in (story or docs)})


def article(text: str, outlet: str, published: str, title: str = "") -> dict:
    return {"title": title or text.split(".")[0][:60], "text": text, "outlet": outlet, "published": published,
            "url": f"https://{outlet.lower().replace(' ', '')}.example/{abs(hash(text)) % 10**8}"}


@pytest.fixture(scope="session")
def make(tmp_path_factory):
    """analyse(records) -> documents, in a fresh folder each call."""
    return lambda records: analysed(tmp_path_factory.mktemp("claims"), records)
