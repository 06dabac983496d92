"""Incremental story clustering: each arriving document joins its best story or opens a new one.

This is single-pass stream clustering in the style of the multilingual news
stream work (Miranda et al., 2018): a document is compared with the
centroids of candidate stories on several similarities (TF-IDF cosine of
stemmed content words, IDF-weighted canonical-entity overlap, title
similarity), the sum is damped by the gap between event dates, and a
calibrated threshold decides between joining and opening. Candidates come
from an inverted index keyed by (word or entity, week), so the cost per
document depends on the size of the news week it lands in, not on the
whole archive: the total grows near-linearly.
"""
from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from .archive import StoryArchive
from .boundary import other_edition, other_happening, undated_far
from .features import ENTITY_PREFIX, EVENT_DATE_BEFORE_DAYS, DocFreq, Features

BUCKET_DAYS = 7  # index granularity: one bucket per week
INDEX_TERMS = 12  # a document's strongest words used to find candidate stories
INDEX_ENTITIES = 8  # ... and its strongest entities
UNDATED_RECENT = 200  # for an undated document: the latest stories per key considered
# Stories scored per document: those sharing the most index keys with it. Bounds the cost per
# document when a busy news week holds thousands of stories naming the same country.
MAX_CANDIDATES = 40
MEMBER_CHECKS = 5
# A document without any date whose runner-up story, of another time, scores at least this share of its best
# opens its own story (Clusterer._ambiguous; tune story_stress 'bare': 3 pages joined another event's story,
# 1 with 0.9, 0 with 0.8, at the cost of 3 and 4 pages left alone)
AMBIGUOUS = 0.9  # the best stories by centroid whose recent members are scored too
# A centroid keeps its strongest words only: bounded cost per comparison however big a story grows.
CENTROID_MAX = 600
CENTROID_KEEP = 400
# A story also keeps its latest members (their strongest words): a report can match the one
# sibling it resembles even after the centroid has drifted over other angles of the event.
MEMBERS_KEPT = 8
# A story's entities count for matching when its members name them often enough: summed log-scaled
# mentions of at least this share of its size. Up to 1/CORE_SHARE members every name counts; a story
# grown over months does not keep every name it ever met (which would let it swallow anything).
CORE_SHARE = 0.2
MEMBER_TERMS = 80
UNDATED_DATE_MAX = 62  # days between the dates an undated article names and a story's that can still fit
# With an archive, stories whose last event day lies this far behind the newest document's day (plus
# ``date_max``) leave memory: a later article reports dates up to EVENT_DATE_BEFORE_DAYS before its own,
# and a week more keeps documents that arrive slightly out of order from bringing stories back.
RETIRE_LAG = EVENT_DATE_BEFORE_DAYS + BUCKET_DAYS


@dataclass(frozen=True)
class Weights:
    """How similarities combine; calibrated by benchmarks/stories.py."""

    text: float = 0.30
    entity: float = 0.50
    title: float = 0.20
    threshold: float = 0.18
    date_grace: int = 3  # days apart that cost nothing (reports trail events)
    date_scale: float = 8.0  # then the score decays by e every this many days (tune flat from 5 to 12: the middle)
    date_max: int = 21  # beyond this gap two reports are never one story
    happening_gap: int = 3  # leads dating their happenings further apart tell two occasions (stories.boundary)
    follow_up: bool = True  # an article naming the day of the story's happening is dated there (Clusterer._recalled)


