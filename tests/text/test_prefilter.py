"""A pattern scanned through its gate or its body gives the same matches as the pattern itself."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from kabar.text.prefilter import BoundaryScan, CaselessScan, first_chars, required_strings
from kabar.timex import extract

PATTERNS = [r"\b(?P<w>hari|harian|kemarin)\b", r"\btahun\s+(?P<y>\d{4})", r"\b(?:pukul|jam)\s+\d",
            r"\b(?:hari\s+)?senin", r"\d+", r"\b\d{1,2}/\d{1,2}", r"\b(?:a|ab|b)",
            r"(?:\b(?:tgl\.?)\s*)?\(?\b(?P<d>\d)(?P<sep>[/.-])\d(?P=sep)\d", r"(?<![\w.])(?P<y>1\d)(?![\w/])",
            r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d)\s*\)", r"\b(?P<n>\d+|se)\s*+(?:hari|jam)?\b", r"(?:k|é)?",
            r"\b(?:hari|-)\s*\b\d"]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_words_inside_other_words_are_skipped():
    scan = BoundaryScan(re.compile(PATTERNS[0]))
    text = "sehari kemudian, harian kemarin; hari"
    assert _spans(scan.finditer(text)) == _spans(re.finditer(PATTERNS[0], text))
    assert [m.group() for m in scan.finditer(text)] == ["harian", "kemarin", "hari"]


def test_the_opening_characters_are_read_through_optional_parts():
    assert first_chars(r"\b(?:hari\s+)?(?:senin|rabu)") == {"h", "s", "r"}
    assert first_chars(r"(?<![\w.])\(?\d+") == {r"\(", r"\d"}
    assert first_chars(r"(?:tanggal\s*)?[0-3]\d") == {"t", "0-3"}


def test_a_gate_needs_openings_that_can_be_told():
    assert first_chars(r"\w+") is None  # any letter: a gate would find nothing to skip
    assert first_chars(r"[^a]b") is None
    assert first_chars(r"(?:ab)?") is None  # can match empty: found at every position
    assert BoundaryScan(re.compile(r"(?:ab)?")).gate is None
    assert BoundaryScan(re.compile(r"\bhari", re.I)).gate is None  # case-blind letters: scanned as written


def test_a_pattern_with_a_back_reference_is_scanned_as_written():
    """Relaxed to any text inside the gate, the reference ran on to the end of the text at every hit
    where the rest never followed: quadratic on a page of figures with no year after them."""
    scan = BoundaryScan(re.compile(PATTERNS[7]))
    assert scan.gate is None
    text = "tgl 1/2/3, 4/5.6 dan (7-8-9)"
    assert [m.group() for m in scan.finditer(text)] == ["tgl 1/2/3", "(7-8-9"]


@settings(max_examples=400, deadline=None)
@given(st.text("harikemnsjtgl ptu12/_é-.()", max_size=60), st.sampled_from(PATTERNS))
def test_same_matches_as_finditer(text, pattern):
    rx = re.compile(pattern)
    scan = BoundaryScan(rx)
    assert _spans(scan.finditer(text)) == _spans(rx.finditer(text))
    if scan.gate is not None:  # each way on its own, where finditer takes the other
        assert _spans(scan._gated(text)) == _spans(rx.finditer(text))
    if scan.body is not None:
        assert _spans(scan._through_body(text)) == _spans(rx.finditer(text))


@pytest.mark.parametrize("pattern, expected", [
    (r"\btahun\s+(?P<y>\d{4})", ("tahun",)),
    (r"\b(?:pukul|pkl\.?|jam)\s+\d", ("jam", "pkl", "pukul")),  # "pkl." holds "pkl"
    (r"(?:jam|\d+)\s+lagi\b", ("lagi",)),  # an alternative with no literal: the run after it
    (r"(?:tahun\s+)?\d{4}", None),  # optional: a match may lack it
    (r"\d+(?:x|ab)", None),  # too short to be worth a search
    (r"(?i)tahun", None),  # case-blind
    (r"se(?:nin|lasa)\b", ("selasa", "senin")),  # a run followed through an alternation
    (r"(?:kemar(?:in\s+lusa|en)|besok)", ("besok", "kemar")),
])
def test_required_strings(pattern, expected):
    assert required_strings(pattern, most=10) == expected


WORDS = ["hari", "ini", "tahun", "2024", "12", "pukul", "09.30", "wib", "jam", "tadi", "pagi", "kemarin", "minggu",
         "ke-3", "pekan", "depan", "abad", "mendatang", "tengah", "malam", "dan", "hingga", "1998", "bulan", "lalu",
         "senin", "(5/3)", "sampai", "keesokan", "setelahnya", "dua", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from(range(len(extract.PATTERNS))))
def test_a_text_without_the_required_strings_has_no_match(words, k):
    """The timex patterns' own scans (what the prefilter is for) give finditer's matches on word salad."""
    text = " ".join(words)
    fast = extract._FAST[k]
    scan = BoundaryScan(fast)
    assert _spans(scan.finditer(text)) == _spans(fast.finditer(text))
    strings = required_strings(fast.pattern, fast.flags, most=100)
    if strings is not None and not any(s in text for s in strings):
        assert not list(fast.finditer(text))


CASELESS = [r"\b(?P<rel>hari ini|kemarin|besok)\s{0,3}[,(]?\s{0,3}(?P<d>\d{1,2})", r"\b(jum['’]at|sabtu)\s*\((\d{1,2})/(\d{1,2})\)",
            r"\b(\d{1,3})\s(?:tahun|thn)\b", r"(?:k|s)ab"]


@settings(max_examples=400, deadline=None)
@given(st.text("hariniKEMRINbsokJUM'’tSABTU (3/12)thnTAHUNſıİKk \n", max_size=50), st.sampled_from(CASELESS))
def test_a_caseless_scan_gives_the_patterns_own_matches(text, pattern):
    """Lower-cased, without IGNORECASE, over lower-cased text: the same matches, even where a letter folds
    oddly (long s, dotless i, the Kelvin sign) or lower-casing changes the text's length."""
    rx = re.compile(pattern, re.I)
    scan = CaselessScan(rx)
    assert scan.low is not None
    assert _spans(scan.finditer(text)) == _spans(rx.finditer(text))
    first = scan.search(text)
    assert (first and first.span()) == ((m := rx.search(text)) and m.span())


BETWEEN = CASELESS + [r"\b(?:kata|katanya|mengatakan|kata dia)\b", r"\b(?:akan|besok)\b"]


@settings(max_examples=400, deadline=None)
@given(st.text("katnyamengKATAdiAKNbesok ,.ſıİK\n", max_size=50), st.sampled_from(BETWEEN), st.data())
def test_a_caseless_search_between_two_offsets_is_the_patterns_own(text, pattern, data):
    """The first match inside text[start:end] as the pattern's own bounded search finds it (its word boundaries
    read the character before ``start``, and ``end`` as the text's end)."""
    rx = re.compile(pattern, re.I)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found, m = CaselessScan(rx).search_between(text, start, end), rx.search(text, start, end)
    assert (found and (found.span(), found.group())) == (m and (m.span(), m.group()))


def test_a_caseless_scan_needs_a_caseless_pattern_in_ascii():
    assert CaselessScan(re.compile("hari")).low is None  # case-sensitive: scanned as written
    assert CaselessScan(re.compile("é", re.I)).low is None  # a cased non-ASCII letter
    assert CaselessScan(re.compile("jum’at", re.I)).low is not None  # a caseless one
