"""Invented articles in every format kabar reads: the seeds the fuzzer mutates.

All names, places and figures are made up for these fixtures.
"""
from __future__ import annotations

import json

ARTICLE = (
    "Samarinda, Warta Mahakam - Banjir merendam 1.240 rumah di Kecamatan Sungai Pinang, Samarinda, "
    "pada Senin (3/6/2024) malam setelah hujan deras selama enam jam.\n\n"
    "Kepala BPBD Samarinda, Rudi Hartono, mengatakan ketinggian air mencapai 1,5 meter. \"Kami sudah "
    "mengerahkan 12 perahu karet,\" kata Rudi kepada wartawan, Selasa (4/6).\n\n"
    "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), hujan masih akan turun hingga Kamis. "
    "Wali Kota Samarinda, Andi Harun Saputra, menetapkan status tanggap darurat selama 14 hari.\n\n"
    "Baca Juga: Harga Beras di Samarinda Naik Rp 1.000 per Kilogram\n\n"
    "Sebanyak 3.500 warga mengungsi ke 8 posko. Kerugian ditaksir Rp 2,5 miliar.\n\n"
    "Penulis: Sari Dewi | Editor: Hendra Gunawan\n"
)
TITLE = "Banjir Rendam 1.240 Rumah di Samarinda"
HTML = (
    "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + TITLE + " - Warta Mahakam</title>"
    "<meta property=\"article:published_time\" content=\"2024-06-04T08:15:00+08:00\">"
    "<meta name=\"author\" content=\"Sari Dewi\"><meta property=\"og:site_name\" content=\"Warta Mahakam\">"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"" + TITLE + "\","
    " \"datePublished\": \"2024-06-04\", \"author\": {\"name\": \"Sari Dewi\"}}</script></head><body>"
    "<nav><a href=\"/\">Beranda</a> | <a href=\"/daerah\">Daerah</a></nav><article><h1>" + TITLE + "</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n") if p.strip())
    + "<div class=\"share\">Bagikan: Facebook Twitter WhatsApp</div></article>"
    "<footer>&copy; 2024 Warta Mahakam. All rights reserved.</footer></body></html>"
)
MARKDOWN = "# " + TITLE + "\n\n" + ARTICLE.replace("Banjir merendam", "**Banjir** merendam") + \
    "\n- [Berita lain](https://contoh.example/a)\n"
RECORD = {"title": TITLE, "text": ARTICLE, "url": "https://wartamahakam.example/banjir-samarinda",
          "published": "2024-06-04T08:15:00+08:00", "author": ["Sari Dewi", {"name": "Hendra Gunawan"}],
          "outlet": {"name": "Warta Mahakam"}}
SECOND = {"judul": "Harga Cabai di Pasar Segiri Turun", "isi": "Harga cabai rawit di Pasar Segiri, Samarinda, "
          "turun dari Rp 80.000 menjadi Rp 65.000 per kilogram pada Rabu (5/6/2024). Pedagang, Siti Aminah, "
          "menyebut pasokan dari Sulawesi mulai lancar.", "tanggal": 1717545600, "penulis": "Budi dan Sari"}



def _warc_record(url: str, html: str, day: str) -> bytes:
    """One WARC response record holding an HTTP 200 answer with ``html``."""
    body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode("utf-8")
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: {day}T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10 ** 12:012d}-0000-0000-0000-000000000000>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("ascii") + body + b"\r\n\r\n"


def _feed_item(record: dict) -> str:
    return (f"<item><title>{record['title']}</title><link>{record['url']}</link>"
            f"<pubDate>Tue, 04 Jun 2024 08:15:00 +0800</pubDate>"
            f"<description><![CDATA[{record['text']}]]></description></item>")


SECOND_HTML = HTML.replace(TITLE, SECOND["judul"]).replace(ARTICLE.split("\n\n")[0], SECOND["isi"])
WARC = (_warc_record(RECORD["url"], HTML, "2024-06-04")
        + _warc_record("https://wartamahakam.example/cabai", SECOND_HTML, "2024-06-05"))
RSS = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Warta Mahakam</title>"
       + _feed_item(RECORD) + _feed_item({"title": SECOND["judul"], "url": "https://wartamahakam.example/cabai",
                                          "text": SECOND["isi"]}) + "</channel></rss>")
ATOM = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        "<title>Warta Mahakam</title><entry><title>" + TITLE + "</title>"
        "<link href=\"" + RECORD["url"] + "\"/><updated>2024-06-04T08:15:00+08:00</updated>"
        "<author><name>Sari Dewi</name></author><content type=\"html\"><![CDATA[" + HTML + "]]></content></entry></feed>")

SEEDS: dict[str, bytes] = {
    ".txt": (TITLE + "\n\n" + ARTICLE).encode("utf-8"),
    ".md": MARKDOWN.encode("utf-8"),
    ".html": HTML.encode("utf-8"),
    ".json": json.dumps({"articles": [RECORD, SECOND]}, ensure_ascii=False).encode("utf-8"),
    ".jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in (RECORD, SECOND, RECORD | {"text": HTML})
                        ).encode("utf-8") + b"\n",
    ".warc": WARC,
    ".rss": RSS.encode("utf-8"),
    ".atom": ATOM.encode("utf-8"),
}
# Compressed inputs are mutated as they lie on disk (mostly damaging the compression itself).
SEEDS[".warc.gz"] = b"".join(__import__("gzip").compress(r) for r in
                             (_warc_record(RECORD["url"], HTML, "2024-06-04"),
                              _warc_record("https://wartamahakam.example/cabai", SECOND_HTML, "2024-06-05")))
SEEDS[".jsonl.gz"] = __import__("gzip").compress(SEEDS[".jsonl"])
