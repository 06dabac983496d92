"""Hostile inputs for every reader: the fixtures mutated, and records generated from scratch.

``make_input(rng)`` draws one input: a file suffix and its bytes. Half are mutations
of :mod:`fixtures` (bytes flipped, cut, repeated, spliced, hostile tokens inserted,
JSON fields swapped for hostile values, re-encoded); half are generated (JSON values
of every type and depth, random Unicode text, markup soup). The same seed always
draws the same inputs, so a failure is reproduced by its seed and index.
"""
from __future__ import annotations

import json
import random
from typing import Any, Callable

from .fixtures import SEEDS

SUFFIXES = tuple(SEEDS)
# Inputs up to 200 KB (ten long articles): hostile content is the point here; how cost grows with
# size is measured by benchmarks/linearity.py up to 2 MB.
MAX_BYTES = 200_000
# Tokens that broke readers or stages before, or could: numbers, escapes, marks, markup, long runs.
HOSTILE_TOKENS = (
    "\\ud800", "\\udfff", "\\u0000", "NaN", "Infinity", "-Infinity", "1e300", "-1e308", "9" * 5000,
    "[" * 1200, "{\"a\":" * 400, "\ufffd", "\u202e", "\u200b", "\x00", "\x1b[31m", "\r", "\r\n\r\n",
    "<script>alert(1)</script>", "<!--", "-->", "]]>", "<![CDATA[", "</p></div></body>", "&#xd800;", "&#0;",
    "&amp;amp;", "<meta charset=\"utf-16\">", "<p>" * 300, "Halaman 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 Lainnya",
    "." * 20_000, " " * 5_000, "“" * 3_000, "\"" * 2_001, "‘" * 500, "(" * 2_000, "Baca Juga:", "(Foto: ANTARA)",
    "Senin (31/2/2024)", "Rp 1.000.000.000.000.000.000.000", "2,3,4,5,6", "1,2,5 persen", "Kata dia\"Kata dia\"",
    "DM Tengah \"Kata dia\"Kata dia\"Kata dia", "Jakarta, KOMPAS.com -", "(ant/nam)", "Penulis: | Editor:",
    "tahun 1999-2000-2001-2002", "pukul 25.99 WIB", "abad ke-", "ke-" * 500, "se" * 2_000, "dua puluh " * 400,
    "PT " * 1_000, "Bapak " * 800, "KPK " * 1_500, "😀" * 1_000, "e\u0301" * 1_000, "ꦗꦮ" * 500,
)
HOSTILE_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1e300, float("nan"), float("inf"), 10 ** 40, [], {}, [[["x"]]], {"name": 5},
    {"name": ["a"]}, ["a", 1, None, {"x": []}], "", " ", "kemarin sore", "2024-13-45", "0000-00-00",
    "\ud800", "x" * 100_000, "<b>" * 500, [1] * 1000,
)
ARTICLE_FIELDS = ("text", "content", "isi", "title", "judul", "published", "date", "tanggal", "author", "authors",
                  "penulis", "url", "link", "outlet", "source", "publisher")


def make_input(rng: random.Random) -> tuple[str, bytes, str]:
    """(suffix, bytes, a few words saying how it was made)."""
    if rng.random() < 0.5:
        suffix = rng.choice(SUFFIXES)
        data, how = SEEDS[suffix], []
        for _ in range(rng.randint(1, 4)):
            op = rng.choice(MUTATIONS)
            data = op(rng, data, suffix)
            how.append(op.__name__.lstrip("_"))
        return suffix, data[:MAX_BYTES], "mutated: " + ",".join(how)
    gen = rng.choice(GENERATORS)
    suffix, data = gen(rng)
    return suffix, data[:MAX_BYTES], "generated: " + gen.__name__.lstrip("_")


# -- mutations of a fixture ----------------------------------------------------

