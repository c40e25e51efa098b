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


class DbFactory:
    """Creates fresh databases (migrated from a template, or empty) and drops them at the end."""

    def __init__(self, request: pytest.FixtureRequest, tmp: Path) -> None:
        self.request = request
        self.tmp = tmp
        self._pg_dbs: list[str] = []
        self._pg_template: str | None = None
        self._sqlite_template: Path | None = None
        self._server: str | None = None

    def _admin(self):  # noqa: ANN202
        import sqlalchemy as sa

        if self._server is None:
            self._server = self.request.getfixturevalue("postgres_server")
        return self._server, sa.create_engine(self._server, isolation_level="AUTOCOMMIT")

    def _pg_create(self, template: str | None = None) -> str:
        server, admin = self._admin()
        name = f"t{os.getpid()}_{next(_counter)}"
        tmpl = f' TEMPLATE "{template}"' if template else ""
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"{tmpl}')
        admin.dispose()
        self._pg_dbs.append(name)
        return _db_url(server, name)

    def create(self, kind: str, empty: bool = False) -> str:
        """A new database URL of ``kind`` ("sqlite" or "postgres") at the latest schema."""
        from sukien.store import open_store

        if kind == "sqlite":
            path = self.tmp / f"db{next(_counter)}.db"
            if not empty:
                if self._sqlite_template is None:
                    self._sqlite_template = self.tmp / "template.db"
                    store = open_store(f"sqlite:///{self._sqlite_template}")
                    with store.engine.connect() as c:
                        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    store.close()
                shutil.copy(self._sqlite_template, path)
            return f"sqlite:///{path}"
        if empty:
            return self._pg_create()
        if self._pg_template is None:
            url = self._pg_create()
            open_store(url).close()
            self._pg_template = url.rsplit("/", 1)[1].split("?")[0]
        return self._pg_create(self._pg_template)

    def close(self) -> None:
        if not self._pg_dbs:
            return
        import sqlalchemy as sa

        _, admin = self._admin()
        try:
            with admin.connect() as c:
                for name in reversed(self._pg_dbs):
                    c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except sa.exc.OperationalError:
            pass  # the server (and its data directory) is already gone
        finally:
            admin.dispose()


@pytest.fixture(scope="session")
def db_factory(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DbFactory]:
    f = DbFactory(request, tmp_path_factory.mktemp("dbs"))
    yield f
    f.close()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, db_factory: DbFactory) -> str:
    """A fresh database at the latest schema, once on SQLite and once on PostgreSQL."""
    return db_factory.create(request.param)


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, db_factory: DbFactory) -> str:
    """A fresh database with no schema at all, once on SQLite and once on PostgreSQL."""
    return db_factory.create(request.param, empty=True)


@pytest.fixture
def sqlite_url(db_factory: DbFactory) -> str:
    return db_factory.create("sqlite")


@pytest.fixture
def postgres_url(db_factory: DbFactory) -> str:
    return db_factory.create("postgres")


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict, tmp_path_factory: pytest.TempPathFactory
) -> dict:
    """Playwright drives Debian's Chromium (never a downloaded browser; ENVIRONMENT.md §10)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing: apt-get install chromium (make system)")
    home = tmp_path_factory.mktemp("chromium-home")
    env = {**os.environ, "XDG_CONFIG_HOME": str(home), "XDG_CACHE_HOME": str(home)}
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--disable-gpu", "--allow-file-access-from-files"],
        "env": env,
    }
