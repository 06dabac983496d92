"""Bytes to text: BOMs, UTF-8, UTF-16 and legacy code pages, never a crash.

In order: a byte-order mark; UTF-16 without one; strict UTF-8; the charset the
page declares (``<meta charset>``, an XML declaration); UTF-8 holding a few stray
bytes (each becomes U+FFFD, the rest stays UTF-8 rather than turning into
mojibake in a legacy code page); charset-normalizer's guess, where a multi-byte
Asian code page is not believed for text that is almost all ASCII (one "°" in
a latin-1 file is not a Japanese half-width katakana).
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryInput, EmptyInput
from .fields import scrub

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab/newline/carriage return/form feed: a text file has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
MAX_CONTROL_RATIO = 0.01
# <meta charset="utf-8">, <meta http-equiv=... content="text/html; charset=utf-8">, <?xml encoding="...">
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|"""
                       rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
DECLARED_SCAN_BYTES = 4096
# UTF-8 with stray bytes: at most this share of its non-ASCII characters may be broken.
MAX_STRAY_SHARE = 0.05
MAX_STRAY_BYTES = 3  # ... or this many, whatever the share
# Below this share of non-ASCII bytes a text is Latin-script prose, never a multi-byte Asian code page.
MIN_NON_ASCII_FOR_CJK = 0.2
_MULTIBYTE_ASIAN = frozenset({
    "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213",
    "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab",
    "iso2022_kr",
})


def decode_bytes(data: bytes, path: str | None) -> str:
    """Decode ``data`` or raise BinaryInput / EmptyInput naming ``path``."""
    if not data.strip():
        raise EmptyInput(path, "the file is empty")
    text = _by_bom(data) or _utf16_without_bom(data) or _utf8(data) or _declared(data) or _utf8_stray(data)
    if text is None:
        _reject_binary(data, path)
        text = _detect(data, path)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise BinaryInput(path, "this looks like a binary file, not text (control characters in it)")
    text = normalize(text)
    if not text.strip():
        raise EmptyInput(path, "the file holds no text")
    return text


def normalize(text: str) -> str:
    """One newline convention, NFC, no zero-width or no-break oddities."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u2028", "\n")
    return unicodedata.normalize("NFC", scrub(text))


def _by_bom(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows up as NUL bytes at every other position."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    enc = "utf-16-le" if odd > 0.3 and even < 0.05 else "utf-16-be" if even > 0.3 and odd < 0.05 else None
    if not enc:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _declared(data: bytes) -> str | None:
    """The page's own charset declaration, stray bytes replaced (U+FFFD)."""
    m = _DECLARED.search(data[:DECLARED_SCAN_BYTES])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    text = data.decode(name, errors="replace")
    return text if _few_broken(text, data) else None  # a false declaration: detect instead


def _utf8_stray(data: bytes) -> str | None:
    """UTF-8 with a few undecodable bytes: valid multi-byte characters outnumber the broken ones."""
    text = data.decode("utf-8", errors="replace")
    valid = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return text if valid >= _broken(text, data) and _few_broken(text, data) else None


def _broken(text: str, data: bytes) -> int:
    """U+FFFD that decoding made (not those the data spelled out)."""
    return text.count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _few_broken(text: str, data: bytes) -> bool:
    """At most a few broken characters: a handful, or a small share of the non-ASCII ones."""
    non_ascii = sum(1 for c in text if ord(c) > 0x7F)
    return _broken(text, data) <= max(MAX_STRAY_BYTES, MAX_STRAY_SHARE * non_ascii)


def _reject_binary(data: bytes, path: str | None) -> None:
    if b"\x00" in data[:8000]:
        raise BinaryInput(path, "this is a binary file (NUL bytes), not text")


def _detect(data: bytes, path: str | None) -> str:
    """Legacy encodings: charset-normalizer's best guess, cp1252 as the last resort."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = [best.encoding] if best and _plausible(best.encoding, data) else []
    for enc in guess + ["cp1252", "latin-1"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BinaryInput(path, "the text encoding could not be determined")


def _plausible(encoding: str, data: bytes) -> bool:
    """A multi-byte Asian code page only for text with many non-ASCII bytes."""
    if codecs.lookup(encoding).name not in _MULTIBYTE_ASIAN:
        return True
    sample = data[:200_000]
    return sum(b > 0x7F for b in sample) >= MIN_NON_ASCII_FOR_CJK * len(sample)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
