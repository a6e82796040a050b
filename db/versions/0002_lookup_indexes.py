"""Indexes for looking up participants by e-mail and group members

Revision ID: 0002_lookup_indexes
Revises: 0001_initial
Create Date: 2026-11-23 03:43:37.679705
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_lookup_indexes'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    with op.batch_alter_table('group_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_members_group_id'), ['group_id'], unique=False)

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_email'), ['email'], unique=False)




def downgrade() -> None:
    
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_email'))

    with op.batch_alter_table('group_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_members_group_id'))


