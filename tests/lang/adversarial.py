"""Adversarial strings for a regular expression, built from its own parse tree.

Backtracking blows up when a repeated part can match the same text in many ways
(``(?:\\d+\\s*)+`` over "1 2 3 ... x"). For every repeat in a pattern this module
builds the text that leads up to it, then many copies of what the repeat's body
matches (each alternative, each member of a character class, and pairs of them
glued together), then a character that makes the match fail. It also repeats the
pattern's own alphabet (its literal characters and one representative of each
class) on its own. :func:`worst_time` runs a pattern over these strings with a
growing number of copies and reports the slowest CPU time, stopping as soon as
one exceeds the bound (so a catastrophic pattern costs about one bound, not hours).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from itertools import zip_longest
from re import _constants as C
from re import _parser

# One representative character of each built-in class (and one outside it).
CATEGORY_CHARS = {
    C.CATEGORY_DIGIT: "7", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_SPACE: " ", C.CATEGORY_NOT_SPACE: "a",
    C.CATEGORY_WORD: "a", C.CATEGORY_NOT_WORD: " ", C.CATEGORY_LINEBREAK: "\n", C.CATEGORY_NOT_LINEBREAK: "a",
}
# Characters that end most matches early: tried after the pumped part.
FAIL_SUFFIXES = ("", "\x00", "!", "\n", "a", " ", "7", ".", "\u2603")
# How many copies of a pumped part: one by one first (exponential blow-up shows within
# a few dozen copies), then long strings (polynomial blow-up needs length).
SMALL_COPIES = tuple(range(1, 26))
LONG_CHARS = (1_000, 4_000)
MAX_ATTACKS = 120  # per pattern, after de-duplication


@dataclass(frozen=True)
class Attack:
    """A string ``prefix + pump * n + suffix`` for growing ``n``."""

    prefix: str
    pump: str
    suffix: str

    def text(self, copies: int) -> str:
        return self.prefix + self.pump * copies + self.suffix


def _in_chars(items) -> list[str]:
    """Characters a character class matches (one per range/category), or one it refuses when negated."""
    out, negated = [], False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE:
            out += [chr(av[0]), chr(av[1])]
        elif op is C.CATEGORY:
            out.append(CATEGORY_CHARS.get(av, "a"))
    if negated:
        refused = set(out)
        return [c for c in ("a", "7", " ", "x", ".", "-", "Z") if c not in refused][:2] or ["\u2603"]
    return out or ["a"]


def _variants(seq, limit: int = 6) -> list[str]:
    """A few different strings the node sequence ``seq`` matches (first is the plainest)."""
    outs = [""]
    for op, av in seq:
        options = _node_variants(op, av, limit)
        if not options:
            continue
        outs = [a + b for a in outs for b in options][:limit]
    return outs


def _node_variants(op, av, limit: int) -> list[str]:
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.NOT_LITERAL:
        return ["a" if av != ord("a") else "b"]
    if op is C.ANY:
        return ["a", " "]
    if op is C.IN:
        return _in_chars(av)[:limit]
    if op is C.BRANCH:
        return [v for branch in av[1] for v in _variants(branch, 2)][:limit]
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        return _variants(av[-1], limit)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        grown = [v * max(low, 1) for v in _variants(body, limit)]
        return grown + [""] if low == 0 else grown  # an optional part may also be left out
    return [""]  # anchors, look-arounds, back-references: no text of their own


def attacks(pattern: str, flags: int = 0) -> list[Attack]:
    """Adversarial strings for one pattern: pumped repeats plus its alphabet on its own."""
    tree = _parser.parse(pattern, flags)
    sites: list[list[Attack]] = []
    _collect(list(tree), "", sites)
    sites.append([Attack("", ch, s) for ch in sorted(_alphabet(list(tree))) for s in FAIL_SUFFIXES[:3]])
    # Round-robin over the repeats, so each one is attacked before any gets a second try.
    mixed = [a for layer in zip_longest(*sites) for a in layer if a is not None]
    return list(dict.fromkeys(mixed))[:MAX_ATTACKS]


def _collect(seq, prefix: str, found: list[list[Attack]]) -> None:
    """Walk ``seq``; every repeat with room to grow becomes attacks led by the text before it."""
    for i, (op, av) in enumerate(seq):
        lead = prefix + "".join(_variants(seq[:i], 1))
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, body = av
            if high is C.MAXREPEAT or high > 4:
                _pumps(body, lead, found)
            _collect(list(body), lead, found)
        elif op is C.BRANCH:
            for branch in av[1]:
                _collect(list(branch), lead, found)
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP, C.ASSERT, C.ASSERT_NOT):
            _collect(list(av[-1]), lead, found)


def _pumps(body, lead: str, found: list[list[Attack]]) -> None:
    """Attacks pumping the body of one repeat: each variant, and pairs of variants glued."""
    single = [v for v in _variants(list(body), 6) if v]
    pairs = [a + b for a in single[:3] for b in single[:3] if a != b]
    pumps = list(dict.fromkeys(single + pairs + [v + " " for v in single[:2]]))
    # Suffix-major order: every pump is tried with the likeliest failing end first.
    found.append([Attack(lead, pump, s) for s in FAIL_SUFFIXES for pump in pumps])


def _alphabet(seq) -> set[str]:
    """Every literal character and one representative per class in the pattern."""
    chars: set[str] = set()
    for op, av in seq:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.IN:
            chars.update(_in_chars(av))
        elif op is C.BRANCH:
            for branch in av[1]:
                chars |= _alphabet(branch)
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP, C.ASSERT, C.ASSERT_NOT):
            chars |= _alphabet(av[-1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            chars |= _alphabet(av[2])
    return chars


def _run(rx: re.Pattern, text: str, search: bool) -> float:
    """CPU seconds of one match (and one search) over ``text``."""
    start = time.process_time()
    rx.match(text)
    if search:
        rx.search(text)
    return time.process_time() - start


def worst_time(rx: re.Pattern, bound_s: float, search: bool = True) -> tuple[float, str]:
    """The slowest CPU time over the pattern's attacks, and the text that took it.

    ``search=False`` for a pattern only ever anchored at a position (``match``).
    Stops at the first text over ``bound_s``.
    """
    worst, worst_text = 0.0, ""
    for attack in attacks(rx.pattern, rx.flags):
        counts = list(SMALL_COPIES) + [max(1, n // max(1, len(attack.pump))) for n in LONG_CHARS]
        for copies in counts:
            text = attack.text(copies)
            spent = _run(rx, text, search)
            if spent > worst:
                worst, worst_text = spent, text
            if spent > bound_s:
                return worst, worst_text
    return worst, worst_text
