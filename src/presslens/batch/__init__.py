"""Batch analysis: many inputs, every core, or a Dask cluster; Parquet or JSON Lines out, or a corpus store.

    >>> from presslens.batch import run_batch
    >>> report = run_batch(["articles/"], out="out/batch", workers=2)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from presslens.batch.parts import Format, PartFolder, layout
from presslens.batch.work import ChunkResult, Job
from presslens.errors import InputError
from presslens.ingest.sources import expand_paths
from presslens.settings import ARTICLE_SECONDS

#: Inputs per task: large enough to amortise a task's overhead, small enough to spread over workers.
CHUNK_INPUTS = 4


@dataclass
class BatchReport:
    analysed: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    removed_orphans: int = 0


def list_inputs(inputs: list[str]) -> Iterator[str]:
    """Local files and directories as :func:`expand_paths` reads them; fsspec URLs and globs (s3://b/*.jsonl) expanded."""
    from fsspec.core import url_to_fs

    for item in inputs:
        if "://" not in item:
            yield from (str(p) for p in expand_paths([item]))
            continue
        fs, path = url_to_fs(item)
        protocol = item.split("://", 1)[0]
        matches = fs.glob(path) if any(ch in path for ch in "*?[") else ([path] if not fs.isdir(path) else fs.find(path))
        for match in sorted(matches):
            if Path(match).suffix.lower() in (".txt", ".html", ".htm", ".json", ".jsonl"):
                yield f"{protocol}://{match}"


def chunked(inputs: Iterator[str], size: int = CHUNK_INPUTS) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in inputs:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    inputs: list[str],
    *,
    out: str | None = None,
    fmt: Format = "parquet",
    db: str | None = None,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | object | None = None,
    time_limit: float = ARTICLE_SECONDS,
    techniques_model: bool = True,
    published: date | None = None,
    chunk_size: int = CHUNK_INPUTS,
    progress: Callable[[int], None] | None = None,
) -> BatchReport:
    """Analyse every input not yet in the output (by content hash), on local worker processes or a Dask cluster.

    With ``out``, workers write their parts themselves; with ``db``, analyses come back and are stored in
    the corpus store. Each chunk commits on its own, so a killed batch resumes where it stopped.
    """
    if (out is None) == (db is None):
        raise ValueError("give exactly one of out (a folder) and db (a corpus store)")
    technique_model = None
    if techniques_model:
        from presslens.pipeline.rhetoric import chosen_model

        technique_model = chosen_model().name  # a model the settings cannot find stops the batch here, not in each worker
    report = BatchReport()
    store = None
    if out is not None:
        folder = PartFolder(out, fmt)
        report.removed_orphans = folder.prepare(layout(fmt, technique_model))
        done = folder.done_ids()
    else:
        from presslens.corpus import Store

        store = Store(db)
        done = _stored_ids(store)
    job = Job(out, fmt, time_limit, techniques_model, published.isoformat() if published else None, keep_analyses=store is not None)

    def on_result(_chunk: list[str], result: ChunkResult) -> None:
        report.analysed += result.analysed
        report.skipped += result.skipped
        report.failed += result.failed
        if store is not None:
            from presslens.model import Analysis

            for payload in result.analyses:
                store.add(Analysis.model_validate_json(payload))
            for error in result.errors:
                store.record_error(_input_error(error))
        if progress:
            progress(result.analysed + result.skipped + len(result.failed))

    chunks = chunked(list_inputs(inputs), chunk_size)
    try:
        if engine == "dask":
            from presslens.batch.distributed import run_dask

            if scheduler is None:
                raise ValueError("the dask engine needs a scheduler address (tcp://host:8786)")
            run_dask(chunks, job, done, scheduler, on_result)
        else:
            from presslens.batch.local import run_local

            run_local(chunks, job, done, workers or os.cpu_count() or 1, on_result)
        if store is not None:
            from presslens.corpus import relink

            relink(store)
    finally:
        if store is not None:
            store.close()
    return report


def _input_error(record: dict[str, str | None]) -> InputError:
    error = InputError(record["reason"] or "failed", source=record["source"])
    error.code = record["code"] or error.code
    return error


def _stored_ids(store: object) -> set[str]:
    from sqlalchemy import select

    from presslens.corpus import tables

    with store.read() as conn:  # type: ignore[attr-defined]
        return set(conn.scalars(select(tables.articles.c.id)))


__all__ = ["BatchReport", "run_batch"]
