"""The web UI in a real browser: stories, a briefing, an entity, search, a document, ingest by upload.

Screenshots of every page are taken by test_every_page.py.
"""
from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="e2e: selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

STORY_LINKS = "#stories li.story a.story-title"
SEARCH_WORD = "gempa"
# The bundled examples hold five news events reported by several outlets.
MIN_STORIES = 5
JOB_TIMEOUT_S = 30
# A short generic report written for this test; its headline is unique in the store.
UPLOAD_TITLE = "Jembatan Gantung Desa Sukamaju Diresmikan Bupati"
UPLOAD_TEXT = f"""{UPLOAD_TITLE}

Sukamaju - Bupati meresmikan jembatan gantung sepanjang 120 meter di Desa Sukamaju, Senin (3/6/2024).
Jembatan itu menghubungkan dua dusun yang selama ini dipisahkan sungai.

"Anak-anak kini tidak perlu menyeberang sungai untuk sekolah," kata Bupati dalam sambutannya.
Pembangunan jembatan menelan anggaran Rp 2,4 miliar dari dana desa dan provinsi.
"""


def links(driver, css: str) -> list:
    """Visible elements matching ``css``."""
    return [a for a in driver.find_elements(By.CSS_SELECTOR, css) if a.is_displayed()]


def heading(driver) -> str:
    """The page's main heading."""
    return driver.find_element(By.CSS_SELECTOR, "main h1").text.strip()


def upload(driver, server: str, path) -> list[str]:
    """Ingest ``path`` through the form; the titles the finished job page lists."""
    driver.get(server + "/ingest")
    driver.find_element(By.CSS_SELECTOR, '#ingest input[type="file"]').send_keys(str(path))
    driver.find_element(By.CSS_SELECTOR, '#ingest button[type="submit"]').click()
    # kabar.js follows the job and reloads the page when it ends.
    WebDriverWait(driver, JOB_TIMEOUT_S).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, '#job[data-status="done"], #job[data-status="failed"]'),
        "the ingest job did not finish")
    assert driver.find_element(By.ID, "job").get_attribute("data-status") == "done", \
        driver.find_element(By.ID, "job").text
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#job .job-documents li > a:first-child")]


def test_stories_list_newest_first(page, server):
    page.get(server + "/")
    stories = page.find_elements(By.CSS_SELECTOR, "#stories li.story")
    assert len(stories) >= MIN_STORIES
    starts = [(s.find_elements(By.CSS_SELECTOR, ".dates time") or [None])[0] for s in stories]
    starts = [t.get_attribute("datetime") if t else "" for t in starts]
    dated = [d for d in starts if d[:1].isdigit()]
    # Newest first; undated stories (an upload with no date, from another test) come last.
    assert starts[:len(dated)] == sorted(dated, reverse=True), starts
    assert all(s.find_elements(By.CSS_SELECTOR, ".outlet") for s in stories[:len(dated)]), \
        "every story of the examples names its outlets"
    # Offline by design: every stylesheet, script and image comes from kabar itself.
    loaded = page.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert loaded and all(url.startswith(server + "/") for url in loaded), loaded


@pytest.mark.parametrize("lang, nav", [("id", "Cerita"), ("en", "Stories")])
def test_labels_in_indonesian_and_english(page, server, lang, nav):
    page.get(f"{server}/?lang={lang}")
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    assert page.find_element(By.CSS_SELECTOR, '#nav a[href="/"]').text == nav


def test_briefing_then_entity(page, server, wait):
    page.get(server + "/")
    title = links(page, STORY_LINKS)[0].text
    links(page, STORY_LINKS)[0].click()
    wait(lambda d: d.find_elements(By.ID, "briefing"), "the story link did not open a briefing")
    assert heading(page)
    assert len(links(page, "#sources .source h3 a")) >= 2, "a briefing sets its sources side by side"
    assert links(page, "#summary li"), title
    actor = links(page, "#actors a.entity")[0]
    name = actor.text.strip()
    actor.click()
    wait(lambda d: d.find_elements(By.ID, "entity"), "the actor link did not open its entity page")
    assert name and name in heading(page)
    page.find_element(By.CSS_SELECTOR, '#entity a[href^="/?entity="]').click()
    wait(lambda d: d.find_elements(By.ID, "stories"), "the entity's stories link did not open the stories")
    assert title in [a.text for a in links(page, STORY_LINKS)], "the story we came from mentions the entity"


def test_search_highlights_then_document(page, server, wait):
    page.get(server + "/")
    box = page.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    box.send_keys(SEARCH_WORD)
    box.submit()
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits li.hit"), "the search form found nothing")
    marks = [m.text.lower() for m in page.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")]
    assert marks and all(SEARCH_WORD in m for m in marks), marks
    links(page, "#hits a.hit-title")[0].click()
    wait(lambda d: d.find_elements(By.ID, "document"), "the hit did not open its document")
    inline = links(page, "#text a.ann.entity")
    assert inline and all(a.get_attribute("title") for a in inline), "entities are linked inline, with a tooltip"
    assert links(page, "#text span.ann.time"), "times are highlighted"


def test_ingest_by_upload(page, server, tmp_path):
    article = tmp_path / "jembatan-sukamaju.txt"
    article.write_text(UPLOAD_TEXT, encoding="utf-8")
    assert upload(page, server, article) == [UPLOAD_TITLE]
    page.find_element(By.LINK_TEXT, UPLOAD_TITLE).click()
    assert heading(page) == UPLOAD_TITLE
