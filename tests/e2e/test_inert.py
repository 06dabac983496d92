"""Untrusted article text is inert in a real browser: no script runs, markup shows as literal text.

The hostile article is uploaded through the ingest form as Markdown (kabar keeps Markdown
text as is, angle brackets included), then viewed on every page that shows article text.
Each payload would set ``window.__kabar_pwned`` or add an element if it were ever parsed as
HTML; the checks look for both, and for the literal text on screen.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest

pytest.importorskip("selenium", reason="e2e: selenium is not installed (pip install -e '.[dev]')")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

JOB_TIMEOUT_S = 30
# A made-up word, so a search finds this article alone.
MARKER = "zebrakudaan"
TITLE_PAYLOAD = "<script>window.__kabar_pwned='title'</script>"
# Lines that become elements or run script if parsed as HTML.
PAYLOADS = (
    "Tulisan ini memuat teks <b>tebal</b> yang harus tampil apa adanya.",
    "<img src=x onerror=\"window.__kabar_pwned='img'\">",
    "<script>window.__kabar_pwned='body'; alert('kabar')</script>",
    "<a href=\"javascript:window.__kabar_pwned='link'\" id=\"kabar-injected\">klik</a>",
    "<svg onload=\"window.__kabar_pwned='svg'\"></svg>",
)
BODY_LINES = ("Rumus sederhana: a < b > c dan x<y.",) + PAYLOADS
LITERALS = ("<b>tebal</b>", "a < b > c", "<img src=x onerror=", "<script>window.__kabar_pwned")
# Elements that exist only if a payload was parsed as markup (checked in the page, by script).
INJECTED_JS = """
const hits = [];
for (const css of ['img[src="x"]', '#kabar-injected', 'svg[onload]', '[onerror]', '[onload]'])
  document.querySelectorAll(css).forEach(e => hits.push(e.outerHTML.slice(0, 120)));
document.querySelectorAll('b').forEach(e => { if (e.textContent === 'tebal') hits.push(e.outerHTML); });
document.querySelectorAll('script').forEach(e => {
  if (e.textContent.includes('__kabar_pwned')) hits.push(e.outerHTML.slice(0, 120)); });
return hits;
"""


def article_markdown() -> str:
    """The hostile article: a Markdown heading with a script, then a body of HTML-like lines."""
    body = "\n\n".join(f"{line} Kata penanda {MARKER} muncul di sini." for line in BODY_LINES)
    return f"# Uji keamanan {MARKER} {TITLE_PAYLOAD}\n\nJakarta - {body}\n"


def assert_inert(driver, where: str) -> None:
    """No payload ran on the current page and none became an element."""
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        raise AssertionError(f"{where}: a payload ran and opened an alert ({text!r})")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return window.__kabar_pwned === undefined"), \
        f"{where}: a payload ran ({driver.execute_script('return window.__kabar_pwned')})"
    injected = driver.execute_script(INJECTED_JS)
    assert not injected, f"{where}: payloads became elements: {injected}"


@pytest.fixture(scope="module")
def hostile_doc(browser, server, tmp_path_factory):
    """Upload the hostile article through the UI form; the URL of its document page."""
    from selenium.webdriver.support.ui import WebDriverWait

    path = tmp_path_factory.mktemp("hostile") / "uji-keamanan.md"
    path.write_text(article_markdown(), encoding="utf-8")
    browser.get(server + "/ingest")
    browser.find_element(By.CSS_SELECTOR, '#ingest input[type="file"]').send_keys(str(path))
    browser.find_element(By.CSS_SELECTOR, '#ingest button[type="submit"]').click()
    from selenium.common.exceptions import StaleElementReferenceException

    # the job page reloads itself while the job runs: read the link's address in the same look
    hrefs = WebDriverWait(browser, JOB_TIMEOUT_S, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR,
                                                                    "#job .job-documents li > a:first-child")
                   if MARKER in a.text],
        "the hostile article never showed up as ingested")
    return hrefs[0]


@pytest.mark.parametrize("line", PAYLOADS)
def test_the_checks_catch_markup_that_was_not_escaped(browser, line):
    """The detector itself: each payload inserted raw (no escaping, no CSP) is caught."""
    raw = f"<!doctype html><title>raw</title><body><p>{line}</p></body>"
    browser.get("data:text/html;charset=utf-8," + quote(raw))
    with pytest.raises(AssertionError, match="a payload ran|payloads became elements"):
        assert_inert(browser, "raw page")


def body_text(driver) -> str:
    """What the page shows as text."""
    return driver.find_element(By.TAG_NAME, "body").text


def test_document_page_is_inert(page, hostile_doc, shot):
    page.get(hostile_doc)
    assert_inert(page, "document page")
    for literal in LITERALS + (TITLE_PAYLOAD,):
        assert literal in body_text(page), f"{literal!r} is not shown literally"
    assert TITLE_PAYLOAD in page.title, "the <title> shows the headline literally too"
    shot("hostile-document")
    page.find_element(By.CSS_SELECTOR, "#original summary").click()  # the untouched input
    assert_inert(page, "document page, original opened")
    assert "<b>tebal</b>" in page.find_element(By.CSS_SELECTOR, "#original pre").text


def test_search_snippets_are_inert(page, server, hostile_doc, shot):
    page.get(f"{server}/search?q={MARKER}")
    assert_inert(page, "search page")
    marks = page.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")
    assert marks and all(MARKER in m.text.lower() for m in marks)
    snippet = page.find_element(By.CSS_SELECTOR, "#hits .snippet").text
    assert any(literal in snippet for literal in LITERALS), f"the snippet lost the literal markup: {snippet}"
    shot("hostile-search")


# Queries echoed back: on the results page (attribute break-out attempt, balanced quotes) and in
# the 400 page's message (malformed query).
HOSTILE_QUERIES = {
    "results": ('x" "><img src=x onerror=window.__kabar_pwned=1><b>tebal</b>', "main h1"),
    "error": ("<img src=x onerror=window.__kabar_pwned=1><b>tebal</b> ) OR (", "#error .detail p"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_QUERIES))
def test_search_query_is_echoed_inert(browser, server, kind):
    """The query shows in the heading (or error message) and the search box: as text, never markup.

    Uses the bare browser: the 400 page is an expected error the console logs.
    """
    query, where = HOSTILE_QUERIES[kind]
    browser.get(f"{server}/search?q={quote(query)}")
    assert_inert(browser, f"search page ({kind})")
    assert "<b>tebal</b>" in browser.find_element(By.CSS_SELECTOR, where).get_attribute("textContent")
    assert browser.find_element(By.CSS_SELECTOR, '#search input[name="q"]').get_attribute("value") == query


def test_stories_and_briefing_are_inert(page, server, hostile_doc, wait):
    page.get(server + "/")
    assert_inert(page, "stories page")
    story = [a for a in page.find_elements(By.CSS_SELECTOR, "#stories a.story-title") if MARKER in a.text]
    assert story and TITLE_PAYLOAD in story[0].text, "the hostile article's story is listed, its title literal"
    story[0].click()
    wait(lambda d: d.find_elements(By.ID, "briefing"), "the hostile story's briefing did not open")
    assert_inert(page, "briefing page")
    assert TITLE_PAYLOAD in page.find_element(By.CSS_SELECTOR, "main h1").text
