"""kill -9 in the middle of 'kabar ingest' and 'kabar stories': the store stays whole, ingesting again
completes it without duplicates, and a killed 'kabar stories' keeps the chunks it committed."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from kabar.store import Store
from kabar.stories.features import Features

N = 40
TOWNS = ("Samarinda", "Balikpapan", "Bontang", "Tarakan", "Kendari", "Palu", "Manado", "Ambon")


def _articles(folder) -> None:
    folder.mkdir()
    for i in range(N):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"berita-{i:02d}.txt").write_text(
            f"Banjir di {town} hari ke-{i}\n\nBanjir merendam {100 + i} rumah di {town} pada Senin (3/6/2024). "
            f"Warga mengungsi ke posko kodeposko{i}x, kata Kepala BPBD {town}, Rudi Hartono. \"Air mulai surut,\""
            f" ujarnya. Kerugian ditaksir Rp {i + 1} miliar.", encoding="utf-8")


def _rows(db, table: str) -> int:
    """Rows of ``table`` as a reader sees them now (0 while the store is not there yet)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def _count(db) -> int:
    return _rows(db, "documents")


def _kill_when(cmd: list[str], ready, env: dict | None = None) -> bool:
    """Run ``cmd`` and kill -9 it as soon as ``ready()``; False when it finished first."""
    env = env or {**os.environ, "KABAR_TODAY": "2024-06-10"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            return True
        time.sleep(0.02)
    proc.wait(timeout=60)
    return False


def _check_whole(db) -> int:
    """Integrity, foreign keys, index and rows agree; returns the number of documents."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO doc_fts (doc_fts) VALUES ('integrity-check')")  # raises when corrupt
        seqs = {s for (s,) in conn.execute("SELECT seq FROM documents")}
        indexed = {r for (r,) in conn.execute("SELECT rowid FROM doc_fts WHERE doc_fts MATCH 'banjir'")}
        assert indexed == seqs  # every document indexed, no index row without its document
        stories = {s for (s,) in conn.execute("SELECT story_id FROM stories")}
        assert {s for (s,) in conn.execute("SELECT story_id FROM story_docs")} <= stories
    finally:
        conn.close()
    return len(seqs)


def test_kill_9_mid_ingest_and_mid_stories_then_ingest_again(tmp_path):
    _articles(tmp_path / "in")
    db = tmp_path / "k.db"
    ingest = [sys.executable, "-m", "kabar", "ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1", "-q"]
    killed = _kill_when(ingest, lambda: _count(db) >= 3)
    stored = _check_whole(db)
    assert not killed or 3 <= stored < N  # what was committed before the kill is all there
    stories = [sys.executable, "-m", "kabar", "stories", "--db", str(db), "--format", "json"]
    began = time.monotonic()
    _kill_when(stories, lambda: time.monotonic() - began > 1.5)  # mid-way: nothing half written
    _check_whole(db)
    done = subprocess.run(ingest, capture_output=True, text=True, env={**os.environ, "KABAR_TODAY": "2024-06-10"})
    assert done.returncode == 0, done.stderr
    assert _check_whole(db) == N
    with Store(db) as store:
        for i in range(N):  # each article once
            assert len(store.search(f"kodeposko{i}x")) == 1
    subprocess.run(stories, capture_output=True, check=True)
    with Store(db) as store:
        assigned = store._conn.execute("SELECT COUNT(DISTINCT doc_id) FROM story_docs").fetchone()[0]
    assert assigned == N


# -- kabar stories killed midway --------------------------------------------------

EVENTS = ("Banjir", "Kebakaran", "Gempa", "Longsor", "Kecelakaan")
STORY_DOCS = 1_000  # about four chunks of store.stories.CHUNK_DOCS


def _pending_store(db) -> None:
    """A store of STORY_DOCS hand-made documents (no analysis) that have no story yet."""
    from .conftest import make_doc
    with Store(db) as store:
        for i in range(STORY_DOCS):
            town, event, day = TOWNS[i % len(TOWNS)], EVENTS[(i // 8) % len(EVENTS)], 1 + (i * 7) % 28
            text = (f"{event} melanda {town} pada 2024-03-{day:02d}. Kejadian kode{i}x membuat warga mengungsi ke"
                    f" balai desa. Kepala BPBD {town} mengatakan situasi mulai pulih.")
            store.add(make_doc(text, title=f"{event} di {town}", published=f"2024-{1 + i % 12:02d}-{day:02d}",
                               entities=[(town, "LOC", town)]))


def _assigned(db) -> int:
    return _rows(db, "story_docs")


def _story_tables(db) -> dict[str, list]:
    """Every stored fact about stories, in a fixed order; checks the tables agree with each other."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {"story_docs": conn.execute("SELECT doc_id, story_id, features FROM story_docs ORDER BY doc_id"),
                  "stories": conn.execute('SELECT story_id, title, start, "end", last_day, storyline, state'
                                          " FROM stories ORDER BY story_id"),
                  "story_df": conn.execute("SELECT key, df FROM story_df ORDER BY key")}
        out = {name: rows.fetchall() for name, rows in tables.items()}
    finally:
        conn.close()
    stories = {row[0] for row in out["stories"]}
    assert {sid for _, sid, _ in out["story_docs"]} == stories  # no story without a document, nor the reverse
    df: dict[str, int] = {}
    for _, _, features in out["story_docs"]:  # the frequencies count exactly the assigned documents
        for key in set(Features.from_json(json.loads(features)).keys()):
            df[key] = df.get(key, 0) + 1
    assert sorted(df.items()) == out["story_df"]
    return out


def test_kill_9_mid_stories_keeps_what_it_committed_and_the_next_run_finishes(tmp_path):
    """Issue 17 #9: a killed 'kabar stories' lost all its work. Now it commits a chunk at a time: killed
    after its first commit, the store is whole, and the next run ends where an uninterrupted run does."""
    _pending_store(tmp_path / "k.db")
    shutil.copy(tmp_path / "k.db", tmp_path / "clean.db")
    env = {**os.environ, "KABAR_TODAY": "2024-06-10", "PYTHONHASHSEED": "0"}

    def stories(db):
        return [sys.executable, "-m", "kabar", "stories", "--db", str(db), "--format", "json"]
    killed = _kill_when(stories(tmp_path / "k.db"), lambda: _assigned(tmp_path / "k.db") > 0, env)
    kept = _assigned(tmp_path / "k.db")
    assert killed and 0 < kept < STORY_DOCS, f"killed: {killed}, {kept} of {STORY_DOCS} assigned"
    _story_tables(tmp_path / "k.db")
    for db in ("k.db", "clean.db"):
        subprocess.run(stories(tmp_path / db), capture_output=True, check=True, env=env)
    resumed, clean = _story_tables(tmp_path / "k.db"), _story_tables(tmp_path / "clean.db")
    assert len(resumed["story_docs"]) == STORY_DOCS
    assert resumed == clean
