"""Story boundaries: when an article may not join a story, however alike their words are.

Word and name overlap cannot see *which occasion* a report is about: the 42nd
and the 43rd ASEAN summit share hosts, leaders and vocabulary. These rules keep
such reports apart; all are cheap and read only what the features hold:

* **edition**: the story names one edition of a recurring happening ("KTT
  ke-43") and the article another ("KTT ASEAN ke-42"), each by the number it
  names most;
* **undated article**: an article without a date of its own, whose day-and-month
  mentions ("Senin (5/10)"), placed in the story's years, all lie further than
  ``Weights.date_max`` from the story's days.

* **edition by year**: the headline or lead names a competition, election or summit by its year ("Piala
  Thomas 2020", "Thomas Cup 2024") and the story's another year (only there: a body recalls other editions);
* **number**: the headline or lead names a flight, ship or train number ("Lion Air JT-610") and the story's
  another one: another incident of the same kind;
* **law**: the lead names one statute ("RUU TNI") and the story's leads another ("RKUHAP"): the same
  plenary, protests and words, another law.

* **channel**: the story's exchange took place by one channel (a post on social media, a phone call, a
  letter, a video conference, a face-to-face meeting) and the article's headline or lead names another:
  another occasion between the same parties. Kept as an edition under the head ``channel``.

Dated articles are kept apart by :func:`kabar.stories.cluster.date_factor`; a
member without dates no longer waives that check (``Clusterer._member_score``
falls back to the story's days).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Iterable

from ..lang.id.story_cues import (
    CHANNEL_HEAD, CHANNEL_WORDS, CODE_HEAD, EDITION_HEADS, EDITION_WINDOW, SERIES_CODED, SERIES_HEADS_AFTER,
    SERIES_HEADS_BEFORE, SERIES_SUFFIX, STAGE_HEAD, STAGE_ORDER, STAGE_WORDS, STATUTE_CODE_PREFIXES, STATUTE_HEAD, STATUTE_HEADS, STATUTE_LINKS, STATUTE_WORDS, YEAR_EDITION_HEADS,
    YEAR_EDITION_NAMES, YEAR_EDITION_SUFFIX,
)
from ..text.tokens import Token, tokenize

_ORDINAL = re.compile(r"^ke-(\d{1,3})$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# a flight, ship or train number: two or three capitals, a hyphen or space or nothing, then 2-4 digits
_CODE = re.compile(r"(?<![\w/.-])[A-Z]{2,3}(?:-| )?([1-9]\d{1,3})(?![\w/.,-]\d|\w)")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})")
_BRACKET_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/\d{2,5})?\)")
EDITION_SEP = ":"


def editions(text: str) -> dict[str, int]:
    """Mentions of each edition a text names: "KTT ASEAN ke-43" -> {"ktt:43": 1}."""
    toks = tokenize(text)
    found: Counter = Counter()
    for i in range(len(toks)):
        number = _ordinal_at(toks, i)
        if number is None:
            continue
        head = next((toks[k].text.lower() for k in range(i - 1, max(-1, i - 1 - EDITION_WINDOW), -1)
                     if toks[k].text.lower() in EDITION_HEADS), None)
        if head:
            found[f"{head}{EDITION_SEP}{number}"] += 1
    return dict(found)


def year_editions(texts: Iterable[str]) -> dict[str, int]:
    """The editions named by year in a headline and lead (``texts``): "Piala Thomas 2020" ->
    {"piala-tahun:2020": 1}. Only there: the body recalls other editions as background."""
    found: Counter = Counter()
    for text in texts:
        toks = tokenize(text or "")
        for i, t in enumerate(toks):
            head = _year_head(toks, i) if _YEAR.match(t.text) else None
            if head:
                found[f"{head}{YEAR_EDITION_SUFFIX}{EDITION_SEP}{t.text}"] += 1
    return dict(found)


def _year_head(toks: list[Token], i: int) -> str | None:
    """The competition, election or summit noun a year at token i names the edition of ("Piala Thomas
    2020"), with only capitalised names between them; None when there is none."""
    for k in range(i - 1, max(-1, i - 2 - YEAR_EDITION_NAMES), -1):
        word = toks[k].text
        head = YEAR_EDITION_HEADS.get(word.lower())
        if head and word[:1].isupper():
            return head
        if not (word[:1].isupper() or (word[:1].isalnum() and any(c.isupper() for c in word))):
            return None
    return None


def series(texts: Iterable[str]) -> dict[str, int]:
    """The series of the summits and cups a headline and lead (``texts``) name, as editions: "KTT ke-43
    ASEAN", "ASEAN Summit" -> {"ktt-seri:asean": 2}; "Piala Thomas", "Thomas Cup" -> {"piala-seri:thomas": 2}."""
    found: Counter = Counter()
    for text in texts:
        toks = [t.text for t in tokenize(text or "")]
        for i, word in enumerate(toks):
            low = word.lower()
            if low in SERIES_HEADS_BEFORE:
                head, name = SERIES_HEADS_BEFORE[low], _name_after(toks, i)
            elif low in SERIES_HEADS_AFTER and word[:1].isupper():
                head, name = SERIES_HEADS_AFTER[low], toks[i - 1] if i else None
            else:
                continue
            key = _series_key(name, head in SERIES_CODED)
            if key:
                found[f"{head}{SERIES_SUFFIX}{EDITION_SEP}{key}"] += 1
    return dict(found)


def _name_after(toks: list[str], i: int) -> str | None:
    """The word after the noun at token i, past a closing bracket and an ordinal ("(KTT) ke-43 ASEAN")."""
    k = i + 1
    if k < len(toks) and toks[k] == ")":
        k += 1
    if k < len(toks) and _ORDINAL.match(toks[k]):
        k += 1
    elif k + 1 < len(toks) and toks[k].lower() == "ke" and toks[k + 1].isdigit():
        k += 2
    return toks[k] if k < len(toks) else None


def _series_key(name: str | None, coded: bool) -> str | None:
    """A series name as a key: capitalised, an acronym or code where ``coded`` ("ASEAN", "G-20" -> "g20",
    "ASEAN-GCC" -> "asean": a summit of ASEAN with a partner is held at the ASEAN summit); None otherwise."""
    if not name or not name[:1].isupper() or not any(c.isalpha() for c in name):
        return None
    first, _, rest = name.partition("-")
    key = (first + rest if rest.isdigit() else first).lower()
    if coded and not (first.isupper() or any(c.isdigit() for c in first)) or len(key) < 2:
        return None
    return key


def codes(texts: Iterable[str]) -> dict[str, int]:
    """The flight, ship or train numbers the first of ``texts`` naming one names (headline, then lead
    sentences), as editions: {"code:610": 2}; {} when none does."""
    for text in texts:
        found = Counter(f"{CODE_HEAD}{EDITION_SEP}{int(m.group(1))}" for m in _CODE.finditer(text or ""))
        if found:
            return dict(found)
    return {}


def channel(texts: Iterable[str]) -> dict[str, int]:
    """The channel of the exchange the first of ``texts`` naming one names (headline, then lead sentences),
    as an edition: {"channel:phone": 1}; {} when none does."""
    for text in texts:
        toks = [t.text.lower() for t in tokenize(text or "")]
        for i, w in enumerate(toks):
            found = CHANNEL_WORDS.get(f"{w} {toks[i + 1]}" if i + 1 < len(toks) else "") or CHANNEL_WORDS.get(w)
            if found:
                return {f"{CHANNEL_HEAD}{EDITION_SEP}{found}": 1}
    return {}


def stage(texts: Iterable[str]) -> dict[str, int]:
    """The furthest stage of a criminal case ``texts`` (headline and lead sentences) name, as an edition:
    {"stage:verdict": 1}; {} when they name none."""
    found: set[str] = set()
    for text in texts:
        toks = [t.text.lower() for t in tokenize(text or "")]
        for i, w in enumerate(toks):
            hit = STAGE_WORDS.get(f"{w} {toks[i + 1]}" if i + 1 < len(toks) else "") or STAGE_WORDS.get(w)
            if hit:
                found.add(hit)
    if not found:
        return {}
    return {f"{STAGE_HEAD}{EDITION_SEP}{max(found, key=STAGE_ORDER.index)}": 1}


def statutes(names: Iterable[str]) -> dict[str, int]:
    """The laws among the names a headline and lead give (LAW entities), as editions: {"uu:tni": 2}."""
    found = Counter(f"{STATUTE_HEAD}{EDITION_SEP}{key}" for name in names if (key := statute_key(name)))
    return dict(found)


def statute_key(name: str) -> str | None:
    """What tells one law from another in its name: "RUU TNI", "UU Nomor 34 Tahun 2004 tentang Tentara
    Nasional Indonesia" -> "tni"; "KUHP", "Kitab Undang-Undang Hukum Pidana" -> "hp"; None for a name that is
    no statute ("Piagam PBB") or names no particular law ("RUU")."""
    words = [w for w in re.split(r"\s+", (name or "").lower().strip()) if w]
    if not words or words[0] not in STATUTE_HEADS:
        return None
    if "tentang" in words:
        words = words[len(words) - words[::-1].index("tentang"):]
    words = [w for w in words if w not in STATUTE_WORDS and not any(c.isdigit() for c in w)]
    if len(words) == 1:
        return _code_name(words[0])
    words = [w for w in words if w not in STATUTE_LINKS]
    return "".join(w[0] for w in words) if words else None


def _code_name(word: str) -> str:
    """A one-word law name without the letters that stand for "Kitab Undang-undang" ("kuhap" -> "hap")."""
    for prefix in STATUTE_CODE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):]
    return word


