"""The desk id a desk's token is bound to (set by its first batch).

Adds one nullable column: tokens made before are bound the first time they send again.

Revision ID: hub_0003
Revises: hub_0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hub_0003"
down_revision = "hub_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``hub_token.desk_id`` (unless a ``create_all`` of this version made it already)."""
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("hub_token")}
    if "desk_id" in columns:
        return
    with op.batch_alter_table("hub_token") as batch:
        batch.add_column(sa.Column("desk_id", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop ``hub_token.desk_id`` (the bindings are forgotten)."""
    with op.batch_alter_table("hub_token") as batch:
        batch.drop_column("desk_id")
