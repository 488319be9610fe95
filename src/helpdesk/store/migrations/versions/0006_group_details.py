"""A group session's details (issue 12): question types covered, facilitators, profile.

``group_session`` gains three nullable columns, as the wire carries them (protocol version
3): ``questions_covered`` (codes separated by spaces), ``facilitators`` (how many helpers ran
it) and ``profile`` (the participants' anonymous profile as ``genders:f=7`` counts). Every
older group session has none of them. ``group_staff`` says which of this desk's helpers ran
it; it never leaves the desk.

Revision ID: 0006_group_details
Revises: 0005_funder_figures
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_group_details"
down_revision = "0005_funder_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the detail columns (plain ADD COLUMN, no table copy) and ``group_staff``."""
    op.add_column("group_session", sa.Column("questions_covered", sa.String(), nullable=True))
    op.add_column("group_session", sa.Column("facilitators", sa.Integer(), nullable=True))
    op.add_column("group_session", sa.Column("profile", sa.String(), nullable=True))
    op.create_table(
        "group_staff",
        sa.Column("group_id", sa.String(), nullable=False),
        sa.Column("staff_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["group_session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("group_id", "staff_id"),
    )


def downgrade() -> None:
    """Drop the facilitators' links and the detail columns (the group sessions stay)."""
    op.drop_table("group_staff")
    op.drop_column("group_session", "profile")
    op.drop_column("group_session", "facilitators")
    op.drop_column("group_session", "questions_covered")
