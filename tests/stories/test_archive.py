"""Retiring stories out of reach: memory follows the active weeks, the assignments stay the same."""
from __future__ import annotations

import gc
import os
import random

import pytest

from kabar.stories.archive import DiskArchive, MemoryArchive
from kabar.stories.cluster import Clusterer
from kabar.stories.features import Features


def invented_news(seed: int = 3, events: int = 160) -> list[Features]:
    """Events a few a day over months (shared common words), 1-4 reports each; then late and undated reports."""
    rng = random.Random(seed)
    common = [f"umum{i}" for i in range(40)]
    docs: list[Features] = []
    for ev in range(events):
        day = 1000 + ev // 2
        topic = [f"t{ev}x{i}" for i in range(8)]
        for r in range(rng.randint(1, 4)):
            words = rng.sample(topic, 6) + rng.sample(common, 4)
            d = day + rng.randint(0, 2)
            docs.append(Features(f"d{len(docs)}", {w: 2 for w in words}, {w: 1 for w in words[:3]},
                                 {f"ent{ev % 30}": 2, f"ent{ev % 7}": 1}, d, [day, d], words[0]))
    late = [Features(f"late{i}", dict(f.terms), dict(f.title), dict(f.entities), f.day, list(f.event_days), "")
            for i, f in enumerate(docs[5:40:7])]
    undated = [Features(f"und{i}", dict(f.terms), {}, dict(f.entities), None, [], "") for i, f in enumerate(docs[:30:6])]
    return docs + late + undated


@pytest.mark.parametrize("make_archive", [MemoryArchive, DiskArchive])
def test_retiring_stories_changes_no_assignment(make_archive):
    docs = invented_news()
    everything = Clusterer()
    expected = {f.doc_id: everything.assign(f) for f in docs}
    archive = make_archive()
    bounded = Clusterer(archive=archive)
    retired_at_most = 0
    got = {}
    for f in docs:
        got[f.doc_id] = bounded.assign(f)
        retired_at_most = max(retired_at_most, len(archive))
    assert got == expected
    assert retired_at_most > len(everything.stories) // 2  # most stories left memory at some point
    assert bounded.story_count == len(everything.stories)
    assert len(bounded.stories) < len(everything.stories)
    if isinstance(archive, DiskArchive):
        archive.close()
        assert not os.path.exists(archive.path)


def test_a_forgotten_disk_archive_leaves_no_file():
    archive = DiskArchive()
    archive.put("s1", 10, {"story": {}})
    path = archive.path
    del archive
    gc.collect()
    assert not os.path.exists(path)


def test_a_late_report_brings_its_story_back():
    docs = invented_news()[:-10]
    archive = MemoryArchive()
    c = Clusterer(archive=archive)
    ids = {f.doc_id: c.assign(f) for f in docs[:-5]}
    first = docs[0]
    assert ids[first.doc_id] not in c.stories  # months behind: retired
    late = Features("late", dict(first.terms), dict(first.title), dict(first.entities), first.day,
                    list(first.event_days), "")
    assert c.assign(late) == ids[first.doc_id]
    assert c.story(ids[first.doc_id]).docs[-1] == "late"


def test_unknown_story_id_is_a_key_error():
    with pytest.raises(KeyError):
        Clusterer(archive=MemoryArchive()).story("s999999")


def test_the_strongest_candidates_are_those_a_full_sort_picks():
    """Candidate blocking sorts only the stories at or above the n-th count; the pick is the full sort's
    (most shared keys first, ties to the newer story)."""
    import random

    from kabar.stories.cluster import _newest_first, strongest
    rng = random.Random(3)
    for _ in range(200):
        hits = {f"s{rng.randrange(5000):06d}": rng.randint(1, 6) for _ in range(rng.randint(0, 300))}
        n = rng.choice([1, 5, 40])
        full = [sid for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], _newest_first(kv[0])))[:n]]
        assert strongest(hits, n) == full
    assert strongest({"s000001": 2, "s000009": 2, "s000005": 3}, 2) == ["s000005", "s000009"]
