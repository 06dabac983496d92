"""What the statistical tagger says about the tokens the entity scanner walks (a mixin of
:class:`kabar.entities.recognize._Scanner`, which holds ``toks``, ``gaz``, ``tagged`` sorted by start,
``_tag_starts``, ``_tag_at`` (the tagger's spans by start offset) and ``_other_tag_ends`` (where its
organisations and places end))."""
from __future__ import annotations

from ..lang.id.entity_heads import PER_CONNECTORS

# A tagger type this sure is kept even against a title before the name, and ends a head-word name.
CONFIDENT_TAG = 0.9


class TagQueries:
    """Questions about the tagger's spans at a token: does a person, an organisation or a place start here?"""

    def _person_end(self, i: int) -> int:
        """Where the tagger ends a person it starts at token ``i`` ("Donald J. Trump", "Marcos, Jr."),
        as a token index; ``i`` where it starts none there."""
        t = self.toks
        here = self._tag_at.get(t[i].start)
        if not here:
            return i  # the cheap test first: the tagger starts nothing at this token
        sp = next((x for x in here if x.label == "PER"), None)
        if sp is None:
            return i
        for k in range(i, len(t)):
            if t[k].is_word and not t[k].is_cap and not t[k].has_digit and t[k].low not in PER_CONNECTORS:
                return k  # "Rini | nempel": a lower-case word the tagger took in ends the name before it
            if t[k].end == sp.end:
                return k + 1
        return i

    def _other_tag_at(self, j: int) -> bool:
        """The tagger starts an organisation or place at token ``j`` ("Kepala | Basarnas")."""
        return any(sp.label != "PER" for sp in self._tag_at.get(self.toks[j].start, ()))

    def _tag_ends(self, j: int) -> bool:
        """The tagger ends an organisation or place right before token ``j`` ("PT Astra | Djony ...")."""
        return self.toks[j - 1].end in self._other_tag_ends

    def _other_tag_opens(self, j: int, score: float = 0.0) -> bool:
        """The tagger starts an organisation or a place at token ``j`` (at least this sure)."""
        return any(sp.label != "PER" and sp.score >= score for sp in self._tag_at.get(self.toks[j].start, ()))

    def _place_at(self, j: int) -> bool:
        """A place the table knows starts at token ``j`` ("Sulawesi Tenggara", "Indonesia")."""
        hit = self.gaz.lookup(self.toks, j) if self._cap_at(j) else None
        return bool(hit) and hit[1].type in ("GPE", "LOC")

    def _org_at(self, j: int) -> bool:
        """The tagger puts an organisation's name starting at token ``j``."""
        return any(sp.label == "ORG" for sp in self._tag_at.get(self.toks[j].start, ()))

    def _person_at(self, j: int, score: float = 0.0) -> bool:
        """The tagger puts a person's name starting at token ``j`` (at least this sure)."""
        return any(sp.label == "PER" and sp.score >= score for sp in self._tag_at.get(self.toks[j].start, ()))

    def _tag_opens(self, i: int) -> bool:
        """The tagger puts a name of two words or more starting at token ``i``."""
        tok = self.toks[i]
        if not self._cap_at(i + 1) or self._best_span(i + 1):
            return False  # "Koalisi | Perserikatan Bangsa-Bangsa": a table name follows
        return any(sp.end > tok.end for sp in self._tag_at.get(tok.start, ()))
