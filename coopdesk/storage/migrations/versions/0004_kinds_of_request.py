"""Every kind of request: section 0 of the CERFA on the application, the plan de financement of an
investment, a compte rendu per year of a multi-year grant, refunds, the compte rendu's notes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 19:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("request_object", sa.String(length=20), nullable=False, server_default="project")
        )
        batch_op.add_column(sa.Column("in_kind", sa.Boolean(), nullable=False, server_default=sa.false()))
        for name in ("report_note_indirect", "report_note_gaps", "report_note_in_kind"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
    # An application without a project asked for the association's operation as a whole.
    op.execute("UPDATE application SET request_object = 'operation' WHERE project_id IS NULL")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.alter_column("request_object", server_default=None)
        batch_op.alter_column("in_kind", server_default=None)
        for name in ("report_note_indirect", "report_note_gaps", "report_note_in_kind"):
            batch_op.alter_column(name, server_default=None)
    with op.batch_alter_table("application_year", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_filed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_payment_amount_positive"), type_="check")
        batch_op.create_check_constraint("amount_not_zero", "amount_cents <> 0")
    op.create_table(
        "investment_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("acquired", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_investment_line_amount_positive")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_investment_line_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_investment_line_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_investment_line_project_id_project"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investment_line")),
    )
    with op.batch_alter_table("investment_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_investment_line_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_investment_line_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_investment_line_application_id"), ["application_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("investment_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_investment_line_application_id"))
        batch_op.drop_index(batch_op.f("ix_investment_line_document_id"))
        batch_op.drop_index(batch_op.f("ix_investment_line_project_id"))
    op.drop_table("investment_line")
    op.execute("DELETE FROM payment WHERE amount_cents < 0")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_payment_amount_not_zero"), type_="check")
        batch_op.create_check_constraint("amount_positive", "amount_cents > 0")
    with op.batch_alter_table("application_year", schema=None) as batch_op:
        batch_op.drop_column("report_filed_on")
    with op.batch_alter_table("application", schema=None) as batch_op:
        for name in ("report_note_in_kind", "report_note_gaps", "report_note_indirect", "in_kind", "request_object"):
            batch_op.drop_column(name)
