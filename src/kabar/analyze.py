"""The library's main entry: inputs in, analysed :class:`Document` objects out."""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import InputError, KabarError
from .io import iter_inputs
from .model import Document, Raw
from .pipeline import Pipeline
from .settings import Settings

CONTRACT_LISTS = ("boilerplate", "sentences", "entities", "times", "quantities", "quotes", "events")


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """All built-in stages in their default order."""
    from .stages import default_stages
    return Pipeline.build(default_stages(), settings)


def analyze_raw(raw: Raw, pipeline: Pipeline) -> Document:
    """Run one read input through the pipeline."""
    return pipeline(Document.from_raw(raw))


def analyze_text(text: str, title: str | None = None, settings: Settings | None = None,
                 pipeline: Pipeline | None = None, path: str | None = None) -> Document:
    """Analyse one article given as a string."""
    from .io.decode import normalize
    from .model import Source
    raw = Raw(source=Source(path=path), text=normalize(text), title=title, meta={"format": "text"})
    return analyze_raw(raw, pipeline or default_pipeline(settings))


def analyze(paths: Iterable[str], settings: Settings | None = None,
            pipeline: Pipeline | None = None, workers: int = 1, known=None) -> Iterator[Document | KabarError]:
    """Every document under ``paths``, analysed, in input order; failures come back as error values.

    ``workers`` > 1 analyses in that many processes (the default pipeline only); the order and the
    results are the same. ``known`` (a :class:`kabar.store.known.KnownContent`) skips inputs a store
    already holds: they come back as :class:`kabar.store.known.Known` values, not analysed.
    """
    settings = settings or Settings()
    if workers > 1 and pipeline is None:
        from .parallel import analyze_parallel
        yield from analyze_parallel(paths, settings, workers, known)
        return
    pipeline = pipeline or default_pipeline(settings)
    for item in iter_inputs(paths, settings):
        if isinstance(item, InputError):
            yield item
            continue
        if known is not None and (found := known.known(item)) is not None:
            yield found
            continue
        try:
            yield analyze_raw(item, pipeline)
        except KabarError as exc:
            yield exc
        except Exception as exc:  # whatever one document does, the batch goes on
            yield InputError(item.source.path, f"could not be analysed ({type(exc).__name__}: {exc})",
                             line=item.source.line)


def error_record(exc: KabarError) -> dict:
    """The contract's object for an input that could not be analysed."""
    path = getattr(exc, "path", None) or getattr(exc, "doc_path", None)
    rec = {"id": None, "source": {"path": path, "url": None, "outlet": None}, "error": str(exc),
           "title": None, "published": None, "language": None, "text": None,
           "byline": {"authors": [], "editors": [], "agencies": []}}
    if getattr(exc, "line", None) is not None:
        rec["source"]["line"] = exc.line
    rec.update({name: [] for name in CONTRACT_LISTS})
    return rec
