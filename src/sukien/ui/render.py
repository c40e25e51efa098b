"""The Jinja2 environment shared by the server pages and the offline report."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from sukien.ui.charts import QUAD_LABELS
from sukien.ui.links import ServerLinks, slug


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None (never a ``javascript:`` link)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("sukien.ui", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slug"] = slug
    env.filters["web_url"] = web_url
    env.globals["quads"] = QUAD_LABELS
    return env


def render(template: str, link: ServerLinks, **ctx: Any) -> str:
    """Render ``template`` with ``link`` (server or report links); ``charts`` loads plotly.js."""
    ctx.setdefault("charts", any(k in ctx and ctx[k] for k in ("timeline", "graph", "chart")))
    return environment().get_template(template).render(link=link, **ctx)
