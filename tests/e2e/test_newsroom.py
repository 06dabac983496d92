"""What a newsroom does with kabar, in a real browser: follow a storyline, check a source sentence,
narrow a search, take a briefing away as CSV, read the API docs offline, upload a mixed batch, and
read numbers and dates the Indonesian way.
"""
from __future__ import annotations

import re

import pytest

pytest.importorskip("selenium", reason="e2e: selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.by import By  # noqa: E402

from .conftest import api  # noqa: E402

JOB_TIMEOUT_S = 30
MONTHS_ID = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
GOOD_TITLE = "Warga Desa Sukamakmur Gotong Royong Perbaiki Saluran Irigasi"
GOOD_TEXT = f"""{GOOD_TITLE}

Sukamakmur - Sekitar 150 warga Desa Sukamakmur bergotong royong memperbaiki saluran irigasi sepanjang
1,2 kilometer, Sabtu (8/6/2024). Saluran itu rusak diterjang banjir bulan lalu.

"Kalau saluran tidak segera diperbaiki, sawah bisa gagal tanam," kata Kepala Desa Sukamakmur.
"""


def test_storyline_page_from_a_briefing(page, server, sample, wait):
    page.get(f"{server}/stories/{sample['story']}")
    page.find_element(By.CSS_SELECTOR, "#briefing a.storyline-link").click()
    wait(lambda d: d.find_elements(By.ID, "storyline"), "the briefing's storyline link did not open a storyline")
    stories = page.find_elements(By.CSS_SELECTOR, "#line-stories li.story")
    assert stories, "a storyline lists its stories"
    starts = [s.find_element(By.CSS_SELECTOR, ".dates time").get_attribute("datetime") for s in stories
              if s.find_elements(By.CSS_SELECTOR, ".dates time")]
    assert starts == sorted(starts), "stories in time order"
    assert page.find_elements(By.CSS_SELECTOR, "#coverage svg.coverage circle.cell"), "a coverage chart"
    assert page.find_element(By.CSS_SELECTOR, ".first.first_report a").text, "the first report"
    assert page.find_element(By.CSS_SELECTOR, ".first.latest_update a").text, "the latest update"
    assert page.find_elements(By.CSS_SELECTOR, "#line-timeline li.event .chip"), "a timeline with its sources"


def test_source_chip_lands_on_its_highlighted_sentence(page, server, sample, wait):
    page.get(f"{server}/stories/{sample['story']}")
    chip = page.find_element(By.CSS_SELECTOR, "#summary .chip")
    ref = api(server, f"/api/v1/stories/{sample['story']}")["summary"][0]["sources"][0]
    chip.click()
    wait(lambda d: d.find_elements(By.ID, "cited"), "the chip did not open the cited sentence")
    cited = page.find_element(By.ID, "cited")
    doc = api(server, f"/api/v1/documents/{ref['doc_id']}")["document"]
    cited_text = " ".join(cited.text.split())
    assert " ".join(doc["text"][ref["start"]:ref["end"]].split())[:40] in cited_text
    assert page.execute_script("return document.activeElement.id") == "cited"
    top, height = page.execute_script("const r = arguments[0].getBoundingClientRect(); "
                                      "return [r.top, window.innerHeight]", cited)
    assert 0 <= top < height, "the page scrolled to the sentence"
    background = page.execute_script("return getComputedStyle(arguments[0]).backgroundColor", cited)
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the sentence is highlighted"
    button = page.find_element(By.CSS_SELECTOR, "button.copy-cite")
    citation = button.get_attribute("data-citation")
    assert doc["source"]["outlet"] in citation and cited_text[:30] in " ".join(citation.split())
    button.click()
    wait(lambda d: "done" in button.get_attribute("class"), "the copy button did not confirm")
    assert button.text == button.get_attribute("data-done")


def test_briefing_downloads_as_csv(page, server, sample):
    page.get(f"{server}/stories/{sample['story']}")
    link = page.find_element(By.CSS_SELECTOR, '#briefing .exports a[href$=".csv"]')
    body, kind, disposition = page.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(async r => done([await r.text(), r.headers.get('content-type'),
                                                  r.headers.get('content-disposition')]));""",
                                                        link.get_attribute("href"))
    assert kind.startswith("text/csv") and "attachment" in disposition
    lines = body.lstrip("\ufeff").splitlines()
    assert lines[0] == "section,date,text,who,value,verdict,outlets,titles,documents,urls"
    sections = {line.split(",", 1)[0] for line in lines[1:]}
    assert {"summary", "timeline", "source"} <= sections
    summary = api(server, f"/api/v1/stories/{sample['story']}")["summary"][0]["text"]
    assert summary[:30] in body


def test_search_facets_narrow_and_sort(page, server, wait):
    page.get(f"{server}/search?q=gempa")
    total = int(re.sub(r"\D", "", page.find_element(By.ID, "result-count").text))
    assert total == len(page.find_elements(By.CSS_SELECTOR, "#hits li.hit")) > 1
    for facet in ("outlet", "month", "entity", "story"):
        assert page.find_elements(By.CSS_SELECTOR, f'.facet[data-facet="{facet}"] .facet-value'), facet
    first = page.find_element(By.CSS_SELECTOR, '.facet[data-facet="outlet"] .facet-value')
    outlet, count = first.text.rsplit("\n", 1)[0].strip(), int(first.find_element(By.CSS_SELECTOR, ".n").text)
    first.click()
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".facet-value.selected"), "the outlet facet was not applied")
    hits = page.find_elements(By.CSS_SELECTOR, "#hits li.hit")
    assert len(hits) == count < total
    assert all(outlet in h.find_element(By.CSS_SELECTOR, ".meta").text for h in hits)
    page.get(f"{server}/search?q=gempa&sort=oldest")
    dates = [h.get_attribute("data-published") for h in page.find_elements(By.CSS_SELECTOR, "#hits li.hit")]
    dated = [d for d in dates if d]
    assert dated == sorted(dated)


def test_api_docs_render_offline(page, server, wait):
    page.get(server + "/api/v1/docs")
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock"), "Swagger UI did not render")
    paths = [e.text for e in page.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")]
    assert "/api/v1/stories" in paths and "/api/v1/search" in paths
    loaded = page.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert loaded and all(url.startswith(server + "/") for url in loaded), loaded
    # the page fixture then fails the test on any console error, a CSP violation included


def test_mixed_upload_stores_the_good_file_and_names_the_bad(page, server, tmp_path, wait):
    good = tmp_path / "irigasi-sukamakmur.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    bad = tmp_path / "foto-banjir.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    page.get(server + "/ingest")
    page.find_element(By.CSS_SELECTOR, '#ingest input[type="file"]').send_keys(f"{good}\n{bad}")
    page.find_element(By.CSS_SELECTOR, '#ingest button[type="submit"]').click()
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, '#job[data-status="done"]'), "the job did not finish")
    titles = [a.text for a in page.find_elements(By.CSS_SELECTOR, "#job .job-documents li > a:first-child")]
    assert titles == [GOOD_TITLE]
    errors = [e.text for e in page.find_elements(By.CSS_SELECTOR, "#job .job-errors li")]
    assert len(errors) == 1 and "foto-banjir.txt" in errors[0]
    assert page.find_elements(By.CSS_SELECTOR, "#job .joined-story"), "the page says which story it joined"
    assert GOOD_TITLE in [h["title"] for h in api(server, "/api/v1/search?q=Sukamakmur")["hits"]]


def test_pasted_text_keeps_title_date_and_outlet(page, server, wait):
    page.get(server + "/ingest")
    form = page.find_element(By.ID, "ingest")
    form.find_element(By.NAME, "title").send_keys("Posyandu Melati Buka Layanan Malam")
    page.execute_script("arguments[0].value = '2024-06-10'", form.find_element(By.NAME, "published"))
    form.find_element(By.NAME, "outlet").send_keys("Warta Kampung")
    form.find_element(By.NAME, "text").send_keys(
        "Posyandu Melati di Kelurahan Sukaramai kini membuka layanan pada malam hari. Kader posyandu "
        "menyebut banyak ibu bekerja pada siang hari sehingga sulit datang.")
    form.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    wait(lambda d: d.find_elements(By.CSS_SELECTOR, '#job[data-status="done"]'), "the job did not finish")
    page.find_element(By.CSS_SELECTOR, "#job .job-documents li > a:first-child").click()
    wait(lambda d: d.find_elements(By.ID, "document"), "the document did not open")
    assert page.find_element(By.CSS_SELECTOR, "main h1").text == "Posyandu Melati Buka Layanan Malam"
    facts = page.find_element(By.CSS_SELECTOR, ".facts").text
    assert "Warta Kampung" in facts and "10 Juni 2024" in facts


def test_briefing_numbers_and_dates_read_the_indonesian_way(page, server):
    stories = api(server, "/api/v1/stories?limit=200")["stories"]
    texts = {"id": "", "en": ""}
    for lang in texts:
        for s in stories:
            page.get(f"{server}/stories/{s['id']}?lang={lang}")
            texts[lang] += " ".join(v.text for v in page.find_elements(By.CSS_SELECTOR, "#numbers .value")) + " "
            texts[lang] += page.find_element(By.CSS_SELECTOR, ".kicker").text + " "
    page.get(f"{server}/?lang=id")  # leave the browser in Indonesian
    assert re.search(r"\b\d{1,3}(\.\d{3})+\b", texts["id"]), "thousands with a dot: 1.240"
    assert re.search(r"\b\d+,\d\b", texts["id"]), "decimals with a comma: 6,1"
    assert re.search(r"Rp \d+(,\d+)? (juta|miliar|triliun)", texts["id"]), "money in words: Rp 3,85 miliar"
    assert re.search(rf"\b\d{{1,2}} ({MONTHS_ID}) \d{{4}}", texts["id"]), "dates: 21 Mei 2024"
    assert not re.search(r"\b\d{1,3}(,\d{3})+\b", texts["id"]), "no English thousands in Indonesian"
    assert re.search(r"\b\d{1,3}(,\d{3})+\b", texts["en"]) and re.search(r"Rp \d+(\.\d+)? (million|billion)",
                                                                       texts["en"])


def test_language_switch_keeps_page_and_query_and_marks_article_text(page, server):
    page.get(f"{server}/search?q=gempa&lang=id")
    page.find_element(By.CSS_SELECTOR, '.langs a[hreflang="en"]').click()
    assert page.current_url.startswith(f"{server}/search?") and "q=gempa" in page.current_url
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert page.find_element(By.CSS_SELECTOR, "#hits .snippet").get_attribute("lang") == "id"
    assert page.find_element(By.CSS_SELECTOR, "#hits .hit-title").get_attribute("lang") == "id"
    page.find_element(By.CSS_SELECTOR, '.langs a[hreflang="id"]').click()
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
