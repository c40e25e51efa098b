"""Fixtures for the page tests: a SQLite store of the sample corpus, a real uvicorn server
(``sukien serve``) on 127.0.0.1, and Playwright driving Debian's Chromium (never a downloaded
browser; see ENVIRONMENT.md §10)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sukien.api.sample import build_sample_store

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('ui') / 'sukien.db'}"
    build_sample_store(url).close()
    return url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(sample_db: str) -> Iterator[str]:
    """``sukien serve`` in a subprocess; yields its base URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "SUKIEN_API_TOKEN"}
    cmd = [sys.executable, "-c", "from sukien.cli import main; main()", "serve",
           "--db", sample_db, "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/api/stats", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"sukien serve did not start: {out[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def shots(request: pytest.FixtureRequest):  # noqa: ANN201
    """``shots(page, name)`` saves a screenshot under test-artifacts/ui/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:  # noqa: ANN001
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{name}.png"), full_page=True)

    return take
