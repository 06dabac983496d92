"""Key actors of a story with their roles, and the quotes grouped by speaker.

An actor's role is read from what the articles say about it: the title
written before its name ("Menteri Pertahanan"), how often it is quoted,
and what it does or undergoes in the coded events (actor of a MOBILIZE,
target of an ACCUSE ...).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..lang.id.titles import TITLE_WORDS
from ..model import Document
from ..text.tokens import tokenize
from .sources import entity_key, ref

MAX_ACTORS = 12
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
TITLE_LOOKBACK = 4  # tokens before a name searched for its title
TITLE_CHARS = 60  # characters before a name read for those tokens
MAX_EVENT_ROLES = 3
_TITLE_CONNECTORS = frozenset({"luar", "dalam", "negeri", "besar", "umum", "staf", "bicara", "jenderal",
                               "pertahanan", "keuangan", "koordinator", "negara", "tertinggi"})


class _Tally:
    """What the articles say about one entity."""

    def __init__(self) -> None:
        self.names: Counter = Counter()
        self.types: Counter = Counter()
        self.titles: Counter = Counter()
        self.docs: set[str] = set()
        self.mentions = 0
        self.quotes = 0
        self.as_actor: Counter = Counter()
        self.as_target: Counter = Counter()


def _title_before(doc: Document, start: int) -> str | None:
    """The title written right before a name ("Menteri Pertahanan Sergei Shoigu" -> "Menteri Pertahanan")."""
    toks = [t.text for t in tokenize(doc.text, max(0, start - TITLE_CHARS), start)][-TITLE_LOOKBACK:]
    for i in range(len(toks)):
        words = toks[i:]
        if words[0].lower() in TITLE_WORDS and all(_title_part(w) for w in words[1:]):
            return " ".join(words)
    return None


def _title_part(word: str) -> bool:
    """A word that can continue a title: a title word, a connector, or a capitalised name part."""
    low = word.lower()
    return low in TITLE_WORDS or low in _TITLE_CONNECTORS or (word[:1].isupper() and word.isalpha())


def _tally(docs: list[Document]) -> dict[str, _Tally]:
    """Mentions, titles, quotes and event roles per entity key."""
    out: dict[str, _Tally] = defaultdict(_Tally)
    for doc in docs:
        names_to_key = {}
        for e in doc.entities:
            if e.type not in ACTOR_TYPES:
                continue
            key = entity_key(e)
            t = out[key]
            t.names[e.canonical or e.text] += 1
            t.types[e.type] += 1
            t.docs.add(doc.id)
            t.mentions += 1
            names_to_key[e.canonical or e.text] = key
            if e.type == "PER" and (title := _title_before(doc, e.start)):
                t.titles[title] += 1
        for q in doc.quotes:
            key = q.speaker_entity_id or names_to_key.get(q.speaker or "")
            if key in out:
                out[key].quotes += 1
        for ev in doc.events:
            if ev.negated or ev.hypothetical:
                continue
            if ev.actor in names_to_key:
                out[names_to_key[ev.actor]].as_actor[ev.type] += 1
            if ev.target in names_to_key:
                out[names_to_key[ev.target]].as_target[ev.type] += 1
    return out


def _role(t: _Tally) -> str:
    """A short description of what the entity is and does in the story."""
    parts = []
    if t.titles:
        parts.append(t.titles.most_common(1)[0][0])
    if t.quotes:
        parts.append(f"quoted {t.quotes}x")
    if t.as_actor:
        parts.append("actor: " + ", ".join(k for k, _ in t.as_actor.most_common(MAX_EVENT_ROLES)))
    if t.as_target:
        parts.append("target: " + ", ".join(k for k, _ in t.as_target.most_common(MAX_EVENT_ROLES)))
    return "; ".join(parts) or "mentioned"


def _role_detail(t: _Tally) -> dict:
    """The parts of the role as data, for renderers that show it in the reader's language."""
    return {"title": t.titles.most_common(1)[0][0] if t.titles else None, "quoted": t.quotes,
            "actor": [k for k, _ in t.as_actor.most_common(MAX_EVENT_ROLES)],
            "target": [k for k, _ in t.as_target.most_common(MAX_EVENT_ROLES)]}


def actors(docs: list[Document], limit: int = MAX_ACTORS) -> list[dict]:
    """The most present entities (in most documents, then most mentions) with their roles."""
    tallies = _tally(docs)
    ranked = sorted(tallies.items(), key=lambda kv: (-len(kv[1].docs), -kv[1].mentions - 2 * kv[1].quotes, kv[0]))
    return [{"entity_id": key, "name": t.names.most_common(1)[0][0], "type": t.types.most_common(1)[0][0],
             "role": _role(t), "role_detail": _role_detail(t), "mentions": t.mentions, "documents": len(t.docs)}
            for key, t in ranked[:limit]]


def quotes(docs: list[Document]) -> list[dict]:
    """Quotes grouped by speaker (one group per entity, however it was written), most quoted first."""
    groups: dict[str, dict] = {}
    for doc in docs:
        by_name = {n: entity_key(e) for e in doc.entities for n in (e.text, e.canonical) if n}
        for q in doc.quotes:
            eid = q.speaker_entity_id or by_name.get(q.speaker or "") or by_name.get(q.speaker_text or "")
            key = eid or f"name:{q.speaker}"
            g = groups.setdefault(key, {"speaker": q.speaker, "entity_id": eid, "quotes": []})
            g["quotes"].append({"text": q.text, "cue": q.cue, "direct": q.direct,
                                "source": ref(doc, q.start, q.end)})
    return sorted(_merge_short_names(groups).values(),
                  key=lambda g: (g["speaker"] is None, -len(g["quotes"]), g["speaker"] or ""))


def _merge_short_names(groups: dict[str, dict]) -> dict[str, dict]:
    """Fold a one-word speaker ("Shoigu") into the one entity speaker whose full name ends with it."""
    for key in [k for k, g in groups.items() if g["speaker"] and " " not in g["speaker"]]:
        short = groups[key]["speaker"]
        homes = [k for k, g in groups.items() if g["entity_id"] and (g["speaker"] or "").endswith(" " + short)]
        if len(homes) == 1:
            groups[homes[0]]["quotes"].extend(groups.pop(key)["quotes"])
    return groups
