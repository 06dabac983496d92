"""End-to-end fixtures: a demo store served by `kabar serve` in a subprocess, and headless Chromium.

The browser is Debian's ``chromium`` driven through Selenium and Debian's ``chromedriver``
(never a downloaded browser). Every test here is marked ``e2e`` and skipped, with the reason,
when either binary is missing; ``.ci/run`` installs them.
"""
from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"
# Screenshots go to a temporary folder unless KABAR_E2E_ARTIFACTS names one: `make screenshots` writes
# the committed set into tests/artifacts/, so an ordinary test run never changes the work tree.
ARTIFACTS_ENV = os.environ.get("KABAR_E2E_ARTIFACTS")
CHROMIUM = os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KABAR_CHROMEDRIVER", "/usr/bin/chromedriver")
HOST = "127.0.0.1"
READY_TIMEOUT_S = 30
READY_POLL_S = 0.1
PAGE_TIMEOUT_S = 20
WINDOW = (1366, 900)
PHONE = (390, 844)  # a common phone's viewport, in CSS pixels
MAX_SHOT_HEIGHT = {WINDOW[0]: 1800, PHONE[0]: 2600}  # px; taller pages are cut (file size)
SHOT_COLOURS = 128  # screenshots are stored as palette PNGs: a fifth of the size, text still crisp
# Flags measured to work on this kind of machine (closed network, root, no display).
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--lang=id-ID", f"--window-size={WINDOW[0]},{WINDOW[1]}")


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: drives headless Chromium against `kabar serve`")


def _missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return f"{path} not found: install Debian's chromium and chromium-driver (.ci/run does)"
    for module in ("selenium", "axe_selenium_python"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install -e '.[dev]')"
    return None


def pytest_collection_modifyitems(config, items):
    """Mark every test under tests/e2e as e2e, and skip them all where the browser is missing."""
    here = Path(__file__).parent
    reason = _missing_browser()
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"e2e: {reason}"))


def kabar(*args: str) -> subprocess.CompletedProcess:
    """Run the kabar CLI with this interpreter; fail the fixture with its stderr on error."""
    res = subprocess.run([sys.executable, "-m", "kabar", *args], capture_output=True, text=True)
    if res.returncode:
        pytest.fail(f"kabar {' '.join(args)} failed ({res.returncode}):\n{res.stderr[-2000:]}")
    return res


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _wait_ready(proc: subprocess.Popen, url: str, log: Path) -> None:
    """Return once ``url`` answers; fail with the server's log if it dies or never answers."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"kabar serve exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=1.0):
                return
        except OSError:
            time.sleep(READY_POLL_S)
    proc.terminate()
    pytest.fail(f"kabar serve did not answer {url} within {READY_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Base URL of `kabar serve` over a store holding the bundled examples, grouped into stories."""
    tmp = tmp_path_factory.mktemp("e2e")
    db = tmp / "kabar.db"
    kabar("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    kabar("stories", "--db", str(db), "--format", "json")
    port = free_port()
    log = tmp / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "kabar", "serve", "--db", str(db),
                                 "--host", HOST, "--port", str(port)], stdout=out, stderr=out)
    base = f"http://{HOST}:{port}"
    _wait_ready(proc, base + "/api/v1/stories", log)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run, with an empty profile of its own."""
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never try to download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kabar-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS + (f"--user-data-dir={profile}",):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The reader kabar is made for: an Indonesian browser (pages choose the language from Accept-Language).
    opts.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id,en"})
    driver = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(PAGE_TIMEOUT_S)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser):
    """The browser, checked after the test: nothing the page logged as an error (CSP violations included)."""
    browser.get_log("browser")  # drop what earlier tests left
    browser.execute_cdp_cmd("Network.clearBrowserCookies", {})  # no language chosen by an earlier test
    yield browser
    errors = [e["message"] for e in browser.get_log("browser")
              if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]]
    assert not errors, f"the browser logged errors: {errors}"


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> Path:
    """Where screenshots go (see ARTIFACTS_ENV)."""
    folder = Path(ARTIFACTS_ENV) if ARTIFACTS_ENV else tmp_path_factory.mktemp("artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _screenshot(driver, folder: Path, name: str) -> Path:
    """Save the page as it is laid out now (up to MAX_SHOT_HEIGHT px tall) as FOLDER/NAME.png."""
    width = driver.execute_script("return window.innerWidth")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    # Chromium's own full-page capture: no window resize, so the layout stays as a person sees it.
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, MAX_SHOT_HEIGHT.get(width, 2000)),
                 "scale": 1}})
    path = folder / f"{name}.png"
    path.write_bytes(_small_png(base64.b64decode(shot["data"])))
    return path


def _small_png(data: bytes) -> bytes:
    """The screenshot as a palette PNG (Pillow), or as it is where Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        return data
    import io
    image = Image.open(io.BytesIO(data)).convert("RGB").quantize(SHOT_COLOURS, method=Image.Quantize.MEDIANCUT)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


