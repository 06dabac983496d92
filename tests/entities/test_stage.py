"""The entities stage: registration, document fields, headline context, speed."""

from kabar.model import Document, Sentence, Source
from kabar.pipeline import REGISTRY, Pipeline

BODY = ("Pemimpin Korea Utara Kim Jong Un menerima Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang. "
        "Shoigu memuji Tentara Rakyat Korea. Pyongyang mengatakan latihan Amerika Serikat (AS) "
        "di Semenanjung Korea adalah ancaman. Kim kemudian berpidato di depan Kongres AS? Tidak, "
        "ia berbicara kepada Dewan Keamanan PBB.")


def make_doc(text: str, title: str | None = None) -> Document:
    doc = Document(id="t", source=Source(path="t.txt"), raw=text, title=title, text=text)
    doc.sentences = [Sentence(0, len(text))]
    return doc


def test_stage_is_registered_with_its_contract():
    import kabar.stages  # noqa: F401

    stage = REGISTRY["entities"]
    assert stage.requires == ("text", "sentences") and stage.provides == ("entities",)


def test_stage_fills_entities_in_text_order_with_ids():
    import kabar.stages  # noqa: F401

    doc = REGISTRY["entities"].fn(make_doc(BODY), None)
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)
    assert all(BODY[e.start:e.end] == e.text and e.entity_id for e in doc.entities)
    canon = {e.text: e.canonical for e in doc.entities}
    assert canon["Shoigu"] == "Sergei Shoigu" and canon["Kim"] == "Kim Jong Un"
    assert canon["AS"] == "Amerika Serikat" and canon["Dewan Keamanan PBB"].startswith("Dewan Keamanan")


def test_headline_names_explain_bare_names_in_the_body():
    import kabar.stages  # noqa: F401

    doc = make_doc("Lula berbicara di depan parlemen.", title="Presiden Luiz Inacio Lula Bertemu Menteri")
    doc = REGISTRY["entities"].fn(doc, None)
    assert [(e.text, e.canonical) for e in doc.entities] == [("Lula", "Luiz Inacio Lula")]


def test_pipeline_runs_sentences_then_entities():
    doc = Document(id="t", source=Source(path="t.txt"), raw=BODY)
    names = [n for n in ("clean", "sentences", "entities")]
    doc = Pipeline.build(names)(doc)
    assert {"Korea Utara", "Rusia", "Sergei Shoigu"} <= {e.canonical for e in doc.entities}


def test_a_recurring_event_without_its_year_is_the_edition_of_the_publication_year():
    import kabar.stages  # noqa: F401

    doc = make_doc("Presiden hadir di KTT APEC. Ia juga membahas KTT ke-9 Mekong.")
    doc.published = "2031-11-07"
    doc = REGISTRY["entities"].fn(doc, None)
    canon = {e.text: e.canonical for e in doc.entities}
    assert canon["KTT APEC"] == "KTT APEC 2031" and "2031" not in canon["KTT ke-9 Mekong"]
