"""Every regular expression kabar runs is safe by construction: no input makes it backtrack for long.

The patterns are gathered two ways: every compiled pattern held by a kabar module
(the language data's whole-line and fragment rules, the time, quantity, sentence
and store patterns built from it), and every pattern kabar compiles while it
analyses, stores, searches, groups and briefs the bundled examples (so patterns
built inside functions are covered too, and any pattern a later change adds).
Each is run over adversarial strings made from its own parse tree: long
repetitions of what its repeats match and of its own alphabet
(see :mod:`adversarial`). A pattern that takes more than ``BOUND_S`` of CPU on
one string of at most a few thousand characters is reported with that string.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import kabar

from .adversarial import worst_time

# A linear pattern needs well under a millisecond for 4,000 characters; a quadratic one
# about a second, an exponential one hours. The bound sits far from both.
BOUND_S = 0.05
KABAR_DIR = os.path.dirname(kabar.__file__)
RE_DIR = os.path.dirname(re.__file__)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
SKIP_MODULES = ("kabar.train", "kabar.__main__")


def _module_patterns() -> dict[tuple[str, int], str]:
    """Compiled patterns held by kabar modules (also inside tuples, lists and dicts), by where they live."""
    found: dict[tuple[str, int], str] = {}
    for info in pkgutil.walk_packages(kabar.__path__, "kabar."):
        if info.name.startswith(SKIP_MODULES):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            _walk(value, f"{info.name}.{name}", found, 0)
    return found


def _walk(obj, where: str, found: dict, depth: int) -> None:
    if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
        found.setdefault((obj.pattern, obj.flags), where)
    elif isinstance(obj, (tuple, list, set, frozenset)) and depth < 3:
        for i, item in enumerate(obj):
            _walk(item, f"{where}[{i}]", found, depth + 1)
    elif isinstance(obj, dict) and depth < 3:
        for key, item in obj.items():
            _walk(item, f"{where}[{key!r}]", found, depth + 1)


def _kabar_caller() -> str | None:
    """'module:line' of the kabar code that asked ``re`` for a pattern, or None for other code."""
    frame = sys._getframe(2)
    while frame and frame.f_code.co_filename.startswith(RE_DIR):
        frame = frame.f_back
    if frame and frame.f_code.co_filename.startswith(KABAR_DIR):
        return f"{os.path.relpath(frame.f_code.co_filename, KABAR_DIR)}:{frame.f_lineno}"
    return None


def _runtime_patterns(tmp_path: Path) -> dict[tuple[str, int], str]:
    """Patterns kabar compiles while it analyses, stores, searches, clusters and briefs the examples."""
    found: dict[tuple[str, int], str] = {}
    original = re._compile

    def spy(pattern, flags):
        if isinstance(pattern, str):
            where = _kabar_caller()
            if where:
                found.setdefault((pattern, int(flags)), where)
        return original(pattern, flags)

    re._compile = spy
    try:
        _exercise(tmp_path)
    finally:
        re._compile = original
    return found


def _exercise(tmp_path: Path) -> None:
    from kabar.ingest import ingest
    from kabar.settings import from_env
    from kabar.store import Store
    from kabar.store.stories import assign_pending, list_stories

    db = tmp_path / "k.db"
    ingest([str(EXAMPLES)], from_env(db=str(db), today="2024-06-01"))
    with Store(db) as store:
        store.search("gempa OR banjir")
        assign_pending(store)
        stories = list_stories(store)
        try:
            from kabar.brief import build_brief
        except ImportError:
            return
        for story in stories[:3]:
            build_brief(store, story["id"])


@pytest.fixture(scope="module")
def gathered(tmp_path_factory) -> tuple[dict, dict]:
    """(patterns held by modules, patterns compiled while running)."""
    return _module_patterns(), _runtime_patterns(tmp_path_factory.mktemp("patterns"))


@pytest.fixture(scope="module")
def all_patterns(gathered) -> dict[tuple[str, int], str]:
    held, compiled = gathered
    return {**compiled, **held}


def test_patterns_are_gathered(gathered):
    """The gathering works: every boilerplate rule is there, and patterns built inside functions too."""
    from kabar.lang.id import boilerplate
    held, compiled = gathered
    sources = {p for p, _ in held}
    assert all(p in sources for _, p in boilerplate.WHOLE_LINE)
    assert len(set(compiled) - set(held)) >= 10, "the spy on re._compile saw no function-level patterns"


def test_no_pattern_backtracks_for_long(all_patterns):
    slow = []
    for (pattern, flags), where in sorted(all_patterns.items(), key=lambda kv: kv[1]):
        spent, text = worst_time(re.compile(pattern, flags), BOUND_S)
        if spent > BOUND_S:
            slow.append(f"{where}: {spent:.2f} s CPU on {text[:60]!r}... ({len(text)} chars)\n    /{pattern[:200]}/")
    assert not slow, "patterns that backtrack on adversarial input:\n" + "\n".join(slow)


def test_pagination_line_with_many_numbers_is_fast():
    """Issue 17 #1: 'Halaman 1 2 … 16 Lainnya' took 6.6 s (20 numbers: over 300 s)."""
    import time
    from kabar.clean.rules import whole_line_kind
    for numbers in (16, 40, 400):
        line = "Halaman " + " ".join(str(i) for i in range(1, numbers + 1)) + " Lainnya"
        start = time.process_time()
        whole_line_kind(line)
        assert time.process_time() - start < 0.5, f"{numbers} numbers"
