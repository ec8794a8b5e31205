"""The corpus schema, one for SQLite and PostgreSQL (SQLAlchemy Core).

Every analysis is kept whole as JSON in ``articles.analysis``; the other tables
are the same facts flattened for queries. Child rows cascade with their article.
Changes to this module need a migration in ``presslens/corpus/migrations``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

metadata = MetaData()

ARTICLE_ID = String(64)  # SHA-256 of the text, hex


def _article_fk() -> Column[str]:
    return Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


articles = Table(
    "articles",
    metadata,
    Column("id", ARTICLE_ID, primary_key=True),
    Column("source", Text),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("headline", Text),
    Column("published", Date, index=True),
    Column("published_source", String(16), nullable=False),
    Column("published_earliest", Date),
    Column("published_latest", Date),
    Column("language", String(8), nullable=False),
    Column("words", Integer, nullable=False),
    Column("sentences", Integer, nullable=False),
    Column("outlet_sentences", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),
    Column("schema_version", String(16), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    _article_fk(),
    Column("entity_id", String(16), primary_key=True),
    Column("label", String(16), nullable=False),
    Column("canonical", Text, nullable=False),
    Column("name_key", Text, nullable=False, index=True),
    Column("mentions", Integer, nullable=False),
    Column("corpus_entity", String(128), index=True),
    Column("link_evidence", Text),
)

mentions = Table(
    "mentions",
    metadata,
    _article_fk(),
    Column("entity_id", String(16), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("origin", String(24), nullable=False),
    Column("variant", Boolean, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("quote_id", String(16), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("act", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("cue", Text),
    Column("cue_lemma", Text),
    Column("negated", Boolean, nullable=False, server_default=false()),
    Column("speaker_text", Text),
    Column("speaker_entity", String(16)),
    Column("speaker_resolved", Boolean, nullable=False),
    Column("speaker_via", String(16), nullable=False),
    Column("said_on", Date),
    Column("channel", Text),
    Column("inherited", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
)

joint_speakers = Table(
    "joint_speakers",
    metadata,
    _article_fk(),
    Column("quote_id", String(16), primary_key=True),
    Column("entity_id", String(16), primary_key=True),
    Column("seq", Integer, nullable=False),  # the order the text names them in, after the quote's speaker_entity
)

timexes = Table(
    "timexes",
    metadata,
    _article_fk(),
    Column("timex_id", String(16), primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text),
    Column("mod", String(24)),
    Column("anchored", Boolean, nullable=False),
    Column("inferred", Boolean, nullable=False),
)

techniques = Table(
    "techniques",
    metadata,
    _article_fk(),
    Column("technique_id", String(16), primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(64), nullable=False, index=True),
    Column("probability", Float, nullable=False),
    Column("labels", Text, nullable=False),
    Column("source", String(16), nullable=False),
    Column("voice", String(16), nullable=False),
    Column("quote_id", String(16)),
    Column("speaker_entity", String(16)),
    Column("reason", Text, nullable=False),
)

findings = Table(
    "findings",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("entity_id", String(16)),
    Column("likely", Text),
    Column("value", Text),
    Column("why", Text, nullable=False),
)

signatures = Table(
    "signatures",
    metadata,
    _article_fk(),
    Column("minhash", LargeBinary, nullable=False),
)

#: The LSH bands of each article's signature (``stories.signature_bands``): an ingest compares its new
#: articles only with the articles that share a band with them.
story_bands = Table(
    "story_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("bucket", LargeBinary, primary_key=True),
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True),
)

stories = Table(
    "stories",
    metadata,
    _article_fk(),
    Column("story_id", String(32), nullable=False, index=True),
    Column("similarity", Float, nullable=False),
)

corpus_entities = Table(
    "corpus_entities",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("label", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
)

#: Each word of a corpus entity's names and aliases (``names.name_words``): finding an entity by a word
#: of its name is an index lookup, not a read of every entity.
corpus_entity_words = Table(
    "corpus_entity_words",
    metadata,
    Column("word", Text, primary_key=True),
    Column("corpus_entity", String(128), ForeignKey("corpus_entities.id", ondelete="CASCADE"), primary_key=True),
)

#: What the linking rules compare for each article entity (``linking._Node.link_keys``): an ingest links
#: its new entities by reading only those that share keys with them. A change to what the keys are needs a
#: migration that writes them again for the stored entities.
entity_link_keys = Table(
    "entity_link_keys",
    metadata,
    Column("key", Text, primary_key=True),
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("entity_id", String(16), primary_key=True),
)

entity_splits = Table(
    "entity_splits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name_key", Text, nullable=False),
    Column("apart_from", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name_key", "apart_from", name="uq_entity_splits_pair"),
)

#: A user's merge: every article entity named ``name_key`` and every one named ``joined_with`` are one
#: corpus entity, whatever the join rules say.
entity_merges = Table(
    "entity_merges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name_key", Text, nullable=False),
    Column("joined_with", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name_key", "joined_with", name="uq_entity_merges_pair"),
)

errors = Table(
    "errors",
    metadata,
    Column("source", Text, primary_key=True),
    Column("code", String(8), nullable=False),
    Column("reason", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)

Index("ix_quotes_speaker_entity", quotes.c.article_id, quotes.c.speaker_entity)

#: Tables holding one analysis each, in the order they are written.
ANALYSIS_TABLES = (articles, entities, mentions, quotes, joint_speakers, timexes, techniques, findings)


#: How many values one SQL ``IN`` list holds, well under SQLite's and PostgreSQL's limits on bound parameters.
IN_LIST_SIZE = 500
_T = TypeVar("_T")


def chunks(values: list[_T]) -> Iterator[list[_T]]:
    """``values`` cut into lists of at most ``IN_LIST_SIZE``, one ``IN`` list each."""
    return (values[start : start + IN_LIST_SIZE] for start in range(0, len(values), IN_LIST_SIZE))


#: PostgreSQL advisory lock held while the derived tables (corpus entities, stories) are rewritten.
DERIVED_TABLES_LOCK = 7243502


def lock_derived_tables(conn: Connection) -> None:
    """Serialise rewrites of the corpus-wide tables between processes (SQLite's BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": DERIVED_TABLES_LOCK})