@dataclass
class Story:
    """A cluster: summed member vectors, its dates and documents."""

    id: str
    terms: Counter = field(default_factory=Counter)  # sum of members' log-scaled word counts
    title: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    days: set[int] = field(default_factory=set)  # event days of the members
    docs: list[str] = field(default_factory=list)
    label: str = ""
    label_is_title: bool = True  # False while the label is a member's lead sentence
    members: list[dict[str, Any]] = field(default_factory=list)  # compact vectors of the latest members
    editions: Counter = field(default_factory=Counter)  # editions its members name ("ktt:43")
    happenings: set[int] = field(default_factory=set)  # the days its members' leads date the happening on
    mentioned: set[int] = field(default_factory=set)  # every day its members name
    _norms: dict[str, float] | None = None
    _member_norms: list[dict[str, float]] | None = None
    _sorted_days: list[int] | None = None
    _core: dict[str, float] | None = None

    def add(self, f: Features) -> None:
        """Fold one member in."""
        self.terms.update(log_tf(f.terms))
        if len(self.terms) > CENTROID_MAX:
            self.terms = Counter(dict(self.terms.most_common(CENTROID_KEEP)))
        self.title.update(log_tf(f.title))
        self.entities.update(log_tf(f.entities))
        self.days.update(f.event_days)
        self.editions.update(f.editions)
        if f.happening is not None:
            self.happenings.add(f.happening)
        self.mentioned.update(f.mentioned)
        self.docs.append(f.doc_id)
        if not self.label or (not self.label_is_title and f.label_is_title and f.label):
            self.label, self.label_is_title = f.label, f.label_is_title  # a real headline beats a lead sentence
        self.members = (self.members + [_member(f)])[-MEMBERS_KEPT:]
        self._norms = self._member_norms = self._sorted_days = self._core = None

    def core_entities(self) -> dict[str, float]:
        """The entities its members name often enough to stand for the story (see CORE_SHARE)."""
        if self._core is None:
            floor = CORE_SHARE * len(self.docs)
            self._core = {e: w for e, w in self.entities.items() if w >= floor}
        return self._core

    def sorted_days(self) -> list[int]:
        """The members' event days in order (kept until the next member arrives)."""
        if self._sorted_days is None:
            self._sorted_days = sorted(self.days)
        return self._sorted_days

    @property
    def start(self) -> int | None:
        return min(self.days) if self.days else None

    @property
    def end(self) -> int | None:
        return max(self.days) if self.days else None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "terms": dict(self.terms), "title": dict(self.title),
                "entities": dict(self.entities), "days": sorted(self.days), "docs": self.docs, "label": self.label,
                "label_is_title": self.label_is_title, "members": self.members, "editions": dict(self.editions),
                "happenings": sorted(self.happenings), "mentioned": sorted(self.mentioned)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Story":
        return cls(id=d["id"], terms=Counter(d["terms"]), title=Counter(d["title"]),
                   entities=Counter(d["entities"]), days=set(d["days"]), docs=list(d["docs"]), label=d["label"],
                   label_is_title=d.get("label_is_title", True), members=list(d.get("members", [])),
                   editions=Counter(d.get("editions", {})), happenings=set(d.get("happenings", [])),
                   mentioned=set(d.get("mentioned", [])))


def _member(f: Features) -> dict[str, Any]:
    """What a story remembers of one member: its log-scaled strongest words, title, entities, days."""
    top = dict(Counter(f.terms).most_common(MEMBER_TERMS))
    return {"terms": log_tf(top), "title": log_tf(f.title), "entities": dict(f.entities),
            "days": list(f.event_days)}


def _newest_first(story_id: str) -> tuple[int, str]:
    """Sort key putting later-opened stories first (ids end in a running number)."""
    digits = story_id[len(story_id.rstrip("0123456789")):]
    return (-int(digits) if digits else 0, story_id)


def log_tf(counts: dict[str, int]) -> dict[str, float]:
    """Sub-linear term frequency: the tenth mention adds less than the second."""
    return {k: 1.0 + math.log(v) for k, v in counts.items() if v > 0}


def cosine(a: dict[str, float], b: dict[str, float], idf, norm_b: float | None = None,
           norm_a: float | None = None) -> float:
    """Cosine of two count vectors under IDF weights (norms may be passed in when known)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large[k] * idf(k) ** 2 for k, w in small.items() if k in large)
    if dot == 0:
        return 0.0
    na = norm_a if norm_a is not None else _norm(a, idf)
    nb = norm_b if norm_b is not None else _norm(b, idf)
    return dot / (na * nb) if na and nb else 0.0


def _doc_cosine(a: dict[str, float], b: dict[str, float], sq_idf: dict[str, float], norm_b: float,
                norm_a: float) -> float:
    """:func:`cosine` of a document's vector ``a`` with the squared IDFs of its keys looked up (the same
    arithmetic in the same order, so the same float)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large[k] * sq_idf[k] for k, w in small.items() if k in large)
    if dot == 0:
        return 0.0
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _norm(v: dict[str, float], idf) -> float:
    return math.sqrt(sum((w * idf(k)) ** 2 for k, w in v.items()))


