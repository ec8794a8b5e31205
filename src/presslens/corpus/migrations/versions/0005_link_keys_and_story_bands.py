"""What an ingest reads to link only its own articles: ``entity_link_keys`` and ``story_bands``.

Revision ID: 0005
Revises: 0004

Filled from the article entities and signatures already stored; every later article writes its own.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from presslens.corpus.linking import link_key_rows
from presslens.corpus.stories import signature_bands
from presslens.corpus.tables import chunks

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_articles = sa.table("articles", sa.column("id", sa.String))
_entities = sa.table(
    "entities", sa.column("article_id", sa.String), sa.column("entity_id", sa.String), sa.column("label", sa.String), sa.column("canonical", sa.Text)
)
_mentions = sa.table("mentions", sa.column("article_id", sa.String), sa.column("entity_id", sa.String), sa.column("text", sa.Text))
_signatures = sa.table("signatures", sa.column("article_id", sa.String), sa.column("minhash", sa.LargeBinary))


def upgrade() -> None:
    keys = op.create_table(
        "entity_link_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True),
        sa.Column("entity_id", sa.String(16), primary_key=True),
    )
    bands = op.create_table(
        "story_bands",
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("bucket", sa.LargeBinary, primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True),
    )
    bind = op.get_bind()
    for chunk in chunks(sorted(bind.scalars(sa.select(_articles.c.id)))):
        entity_rows: dict[str, list[dict[str, object]]] = defaultdict(list)
        mention_rows: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in bind.execute(sa.select(_entities).where(_entities.c.article_id.in_(chunk))):
            entity_rows[r.article_id].append(dict(r._mapping))
        for r in bind.execute(sa.select(_mentions).where(_mentions.c.article_id.in_(chunk))):
            mention_rows[r.article_id].append(dict(r._mapping))
        if key_rows := [row for article_id in chunk for row in link_key_rows(entity_rows[article_id], mention_rows[article_id])]:
            bind.execute(keys.insert(), key_rows)
        signatures = bind.execute(sa.select(_signatures).where(_signatures.c.article_id.in_(chunk)))
        if band_rows := [{"band": band, "bucket": bucket, "article_id": r.article_id} for r in signatures for band, bucket in signature_bands(r.minhash)]:
            bind.execute(bands.insert(), band_rows)


def downgrade() -> None:
    op.drop_table("story_bands")
    op.drop_table("entity_link_keys")
