"""Story-wide entity linking: one actor however each outlet names it."""
from __future__ import annotations

from kabar.brief.actors import actors
from kabar.brief.link import link_story_entities
from kabar.model import Document, Entity, Event, Quote, Source


def _doc(doc_id: str, text: str, names: list[tuple[str, str, str]], quotes=(), events=()) -> Document:
    ents = []
    for surface, canonical, eid in names:
        start = text.index(surface)
        ents.append(Entity(surface, start, start + len(surface), "PER", canonical, eid))
    return Document(id=doc_id, source=Source(path=f"{doc_id}.txt"), raw=text, text=text, entities=ents,
                    quotes=list(quotes), events=list(events))


def _story() -> list[Document]:
    full = _doc("a", "Menteri Perikanan Wiratama Sasongko tiba di Ambon. Wiratama meninjau pelabuhan.",
                [("Wiratama Sasongko", "Wiratama Sasongko", "ent_full"), ("Wiratama", "Wiratama Sasongko", "ent_full")])
    short = _doc("b", "Wiratama berbicara kepada nelayan di Ambon.", [("Wiratama", "Wiratama", "ent_short")],
                 quotes=[Quote("Kami akan membantu", "Wiratama", "ent_short", "kata", True, 0, 10)],
                 events=[Event("CONSULT", "Wiratama", None, None, None, "berbicara", {"start": 0, "end": 40})])
    other = _doc("c", "Bupati Wiradana Putra menyambut rombongan.", [("Wiradana Putra", "Wiradana Putra", "ent_other")])
    return [full, short, other]


def test_a_bare_surname_joins_the_full_name_from_another_article():
    docs = _story()
    link_story_entities(docs)
    short = docs[1]
    assert short.entities[0].entity_id == "ent_full" and short.entities[0].canonical == "Wiratama Sasongko"
    assert short.quotes[0].speaker_entity_id == "ent_full" and short.quotes[0].speaker == "Wiratama Sasongko"
    assert short.events[0].actor == "Wiratama Sasongko"
    assert docs[2].entities[0].entity_id == "ent_other"


def test_actors_count_a_linked_person_once_across_articles():
    docs = _story()
    link_story_entities(docs)
    people = {a["name"]: a for a in actors(docs)}
    assert "Wiratama" not in people
    assert people["Wiratama Sasongko"]["documents"] == 2 and people["Wiratama Sasongko"]["mentions"] == 3
