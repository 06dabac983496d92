"""Load on `kabar serve`: requests/s and p50/p99 latency of its pages, against a cheap baseline.

Builds the demo store from ``examples/articles`` (``kabar ingest`` + ``kabar stories``) in a
temporary folder, starts ``kabar serve`` in its own process on 127.0.0.1, and drives the load
from a SECOND process (this script re-run with ``--drive``): a pool of client threads, each
with one keep-alive connection, bounded both in request count and in seconds per target.
Targets: the search page, the newest story's briefing page, its first document's page, the
JSON search and briefing, kabar's stylesheet, and a baseline measured in the same run: the
JSON 404 for an unknown ingest job (routing, middleware, error shape; no store read). "first ms"
is the first request to a target (cold caches: the briefing is built then, and cached until the
store changes). A target's answers must all be 200 (the baseline's 404), else they count as wrong.

    python benchmarks/serve_load.py [--requests 1000] [--seconds 10] [--clients 4]

Measured 2026-11-22 on the 2-core development machine, shared with other work (load average ~4,
so p99 is noisy; client and server share the two cores), 4 clients, 1000 requests per target:

    target          req/s   p50 ms   p99 ms  vs base  first ms
    baseline       1132.3      3.2      8.3     1.00       4.1
    search page     362.0      8.2     82.1     0.32      58.5
    briefing page   256.8     11.7    108.2     0.23     663.3
    document page   145.8     21.7    142.0     0.13      18.1
    search API      437.1      8.7     16.5     0.39       3.9
    briefing API    724.3      4.2     16.7     0.64       2.4
    static CSS      658.6      5.5     15.5     0.58      10.0

The document page is the dearest (every annotation becomes an element); a cold briefing costs
~0.66 s once, then the page is template rendering over the cached briefing.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
HOST = "127.0.0.1"
READY_TIMEOUT_S = 30
READY_POLL_S = 0.1
WARMUP_REQUESTS = 10
SEARCH_QUERY = "gempa"
# The cheapest answer the app gives: an unknown ingest job, a JSON 404 from memory (routing,
# middleware and the error shape, no store read). Pages are compared with it.
BASELINE = "/api/v1/jobs/no-such-job"
# A stylesheet linked from the home page: <link rel="stylesheet" href="...">.
STYLESHEET = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"')


# -- the server process ------------------------------------------------------

def kabar(*args: str) -> subprocess.CompletedProcess:
    """Run the kabar CLI with this interpreter (the project's venv)."""
    return subprocess.run([sys.executable, "-m", "kabar", *args], check=True,
                          capture_output=True, text=True)


def build_store(db: Path) -> None:
    """The demo store: every bundled example ingested, then grouped into stories."""
    kabar("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    kabar("stories", "--db", str(db), "--format", "json")


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 5.0) -> bytes:
    """The body of one GET (raises on HTTP errors)."""
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read()


def start_server(db: Path, port: int, log) -> subprocess.Popen:
    """``kabar serve`` in its own process, returned once it answers."""
    proc = subprocess.Popen([sys.executable, "-m", "kabar", "serve", "--db", str(db),
                             "--host", HOST, "--port", str(port)], stdout=log, stderr=log)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kabar serve exited with status {proc.returncode}")
        try:
            get(f"http://{HOST}:{port}/api/v1/stories", timeout=1.0)
            return proc
        except OSError:
            time.sleep(READY_POLL_S)
    proc.terminate()
    raise RuntimeError(f"kabar serve did not answer within {READY_TIMEOUT_S} s")


def targets(base: str) -> dict[str, str]:
    """Paths to load, found in the running store (its newest story and that story's first document)."""
    story = json.loads(get(base + "/api/v1/stories"))["stories"][0]
    home = get(base + "/").decode("utf-8", "replace")
    css = STYLESHEET.search(home)
    paths = {
        "baseline": BASELINE,
        "search page": f"/search?q={quote(SEARCH_QUERY)}",
        "briefing page": f"/stories/{quote(story['id'])}",
        "document page": f"/documents/{quote(story['documents'][0])}",
        "search API": f"/api/v1/search?q={quote(SEARCH_QUERY)}",
        "briefing API": f"/api/v1/stories/{quote(story['id'])}",
    }
    if css:
        paths["static CSS"] = css.group(1) or css.group(2)
    return paths


# -- the load process --------------------------------------------------------

class Budget:
    """Shared request counter and deadline: the run stops at whichever comes first."""

    def __init__(self, requests: int, seconds: float):
        self.left, self.deadline = requests, time.monotonic() + seconds
        self.lock = threading.Lock()

    def take(self) -> bool:
        """Whether one more request may be sent."""
        with self.lock:
            if self.left <= 0 or time.monotonic() > self.deadline:
                return False
            self.left -= 1
            return True


def client(port: int, path: str, budget: Budget, expect: int) -> tuple[list[float], int]:
    """One keep-alive connection sending GETs while the budget lasts: latencies (s) and wrong answers."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    latencies, failures = [], 0
    while budget.take():
        t0 = time.perf_counter()
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        latencies.append(time.perf_counter() - t0)
        failures += resp.status != expect
    conn.close()
    return latencies, failures


def percentile(sorted_values: list[float], q: float) -> float:
    """The q-quantile (0..1) of already sorted values, nearest rank."""
    i = min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))
    return sorted_values[i]


def load(port: int, path: str, expect: int, requests: int, seconds: float, clients: int) -> dict:
    """Drive ``path`` with ``clients`` concurrent connections; throughput and latency figures."""
    # The first request pays for cold caches (a briefing is built once per store state), lazy imports.
    warm, _ = client(port, path, Budget(WARMUP_REQUESTS, seconds), expect)
    budget = Budget(requests, seconds)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: client(port, path, budget, expect), range(clients)))
    wall = time.perf_counter() - t0
    lat = sorted(x for lats, _ in results for x in lats)
    return {"requests": len(lat), "failures": sum(f for _, f in results), "seconds": wall,
            "rps": len(lat) / wall, "p50_ms": 1000 * statistics.median(lat),
            "p99_ms": 1000 * percentile(lat, 0.99), "first_ms": 1000 * warm[0]}


def drive(args) -> None:
    """The second process: load every target in turn, print one JSON object."""
    paths = json.loads(args.drive)
    out = {name: load(args.port, path, 404 if name == "baseline" else 200, args.requests, args.seconds,
                      args.clients) for name, path in paths.items()}
    print(json.dumps(out))


# -- the report ----------------------------------------------------------------

def report(figures: dict, paths: dict, clients: int) -> None:
    """A table: requests/s, p50, p99, and each page's throughput as a fraction of the baseline."""
    base = figures["baseline"]["rps"]
    print(f"kabar serve on {HOST}, {clients} concurrent keep-alive clients in a second process, "
          f"{os.cpu_count()} CPU cores\n")
    print(f"{'target':<15} {'path':<44} {'req':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'vs base':>8} {'first ms':>9} {'wrong':>5}")
    for name, f in figures.items():
        print(f"{name:<15} {paths[name][:44]:<44} {f['requests']:>5} {f['rps']:>8.1f} "
              f"{f['p50_ms']:>8.1f} {f['p99_ms']:>8.1f} {f['rps'] / base:>8.2f} {f['first_ms']:>9.1f} {f['failures']:>5}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=1000, help="most requests per target")
    ap.add_argument("--seconds", type=float, default=10.0, help="most seconds per target")
    ap.add_argument("--clients", type=int, default=4, help="concurrent connections")
    ap.add_argument("--drive", help=argparse.SUPPRESS)  # internal: JSON {name: path}
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.drive:
        return drive(args)
    tmp = Path(tempfile.mkdtemp(prefix="kabar-load-"))
    try:
        db = tmp / "demo.db"
        t0 = time.perf_counter()
        build_store(db)
        print(f"demo store built in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        with open(tmp / "serve.log", "w") as log:
            server = start_server(db, port, log)
            try:
                paths = targets(f"http://{HOST}:{port}")
                res = subprocess.run([sys.executable, __file__, "--drive", json.dumps(paths),
                                      "--port", str(port), "--requests", str(args.requests),
                                      "--seconds", str(args.seconds), "--clients", str(args.clients)],
                                     check=True, capture_output=True, text=True)
            finally:
                server.terminate()
                server.wait(timeout=10)
        report(json.loads(res.stdout), paths, args.clients)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
