"""`presslens serve`: the web app over a corpus store (needs the [web] extra)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer
from rich.markup import escape

from presslens.cli.common import EXIT_USAGE, app, err
from presslens.cli.corpus import Db, open_store


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback exposes the corpus to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    technique_model: Annotated[bool, typer.Option(help="--no-technique-model: analyse with the lexicon alone.")] = True,
) -> None:
    """Serve the article view, the corpus, entities, stories and stats in the browser, with a JSON API."""
    try:
        import uvicorn

        from presslens.web import create_app
    except ImportError as exc:
        hint = escape(f"the web app needs the [web] extra ({exc.name} is missing): pip install 'presslens[web]'")
        err.print(f"[red]error:[/red] {hint}")
        raise typer.Exit(EXIT_USAGE) from None
    if not _loopback(host):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the corpus and submit text", highlight=False)
    with open_store(db) as store:
        err.print(f"presslens on http://{host}:{port}/ over {store.display_url}", highlight=False)
        uvicorn.run(create_app(store, techniques_model=technique_model), host=host, port=port, log_level="warning")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
