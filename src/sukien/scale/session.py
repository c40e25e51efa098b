"""Starting Ray quietly: a local cluster for this process, or a connection to a running one."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

# token auth writes ~/.ray/auth_token and warns; usage stats phone home; C++ logs are noise
RAY_ENV = {
    "RAY_AUTH_MODE": "disabled",
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_BACKEND_LOG_LEVEL": "fatal",
}
OBJECT_STORE_BYTES = 200 * 2**20


class ScaleError(ValueError):
    """The Ray run cannot start as asked."""


def quiet_environment() -> None:
    """Set the Ray environment switches (values already set by the user win)."""
    for k, v in RAY_ENV.items():
        os.environ.setdefault(k, v)


@contextmanager
def ray_session(
    address: str | None = None,
    num_cpus: int | None = None,
    object_store_memory: int | None = OBJECT_STORE_BYTES,
) -> Iterator[bool]:
    """Use the Ray already initialised in this process, or start one and stop it afterwards.

    ``address`` (or ``RAY_ADDRESS``) connects to a running cluster (``"auto"``,
    ``"10.0.0.5:6379"``, ``"ray://head:10001"``); otherwise a local cluster with ``num_cpus``
    CPUs starts in a short temporary folder. Yields whether this call started Ray.
    """
    quiet_environment()
    try:
        import ray
        import ray.data  # noqa: F401  (plain ``ray`` without the data extra cannot run this)
    except ImportError as exc:
        raise ScaleError(
            f"Ray is not installed ({exc}): pip install -e '.[ray]' (ray[data]==2.60.0)"
        ) from None

    if ray.is_initialized():
        yield False
        return
    common = {"log_to_driver": False, "logging_level": logging.ERROR}
    address = address or os.environ.get("RAY_ADDRESS")
    tmp = None
    if address:
        ray.init(address=address, **common)
    else:
        tmp = tempfile.mkdtemp(prefix="ray", dir="/tmp")  # unix socket paths must stay short
        ray.init(
            num_cpus=num_cpus,
            include_dashboard=False,
            object_store_memory=object_store_memory,
            _temp_dir=tmp,
            **common,
        )
    try:
        yield True
    finally:
        ray.shutdown()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def data_context(progress: bool = False) -> Iterator[None]:
    """Ray Data settings for one run: results in input order, progress bars as asked."""
    from ray.data import DataContext

    ctx = DataContext.get_current()
    saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars)
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = progress
    level = logging.getLogger("ray.data").level
    with warnings.catch_warnings():
        if not progress:
            logging.getLogger("ray.data").setLevel(logging.ERROR)
            # e.g. "the operator only received 1 input(s)": noise on small corpora
            warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data")
        try:
            yield
        finally:
            ctx.execution_options.preserve_order, ctx.enable_progress_bars = saved
            logging.getLogger("ray.data").setLevel(level)
