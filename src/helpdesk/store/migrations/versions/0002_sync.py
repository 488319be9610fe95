"""Sync bookkeeping: targets, what each acknowledged, and the batches still in flight.

Adds tables only; the records themselves are untouched, so every existing visit simply
starts out as "waiting" for each target added later.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the sync tables."""
    op.create_table(
        "sync_target",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("folder", sa.String(), nullable=False),
        sa.Column("include_notes", sa.Boolean(), nullable=False),
        sa.Column("send_csv", sa.Boolean(), nullable=False),
        sa.Column("batch_size", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("last_success_at", UTC_TEXT, nullable=True),
        sa.Column("last_problem", sa.String(), nullable=False),
        sa.Column("last_problem_args", sa.String(), nullable=False),
        sa.Column("last_problem_at", UTC_TEXT, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "sync_sent",
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["sync_target.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id", "record_type", "record_id"),
    )
    op.create_table(
        "sync_batch",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("set_aside", sa.Boolean(), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["sync_target.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_batch", schema=None) as batch_op:
        batch_op.create_index("ix_sync_batch_target", ["target_id", "created_at", "id"],
                              unique=False)
    op.create_table(
        "sync_batch_item",
        sa.Column("batch_id", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["sync_batch.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("batch_id", "record_id"),
    )
    with op.batch_alter_table("sync_batch_item", schema=None) as batch_op:
        batch_op.create_index("ix_sync_batch_item_record", ["record_id"], unique=False)


def downgrade() -> None:
    """Drop the sync tables (the records stay)."""
    with op.batch_alter_table("sync_batch_item", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_batch_item_record")
    op.drop_table("sync_batch_item")
    with op.batch_alter_table("sync_batch", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_batch_target")
    op.drop_table("sync_batch")
    op.drop_table("sync_sent")
    op.drop_table("sync_target")
