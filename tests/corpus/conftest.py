"""Corpus fixtures: every test runs against SQLite and, when PRESSLENS_TEST_POSTGRES names a server, PostgreSQL.

`.ci/run` starts a PostgreSQL server (scripts/postgres-test-server) and sets the variable;
locally: `export PRESSLENS_TEST_POSTGRES=$(scripts/postgres-test-server start)`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from presslens import Analyzer
from presslens.corpus import Store, ingest
from tests.conftest import FIXTURES, SEED

POSTGRES_ADMIN = os.environ.get("PRESSLENS_TEST_POSTGRES")
CORPUS = FIXTURES / "corpus"
BACKENDS = ["sqlite", "postgresql"]


def new_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database of the backend, dropped afterwards."""
    if backend == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    if not POSTGRES_ADMIN:
        pytest.skip("PostgreSQL: set PRESSLENS_TEST_POSTGRES (scripts/postgres-test-server start prints it)")
    import psycopg

    name = f"presslens_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from new_database(request.param, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Iterator[Store]:
    """The seed (published 2021-12-30) and the fixture corpus, ingested once per backend and module."""
    for url in new_database(request.param, tmp_path_factory.mktemp("corpus")):
        with Store(url) as store:
            ingest(store, [SEED], analyzer, published=date(2021, 12, 30))
            ingest(store, [CORPUS], analyzer)
            yield store
