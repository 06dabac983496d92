"""Bytes to text: BOMs, UTF-8, UTF-16 and legacy code pages, never a crash."""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryInput, EmptyInput

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


def decode_bytes(data: bytes, path: str | None) -> str:
    """Decode ``data`` or raise BinaryInput / EmptyInput naming ``path``."""
    if not data.strip():
        raise EmptyInput(path, "the file is empty")
    text = _by_bom(data) or _utf16_without_bom(data) or _utf8(data)
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
    return unicodedata.normalize("NFC", text)


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


def _reject_binary(data: bytes, path: str | None) -> None:
    if b"\x00" in data[:8000]:
        raise BinaryInput(path, "this is a binary file (NUL bytes), not text")


def _detect(data: bytes, path: str | None) -> str:
    """Legacy encodings: charset-normalizer's best guess, cp1252 as the last resort."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    for enc in ([best.encoding] if best else []) + ["cp1252", "latin-1"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BinaryInput(path, "the text encoding could not be determined")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
