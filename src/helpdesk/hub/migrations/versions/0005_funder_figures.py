"""What funders count (issue 12): ``visit.visitor_hash`` (a visitor code's keyed hash,
indexed), ``visit.device`` and ``visit.residence``, and the ``group_session`` table.

Nullable: visits from desks that use no codes, or that are not updated yet, have no hash.

Revision ID: hub_0005_funder_figures
Revises: hub_0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)

revision = "hub_0005_funder_figures"
down_revision = "hub_0004"
branch_labels = None
depends_on = None

def _group_session_columns(received: bool) -> list:
    columns = [
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("spot_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("started_at", UTC_TEXT, nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]
    if received:
        columns.append(sa.Column("received_at", UTC_TEXT, nullable=False))
    return [*columns, sa.PrimaryKeyConstraint("id")]


def upgrade() -> None:
    """Add ``visit.visitor_hash`` and ``group_session`` (unless a ``create_all`` of this
    version made them already)."""
    inspector = sa.inspect(op.get_bind())
    if "group_session" not in inspector.get_table_names():
        op.create_table("group_session", *_group_session_columns(received=True))
        op.create_index("ix_group_session_started_at", "group_session", ["started_at"])
    columns = {c["name"] for c in inspector.get_columns("visit")}
    # ADD COLUMN in place on SQLite and PostgreSQL alike: no copy of a large table.
    for name in ("visitor_hash", "device", "residence"):
        if name not in columns:
            op.add_column("visit", sa.Column(name, sa.String(), nullable=True))
    if "visitor_hash" not in columns:
        op.create_index("ix_visit_visitor_hash", "visit", ["visitor_hash", "started_at"])


def downgrade() -> None:
    """Drop ``group_session`` and ``visit.visitor_hash``."""
    op.drop_table("group_session")
    op.drop_index("ix_visit_visitor_hash", table_name="visit")
    op.drop_column("visit", "visitor_hash")
    op.drop_column("visit", "device")
    op.drop_column("visit", "residence")
