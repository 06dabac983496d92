"""The fuzz suite: hostile inputs through every reader, analysis and the store; nothing may escape.

Bounded for CI (a few minutes on two cores). Longer runs:

    pytest tests/fuzz --fuzz-inputs 20000        # more mutated/generated inputs here
    python -m tests.fuzz.run --inputs 100000      # the full run, with counts and a seed (see run.py)

Hypothesis drives the record and text readers directly (fast, many examples); the
mutator drives whole files through ``analyze`` and a scratch store.
"""
from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.errors import InputError
from kabar.io.readers import parse_text
from kabar.io.records import iter_json, iter_jsonl, record_to_raw

from .harness import SLOW_CPU_S, Harness, check_document
from .mutate import ARTICLE_FIELDS, HOSTILE_TOKENS, make_input

SEED = 17
FIELD_NAMES = st.sampled_from(ARTICLE_FIELDS + ("articles", "items", "x"))
FILE_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
                | st.text(max_size=200) | st.sampled_from(HOSTILE_TOKENS))
# Python objects handed to record_to_raw directly may also hold integers too long to print.
JSON_SCALARS = FILE_SCALARS | st.integers(min_value=10 ** 4000, max_value=10 ** 4400)


def _nested(scalars):
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(FIELD_NAMES, inner, max_size=5), max_leaves=20)


JSON_VALUES, FILE_VALUES = _nested(JSON_SCALARS), _nested(FILE_SCALARS)
RECORDS = st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=8)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(RECORDS)
def test_any_record_is_read_or_refused_by_name(record):
    try:
        raw = record_to_raw(record, "fuzz.json", 3)
    except InputError as exc:
        assert exc.path == "fuzz.json" and exc.line == 3
        return
    assert raw.text.strip()
    assert raw.published is None or raw.published[:4].isdigit()
    assert all(isinstance(a, str) for a in raw.authors)
    raw.text.encode("utf-8")


@FAST
@given(st.lists(FILE_VALUES, max_size=6))
def test_any_jsonl_file_yields_one_result_per_nonblank_line(values):
    lines = [json.dumps(v, allow_nan=True) for v in values]
    out = list(iter_jsonl("\n".join(lines), "fuzz.jsonl"))
    assert len(out) == len(lines)


@FAST
@given(st.text(max_size=3000))
def test_any_text_parses_in_every_reader(text):
    for suffix in (".txt", ".md", ".html", ".json", ".jsonl"):
        try:
            items = list(parse_text(text, "fuzz" + suffix, suffix))
        except InputError:  # the reader's own verdict on this input (the batch reports it and goes on)
            continue
        for item in items:
            if not isinstance(item, InputError):
                item.text.encode("utf-8")


@FAST
@given(FILE_VALUES)
def test_any_json_document_is_read_or_refused(value):
    list(iter_json(json.dumps(value, allow_nan=True), "fuzz.json"))


@pytest.fixture(scope="module")
def harness():
    h = Harness()
    yield h
    h.close()


def test_mutated_and_generated_files_never_escape(harness, fuzz_inputs):
    """Whole files through analyze and the store: no exception escapes, no broken document, none slow."""
    problems = []
    for i in range(fuzz_inputs):
        suffix, data, how = make_input(random.Random(f"{SEED}:{i}"))
        o = harness.run(suffix, data)
        if o.uncaught or o.broken or o.cpu_s > SLOW_CPU_S:
            problems.append(f"#{i} {suffix} ({how}), {o.cpu_s:.1f} s: {o.uncaught or o.broken}")
    assert not problems, f"{len(problems)} of {fuzz_inputs} inputs failed (replay: python -m tests.fuzz.run " \
                         f"--seed {SEED} --only N):\n" + "\n".join(problems[:10])


def test_check_document_catches_a_reversed_quote_span():
    """The invariant check itself can fail (a quote whose start is after its end)."""
    from kabar.model import Document, Quote, Source
    doc = Document(id="x", source=Source(), raw="abc", text="Kata dia")
    doc.quotes = [Quote("dia", None, None, None, True, 6, 2)]
    assert check_document(doc)
