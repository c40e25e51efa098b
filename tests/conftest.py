"""Shared fixtures: database URLs for a temporary SQLite file and a real PostgreSQL server.

``db_url`` is parametrised over both backends, so one test function runs on each. PostgreSQL
is a throwaway Debian cluster (``/usr/lib/postgresql/*/bin``; ENVIRONMENT.md §7b), else
``pgserver`` from the dev extra; tests needing it are marked ``postgres`` and skipped, with
the reason, only when neither can start. Each test gets a fresh database on that server.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_counter = itertools.count()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _debian_cluster() -> tuple[str, Callable[[], None]] | None:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins or os.geteuid() != 0 or shutil.which("runuser") is None:
        return None
    bindir = Path(bins[-1]).parent
    tmp = tempfile.mkdtemp(prefix="sukien-pg-")
    shutil.chown(tmp, "postgres")
    port = _free_port()
    as_pg = ["runuser", "-u", "postgres", "--"]
    run = {"check": True, "capture_output": True, "timeout": 60}
    subprocess.run(
        [*as_pg, str(bindir / "initdb"), "-D", f"{tmp}/data", "-A", "trust", "-U", "postgres",
         "-E", "UTF8", "--locale=C.UTF-8"],
        **run,
    )  # fmt: skip
    subprocess.run(
        [*as_pg, str(bindir / "pg_ctl"), "-D", f"{tmp}/data", "-l", f"{tmp}/log", "-o",
         f"-h 127.0.0.1 -p {port} -k {tmp} -F", "-w", "start"],
        **run,
    )  # fmt: skip

    def stop() -> None:
        subprocess.run(
            [*as_pg, str(bindir / "pg_ctl"), "-D", f"{tmp}/data", "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(tmp, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


def _pgserver() -> tuple[str, Callable[[], None]] | None:
    try:
        import pgserver  # type: ignore[import-not-found]
    except ImportError:
        return None
    tmp = tempfile.mkdtemp(prefix="sukien-pgs-")
    srv = pgserver.get_server(tmp, cleanup_mode="delete")
    uri = srv.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)

    def stop() -> None:
        srv.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    return uri, stop


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of the maintenance database of a PostgreSQL server started for this session."""
    errors = []
    for start in (_debian_cluster, _pgserver):
        try:
            got = start()
        except Exception as exc:  # noqa: BLE001 - try the next way, report all at the end
            errors.append(f"{start.__name__}: {exc}")
            continue
        if got is not None:
            url, stop = got
            try:
                yield url
            finally:
                stop()
            return
        errors.append(f"{start.__name__}: not available")
    pytest.skip("no PostgreSQL server could start (" + "; ".join(errors) + ")")


def _db_url(server: str, name: str) -> str:
    base, _, query = server.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def _postgres_template(postgres_server: str) -> str:
    """A database migrated to the latest schema, copied for each test (fast)."""
    import sqlalchemy as sa

    from sukien.store import open_store

    name = f"tmpl{os.getpid()}"
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    open_store(_db_url(postgres_server, name)).close()
    return name


@pytest.fixture
def postgres_url(postgres_server: str, _postgres_template: str) -> Iterator[str]:
    """A fresh database on the session's PostgreSQL server, already at the latest schema."""
    import sqlalchemy as sa

    name = f"t{os.getpid()}_{next(_counter)}"
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_template}"')
    try:
        yield _db_url(postgres_server, name)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def postgres_empty_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database (no schema) on the session's PostgreSQL server."""
    import sqlalchemy as sa

    name = f"e{os.getpid()}_{next(_counter)}"
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield _db_url(postgres_server, name)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sukien.store import open_store

    path = tmp_path_factory.mktemp("tmpl") / "sukien.db"
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A fresh SQLite file, already at the latest schema."""
    shutil.copy(_sqlite_template, tmp_path / "sukien.db")
    return f"sqlite:///{tmp_path / 'sukien.db'}"


@pytest.fixture
def sqlite_empty_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.db'}"


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database at the latest schema, once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database with no schema at all, once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_empty_url")
