"""The corpus store: an embedded SQLite file by default, PostgreSQL for teams, one schema for both."""

from __future__ import annotations

import fcntl
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    cast,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError

from presslens.corpus import tables
from presslens.corpus.linking import link_key_rows
from presslens.corpus.rows import analysis_rows
from presslens.corpus.stories import signature_bytes
from presslens.errors import InputError, StoreError
from presslens.model import Analysis, Article, Generator
from presslens.settings import DEFAULT_STORE, SCHEMA_VERSION

MIGRATIONS = Path(__file__).with_name("migrations")


def store_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL from what a user types: nothing, a file path, or a database URL."""
    if target is None:
        target = DEFAULT_STORE
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


class Store:
    """A corpus of analysed articles; opening it creates or migrates the schema."""

    def __init__(self, target: str | Path | None = None) -> None:
        self.url = store_url(target)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open the store {target!r}: {exc}") from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        try:
            self._migrate()
        except OperationalError as exc:
            raise StoreError(f"cannot open the store {self.display_url}: {exc.orig}") from None

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection in a write transaction, committed when the block ends without error.

        On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE), so two
        processes writing one store wait for each other instead of failing half-way.
        """
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for queries: a deferred transaction, which never blocks writers (SQLite WAL, PostgreSQL MVCC)."""
        with self.engine.connect() as conn:
            yield conn

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        # imported here: batch workers import this module's neighbours, and never migrate (Alembic takes about 0.09 s to import)
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with self._migration_lock(), self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7243501)"))
            if MigrationContext.configure(conn).get_current_revision() != head:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """Two processes opening a new SQLite store at once: one migrates, the other waits."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            yield
            return
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        with open(f"{database}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # -- writing --------------------------------------------------------------------------

    def known(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already."""
        wanted = list(dict.fromkeys(article_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in tables.chunks(wanted):
                found.update(conn.scalars(select(tables.articles.c.id).where(tables.articles.c.id.in_(chunk))))
        return found

    def add(self, analysis: Analysis, source: str | None = None) -> bool:
        """Store one analysis with all its rows in one transaction; False when it was there already."""
        rows = analysis_rows(analysis, datetime.now(UTC))
        article_id = analysis.article.id
        try:
            return self._add_rows(analysis, rows, source)
        except IntegrityError:  # another process stored the same article in the meantime
            if self.known([article_id]):
                return False
            raise
        except OperationalError as exc:  # read-only, full disk, server gone: the transaction rolled back
            raise StoreError(f"cannot write to the store {self.display_url}: {exc.orig}") from None

    def _add_rows(self, analysis: Analysis, rows: dict[str, list[dict[str, Any]]], source: str | None) -> bool:
        article_id = analysis.article.id
        with self.connect() as conn:
            if conn.scalar(select(tables.articles.c.id).where(tables.articles.c.id == article_id)):
                self._clear_error(conn, source or analysis.article.source)
                return False
            self._insert_rows(conn, analysis, rows)
            self._clear_error(conn, source or analysis.article.source)
        return True

    def _insert_rows(self, conn: Connection, analysis: Analysis, rows: dict[str, list[dict[str, Any]]]) -> None:
        article_id = analysis.article.id
        for table in tables.ANALYSIS_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        if keys := link_key_rows(rows["entities"], rows["mentions"]):
            conn.execute(insert(tables.entity_link_keys), keys)
        conn.execute(insert(tables.signatures), {"article_id": article_id, "minhash": signature_bytes(analysis)})
        if self.dialect == "sqlite":
            article = rows["articles"][0]
            conn.execute(
                text("INSERT INTO articles_fts (article_id, headline, text) VALUES (:id, :headline, :text)"),
                {"id": article_id, "headline": article["headline"] or "", "text": article["text"]},
            )

    def replace(self, analysis: Analysis) -> bool:
        """Put a new analysis of a stored article in place of the old one, all its rows in one transaction;
        the article keeps the time it was first ingested. False when the store does not hold the article.

        Corpus entities and stories are left to :func:`presslens.corpus.relink`.
        """
        article_id = analysis.article.id
        try:
            with self.connect() as conn:
                ingested_at = conn.scalar(select(tables.articles.c.ingested_at).where(tables.articles.c.id == article_id))
                if ingested_at is None:
                    return False
                conn.execute(tables.articles.delete().where(tables.articles.c.id == article_id))  # its rows cascade
                if self.dialect == "sqlite":
                    conn.execute(text("DELETE FROM articles_fts WHERE article_id = :id"), {"id": article_id})
                self._insert_rows(conn, analysis, analysis_rows(analysis, ingested_at))
        except OperationalError as exc:
            raise StoreError(f"cannot write to the store {self.display_url}: {exc.orig}") from None
        return True

    def record_error(self, error: InputError) -> None:
        """Keep a failed input with its reason; a later success removes it."""
        try:
            self._record_error(error)
        except IntegrityError:  # another process recorded the same source first: count this attempt on its row
            self._record_error(error)
        except OperationalError as exc:
            raise StoreError(f"cannot write to the store {self.display_url}: {exc.orig}") from None

    def _record_error(self, error: InputError) -> None:
        source = error.source or "<unknown>"
        now = datetime.now(UTC)
        with self.connect() as conn:
            attempts = conn.scalar(select(tables.errors.c.attempts).where(tables.errors.c.source == source))
            if attempts is None:
                conn.execute(
                    insert(tables.errors),
                    {"source": source, "code": error.code, "reason": error.message, "attempts": 1, "last_seen": now},
                )
            else:
                conn.execute(
                    tables.errors.update()
                    .where(tables.errors.c.source == source)
                    .values(code=error.code, reason=error.message, attempts=attempts + 1, last_seen=now)
                )

    @staticmethod
    def _clear_error(conn: Connection, source: str | None) -> None:
        if source:
            conn.execute(tables.errors.delete().where(tables.errors.c.source == source))

    # -- reading --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {
                table.name: conn.scalar(select(func.count()).select_from(table)) or 0
                for table in (*tables.ANALYSIS_TABLES, tables.corpus_entities, tables.stories, tables.errors)
            }

    def version(self) -> tuple[Any, ...]:
        """A mark that changes when articles are added, corpus entities rejoined, split or merged: what a cache of
        corpus-wide results (conflicts) is keyed by. It counts articles (never reading their texts and
        analyses) and sums over the corpus entities, a table of names and counts."""
        ce = tables.corpus_entities
        with self.engine.connect() as conn:
            articles = conn.scalar(select(func.count()).select_from(tables.articles))
            entities = conn.execute(select(func.count(), func.sum(ce.c.mentions), func.sum(ce.c.articles))).one()
            splits = conn.scalar(select(func.count()).select_from(tables.entity_splits))
            merges = conn.scalar(select(func.count()).select_from(tables.entity_merges))
        return (articles, *entities, splits, merges)

    def errors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(tables.errors).order_by(tables.errors.c.source))]

    def outdated(self, generator: Generator, *, after: str = "", limit: int = 100, everything: bool = False) -> list[str]:
        """Ids after ``after`` (in id order) of the articles whose stored analysis another schema or another
        generator (presslens version, spaCy pipeline, technique model) made; every id with ``everything``."""
        a = tables.articles
        query = select(a.c.id).where(a.c.id > after).order_by(a.c.id).limit(limit)
        if not everything:
            query = query.where(self._made_otherwise(generator))
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def count_outdated(self, generator: Generator, *, everything: bool = False) -> int:
        query = select(func.count()).select_from(tables.articles)
        if not everything:
            query = query.where(self._made_otherwise(generator))
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def _made_otherwise(self, generator: Generator) -> ColumnElement[bool]:
        analysis = tables.articles.c.analysis

        def made_by(field: str) -> ColumnElement[Any]:
            if self.dialect == "sqlite":
                return func.json_extract(analysis, f"$.generator.{field}")
            return func.jsonb_extract_path_text(cast(analysis, JSONB), "generator", field)

        return or_(
            tables.articles.c.schema_version != SCHEMA_VERSION,
            *(made_by(field).is_distinct_from(value) for field, value in generator.model_dump().items()),
        )

    def article(self, article_id: str) -> Article | None:
        """The stored article of a whole id, as it was read from its source: the ``article`` of its stored
        analysis, read alone, so that an analysis an older schema wrote still gives it. Raises ``StoreError``
        when even that cannot be read."""
        with self.engine.connect() as conn:
            stored = conn.scalar(select(tables.articles.c.analysis).where(tables.articles.c.id == article_id))
        if stored is None:
            return None
        try:
            return Article.model_validate(json.loads(stored)["article"])
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"the stored article {article_id[:12]} cannot be read: {exc}") from None

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis of one article; a unique id prefix is enough."""
        ids = tables.articles.c.id
        whole = len(article_id) == tables.ARTICLE_ID.length  # a whole id is looked up in the key's index; a prefix may not be
        with self.engine.connect() as conn:
            found = conn.execute(
                select(tables.articles.c.analysis).where(ids == article_id if whole else ids.startswith(article_id, autoescape=True)).limit(2)
            ).all()
        if len(found) != 1:
            return None
        return Analysis.model_validate_json(found[0][0])


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    # switching a new store to WAL answers 'locked' at once, without the busy wait, while another process
    # creates the schema: try again for as long as the busy wait would
    deadline = time.monotonic() + 30
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}")
