"""What every presslens command shares: the Typer app, the consoles, exit codes, date and progress helpers."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from presslens.settings import PROGRESS_MIN_INPUTS

app = typer.Typer(
    help="presslens: who said what, when, about whom, and with which rhetoric, in news articles.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date in the form YYYY-MM-DD") from None


class RateColumn(ProgressColumn):
    """Articles per second, averaged by rich over the last seconds."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} articles/s", style="progress.data.speed")


def progress_bar(total: int) -> Progress:
    """A progress bar on stderr with the rate, hidden for a handful of inputs."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=total < PROGRESS_MIN_INPUTS,
        transient=True,
    )


def finish(summary: str, failed: list[str]) -> None:
    """Print what a run did and each input that failed, with its reason; exit 1 when any failed (the others were done)."""
    out.print(summary, highlight=False, markup=False)
    for failure in failed:
        err.print(f"  failed {failure}", highlight=False, markup=False)
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)
