"""The lake on disk: Parquet tables written unit by unit, and the manifest of finished units.

Layout under LAKE::

    documents/month=YYYY-MM/<unit>.parquet   every contract field (hive-partitioned by publication month)
    mentions/ entities/ quotes/ quantities/ times/ events/  <unit>.parquet   flat tables for analysts
    errors/<unit>.parquet                    per-record errors: input, line, reason
    _manifest/<unit>.json                    a finished unit: what it covered and what it produced

A unit's files carry the unit's id as their name and are moved into place (atomic renames on one
file system) before its manifest entry is written; a unit run again, after a crash or a killed
worker, replaces its own files with identical ones. So a document is never in the lake twice, and a
rerun skips every unit the manifest lists.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from collections import defaultdict
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import ERRORS_SCHEMA, FLAT_SCHEMAS, documents_schema, flat_rows, to_row

DOCUMENTS = "documents"
MANIFEST = "_manifest"
STAGING = "_staging"
TABLES = (DOCUMENTS, *FLAT_SCHEMAS, "errors")
COMPRESSION = "zstd"


def prepare(lake: str) -> None:
    os.makedirs(os.path.join(lake, MANIFEST), exist_ok=True)


def done_units(lake: str) -> dict[str, dict[str, Any]]:
    """Manifest entries of the finished units, by unit id."""
    folder = os.path.join(lake, MANIFEST)
    out: dict[str, dict[str, Any]] = {}
    if not os.path.isdir(folder):
        return out
    for name in os.listdir(folder):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                out[name[:-5]] = json.load(fh)
    return out


CHUNK_DOCS = 200  # documents a worker holds as Python objects before turning them into Arrow tables
ROW_GROUP_DOCS = 2000  # documents (as compact Arrow tables) per row group written: small groups compress worse
ROW_GROUP_BYTES = 32 << 20  # ... or fewer when their Arrow tables hold this much (long pages)


class UnitWriter:
    """One unit's tables, written a chunk of documents at a time while the unit is read.

    A worker holds at most ``chunk`` analysed documents as Python objects; each chunk becomes Arrow
    tables (columnar, several times smaller) and a row group is written every :data:`ROW_GROUP_DOCS`
    documents (row groups of 200 made the lake 25% bigger), so a unit's memory does not grow with how
    many records it has. Each table is one file per unit (the documents one per month), staged under
    ``_staging`` and moved into place by :meth:`commit`. Rows keep the order documents were added in, as
    one write of the whole unit would.
    """

    def __init__(self, lake: str, unit_id: str, chunk: int | None = None):
        self.lake, self.unit_id, self.chunk = lake, unit_id, chunk or CHUNK_DOCS
        self.staging = os.path.join(lake, STAGING, f"{unit_id}-{uuid.uuid4().hex[:8]}")
        self._docs: list[dict[str, Any]] = []
        self._errors: list[dict[str, Any]] = []
        self._files: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pa.Table]] = defaultdict(list)  # Arrow tables not yet written
        self._pending_docs = self._pending_bytes = 0
        self._done: list[str] | None = None  # the files, once finished

    def add(self, doc: dict[str, Any]) -> None:
        """One lake record (:func:`.schema.lake_record`)."""
        self._docs.append(doc)
        if len(self._docs) >= self.chunk:
            self._flush()

    def error(self, row: dict[str, Any]) -> None:
        """One row of the errors table."""
        self._errors.append(row)
        if len(self._errors) >= self.chunk:
            self._flush()

    def finish(self) -> None:
        """Write what is left and close the files (:meth:`commit` does it when not done before)."""
        self._flush()
        self._write_pending()
        self._done = self._close()

    def commit(self, entry: dict[str, Any]) -> None:
        """Write what is left, move every file into place, then record the unit as done."""
        try:
            if self._done is None:
                self.finish()
            files = self._done
            for rel in files:
                final = os.path.join(self.lake, rel)
                os.makedirs(os.path.dirname(final), exist_ok=True)
                os.replace(os.path.join(self.staging, rel), final)
            _atomic_json(os.path.join(self.lake, MANIFEST, f"{self.unit_id}.json"), {**entry, "files": files})
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the staged files (a unit that failed leaves nothing behind)."""
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)

    def _flush(self) -> None:
        """The held documents and errors into Arrow tables; a row group out when enough are pending."""
        for rel, table in _tables(self.unit_id, self._docs, self._errors):
            self._pending[rel].append(table)
            self._pending_bytes += table.nbytes
        self._pending_docs += len(self._docs) + len(self._errors)
        self._docs, self._errors = [], []
        if self._pending_docs >= ROW_GROUP_DOCS or self._pending_bytes >= ROW_GROUP_BYTES:
            self._write_pending()

    def _write_pending(self) -> None:
        for rel, tables in self._pending.items():
            if rel not in self._files:
                path = os.path.join(self.staging, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                self._files[rel] = pq.ParquetWriter(path, tables[0].schema, compression=COMPRESSION)
            self._files[rel].write_table(pa.concat_tables(tables))
        self._pending, self._pending_docs, self._pending_bytes = defaultdict(list), 0, 0

    def _close(self) -> list[str]:
        """Close every open file; their paths relative to the lake (documents by month, then the flat
        tables, then errors)."""
        for writer in self._files.values():
            writer.close()
        rank = {name: i for i, name in enumerate(TABLES)}
        files = sorted(self._files, key=lambda rel: (rank[rel.split(os.sep, 1)[0]], rel))
        self._files = {}
        return files


def write_unit(lake: str, unit_id: str, docs: list[dict[str, Any]], errors: list[dict[str, Any]],
               entry: dict[str, Any]) -> None:
    """Write one unit's tables, move them into place, then record the unit as done."""
    writer = UnitWriter(lake, unit_id, chunk=max(1, len(docs), len(errors)))
    for doc in docs:
        writer.add(doc)
    for row in errors:
        writer.error(row)
    writer.commit(entry)


def _tables(unit_id: str, docs: list[dict[str, Any]], errors: list[dict[str, Any]]) -> Iterator[tuple[str, pa.Table]]:
    """Every table's rows for ``docs`` and ``errors``, with the path (relative to the lake) of its file."""
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    flat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        row = to_row(doc)
        by_month[row["month"]].append(row)
        for name, rows in flat_rows(doc).items():
            flat[name].extend(rows)
    schema = documents_schema()
    no_month = schema.remove(schema.get_field_index("month"))
    for month, rows in sorted(by_month.items()):
        table = pa.Table.from_pylist(rows, schema=schema).drop_columns(["month"])
        yield os.path.join(DOCUMENTS, f"month={month}", f"{unit_id}.parquet"), table.cast(no_month)
    for name, schema_f in FLAT_SCHEMAS.items():
        if flat[name]:
            yield os.path.join(name, f"{unit_id}.parquet"), pa.Table.from_pylist(flat[name], schema=schema_f)
    if errors:
        yield os.path.join("errors", f"{unit_id}.parquet"), pa.Table.from_pylist(errors, schema=ERRORS_SCHEMA)


def _atomic_json(path: str, obj: Any) -> None:
    tmp = f"{path}.{uuid.uuid4().hex[:8]}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# -- reading -------------------------------------------------------------------------------------------

def table_files(lake: str, table: str) -> list[str]:
    """The Parquet files of one table, sorted (deterministic order)."""
    root = os.path.join(lake, table)
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".parquet")]
    return found


