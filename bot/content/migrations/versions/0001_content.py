"""Content tables: helplines, topics, tips, review items.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "helplines",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name_en", sa.Text, nullable=False),
        sa.Column("name_cy", sa.Text),
        sa.Column("audiences", sa.JSON, nullable=False),
        sa.Column("phone", sa.String(32)),
        sa.Column("text", sa.String(16)),
        sa.Column("web", sa.Text),
        sa.Column("hours", sa.JSON, nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("free", sa.Boolean),
        sa.Column("emergency", sa.Boolean, nullable=False),
        sa.Column("purpose_en", sa.Text, nullable=False),
        sa.Column("purpose_cy", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("last_reviewed", sa.String(10), nullable=False),
    )
    op.create_table(
        "topics",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title_en", sa.Text, nullable=False),
        sa.Column("title_cy", sa.Text, nullable=False),
        sa.Column("services", sa.JSON, nullable=False),
        sa.Column("follow_ups", sa.JSON, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("last_reviewed", sa.String(10), nullable=False),
    )
    op.create_table(
        "tips",
        sa.Column("id", sa.String(96), primary_key=True),
        sa.Column("topic_id", sa.String(64), sa.ForeignKey("topics.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("audiences", sa.JSON, nullable=False),
        sa.Column("ages", sa.JSON, nullable=False),
        sa.Column("text_en", sa.Text, nullable=False),
        sa.Column("text_cy", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("last_reviewed", sa.String(10), nullable=False),
    )
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("predicted_intent", sa.String(64)),
        sa.Column("confidence", sa.Float),
        sa.Column("reason", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in ("review_items", "tips", "topics", "helplines"):
        op.drop_table(table)
