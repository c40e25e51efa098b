"""event listing indexes: (filter column, date, id) so filtered event pages walk an index

The event list is newest first (date DESC, id DESC) under filters on type, actor, recipient,
quad class or place; with these indexes a page reads ``offset + limit`` rows of one index
instead of sorting every match. (type, date) is replaced by (type, date, id).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 17:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_events_date_id": ["date", "id"],
    "ix_events_type_date_id": ["type", "date", "id"],
    "ix_events_actor_date": ["actor_code", "date", "id"],
    "ix_events_recipient_date": ["recipient_code", "date", "id"],
    "ix_events_quad_date": ["quad_class", "date", "id"],
    "ix_events_location_date": ["location", "date", "id"],
}


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_index("ix_events_type_date")
        for name, cols in INDEXES.items():
            batch_op.create_index(name, cols, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        for name in INDEXES:
            batch_op.drop_index(name)
        batch_op.create_index("ix_events_type_date", ["type", "date"], unique=False)
