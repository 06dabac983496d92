"""The bundled examples: every file analyses, dates match the examples' gold, no boilerplate leaks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

GOLD = EXAMPLES.parent / "gold" / "stories.json"
LEAKS = ("Baca Juga", "BACA JUGA", "Penulis :", "Editor:", "Simak berita", "Leave a Reply", "Tags:")


@pytest.fixture(scope="module")
def analysed():
    from kabar.analyze import analyze
    return list(analyze([str(EXAMPLES)]))


def test_examples_all_analyse(analysed):
    errors = [str(x) for x in analysed if not hasattr(x, "to_dict")]
    assert not errors
    assert len(analysed) >= 12


def test_examples_no_boilerplate_leaks(analysed):
    for doc in analysed:
        for leak in LEAKS:
            assert leak not in doc.text, (doc.source.path, leak)


def test_examples_publication_dates(analysed):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    dates = {k: v.get("published") for k, v in (gold.get("articles") or {}).items()}
    if not dates:
        pytest.skip("examples gold has no per-article dates")
    right = total = 0
    for doc in analysed:
        stem = Path(doc.source.path).stem + (f"#{doc.source.line}" if doc.source.line else "")
        if dates.get(stem):
            total += 1
            right += doc.published == dates[stem][:10]
    assert total >= 12 and right / total >= 0.9, f"{right}/{total} publication dates right"
