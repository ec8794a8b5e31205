"""The Dask engine: the same chunks as the local engine, run by the workers of a Dask cluster.

Workers read their inputs (any fsspec path), load the pipeline once per worker process, and write
their Parquet or JSON Lines parts straight to the output folder, which must be reachable from every
worker (a shared disk, or object storage such as s3://). Tasks of a worker that dies are run again
on another worker by the scheduler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
    """Submit every chunk to the cluster at ``scheduler`` (an address, or a ``distributed.Client``)."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        (done_ids,) = client.scatter([frozenset(done)], broadcast=True)
        futures = {}
        for chunk in chunks:
            future = client.submit(run_chunk, chunk, job, done_ids, retries=RETRIES, pure=False)
            futures[future] = chunk
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - reported per chunk, the batch goes on
                result = ChunkResult(failed=[f"[E106] {', '.join(chunk)}: the task failed ({type(exc).__name__}: {exc})"])
            on_result(chunk, result)
    finally:
        if client is not scheduler:
            client.close()
