"""Across outlets: near-duplicates, shared passages, stories and storylines."""
