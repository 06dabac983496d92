"""Find quantities in Indonesian text: a numeral, its scale, currency or percent, the counted noun.

The scan walks the offset tokens; at each numeral it reads forward (scale words,
a range, a currency or the counted noun) and back (a currency symbol, a hedge).
Years, dates, clock times, calendar durations and ordinals are left to the
time expressions; only anniversary counts ("peringatan 70 tahun", "HUT ke-77")
are kept.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from ..lang.id.calendar import MONTHS
from ..lang.id.units import (
    ANNIVERSARY_CUES, ANNIVERSARY_NOUNS, ANNIVERSARY_WINDOW, BLOCK_BEFORE, COUNT_NOUNS, CURRENCY_PREFIXES,
    CURRENCY_SCALES, CURRENCY_WORDS, DEGREE_SCALES, DEGREE_SIGN, DURATION_UNITS, LOCAL_TIME, GLUED_UNITS, HEDGES, MAGNITUDE_PREFIX, MAGNITUDE_UNIT,
    MAGNITUDE_WORDS, MULTIWORD_UNITS, NOT_UNITS, NUMBER_WORDS, PERCENT, PERCENT_UNIT, RANGE_WORDS, SCALES, TIME_ZONES,
    SE_PREFIX, TIMES_WORD, VAGUE, VAGUE_MODIFIER, VERB_MIN_LEN, VERB_PREFIXES, WEAK_WORD_VALUES, WORD_MULTIPLIERS,
)
from ..model import Quantity
from ..text.tokens import Token, tokenize
from ..text.case import TitleLines
from .filters import (
    beside_slash, code_before, counted_after_cue, glued_code, leading_zero, list_head, name_part,
    proper_unit,
)
from .measured import measured
from .numbers import Number, is_number_word, parse_digits, parse_list, parse_words, tidy, vague_range

_CURRENCY_TOKEN = re.compile(r"^(US\$|S\$|A\$|HK\$|\$|Rp\.?\s?)(\d[\d.,]*)$")
_ORDINAL_TOKEN = re.compile(r"^ke-(\d+)$", re.IGNORECASE)
_RANGE_TOKEN = re.compile(r"^(\d[\d.,]*)[-–](\d[\d.,]*)$")
_DATE_LIKE = re.compile(r"[/:]|^\d+(?:-an|-nya)$|^\d+-\d+-\d+$")
_ALPHA = re.compile(r"^[^\W\d_][\w-]*$")
YEAR_MIN, YEAR_MAX = 1800, 2199  # a bare four-digit number in this span is a year
_MAGNITUDE_GLUED = re.compile(rf"\b{MAGNITUDE_PREFIX}\s?(\d{{1,2}}(?:[.,]\d{{1,2}})?)(?![\d.,]*\d)")
_MEASURED_REACH = 60  # characters read back for what a glued magnitude measures ("gempa M6,2")
_MAX_WORDS = 8
_STARTS = frozenset({"rp", "us", "s$", "a$", "hk", "ke"})  # currency prefixes glued to digits, ordinals
_NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(WORD_MULTIPLIERS) | frozenset(VAGUE) | frozenset(
    SE_PREFIX + m for m in WORD_MULTIPLIERS)  # the longest numeral in words worth reading ("dua ratus lima puluh tiga ribu ...")


@dataclass
class _Num:
    """A numeral found at tokens[i:j]."""
    i: int
    j: int
    value: Number | list[Number]
    unit: str | None = None
    words: bool = False
    vague: bool = False
    scaled: bool = False  # a scale word ("ribu", "juta") follows the digits


@dataclass
class _Unit:
    """What a numeral counts: the unit, where the phrase ends, and the counted noun's token."""
    unit: str | None
    end: int
    noun_tok: int | None = None  # set when the unit is a counted noun read from the text


def low(tokens: list[Token], k: int) -> str:
    """Lower-cased text of token k, or '' past either end."""
    return tokens[k].text.lower() if 0 <= k < len(tokens) else ""


