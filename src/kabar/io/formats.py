"""Inputs beyond single text files: WARC archives, feeds, sitemaps and compressed files.

:func:`read_other` is the hook the plain readers call first: it returns the documents of such an input,
or None when the file is a plain one they read themselves.
"""
from __future__ import annotations

import os
from typing import Iterator

from ..errors import InputError, TooLarge, UnsupportedInput
from ..model import Raw
from ..settings import Settings
from .compressed import COMPRESSIONS, read_decompressed, split_suffix
from .feeds import FEED_SUFFIXES, read_xml

PLAIN_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
WARC_SUFFIX = ".warc"
OTHER_SUFFIXES = (WARC_SUFFIX, *FEED_SUFFIXES, *COMPRESSIONS)


def is_supported(path: str) -> bool:
    """True for a file kabar reads (compressed or not): what a folder walk picks up.

    A ``.xml`` file is picked up only when it is a feed or a sitemap (folders hold other XML).
    """
    inner, compression = split_suffix(path)
    if inner == ".xml" and compression is None:
        return _sniff_file(path)
    return inner in PLAIN_SUFFIXES + (WARC_SUFFIX, *FEED_SUFFIXES)


def _sniff_file(path: str) -> bool:
    from .feeds import sniff
    try:
        with open(path, "rb") as f:
            return sniff(f.read(4096)) is not None
    except OSError:
        return True  # let the reader report why it cannot be read


def read_other(path: str, settings: Settings) -> Iterator[Raw | InputError] | None:
    """Documents of a WARC, feed, sitemap or compressed file; None for a plain file."""
    inner, compression = split_suffix(path)
    if inner == WARC_SUFFIX and compression in (None, ".gz", ".zst"):
        from .warc import iter_warc
        return iter_warc(path, settings.max_bytes)  # fastwarc reads gzip and zstd itself
    if compression is None and inner not in FEED_SUFFIXES:
        return None
    if inner not in PLAIN_SUFFIXES + FEED_SUFFIXES:
        raise UnsupportedInput(path, f"unsupported file type '{inner or '(none)'}' inside the {compression} file")
    return _decompressed(path, inner, compression, settings)


def _decompressed(path: str, inner: str, compression: str | None, settings: Settings) -> Iterator[Raw | InputError]:
    """A compressed plain file, or a feed/sitemap: read whole (within max_bytes), then parsed by kind."""
    if compression is None and os.path.getsize(path) > settings.max_bytes:
        raise TooLarge(path, f"the file is over the limit of {settings.max_bytes:,} bytes (raise it with --max-bytes)")
    data = read_decompressed(path, compression, settings.max_bytes)
    if inner in FEED_SUFFIXES:
        yield from read_xml(data, path, settings)
        return
    from .decode import decode_bytes
    from .readers import parse_text
    yield from parse_text(decode_bytes(data, path), path, inner)
