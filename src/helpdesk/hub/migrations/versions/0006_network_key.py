"""The network's visitor key (issue 12, part 1).

Adds ``hub_network_key``: one row holding the key desks hash visitor codes with. It is made
at the first desk's request, not here, so a migrated copy of a hub never shares a key it did
not hand out.

Revision ID: hub_0006_network_key
Revises: hub_0005_funder_figures
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTC_TEXT = sa.String(length=27)  # what UtcDateTime stores

revision = "hub_0006_network_key"
down_revision = "hub_0005_funder_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``hub_network_key``."""
    op.create_table(
        "hub_network_key",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
    )


def downgrade() -> None:
    """Drop ``hub_network_key``: the key is forgotten; desks keep the copy they hold."""
    op.drop_table("hub_network_key")