def dataset(lake: str, table: str):
    """A pyarrow dataset over one table (documents with its ``month`` partition column)."""
    import pyarrow.dataset as ds

    files = table_files(lake, table)
    if table == DOCUMENTS:
        return ds.dataset(files, format="parquet", partitioning=ds.partitioning(
            pa.schema([("month", pa.string())]), flavor="hive"), partition_base_dir=os.path.join(lake, table))
    return ds.dataset(files, format="parquet")


def iter_rows(lake: str, table: str = DOCUMENTS, columns: list[str] | None = None,
              batch_size: int = 1024) -> Iterator[dict[str, Any]]:
    """Rows of one table, a batch at a time (memory stays flat in the size of the lake)."""
    if not table_files(lake, table):
        return
    for batch in dataset(lake, table).to_batches(columns=columns, batch_size=batch_size):
        yield from batch.to_pylist()


def iter_documents(lake: str) -> Iterator[dict[str, Any]]:
    """Every document of the lake as its contract object."""
    from .schema import from_row
    for row in iter_rows(lake, DOCUMENTS):
        yield from_row(row)


def count(lake: str, table: str) -> int:
    return dataset(lake, table).count_rows() if table_files(lake, table) else 0


def write_documents(lake: str, docs: Iterable[dict[str, Any]], part: str = "export", chunk: int = 2000) -> int:
    """Write lake records (:func:`.schema.lake_record`) as a lake, ``chunk`` a unit, keeping their order
    (used by ``kabar export --format parquet``); how many written."""
    prepare(lake)
    n, buf = 0, []
    for doc in docs:
        buf.append({**doc, "_order": n})
        n += 1
        if len(buf) >= chunk:
            _write_part(lake, part, buf)
            buf = []
    if buf:
        _write_part(lake, part, buf)
    return n


def _write_part(lake: str, part: str, buf: list[dict[str, Any]]) -> None:
    first = buf[0]["_order"]
    write_unit(lake, f"{part}-{first:09d}", buf, [],
               {"unit": {"kind": "export", "first": first}, "order": first, "documents": len(buf)})


def iter_in_input_order(lake: str) -> Iterator[dict[str, Any]]:
    """Documents-table rows unit by unit in planned order, each unit's rows in input order: the order
    ``kabar ingest`` over the same inputs stores them in (memory: one unit at a time)."""
    done = done_units(lake)
    units = sorted((e.get("order", 0), uid) for uid, e in done.items() if e.get("documents"))
    for _, uid in units:
        files = [os.path.join(lake, rel) for rel in done[uid].get("files", []) if rel.startswith(DOCUMENTS + os.sep)]
        rows = []
        for path in files:
            month = os.path.basename(os.path.dirname(path)).split("=", 1)[-1]
            rows += [{**r, "month": month} for r in pq.read_table(path).to_pylist()]
        rows.sort(key=lambda r: (r.get("input_order") is None, r.get("input_order") or 0, r["id"]))
        yield from rows
