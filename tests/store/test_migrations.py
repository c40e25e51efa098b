"""Alembic migrations: upgrade, downgrade, and the models agree with the migrated schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from sukien.store import migrate, open_store
from sukien.store.models import Base

MANUAL = {"article_fts", "article_search"}


def _tables(engine) -> set[str]:
    return {t for t in inspect(engine).get_table_names() if not t.startswith("article_fts_")}


def _include(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    if type_ == "index":
        return name != "ix_articles_listing"
    return not (type_ == "table" and (name in MANUAL or (name or "").startswith("article_fts_")))


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    revs = list(script.walk_revisions())
    assert revs[-1].down_revision is None and len(revs) >= 3


def test_open_store_upgrades_an_empty_database(empty_db_url: str) -> None:
    store = open_store(empty_db_url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    expected = {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
    expected |= {"article_fts" if store.dialect == "sqlite" else "article_search"}
    assert _tables(store.engine) == expected
    store.close()


def test_models_match_the_migrations(empty_db_url: str) -> None:
    store = open_store(empty_db_url)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include})
        assert compare_metadata(ctx, Base.metadata) == []
    store.close()


def test_downgrade_to_base_and_up_again(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert _tables(engine) == {"alembic_version"}
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    # opening an older store brings it to head
    store = open_store(empty_db_url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    cols = {c["name"] for c in inspect(store.engine).get_columns("article_minhashes")}
    assert "scheme" in cols
    store.close()


def test_each_step_down_and_up(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    migrate.upgrade(engine)
    script = ScriptDirectory.from_config(migrate.alembic_config())
    for rev in list(script.walk_revisions())[:-1]:  # head first, down to 0002
        migrate.downgrade(engine, "-1")
        assert migrate.current_revision(engine) == rev.down_revision
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
