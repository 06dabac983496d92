"""Ingest through `kabar serve` against `kabar ingest`, and a CLI ingest beside a busy server.

    python benchmarks/web_ingest.py [--docs 500] [--extra 200] [--clients 50]

The corpus is invented news (kabar.batch.synthetic), one text file per article.

1. CLI: ``kabar ingest DIR --workers 1`` then ``kabar stories`` on a new store: CPU seconds
   of both processes and wall seconds.
2. Web: ``kabar serve`` on another new store; every article is POSTed to /api/v1/documents
   as its own request (pasted text, ``wait=0``) by 4 client threads, then the script waits
   until the server has stored all of them and assigned their stories. CPU seconds of the
   server process (from /proc) and wall seconds. Issue 17 #3: 339 s against ~60 s by CLI.
3. Beside that running server, ``--clients`` threads read pages and the JSON API without
   pause while ``kabar ingest`` stores ``--extra`` more articles into the same store: the
   ingest must exit 0 with no "locked" in its messages, every article must be stored, every
   read answered 200, and the server must give the new articles their stories by itself.

Prints the web / CLI ratios (target: within 2x) and what step 3 saw. Single-core: the
web server's analysis runs on one thread, so the CLI runs with --workers 1 too.

Measured 2026-12-03 on the shared 2-core machine (load average ~15), 500 + 200 articles, 50 clients:
    CLI ingest + stories of 500: 11.6 s CPU, 172.4 s wall
    web ingest of 500 (one request each): 14.7 s CPU, 127.0 s wall; answers {202: 500}
    web / CLI: CPU 1.27x, wall 0.74x   (issue 17 #3 before: 339 s against ~60 s, 5.7x)
    CLI ingest of 200 beside 50 reading clients: exit 0, 'locked' reported: False; 700 of 700
    stored; all given stories by the server 8.2 s after the ingest; reads answered {200: 503}
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from kabar.batch.synthetic import articles
from kabar.store import Store

KABAR = str(Path(sys.executable).parent / "kabar")
ENV = {**os.environ, "KABAR_TODAY": "2024-06-10"}
READS = ("/api/v1/documents?limit=20", "/api/v1/stories?limit=20", "/api/v1/search?q=warga", "/", "/entities")


def write_articles(folder: Path, items) -> list[dict]:
    """Each article as a text file (title line, blank line, body); returns their JSON bodies for the API."""
    folder.mkdir()
    bodies = []
    for a in items:
        (folder / f"{a.id}.txt").write_text(f"{a.title}\n\n{a.text}", encoding="utf-8")
        bodies.append({"text": f"{a.title}\n\n{a.text}"})
    return bodies


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """(CPU s, wall s, stderr) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-500:]}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall, done.stderr


def proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([KABAR, "serve", "--db", str(db), "--port", str(port)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            get(port, "/api/v1/documents?limit=1")
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None) -> int:
    c = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    c.request("GET", path)
    resp = c.getresponse()
    resp.read()
    if conn is None:
        c.close()
    return resp.status


def post_all(port: int, bodies: list[dict], threads: int = 4) -> list[int]:
    """POST every body as its own request; the statuses."""
    statuses: list[int] = []
    lock = threading.Lock()
    todo = list(enumerate(bodies))

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if not todo:
                    return
                _, body = todo.pop()
            conn.request("POST", "/api/v1/documents?wait=0", json.dumps(body),
                         {"Content-Type": "application/json"})
            resp = conn.getresponse()
            resp.read()
            with lock:
                statuses.append(resp.status)

    run_threads(client, threads)
    return statuses


def run_threads(target, n: int) -> list[threading.Thread]:
    threads = [threading.Thread(target=target, daemon=True) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return threads


def counts(db: Path) -> tuple[int, int]:
    """(documents, documents with a story) in a store."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return (conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM story_docs").fetchone()[0])


def wait_for(db: Path, n: int, limit_s: float = 1800) -> float:
    """Seconds until the store holds ``n`` documents, all with a story."""
    t0 = time.perf_counter()
    while counts(db) != (n, n):
        if time.perf_counter() - t0 > limit_s:
            raise SystemExit(f"gave up waiting: {counts(db)} of {n}")
        time.sleep(0.2)
    return time.perf_counter() - t0


def readers(port: int, n: int, stop: threading.Event, seen: dict) -> list[threading.Thread]:
    """``n`` client threads reading pages until ``stop``; answers tallied in ``seen``."""
    lock = threading.Lock()

    def client(k: int):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        i = k
        while not stop.is_set():
            try:
                status = get(port, READS[i % len(READS)], conn)
            except OSError as exc:
                status = type(exc).__name__
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            with lock:
                seen[status] = seen.get(status, 0) + 1
            i += 1

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(n)]
    for t in threads:
        t.start()
    return threads


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--extra", type=int, default=200)
    ap.add_argument("--clients", type=int, default=50)
    args = ap.parse_args(argv)
    items = list(articles(args.docs + args.extra, seed=23))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bodies = write_articles(tmp / "docs", items[:args.docs])
        write_articles(tmp / "extra", items[args.docs:])
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
        cli_db = tmp / "cli.db"
        cpu1, wall1, _ = timed([KABAR, "ingest", str(tmp / "docs"), "--db", str(cli_db), "--workers", "1", "-q"])
        cpu2, wall2, _ = timed([KABAR, "stories", "--db", str(cli_db), "--format", "json"])
        cli_cpu, cli_wall = cpu1 + cpu2, wall1 + wall2
        print(f"CLI ingest + stories of {args.docs}: {cli_cpu:.1f} s CPU, {cli_wall:.1f} s wall "
              f"(stored {counts(cli_db)})", flush=True)

        web_db, port = tmp / "web.db", free_port()
        Store(web_db).close()  # 'kabar serve' needs an existing store
        server = serve(web_db, port)
        try:
            cpu0, t0 = proc_cpu(server.pid), time.perf_counter()
            statuses = post_all(port, bodies)
            wait_for(web_db, args.docs)
            web_cpu, web_wall = proc_cpu(server.pid) - cpu0, time.perf_counter() - t0
            answers = {s: statuses.count(s) for s in set(statuses)}
            print(f"web ingest of {args.docs} (one request each): {web_cpu:.1f} s CPU, {web_wall:.1f} s wall; "
                  f"answers {answers}", flush=True)
            print(f"web / CLI: CPU {web_cpu / cli_cpu:.2f}x, wall {web_wall / cli_wall:.2f}x (target <= 2x)",
                  flush=True)
            beside_a_busy_server(server, port, web_db, tmp / "extra", args)
        finally:
            server.terminate()
            server.wait(timeout=120)
    return 0


def beside_a_busy_server(server, port: int, db: Path, extra: Path, args) -> None:
    """Step 3: a CLI ingest while ``args.clients`` clients read from the server."""
    stop, seen = threading.Event(), {}
    threads = readers(port, args.clients, stop, seen)
    try:
        cpu, wall, err = timed([KABAR, "ingest", str(extra), "--db", str(db), "--workers", "1"])
        joined = wait_for(db, args.docs + args.extra, limit_s=600)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=120)
    locked = "locked" in err.lower()
    print(f"CLI ingest of {args.extra} beside {args.clients} reading clients: exit 0, {wall:.1f} s wall, "
          f"'locked' reported: {locked}; stored {counts(db)[0]} of {args.docs + args.extra}; "
          f"all given stories by the server {joined:.1f} s after the ingest; reads answered {seen}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
