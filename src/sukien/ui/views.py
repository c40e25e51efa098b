"""What each page shows: template contexts built from the query layer (server and report)."""

from __future__ import annotations

import time
import weakref
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from sukien.api import queries as Q
from sukien.api.schemas import ArticleHit, Page
from sukien.ui import charts
from sukien.ui.highlight import Mark, article_marks, highlight
from sukien.ui.places import all_coordinates, locate

PAGE_SIZE = 20
QUADS = charts.QUAD_LABELS
CACHE_SECONDS = 60.0
_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def cached(s: Session, key: tuple, compute: Callable[[], Any]) -> Any:
    """Store-wide aggregates (facets, graph) of one database, kept for CACHE_SECONDS."""
    per_db = _cache.setdefault(s.get_bind(), {})
    now = time.monotonic()
    hit = per_db.get(key)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    value = compute()
    per_db[key] = (now, value)
    return value


def clear_cache() -> None:
    """Forget the cached aggregates (after a write)."""
    _cache.clear()


def _pages(page: Page, links_fn, params: dict) -> dict[str, Any]:  # noqa: ANN001
    """Previous/next links of a paginated list."""
    prev_off = page.offset - page.limit
    next_off = page.offset + page.limit
    return {
        "from": page.offset + 1 if page.total else 0,
        "to": min(page.total, page.offset + len(page.items)),
        "total": page.total,
        "prev": links_fn(**{**params, "offset": max(0, prev_off)}) if page.offset > 0 else None,
        "next": links_fn(**{**params, "offset": next_off}) if next_off < page.total else None,
    }


def snippet_html(hit: ArticleHit):  # noqa: ANN201
    return highlight(hit.snippet, [Mark(s, e, "trigger", css="hit") for s, e in hit.highlights])


def search_view(
    s: Session,
    links,  # noqa: ANN001
    q: str = "",
    source: str | None = None,
    entity: str | None = None,
    event_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> dict[str, Any]:
    """Search results (diacritic-insensitive) with facets for source, entity and event type."""
    filt = dict(source=source, date_from=date_from, date_to=date_to, entity=entity)
    if event_type:
        page = Q.search_articles_with_event_type(
            s, q, event_type, limit=limit, offset=offset, **filt
        )
    else:
        page = Q.search_articles(s, q, limit=limit, offset=offset, **filt)
    facets = Q.search_facets(s, q, **filt)
    params = dict(q=q, event_type=event_type, **filt)
    return {
        "q": q,
        "params": params,
        "hits": [(h, snippet_html(h)) for h in page.items],
        "pages": _pages(page, links.home, params),
        "facets": facets,
        "entity_name": Q.entity_name(s, entity) if entity else None,
    }


def article_view(s: Session, links, article_id: int) -> dict[str, Any] | None:  # noqa: ANN001
    a = Q.get_article(s, article_id)
    if a is None:
        return None
    ents = [e.model_dump() for e in a.entities]
    evs = [e.model_dump() for e in a.events]
    body = highlight(a.text, article_marks(ents, evs, links.entity))
    uniq: dict[str, dict] = {}
    for e in a.entities:
        u = uniq.setdefault(
            e.entity_id,
            {"id": e.entity_id, "name": e.name, "type": e.type, "n": 0, "forms": Counter()},
        )
        u["n"] += 1
        u["forms"][e.text] += 1
    return {
        "a": a,
        "body": body,
        "entities": sorted(uniq.values(), key=lambda u: (-u["n"], u["id"])),
        "events": a.events,
        "code_ids": Q.code_entity_ids(s),
        "evidence": [_evidence_html(a.text, m) for m in a.events],
    }


def _evidence_html(text: str, m) -> Any:  # noqa: ANN001
    """The evidence sentence of an event mention, trigger and arguments marked (offsets into
    the article text, or into the sentence itself when the headline states the event)."""
    start, end = m.start, m.end
    if m.part == "title":
        text, start, end = m.sentence, 0, len(m.sentence)
    if not (0 <= start < end <= len(text)):
        return highlight(m.sentence, [])
    marks = []
    for k, sp in (m.spans or {}).items():
        if sp and start <= sp[0] < sp[1] <= end:
            layer = "trigger" if k == "trigger" else "entity"
            marks.append(Mark(sp[0] - start, sp[1] - start, layer, css=f"arg-{k}", title=k))
    return highlight(text[start:end], marks)


def entity_view(s: Session, links, entity_id: str) -> dict[str, Any] | None:  # noqa: ANN001
    p = Q.get_entity(s, entity_id)
    if p is None:
        return None
    here = None
    if p.code:
        f: Q.EventFilters | None = Q.EventFilters(entity=p.code)
    elif p.type == "LOC" and p.name:  # a place: the events that happened there
        f = Q.EventFilters(place=p.name)
        here = Q.list_events(s, f, limit=100)
    else:
        f = None
    rows = Q.event_timeline(s, f) if f else Q.entity_timeline(s, p.id)
    timeline = charts.to_div(charts.timeline(rows), "timeline", 320) if rows else None
    graph = None
    if p.partners:
        fig = charts.relation_graph(
            (p.code or p.id, p.name or p.id), [x.model_dump() for x in p.partners[:20]]
        )
        graph = charts.to_div(fig, "graph", 460)
    return {
        "p": p,
        "here": here,
        "timeline": timeline,
        "graph": graph,
        "code_ids": Q.code_entity_ids(s),
    }


def entities_view(
    s: Session,
    links,
    q: str = "",
    type: str | None = None,
    offset: int = 0,  # noqa: ANN001
    limit: int = 50,
) -> dict[str, Any]:
    page = Q.list_entities(s, q=q or None, type=type or None, limit=limit, offset=offset)
    params = {"q": q, "type": type}
    return {"page": page, "pages": _pages(page, links.entities, params), "params": params}


def events_view(
    s: Session,
    links,
    f: Q.EventFilters,
    offset: int = 0,
    limit: int = 50,  # noqa: ANN001
) -> dict[str, Any]:
    page = Q.list_events(s, f, limit=limit, offset=offset)
    params = {k: getattr(f, k) for k in f.__slots__}
    rows = cached(s, ("timeline", *params.items()), lambda: Q.event_timeline(s, f))
    return {
        "page": page,
        "pages": _pages(page, links.events, params),
        "params": params,
        "facets": cached(s, ("event_facets",), lambda: Q.event_facets(s)),
        "code_ids": Q.code_entity_ids(s),
        "timeline": charts.to_div(charts.timeline(rows), "timeline", 300) if rows else None,
        "quads": QUADS,
    }


def event_view(s: Session, links, event_id: int) -> dict[str, Any] | None:  # noqa: ANN001
    ev = Q.get_event(s, event_id)
    if ev is None:
        return None
    texts = Q.article_texts(s, [m.article_id for m in ev.mentions])
    ev_html = [_evidence_html(texts.get(m.article_id, ""), m) for m in ev.mentions]
    return {"ev": ev, "evidence": ev_html, "code_ids": Q.code_entity_ids(s), "quads": QUADS}


def dyad_view(
    s: Session,
    links,
    actor: str,
    recipient: str,
    interval: str = "month",  # noqa: ANN001
) -> dict[str, Any]:
    d = Q.dyad(s, actor, recipient, interval=interval)
    title = f"{actor} – {recipient}: số sự kiện và điểm hợp tác/xung đột"
    chart = None
    if d.total:
        fig = charts.dyad_chart([p.model_dump() for p in d.periods], title)
        chart = charts.to_div(fig, f"dyad-{actor}-{recipient}", 340)
    return {"d": d, "chart": chart, "code_ids": Q.code_entity_ids(s), "quads": QUADS}


def dyads_view(
    s: Session,
    links,
    actor: str | None = None,
    recipient: str | None = None,  # noqa: ANN001
    interval: str = "month",
) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "top": Q.top_dyads(s, 30),
        "actor": actor or "",
        "recipient": recipient or "",
        "interval": interval,
        "names": Q.actor_names(s),
        "dyad": None,
    }
    if actor and recipient:
        ctx["dyad"] = dyad_view(s, links, actor, recipient, interval)
    return ctx


