"""Regex alternations of many words, written as a prefix tree so the regex engine tries fewer branches.

Python's ``re`` tries the branches of ``senin|selasa|sabtu|...`` one after another at every position it
tests; ``s(?:e(?:nin|lasa)|abtu)|...`` reaches the same words through one branch per distinct first
letter. The language and the order in which branches are preferred are those of the plain alternation
of the words longest first: a word is tried before every word that is a prefix of it, and words that
part at some letter can never both match at one position, so their order does not matter.
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""  # marks a word ending at a node (tried after every longer word through that node)


def plain(words: Iterable[str], space: str = r"\s+") -> str:
    """The words as a flat alternation, longest first; a space matches ``space``."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=len, reverse=True))


def tree(words: Iterable[str], space: str = r"\s+") -> str:
    """The same language as :func:`plain`, as a prefix tree (a top-level alternation, like :func:`plain`).

    The argument above needs two characters at one node never to match one character of the text, even
    case-insensitively, and a space never to be followed by another space: words with capitals, cased
    non-ASCII letters or whitespace other than single inner spaces get the flat alternation instead.
    """
    words = set(words)
    if not all(_tree_safe(w) for w in words):
        return plain(words, space)
    root: dict = {}
    for word in sorted(words, key=len, reverse=True):
        node = root
        for unit in _units(word, space):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return "|".join(_branches(root))


def _tree_safe(word: str) -> bool:
    """Lower-case ASCII or uncased characters, spaces only single and between characters."""
    return all(word.split(" ")) and all(_plain_char(c) for c in word if c != " ")


def _plain_char(c: str) -> bool:
    if c.isspace():
        return False
    return not c.isupper() if c.isascii() else c.lower() == c == c.upper()


def _units(word: str, space: str) -> list[str]:
    """The regex pieces of a word: one per character, a space as ``space``."""
    return [space if ch == " " else re.escape(ch) for ch in word]


def _branches(node: dict) -> list[str]:
    """The alternatives below ``node``, in insertion order (a word's end comes after its longer words)."""
    out = []
    for unit, child in node.items():
        if unit == _END:
            out.append("")
            continue
        rest = _branches(child)
        out.append(unit + (rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"))
    return out
