"""Quotes the text says were not said: ``quotes.negated`` (analysis schema 1.14).

Revision ID: 0002
Revises: 0001

Analyses stored with schema 1.14 or later carry the flag in their JSON, and it is copied from there;
older ones never looked for a negation, and their quotes stay unflagged until ``presslens reanalyze``.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_articles = sa.table("articles", sa.column("id", sa.String), sa.column("analysis", sa.Text))
_quotes = sa.table("quotes", sa.column("article_id", sa.String), sa.column("quote_id", sa.String), sa.column("negated", sa.Boolean))


def upgrade() -> None:
    op.add_column("quotes", sa.Column("negated", sa.Boolean, nullable=False, server_default=sa.false()))
    bind = op.get_bind()
    # the analysis JSON is compact (pydantic's model_dump_json): only articles with a negated quote match
    ids = bind.execute(sa.select(_articles.c.id).where(_articles.c.analysis.like('%"negated":true%'))).scalars().all()
    for article_id in ids:  # one analysis in memory at a time
        analysis = bind.execute(sa.select(_articles.c.analysis).where(_articles.c.id == article_id)).scalar_one()
        negated = [quote["id"] for quote in json.loads(analysis).get("quotes", []) if quote.get("negated")]
        if negated:
            bind.execute(
                _quotes.update()
                .where(_quotes.c.article_id == article_id, _quotes.c.quote_id.in_(negated))
                .values(negated=True)
            )


def downgrade() -> None:
    op.drop_column("quotes", "negated")
