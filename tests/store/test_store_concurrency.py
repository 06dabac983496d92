"""Several processes on one store: opening a new store together, and ingesting into it together."""
from __future__ import annotations

import os
import subprocess
import sys
import threading

from kabar.store import Store

TRIALS = 10
OPENERS = 6


def test_many_connections_creating_one_new_store_all_succeed(tmp_path):
    """Issue 17 #4: one of two processes opening a new store failed with 'table documents already exists'."""
    failures = []
    for trial in range(TRIALS):
        path = tmp_path / f"k{trial}.db"
        barrier = threading.Barrier(OPENERS)

        def open_store():
            barrier.wait()
            try:
                Store(path).close()
            except Exception as exc:  # noqa: BLE001 - what we count
                failures.append(f"trial {trial}: {exc}")

        threads = [threading.Thread(target=open_store) for _ in range(OPENERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    assert not failures, failures


def _articles(folder, town: str, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{town.lower()}-{i}.txt").write_text(
            f"Banjir ke-{i} melanda {town} pada Senin. Sebanyak {100 + i} rumah terendam dan warga mengungsi ke "
            f"balai desa. Kepala BPBD {town}, Rina Wulandari, mengatakan air mulai surut.", encoding="utf-8")


def test_two_ingests_into_one_new_store_both_succeed_and_store_the_union(tmp_path):
    _articles(tmp_path / "a", "Samarinda", 4)
    _articles(tmp_path / "b", "Balikpapan", 4)
    db = tmp_path / "new.db"
    env = {**os.environ, "KABAR_TODAY": "2024-06-10"}
    runs = [subprocess.Popen([sys.executable, "-m", "kabar", "ingest", str(tmp_path / part), "--db", str(db), "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for part in "ab"]
    outs = [(p.wait(timeout=300), p.stderr.read()) for p in runs]
    assert [code for code, _ in outs] == [0, 0], outs
    assert not any("locked" in err for _, err in outs)
    with Store(db) as store:
        assert store.count() == 8
