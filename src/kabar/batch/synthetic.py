"""Invented Indonesian news at any size, as JSONL exports and WARC crawls, for tests and benchmarks.

Events happen a few a day; each is reported by one to six outlets within three days, in news style:
a dateline, who did what where, a number, a quote with its speaker, background. People, places and
organisations are invented from syllables, so nothing here is a real article. ``event`` is the gold
story of each article (for clustering agreement).
"""
from __future__ import annotations

import gzip
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

SYLLABLES = ("ka", "ra", "su", "di", "ma", "to", "wi", "no", "la", "ti", "ba", "ng", "ha", "ri", "se", "pu", "jo",
             "ya", "de", "wa", "mu", "ko", "li", "sa")
FIRST = ("Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Hendra", "Ratna", "Yusuf", "Made", "Andi", "Lestari")
ROLES = ("Kepala Dinas", "Ketua", "Juru bicara", "Direktur", "Wakil Gubernur", "Kepala Badan", "Sekretaris")
ORG_KINDS = ("Dinas Perhubungan", "Badan Pangan", "Dinas Kesehatan", "Koperasi", "Yayasan", "Polres", "BPBD")
TOPICS = (
    ("banjir", "merendam", "rumah", "warga mengungsi", "tanggul jebol", "hujan deras"),
    ("harga beras", "naik", "pasar", "pedagang", "stok gudang", "operasi pasar"),
    ("jalan tol", "diresmikan", "ruas", "kendaraan", "tarif", "pembangunan"),
    ("kebakaran", "menghanguskan", "kios", "petugas pemadam", "kerugian", "api"),
    ("vaksinasi", "digelar", "puskesmas", "peserta", "dosis", "tenaga kesehatan"),
    ("festival", "dibuka", "panggung", "pengunjung", "seniman", "tiket"),
    ("gempa", "mengguncang", "bangunan", "retak", "magnitudo", "BMKG"),
    ("pemilihan", "berlangsung", "tempat pemungutan suara", "pemilih", "surat suara", "saksi"),
)
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
OUTLETS = tuple(f"{a}{b}news.id" for a in ("warta", "kabar", "suara", "lintas", "berita") for b in ("", "kota"))


