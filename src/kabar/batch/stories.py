"""``kabar stories --lake``: story clustering over a lake, in time windows on Dask.

1. *Features* (parallel, one task per documents file): the story features of each document
   (:func:`kabar.stories.features.from_document`, the single-process code), written under
   ``_stories/features/week=N/``, and each week's document frequencies sent back.
2. *Windows* (parallel, one task per window): documents are blocked by week into windows of
   ``window`` weeks; each window's clusterer (:class:`kabar.stories.cluster.Clusterer`, the
   single-process code) first replays the ``overlap`` weeks before it, starting from the document
   frequencies of everything earlier, so every document it owns is decided in the same state of
   vocabulary and, for stories active near the edge, of membership as a single pass would have.
   The overlap covers the clusterer's longest reach (``date_max`` plus how far back an article's
   event dates go), so no story out of it could have been joined.
   A task reads its features a week at a time and keeps only what the clusterer keeps, so its memory
   follows the news of its weeks, not the corpus (see :func:`window_task`).
3. *Merge* (driver): a window's story that holds replayed documents continues the story those
   documents belong to in the window before (the one holding most of them); others are new.

Undated documents come last, in the last window, as in the single pass. The result: a
``stories`` table (id, title, start, end, documents) and ``story_docs`` (doc_id, story_id).
"""
from __future__ import annotations

import json
import math
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..stories.archive import DiskArchive
from ..stories.cluster import BUCKET_DAYS, Clusterer, Story, Weights
from ..stories.features import EVENT_DATE_BEFORE_DAYS, DocFreq, Features, day_iso
from . import lake as lake_io

FEATURES = os.path.join("_stories", "features")
UNDATED = "undated"
WINDOW_WEEKS = 13  # a quarter of news per window
# A document's features travel as Features.to_json(): whatever the single-process features hold, so do these.
FEATURE_SCHEMA = pa.schema([("doc_id", pa.string()), ("day", pa.int64()), ("features", pa.string()),
                            ("file", pa.string()), ("published", pa.string()), ("input_order", pa.int64())])


def overlap_weeks(w: Weights | None = None) -> int:
    """Weeks replayed before a window: the clusterer's reach (date_max + event dates before the day)."""
    w = w or Weights()
    return -(-(w.date_max + EVENT_DATE_BEFORE_DAYS) // BUCKET_DAYS) + 1


@dataclass
class LakeStories:
    assignment: dict[str, str]  # doc id -> story id
    stories: list[dict[str, Any]]
    windows: int
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)


def week_of(day: int | None) -> int | None:
    return None if day is None else day // BUCKET_DAYS


# -- 1. features ---------------------------------------------------------------------------------------

def features_task(path: str, lake: str) -> dict[str, Any]:
    """Story features of one documents file, by week; that file's per-week document frequencies."""
    from ..stories.features import from_document
    from .schema import document_of

    name = os.path.splitext(os.path.basename(path))[0] + "-" + _short(path)
    rows_by_week: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    df: dict[Any, Counter] = defaultdict(Counter)
    docs: dict[Any, list[str]] = defaultdict(list)
    for row in pq.read_table(path).to_pylist():
        f = from_document(document_of(row))
        week = week_of(f.day)
        rows_by_week[week].append(_feature_row(f, name, row.get("published"), row.get("input_order")))
        df[week].update(set(f.keys()))
        docs[week].append(f.doc_id)
    for week, rows in rows_by_week.items():
        out = os.path.join(lake, FEATURES, f"week={UNDATED if week is None else week}", f"{name}.parquet")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=FEATURE_SCHEMA), out)
    return {"file": name, "df": {k: dict(v) for k, v in df.items()}, "docs": dict(docs), "peak_rss_mb": _peak()}


def _feature_row(f: Features, name: str, published: str | None = None, order: int | None = None) -> dict[str, Any]:
    return {"doc_id": f.doc_id, "day": f.day, "features": json.dumps(f.to_json(), ensure_ascii=False), "file": name,
            "published": published, "input_order": order}


def _row_feature(r: dict[str, Any]) -> Features:
    return Features.from_json(json.loads(r["features"]))


def _short(path: str) -> str:
    import hashlib
    return hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:8]


