"""``open_store(url)``: the one object through which sukien reads and writes its database."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from sukien.document import Document, Rejected
from sukien.store import migrate
from sukien.store.documents import load_documents
from sukien.store.merging import SameEvent, load_same_event
from sukien.store.models import Article, ArticleMinhash, Rejection, Run, utcnow
from sukien.store.search import SearchFilters, SearchResults, search
from sukien.store.stats import StoreStats, collect_stats
from sukien.store.stories import save_story
from sukien.store.write import SaveResult, save_document

DEFAULT_URL = "sqlite:///sukien.db"


@dataclass(frozen=True, slots=True)
class StoredSignature:
    """An article's stored MinHash signature."""

    doc: str
    article_id: int
    hashvalues: np.ndarray
    seed: int
    scheme: str | None
    duplicate_of: str | None = None  # the doc id of the stored original, if a near-duplicate

    def to_minhash(self) -> Any:
        """The signature as a ``datasketch.LeanMinHash`` (comparable with fresh ones)."""
        from datasketch import LeanMinHash, MinHash

        scheme = self.scheme or "affine32"
        hv = self.hashvalues.astype("<u4") if scheme == "affine32" else self.hashvalues
        mh = MinHash(num_perm=len(hv), seed=self.seed, hashvalues=hv, scheme=scheme)
        return LeanMinHash(mh)


def normalize_url(url: str | os.PathLike[str] | None) -> str:
    """``None`` → ``sqlite:///sukien.db``; a file path → SQLite; ``postgresql://`` → psycopg 3."""
    url = str(url) if url is not None else os.environ.get("SUKIEN_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; no fsync per transaction
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Store:
    """A migrated database: sessions, document writes, search, runs and rejections."""

    def __init__(self, engine: Engine, same_event: SameEvent | None = None) -> None:
        self.engine = engine
        self.Session = sessionmaker(engine, expire_on_commit=False)
        self.same_event = same_event or load_same_event()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.Session() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def save_document(self, doc: Document, run_id: int | None = None) -> SaveResult:
        """Store one document in its own transaction (idempotent by content hash).

        On failure nothing of this document is kept and the exception propagates. A unique-key
        clash with a concurrent writer (same article or new entity) is retried once.
        """
        for attempt in (1, 2):
            try:
                with self.session() as s:
                    return save_document(s, doc, self.same_event, run_id)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def add_rejections(self, rejected: Sequence[Rejected], run_id: int | None = None) -> int:
        """Record rejections; one already stored (same source, reason, stage) is not repeated."""
        added = 0
        with self.session() as s:
            for r in rejected:
                known = s.scalar(
                    select(Rejection.id)
                    .where(
                        Rejection.source == r.source,
                        Rejection.reason == r.reason,
                        Rejection.stage == r.stage,
                    )
                    .limit(1)
                )
                if known is None:
                    s.add(Rejection(source=r.source, reason=r.reason, stage=r.stage, run_id=run_id))
                    added += 1
        return added

    def start_run(self, command: str, paths: Sequence[str]) -> int:
        with self.session() as s:
            run = Run(command=command, paths=list(paths), started_at=utcnow(), counts={})
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, **fields: Any) -> None:
        """Record ``read``, ``stored``, ``unchanged``, ``rejected``, ``counts`` of a run."""
        with self.session() as s:
            run = s.get_one(Run, run_id)
            for k, v in fields.items():
                setattr(run, k, v)
            run.finished_at = utcnow()

    # ------------------------------------------------------------ reading

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResults:
        """Diacritic-insensitive full-text search; see ``sukien.store.search``."""
        with self.session() as s:
            return search(s, query, filters, limit, offset)

    def documents(
        self,
        ids: Sequence[int] | None = None,
        *,
        after_id: int = 0,
        include_duplicates: bool = True,
    ) -> list[Document]:
        """Stored articles as pipeline Documents (``meta["article_id"]`` holds the row id)."""
        with self.session() as s:
            return list(
                load_documents(s, ids, after_id=after_id, include_duplicates=include_duplicates)
            )

    def save_story(self, article_ids: Sequence[int], **fields: Any) -> int:
        """Create or replace (``story_id=``) a story; see ``sukien.store.stories.save_story``."""
        with self.session() as s:
            return save_story(s, article_ids, **fields)

    def stats(self, max_listed: int = 50) -> StoreStats:
        """Counts, duplicate links, rejections and the last run (``sukien stats``)."""
        with self.session() as s:
            return collect_stats(s, max_listed)

    def minhashes(self, include_duplicates: bool = True) -> list[StoredSignature]:
        """The MinHash signatures of stored articles, oldest first.

        DedupStage re-seeds its LSH index from these (``seed_dedup``), so near-duplicates are
        found across runs.
        """
        orig = aliased(Article)
        with self.session() as s:
            stmt = (
                select(Article.doc, orig.doc, ArticleMinhash)
                .join(Article, Article.id == ArticleMinhash.article_id)
                .outerjoin(orig, orig.id == Article.duplicate_of_id)
                .order_by(Article.id)
            )
            if not include_duplicates:
                stmt = stmt.where(Article.duplicate_of_id.is_(None))
            return [
                StoredSignature(
                    doc=d,
                    article_id=m.article_id,
                    hashvalues=np.frombuffer(m.hashvalues, dtype="<u8").copy(),
                    seed=m.seed,
                    scheme=m.scheme,
                    duplicate_of=dup,
                )
                for d, dup, m in s.execute(stmt)
            ]


def sqlite_path(url: str | os.PathLike[str] | None) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    full = normalize_url(url)
    if not full.startswith("sqlite"):
        return None
    path = full.split(":///", 1)[1] if ":///" in full else ""
    return Path(path.split("?")[0]) if path and path != ":memory:" else None


def open_store(
    url: str | os.PathLike[str] | None = None, *, upgrade: bool = True, echo: bool = False
) -> Store:
    """Connect to ``url`` (default ``sqlite:///sukien.db``) and migrate it to the latest schema."""
    full = normalize_url(url)
    engine = create_engine(full, echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if upgrade and migrate.current_revision(engine) != migrate.head_revision():
        migrate.upgrade(engine)
    return Store(engine)
