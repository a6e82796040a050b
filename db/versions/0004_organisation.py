"""A real organisation: the programme's parts and admission criteria as data, the rector
becomes the signatory, every person a function and a scanned signature of their own, archived
people and cohorts, a cohort's signatory, and a cohort status that follows the dates unless
set by hand

Revision ID: 0004_organisation
Revises: 0003_closing
Create Date: 2026-11-30 06:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_organisation"
down_revision = "0003_closing"
branch_labels = None
depends_on = None

#: The settings that held the two scanned signatures before each person had one, and the
#: role whose (only) holder the signature moves to.
_SIGNATURES = (
    ("certificates.signature.manager", "programme_manager"),
    ("certificates.signature.rector", "signatory"),
)


def upgrade() -> None:
    op.create_table(
        "programme_parts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "intake_interview",
                "start",
                "atelier",
                "masterclass",
                "consultation",
                "midterm_review",
                "closing",
                "accountability",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("theme", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_parts_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_parts")),
        sa.UniqueConstraint(
            "programme_id", "kind", "number", name=op.f("uq_programme_parts_programme_id_kind_number")
        ),
    )
    op.create_table(
        "programme_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column(
            "criterion",
            sa.Enum(
                "experience",
                "education",
                "workplace",
                "ambition",
                "business_knowledge",
                "commitment",
                "attitude",
                name="admissioncriterion",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_criteria_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_criteria")),
        sa.UniqueConstraint(
            "programme_id", "criterion", name=op.f("uq_programme_criteria_programme_id_criterion")
        ),
    )

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("function", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("signature_attachment_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_people_signature_attachment_id_attachments"),
            "attachments",
            ["signature_attachment_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signatory_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("status_by_hand", sa.Boolean(), nullable=False, server_default="0")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_cohorts_signatory_id_people"),
            "people",
            ["signatory_id"],
            ["id"],
            ondelete="SET NULL",
        )

    connection = op.get_bind()
    # What the certificates printed under the names until now, so that they stay the same.
    provider = connection.execute(
        sa.text("SELECT provider FROM programmes ORDER BY id LIMIT 1")
    ).scalar()
    provider_short = (provider or "").split(",")[0].strip()
    connection.execute(
        sa.text(
            """UPDATE people SET function = :f WHERE function = '' AND id IN
               (SELECT person_id FROM person_roles WHERE role = 'rector')"""
        ),
        {"f": f"rector {provider_short}".strip()},
    )
    connection.execute(
        sa.text(
            """UPDATE people SET function = 'programmamanager' WHERE function = '' AND id IN
               (SELECT person_id FROM person_roles WHERE role = 'programme_manager')"""
        )
    )
    connection.execute(sa.text("UPDATE person_roles SET role = 'signatory' WHERE role = 'rector'"))
    # Certificates were signed by the first rector in the register; each cohort now names its own.
    connection.execute(
        sa.text(
            """UPDATE cohorts SET signatory_id =
               (SELECT min(person_id) FROM person_roles WHERE role = 'signatory')"""
        )
    )
    # A database that holds the demo's invented staff is a demo database: the window says so,
    # and the demo may go on loading into it.
    connection.execute(
        sa.text(
            """INSERT OR IGNORE INTO settings (key, value) SELECT 'demo.database', 'true'
               WHERE EXISTS (SELECT 1 FROM people WHERE email LIKE '%@demo.sioo-desk.nl')"""
        )
    )
    for key, role in _SIGNATURES:
        attachment = connection.execute(
            sa.text("SELECT value FROM settings WHERE key = :k"), {"k": key}
        ).scalar()
        holders = connection.execute(
            sa.text("SELECT DISTINCT person_id FROM person_roles WHERE role = :r"), {"r": role}
        ).all()
        # With no one or several holding the role, the image stays where it was: guessing
        # would put someone else's signature on a certificate.
        if attachment is None or len(holders) != 1:
            continue
        connection.execute(
            sa.text("UPDATE people SET signature_attachment_id = :a WHERE id = :p"),
            {"a": int(attachment), "p": holders[0][0]},
        )
        connection.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": key})


def downgrade() -> None:
    connection = op.get_bind()
    for key, role in _SIGNATURES:
        connection.execute(
            sa.text(
                """INSERT OR IGNORE INTO settings (key, value)
                   SELECT :k, CAST(p.signature_attachment_id AS TEXT) FROM people p
                   JOIN person_roles r ON r.person_id = p.id AND r.role = :r
                   WHERE p.signature_attachment_id IS NOT NULL ORDER BY p.id LIMIT 1"""
            ),
            {"k": key, "r": role},
        )
    connection.execute(sa.text("UPDATE person_roles SET role = 'rector' WHERE role = 'signatory'"))

    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cohorts_signatory_id_people"), type_="foreignkey")
        batch_op.drop_column("status_by_hand")
        batch_op.drop_column("archived")
        batch_op.drop_column("signatory_id")

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_people_signature_attachment_id_attachments"), type_="foreignkey"
        )
        batch_op.drop_column("signature_attachment_id")
        batch_op.drop_column("archived")
        batch_op.drop_column("function")

    op.drop_table("programme_criteria")
    op.drop_table("programme_parts")