def _ordinal_at(toks: list[Token], i: int) -> int | None:
    """The number of an ordinal "ke-43" / "ke 43" starting at token i."""
    m = _ORDINAL.match(toks[i].text)
    if m:
        return int(m.group(1))
    if toks[i].text.lower() == "ke" and i + 1 < len(toks) and toks[i + 1].text.isdigit():
        return int(toks[i + 1].text)
    return None


def main_editions(counts: dict[str, float]) -> dict[str, set[str]]:
    """Per head, the edition numbers named most often."""
    by_head: dict[str, dict[str, float]] = {}
    for key, n in counts.items():
        head, _, number = key.partition(EDITION_SEP)
        by_head.setdefault(head, {})[number] = n
    return {h: {k for k, v in nums.items() if v == max(nums.values())} for h, nums in by_head.items()}


def other_edition(doc: dict[str, int], story: dict[str, float]) -> bool:
    """Whether the article's main edition of some happening is not the story's."""
    if not doc or not story:
        return False
    mine, theirs = main_editions(doc), main_editions(story)
    return any(not (mine[h] & theirs[h]) for h in mine.keys() & theirs.keys())


def other_happening(day: int | None, named: Iterable[int], story_days: set[int], story_named: set[int],
                    max_gap: int) -> bool:
    """Whether the article's lead dates its happening more than ``max_gap`` days from every day the story's
    leads date theirs on, and neither names the other's day (give or take one): another occasion, not a
    follow-up, which recalls the day of what it follows."""
    if day is None or not story_days or min(abs(day - d) for d in story_days) <= max_gap:
        return False
    recalls = any(abs(m - d) <= 1 for m in named for d in story_days)
    recalled = any(abs(day - m) <= 1 for m in story_named) if story_named else False
    return not (recalls or recalled)


