"""Credit lines to metadata: 'Penulis : A Editor : B', 'Sumber : AP / KCNA', 'Oleh: A'."""
from __future__ import annotations

import re

from ..lang.id.boilerplate import CREDIT_LABELS
from ..model import Byline

_LABELS = sorted(CREDIT_LABELS, key=len, reverse=True)
_LABEL_RX = re.compile(r"(?:^|(?<=\s)|(?<=\|))(" + "|".join(re.escape(x) for x in _LABELS) + r")\s*[:：|]\s*", re.I)
_OLEH = re.compile(r"^oleh\s*:?\s+(.+)$", re.I)
_LAPORAN = re.compile(r"^(?:laporan|liputan)\s+(?:wartawan|reporter|koresponden|jurnalis)\s+([^,]+?)(?:,\s*(.+))?$", re.I)
# (?<!\s): a separator's spaces are taken from their first one, so a long run of spaces is read once.
_SPLIT_PEOPLE = re.compile(r"(?<!\s)\s*(?:,|;|&|\bdan\b|\band\b)\s*")
_SPLIT_AGENCIES = re.compile(r"(?<!\s)\s*(?:/|,|;|&|\bdan\b|\band\b|\|)\s*")


def parse_credit_line(line: str, byline: Byline) -> None:
    """Add the people and agencies a credit line names to ``byline`` (in place)."""
    s = line.strip()
    m = _LAPORAN.match(s)
    if m:
        _add(byline.authors, [m.group(2) or m.group(1)])
        return
    m = _OLEH.match(s)
    if m and not _LABEL_RX.search(s):
        _add(byline.authors, _SPLIT_PEOPLE.split(m.group(1)))
        return
    matches = list(_LABEL_RX.finditer(s))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(s)
        value = s[m.end():end].strip(" |,;")
        field = CREDIT_LABELS.get(m.group(1).lower())
        if not value or field is None:
            continue
        splitter = _SPLIT_AGENCIES if field == "agencies" else _SPLIT_PEOPLE
        _add(getattr(byline, field), splitter.split(value))


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        name = name.strip(" .,;:-|()")
        if name and len(name) <= 80 and name not in target:
            target.append(name)
