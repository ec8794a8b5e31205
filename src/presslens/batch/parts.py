"""A batch output folder: one table per record kind, each a set of part files (Parquet or JSON Lines).

A chunk of articles is committed by writing its part of every kind first and its ``articles`` part
last, each through a temporary name and a rename. After a crash, a part without its ``articles``
part is an orphan and is removed; the ids in the ``articles`` parts are what is done.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.core import url_to_fs
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary

from presslens import __version__
from presslens.corpus import tables
from presslens.errors import StoreError
from presslens.settings import SCHEMA_VERSION

Format = Literal["parquet", "jsonl"]
#: The folder's layout (:func:`layout`), written by the first run: a later run must match it.
MANIFEST = "presslens.json"
#: Record kinds written by a batch, ``articles`` last: its part commits the chunk.
KINDS = ("entities", "mentions", "quotes", "joint_speakers", "timexes", "techniques", "findings", "errors", "articles")
ERROR_FIELDS = ("source", "code", "reason")


def arrow_schema(kind: str) -> pa.Schema:
    """The Parquet schema of a kind: the corpus table's columns, so both outputs share one contract."""
    if kind == "errors":
        return pa.schema([(name, pa.string()) for name in ERROR_FIELDS])
    fields = []
    for column in tables.metadata.tables[kind].columns:
        kind_of = column.type
        if isinstance(kind_of, Boolean):
            arrow = pa.bool_()
        elif isinstance(kind_of, Integer):
            arrow = pa.int64()
        elif isinstance(kind_of, Float):
            arrow = pa.float64()
        elif isinstance(kind_of, DateTime):
            arrow = pa.timestamp("us", tz="UTC")
        elif isinstance(kind_of, Date):
            arrow = pa.date32()
        elif isinstance(kind_of, LargeBinary):
            arrow = pa.binary()
        else:
            arrow = pa.string()
        fields.append(pa.field(column.name, arrow, nullable=True))
    return pa.schema(fields)


def layout(fmt: Format, technique_model: str | None) -> dict[str, str | None]:
    """What every part of one folder must share to be read as one table: the file format, the columns
    (a fingerprint of the Parquet schemas), the analysis schema, the presslens version and the technique model."""
    columns = hashlib.sha256("\n".join(str(arrow_schema(kind)) for kind in KINDS).encode()).hexdigest()[:16]
    return {"format": fmt, "columns": columns, "schema_version": SCHEMA_VERSION, "presslens": __version__, "technique_model": technique_model}


class PartFolder:
    """The output folder of a batch, on any fsspec filesystem."""

    def __init__(self, url: str, fmt: Format = "parquet") -> None:
        self.fs, self.root = url_to_fs(url)
        self.url = url
        self.format = fmt
        self.suffix = ".parquet" if fmt == "parquet" else ".jsonl"

    def _dir(self, kind: str) -> str:
        return posixpath.join(self.root, kind)

    def prepare(self, layout: dict[str, str | None]) -> int:
        """Create the folder, or check that its parts were written in the same ``layout``; remove orphan parts
        and temporaries a crash left; returns how many were removed."""
        manifest = posixpath.join(self.root, MANIFEST)
        try:
            self.fs.makedirs(self.root, exist_ok=True)
            written = json.loads(self.fs.cat(manifest)) if self.fs.exists(manifest) else None
            if written is None:
                self.fs.pipe(manifest, json.dumps(layout, indent=2).encode())
            probe = posixpath.join(self.root, f".tmp-probe-{uuid.uuid4().hex[:8]}")
            self.fs.pipe(probe, b"")
            self.fs.rm(probe)
        except OSError as exc:
            raise StoreError(f"cannot write the output folder {self.url}: {exc}") from None
        except ValueError:
            raise StoreError(f"the output folder {self.url} has an unreadable {MANIFEST}: write to a new folder") from None
        if written is not None and written != layout:
            differ = ", ".join(f"{key} {written.get(key) or 'none'} (this run: {value or 'none'})" for key, value in layout.items() if written.get(key) != value)
            raise StoreError(f"the output folder {self.url} holds parts written with another {differ}: write to a new folder, or run as before")
        committed = self._part_names("articles")
        removed = 0
        for kind in KINDS:
            directory = self._dir(kind)
            if not self.fs.exists(directory):
                continue
            for path in self.fs.ls(directory, detail=False):
                name = posixpath.basename(path)
                if name.startswith(".tmp-") or (kind != "articles" and name.split(".")[0] not in committed):
                    self.fs.rm(path)
                    removed += 1
        return removed

    def _part_names(self, kind: str) -> set[str]:
        directory = self._dir(kind)
        if not self.fs.exists(directory):
            return set()
        return {
            posixpath.basename(p).split(".")[0]
            for p in self.fs.ls(directory, detail=False)
            if not posixpath.basename(p).startswith(".tmp-")
        }

    def done_ids(self) -> set[str]:
        """Ids of every article in a committed part."""
        return {row["id"] for row in self.read("articles", columns=["id"])}

    def commit(self, rows: dict[str, list[dict[str, Any]]]) -> str | None:
        """Write one chunk's rows, ``articles`` last; returns the part name, or None when there was nothing."""
        if not any(rows.values()):
            return None
        # named by its content: a chunk run twice (a Dask task retried after its worker died) rewrites its own parts
        members = sorted(r["id"] for r in rows.get("articles", [])) + sorted(str(r["source"]) for r in rows.get("errors", []))
        name = "part-" + hashlib.sha256("\n".join(members).encode()).hexdigest()[:20]
        for kind in KINDS:
            if rows.get(kind):
                self._write(kind, name, rows[kind])
        return name

    def _write(self, kind: str, name: str, records: Iterable[dict[str, Any]]) -> None:
        directory = self._dir(kind)
        self.fs.makedirs(directory, exist_ok=True)
        final = posixpath.join(directory, name + self.suffix)
        temporary = posixpath.join(directory, f".tmp-{name}{self.suffix}")
        records = list(records)
        if self.format == "parquet":
            table = pa.Table.from_pylist(records, schema=arrow_schema(kind))
            with self.fs.open(temporary, "wb") as handle:
                pq.write_table(table, handle)
        else:
            with self.fs.open(temporary, "wt", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")
        self.fs.mv(temporary, final)

    def read(self, kind: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
        """Every committed row of a kind (only ``columns`` of Parquet parts, when given)."""
        out: list[dict[str, Any]] = []
        committed = self._part_names("articles")
        directory = self._dir(kind)
        if not self.fs.exists(directory):
            return out
        for path in sorted(self.fs.ls(directory, detail=False)):
            name = posixpath.basename(path)
            if name.startswith(".tmp-") or name.split(".")[0] not in committed:
                continue
            if name.endswith(".parquet"):
                with self.fs.open(path, "rb") as handle:
                    out += pq.read_table(handle, columns=columns).to_pylist()
            else:
                with self.fs.open(path, "rt", encoding="utf-8") as handle:
                    out += [json.loads(line) for line in handle if line.strip()]
        return out


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")

