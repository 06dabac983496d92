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
    browser.find_element(By.CSS_SELECTOR, 'input[type="file"]').send_keys(str(path))
    browser.find_element(By.CSS_SELECTOR, 'form [type="submit"]').click()
    link = WebDriverWait(browser, 20).until(
        lambda d: [a for a in d.find_elements(By.CSS_SELECTOR, 'a[href^="/documents/"]') if MARKER in a.text],
        "the hostile article never showed up as ingested")
    return link[0].get_attribute("href")


@pytest.mark.parametrize("line", PAYLOADS)
def test_the_checks_catch_markup_that_was_not_escaped(browser, line):
    """The detector itself: each payload inserted raw (no escaping, no CSP) is caught."""
    raw = f"<!doctype html><title>raw</title><body><p>{line}</p></body>"
    browser.get("data:text/html;charset=utf-8," + quote(raw))
    with pytest.raises(AssertionError, match="a payload ran|payloads became elements"):
        assert_inert(browser, "raw page")


def test_document_page_is_inert(page, hostile_doc, shot):
    page.get(hostile_doc)
    assert_inert(page, "document page")
    text = page.find_element(By.TAG_NAME, "body").text
    for literal in LITERALS + (TITLE_PAYLOAD,):
        assert literal in text, f"{literal!r} is not shown literally"
    shot("07-hostile-document")


def test_search_snippets_are_inert(page, server, hostile_doc, shot):
    page.get(f"{server}/search?q={MARKER}")
    assert_inert(page, "search page")
    marks = page.find_elements(By.CSS_SELECTOR, "mark")
    assert marks and all(MARKER in m.text.lower() for m in marks)
    text = page.find_element(By.TAG_NAME, "body").text
    assert any(literal in text for literal in LITERALS), "the snippet lost the article's literal markup"
    shot("08-hostile-search")


def test_stories_page_is_inert(page, server, hostile_doc):
    page.get(server + "/")
    assert_inert(page, "stories page")