def entity_overlap(doc: dict[str, float], story: dict[str, float], idf) -> float:
    """Share of the document's entity weight that the story also names.

    An entity weighs its IDF times its log-scaled mention count, so the
    names an article is about (mentioned again and again) count for more
    than a spokesman quoted once.
    """
    if not doc or not story:
        return 0.0
    weight = _entity_weights(doc, idf)
    return _shared_share(weight, sum(weight.values()), story)


def _entity_weights(doc: dict[str, float], idf) -> dict[str, float]:
    """Each entity's IDF times its log-scaled mention count (see :func:`entity_overlap`)."""
    return {e: (1.0 + math.log(c)) * idf(ENTITY_PREFIX + e) for e, c in doc.items() if c > 0}


def _shared_share(weight: dict[str, float], total: float, story: dict[str, float]) -> float:
    """The share of ``total`` that the entities ``story`` names weigh (0 when either side has none)."""
    if not weight or not story:
        return 0.0
    shared = sum(v for e, v in weight.items() if e in story)
    return shared / total if total else 0.0


def _entity_total(ents: dict[str, float], idf) -> float:
    """The summed weight of a story's (or member's) entities: log-scaled mentions times IDF (the log of a
    centroid's already log-scaled sums is taken again: a name every member repeats still counts most)."""
    return sum(_story_weight(e, v, idf) for e, v in ents.items())


def _story_weight(entity: str, value: float, idf) -> float:
    """One entity's weight on the story's side: log-scaled like a document's (values below 1 kept as they are)."""
    return (1.0 + math.log(value)) * idf(ENTITY_PREFIX + entity) if value >= 1 else value * idf(ENTITY_PREFIX + entity)


def _story_share(doc: dict[str, float], story: dict[str, float], idf, norms: dict[str, float]) -> float:
    """The share of the story's entity weight (``norms["ents"]``, see :func:`_entity_total`) that the
    document names. A report of a call between two presidents names only them, so all its names are in any
    story of those presidents; the story of their summit also names the summit, the city and the charter,
    which the report does not: the geometric mean of both shares tells the two apart (see ``_combine``)."""
    total = norms.get("ents") or 0.0
    if not total:
        return 0.0
    # the total is kept with the story's norms (IDF of then); a share past 1 is that drift, not more overlap
    return min(1.0, sum(_story_weight(e, story[e], idf) for e in doc if e in story) / total)


def date_factor(doc_days: Iterable[int], story_days: Iterable[int], w: Weights) -> float:
    """1 for reports of the same days, decaying with the gap, 0 beyond ``date_max``; 1 if undated.

    ``story_days`` may be any iterable; a sorted list or tuple is searched by bisection, so a story
    covered for months costs no more than a short one.
    """
    doc_days = list(doc_days)
    days = story_days if isinstance(story_days, (list, tuple)) else sorted(story_days)
    if not doc_days or not days:
        return 1.0
    gap = min(_gap(d, days) for d in doc_days)
    if gap > w.date_max:
        return 0.0
    return math.exp(-max(0, gap - w.date_grace) / w.date_scale)


def _gap(day: int, days) -> int:
    """Distance from ``day`` to the nearest of the sorted ``days``."""
    i = bisect.bisect_left(days, day)
    near = [abs(days[j] - day) for j in (i - 1, i) if 0 <= j < len(days)]
    return min(near)


def assignment_key(f: Features) -> tuple[bool, int]:
    """The order documents are assigned in: dated ones oldest first, undated ones last (an undated
    report joins the stories the dated ones made; assigned first, it would open a story of its own
    that the next dated report joins, whatever its year). Sort stably by it."""
    return f.day is None, f.day or 0


