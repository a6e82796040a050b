"""The slotbijeenkomst: each participant's own turn in an accountability conversation, the time
of a presentation to the client, the name on the certificate, and who issued or revoked one

Revision ID: 0003_closing
Revises: 0002_lookup_indexes
Create Date: 2026-11-23 06:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0003_closing"
down_revision = "0002_lookup_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("certificate_name", sa.String(length=300), nullable=False, server_default="")
        )

    with op.batch_alter_table("session_participants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("starts_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("ends_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("organisational_assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("presentation_starts_at", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("presentation_ends_at", sa.Time(), nullable=True))

    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issued_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("issued_by", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("revoked_by", sa.String(length=120), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_column("revoked_by")
        batch_op.drop_column("issued_by")
        batch_op.drop_column("issued_at")

    with op.batch_alter_table("organisational_assignments", schema=None) as batch_op:
        batch_op.drop_column("presentation_ends_at")
        batch_op.drop_column("presentation_starts_at")

    with op.batch_alter_table("session_participants", schema=None) as batch_op:
        batch_op.drop_column("ends_at")
        batch_op.drop_column("starts_at")

    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_column("certificate_name")
