"""Database URLs as users type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sukien.store import normalize_url
from sukien.store.db import sqlite_path


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("data/tin.db", "sqlite:///data/tin.db"),
        ("sqlite:////abs/tin.db", "sqlite:////abs/tin.db"),
        ("postgresql://u@h:5/db", "postgresql+psycopg://u@h:5/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_normalize_url(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_default_is_sukien_db_unless_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUKIEN_DB", raising=False)
    assert normalize_url(None) == "sqlite:///sukien.db"
    monkeypatch.setenv("SUKIEN_DB", "postgresql://x@y/z")
    assert normalize_url(None) == "postgresql+psycopg://x@y/z"


def test_sqlite_path() -> None:
    assert sqlite_path("a/b.db") == Path("a/b.db")
    assert sqlite_path("sqlite:////abs/b.db") == Path("/abs/b.db")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql://x@y/z") is None
