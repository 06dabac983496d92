"""How well kabar's pronoun speakers find their person, on the coreference sets in ``../shared/data``.

A quote whose speaker is a pronoun or clitic ("ujarnya", "kata dia", "Ia menambahkan") is given
the person :meth:`kabar.quotes.cast.Cast.antecedent` returns. This scores that choice on
gold mentions, so the figure measures the resolver, not the name tagger:

* IndoCoref (201 Wikipedia articles, SACR markup): every singular personal pronoun ``ia``,
  ``dia``, ``beliau`` whose chain has a named person before it;
* id-coref-news (122 news documents, XML): every ``ia``/``dia``/``beliau`` linked to a person.

Each document becomes a :class:`~kabar.model.Document` whose entities are the gold named-person
mentions (canonical = the gold chain); the resolver is right when it returns a mention of the
pronoun's chain. ``answered`` counts the pronouns it gave a person at all (it may say none).

    python benchmarks/coref.py
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.model import Document, Entity, Source  # noqa: E402
from kabar.quotes.cast import Cast  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"
PRONOUNS = ("ia", "dia", "beliau")
_SACR = re.compile(r'\{M(\d+):jenis="([^"]*)" |\}')
PERSON_NE = "named-entity person"
SINGULAR_PRONOUN = "kata ganti orang tunggal"


def sacr(raw: str) -> tuple[str, list[dict]]:
    """Plain text and mentions of a SACR file: a nested empty-type mention names the chain."""
    out, stack, parts, pos, i = [], [], [], 0, 0
    for m in _SACR.finditer(raw):
        parts.append(raw[i:m.start()])
        pos += m.start() - i
        i = m.end()
        if m.group(0) == "}":
            if stack:
                mid, kind, start, inner = stack.pop()
                out.append({"start": start, "end": pos, "kind": kind, "chain": inner[0] if inner else mid})
                if stack and kind == "":
                    stack[-1][3].append(mid)
        else:
            stack.append([m.group(1), m.group(2), pos, []])
    parts.append(raw[i:])
    return "".join(parts), [x for x in out if x["kind"]]


def indocoref_cases() -> list[tuple[str, list[tuple[int, int, str]], int, str]]:
    """(text, gold person mentions (start, end, chain), pronoun position, pronoun chain)."""
    cases = []
    for f in sorted((DATA / "indocoref" / "data" / "annotated").glob("*.txt")):
        text, mentions = sacr(f.read_text(encoding="utf-8"))
        people = [(m["start"], m["end"], m["chain"]) for m in mentions if m["kind"] == PERSON_NE]
        for m in mentions:
            word = text[m["start"]:m["end"]].strip().lower()
            if m["kind"] == SINGULAR_PRONOUN and word in PRONOUNS:
                if any(c == m["chain"] and e <= m["start"] for _, e, c in people):
                    cases.append((text, people, m["start"], m["chain"]))
    return cases


def news_cases() -> list[tuple[str, list[tuple[int, int, str]], int, str]]:
    """The same cases from id-coref-news: phrases joined into one text per document."""
    root = ET.parse(DATA / "id-coref-news" / "full.xml").getroot()
    phrases = []
    for sent in root.iter("sentence"):
        for ph in sent.iter("phrase"):
            words = [t.rsplit("\\", 1)[0] for t in (ph.text or "").split()]
            phrases.append((ph.get("id"), " ".join(words), ph.get("ne") or "", ph.get("coref")))
    link = {pid: ref for pid, _, _, ref in phrases if pid and ref}

    def chain(pid: str) -> str:
        seen = set()
        while pid in link and pid not in seen:
            seen.add(pid)
            pid = link[pid]
        return pid

    text, people, pronouns, pos = [], [], [], 0
    for pid, words, ne, _ in phrases:
        if pid and words.lower() in PRONOUNS:
            pronouns.append((pos, chain(pid)))
        elif pid and ne.split("|")[-1] == "PERSON":
            people.append((pos, pos + len(words), chain(pid)))
        text.append(words)
        pos += len(words) + 1
    joined = " ".join(text)
    return [(joined, people, p, c) for p, c in pronouns
            if c in {x[2] for x in people} and any(x[2] == c and x[1] <= p for x in people)]


def score(cases: list) -> dict:
    """Right, answered and total over the cases, with kabar's resolver on gold mentions."""
    right = answered = 0
    docs: dict[int, Cast] = {}
    for text, people, pos, gold in cases:
        key = id(people)
        if key not in docs:
            ents = [Entity(text[s:e], s, e, "PER", c, c) for s, e, c in people if text[s:e].strip()]
            doc = Document(id="c", source=Source(), raw=text, text=text, entities=ents)
            docs[key] = Cast(doc, [])
        found = docs[key].antecedent(pos, "PER")
        answered += found is not None
        right += found is not None and found.entity_id == gold
    n = len(cases)
    return {"pronouns": n, "answered": answered, "right": right,
            "accuracy": round(right / n, 4) if n else None,
            "precision": round(right / answered, 4) if answered else None}


def main() -> int:
    if not (DATA / "indocoref").exists():
        print(f"coreference data not found under {DATA}", file=sys.stderr)
        return 0
    print("IndoCoref       ", score(indocoref_cases()))
    print("id-coref-news   ", score(news_cases()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
