"""The web app over a store holding the seed, the fixture corpus and a hostile article; a real server for the browser."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from presslens import Analyzer
from presslens.corpus import Store, ingest
from presslens.web import create_app
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS

#: Script payloads placed in an article's text, headline, outlet and URL: none may ever run.
PAYLOADS = [
    "<script>window.__xss = 1; alert('xss')</script>",
    '"><img src=x onerror="window.__xss=2; alert(2)">',
    "<svg onload=\"window.__xss=3\"></svg>",
    "javascript:window.__xss=4",
    "';window.__xss=5;//",
    "<a href=\"javascript:window.__xss=6\">click</a>",
    "{{7*7}} ${7*7}",
]


def hostile_article(folder: Path) -> Path:
    path = folder / "hostile.json"
    record = {
        "headline": "Minister <b>quits</b> " + PAYLOADS[0],
        "outlet": "Evil Wire " + PAYLOADS[1],
        "url": PAYLOADS[3],
        "published": "2022-02-01",
        "text": "BAGHDAD (Evil Wire) – Minister Sami Haddad said on Monday that " + PAYLOADS[1] + " was nonsense.\n"
        "“We reject " + PAYLOADS[0] + " entirely,” Haddad said.\n" + " ".join(PAYLOADS) + "\n"
        "The Ministry of Oil <script>window.__xss=9</script> (MoO) said the report " + PAYLOADS[2] + " was false.",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("web")
    with Store(folder / "web.db") as store:
        ingest(store, [SEED], analyzer, published=date(2021, 12, 30))
        ingest(store, [CORPUS, hostile_article(folder)], analyzer)
        yield store


@pytest.fixture(scope="session")
def web_app(web_store: Store, analyzer: Analyzer) -> FastAPI:
    app = create_app(web_store)
    app.state.service.analyzer = analyzer  # share the session's loaded pipeline
    return app


@pytest.fixture(scope="session")
def client(web_app: FastAPI) -> TestClient:
    return TestClient(web_app, raise_server_exceptions=False)


@pytest.fixture(scope="session")
def server(web_app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a free port of 127.0.0.1, for the browser."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(web_app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
