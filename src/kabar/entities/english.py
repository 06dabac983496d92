"""English phrases inside Indonesian text that look like names but are titles of works or themes.

"serial Game of Thrones", "tema 'Epicentrum of Growth'": capitalised words joined by an English
"of" that no head word, tail word or table made a name ("Bank of America", "Board of Peace" and
"Gulf of Aden" are found as names before this) are a title, and the tagger's one-word names
inside it are none. A "person" opening with the English article ("The Iron Throne") is no person.
"""
from __future__ import annotations

import re

from .recognize import Mention

# A capitalised word joined to the mention by an English "of" on either side.
OF_AFTER = re.compile(r" of [A-Z]")
OF_BEFORE = re.compile(r"[A-Za-z] of $")
OF_REACH = 5  # characters before a mention searched for "x of "


def drop_english_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less the words of English titles and the persons opening with "The"."""
    return [m for m in mentions if not (_in_of_phrase(m, text) or _the_person(m))]


def _in_of_phrase(m: Mention, text: str) -> bool:
    """A one-word name the rules found nowhere in a table, joined to a capitalised word by "of"."""
    if " " in m.text or m.kind in ("gaz", "head") or m.entry is not None:
        return False
    return bool(OF_AFTER.match(text, m.end) or OF_BEFORE.search(text, max(0, m.start - OF_REACH), m.start))


def _the_person(m: Mention) -> bool:
    """A person, or a name of no type yet, that opens with the English article ("The Iron Throne")."""
    return m.type in ("PER", None) and m.text.startswith("The ")
