"""offsetless mentions: entity/value mentions outside the body (dateline, source) have no offsets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("entity_mentions", "value_mentions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for col in ("start", "end"):
                batch_op.alter_column(col, existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    for table in TABLES:
        op.execute(sa.text(f'DELETE FROM {table} WHERE start IS NULL OR "end" IS NULL'))
        with op.batch_alter_table(table, schema=None) as batch_op:
            for col in ("start", "end"):
                batch_op.alter_column(col, existing_type=sa.Integer(), nullable=False)
