"""Built-in stages, registered through the same :func:`kabar.pipeline.register` a plugin would use.

``ORDER`` is the default pipeline; a stage whose module is not imported here is
simply left out of it.
"""
from __future__ import annotations

from ..pipeline import REGISTRY

# Importing a module registers its stage.
from . import clean, language, sentences, published, times, quantities, quotes, entities, events  # noqa: F401,E402

ORDER = ("clean", "language", "sentences", "published", "entities", "times", "quantities", "quotes", "events")


def default_stages() -> list[str]:
    """The default pipeline: every registered built-in stage, in ``ORDER``."""
    return [name for name in ORDER if name in REGISTRY]
