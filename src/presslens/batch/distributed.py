"""The Dask engine: the same chunks as the local engine, run by the workers of a Dask cluster.

Workers read their inputs (any fsspec path), load the pipeline once per worker process, and write
their Parquet or JSON Lines parts straight to the output folder, which must be reachable from every
worker (a shared disk, or object storage such as s3://). Tasks of a worker that dies are run again
on another worker by the scheduler.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError

from presslens.batch.work import ChunkResult, Job, run_chunk

#: How often a chunk is retried after its task failed (a worker crash is rescheduled by Dask itself).
RETRIES = 2


def run_dask(
    chunks: Iterable[list[str]],
    job: Job,
    done: set[str],
    scheduler: str | object,
    on_result: Callable[[list[str], ChunkResult], None],
) -> None:
    """Run every chunk on the cluster at ``scheduler`` (an address, or a ``distributed.Client``).

    Chunks are read from ``chunks`` as the cluster frees up: at most two per worker thread are
    submitted at a time, and each result is let go once handed on, so a corpus of millions of inputs is
    never millions of tasks on the scheduler.
    """
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        (done_ids,) = client.scatter([frozenset(done)], broadcast=True)
        source = iter(chunks)
        pending: dict[object, tuple[list[str], int]] = {}  # each future's chunk, and how often it was cancelled
        running = as_completed()

        def submit(chunk: list[str], cancelled: int) -> None:
            # a chunk run again after its task was cancelled carries the ids itself: the worker that died may have held them
            ids = done_ids if not cancelled else frozenset(done)
            future = client.submit(run_chunk, chunk, job, ids, retries=RETRIES, pure=False)
            pending[future] = (chunk, cancelled)
            running.add(future)

        def submit_more() -> None:
            room = _in_flight_limit(client) - len(pending)
            for chunk in itertools.islice(source, max(0, room)):
                submit(chunk, 0)

        submit_more()
        for future in running:
            chunk, cancelled = pending.pop(future)
            try:
                result = future.result()
            except CancelledError as exc:
                if cancelled < RETRIES:  # the scheduler forgot the task when a dying worker took what it needed with it
                    submit(chunk, cancelled + 1)
                    continue
                result = _failed(chunk, exc)
            except Exception as exc:  # noqa: BLE001 - reported per chunk, the batch goes on
                result = _failed(chunk, exc)
            on_result(chunk, result)
            submit_more()
    finally:
        if client is not scheduler:
            client.close()


def _failed(chunk: list[str], exc: Exception) -> ChunkResult:
    return ChunkResult(failed=[f"[E106] {', '.join(chunk)}: the task failed ({type(exc).__name__}: {exc})"])


def _in_flight_limit(client: object) -> int:
    """Chunks submitted and not yet handed on: two per worker thread the cluster has now (it may grow
    or shrink), and at least two while it has none."""
    threads = sum(client.nthreads().values())  # type: ignore[attr-defined]
    return max(2, 2 * threads)
