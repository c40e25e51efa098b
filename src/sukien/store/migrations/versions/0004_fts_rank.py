"""fts rank: SQLite FTS5 ranks with bm25 weighting the title 5:1, so ORDER BY rank uses it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25()')")
