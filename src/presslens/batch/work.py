"""The unit both engines run: read a chunk of inputs, analyse what is not done yet, commit it to the output.

Each worker process has one analyzer (:func:`analyzer_for`), which it keeps for every chunk it runs: loaded
by the local engine's fork server before the worker forked (``batch/preload.py``), or on its first chunk.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fsspec.core import url_to_fs

from presslens.corpus.rows import analysis_rows
from presslens.errors import InputError
from presslens.ingest.decode import decode_bytes
from presslens.ingest.sources import parse_text, read_articles
from presslens.model import Article
from presslens.pipeline.analyzer import Analyzer

_ANALYZERS: dict[bool, Analyzer] = {}
_LOCK = threading.Lock()


def analyzer_for(techniques_model: bool) -> Analyzer:
    """This process's analyzer, loaded on first use."""
    with _LOCK:
        if techniques_model not in _ANALYZERS:
            _ANALYZERS[techniques_model] = Analyzer(techniques_model=techniques_model)
        return _ANALYZERS[techniques_model]


@dataclass
class ChunkResult:
    analysed: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    errors: list[dict[str, str | None]] = field(default_factory=list)  # source, code, reason of each failure
    analyses: list[str] = field(default_factory=list)  # analysis JSON, when the caller stores them itself


@dataclass(frozen=True)
class Job:
    """What every chunk of one batch shares."""

    out: str | None
    fmt: str
    time_limit: float
    techniques_model: bool
    published: str | None = None
    keep_analyses: bool = False


def run_chunk(inputs: list[str], job: Job, done: frozenset[str] | set[str]) -> ChunkResult:
    """Analyse the articles of ``inputs`` not in ``done``, then commit their rows (or return them, for a store)."""
    from presslens.batch.parts import PartFolder

    analyzer = analyzer_for(job.techniques_model)
    result = ChunkResult()
    rows: dict[str, list[dict[str, Any]]] = {}
    now = datetime.now(UTC)
    for item in read_inputs(inputs, job.published):
        if isinstance(item, InputError):
            _fail(result, rows, item)
            continue
        if item.id in done:
            result.skipped += 1
            continue
        try:
            analysis = analyzer.analyze_within(item, job.time_limit)
        except InputError as exc:
            _fail(result, rows, exc)
            continue
        result.analysed += 1
        if job.keep_analyses:
            result.analyses.append(analysis.model_dump_json())
        for kind, records in analysis_rows(analysis, now).items():
            rows.setdefault(kind, []).extend(records)
    if job.out is not None:
        PartFolder(job.out, job.fmt).commit(rows)  # type: ignore[arg-type]
    return result


def _fail(result: ChunkResult, rows: dict[str, list[dict[str, Any]]], error: InputError) -> None:
    record = {"source": error.source, "code": error.code, "reason": error.message}
    result.failed.append(str(error))
    result.errors.append(record)
    rows.setdefault("errors", []).append(record)


def read_inputs(inputs: list[str], published: str | None) -> Iterator[Article | InputError]:
    """Articles from local paths (through :func:`read_articles`) or fsspec URLs such as s3://bucket/a.jsonl."""
    from datetime import date

    when = date.fromisoformat(published) if published else None
    for url in inputs:
        if "://" not in url:
            yield from read_articles([url], published=when)
            continue
        fs, path = url_to_fs(url)
        try:
            with fs.open(path, "rb") as handle:
                data = handle.read()
            for item in parse_text(decode_bytes(data, url), url, Path(path).suffix.lower() or None):
                yield item.model_copy(update={"published": when}) if isinstance(item, Article) and when else item
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(f"cannot read the input ({exc})", source=url)
