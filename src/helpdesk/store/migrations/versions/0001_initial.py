"""The first schema: desk, spots, staff, sessions, visits and the taxonomy.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Datetimes are UTC text of a fixed width (see store/models.py UtcDateTime).
UTC_TEXT = sa.String(length=27)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema to this revision (batch mode: SQLite rebuilds tables to alter them)."""
    op.create_table('desk',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('time_zone', sa.String(), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('spot',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.Column('updated_at', UTC_TEXT, nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('staff',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.Column('updated_at', UTC_TEXT, nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('store_info',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('taxonomy_item',
    sa.Column('list_name', sa.String(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('label_en', sa.String(), nullable=False),
    sa.Column('label_nl', sa.String(), nullable=False),
    sa.Column('label_fr', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('list_name', 'code')
    )
    op.create_table('help_session',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('desk_id', sa.String(), nullable=False),
    sa.Column('spot_id', sa.String(), nullable=False),
    sa.Column('opened_at', UTC_TEXT, nullable=False),
    sa.Column('closed_at', UTC_TEXT, nullable=True),
    sa.Column('turned_away', sa.Integer(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.Column('updated_at', UTC_TEXT, nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['spot_id'], ['spot.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('help_session', schema=None) as batch_op:
        batch_op.create_index('ix_help_session_opened_at', ['opened_at'], unique=False)

    op.create_table('session_staff',
    sa.Column('session_id', sa.String(), nullable=False),
    sa.Column('staff_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['help_session.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'staff_id')
    )
    op.create_table('visit',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('desk_id', sa.String(), nullable=False),
    sa.Column('session_id', sa.String(), nullable=True),
    sa.Column('spot_id', sa.String(), nullable=False),
    sa.Column('staff_id', sa.String(), nullable=True),
    sa.Column('started_at', UTC_TEXT, nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('autonomy', sa.String(), nullable=True),
    sa.Column('referral', sa.String(), nullable=True),
    sa.Column('follow_up', sa.Boolean(), nullable=False),
    sa.Column('follow_up_date', sa.Date(), nullable=True),
    sa.Column('channel', sa.String(), nullable=False),
    sa.Column('age_band', sa.String(), nullable=False),
    sa.Column('gender', sa.String(), nullable=False),
    sa.Column('help_language', sa.String(), nullable=False),
    sa.Column('first_visit', sa.Boolean(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.Column('updated_at', UTC_TEXT, nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['help_session.id'], ),
    sa.ForeignKeyConstraint(['spot_id'], ['spot.id'], ),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_follow_up', ['follow_up', 'started_at', 'id'], unique=False, sqlite_where=sa.text('follow_up = 1 AND deleted = 0'))
        batch_op.create_index('ix_visit_session_id', ['session_id'], unique=False)
        batch_op.create_index('ix_visit_spot_started_at', ['spot_id', 'started_at', 'id'], unique=False)
        batch_op.create_index('ix_visit_started_at_id', ['started_at', 'id'], unique=False)

    op.create_table('visit_question',
    sa.Column('visit_id', sa.String(), nullable=False),
    sa.Column('question_type', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'question_type')
    )
    with op.batch_alter_table('visit_question', schema=None) as batch_op:
        batch_op.create_index('ix_visit_question_type_visit', ['question_type', 'visit_id'], unique=False)



def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table('visit_question', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_question_type_visit')

    op.drop_table('visit_question')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_started_at_id')
        batch_op.drop_index('ix_visit_spot_started_at')
        batch_op.drop_index('ix_visit_session_id')
        batch_op.drop_index('ix_visit_follow_up', sqlite_where=sa.text('follow_up = 1 AND deleted = 0'))

    op.drop_table('visit')
    op.drop_table('session_staff')
    with op.batch_alter_table('help_session', schema=None) as batch_op:
        batch_op.drop_index('ix_help_session_opened_at')

    op.drop_table('help_session')
    op.drop_table('taxonomy_item')
    op.drop_table('store_info')
    op.drop_table('staff')
    op.drop_table('spot')
    op.drop_table('desk')
