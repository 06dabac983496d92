"""Patterns scanned together, each only where its first characters can open a match, give the matches
each pattern's own ``finditer`` gives."""
import re

from hypothesis import given, settings, strategies as st

from kabar.text.openings import HeadGate, OpeningScan, openings, prefix_tree
from kabar.timex import extract

PATTERNS = [r"\b(?P<w>hari|harian|kemarin)\b", r"\btahun\s+(?P<y>\d{4})", r"\b(?:pukul|jam)\s+\d",
            r"\b(?:hari\s+)?senin", r"\b\d{1,2}/\d{1,2}", r"\b(?:a|ab|b)",
            r"(?:\b(?:tgl\.?)\s*)?\(?\b(?P<d>\d{1,2})(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}\b",
            r"(?<![\w.])(?P<y>1\d)(?![\w/])", r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d)\s*\)",
            r"\b(?P<n>\d+|se)\s*+(?:hari|jam)?\b", r"\b(?:hari|-)\s*\b\d", r"\b\d\s*[-–]\s*\d",
            r"\ban\b", r"\bse(?=bulan)\w+", r"\b(?:x\s?){2,5}y"]

COMPILED = [re.compile(p) for p in PATTERNS]
SCAN = OpeningScan(COMPILED)


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_the_opening_strings_of_a_word_list():
    found = openings(r"\b(?:hari\s+)?(?:senin|rabu)", chars=3)
    assert found.strings == {"har", "sen", "rab"}
    assert not found.nonword_starts


def test_a_short_match_and_a_bracket_opening():
    assert openings(r"\ban\b", chars=4).strings == {"an"}  # anything may follow a match this short
    found = openings(r"\(\s*\d", chars=2)
    assert found.nonword_starts == {"("}
    assert found.strings == {"( ", "(\n", *(f"({d}" for d in "0123456789")}


def test_openings_that_cannot_be_told():
    assert openings(r"\d+") is None  # may start inside a word: no boundary before it
    assert openings(r"(?:ab)?") is None  # can match the empty string
    assert openings(r"\s*\d") is None  # may start on any (non-ASCII) space
    assert openings(r"(?i)\bhari") is None  # case-blind
    assert openings(r"\b(?P<a>x)(?P=a)", chars=1).strings == {"x"}


def test_a_back_reference_ends_the_strings():
    """The numeric-date pattern (its separator repeated by a back reference) is walked all the same."""
    found = openings(r"\b\d(?P<sep>[/.-])\d(?P=sep)\d", chars=4)
    assert "1/2" in found.strings and "1/2/" not in found.strings


@settings(max_examples=400, deadline=None)
@given(st.text("harikemnsjtgl pub12/_é-.()\n\t–\xa0x y", max_size=60))
def test_same_matches_as_finditer(text):
    for rx, found in zip(COMPILED, SCAN.matches(text)):
        assert _spans(found) == _spans(rx.finditer(text)), rx.pattern


WORDS = ["hari", "ini", "tahun", "2024", "12", "pukul", "09.30", "wib", "jam", "tadi", "pagi", "kemarin", "minggu",
         "ke-3", "pekan", "depan", "abad", "mendatang", "tengah", "malam", "dan", "hingga", "1998", "bulan", "lalu",
         "senin", "(5/3)", "sampai", "keesokan", "setelahnya", "dua", ",", ".", "5/3/2024", "12-3-2024", "maret",
         "selasa", "(", ")", "/", "-", "–", "sebulan", "2", "x", "24", "kuartal", "iii", "q3", "an", "2000-an",
         "\n", "\t", "\xa0", "tgl.", "tanggal", "januari-maret", "sejak", "awal", "akhir"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=16), st.lists(st.sampled_from(["", " ", "  "]), max_size=16))
def test_the_time_patterns_give_their_own_matches(words, gaps):
    """The time-expression patterns (what the scan is for), lower-cased as they are scanned, on word salad."""
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for fast, found in zip(extract._FAST, extract._SCAN.matches(text)):
        assert _spans(found) == _spans(fast.finditer(text)), fast.pattern


def test_a_prefix_tree_matches_exactly_its_strings():
    strings = ["sen", "sel", "selasa", "rab", "12/", "1 2", "(5", "a.b", "ha\n"]
    rx = re.compile(prefix_tree(strings))
    for s in strings:
        assert rx.fullmatch(s), s
    for other in ["se", "sela", "ra", "12", "1  2", "(", "axb", "ha", "sen ", "Sen"]:
        assert not rx.fullmatch(other), other


HEADS = {"sen", "sel", "rab", "12/", "(1/", "(se", "ha\n"}
GATE = HeadGate(HEADS, frozenset("("))
WORD_START = re.compile(r"(?<!\w)\w|\(")


@settings(max_examples=400, deadline=None)
@given(st.text("senlrabh12/( x\né–\xa0.", max_size=40))
def test_the_gate_lets_through_every_place_the_walk_looks_up(text):
    """Only word starts and openings, in order; every one whose head the table holds or cannot tell."""
    places = GATE.places(text)
    assert places == sorted(set(places))
    starts = [m.start() for m in WORD_START.finditer(text)]
    assert set(places) <= set(starts)
    for p in starts:
        head = text[p:p + 3]
        if head in HEADS or not (len(head) == 3 and head.isascii() and head.isprintable()):
            assert p in places, (text, p)


# Patterns whose openings are all three characters or more: the scan goes through its gate.
LONG = [re.compile(p) for p in (r"\bsenin\b", r"\bselasa", r"\b\d{2}/\d{1,2}", r"\(\d{1,2}/\d\)", r"\bhari\s+ini",
                                 r"\bpukul\s+\d", r"\b(?:se|dua)\s*hari\b", r"\(\s*senin")]
LONG_SCAN = OpeningScan(LONG)


def test_the_long_patterns_are_scanned_through_the_gate():
    assert LONG_SCAN.gate is not None and LONG_SCAN.walked == set(range(len(LONG)))


@settings(max_examples=500, deadline=None)
@given(st.text("senilasharpuk12/()  \n\té–\xa0d", max_size=60))
def test_the_gate_keeps_every_match(text):
    for rx, found in zip(LONG, LONG_SCAN.matches(text)):
        assert _spans(found) == _spans(rx.finditer(text)), rx.pattern
