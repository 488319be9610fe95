"""Desks' public keys, to check the signatures of their stick batches.

Adds one table; no desk has a key until it syncs over HTTP again or the coordinator adds
one, and until then its stick batches are taken on their record checks alone.

Revision ID: hub_0004
Revises: hub_0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)  # what UtcDateTime stores

revision = "hub_0004"
down_revision = "hub_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``hub_desk_key``."""
    op.create_table(
        "hub_desk_key",
        sa.Column("desk_id", sa.String(), primary_key=True),
        sa.Column("desk_name", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("added_at", UTC_TEXT, nullable=False),
    )


def downgrade() -> None:
    """Drop ``hub_desk_key`` (the keys are forgotten; stick batches go unchecked again)."""
    op.drop_table("hub_desk_key")
