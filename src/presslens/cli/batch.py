"""`presslens batch`: many inputs on every local core or a Dask cluster, into Parquet, JSON Lines or a store."""

from __future__ import annotations

from typing import Annotated, Literal

import typer
from rich.markup import escape

from presslens.cli.common import (
    EXIT_USAGE,
    app,
    err,
    finish,
    parse_date,
    progress_bar,
)
from presslens.cli.corpus import count_inputs
from presslens.errors import ModelError, StoreError
from presslens.settings import ARTICLE_SECONDS, PROGRESS_MIN_INPUTS


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Files, directories, or fsspec URLs and globs (s3://bucket/*.jsonl).")],
    out_dir: Annotated[str | None, typer.Option("--out", help="Output folder (local or fsspec URL): one table per record kind.")] = None,
    fmt: Annotated[Literal["parquet", "jsonl"], typer.Option("--format", help="Part files in Parquet or JSON Lines.")] = "parquet",
    db: Annotated[str | None, typer.Option("--db", help="Store the analyses in a corpus store instead of --out.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Local worker processes (default: every core).")] = None,
    engine: Annotated[Literal["local", "dask"], typer.Option(help="local processes, or a Dask distributed cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="With --engine dask: the scheduler address, tcp://HOST:8786.")] = None,
    time_limit: Annotated[float, typer.Option(min=0, help="Seconds one article may take before it is abandoned (0: no limit; local engine).")] = ARTICLE_SECONDS,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    technique_model: Annotated[bool, typer.Option(help="--no-technique-model: techniques from the lexicon alone.")] = True,
    chunk_size: Annotated[int, typer.Option(min=1, max=10_000, help="Inputs per task (and per part file).")] = 4,
) -> None:
    """Analyse many articles in parallel; resumable (inputs already in the output are skipped by content hash)."""
    from presslens.batch import run_batch

    if (out_dir is None) == (db is None):
        err.print("[red]error:[/red] give --out DIR or --db URL")
        raise typer.Exit(EXIT_USAGE)
    if engine == "dask" and not scheduler:
        err.print("[red]error:[/red] --engine dask needs --scheduler tcp://HOST:8786")
        raise typer.Exit(EXIT_USAGE)
    local = all("://" not in i for i in inputs)
    total = count_inputs(inputs) if local else None  # remote inputs are not listed twice
    try:
        with progress_bar(total if total is not None else PROGRESS_MIN_INPUTS) as progress:
            task = progress.add_task("analysing", total=total)
            report = run_batch(
                inputs, out=out_dir, fmt=fmt, db=db, workers=workers, engine=engine, scheduler=scheduler, time_limit=time_limit,
                techniques_model=technique_model, published=parse_date(published), chunk_size=chunk_size,
                progress=lambda n: progress.advance(task, n),
            )
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}; committed chunks stay, a rerun resumes", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    except ModelError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    finish(
        f"{report.analysed} analysed, {report.skipped} already done, {len(report.failed)} failed"
        + (f" · {report.removed_orphans} unfinished part(s) of an earlier run removed" if report.removed_orphans else "")
        + f" · {out_dir or db}",
        report.failed,
    )
