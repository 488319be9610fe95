"""Which spots this desk made itself: ``spot.origin_desk_id`` (desk only, never on the wire).

Spots carry no desk id on the wire, so without this a desk could not tell its own spots
from those learnt from a stick, and an imported batch could rename or retire them. Existing
spots count as this desk's own when one of its own sessions or visits uses them, or when no
other desk's record does (a spot made here and not used yet); placeholders (revision 0) and
spots used only by other desks' records stay without an origin.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and mark the spots this desk made."""
    op.add_column("spot", sa.Column("origin_desk_id", sa.String(), nullable=True))
    op.execute("""
        UPDATE spot SET origin_desk_id = (SELECT id FROM desk LIMIT 1)
        WHERE revision >= 1 AND (
            id IN (SELECT spot_id FROM help_session
                   WHERE desk_id = (SELECT id FROM desk LIMIT 1))
            OR id IN (SELECT spot_id FROM visit WHERE desk_id = (SELECT id FROM desk LIMIT 1))
            OR NOT EXISTS (SELECT 1 FROM visit WHERE visit.spot_id = spot.id
                           AND visit.desk_id != (SELECT id FROM desk LIMIT 1))
               AND NOT EXISTS (SELECT 1 FROM help_session s WHERE s.spot_id = spot.id
                               AND s.desk_id != (SELECT id FROM desk LIMIT 1)))
    """)


def downgrade() -> None:
    """Forget which spots were made here (SQLite's own DROP COLUMN: no table copy, so the
    foreign keys pointing at ``spot`` stay as they are)."""
    op.execute("ALTER TABLE spot DROP COLUMN origin_desk_id")
