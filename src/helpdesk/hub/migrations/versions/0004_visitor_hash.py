"""Visitor codes reach the hub as their keyed hash: ``visit.visitor_hash``, indexed.

Nullable: visits from desks that use no codes, or that are not updated yet, have none.

Revision ID: hub_0004_visitor_hash
Revises: hub_0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub_0004_visitor_hash"
down_revision = "hub_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``visit.visitor_hash`` and its index (unless a ``create_all`` of this version
    made them already)."""
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("visit")}
    if "visitor_hash" in columns:
        return
    # ADD COLUMN in place on SQLite and PostgreSQL alike: no copy of a large table.
    op.add_column("visit", sa.Column("visitor_hash", sa.String(), nullable=True))
    op.create_index("ix_visit_visitor_hash", "visit", ["visitor_hash", "started_at"])


def downgrade() -> None:
    """Drop ``visit.visitor_hash`` (the hub forgets which visits came from whom)."""
    op.drop_index("ix_visit_visitor_hash", table_name="visit")
    op.drop_column("visit", "visitor_hash")
