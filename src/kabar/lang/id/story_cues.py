"""Vocabulary for story boundaries (logic: :mod:`kabar.stories.boundary`).

A recurring happening is told apart by its edition: "KTT ke-43" and "KTT
ke-42" are two summits with the same hosts, leaders and words. These are the
nouns whose ordinal names an edition (lower case, as written).
"""
from __future__ import annotations

EDITION_HEADS: frozenset[str] = frozenset({
    "ktt", "konferensi", "sidang", "rapat", "paripurna", "pertemuan", "muktamar", "kongres", "munas",
    "musyawarah", "hut", "peringatan", "dirgahayu", "ulang", "jadi", "festival", "olimpiade", "kejuaraan",
    "turnamen", "piala", "forum", "dialog", "summit", "session", "edisi", "penyelenggaraan",
})
# Not here: parts of one happening ("putaran", "babak", "pekan ke-40" of an outbreak), which differ
# between reports of the same story.
# How many words before "ke-N" the head may stand ("Sidang Majelis Umum PBB ke-76").
EDITION_WINDOW = 4
