"""mention location source: whether the evidence sentence names a mention's place ("sentence")
or the rest of the article gives it ("context", ``sukien.events.placing``)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 14:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.add_column(sa.Column("location_source", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.drop_column("location_source")
