"""Playwright drives Debian's Chromium (never a downloaded browser; ENVIRONMENT.md §10)."""

from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict, tmp_path_factory: pytest.TempPathFactory
) -> dict:
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
