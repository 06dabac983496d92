"""Readers: every supported input becomes a :class:`~kabar.model.Raw` (or a clear InputError)."""
from .readers import SUPPORTED, iter_inputs, read_path

__all__ = ["SUPPORTED", "iter_inputs", "read_path"]
