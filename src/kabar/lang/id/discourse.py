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
# A photo caption written as a sentence: a subject, then "saat ..." with no verb of its own, ending on the
# place and day of the photo ("Hakim saat membacakan putusan di Pengadilan Tipikor, Senin (23/8/2021).").
CAPTION_LINKS: frozenset[str] = frozenset({"saat", "ketika", "usai", "seusai", "jelang", "menjelang"})
CAPTION_SUBJECT_WORDS = 6  # words of the subject before the link, at most
CAPTION_MAX_WORDS = 35
VERB_PREFIXES: tuple[str, ...] = ("me", "di", "ber", "ter")
PREFIX_MAX_WORDS = 5  # a dateline or outlet prefix glued to a first sentence is at most this long
