"""Documents of our own sentences with their entities filled in by hand, for the quote tests."""
import re

from kabar.model import Document, Entity, Source


def doc_with(text: str, table: dict[str, tuple[str, str]]) -> Document:
    """A document whose entities are every surface form of ``table`` (surface -> (type, canonical))
    found in the text, longest first."""
    ents: list[Entity] = []
    for surface in sorted(table, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(e.start < m.end() and m.start() < e.end for e in ents):
                typ, canon = table[surface]
                ents.append(Entity(surface, m.start(), m.end(), typ, canon, canon.lower().replace(" ", "-")))
    ents.sort(key=lambda e: e.start)
    return Document(id="t", source=Source(), raw=text, text=text, entities=ents)
