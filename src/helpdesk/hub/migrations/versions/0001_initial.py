"""The hub as it was before coordinators' tokens: the desks' records, batches, desk tokens.

A hub database made by ``create_all`` before the hub had migrations, without the
``hub_coordinator_token`` table, is stamped with this revision when it is first opened.

Revision ID: hub_0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Datetimes are UTC text of a fixed width (see store/models.py UtcDateTime), as on the desk.
UTC_TEXT = sa.String(length=27)

revision = "hub_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the record tables and the hub's bookkeeping (no foreign keys: any order)."""
    op.create_table(
        "spot",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("received_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "help_session",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("spot_id", sa.String(), nullable=False),
        sa.Column("opened_at", UTC_TEXT, nullable=False),
        sa.Column("closed_at", UTC_TEXT, nullable=True),
        sa.Column("turned_away", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("received_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_help_session_opened_at", "help_session", ["opened_at"])
    op.create_table(
        "visit",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=True),
        sa.Column("spot_id", sa.String(), nullable=False),
        sa.Column("started_at", UTC_TEXT, nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("autonomy", sa.String(), nullable=True),
        sa.Column("referral", sa.String(), nullable=True),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("age_band", sa.String(), nullable=False),
        sa.Column("gender", sa.String(), nullable=False),
        sa.Column("help_language", sa.String(), nullable=False),
        sa.Column("first_visit", sa.Boolean(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("received_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_visit_started_at_id", "visit", ["started_at", "id"])
    op.create_index("ix_visit_spot_started_at", "visit", ["spot_id", "started_at", "id"])
    op.create_index("ix_visit_session_id", "visit", ["session_id"])
    op.create_table(
        "visit_question",
        sa.Column("visit_id", sa.String(), primary_key=True),
        sa.Column("question_type", sa.String(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_visit_question_type_visit", "visit_question",
                    ["question_type", "visit_id"])
    op.create_table(
        "hub_batch",
        sa.Column("batch_id", sa.String(), primary_key=True),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("received_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "hub_token",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("desk_name", sa.String(), nullable=False),
        sa.Column("token_hash", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("revoked_at", UTC_TEXT, nullable=True),
        # Unnamed, as create_all made it: PostgreSQL then names it hub_token_token_hash_key
        # in databases from before migrations and from this script alike.
        sa.UniqueConstraint("token_hash"),
    )


def downgrade() -> None:
    """Drop every table (and with them the hub's data)."""
    for table in ("hub_token", "hub_batch", "visit_question", "visit", "help_session", "spot"):
        op.drop_table(table)  # their indexes go with them
