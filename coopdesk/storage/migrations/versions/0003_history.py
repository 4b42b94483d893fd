"""History of changes: who changed what and when, kept when a record is deleted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("entity_label", sa.String(length=300), nullable=False),
        sa.Column("parent_entity", sa.String(length=30), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_event")),
    )
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_event_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index("ix_change_event_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index("ix_change_event_parent", ["parent_entity", "parent_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.drop_index("ix_change_event_parent")
        batch_op.drop_index("ix_change_event_entity")
        batch_op.drop_index(batch_op.f("ix_change_event_occurred_at"))
    op.drop_table("change_event")
