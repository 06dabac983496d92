"""Walk the inputs a user names and turn each into Raw documents or clear errors.

A folder is walked recursively (sorted, hidden files skipped); ``-`` reads
standard input; ``http(s)://`` fetches the page the user asked for. Errors are
yielded, not raised, so a batch always goes on.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, TooLarge, UnsupportedInput
from ..model import Raw, Source
from ..settings import Settings
from .decode import decode_bytes
from .html import html_to_raw, looks_like_html
from .formats import OTHER_SUFFIXES, is_supported, read_other
from .records import iter_json, iter_jsonl

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", *OTHER_SUFFIXES)
URL_TIMEOUT_S = 20
# Files that document a folder (a dataset's README, its licence) rather than report news; a folder walk
# skips them so `kabar ingest corpus/` does not file the corpus notes as an article.
PROJECT_DOCS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE",
                          "COPYING", "AUTHORS"})


def iter_inputs(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Raw | InputError]:
    """Every document in ``paths``, in order; unreadable ones as InputError values."""
    settings = settings or Settings()
    for given in paths:
        if given == "-":
            yield from _guard(given, lambda: _from_stdin(settings))
        elif given.startswith(("http://", "https://")):
            yield from _guard(given, lambda g=given: url_documents(g, settings))
        elif os.path.isdir(given):
            for path in _walk(given):
                yield from _guard(path, lambda p=path: read_path(p, settings))
        elif not os.path.exists(given):
            yield InputError(given, "no such file or folder")
        else:
            yield from _guard(given, lambda g=given: read_path(g, settings))


def count_inputs(paths: Iterable[str]) -> int:
    """How many inputs (files, URLs, stdin) ``iter_inputs`` will read: the total a progress bar counts to."""
    return sum(len(_walk(p)) if p != "-" and not p.startswith(("http://", "https://")) and os.path.isdir(p) else 1
               for p in paths)


def _guard(path: str, produce) -> Iterator[Raw | InputError]:
    """Turn an exception while reading one input into an error value."""
    try:
        yield from produce()
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(path, f"could not be read ({exc.strerror or exc})")
    except Exception as exc:
        # A reader bug (or a library's) must cost this input, never the batch.
        yield InputError(path, f"could not be read ({type(exc).__name__}: {exc})")


def _walk(folder: str) -> list[str]:
    """Supported files under ``folder``, sorted, skipping hidden ones and the file we are writing to."""
    found, own = [], _output_identity()
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.startswith(".") or not is_supported(path) or _is_project_doc(name):
                continue
            if own and _identity(path) == own:
                continue  # `kabar analyze DIR > DIR/out.jsonl` must not read its own output
            found.append(path)
    return found


def _is_project_doc(name: str) -> bool:
    """README, LICENSE and the like describe a folder; they are not articles (named explicitly, they are read)."""
    return Path(name).stem.upper() in PROJECT_DOCS


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _output_identity() -> tuple[int, int] | None:
    """(device, inode) of standard output when it is a regular file."""
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    import stat
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def read_path(path: str, settings: Settings | None = None) -> Iterator[Raw | InputError]:
    """All documents in one file (one, or many for JSON/JSONL exports)."""
    settings = settings or Settings()
    other = read_other(path, settings)  # WARC, feeds, sitemaps, compressed files (io/formats.py)
    if other is not None:
        yield from other
        return
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedInput(path, f"unsupported file type '{suffix or '(none)'}'; kabar reads {', '.join(SUPPORTED)}")
    size = os.path.getsize(path)
    if size > settings.max_bytes:
        raise TooLarge(path, f"the file is {size:,} bytes, over the limit of {settings.max_bytes:,} "
                             "(raise it with --max-bytes)")
    with open(path, "rb") as f:
        text = decode_bytes(f.read(), path)
    yield from parse_text(text, path, suffix)


def parse_text(text: str, path: str, suffix: str, url: str | None = None) -> Iterator[Raw | InputError]:
    """Documents from already-decoded text of the given kind."""
    source = Source(path=path, url=url)
    if suffix == ".jsonl":
        yield from iter_jsonl(text, path)
    elif suffix == ".json":
        yield from iter_json(text, path)
    elif suffix in (".html", ".htm") or (suffix != ".md" and looks_like_html(text)):
        yield html_to_raw(text, source)
    elif suffix == ".md":
        yield _markdown(text, source)
    else:
        yield Raw(source=source, text=text, meta={"format": "text"})


def _markdown(text: str, source: Source) -> Raw:
    """Markdown: a leading '# ' heading is the title; other markup marks are dropped."""
    import re
    lines = text.split("\n")
    title = None
    for i, line in enumerate(lines):
        if line.strip():
            if line.lstrip().startswith("# "):
                title = line.lstrip()[2:].strip()
                lines[i] = title
            break
    body = "\n".join(re.sub(r"^#{1,6}\s+|^\s*[*-]\s+(?=\S)", "", ln) for ln in lines)
    # Bounded spans: from every unclosed '**' or '[' an unbounded one ran on to the end of the line or
    # text, quadratic on a page of them (fuzz seed 29 #13726: 35 KB of Markdown, 4.9 s).
    body = re.sub(r"\*\*(.{1,300}?)\*\*|__(.{1,300}?)__", lambda m: m.group(1) or m.group(2), body)
    body = re.sub(r"\[([^\]\n]{1,300})\]\([^)\s]{1,2000}\)", r"\1", body)
    return Raw(source=source, text=body, title=title, meta={"format": "markdown"})


def _from_stdin(settings: Settings) -> Iterator[Raw | InputError]:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise TooLarge("-", f"standard input is over the limit of {settings.max_bytes:,} bytes")
    text = decode_bytes(data, "-")
    first = text.lstrip()[:1]
    suffix = ".jsonl" if first == "{" and "\n{" in text.strip() else ".json" if first in "[{" else ".txt"
    yield from parse_text(text, "-", suffix)


def url_documents(url: str, settings: Settings) -> Iterator[Raw | InputError]:
    """The page at a URL the user named, or the items of the feed or sitemap found there."""
    data = _fetch_bytes(url, settings)
    from .feeds import read_xml, sniff
    if sniff(data):
        yield from read_xml(data, url, settings)
    else:
        yield _page(data, url)


def fetch_url(url: str, settings: Settings) -> Raw:
    """Fetch one page the user named (the only network access kabar makes)."""
    return _page(_fetch_bytes(url, settings), url)


def _fetch_bytes(url: str, settings: Settings) -> bytes:
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "kabar/0.1 (+news analysis)"})
    try:
        with urllib.request.urlopen(req, timeout=URL_TIMEOUT_S) as resp:
            data = resp.read(settings.max_bytes + 1)
    except Exception as exc:
        raise InputError(url, f"could not be fetched ({exc})")
    if len(data) > settings.max_bytes:
        raise TooLarge(url, f"the page is over the limit of {settings.max_bytes:,} bytes")
    return data


def _page(data: bytes, url: str) -> Raw:
    text = decode_bytes(data, url)
    if not looks_like_html(text):
        return Raw(source=Source(path=url, url=url), text=text, meta={"format": "text"})
    return html_to_raw(text, Source(path=url, url=url))
