"""mention date source: whether the evidence sentence states a mention's date ("sentence") or
the rest of the article gives it ("context", ``sukien.events.dating``)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.add_column(sa.Column("date_source", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.drop_column("date_source")