def month_days(values: Iterable[str]) -> list[str]:
    """The "MM-DD" of year-less dates among resolved time values ("XXXX-10-05")."""
    return sorted({f"{m[1]}-{m[2]}" for v in values if (m := _MONTH_DAY.match(v or ""))})


def written_month_days(text: str) -> list[str]:
    """Day and month of the bracketed numeric dates news writes after a weekday ("Selasa (15/11)", even
    with a misprinted year: "(15/11/20220)"), as "XXXX-MM-DD" values."""
    out = []
    for m in _BRACKET_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.append(f"XXXX-{month:02d}-{day:02d}")
    return out


def undated_far(doc_day: int | None, doc_days: list[int], doc_month_days: list[str], story_days: list[int],
                max_gap: int) -> bool:
    """Whether an undated article's day-month mentions all lie far from the story's days in its years."""
    if doc_day is not None or doc_days or not doc_month_days or not story_days:
        return False
    first, last = story_days[0], story_days[-1]
    years = range(dt.date.fromordinal(first).year - 1, dt.date.fromordinal(last).year + 2)
    placed = [p for y in years for md in doc_month_days if (p := _ordinal(y, md))]
    return all(p < first - max_gap or p > last + max_gap for p in placed)


def _ordinal(year: int, month_day: str) -> int | None:
    try:
        return dt.date(year, int(month_day[:2]), int(month_day[3:])).toordinal()
    except ValueError:  # 29 February of another year, or an impossible date
        return None
