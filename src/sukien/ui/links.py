"""Where pages live: on the server (``/articles/3``) or in the offline report (``article-3.html``).

Templates only build links through one of these, so the same templates serve both.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode


def _clean(params: dict) -> dict:
    return {k: v for k, v in params.items() if v not in (None, "", [])}


def slug(s: str) -> str:
    """A file-name-safe form of an id (``GPE:RUS`` → ``GPE_RUS``)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", s).strip("_") or "x"


class ServerLinks:
    """Links of the live server."""

    offline = False

    def static(self, path: str) -> str:
        return f"/static/{path}"

    def home(self, **params: object) -> str:
        p = _clean(params)
        return "/" + (f"?{urlencode(p)}" if p else "")

    def article(self, article_id: int, anchor: str = "") -> str:
        return f"/articles/{article_id}" + (f"#{anchor}" if anchor else "")

    def entity(self, entity_id: str, anchor: str = "") -> str:
        return f"/entities/{quote(entity_id, safe=':')}" + (f"#{anchor}" if anchor else "")

    def entities(self, **params: object) -> str:
        p = _clean(params)
        return "/entities" + (f"?{urlencode(p)}" if p else "")

    def event(self, event_id: int) -> str:
        return f"/events/{event_id}"

    def events(self, **params: object) -> str:
        p = _clean(params)
        return "/events" + (f"?{urlencode(p)}" if p else "")

    def events_csv(self, **params: object) -> str:
        p = _clean(params)
        return "/events.csv" + (f"?{urlencode(p)}" if p else "")

    def dyads(self, actor: str | None = None, recipient: str | None = None) -> str:
        p = _clean({"actor": actor, "recipient": recipient})
        return "/dyads" + (f"?{urlencode(p)}" if p else "")

    def stories(self) -> str:
        return "/stories"

    def story(self, story_id: int) -> str:
        return f"/stories/{story_id}"

    def map(self) -> str:
        return "/map"

    def graph(self) -> str:
        return "/graph"


class ReportLinks(ServerLinks):
    """Links between the files of the offline report (one flat folder)."""

    offline = True

    def static(self, path: str) -> str:
        return f"static/{path}"

    def home(self, **params: object) -> str:
        return "index.html"

    def article(self, article_id: int, anchor: str = "") -> str:
        return f"article-{article_id}.html" + (f"#{anchor}" if anchor else "")

    def entity(self, entity_id: str, anchor: str = "") -> str:
        return f"entity-{slug(entity_id)}.html" + (f"#{anchor}" if anchor else "")

    def entities(self, **params: object) -> str:
        return "entities.html"

    def event(self, event_id: int) -> str:
        return f"event-{event_id}.html"

    def events(self, **params: object) -> str:
        return "events.html"

    def events_csv(self, **params: object) -> str:
        return "data/events.csv"

    def dyads(self, actor: str | None = None, recipient: str | None = None) -> str:
        if actor and recipient:
            return f"dyads.html#{slug(actor)}-{slug(recipient)}"
        return "dyads.html"

    def stories(self) -> str:
        return "stories.html"

    def story(self, story_id: int) -> str:
        return f"story-{story_id}.html"

    def map(self) -> str:
        return "map.html"

    def graph(self) -> str:
        return "graph.html"