def stories_view(s: Session, links, offset: int = 0, limit: int = 50) -> dict[str, Any]:  # noqa: ANN001
    page = Q.list_stories(s, limit=limit, offset=offset)
    return {"page": page, "pages": _pages(page, lambda **k: links.stories(), {})}


def story_view(s: Session, links, story_id: int) -> dict[str, Any] | None:  # noqa: ANN001
    st = Q.get_story(s, story_id)
    if st is None:
        return None
    return {"st": st}


def map_view(s: Session, links, f: Q.EventFilters | None = None) -> dict[str, Any]:  # noqa: ANN001
    """Event places with coordinates from the KB; places it does not know are listed apart."""
    known: dict[str, dict] = {}
    unknown: Counter[str] = Counter()
    for place, n in Q.event_places(s, f):
        loc = locate(place)
        if loc is None:
            unknown[place] += n
            continue
        name, lat, lon = loc
        pt = known.setdefault(name, {"name": name, "lat": lat, "lon": lon, "count": 0, "forms": []})
        pt["count"] += n
        pt["forms"].append(place)
    points = sorted(known.values(), key=lambda p: -p["count"])
    chart = None
    if points:
        fig = charts.places_map(points, backdrop=all_coordinates())
        chart = charts.to_div(fig, "map", 560)
    return {"points": points, "unknown": unknown.most_common(50), "chart": chart}


def graph_view(s: Session, links) -> dict[str, Any]:  # noqa: ANN001
    edges = [e.model_dump() for e in Q.actor_graph_edges(s)]
    names = Q.actor_names(s)
    chart = None
    if edges:
        chart = cached(
            s,
            ("network",),
            lambda: charts.to_div(
                charts.network(edges, names, "Mạng quan hệ giữa các chủ thể / actor graph"),
                "network",
                600,
            ),
        )
    return {"edges": edges[:200], "names": names, "chart": chart, "code_ids": Q.code_entity_ids(s)}


def home_stats(s: Session) -> Any:
    return Q.stats(s)