def _flip(rng, data: bytes, _suffix) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _cut(rng, data: bytes, _suffix) -> bytes:
    if len(data) < 2:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, max(1, len(data) // 3)):]


def _truncate(rng, data: bytes, _suffix) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def _repeat(rng, data: bytes, _suffix) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    chunk = data[i:i + rng.randint(1, 200)]
    return data[:i] + chunk * int(10 ** rng.uniform(0.3, 3.3)) + data[i:]  # 2 to 2,000 copies, most few


def _splice(rng, data: bytes, _suffix) -> bytes:
    other = SEEDS[rng.choice(SUFFIXES)]
    i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return data[:i] + other[j:j + rng.randint(1, 3_000)] + data[i:]


def _token(rng, data: bytes, _suffix) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + rng.choice(HOSTILE_TOKENS).encode("utf-8", "surrogatepass") + data[i:]


def _field(rng, data: bytes, suffix) -> bytes:
    """A JSON field of one record set to a hostile value (or the record replaced by one)."""
    if suffix not in (".json", ".jsonl"):
        return _token(rng, data, suffix)
    try:
        lines = data.decode("utf-8").split("\n") if suffix == ".jsonl" else [data.decode("utf-8")]
        k = rng.randrange(len(lines))
        obj = json.loads(lines[k]) if lines[k].strip() else {}
    except (UnicodeDecodeError, ValueError):
        return _token(rng, data, suffix)
    target = obj["articles"][0] if isinstance(obj, dict) and isinstance(obj.get("articles"), list) \
        and obj["articles"] and isinstance(obj["articles"][0], dict) else obj
    value = rng.choice(HOSTILE_VALUES)
    if isinstance(target, dict):
        target[rng.choice(ARTICLE_FIELDS)] = value
    else:
        obj = value
    lines[k] = json.dumps(obj, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def _encoding(rng, data: bytes, _suffix) -> bytes:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig", "gb18030"))
    return text.encode(enc, "replace")


MUTATIONS: tuple[Callable, ...] = (_flip, _cut, _truncate, _repeat, _splice, _token, _token, _field, _field, _encoding)


# -- generated from scratch ------------------------------------------------------

def _value(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value: any type, nested a little."""
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return rng.choice(HOSTILE_VALUES)
    if kind == 1:
        return rng.choice((rng.randint(-10 ** 12, 10 ** 13), rng.uniform(-1e15, 1e15), rng.random()))
    if kind == 2:
        return _unicode(rng, rng.randint(0, 300))
    if kind == 3:
        return rng.choice(HOSTILE_TOKENS)
    if kind == 4:
        return rng.choice((None, True, False))
    if kind in (5, 6):
        return {rng.choice(ARTICLE_FIELDS): _value(rng, depth + 1) for _ in range(rng.randint(0, 6))}
    return [_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]


def _unicode(rng: random.Random, n: int) -> str:
    """Text from a mix of Indonesian words, punctuation, marks and random code points (surrogates too)."""
    words = ("Jakarta", "pada", "Senin", "(3/6)", "kata", "Rudi", "\"", "“", "”", ".", ",", "Rp", "1.000", "persen",
             "\n", "\n\n", "BPBD", "yang", "di", "Baca", "Juga:", "(*)", "-", "–", "tahun", "2024")
    out = []
    for _ in range(n):
        r = rng.random()
        out.append(rng.choice(words) if r < 0.7 else chr(rng.randrange(0x20, 0x3000)) if r < 0.95
                   else chr(rng.randrange(0x110000)))
    return " ".join(out)


def _json_record(rng) -> tuple[str, bytes]:
    record = {name: _value(rng) for name in rng.sample(ARTICLE_FIELDS, rng.randint(1, 8))}
    if rng.random() < 0.7:
        record["text"] = _unicode(rng, rng.randint(0, 400))
    return ".json", json.dumps(record, allow_nan=True).encode("utf-8")


def _jsonl_records(rng) -> tuple[str, bytes]:
    lines = [json.dumps(_value(rng, 3) if rng.random() < 0.3 else
                        {"text": _unicode(rng, rng.randint(1, 200)), "published": _value(rng, 4),
                         "author": _value(rng, 3)}, allow_nan=True) for _ in range(rng.randint(1, 8))]
    return ".jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")


def _text(rng) -> tuple[str, bytes]:
    return rng.choice((".txt", ".md")), _unicode(rng, rng.randint(0, 3_000)).encode("utf-8", "surrogatepass")


def _markup(rng) -> tuple[str, bytes]:
    tags = ("<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<title>", "</title>", "<h1>",
            "<meta property=\"article:published_time\" content=\"", "\">", "<a href=\"javascript:x\">", "</a>",
            "<table>", "<td>", "<!--", "-->", "<style>", "</style>", "<article>", "</article>")
    parts = [rng.choice(tags) if rng.random() < 0.4 else _unicode(rng, rng.randint(1, 30))
             for _ in range(rng.randint(1, 600))]
    return rng.choice((".html", ".htm")), "".join(parts).encode("utf-8", "surrogatepass")


def _raw_bytes(rng) -> tuple[str, bytes]:
    return rng.choice(SUFFIXES), bytes(rng.randrange(256) for _ in range(rng.randint(0, 2_000)))


GENERATORS: tuple[Callable, ...] = (_json_record, _jsonl_records, _text, _markup, _raw_bytes)
