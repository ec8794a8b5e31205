"""The corpus: articles, their flattened analyses, corpus entities, stories, errors, full-text search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ARTICLE_ID = sa.String(64)


def _article_fk() -> sa.Column:
    return sa.Column("article_id", ARTICLE_ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", ARTICLE_ID, primary_key=True),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text, index=True),
        sa.Column("headline", sa.Text),
        sa.Column("published", sa.Date, index=True),
        sa.Column("published_source", sa.String(16), nullable=False),
        sa.Column("published_earliest", sa.Date),
        sa.Column("published_latest", sa.Date),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("words", sa.Integer, nullable=False),
        sa.Column("sentences", sa.Integer, nullable=False),
        sa.Column("outlet_sentences", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.Column("schema_version", sa.String(16), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "entities",
        _article_fk(),
        sa.Column("entity_id", sa.String(16), primary_key=True),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False, index=True),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("corpus_entity", sa.String(128), index=True),
        sa.Column("link_evidence", sa.Text),
    )
    op.create_table(
        "mentions",
        _article_fk(),
        sa.Column("entity_id", sa.String(16), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("origin", sa.String(24), nullable=False),
        sa.Column("variant", sa.Boolean, nullable=False),
    )
    op.create_table(
        "quotes",
        _article_fk(),
        sa.Column("quote_id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("act", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("cue_lemma", sa.Text),
        sa.Column("speaker_text", sa.Text),
        sa.Column("speaker_entity", sa.String(16)),
        sa.Column("speaker_resolved", sa.Boolean, nullable=False),
        sa.Column("speaker_via", sa.String(16), nullable=False),
        sa.Column("said_on", sa.Date),
        sa.Column("channel", sa.Text),
        sa.Column("inherited", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_quotes_speaker_entity", "quotes", ["article_id", "speaker_entity"])
    op.create_table(
        "timexes",
        _article_fk(),
        sa.Column("timex_id", sa.String(16), primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("mod", sa.String(24)),
        sa.Column("anchored", sa.Boolean, nullable=False),
        sa.Column("inferred", sa.Boolean, nullable=False),
    )
    op.create_table(
        "techniques",
        _article_fk(),
        sa.Column("technique_id", sa.String(16), primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(64), nullable=False, index=True),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("labels", sa.Text, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("voice", sa.String(16), nullable=False),
        sa.Column("quote_id", sa.String(16)),
        sa.Column("speaker_entity", sa.String(16)),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "findings",
        _article_fk(),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("entity_id", sa.String(16)),
        sa.Column("likely", sa.Text),
        sa.Column("value", sa.Text),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_table("signatures", _article_fk(), sa.Column("minhash", sa.LargeBinary, nullable=False))
    op.create_table(
        "stories",
        _article_fk(),
        sa.Column("story_id", sa.String(32), nullable=False, index=True),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_table(
        "corpus_entities",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "entity_splits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("apart_from", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("name_key", "apart_from", name="uq_entity_splits_pair"),
    )
    op.create_table(
        "errors",
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    _create_search()


def _create_search() -> None:
    """Full-text search: an FTS5 table on SQLite, a generated tsvector with a GIN index on PostgreSQL."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, headline, text, tokenize = 'porter unicode61')"
        )
    else:
        op.execute(
            "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(setweight(to_tsvector('english', coalesce(headline, '')), 'A') || "
            "setweight(to_tsvector('english', text), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    for table in ("errors", "entity_splits", "corpus_entities", "stories", "signatures", "findings",
                  "techniques", "timexes", "quotes", "mentions", "entities", "articles"):
        op.drop_table(table)
