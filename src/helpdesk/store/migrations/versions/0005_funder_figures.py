"""What funders count (issue 12): visitor codes, group sessions, device and residence.

``visit.visitor_hash`` holds HMAC-SHA-256 of a visitor's normalised code under the network's
key (kept in ``store_info``); it is indexed for "people reached" and "new people".
``visitor_code`` maps a hash back to the code typed on this desk, so a returning visitor's
code can be found by its first characters. It is written only while the store is encrypted
(``services/visitors.py``): a plain store never keeps a code in clear.

``group_session`` holds workshops, info sessions and trainings: participants, counted apart
from visits, synced like them (protocol version 2).

Revision ID: 0005_funder_figures
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)

revision = "0005_funder_figures"
down_revision = "0004"
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
    """Add ``visit.visitor_hash`` (nullable: every older visit has none) and ``visitor_code``."""
    # A plain ALTER TABLE ADD COLUMN, never a batch copy of ``visit``: dropping the old table
    # would cascade to ``visit_question`` and lose every visit's question types.
    op.add_column("visit", sa.Column("visitor_hash", sa.String(), nullable=True))
    op.create_index("ix_visit_visitor_hash", "visit", ["visitor_hash", "started_at"],
                    unique=False)
    op.add_column("visit", sa.Column("device", sa.String(), nullable=True))
    op.add_column("visit", sa.Column("residence", sa.String(), nullable=True))
    op.create_table(
        "visitor_code",
        sa.Column("code_hash", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("last_used_at", UTC_TEXT, nullable=False),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    with op.batch_alter_table("visitor_code", schema=None) as batch_op:
        batch_op.create_index("ix_visitor_code_code", ["code"], unique=False)
    op.create_table("group_session", *_group_session_columns(received=False))
    op.create_index("ix_group_session_started_at", "group_session", ["started_at"])


def downgrade() -> None:
    """Drop the group sessions, the codes and the hashes (the visits themselves stay)."""
    op.drop_table("group_session")
    op.drop_table("visitor_code")
    op.drop_index("ix_visit_visitor_hash", table_name="visit")
    # SQLite 3.35+ drops a column in place (no table copy, so no cascade).
    op.drop_column("visit", "visitor_hash")
    op.drop_column("visit", "device")
    op.drop_column("visit", "residence")
