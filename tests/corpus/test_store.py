"""The store: schema by migration, idempotent ingest, failures kept with their reason."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from presslens import Analyzer
from presslens.corpus import Store, ingest, tables
from presslens.corpus.queries import find_entities
from presslens.corpus.store import MIGRATIONS, store_url
from tests.conftest import SEED
from tests.corpus.conftest import CORPUS

SEARCH_OBJECTS = {"articles_fts", "search", "ix_articles_search"}


def test_the_migration_builds_exactly_the_declared_schema(empty_url: str) -> None:
    with Store(empty_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, *_: not (name or "").startswith("articles_fts") and name not in SEARCH_OBJECTS}
        )
        assert compare_metadata(context, tables.metadata) == []


def test_reingest_adds_nothing_and_failures_are_kept_until_fixed(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    broken = tmp_path / "inputs"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"   \n")
    (broken / "bad.jsonl").write_text('{"text": "The minister said on Monday that talks had failed."}\nnot json\n', encoding="utf-8")
    with Store(empty_url) as store:
        first = ingest(store, [CORPUS, broken], analyzer)
        assert first.added == 5 and first.already_stored == 0
        assert sorted(f.split("]")[0] for f in first.failed) == ["[E101", "[E105"]
        counts = store.counts()
        again = ingest(store, [CORPUS, broken], analyzer)
        assert again.added == 0 and again.already_stored == 5
        assert store.counts() == counts
        errors = {Path(e["source"]).name: e for e in store.errors()}
        assert set(errors) == {"empty.txt", "bad.jsonl:2"}
        assert errors["empty.txt"]["attempts"] == 2 and errors["empty.txt"]["code"] == "E101"
        (broken / "empty.txt").write_text("The ministry said the talks would resume in March.\n", encoding="utf-8")
        ingest(store, [broken], analyzer)
        assert {Path(e["source"]).name for e in store.errors()} == {"bad.jsonl:2"}


def test_every_table_holds_the_analysis(corpus: Store) -> None:
    with corpus.connect() as conn:
        row = conn.execute(select(tables.articles).where(tables.articles.c.source == str(SEED))).one()
        analysis = json.loads(row.analysis)
        for table, key in (("quotes", "quotes"), ("timexes", "timexes"), ("techniques", "techniques"), ("findings", "findings"), ("entities", "entities")):
            stored = conn.execute(select(tables.metadata.tables[table]).where(tables.metadata.tables[table].c.article_id == row.id)).all()
            assert len(stored) == len(analysis[key]), table
    assert row.outlet == "Dispatches" and str(row.published) == "2021-12-30"
    assert corpus.analysis(row.id[:16]).article.id == row.id == corpus.analysis(row.id).article.id  # a prefix or the whole id


def test_upgrading_a_store_copies_new_facts_from_the_stored_analyses(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    source = tmp_path / "lopez.txt"
    source.write_text(
        "Senator Maria Lopez refused to say on Monday whether she would run. Lopez and Governor Tom Hale said the budget was a disgrace.\n",
        encoding="utf-8",
    )
    with Store(empty_url) as store:
        ingest(store, [source], analyzer)
        with store.read() as conn:
            link_keys = sorted(conn.execute(select(tables.entity_link_keys)).all())
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as conn:  # back to the first schema: no quotes.negated, joint_speakers, corpus_entity_words, entity_link_keys
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
    with Store(empty_url) as store, store.read() as conn:
        stored = conn.execute(select(tables.quotes.c.cue, tables.quotes.c.negated).order_by(tables.quotes.c.start)).all()
        joint = conn.execute(
            select(tables.entities.c.canonical).join(tables.joint_speakers, tables.joint_speakers.c.entity_id == tables.entities.c.entity_id)
        ).scalars().all()
        hale = [entity["id"] for entity in find_entities(conn, "hale")]  # by the words of the entities linked before
        assert sorted(conn.execute(select(tables.entity_link_keys)).all()) == link_keys
    assert "surname 0 lpz" in {row.key for row in link_keys}  # Lopez's
    assert [tuple(row) for row in stored] == [("refused to say", True), ("said", False)]
    assert joint == ["Tom Hale"]
    assert hale == ["tom-hale"]


def test_store_url_accepts_paths_and_urls() -> None:
    assert store_url("corpus.db") == "sqlite:///corpus.db"
    assert store_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store_url(None) == "sqlite:///presslens.db"
