"""Words two or more speakers said together: ``joint_speakers`` (analysis schema 1.15).

Revision ID: 0003
Revises: 0002

Analyses stored with schema 1.15 or later carry them in their JSON (``speaker.joint``), and they are
copied from there; older ones gave each such quote to its first speaker alone until ``presslens reanalyze``.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_articles = sa.table("articles", sa.column("id", sa.String), sa.column("analysis", sa.Text))


def upgrade() -> None:
    joint_speakers = op.create_table(
        "joint_speakers",
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("quote_id", sa.String(16), primary_key=True),
        sa.Column("entity_id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    bind = op.get_bind()
    # the analysis JSON is compact (pydantic's model_dump_json): only articles with a joint speaker match
    ids = bind.execute(sa.select(_articles.c.id).where(_articles.c.analysis.like('%"joint":["%'))).scalars().all()
    for article_id in ids:  # one analysis in memory at a time
        analysis = bind.execute(sa.select(_articles.c.analysis).where(_articles.c.id == article_id)).scalar_one()
        rows = [
            {"article_id": article_id, "quote_id": quote["id"], "entity_id": entity_id, "seq": seq}
            for quote in json.loads(analysis).get("quotes", [])
            for seq, entity_id in enumerate(quote["speaker"].get("joint", []), start=1)
        ]
        if rows:
            bind.execute(joint_speakers.insert(), rows)


def downgrade() -> None:
    op.drop_table("joint_speakers")
