"""Between a lake and a store: ``kabar load`` (lake -> SQLite) and ``kabar export`` (store -> files)."""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from itertools import combinations
from typing import Any, Iterator
from xml.etree import ElementTree as ET

from ..errors import KabarError
from ..model import Document


def load_lake(lake: str, db: str) -> tuple[int, int]:
    """Add every document of ``lake`` to the store at ``db`` (stored content skipped), in input order, then
    assign stories: the store holds what ``kabar ingest`` over the same inputs would."""
    from ..store import Store
    from ..store.stories import assign_pending
    from . import lake as lake_io
    from .schema import document_of

    if not lake_io.table_files(lake, lake_io.DOCUMENTS):
        raise KabarError(f"{lake}: no documents table here (is it a lake written by kabar batch?)")
    store = Store(db)
    added = known = 0
    try:
        for row in lake_io.iter_in_input_order(lake):
            if store.add(document_of(row)):
                added += 1
            else:
                known += 1
        assign_pending(store)
    finally:
        store.close()
    return added, known


def stored_documents(db: str) -> Iterator[Document]:
    """Every stored document in the order it was stored."""
    from ..store import Store

    store = Store(db)
    try:
        with store._lock:
            ids = [i for (i,) in store._conn.execute("SELECT id FROM documents ORDER BY seq")]
        for doc_id in ids:
            doc = store.get(doc_id)
            if doc is not None:
                yield doc
    finally:
        store.close()


def export_store(db: str, fmt: str, out: str) -> int:
    """Write the store at ``db`` to ``out`` as parquet | csv | jsonl | graphml; documents written."""
    if not os.path.exists(db):
        raise KabarError(f"{db}: no such store")
    docs = stored_documents(db)
    if fmt == "parquet":
        from . import lake as lake_io
        from .schema import lake_record
        return lake_io.write_documents(out, (lake_record(d) for d in docs))
    if fmt == "jsonl":
        return _jsonl(docs, out)
    if fmt == "csv":
        return _csv(docs, out)
    if fmt == "graphml":
        return write_graphml(docs, out)
    raise KabarError(f"unknown export format '{fmt}'")


def _jsonl(docs: Iterator[Document], out: str) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


DOC_COLUMNS = ("id", "published", "language", "outlet", "title", "url", "path")


def _csv(docs: Iterator[Document], out: str) -> int:
    """``documents.csv`` plus one CSV per flat table (the lake's columns)."""
    from .schema import FLAT_SCHEMAS, flat_rows

    os.makedirs(out, exist_ok=True)
    files = {name: open(os.path.join(out, f"{name}.csv"), "w", encoding="utf-8", newline="")
             for name in ("documents", *FLAT_SCHEMAS)}
    try:
        writers = {name: csv.DictWriter(fh, fieldnames=list(DOC_COLUMNS) if name == "documents"
                                        else FLAT_SCHEMAS[name].names) for name, fh in files.items()}
        for w in writers.values():
            w.writeheader()
        n = 0
        for doc in docs:
            writers["documents"].writerow({"id": doc.id, "published": doc.published, "language": doc.language,
                                           "outlet": doc.source.outlet, "title": doc.title, "url": doc.source.url,
                                           "path": doc.source.path})
            for name, rows in flat_rows(doc.to_dict()).items():
                writers[name].writerows(rows)
            n += 1
    finally:
        for fh in files.values():
            fh.close()
    return n


def write_graphml(docs: Iterator[Document], out: str) -> int:
    """The entity co-occurrence graph: an edge between two entities named in the same document,
    weighted by how many documents name both."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: Counter = Counter()
    n = 0
    for doc in docs:
        keys = set()
        for e in doc.entities:
            key = e.entity_id or f"name:{e.canonical or e.text}"
            node = nodes.setdefault(key, {"label": e.canonical or e.text, "type": e.type, "docs": set()})
            node["docs"].add(doc.id)
            keys.add(key)
        edges.update(combinations(sorted(keys), 2))
        n += 1
    _write_graph(nodes, edges, out)
    return n


def _write_graph(nodes: dict[str, dict[str, Any]], edges: Counter, out: str) -> None:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, target, name, kind in (("label", "node", "label", "string"), ("type", "node", "type", "string"),
                                    ("documents", "node", "documents", "int"), ("weight", "edge", "weight", "int")):
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="entities", edgedefault="undirected")
    for key in sorted(nodes):
        node = ET.SubElement(graph, "node", id=key)
        for attr, value in (("label", nodes[key]["label"]), ("type", nodes[key]["type"]),
                            ("documents", len(nodes[key]["docs"]))):
            ET.SubElement(node, "data", key=attr).text = str(value)
    for i, ((a, b), weight) in enumerate(sorted(edges.items())):
        edge = ET.SubElement(graph, "edge", id=f"e{i}", source=a, target=b)
        ET.SubElement(edge, "data", key="weight").text = str(weight)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
