"""A briefing dict in the shape of kabar.brief.build_brief (see the brief schema), with hostile text."""
from __future__ import annotations

from .conftest import SCRIPT


def briefing(story_id: str, doc_a: str, doc_b: str) -> dict:
    """Two sources that disagree on a number; every text field carries markup."""
    ref_a = {"doc_id": doc_a, "outlet": "kabar-satu.id", "published": "2024-05-21", "start": 0, "end": 40}
    ref_b = {"doc_id": doc_b, "outlet": "<b>kabar-dua</b>", "published": "2024-05-21", "start": 0, "end": 40}
    # a source from an earlier story of the same storyline (numbers are compared across the storyline)
    ref_earlier = {"doc_id": "doc-earlier", "outlet": "kabar-tiga.id", "published": "2024-05-01", "start": 0, "end": 9}
    return {
        "story": {"id": story_id, "title": "Gempa Guncang Bone", "start": "2024-05-21", "end": "2024-05-22",
                  "storyline": story_id, "documents": [doc_a, doc_b]},
        "headline": f"Gempa mengguncang Bone {SCRIPT}",
        "summary": [{"text": f"Gempa bumi mengguncang Bone. {SCRIPT}", "sources": [ref_a, ref_b]}],
        "timeline": [{"date": "2024-05-21", "granularity": "day", "text": "Gempa terjadi <img src=x onerror=alert(2)>",
                      "historical": False, "sources": [ref_a]},
                     {"date": "2019", "granularity": "year", "text": "Gempa serupa pernah terjadi.",
                      "historical": True, "sources": [ref_b]}],
        "actors": [{"entity_id": "bmkg", "name": "BMKG", "type": "ORG", "role": "sumber <i>data</i>",
                    "mentions": 3, "documents": 2}],
        "quotes": [{"speaker": "BMKG", "entity_id": "bmkg",
                    "quotes": [{"text": f"Tidak ada potensi tsunami {SCRIPT}", "cue": "kata", "direct": True,
                                "source": ref_a}]},
                   {"speaker": None, "entity_id": None,
                    "quotes": [{"text": "Warga panik", "cue": None, "direct": False, "source": ref_b}]}],
        "numbers": [{"topic": "rumah rusak", "unit": "rumah", "agree": False, "scope": "story",
                     "values": [{"value": 40, "text": "40 rumah", "sources": [ref_a]},
                                {"value": [50, 60], "text": "50-60 rumah", "sources": [ref_b]}]},
                    {"topic": "magnitudo", "unit": "M", "agree": True, "scope": "story",
                     "values": [{"value": 6.2, "text": "magnitudo 6,2", "sources": [ref_a, ref_b]}]},
                    {"topic": "korban meninggal", "unit": "korban", "agree": False, "scope": "storyline",
                     "values": [{"value": 7, "text": "7 korban", "sources": [ref_a]},
                                {"value": 9, "text": "9 korban", "sources": [ref_earlier]}]}],
        "framing": [{"doc_id": doc_a, "outlet": "kabar-satu.id",
                     "terms": [{"term": "bencana", "category": "loaded", "text": "bencana", "quoted": False,
                                "source": ref_a}]}],
        "only_here": [{"doc_id": doc_b, "outlet": "kabar-dua.id",
                       "facts": [{"text": f"BMKG mencatat magnitudo 6,2. {SCRIPT}", "source": ref_b}]}],
        "sources": [{"doc_id": doc_a, "title": "Gempa Guncang Bone", "outlet": "kabar-satu.id",
                     "published": "2024-05-21", "url": None, "words": 12},
                    {"doc_id": doc_b, "title": "Puluhan <b>Rumah</b> Rusak", "outlet": "kabar-dua.id",
                     "published": "2024-05-21", "url": None, "words": 14}],
        "near_copies": [{"a": doc_a, "b": doc_b, "similarity": 0.91, "shared": 3}],
    }
