"""Words that tie a sentence to the one before it (logic: :mod:`kabar.brief.summary`).

A summary lifts sentences out of their articles; one that opens with "Ia",
"Selain itu" or "Jaksa kemudian ..." reads as a fragment there.
"""
from __future__ import annotations

# A sentence opening with one of these (lower-case, whole words) leans on what came before.
DANGLING_OPENERS: tuple[str, ...] = (
    "ia", "dia", "beliau", "mereka", "kami", "pihaknya", "itu", "ini", "hal itu", "hal ini", "hal tersebut",
    "selain itu", "namun", "tetapi", "tapi", "sementara itu", "kemudian", "lalu", "setelah itu",
    "oleh karena itu", "karena itu", "untuk itu", "dengan demikian", "sebelumnya", "akibatnya",
    "meski demikian", "meskipun demikian", "walau demikian", "bahkan", "adapun", "di sisi lain",
)
# These within the first few words do the same ("Jaksa kemudian menuntut", "Kasus tersebut ...").
DANGLING_EARLY: frozenset[str] = frozenset({"kemudian", "tersebut", "pun", "pula", "itu", "lantas"})
EARLY_WORDS = 3  # how far into the sentence DANGLING_EARLY counts

# Words that mark a photo caption or a credit read as a sentence (lower-case, as written).
CAPTION_CUES: tuple[str, ...] = (
    "ilustrasi", "(foto", "foto:", "foto :", "antara foto", "dok.", "(dok", "/dok", "sumber foto",
    "kredit foto", "(istimewa)", "(ist)", "tangkapan layar", "screenshot", "(kompas.com/", "(tribunnews",
)
PREFIX_MAX_WORDS = 5  # a dateline or outlet prefix glued to a first sentence is at most this long
