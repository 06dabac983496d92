"""kill -9 in the middle of 'kabar ingest' and 'kabar stories': the store stays whole, and ingesting again
completes it without duplicates."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from kabar.store import Store

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


def _count(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _kill_when(cmd: list[str], ready) -> bool:
    """Run ``cmd`` and kill -9 it as soon as ``ready()``; False when it finished first."""
    env = {**os.environ, "KABAR_TODAY": "2024-06-10"}
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
