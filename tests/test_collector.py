"""The cycle collector pause: off inside, restored after, nested and overlapping pauses counted."""
from __future__ import annotations

import gc
import threading

from kabar.collector import collector_paused


def test_collector_off_inside_and_back_on_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_nested_pauses_resume_only_at_the_outermost():
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_stays_off_when_it_was_off_before():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_on_after_an_error_inside():
    try:
        with collector_paused():
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_collector_overlapping_threads_resume_when_the_last_ends():
    entered, release = threading.Barrier(2), threading.Event()

    def hold():
        with collector_paused():
            entered.wait()
            release.wait()

    t = threading.Thread(target=hold)
    t.start()
    with collector_paused():
        entered.wait()
    assert not gc.isenabled()  # the other thread's document still runs
    release.set()
    t.join()
    assert gc.isenabled()


def test_collector_paused_while_the_pipeline_runs():
    from kabar.analyze import analyze_text
    from kabar.pipeline import REGISTRY, Pipeline, register

    seen = []

    @register("probe_collector", requires=(), provides=())
    def probe(doc, settings):
        seen.append(gc.isenabled())
        return doc

    try:
        analyze_text("Presiden meninjau banjir di Samarinda, Selasa.", pipeline=Pipeline.build(["probe_collector"]))
    finally:
        REGISTRY.pop("probe_collector", None)
    assert seen == [False] and gc.isenabled()
