"""Golden floors on the seed articles (skipped when ../shared is absent)."""
import json
import re
import sys
from pathlib import Path

import pytest

from kabar.model import Document, Entity, Source
from kabar.quantities import find_quantities
from kabar.quotes import extract_quotes

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"
FLOORS = {"quotes": 1.0, "quote_speaker": 1.0, "quantities_value": 1.0}


def seed_predictions() -> tuple[dict, dict]:
    """Gold, and predictions built on the gold body text with gold entity surfaces as entities."""
    sys.path.insert(0, str(SHARED / "eval"))
    gold = {}
    for line in (SEEDS / "gold" / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["id"]] = g
    preds = {}
    for gid, g in gold.items():
        text = (SEEDS / f"{gid}.txt").read_text(encoding="utf-8")
        for b in g["boilerplate_lines"]:
            text = text.replace(b["text"], "")
        ents: list[Entity] = []
        for e in sorted(g["entities"], key=lambda e: -len(e["text"])):
            for m in re.finditer(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
                if not any(x.start < m.end() and m.start() < x.end for x in ents):
                    ents.append(Entity(e["text"], m.start(), m.end(), e["type"], e["canonical"], e["canonical"]))
        doc = Document(id=gid, source=Source(path=f"{gid}.txt"), raw=text, text=text,
                       entities=sorted(ents, key=lambda e: e.start))
        doc.quotes, _ = extract_quotes(doc)
        doc.quantities = find_quantities(text)
        preds[gid] = doc.to_dict()
    return gold, preds


@pytest.mark.skipif(not (SEEDS / "gold").exists(), reason="../shared/seeds (gold) not present")
@pytest.mark.parametrize("metric, floor", FLOORS.items())
def test_seed_floor(metric, floor):
    gold, preds = seed_predictions()
    import score  # noqa: E402  (the shared scorer, found through SHARED/eval)
    assert score.score_docs(gold, preds)[metric]["f1"] >= floor
