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

A pattern is run the way kabar uses it: one that kabar only ever anchors at a
position (``.match``/``.fullmatch``, found by reading the source for the names
of held patterns, and from the ``re`` function called for the others) is run
with ``match``; every other one with ``search`` as well, which also catches
patterns that are linear from one start but quadratic over all starts.
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
ANCHORED_CALLS = {"match", "fullmatch"}


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


def _anchored_names() -> set[str]:
    """Names of module-level patterns that kabar's source only calls ``.match``/``.fullmatch`` on."""
    calls: dict[str, set[str]] = {}
    for path in Path(KABAR_DIR).rglob("*.py"):
        for name, method in re.findall(r"\b(_?[A-Z][A-Z0-9_]*)\.(\w+)\(", path.read_text(encoding="utf-8")):
            calls.setdefault(name, set()).add(method)
    return {name for name, methods in calls.items() if methods <= ANCHORED_CALLS}


def _kabar_caller() -> tuple[str, str] | None:
    """('module:line', re function) of the kabar code that asked ``re`` for a pattern; None for other code."""
    frame = sys._getframe(2)
    called = frame.f_code.co_name
    while frame and frame.f_code.co_filename.startswith(RE_DIR):
        called = frame.f_code.co_name
        frame = frame.f_back
    if frame and frame.f_code.co_filename.startswith(KABAR_DIR):
        return f"{os.path.relpath(frame.f_code.co_filename, KABAR_DIR)}:{frame.f_lineno}", called
    return None


def _runtime_patterns(tmp_path: Path) -> dict[tuple[str, int], tuple[str, bool]]:
    """Patterns kabar compiles while it analyses, stores, searches, clusters and briefs the examples,
    with where and whether every call anchored them (``re.match``/``re.fullmatch``)."""
    found: dict[tuple[str, int], tuple[str, bool]] = {}
    original = re._compile

    def spy(pattern, flags):
        caller = _kabar_caller() if isinstance(pattern, str) else None
        if caller:
            key = (pattern, int(flags))
            where, anchored = found.get(key, (caller[0], True))
            found[key] = (where, anchored and caller[1] in ANCHORED_CALLS)
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
def all_patterns(gathered) -> dict[tuple[str, int], tuple[str, bool]]:
    """Every pattern: (where it lives, whether kabar only anchors it)."""
    held, compiled = gathered
    anchored = _anchored_names()
    found = dict(compiled)
    for key, where in held.items():
        found[key] = (where, where.split(".")[-1].split("[")[0] in anchored)
    return found


def test_patterns_are_gathered(gathered):
    """The gathering works: every boilerplate rule is there, and patterns built inside functions too."""
    from kabar.lang.id import boilerplate
    held, compiled = gathered
    sources = {p for p, _ in held}
    assert all(p in sources for _, p in boilerplate.WHOLE_LINE)
    assert len(set(compiled) - set(held)) >= 10, "the spy on re._compile saw no function-level patterns"


def test_no_pattern_backtracks_for_long(all_patterns):
    slow = []
    for (pattern, flags), (where, anchored) in sorted(all_patterns.items(), key=lambda kv: kv[1]):
        spent, text = worst_time(re.compile(pattern, flags), BOUND_S, search=not anchored)
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