@pytest.fixture
def shot(page, artifacts):
    """``shot(name)`` saves the current page as ARTIFACTS/NAME.png."""
    return lambda name: _screenshot(page, artifacts, name)


@pytest.fixture
def viewport(browser):
    """``viewport(width, height)`` lays pages out as on that screen (mobile for phone widths) until the test ends."""
    def resize(width: int, height: int) -> None:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    yield resize
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture
def color_scheme(browser):
    """``color_scheme("dark")`` makes pages see prefers-color-scheme: dark until the test ends."""
    def emulate(scheme: str) -> None:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    yield emulate
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


AXE_BLOCKING = ("serious", "critical")


def axe_violations(driver) -> list[str]:
    """Serious and critical accessibility violations axe-core finds on the current page."""
    from axe_selenium_python import Axe

    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:4]}"
            for v in results["violations"] if v.get("impact") in AXE_BLOCKING]


@pytest.fixture
def wait(page):
    """``wait(condition, message)``: poll ``condition(driver)`` until truthy (PAGE_TIMEOUT_S at most)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return lambda condition, message="": WebDriverWait(page, PAGE_TIMEOUT_S).until(condition, message)


def api(server: str, path: str) -> dict:
    """A JSON answer of the running server."""
    import json
    with urllib.request.urlopen(server + path, timeout=PAGE_TIMEOUT_S) as resp:
        return json.loads(resp.read())


def first_chip(server: str, story_id: str) -> str:
    """The link of the first source chip on a story's summary (to the sentence it cites)."""
    ref = api(server, f"/api/v1/stories/{story_id}")["summary"][0]["sources"][0]
    return f"/documents/{ref['doc_id']}?cite={ref['start']}-{ref['end']}#cited"


@pytest.fixture(scope="session")
def sample(server) -> dict:
    """Ids of the demo store worth showing: the largest storyline, a story of it, a document, an entity."""
    stories = api(server, "/api/v1/stories?limit=200")["stories"]
    lines: dict[str, list] = {}
    for s in stories:
        lines.setdefault(s["storyline"], []).append(s)
    storyline = max(lines, key=lambda k: (len(lines[k]), sum(s["count"] for s in lines[k])))
    story = max(stories, key=lambda s: (len(s["outlets"]), s["count"]))
    entity = api(server, "/api/v1/entities?limit=1")["entities"][0]["entity_id"]
    return {"story": story["id"], "storyline": storyline, "document": story["documents"][0],
            "chip": first_chip(server, story["id"]), "entity": entity, "story_title": story["title"],
            "job": upload_job(server)}


# A short report written for these tests (a new story of its own) and a file that is not text.
JOB_FILES = (("pasar-murah-kelurahan.txt", "text/plain", (
    "Pasar Murah Digelar di Kelurahan Sukajaya\n\nSukajaya - Pemerintah kelurahan menggelar pasar murah di "
    "halaman kantor kelurahan, Rabu (12/6/2024). Sebanyak 1.500 paket sembako dijual seharga Rp 75.000 per "
    "paket.\n\n\"Warga sangat terbantu menjelang Iduladha,\" kata Lurah Sukajaya.\n").encode()),
    ("foto-pasar.txt", "text/plain", bytes(range(256)) * 8))


def upload_job(server: str) -> str:
    """Upload one readable and one unreadable file through the API; the job's page."""
    import httpx
    resp = httpx.post(server + "/api/v1/documents?wait=30", timeout=60, headers={"Accept-Language": "id"},
                      files=[("files", (name, data, kind)) for name, kind, data in JOB_FILES])
    assert resp.status_code == 201, resp.text
    return resp.json()["job"]["page"]
