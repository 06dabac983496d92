"""``kabar serve``: the web UI and the JSON API over the store (one view dict, rendered as HTML or JSON).

    from kabar.web import create_app
    app = create_app("kabar.db")

Imported lazily, so the command line does not load the web stack unless it serves.
"""
from __future__ import annotations

__all__ = ["create_app", "WebConfig"]


def __getattr__(name: str):
    if name in __all__:
        from . import app
        return getattr(app, name)
    raise AttributeError(name)