@dataclass
class Article:
    id: str
    event: str
    title: str
    text: str
    published: str
    url: str
    outlet: str


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def articles(n: int, seed: int = 7, start: date = date(2023, 1, 2), events_per_day: int = 40) -> Iterator[Article]:
    """``n`` invented articles in publication order (a few events a day, 1-6 reports each)."""
    rng = random.Random(seed)
    made, event = 0, 0
    while made < n:
        event += 1
        day = start + timedelta(days=event // events_per_day)
        ev = _event(rng, day)
        for _ in range(rng.randint(1, 6)):
            if made >= n:
                return
            yield _report(rng, ev, day + timedelta(days=rng.randint(0, 2)), made, f"e{event}")
            made += 1


def _event(rng: random.Random, day: date) -> dict:
    topic = rng.choice(TOPICS)
    return {"topic": topic, "place": f"Kabupaten {_word(rng)}", "city": _word(rng, 2) + "an",
            "person": f"{rng.choice(FIRST)} {_word(rng)}", "role": rng.choice(ROLES),
            "org": f"{rng.choice(ORG_KINDS)} {_word(rng)}", "number": rng.randint(2, 900), "day": day,
            "extra": [_word(rng, 2).lower() + "an" for _ in range(4)],
            "keys": [_word(rng, 3).lower() for _ in range(5)]}


def _report(rng: random.Random, ev: dict, pub: date, k: int, event: str) -> Article:
    t = ev["topic"]
    d = ev["day"]
    when = f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    paras = [
        f"{ev['city'].upper()} - {t[0].capitalize()} {t[1]} {ev['place']} pada {when}. Sebanyak {ev['number']} "
        f"{t[2]} terdampak, menurut data {ev['org']}.",
        f"\"Kami sudah menurunkan tim ke lokasi sejak pagi dan akan terus memantau {t[3]},\" kata {ev['role']} "
        f"{ev['org']}, {ev['person']}, di {ev['city']}, {DAYS[pub.weekday()]} ({pub.day}/{pub.month}).",
        f"{ev['person']} menambahkan, {t[4]} menjadi perhatian utama. Warga di sekitar {ev['extra'][0]} dan "
        f"{ev['extra'][1]} diminta tetap waspada terhadap {t[5]}.",
        f"Pada {d.day} {MONTHS[d.month - 1]} {d.year - 1}, peristiwa serupa terjadi di {ev['place']} dengan "
        f"{rng.randint(2, 90)} {t[2]} terdampak. {ev['org']} kala itu menyalurkan bantuan Rp "
        f"{rng.randint(2, 90)} juta ke {ev['extra'][2]}.",
        f"Hingga berita ini diturunkan, {ev['org']} masih mendata {t[2]} di {ev['extra'][3]}. "
        f"Pemerintah {ev['place']} menyiapkan {rng.randint(2, 40)} posko.",
        f"Program {ev['keys'][0]} dan {ev['keys'][1]} disebut menjadi kunci penanganan. Warga {ev['city']} "
        f"berharap {ev['keys'][2]} segera {ev['keys'][3]}, sementara {ev['keys'][4]} ditunda.",
    ]
    rng.shuffle(paras[2:])
    outlet = rng.choice(OUTLETS)
    title = f"{t[0].capitalize()} {t[1]} {ev['place']}, {ev['person']}: {ev['keys'][0]} {ev['keys'][2]}"
    return Article(id=f"a{k:07d}", event=event, title=title, text="\n\n".join(paras), published=pub.isoformat(),
                   url=f"https://{outlet}/{pub.isoformat()}/{k}", outlet=outlet)


def write_jsonl(path: str, items: Iterator[Article]) -> dict[str, str]:
    """One export line per article (gzip when ``path`` ends in .gz); article url -> gold event."""
    gold = {}
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for a in items:
            fh.write(json.dumps({"title": a.title, "text": a.text, "published": a.published, "url": a.url,
                                 "outlet": a.outlet}, ensure_ascii=False) + "\n")
            gold[a.url] = a.event
    return gold


def html_page(a: Article) -> str:
    body = "".join(f"<p>{p}</p>" for p in a.text.split("\n\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{a.title} - {a.outlet}</title>"
            f"<meta property='article:published_time' content='{a.published}T08:00:00+07:00'>"
            f"<meta property='og:site_name' content='{a.outlet}'></head><body><nav><a href='/'>Beranda</a> "
            f"<a href='/nasional'>Nasional</a></nav><article><h1>{a.title}</h1>{body}</article>"
            f"<footer>Hak cipta {a.outlet}</footer></body></html>")


def warc_record(url: str, payload: bytes, content_type: str = "text/html; charset=utf-8",
                crawled: str = "2024-01-01T00:00:00Z", kind: str = "response", status: str = "200 OK") -> bytes:
    """One WARC/1.0 record (an HTTP response, or a request)."""
    if kind == "response":
        block = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
                 ).encode() + payload
        ctype = "application/http; msgtype=response"
    else:
        block = f"GET {url} HTTP/1.1\r\nHost: example\r\n\r\n".encode()
        ctype = "application/http; msgtype=request"
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {crawled}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + url)}>\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: str, items: Iterator[Article], extras: bool = True) -> dict[str, str]:
    """A crawl of the articles' pages (record-wise gzip when ``path`` ends in .gz), with a request record
    before each page and an image after every tenth when ``extras``; article url -> gold event."""
    gold = {}
    pack = gzip.compress if path.endswith(".gz") else (lambda b: b)
    with open(path, "wb") as fh:
        for i, a in enumerate(items):
            crawled = f"{a.published}T12:00:00Z"
            if extras:
                fh.write(pack(warc_record(a.url, b"", kind="request", crawled=crawled)))
            fh.write(pack(warc_record(a.url, html_page(a).encode("utf-8"), crawled=crawled)))
            if extras and i % 10 == 9:
                fh.write(pack(warc_record(a.url + ".jpg", b"\xff\xd8\xff\xe0" + bytes(200), "image/jpeg", crawled)))
            gold[a.url] = a.event
    return gold
