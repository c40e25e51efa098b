"""mention part: an event mention is stated in the body ("text") or the headline ("title")

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 07:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.add_column(
            sa.Column("part", sa.String(length=8), nullable=False, server_default="text")
        )


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.drop_column("part")
