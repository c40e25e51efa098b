"""pg listing index: newest-first article listing (published DESC NULLS LAST, id DESC)

SQLite walks ix_articles_published backwards for the same order; PostgreSQL needs the NULLS
LAST order in the index itself (SQLite cannot declare it, so this index is PostgreSQL-only).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 16:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_listing ON articles (published DESC NULLS LAST, id DESC)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_articles_listing")
