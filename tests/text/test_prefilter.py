"""A boundary-led pattern scanned through its body gives the same matches as the pattern itself."""
import re

from hypothesis import given, settings, strategies as st

from kabar.text.prefilter import BoundaryScan

PATTERNS = [r"\b(?P<w>hari|harian|kemarin)\b", r"\btahun\s+(?P<y>\d{4})", r"\b(?:pukul|jam)\s+\d",
            r"\b(?:hari\s+)?senin", r"\d+", r"\b\d{1,2}/\d{1,2}", r"\b(?:a|ab|b)"]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_words_inside_other_words_are_skipped():
    scan = BoundaryScan(re.compile(PATTERNS[0]))
    assert scan.body is not None  # the body opens with a literal: searched by it
    text = "sehari kemudian, harian kemarin; hari"
    assert _spans(scan.finditer(text)) == _spans(re.finditer(PATTERNS[0], text))
    assert [m.group() for m in scan.finditer(text)] == ["harian", "kemarin", "hari"]


def test_a_pattern_without_a_quick_start_is_scanned_as_written():
    assert BoundaryScan(re.compile(r"\b(?:hari\s+)?senin")).body is None
    assert BoundaryScan(re.compile(r"\d+")).body is None


def test_case_insensitive_letters_are_scanned_as_written():
    assert BoundaryScan(re.compile(r"\bhari", re.I)).body is None


@settings(max_examples=300, deadline=None)
@given(st.text("harikemn ptu12/_é-", max_size=60), st.sampled_from(PATTERNS))
def test_same_matches_as_finditer(text, pattern):
    rx = re.compile(pattern)
    assert _spans(BoundaryScan(rx).finditer(text)) == _spans(rx.finditer(text))
