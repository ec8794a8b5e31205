"""The presslens command line: a thin layer over the library, one module per group of commands."""

from __future__ import annotations

from presslens.cli import analyze, batch, corpus, train, web  # noqa: F401 - importing registers the commands
from presslens.cli.common import app


def main() -> None:
    app()


__all__ = ["app", "main"]
