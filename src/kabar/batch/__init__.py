"""Corpora beyond one process: analysis on a Dask cluster into a Parquet lake, stories over the lake,
and the way back into a store.

Entry points (each loads Dask/pyarrow only when called; they come with the ``scale`` extra):

* :func:`run_batch` (``kabar batch``): inputs -> lake, resumable (:mod:`.run`, :mod:`.units`, :mod:`.lake`)
* :func:`cluster_lake` (``kabar stories --lake``): story clustering in time windows (:mod:`.stories`)
* :func:`load_lake` / :func:`export_store` (``kabar load`` / ``kabar export``): :mod:`.transfer`
"""
from __future__ import annotations

_ENTRY_POINTS = {"run_batch": ".run", "cluster_lake": ".stories", "load_lake": ".transfer",
                 "export_store": ".transfer"}
__all__ = list(_ENTRY_POINTS)


def __getattr__(name: str):
    if name in _ENTRY_POINTS:
        from importlib import import_module
        return getattr(import_module(_ENTRY_POINTS[name], __name__), name)
    raise AttributeError(name)
