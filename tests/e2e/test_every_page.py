"""Every page, on a desktop (1366 px) and a phone (390 px): no horizontal overflow, no serious or
critical accessibility violation (axe-core), controls at least 24 px tall, nothing logged as an error;
and a screenshot of each (``make screenshots`` writes them to tests/artifacts/).
"""
from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="e2e: selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.by import By  # noqa: E402

from .conftest import PHONE, WINDOW, axe_violations  # noqa: E402

# (name, path template, element that shows the page is complete)
PAGES = [
    ("01-stories", "/", "#stories"),
    ("02-briefing", "/stories/{story}", "#briefing"),
    ("03-storyline", "/storylines/{storyline}", "#storyline"),
    ("04-document", "{chip}", "#cited"),
    ("05-entities", "/entities", "#entities"),
    ("06-entity", "/entities/{entity}", "#entity"),
    ("07-search", "/search?q=gempa", "#facets"),
    ("08-ingest", "/ingest", "#ingest"),
    ("09-api-docs", "/api/v1/docs", ".swagger-ui .opblock"),
    ("10-not-found", "/stories/story-tidak-ada", "#error"),
    ("11-ingest-job", "{job}", '#job[data-status="done"]'),
]
WIDTHS = {"desktop": WINDOW, "phone": PHONE}
MIN_TARGET_PX = 24
# Controls people tap; links inside running text are exempt from the target size (WCAG 2.5.8).
TARGETS = ("button", "select", "input:not([type=hidden]):not([type=file])", "#nav a", ".langs a", ".chip",
           ".exports a", ".pager a", ".facet-value", ".skip:focus")
OVERFLOW_JS = """
const width = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll('body *')].filter(e => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.right > width + 1 && !e.closest('.chart-scroll, .table-scroll, pre, .swagger-ui');
}).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 6);
return [document.documentElement.scrollWidth, width, wide];
"""
SMALL_TARGETS_JS = """
const small = [];
for (const css of arguments[0]) {
  for (const e of document.querySelectorAll(css)) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && (r.height < arguments[1] - 0.5 || r.width < arguments[1] - 0.5))
      small.push(`${css}: ${e.textContent.trim().slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
}
return small.slice(0, 8);
"""


def open_page(page, server, sample, path: str, ready: str, wait) -> None:
    page.get(server + path.format(**sample))
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, ready), f"{path}: {ready} never appeared")


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("name, path, ready", PAGES, ids=[p[0] for p in PAGES])
def test_every_page_fits_is_accessible_and_is_shot(page, server, sample, viewport, wait, shot, name, path, ready,
                                                   width):
    viewport(*WIDTHS[width])
    open_page(page, server, sample, path, ready, wait)
    if "not-found" in name:
        page.get_log("browser")  # the 404 itself is what this page is for
    scroll_width, client_width, wide = page.execute_script(OVERFLOW_JS)
    assert scroll_width <= client_width, f"{name} at {width}: the page is {scroll_width} px wide: {wide}"
    if "api-docs" not in name:  # Swagger UI's own controls are not kabar's
        small = page.execute_script(SMALL_TARGETS_JS, list(TARGETS), MIN_TARGET_PX)
        assert not small, f"{name} at {width}: controls under {MIN_TARGET_PX} px: {small}"
    problems = axe_violations(page)
    assert not problems, f"{name} at {width}: " + "\n".join(problems)
    shot(f"{width}-{name}")


@pytest.mark.parametrize("name, path, ready", [PAGES[1], PAGES[6]], ids=["briefing", "search"])
def test_dark_mode_follows_the_system(page, server, sample, color_scheme, wait, shot, name, path, ready):
    color_scheme("dark")
    open_page(page, server, sample, path, ready, wait)
    background = page.execute_script("return getComputedStyle(document.body).backgroundColor")
    ink = page.execute_script("return getComputedStyle(document.body).color")
    assert _luminance(background) < 0.1 < 0.6 < _luminance(ink), (background, ink)
    problems = axe_violations(page)
    assert not problems, f"{name} in dark mode: " + "\n".join(problems)
    shot(f"dark-{name[3:] if name[0].isdigit() else name}")


def _luminance(css: str) -> float:
    """Relative luminance (0 black .. 1 white) of an rgb()/rgba() colour."""
    parts = [float(p) for p in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    lin = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_skip_link_goes_to_the_content(page, server):
    from selenium.webdriver.common.keys import Keys

    page.get(server + "/")
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = page.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert page.switch_to.active_element.get_attribute("id") == "main"