def _give_back_memory() -> None:
    """Collect the finished task's objects and return freed heap pages to the system (glibc), so the next
    task on this worker starts from the worker's own size rather than from this task's high-water mark."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the allocator keeps its pages, nothing else changes
        pass


def _peak() -> float:
    from .work import peak_rss_mb
    return peak_rss_mb()


# -- 2. windows ----------------------------------------------------------------------------------------

def order_key(r: dict[str, Any]) -> tuple:
    """The order of the single pass over a store filled by ``kabar ingest``: by day (undated last), then
    by publication date and input order (what the store's pending query and stable sort give)."""
    order = r.get("input_order")
    return (r["day"] is None, r["day"] or 0, r.get("published") is None, r.get("published") or "",
            order is None, order or 0, r["doc_id"])


def window_task(lake: str, first_week: int, start_week: int, end_week: int | None, seed: dict[str, int],
                seed_docs: int, skip: list[tuple[str, str]], undated: bool, weights: Weights | None,
                prefix: str) -> dict[str, Any]:
    """Cluster the documents of weeks [first_week, end_week) (those before ``start_week`` replayed).

    Memory follows the window's busiest weeks, not the corpus: features are read one week at a time and
    decoded one document at a time, stories out of reach wait in a disk archive, and the window's stories
    are read back one at a time.
    """
    t0 = time.perf_counter()
    archive = DiskArchive()  # stories out of reach leave the task's memory (same assignments)
    try:
        clusterer = Clusterer(weights, DocFreq(seed, seed_docs), id_prefix=prefix, archive=archive)
        assigned: dict[str, str] = {}
        owned: list[str] = []
        for f in stream_features(lake, first_week, end_week, undated, set(map(tuple, skip))):
            assigned[f.doc_id] = clusterer.assign(f)
            if f.day is None or week_of(f.day) >= start_week:
                owned.append(f.doc_id)
        stories = _owned_stories(clusterer, archive, {assigned[d] for d in owned})
    finally:
        archive.close()
    del clusterer
    _give_back_memory()
    return {"assigned": assigned, "owned": sorted(owned), "stories": stories,
            "seconds": round(time.perf_counter() - t0, 2), "peak_rss_mb": _peak()}


def _owned_stories(clusterer: Clusterer, archive: DiskArchive, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Title and days of the stories holding owned documents, the retired ones taken back one at a time."""
    out = {}
    for sid in sorted(ids):
        s = clusterer.stories.get(sid)
        if s is None:
            s = Story.from_json(archive.take(sid)["story"])
        out[sid] = {"title": s.label, "start": s.start, "end": s.end}
    return out


KEY_COLUMNS = ["doc_id", "day", "published", "input_order", "file"]
DECODE_BATCH = 256  # feature rows turned into Python objects at a time


def stream_features(lake: str, first_week: int | None, end_week: int | None, undated: bool,
                    skip: set[tuple[str, str]]) -> Iterator[Features]:
    """Features of the documents of weeks [first_week, end_week) (and the undated), in the single pass's
    order, each document once: one week's rows held as Arrow at a time, decoded a few hundred at a time."""
    seen: set[str] = set()
    for folder in _week_folders(lake, first_week, end_week, undated):
        table = _week_table(folder)
        keep = []
        for i, r in enumerate(table.select(KEY_COLUMNS).to_pylist()):
            if r["doc_id"] not in seen and (r["file"], r["doc_id"]) not in skip:
                seen.add(r["doc_id"])
                keep.append((order_key(r), i))
        keep.sort()
        column = table.column("features").take(pa.array([i for _, i in keep], type=pa.int64()))
        del table
        for start in range(0, len(column), DECODE_BATCH):
            for text in column.slice(start, DECODE_BATCH).to_pylist():
                yield Features.from_json(json.loads(text))


def _week_folders(lake: str, first_week: int | None, end_week: int | None, undated: bool) -> list[str]:
    """The feature partitions wanted, in week order, the undated last."""
    root = os.path.join(lake, FEATURES)
    weeks: list[tuple[float, str]] = []
    for part in os.listdir(root) if os.path.isdir(root) else []:
        key = part.split("=", 1)[1]
        if key == UNDATED:
            if undated:
                weeks.append((math.inf, part))
        elif (first_week is None or first_week <= int(key)) and (end_week is None or int(key) < end_week):
            weeks.append((int(key), part))
    return [os.path.join(root, part) for _, part in sorted(weeks)]


def _week_table(folder: str) -> pa.Table:
    """Every feature file of one week partition, in file-name order, as one Arrow table."""
    names = sorted(os.listdir(folder))
    return pa.concat_tables([pq.read_table(os.path.join(folder, n), schema=FEATURE_SCHEMA) for n in names])


def _rows(lake: str, wanted, skip: set[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """Feature rows of the week partitions ``wanted`` accepts, each document once."""
    root = os.path.join(lake, FEATURES)
    seen: set[str] = set()
    for part in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        if not wanted(part):
            continue
        for name in sorted(os.listdir(os.path.join(root, part))):
            for r in pq.read_table(os.path.join(root, part, name)).to_pylist():
                if r["doc_id"] not in seen and (r["file"], r["doc_id"]) not in skip:
                    seen.add(r["doc_id"])
                    yield r


# -- 3. plan and merge (driver) ---------------------------------------------------------------------

@dataclass
class Window:
    first: int  # first replayed week
    start: int  # first owned week
    end: int | None  # week after the last owned one (None: to the end, with the undated)
    seed: dict[str, int]
    seed_docs: int


def plan_windows(summaries: list[dict[str, Any]], lake: str, window: int,
                 overlap: int) -> tuple[list[Window], list[tuple[str, str]]]:
    """Windows over the dated weeks, each seeded with the frequencies of all weeks before its replay.

    A seed holds only the keys the window's own documents name: the clusterer asks for no other (its
    stories are built from those documents), so the seed follows the window's vocabulary, not the corpus's.
    """
    df, docs, skip = _merge_summaries(summaries, lake)
    weeks = sorted(w for w in docs if w is not None)
    if not weeks:
        return [Window(0, 0, None, {}, 0)], skip
    filled = set(weeks)
    starts = [s for s in range(weeks[0], weeks[-1] + 1, window) if filled & set(range(s, s + window))]
    out, running, n, counted = [], Counter(), 0, weeks[0]
    for i, start in enumerate(starts):
        first = max(weeks[0], start - overlap)
        for w in range(counted, first):
            running.update(df.get(w, {}))
            n += len(docs.get(w, []))
        counted = max(counted, first)
        end = starts[i + 1] if i + 1 < len(starts) else None
        out.append(Window(first, start, end, _seed(running, df, first, end, weeks[-1]), n))
    return out, skip


def _seed(running: Counter, df: dict[Any, Counter], first: int, end: int | None, last: int) -> dict[str, int]:
    """The frequencies so far of the keys that the documents of weeks [first, end) name."""
    keys: set[str] = set()
    for w in range(first, last + 1 if end is None else end):
        keys.update(df.get(w, ()))
    return {k: running[k] for k in keys if running.get(k)}


def _merge_summaries(summaries: list[dict[str, Any]], lake: str):
    """Per-week frequencies over all files, a document found in two files counted once (the first)."""
    df: dict[Any, Counter] = defaultdict(Counter)
    docs: dict[Any, list[str]] = defaultdict(list)
    owner: dict[str, str] = {}
    skip: list[tuple[str, str]] = []
    for s in sorted(summaries, key=lambda s: s["file"]):
        for week, ids in s["docs"].items():
            for d in ids:
                if d in owner:
                    skip.append((s["file"], d))
                else:
                    owner[d] = s["file"]
                    docs[week].append(d)
        for week, counts in s["df"].items():
            df[week].update(counts)
    if skip:
        _uncount(df, skip, lake)
    return df, docs, skip


def _uncount(df: dict[Any, Counter], skip: list[tuple[str, str]], lake: str) -> None:
    """Take second copies back out of the frequencies (rare: the same content in two inputs)."""
    wanted = set(skip)
    root = os.path.join(lake, FEATURES)
    for part in os.listdir(root):
        for name in os.listdir(os.path.join(root, part)):
            for r in pq.read_table(os.path.join(root, part, name)).to_pylist():
                if (r["file"], r["doc_id"]) in wanted:
                    f = _row_feature(r)
                    df[week_of(f.day)].subtract(set(f.keys()))


def merge(results: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Join the windows: a story holding replayed documents continues their story from before."""
    final: dict[str, str] = {}
    meta: dict[str, dict[str, Any]] = {}
    for res in results:
        owned = set(res["owned"])
        members: dict[str, list[str]] = defaultdict(list)
        for doc_id, sid in res["assigned"].items():
            members[sid].append(doc_id)
        for sid, docs in members.items():
            own = [d for d in docs if d in owned]
            if not own:
                continue
            prior = Counter(final[d] for d in docs if d not in owned and d in final)
            target = min(prior, key=lambda g: (-prior[g], g)) if prior else f"new-{len(meta):09d}"
            info = res["stories"][sid]
            cur = meta.setdefault(target, {"title": info["title"], "start": info["start"], "end": info["end"]})
            cur["start"] = _min(cur["start"], info["start"])
            cur["end"] = _max(cur["end"], info["end"])
            for d in own:
                final[d] = target
    return final, meta


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


def _renumber(final: dict[str, str], meta: dict[str, dict[str, Any]]) -> tuple[dict[str, str], list[dict]]:
    """Stable story ids in order of their first day; the contract's story objects."""
    members: dict[str, list[str]] = defaultdict(list)
    for d, g in final.items():
        members[g].append(d)
    order = sorted(meta, key=lambda g: (meta[g]["start"] is None, meta[g]["start"] or 0, g))
    ids = {g: f"story-{i + 1:06d}" for i, g in enumerate(order)}
    stories = [{"id": ids[g], "title": meta[g]["title"], "documents": sorted(members[g]),
                "start": day_iso(meta[g]["start"]), "end": day_iso(meta[g]["end"]),
                "storyline": None} for g in order]
    return {d: ids[g] for d, g in final.items()}, stories


# -- 4. undated documents (last, as in the single pass) --------------------------------------------------

def total_frequencies(summaries: list[dict[str, Any]], lake: str) -> tuple[dict[str, int], int]:
    """Document frequencies over every dated document (what the single pass holds when undated ones come)."""
    df, docs, _ = _merge_summaries(summaries, lake)
    total: Counter = Counter()
    for week, counts in df.items():
        if week is not None:
            total.update(counts)
    return dict(total), sum(len(ids) for week, ids in docs.items() if week is not None)


def undated_task(lake: str, final: dict[str, str], df: dict[str, int], n_docs: int, skip: list,
                 weights: Weights | None) -> tuple[dict[str, str], dict[str, dict[str, Any]], float]:
    """Assign the undated documents as the single pass does: against the latest stories naming their keys.

    The candidate stories (the latest UNDATED_RECENT per key, by their last day) are rebuilt from all their
    members' features in the single pass's order, so each is the story a single pass would hold.
    """
    skip_set = set(map(tuple, skip))
    undated = [_row_feature(r) for r in sorted(_rows(lake, _only_undated, skip_set), key=order_key)]
    if not undated:
        return {}, {}, _peak()
    clusterer = Clusterer(weights, DocFreq(df, n_docs), id_prefix="u-")
    keys = {k for f in undated for k in clusterer._keys(f.terms, f.entities)}
    chosen = _recent_stories(lake, final, keys, skip_set)
    stories: dict[str, Story] = {}
    members = (r for r in _rows(lake, _only_dated, skip_set) if final.get(r["doc_id"]) in chosen)
    for f in (_row_feature(r) for r in sorted(members, key=order_key)):
        story = stories.setdefault(final[f.doc_id], Story(id=final[f.doc_id]))
        story.add(f)  # members in the single pass's order: the same centroid and latest members
        clusterer.stories[story.id] = story
        clusterer._index_story(story, f.terms, f.entities, f.event_days)  # indexed per member, as it was
    out = {f.doc_id: clusterer.assign(f) for f in undated}
    new = {sid: {"title": s.label, "start": None, "end": None} for sid, s in clusterer.stories.items()
           if sid not in stories}
    return out, new, _peak()


def _recent_stories(lake: str, final: dict[str, str], keys: set[str], skip: set) -> set[str]:
    """For each key, the UNDATED_RECENT stories naming it whose last day is latest."""
    from ..stories.cluster import UNDATED_RECENT
    from ..stories.features import ENTITY_PREFIX

    last: dict[str, int] = {}
    naming: dict[str, set[str]] = defaultdict(set)
    for f in (_row_feature(r) for r in _rows(lake, _only_dated, skip)):
        sid = final.get(f.doc_id)
        if sid is None:
            continue
        last[sid] = max(last.get(sid, 0), f.day or 0)
        for k in keys & (set(f.terms) | {ENTITY_PREFIX + e for e in f.entities}):
            naming[k].add(sid)
    chosen: set[str] = set()
    for sids in naming.values():
        chosen.update(sorted(sids, key=lambda s: (last[s], s))[-UNDATED_RECENT:])
    return chosen


def _only_undated(part: str) -> bool:
    return part == f"week={UNDATED}"


def _only_dated(part: str) -> bool:
    return part != f"week={UNDATED}"


# -- the whole run ---------------------------------------------------------------------------------------

def cluster_lake(lake: str, client, window: int = WINDOW_WEEKS, overlap: int | None = None,
                 weights: Weights | None = None) -> LakeStories:
    """Stories of every document in ``lake``, clustered on the Dask cluster behind ``client``."""
    import shutil

    t0 = time.perf_counter()
    shutil.rmtree(os.path.join(lake, FEATURES), ignore_errors=True)
    files = lake_io.table_files(lake, lake_io.DOCUMENTS)
    summaries = client.gather(client.map(features_task, files, lake=lake, pure=False))
    result = cluster_features(lake, client, summaries, window, overlap, weights)
    result.seconds["features"] = round(time.perf_counter() - t0 - sum(result.seconds.values()), 2)
    result.peak_rss_mb["features_task"] = max((s["peak_rss_mb"] for s in summaries), default=0.0)
    write_stories(lake, result.stories)
    return result


def cluster_features(lake: str, client, summaries: list[dict[str, Any]], window: int = WINDOW_WEEKS,
                     overlap: int | None = None, weights: Weights | None = None) -> LakeStories:
    """Phases 2 and 3 over features already under ``LAKE/_stories/features`` (``summaries``: phase 1's)."""
    t1 = time.perf_counter()
    overlap = overlap_weeks(weights) if overlap is None else overlap
    windows, skip = plan_windows(summaries, lake, window, overlap)
    futures = [client.submit(window_task, lake, w.first, w.start, w.end, w.seed, w.seed_docs, skip,
                             False, weights, f"w{i}-", pure=False) for i, w in enumerate(windows)]
    count = len(windows)
    del windows  # their seeds now live with the tasks
    peaks: list[float] = []
    final, meta = merge(_in_order(futures, peaks))
    t2 = time.perf_counter()
    if any(s["docs"].get(None) for s in summaries):
        df, n = total_frequencies(summaries, lake)
        extra, extra_meta, peak = client.submit(undated_task, lake, final, df, n, skip, weights, pure=False).result()
        final.update(extra)
        meta.update(extra_meta)
        peaks.append(peak)
    assignment, stories = _renumber(final, meta)
    return LakeStories(assignment, stories, count,
                       {"windows": round(t2 - t1, 2), "merge": round(time.perf_counter() - t2, 2)},
                       {"window_task": max(peaks, default=0.0)})


def _in_order(futures: list, peaks: list[float]) -> Iterator[dict[str, Any]]:
    """The windows' results in window order, each future let go once read (its worker frees the result)."""
    while futures:
        res = futures.pop(0).result()
        peaks.append(res["peak_rss_mb"])
        yield res


def cluster_single(lake: str, weights: Weights | None = None) -> dict[str, str]:
    """The single-pass clustering of the same features in the same order (the reference)."""
    clusterer = Clusterer(weights)
    return {f.doc_id: clusterer.assign(f) for f in stream_features(lake, None, None, True, set())}


def write_stories(lake: str, stories: Iterable[dict[str, Any]]) -> None:
    """The ``stories`` table (one row per story, its documents as a list)."""
    rows = list(stories)
    schema = pa.schema([("id", pa.string()), ("title", pa.string()), ("documents", pa.list_(pa.string())),
                        ("start", pa.string()), ("end", pa.string()), ("storyline", pa.string())])
    folder = os.path.join(lake, "stories")
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, ".stories.parquet.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, os.path.join(folder, "stories.parquet"))
