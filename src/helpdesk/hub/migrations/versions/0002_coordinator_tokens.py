"""Coordinators' tokens, to download the network's sheets; kept apart from the desks'.

Adds a table only. A hub database made by ``create_all`` that already has it is stamped with
this revision when it is first opened.

Revision ID: hub_0002
Revises: hub_0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)

revision = "hub_0002"
down_revision = "hub_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the coordinators' token table (SHA-256 hashes, as for desks)."""
    op.create_table(
        "hub_coordinator_token",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("coordinator_name", sa.String(), nullable=False),
        sa.Column("token_hash", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("revoked_at", UTC_TEXT, nullable=True),
        sa.UniqueConstraint("token_hash"),
    )


def downgrade() -> None:
    """Drop the coordinators' tokens (desks' tokens and records stay)."""
    op.drop_table("hub_coordinator_token")
