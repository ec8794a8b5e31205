"""The words of corpus entities' names, indexed: ``corpus_entity_words``.

Revision ID: 0004
Revises: 0003

Filled from the corpus entities already linked; every later link rewrites it with them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from presslens.corpus.names import name_words

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_corpus_entities = sa.table("corpus_entities", sa.column("id", sa.String), sa.column("name", sa.Text), sa.column("aliases", sa.Text))


def upgrade() -> None:
    words = op.create_table(
        "corpus_entity_words",
        sa.Column("word", sa.Text, primary_key=True),
        sa.Column("corpus_entity", sa.String(128), sa.ForeignKey("corpus_entities.id", ondelete="CASCADE"), primary_key=True),
    )
    bind = op.get_bind()
    rows = [
        {"word": word, "corpus_entity": r.id}
        for r in bind.execute(sa.select(_corpus_entities))
        for word in sorted(set().union(*map(name_words, [r.name, *json.loads(r.aliases)])))
    ]
    if rows:
        bind.execute(words.insert(), rows)


def downgrade() -> None:
    op.drop_table("corpus_entity_words")
