"""Words that mark a name as written in English ("United States Trade Representative",
"Organisation for Economic Cooperation and Development"), for choosing between a name and its
acronym: Indonesian news calls an English-named body by its capital-letter acronym (OECD, USTR),
an Indonesian-named one by its name.
"""
from __future__ import annotations

# Function words that occur inside English names but never inside Indonesian ones.
ENGLISH_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to"})

# Last words of English organisation names (Indonesian names put the head first).
ENGLISH_ORG_HEADS = frozenset({
    "agency", "association", "administration", "authority", "board", "bureau", "center", "centre",
    "command", "commission", "committee", "corporation", "council", "court", "department", "force",
    "forum", "foundation", "fund", "group", "institute", "league", "ministry", "office", "organization",
    "organisation", "party", "programme", "program", "representative", "service", "society", "union",
})