def is_year(value: Number, text: str) -> bool:
    """A bare four-digit whole number between 1800 and 2199."""
    return isinstance(value, int) and YEAR_MIN <= value <= YEAR_MAX and text.isdigit()


def read_scales(tokens: list[Token], j: int, value: Number, currency: bool) -> tuple[Number, int]:
    """Multiply by the scale words from token j on ("250 ribu", "Rp 5 M")."""
    while j < len(tokens):
        t = tokens[j].text
        if t.lower() in SCALES:
            value = tidy(value * SCALES[t.lower()])
        elif currency and t in CURRENCY_SCALES:
            value = tidy(value * CURRENCY_SCALES[t])
        else:
            break
        j += 1
    return value, j


def read_words(tokens: list[Token], i: int) -> tuple[Number, int, bool] | None:
    """A numeral in words (or a vague "ratusan ribu") starting at token i."""
    first = low(tokens, i)
    if first in VAGUE:
        scale, j = read_scales(tokens, i + 1, 1, False)
        return vague_range(first, scale), j, True
    j = i
    while j < len(tokens) and j - i < _MAX_WORDS and is_number_word(tokens[j].text):
        j += 1
    while j > i:
        value = parse_words([t.text for t in tokens[i:j]])
        if value is not None:
            return value, j, False
        j -= 1
    return None


def read_numeral(tokens: list[Token], i: int) -> _Num | None:
    """The numeral starting at token i with its scale words, or None."""
    text = tokens[i].text
    m = _CURRENCY_TOKEN.match(text)
    if m:
        head = parse_digits(m.group(2).rstrip(".,"))
        if head is None:
            return None
        value, j = read_scales(tokens, i + 1, head, True)
        return _Num(i, j, value, CURRENCY_PREFIXES[m.group(1).strip().lower()], scaled=j > i + 1)
    m = _RANGE_TOKEN.match(text)
    if m:
        a, b = parse_digits(m.group(1)), parse_digits(m.group(2))
        if a is None or b is None or a >= b or (a >= YEAR_MIN and a <= YEAR_MAX):
            return None  # 1950-53 and 1950-1953 are year spans
        lo, j = read_scales(tokens, i + 1, a, False)
        hi = tidy(b * (lo / a)) if a else b
        return _Num(i, j, [lo, hi], scaled=j > i + 1)
    if _DATE_LIKE.search(text):
        return None
    head = parse_digits(text)
    if head is not None:
        if is_year(head, text) and low(tokens, i + 1) not in SCALES:
            return None
        value, j = read_scales(tokens, i + 1, head, False)
        return _Num(i, j, value, scaled=j > i + 1)
    found = read_words(tokens, i)
    if found is None:
        return None
    value, j, vague = found
    return _Num(i, j, value, words=True, vague=vague)


# What a currency name's first tokens can be: each name up to a space, and the whole name (a token that is
# none of these opens no name, whatever follows it).
_CURRENCY_HEADS = frozenset(name[:k] for name in CURRENCY_WORDS for k in range(1, len(name) + 1)
                            if k == len(name) or name[k] == " ")


def read_currency_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """A currency name after the amount ("dolar AS", "yuan"), longest first."""
    if low(tokens, j) not in _CURRENCY_HEADS:
        return None, j  # no name starts with this token (the phrases below all do)
    for size in (3, 2, 1):
        phrase = " ".join(low(tokens, k) for k in range(j, j + size))
        if phrase in CURRENCY_WORDS:
            return CURRENCY_WORDS[phrase], j + size
    return None, j


