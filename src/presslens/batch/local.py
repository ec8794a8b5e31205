"""The local engine: a pool of worker processes on this machine, fed chunks of inputs as they are listed."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from presslens.batch.work import ChunkResult, Job, analyzer_for, run_chunk

_DONE: frozenset[str] = frozenset()
OnResult = Callable[[list[str], ChunkResult], None]


def _start_worker(techniques_model: bool, done: frozenset[str]) -> None:
    """Have the analyzer ready before the worker's first chunk (the fork server's, when it loaded one); keep the ids already done."""
    global _DONE
    _DONE = done
    analyzer_for(techniques_model)


def _run(inputs: list[str], job: Job) -> ChunkResult:
    return run_chunk(inputs, job, _DONE)


def run_local(chunks: Iterable[list[str]], job: Job, done: set[str], workers: int, on_result: OnResult) -> None:
    """Run every chunk on ``workers`` processes, at most two chunks per worker in flight (inputs stream).

    A worker that dies (killed, out of memory) breaks the pool: a new pool takes over, and each chunk
    that was in flight runs once more; a chunk that breaks a pool twice is reported as failed.
    """
    source = iter(chunks)
    rerun: deque[list[str]] = deque()
    retried: set[tuple[str, ...]] = set()

    def next_chunks() -> Iterator[list[str]]:
        while True:
            if rerun:
                yield rerun.popleft()
                continue
            chunk = next(source, None)
            if chunk is None:
                return
            yield chunk

    while _run_pool(next_chunks(), job, done, workers, on_result, retried, rerun):
        pass


def _run_pool(
    chunks: Iterator[list[str]], job: Job, done: set[str], workers: int, on_result: OnResult,
    retried: set[tuple[str, ...]], rerun: deque[list[str]],
) -> bool:
    """Run chunks on one pool until they are all done (False) or the pool breaks (True)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["presslens.batch.preload"])  # the analyzer loaded once, before any worker forks
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(job.techniques_model, frozenset(done)))
    pending: dict[Future[ChunkResult], list[str]] = {}
    broke = False
    try:
        for chunk in chunks:
            try:
                pending[pool.submit(_run, chunk, job)] = chunk
            except BrokenProcessPool:
                rerun.appendleft(chunk)
                broke = True
                break
            if len(pending) >= 2 * workers:
                broke |= _collect(pending, on_result, retried, rerun)
        while pending:
            broke |= _collect(pending, on_result, retried, rerun)
        return broke
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(pending: dict[Future[ChunkResult], list[str]], on_result: OnResult, retried: set[tuple[str, ...]], rerun: deque[list[str]]) -> bool:
    """Hand finished chunks to ``on_result``; True when the pool broke under one of them."""
    broke = False
    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in finished:
        chunk = pending.pop(future)
        try:
            result = future.result()
        except BrokenProcessPool:
            broke = True
            if tuple(chunk) not in retried:
                retried.add(tuple(chunk))
                rerun.append(chunk)
                continue
            result = ChunkResult(failed=[f"[E106] {', '.join(chunk)}: a worker died twice while analysing these inputs"])
        except Exception as exc:  # noqa: BLE001 - reported per chunk, the batch goes on
            result = ChunkResult(failed=[f"[E106] {', '.join(chunk)}: the worker failed ({type(exc).__name__}: {exc})"])
        on_result(chunk, result)
    return broke
