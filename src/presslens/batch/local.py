"""The local engine: a pool of worker processes on this machine, fed chunks of inputs as they are listed."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from presslens.batch.work import ChunkResult, Job, analyzer_for, run_chunk

_DONE: frozenset[str] = frozenset()


def _start_worker(techniques_model: bool, done: frozenset[str]) -> None:
    """Load the pipeline once per worker, before its first chunk; keep the ids already done."""
    global _DONE
    _DONE = done
    analyzer_for(techniques_model)


def _run(inputs: list[str], job: Job) -> ChunkResult:
    return run_chunk(inputs, job, _DONE)


def run_local(
    chunks: Iterable[list[str]],
    job: Job,
    done: set[str],
    workers: int,
    on_result: Callable[[list[str], ChunkResult], None],
) -> None:
    """Run every chunk on ``workers`` processes, at most two chunks per worker in flight (inputs stream)."""
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(job.techniques_model, frozenset(done))
    ) as pool:
        pending: dict[Future[ChunkResult], list[str]] = {}
        for chunk in chunks:
            pending[pool.submit(_run, chunk, job)] = chunk
            if len(pending) >= 2 * workers:
                _collect(pending, on_result, FIRST_COMPLETED)
        while pending:
            _collect(pending, on_result, FIRST_COMPLETED)


def _collect(pending: dict[Future[ChunkResult], list[str]], on_result: Callable[[list[str], ChunkResult], None], when: str) -> None:
    finished, _ = wait(pending, return_when=when)
    for future in finished:
        chunk = pending.pop(future)
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died: its chunk is reported, the batch goes on
            result = ChunkResult(failed=[f"[E106] {', '.join(chunk)}: the worker failed ({type(exc).__name__}: {exc})"])
        on_result(chunk, result)