class Clusterer:
    """Assigns documents to stories one at a time, never revisiting earlier decisions.

    Given an ``archive`` (see :mod:`kabar.stories.archive`), stories no new document can reach
    leave memory as the news moves on, and come back when a late document could join them:
    memory follows the active weeks, not the history, and every assignment stays the same.
    """

    def __init__(self, weights: Weights | None = None, df: DocFreq | None = None,
                 stories: Iterable[Story] = (), next_id: int = 0, id_prefix: str = "s",
                 archive: StoryArchive | None = None):
        self.w = weights or Weights()
        # an article without a date of its own only names dates (plans, deadlines, background): they
        # cost nothing within date_max days, then fade until UNDATED_DATE_MAX
        self._named_dates = replace(self.w, date_grace=self.w.date_max, date_max=UNDATED_DATE_MAX)
        self.df = df or DocFreq()
        self.stories: dict[str, Story] = {}
        self._index: dict[tuple[str, int | None], set[str]] = defaultdict(set)
        self._recent: dict[str, deque] = defaultdict(lambda: deque(maxlen=UNDATED_RECENT))
        self._next = next_id
        self._prefix = id_prefix
        self.archive = archive
        self._entries: dict[str, set[tuple[str, int | None]]] = defaultdict(set)  # index keys of each story
        self._horizon: int | None = None  # week below which every story with dates is archived
        self._latest: int | None = None  # the newest document day seen
        for s in stories:
            self.stories[s.id] = s
            self._index_story(s, s.terms, s.entities, s.days)

    def assign(self, f: Features) -> str:
        """The id of the story ``f`` joins (a new one if none is close enough)."""
        self.df.add(f)
        self._bring_back(f)
        doc = self._prepare(f)
        found = [self.story(sid) for sid in self._candidates(f)]
        scored = sorted(((self._centroid_score(doc, s), s.id) for s in found if not self.apart(f, s)), reverse=True)
        for i, (score, sid) in enumerate(scored[:MEMBER_CHECKS]):
            scored[i] = (max(score, self._member_score(doc, self.stories[sid])), sid)
        best, best_score = None, self.w.threshold
        for score, sid in scored:
            if score > best_score or (score == best_score and best is None):
                best, best_score = sid, score
        if best and self._ambiguous(f, best, best_score, scored):
            best = None
        story = self.stories[best] if best else self._open()
        story.add(f)
        self._index_story(story, f.terms, f.entities, f.event_days)
        self._move_on(f)
        return story.id

    def _ambiguous(self, f: Features, best: str, best_score: float, scored: list[tuple[float, str]]) -> bool:
        """Whether a document without any date matches another story about as well as its best (at least
        AMBIGUOUS of its score) whose days lie beyond ``date_max`` of the best's: two occasions of one
        happening (the tariff in April and in July), and nothing to tell which one it reports. It opens a
        story of its own rather than guess."""
        if f.day is not None or f.event_days:
            return False
        days = self.stories[best].sorted_days()
        if not days:
            return False
        for score, sid in scored:
            if sid != best and score >= AMBIGUOUS * best_score:
                other = self.stories[sid].sorted_days()
                if other and date_factor(other, days, self.w) == 0.0:
                    return True
        return False

    def story(self, story_id: str) -> Story:
        """A story by id, brought back from the archive if it was retired."""
        s = self.stories.get(story_id)
        if s is None and self.archive is not None and (state := self.archive.take(story_id)) is not None:
            s = self._restore(state)
        if s is None:
            raise KeyError(story_id)
        return s

    @property
    def story_count(self) -> int:
        """Stories in memory and in the archive."""
        return len(self.stories) + (len(self.archive) if self.archive is not None else 0)

    def _bring_back(self, f: Features) -> None:
        """Restore the archived stories ``f``'s candidate weeks reach (only for a late document)."""
        if self._horizon is None or not f.event_days:
            return
        lo = (min(f.event_days) - self.w.date_max) // BUCKET_DAYS
        if lo < self._horizon:
            for state in self.archive.take_since(lo * BUCKET_DAYS):
                self._restore(state)
            self._horizon = lo

    def _move_on(self, f: Features) -> None:
        """Retire the stories the newest news has left behind (with an archive, on each new week)."""
        if self.archive is None or f.day is None:
            return
        self._latest = f.day if self._latest is None else max(self._latest, f.day)
        horizon = (self._latest - RETIRE_LAG - self.w.date_max) // BUCKET_DAYS
        if self._horizon is None or horizon > self._horizon:
            for s in [s for s in self.stories.values() if self._retirable(s, horizon)]:
                self._retire(s)
            self._horizon = horizon

    def _retirable(self, s: Story, horizon: int) -> bool:
        """Dated, never indexed without a date (undated lookups see every week), last week before ``horizon``."""
        return bool(s.days) and max(s.days) // BUCKET_DAYS < horizon and all(
            b is not None for _, b in self._entries[s.id])

    def _retire(self, s: Story) -> None:
        """Move one story out of memory into the archive (its index entries with it)."""
        entries = self._entries.pop(s.id)
        for entry in entries:
            ids = self._index[entry]
            ids.discard(s.id)
            if not ids:
                del self._index[entry]
        state = {"story": s.to_json(), "entries": [list(e) for e in entries], "norms": s._norms,
                 "member_norms": s._member_norms}
        self.archive.put(s.id, max(s.days), state)
        del self.stories[s.id]

    def _restore(self, state: dict[str, Any]) -> Story:
        """Put an archived story back in memory and in the index, as it was when retired."""
        s = Story.from_json(state["story"])
        s._norms, s._member_norms = state["norms"], state["member_norms"]
        self.stories[s.id] = s
        for key, bucket in state["entries"]:
            self._index[(key, bucket)].add(s.id)
            self._entries[s.id].add((key, bucket))
        return s

    def apart(self, f: Features, s: Story) -> bool:
        """Whether ``f`` is about another occasion than ``s`` (see :mod:`kabar.stories.boundary`)."""
        return other_edition(f.editions, s.editions) or undated_far(
            f.day, f.event_days, f.month_days, s.sorted_days(), self.w.date_max) or other_happening(
            f.happening, f.mentioned, s.happenings, s.mentioned, self.w.happening_gap)

    def score(self, f: Features, s: Story) -> float:
        """Similarity of a document to a story: to its centroid or to its closest member, in [0, 1]."""
        if self.apart(f, s):
            return 0.0
        doc = self._prepare(f)
        return max(self._centroid_score(doc, s), self._member_score(doc, s))

    def _prepare(self, f: Features) -> dict[str, Any]:
        """The document's log-scaled vectors, their norms, squared IDFs and entity weights, computed once per
        assignment (the IDFs stay put until the next document: a story is scored with the same numbers)."""
        idf = self.df.idf
        terms, title = log_tf(f.terms), log_tf(f.title)
        weights = _entity_weights(f.entities, idf)
        return {"f": f, "terms": terms, "title": title, "norms": {"terms": _norm(terms, idf), "title": _norm(title, idf)},
                "sq_idf": {k: idf(k) ** 2 for k in (*terms, *title)}, "entities": (weights, sum(weights.values()))}

    def _centroid_score(self, doc: dict[str, Any], s: Story) -> float:
        idf = self.df.idf
        if s._norms is None or "ents" not in s._norms:
            s._norms = {"terms": _norm(s.terms, idf), "title": _norm(s.title, idf),
                        "ents": _entity_total(s.core_entities(), idf)}
        return self._combine(doc, s.terms, s.title, s.core_entities(), s.sorted_days(), s._norms, self._recalled(doc, s))

    def _member_score(self, doc: dict[str, Any], s: Story) -> float:
        """The best match among the story's latest members (none for a one-member story: its centroid)."""
        if len(s.members) < 2:
            return 0.0
        idf = self.df.idf
        if s._member_norms is None or any("ents" not in n for n in s._member_norms):
            s._member_norms = [{"terms": _norm(m["terms"], idf), "title": _norm(m["title"], idf),
                                "ents": _entity_total(m["entities"], idf)} for m in s.members]
        # a member without dates of its own is placed by the story's: it must not let any date through
        recalled = self._recalled(doc, s)
        return max(self._combine(doc, m["terms"], m["title"], m["entities"], sorted(m["days"]) or s.sorted_days(), n,
                                 recalled) for m, n in zip(s.members, s._member_norms))

    def _recalled(self, doc: dict[str, Any], s: Story) -> list[int]:
        """The story's days a follow-up names: an article whose lead dates a happening within ``happening_gap``
        of a day the story's leads date theirs on, and that names that day, give or take one, is a report of
        that happening, however many days later it came; an article whose lead dates no happening of its own
        is one when it names any day the story's members report (their own or one they name near it)."""
        f = doc["f"]
        if not self.w.follow_up or f.day is None or not f.mentioned:
            return []
        near = {m + k for m in f.mentioned for k in (-1, 0, 1)}
        if f.happening is None:
            return sorted(d for d in near if d in s.happenings or d in s.days)
        hits = [d for d in near if d in s.happenings]
        if not hits or min(abs(f.happening - d) for d in hits) > self.w.happening_gap:
            return []
        return sorted(hits)

    def _combine(self, doc: dict[str, Any], s_terms: dict, s_title: dict, s_ents: dict, s_days,
                 norms: dict[str, float], recalled: list[int] = ()) -> float:
        """The weighted similarity sum, damped by the date gap."""
        f = doc["f"]
        damp = date_factor([*f.event_days, *recalled], s_days, self.w if f.day is not None else self._named_dates)
        if damp == 0.0:
            return 0.0
        sq_idf = doc["sq_idf"]
        text = _doc_cosine(doc["terms"], s_terms, sq_idf, norms["terms"], doc["norms"]["terms"])
        head = _doc_cosine(doc["title"], s_title, sq_idf, norms["title"], doc["norms"]["title"])
        ents = _shared_share(*doc["entities"], s_ents)
        if ents:  # mutual: a story naming much that the document does not is less of a match (never more)
            ents = min(ents, math.sqrt(ents * _story_share(doc["entities"][0], s_ents, self.df.idf, norms)))
        return damp * (self.w.text * text + self.w.entity * ents + self.w.title * head)

    def _open(self) -> Story:
        self._next += 1
        story = Story(id=f"{self._prefix}{self._next:06d}")
        self.stories[story.id] = story
        return story

    def _keys(self, terms: dict, entities: dict) -> list[str]:
        """The strongest words and entities: the index keys of a document."""
        idf = self.df.idf
        top_t = sorted(terms, key=lambda k: -terms[k] * idf(k))[:INDEX_TERMS]
        top_e = sorted(entities, key=lambda e: -entities[e] * idf(ENTITY_PREFIX + e))[:INDEX_ENTITIES]
        return top_t + [ENTITY_PREFIX + e for e in top_e]

    def _buckets(self, days: Iterable[int]) -> set[int | None]:
        days = list(days)
        return {d // BUCKET_DAYS for d in days} if days else {None}

    def _index_story(self, s: Story, terms: dict, entities: dict, days: Iterable[int]) -> None:
        track = self.archive is not None
        for key in self._keys(terms, entities):
            for b in self._buckets(days):
                self._index[(key, b)].add(s.id)
                if track:
                    self._entries[s.id].add((key, b))
            if s.id not in self._recent[key]:
                self._recent[key].append(s.id)

    def _candidates(self, f: Features) -> list[str]:
        """The stories sharing most strong keys with ``f`` in weeks near its dates (at most MAX_CANDIDATES)."""
        keys = self._keys(f.terms, f.entities)
        hits: Counter = Counter()
        if not f.event_days:
            for k in keys:
                hits.update(set(self._recent.get(k, ())))
        else:
            lo = (min(f.event_days) - self.w.date_max) // BUCKET_DAYS
            hi = (max(f.event_days) + self.w.date_max) // BUCKET_DAYS
            buckets: list[int | None] = [*range(lo, hi + 1), None]
            index = self._index
            for k in keys:
                found: set[str] = set()
                for b in buckets:
                    ids = index.get((k, b))
                    if ids:
                        found |= ids
                hits.update(found)
        return strongest(hits, MAX_CANDIDATES)


def strongest(hits: dict[str, int], n: int) -> list[str]:
    """The ``n`` stories with most hits, ties to the newer story (ids grow with time), so an old story never
    crowds out a fresh one. Only the stories with at least the ``n``-th highest count are sorted: a busy
    window finds thousands of stories sharing a common name, and ordering them all cost more than scoring."""
    if len(hits) > n:
        floor = heapq.nlargest(n, hits.values())[-1]
        hits = {sid: c for sid, c in hits.items() if c >= floor}
    return [sid for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], _newest_first(kv[0])))[:n]]