def currency_before(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """A currency symbol written as its own token before the amount ("US$ 5", "Rp 5")."""
    prev, prev2 = low(tokens, i - 1), low(tokens, i - 2)
    if prev == "$" and prev2 in ("us", "s", "a", "hk"):
        return CURRENCY_PREFIXES.get(prev2 + "$"), i - 2
    if prev in CURRENCY_PREFIXES and i > 0:
        return CURRENCY_PREFIXES[prev], i - 1
    return None, i


def is_unit_word(word: str) -> bool:
    """Whether a token can be the counted noun: a word, not a function word or a verb."""
    w = word.lower()
    if not _ALPHA.match(word) or w in NOT_UNITS or (len(w) == 1 and w not in GLUED_UNITS):
        return False
    if w in COUNT_NOUNS:
        return True  # a counted noun that looks like a verb form ("menteri", "mesin")
    return not (len(w) >= VERB_MIN_LEN and w.startswith(VERB_PREFIXES))


def read_unit(tokens: list[Token], j: int) -> _Unit:
    """The counted noun after the numeral ("tentara", "uji coba"; "kali uji coba" counts tries)."""
    if low(tokens, j) == TIMES_WORD:
        found = read_unit(tokens, j + 1)
        return found if found.unit else _Unit(TIMES_WORD, j + 1, j)
    pair = f"{low(tokens, j)} {low(tokens, j + 1)}"
    if pair in MULTIWORD_UNITS:
        return _Unit(pair, j + 2, j)
    if j < len(tokens) and is_unit_word(tokens[j].text):
        return _Unit(tokens[j].text.lower(), j + 1, j)
    return _Unit(None, j)


def read_range_end(tokens: list[Token], num: _Num) -> _Num:
    """Widen "10 hingga 15" / "10 - 15" into a [low, high] range when a second numeral follows."""
    if isinstance(num.value, list) or low(tokens, num.j) not in RANGE_WORDS:
        return num
    other = read_numeral(tokens, num.j + 1) if num.j + 1 < len(tokens) else None
    if other is None or isinstance(other.value, list) or other.value <= num.value:
        return num
    lo = num.value
    if other.j > other.i + 1 and num.j == num.i + 1 and not num.words:
        lo = tidy(num.value * (other.value / (parse_digits(tokens[other.i].text) or other.value)))
    return _Num(num.i, other.j, [lo, other.value], other.unit or num.unit, num.words and other.words,
                scaled=num.scaled or other.scaled)


def hedge_before(tokens: list[Token], i: int) -> str | None:
    """The modifier of a hedge right before the number ("sekitar", "lebih dari", "hingga")."""
    return hedge_of([low(tokens, k) for k in range(max(0, i - 2), i)])


def hedge_of(words: list[str], ignore: frozenset[str] = frozenset()) -> str | None:
    """The modifier the last two words, else the last word, of ``words`` (lower case, in text order, the
    figure right after them) make as a hedge; a modifier in ``ignore`` counts as none."""
    for size in (2, 1):
        kind = HEDGES.get(" ".join(words[-size:])) if len(words) >= size else None
        if kind is not None and kind not in ignore:
            return kind
    return None


def anniversary_noun(tokens: list[Token], i: int) -> str | None:
    """The anniversary noun shortly before an ordinal ("hari jadi militernya yang ke 70")."""
    for k in range(i - 1, max(-1, i - 1 - ANNIVERSARY_WINDOW), -1):
        for size in (3, 2, 1):
            phrase = " ".join(low(tokens, x) for x in range(k - size + 1, k + 1))
            if k - size + 1 >= 0 and phrase in ANNIVERSARY_NOUNS:
                return ANNIVERSARY_NOUNS[phrase]
    return None


def ordinal_at(tokens: list[Token], i: int) -> tuple[Number, int, int] | None:
    """An anniversary ordinal at token i ("ke-70", "ke 70"): (value, start, end) token indexes."""
    m = _ORDINAL_TOKEN.match(tokens[i].text)
    if m:
        return int(m.group(1)), i, i + 1
    if low(tokens, i) == "ke" and i + 1 < len(tokens) and tokens[i + 1].text.isdigit():
        return int(tokens[i + 1].text), i, i + 2
    return None


def blocked(tokens: list[Token], num: _Num, unit: str | None) -> bool:
    """Dates, durations, labels and bare determiners are not quantities."""
    before, after = low(tokens, num.i - 1), low(tokens, num.j)
    if before in BLOCK_BEFORE or after in MONTHS or after in TIME_ZONES or low(tokens, num.i - 2) == "salah":
        return True
    if f"{after} {low(tokens, num.j + 1)}" in LOCAL_TIME:
        return True  # "23.30 waktu setempat" is a clock time
    if unit in DURATION_UNITS:
        compound = parse_digits(low(tokens, num.j + 1)) is not None and low(tokens, num.j + 2) in DURATION_UNITS
        return compound or not any(low(tokens, k) in ANNIVERSARY_CUES for k in range(num.i - 3, num.i))
    if num.words and not num.vague and unit is None and num.j == num.i + 1:
        return True  # "menjadi dua": a lone word number counts nothing
    weak = not isinstance(num.value, list) and num.value in WEAK_WORD_VALUES
    return bool(num.words and weak and num.j == num.i + 1 and unit not in COUNT_NOUNS)


def build(text: str, tokens: list[Token], num: _Num, found: _Unit) -> Quantity:
    """The Quantity for a numeral spanning tokens[num.i:found.end]."""
    modifier = VAGUE_MODIFIER if num.vague else hedge_before(tokens, num.i)
    end = max(found.end, num.j)
    s, e = tokens[num.i].start, tokens[end - 1].end
    return Quantity(text=text[s:e], start=s, end=e, value=num.value, unit=found.unit, modifier=modifier,
                    measured=measured(text, tokens, num.i, found.noun_tok, end))


def unit_of(tokens: list[Token], num: _Num) -> tuple[_Num, _Unit]:
    """The numeral (widened to a currency sign before it) and what it counts."""
    if num.unit is not None:
        return num, _Unit(num.unit, num.j)
    cur, cur_i = currency_before(tokens, num.i)
    if cur:
        return _Num(cur_i, num.j, num.value, cur, num.words, num.vague, num.scaled), _Unit(cur, num.j)
    unit, end = read_currency_after(tokens, num.j)
    if unit is not None:
        return num, _Unit(unit, end)
    if low(tokens, num.j) in PERCENT:
        return num, _Unit(PERCENT_UNIT, num.j + 1)
    if low(tokens, num.j) == DEGREE_SIGN:
        scale = tokens[num.j + 1].text if low(tokens, num.j + 1) in DEGREE_SCALES else ""
        return num, _Unit(DEGREE_SIGN + scale, num.j + (2 if scale else 1))
    if _magnitude_before(tokens, num.i):
        return num, _Unit(MAGNITUDE_UNIT, num.j)
    return num, read_unit(tokens, num.j)


def not_quantity(text: str, tokens: list[Token], num: _Num, found: _Unit, titles: TitleLines) -> bool:
    """Labels, codes, list markers and names (see :mod:`.filters`)."""
    tok = tokens[num.i]
    if found.unit is None and not (num.scaled or num.vague or counted_after_cue(tokens, num.i)):
        return True
    strong = num.scaled or found.unit in CURRENCY_PREFIXES.values() or found.unit == PERCENT_UNIT
    if not (num.words or strong) and (code_before(tokens, num.i) or leading_zero(tok) or beside_slash(text, tok)):
        return True
    if num.words and name_part(tokens, num.i, titles.at(tok.start)):
        return True
    k = found.noun_tok
    if k is not None and (glued_code(tokens, k) or proper_unit(tokens[k], titles.at(tok.start))):
        return True
    head = list_head(tokens, num.i)
    return k is not None and head < num.i and not counted_after_cue(tokens, head)  # "paket 1, 2, dan 5 proyek"


def list_before(text: str, tokens: list[Token], num: _Num, found: _Unit) -> list[Quantity]:
    """Numbers listed before a percentage or an amount share its unit ("naik 1, 2 dan 5 persen")."""
    if found.unit != PERCENT_UNIT and found.unit not in CURRENCY_PREFIXES.values():
        return []
    head = list_head(tokens, num.i)
    out = []
    for k in range(head, num.i):
        value = parse_digits(tokens[k].text)
        if value is not None and tokens[k].text[0].isdigit():
            t = tokens[k]
            out.append(Quantity(text=t.text, start=t.start, end=t.end, value=value, unit=found.unit,
                                measured=measured(text, tokens, head, None, head + 1)))
    return out


def list_quantities(text: str, tokens: list[Token], i: int, items: list[tuple[int, int, int]]) -> list[Quantity]:
    """A list written without spaces ("naik 1,2,5 persen"): one quantity per item when a percent
    or a currency follows; a list of anything else is labels ("pasal 1,2,3")."""
    tok = tokens[i]
    unit, end = read_currency_after(tokens, i + 1)
    if unit is None and low(tokens, i + 1) in PERCENT:
        unit, end = PERCENT_UNIT, i + 2
    if unit is None:
        return []
    out = []
    for k, (a, b, value) in enumerate(items):
        s, e = tok.start + a, (tokens[end - 1].end if k == len(items) - 1 else tok.start + b)
        out.append(Quantity(text=text[s:e], start=s, end=e, value=value, unit=unit,
                            measured=measured(text, tokens, i, None, end)))
    return out


_TEXT = attrgetter("text")


@lru_cache(maxsize=65536)
def may_start(word: str) -> bool:
    """Whether a quantity can start at this token: a digit, a currency sign, "ke", a number word."""
    return word[0].isdigit() or word[0] == "$" or word[:2].lower() in _STARTS or word.lower() in _NUMBER_STARTS


def quantity_at(text: str, tokens: list[Token], i: int, titles: TitleLines) -> tuple[list[Quantity], int]:
    """The quantities starting at token i (usually none or one) and the token index to go on from."""
    if not may_start(tokens[i].text):
        return [], i + 1
    ordinal = ordinal_at(tokens, i)
    if ordinal:
        value, s, e = ordinal
        noun = anniversary_noun(tokens, s)
        return ([build(text, tokens, _Num(s, e, value), _Unit(noun, e))] if noun else []), e
    items = parse_list(tokens[i].text)
    if items is not None:
        return list_quantities(text, tokens, i, items), i + 1
    num = read_numeral(tokens, i)
    if num is None:
        return [], i + 1
    num, found = unit_of(tokens, read_range_end(tokens, num))
    if blocked(tokens, num, found.unit) or not_quantity(text, tokens, num, found, titles):
        return [], max(num.j, i + 1)
    return list_before(text, tokens, num, found) + [build(text, tokens, num, found)], max(found.end, num.j)


def _magnitude_before(tokens: list[Token], i: int) -> bool:
    """Whether "magnitudo" (or "skala Richter") stands right before token i."""
    return low(tokens, i - 1) in MAGNITUDE_WORDS or f"{low(tokens, i - 2)} {low(tokens, i - 1)}" in MAGNITUDE_WORDS


def glued_magnitudes(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Magnitudes written glued to their sign ("M6,2"), which the tokenizer splits apart."""
    out = []
    for m in _MAGNITUDE_GLUED.finditer(text, start, len(text) if end is None else end):
        value = parse_digits(m.group(1).replace(",", "."))
        if value is not None:
            tokens = tokenize(text, max(start, m.start() - _MEASURED_REACH), m.start())
            out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), value=value, unit=MAGNITUDE_UNIT,
                                measured=measured(text, tokens, len(tokens), None, len(tokens))))
    return out


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, in order, with offsets into ``text``."""
    tokens = tokenize(text, start, end)
    glued = glued_magnitudes(text, start, end)
    titles = TitleLines(text)
    out, i = list(glued), 0
    glued_starts = [g.start for g in glued]
    # The tokens a quantity can start at (most tokens cannot: the cheap test for all of them in C); the walk
    # goes from one to the next, past those a quantity found already covers.
    for k in compress(range(len(tokens)), map(may_start, map(_TEXT, tokens))):
        if k < i:
            continue
        found, i = quantity_at(text, tokens, k, titles)
        out += [q for q in found if not _overlaps_glued(q, glued, glued_starts)]
    return sorted(out, key=lambda q: q.start)


def _overlaps_glued(q: Quantity, glued: list[Quantity], starts: list[int]) -> bool:
    """``q`` overlaps one of the glued magnitudes (in text order, never overlapping each other)."""
    k = bisect.bisect_left(starts, q.end)
    return k > 0 and glued[k - 1].end > q.start
