"""The sukien store: SQLAlchemy models, Alembic migrations, full-text search.

The only package that knows SQL. Open it with ``open_store(url)`` (SQLite file by default,
PostgreSQL by ``postgresql+psycopg://`` URL); the schema is upgraded to the latest migration.
"""

from sukien.store.db import DEFAULT_URL, Store, normalize_url, open_store
from sukien.store.search import SearchFilters, SearchHit, SearchResults, fold
from sukien.store.write import SaveResult

__all__ = [
    "DEFAULT_URL",
    "SaveResult",
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "Store",
    "fold",
    "normalize_url",
    "open_store",
]
