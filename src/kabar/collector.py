"""Python's cycle collector paused while a document runs through the pipeline.

Analysing one document allocates many small objects that live until the document is done
(tokens, spans, candidates, annotations). With the collector on, each full collection walks
the whole heap, and a long document triggers more of them over a larger heap: at 2 MB of
prose the collector cost grew 27x for a 10x larger input (``benchmarks/linearity.py``).
Little of that garbage is cyclic, so the collector is paused for the document and resumes
after it; what the document left in cycles is collected by the next automatic run.

Pauses nest and may come from several threads at once (the web writer and an API request):
the collector resumes when the last of them ends, and only if it was on before the first.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.Lock()
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off (restored when the last overlapping block ends)."""
    with _LOCK:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()
