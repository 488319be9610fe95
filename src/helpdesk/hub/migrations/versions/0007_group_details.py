"""A group session's details (issue 12): question types covered, facilitators, profile.

``group_session`` gains three nullable columns, as protocol version 3 carries them:
``questions_covered`` (codes separated by spaces), ``facilitators`` (only how many helpers
ran it: their names never leave a desk) and ``profile`` (the participants' anonymous profile
as ``genders:f=7`` counts). Group sessions received before, or from desks that still send
version 2, have none of them. No new table, so ``tests/hub/old_hubs.py`` is unchanged.

Revision ID: hub_0007_group_details
Revises: hub_0006_network_key
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub_0007_group_details"
down_revision = "hub_0006_network_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the three detail columns (nullable: older group sessions have none)."""
    op.add_column("group_session", sa.Column("questions_covered", sa.String(), nullable=True))
    op.add_column("group_session", sa.Column("facilitators", sa.Integer(), nullable=True))
    op.add_column("group_session", sa.Column("profile", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop the detail columns (the group sessions stay)."""
    op.drop_column("group_session", "profile")
    op.drop_column("group_session", "facilitators")
    op.drop_column("group_session", "questions_covered")
