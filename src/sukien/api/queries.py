"""Read-only queries over the store for the API, the pages, the report and the exports.

Every function takes a SQLAlchemy ``Session`` and returns the pydantic models of
``sukien.api.schemas`` (or ``None`` when the thing asked for does not exist). Full-text search
is the store's own (``sukien.store.search``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import (
    Select,
    and_,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from sukien.api.schemas import (
    ArticleDetail,
    ArticleHit,
    ArticleRef,
    Count,
    Dyad,
    DyadCount,
    DyadPeriod,
    EntityMentionOut,
    EntityOut,
    EntityProfile,
    EventDetail,
    EventMentionOut,
    EventOut,
    Page,
    Partner,
    Stats,
    StoryDetail,
    StoryOut,
    StoryRef,
    SummarySentence,
    ValueOut,
)
from sukien.store.models import (
    Article,
    Entity,
    EntityMention,
    Event,
    EventMention,
    Story,
    StoryArticle,
)
from sukien.store.search import Query, SearchFilters, apply_filters, snippet
from sukien.ui.places import names_within as place_names


def newest_first(s: Session, col):  # noqa: ANN001, ANN201
    """``col DESC`` with NULLs last. SQLite sorts NULL lowest, so a plain DESC (which can use
    the column's index) already puts them last; PostgreSQL needs ``NULLS LAST``."""
    return col.desc() if s.get_bind().dialect.name == "sqlite" else col.desc().nulls_last()


COOPERATION = (1, 2)
CONFLICT = (3, 4)


# ---------------------------------------------------------------- articles


_FTS5 = table("article_fts", column("rowid"))
_PG = table("article_search", column("article_id"), column("tsv"))


def _has_filters(f: SearchFilters) -> bool:
    return bool(f.source or f.date_from or f.date_to or f.entity or not f.include_duplicates)


COUNT_CAP = 10_000
"""Totals are counted up to this many matches; past it a page says ``total_capped``."""
RANK_CAP = 2_000
"""Full-text matches are ranked among the most recently stored ``RANK_CAP`` (filtered) ones."""


@dataclass(slots=True)
class RankedPage:
    total: int
    capped: bool  # ``total`` is a lower bound (``count_cap`` reached)
    hits: list[ArticleHit]


def capped_count(s: Session, stmt: Select, cap: int | None) -> tuple[int, bool]:
    """(number of rows of ``stmt``, capped?): counting stops after ``cap`` rows."""
    if cap is None:
        return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0, False
    n = s.scalar(select(func.count()).select_from(stmt.limit(cap + 1).subquery())) or 0
    return (cap, True) if n > cap else (n, False)


def _ranked(
    s: Session,
    parsed: Query,
    filters: SearchFilters,
    limit: int,
    offset: int,
    count_cap: int | None = COUNT_CAP,
    rank_cap: int | None = RANK_CAP,
) -> tuple[int, bool, list[tuple[int, float]]]:
    """(matches, capped?, [(article id, score)] of one page), bounded work.

    The most recently stored ``rank_cap`` matches (the filtered ones, newest article ids first,
    found in index order without scoring) are the candidates; only they are ranked (bm25 /
    ts_rank with the same weights, scores and tie-breaks as ``store.search``), so the cost of a
    page does not grow with the number of matches. A page beyond the candidates widens them.
    The total is counted up to ``count_cap``. With both caps ``None`` every match is ranked.
    """
    filtered = _has_filters(filters)
    sqlite = s.get_bind().dialect.name == "sqlite"
    if sqlite:
        src, key = _FTS5, _FTS5.c.rowid
        match = text("article_fts MATCH :q").bindparams(q=parsed.fts5())
        rank, sign = literal_column("bm25(article_fts, 5.0, 1.0)"), -1.0  # lower is better
        newest = key.desc()
    else:
        src, key = _PG, _PG.c.article_id
        tsq = func.to_tsquery(literal_column("'simple'"), parsed.tsquery())
        match = _PG.c.tsv.op("@@")(tsq)
        rank, sign = func.ts_rank(_PG.c.tsv, tsq), 1.0
        # ``+ 0``: take the matches from the GIN index and sort their ids, rather than walk
        # the primary key backwards testing every row's tsvector
        newest = (key + 0).desc()
    pg_gin = not sqlite and not filtered
    if pg_gin:
        # the planner underestimates common words and tests every row's tsvector in a
        # sequential scan (a cost growing with the store); the GIN index finds the matches.
        # (With filters the planner's own join order is kept.)
        s.execute(text("SET LOCAL enable_seqscan = off"))
    matches = select(key).select_from(src).where(match)
    if filtered:
        matches = apply_filters(matches.join(Article, Article.id == key), filters)
    where = [match]
    want = max(rank_cap or 0, offset + limit)
    if filtered and rank_cap is not None:
        # the newest filtered candidates (SQLite: in FTS5 rowid order, the articles table probed
        # per match), scored as they pass the filters; fewer than asked for = all, counted
        got = s.execute(
            apply_filters(select(key, rank).join(Article, Article.id == key), filters)
            .where(match)
            .order_by(newest)
            .limit(want)
        ).all()
        if len(got) < want:
            n = len(got)
            total, capped = (
                (count_cap, True) if count_cap is not None and n > count_cap else (n, False)
            )
        else:
            total, capped = capped_count(s, matches, count_cap)
        scored = sorted(
            ((int(i), sign * float(r or 0.0)) for i, r in got), key=lambda x: (-x[1], x[0])
        )
        return total, capped, scored[offset : offset + limit]
    if rank_cap is None:
        total, capped = capped_count(s, matches, count_cap)
    elif sqlite:  # FTS5 counts in C; the oldest candidate is read off the rowid order
        total, capped = capped_count(s, matches, count_cap)
        if capped or total > want:
            lo = s.scalar(matches.order_by(newest).offset(want - 1).limit(1))
            if lo is not None:
                where.append(key >= lo)
    else:
        # one pass over the matches in index order, nothing scored: how many (up to the cap),
        # and the id of the oldest candidate
        ranked_ids = matches.add_columns(func.row_number().over(order_by=newest).label("n"))
        ranked_ids = ranked_ids.order_by(newest)
        if count_cap is not None:
            ranked_ids = ranked_ids.limit(count_cap + 1)
        sub = ranked_ids.subquery()
        n, lo = s.execute(
            select(func.count(), func.min(case((sub.c.n <= want, sub.c[key.name]))))
        ).one()
        total, capped = (count_cap, True) if count_cap is not None and n > count_cap else (n, False)
        if n > want:
            where.append(key >= lo)
    if total == 0:
        if pg_gin:
            s.execute(text("SET LOCAL enable_seqscan = on"))
        return 0, False, []
    order = rank.desc() if sign > 0 else rank.asc()
    if not filtered:
        page = select(key, rank).select_from(src).where(*where).order_by(order, key)
    elif sqlite:
        # rank the candidates once (a materialised CTE: probing FTS5 per filtered article
        # re-runs the full-text query each time), then filter
        m = select(key.label("id"), rank.label("r")).select_from(src).where(*where)
        m = m.cte("m").prefix_with("MATERIALIZED")
        page = apply_filters(
            select(m.c.id, m.c.r).join_from(m, Article, Article.id == m.c.id), filters
        ).order_by(m.c.r.asc(), m.c.id)
    else:  # PostgreSQL ranks the joined, filtered rows only
        page = apply_filters(
            select(key, rank).select_from(src).join(Article, Article.id == key).where(*where),
            filters,
        ).order_by(order, key)
    rows = s.execute(page.limit(limit).offset(offset)).all()
    if pg_gin:
        s.execute(text("SET LOCAL enable_seqscan = on"))
    return total, capped, [(int(i), sign * float(r or 0.0)) for i, r in rows]


def ranked_page(
    s: Session,
    q: str,
    filters: SearchFilters,
    limit: int,
    offset: int,
    snippet_chars: int = 200,
    *,
    count_cap: int | None = COUNT_CAP,
    rank_cap: int | None = RANK_CAP,
) -> RankedPage:
    """One page of the store's full-text search (same index, query syntax, scores and
    tie-breaks as ``sukien.store.search.search``), planned for large stores: bounded ranking
    and counting (see ``_ranked``); only the page's articles are loaded."""
    parsed = Query.parse(q)
    total, capped, rows = _ranked(s, parsed, filters, limit, offset, count_cap, rank_cap)
    ids = [r[0] for r in rows]
    arts = {a.id: a for a in s.scalars(select(Article).where(Article.id.in_(ids)))} if ids else {}
    exact = q.strip().lower()
    hits = []
    for aid, r in rows:
        a = arts.get(aid)
        if a is None:
            continue
        bonus = 1.0 if exact and exact in f"{a.title or ''} {a.text}".lower() else 0.0  # as search
        snip, marks = snippet(a.text or "", parsed, snippet_chars)
        hits.append(
            ArticleHit(id=a.id, doc=a.doc, title=a.title, source=a.source, url=a.url,
                       published=a.published, snippet=snip, highlights=marks,
                       score=r + bonus)
        )  # fmt: skip
    hits.sort(key=lambda h: -h.score)  # within the page, exact-tone matches first
    return RankedPage(total, capped, hits)


def ranked_search(
    s: Session,
    q: str,
    filters: SearchFilters,
    limit: int,
    offset: int,
    snippet_chars: int = 200,
    *,
    count_cap: int | None = COUNT_CAP,
    rank_cap: int | None = RANK_CAP,
) -> tuple[int, list[ArticleHit]]:
    """(total, hits) of ``ranked_page``."""
    p = ranked_page(
        s, q, filters, limit, offset, snippet_chars, count_cap=count_cap, rank_cap=rank_cap
    )
    return p.total, p.hits


def search_articles(
    s: Session,
    q: str = "",
    *,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page[ArticleHit]:
    """Articles matching ``q`` (diacritic-insensitive), filtered; newest first when no ``q``.

    ``total`` counts up to ``COUNT_CAP`` (then ``total_capped``); see ``_ranked`` for ranking.
    """
    filters = SearchFilters(source=source, date_from=date_from, date_to=date_to, entity=entity)
    if Query.parse(q or ""):
        p = ranked_page(s, q, filters, limit, offset)
        return Page[ArticleHit](
            total=p.total, total_capped=p.capped, limit=limit, offset=offset, items=p.hits
        )
    total, capped = capped_count(s, apply_filters(select(Article.id), filters), COUNT_CAP)
    rows = s.scalars(
        apply_filters(select(Article), filters)
        .order_by(newest_first(s, Article.published), Article.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    empty = Query(())
    items = []
    for a in rows:
        snip, marks = snippet(a.text or "", empty, 200)
        items.append(
            ArticleHit(id=a.id, doc=a.doc, title=a.title, source=a.source, url=a.url,
                       published=a.published, snippet=snip, highlights=marks, score=0.0)
        )  # fmt: skip
    return Page[ArticleHit](
        total=total, total_capped=capped, limit=limit, offset=offset, items=items
    )


def _matching_ids(
    s: Session,
    q: str,
    filters: SearchFilters,
    cap: int,
) -> list[int]:
    parsed = Query.parse(q)
    if not parsed:
        return s.scalars(apply_filters(select(Article.id), filters).limit(cap)).all()
    return [i for i, _ in _ranked(s, parsed, filters, cap, 0)[2]]


def search_facets(
    s: Session,
    q: str = "",
    *,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity: str | None = None,
    top: int = 12,
    cap: int = 2000,
) -> dict[str, list[Count]]:
    """Counts of sources, entities and event types among the (first ``cap``) matches."""
    filters = SearchFilters(source=source, date_from=date_from, date_to=date_to, entity=entity)
    if q.strip():
        ids: list[int] | None = _matching_ids(s, q, filters, cap)
        scope = Article.id.in_(ids)
    else:
        ids = None
        sub = apply_filters(select(Article.id), filters).limit(cap).subquery()
        scope = Article.id.in_(select(sub.c.id))
    if ids == []:
        return {"source": [], "entity": [], "event_type": []}
    sources = s.execute(
        select(Article.source, func.count())
        .where(scope, Article.source.is_not(None))
        .group_by(Article.source)
        .order_by(func.count().desc())
        .limit(top)
    ).all()
    ents = s.execute(
        select(Entity.id, Entity.name, Entity.type, func.count(func.distinct(Article.id)))
        .join(EntityMention, EntityMention.entity_id == Entity.id)
        .join(Article, Article.id == EntityMention.article_id)
        .where(scope, Entity.kind.is_distinct_from("media"))
        .group_by(Entity.id, Entity.name, Entity.type)
        .order_by(func.count(func.distinct(Article.id)).desc(), Entity.id)
        .limit(top)
    ).all()
    types = s.execute(
        select(EventMention.type, func.count())
        .join(Article, Article.id == EventMention.article_id)
        .where(scope)
        .group_by(EventMention.type)
        .order_by(func.count().desc())
        .limit(top)
    ).all()
    return {
        "source": [Count(key=k, count=n) for k, n in sources],
        "entity": [Count(key=i, label=nm, count=n, extra={"type": t}) for i, nm, t, n in ents],
        "event_type": [Count(key=k, count=n) for k, n in types],
    }


def _mention_out(m: EventMention, art: Article | None = None) -> EventMentionOut:
    out = EventMentionOut.model_validate(m, from_attributes=True)
    if art is not None:
        out.doc, out.article_title = art.doc, art.title
        out.source, out.published, out.source_url = art.source, art.published, art.url
    return out


def get_article(s: Session, article_id: int) -> ArticleDetail | None:
    """An article with its text, entity mentions, values and event mentions (offsets)."""
    a = s.get(Article, article_id)
    if a is None:
        return None
    names = dict(
        s.execute(
            select(Entity.id, Entity.name)
            .join(EntityMention, EntityMention.entity_id == Entity.id)
            .where(EntityMention.article_id == a.id)
        ).all()
    )
    ents = [
        EntityMentionOut(
            id=m.id,
            entity_id=m.entity_id,
            type=m.type,
            text=m.text,
            start=m.start,
            end=m.end,
            name=names.get(m.entity_id),
            role=m.role,
            sentence=m.sentence,
            confidence=m.confidence,
        )
        for m in a.entity_mentions
    ]
    values = [
        ValueOut(type=v.type, text=v.text, start=v.start, end=v.end, value=v.value)
        for v in a.value_mentions
    ]
    stories = s.execute(
        select(Story.id, Story.title)
        .join(StoryArticle, StoryArticle.story_id == Story.id)
        .where(StoryArticle.article_id == a.id)
    ).all()
    return ArticleDetail(
        id=a.id,
        doc=a.doc,
        hash=a.hash,
        title=a.title,
        source=a.source,
        url=a.url,
        published=a.published,
        dateline=a.dateline,
        text=a.text,
        duplicate_of=a.duplicate_of_id,
        entities=ents,
        values=values,
        events=[_mention_out(m, a) for m in a.event_mentions],
        stories=[StoryRef(id=i, title=t) for i, t in stories],
    )


def list_articles_plain(s: Session, limit: int | None = None) -> list[ArticleRef]:
    """Every article (id, doc, title, source, date), newest first."""
    stmt = select(Article).order_by(newest_first(s, Article.published), Article.id)
    if limit:
        stmt = stmt.limit(limit)
    return [ArticleRef.model_validate(a, from_attributes=True) for a in s.scalars(stmt)]


# ---------------------------------------------------------------- entities


def list_entities(
    s: Session,
    *,
    q: str | None = None,
    type: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[EntityOut]:
    """Entities, most mentioned first; ``q`` matches the id, name or code (case-insensitive)."""
    stmt = select(Entity)
    if q:
        like = f"%{q.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(Entity.id).like(like),
                func.lower(Entity.name).like(like),
                func.lower(Entity.code).like(like),
            )
        )
    if type:
        stmt = stmt.where(Entity.type == type)
    if kind:
        stmt = stmt.where(Entity.kind == kind)
    total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = s.scalars(
        stmt.order_by(Entity.num_mentions.desc(), Entity.id).limit(limit).offset(offset)
    ).all()
    items = [EntityOut.model_validate(e, from_attributes=True) for e in rows]
    return Page[EntityOut](total=total, limit=limit, offset=offset, items=items)


def _actor_cond(col_code, col_entity, ent: Entity):  # noqa: ANN001, ANN202
    """Condition on an actor or recipient: its code for states/orgs, else the entity id."""
    if ent.code and ent.type in ("GPE", "ORG"):
        return col_code == ent.code
    return col_entity == ent.id


def _events_for(s: Session, ent: Entity, role: str, limit: int) -> tuple[int, list[EventOut]]:
    code_col = getattr(EventMention, f"{role}_code")
    ent_col = getattr(EventMention, f"{role}_entity")
    if ent.code and ent.type in ("GPE", "ORG"):
        cond = getattr(Event, f"{role}_code") == ent.code
        stmt = select(Event).where(cond)
    else:
        ids = select(EventMention.event_id).where(_actor_cond(code_col, ent_col, ent))
        stmt = select(Event).where(Event.id.in_(ids))
    total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = s.scalars(stmt.order_by(newest_first(s, Event.date), Event.id).limit(limit))
    return total, [EventOut.model_validate(e, from_attributes=True) for e in rows]


def entity_partners(s: Session, ent: Entity, limit: int = 30) -> list[Partner]:
    """Actors this entity has events with (either direction), with cooperation/conflict counts."""
    out: dict[str, Partner] = {}
    sums: Counter[str] = Counter()
    for role, other in (("actor", "recipient"), ("recipient", "actor")):
        me_code = getattr(EventMention, f"{role}_code")
        me_ent = getattr(EventMention, f"{role}_entity")
        o_code = getattr(EventMention, f"{other}_code")
        o_name = getattr(EventMention, f"{other}_name")
        rows = s.execute(
            select(
                o_code,
                func.max(o_name),
                func.count(),
                func.sum(EventMention.score),
                func.sum(case((EventMention.quad_class.in_(COOPERATION), 1), else_=0)),
                func.sum(case((EventMention.quad_class.in_(CONFLICT), 1), else_=0)),
            )
            .where(_actor_cond(me_code, me_ent, ent), o_code.is_not(None))
            .group_by(o_code)
        ).all()
        for code, name, n, ssum, coop, conf in rows:
            if code == ent.code:
                continue
            p = out.setdefault(code, Partner(code=code, name=name, count=0))
            p.count += n
            p.cooperation += int(coop or 0)
            p.conflict += int(conf or 0)
            sums[code] += float(ssum or 0.0)
    for code, p in out.items():
        p.mean_score = round(sums[code] / p.count, 2) if p.count else None
    ids = dict(
        s.execute(
            select(Entity.code, Entity.id).where(
                Entity.code.in_(list(out)), Entity.type.in_(("GPE", "ORG"))
            )
        ).all()
    )
    for code, p in out.items():
        p.entity_id = ids.get(code)
    return sorted(out.values(), key=lambda p: (-p.count, p.code))[:limit]


def get_entity(s: Session, entity_id: str, events_limit: int = 100) -> EntityProfile | None:
    """An entity with its surface forms, co-occurring entities, partners and events."""
    ent = s.get(Entity, entity_id)
    if ent is None:
        return None
    prof = EntityProfile.model_validate(ent, from_attributes=True)
    forms = s.execute(
        select(EntityMention.text, func.count())
        .where(EntityMention.entity_id == ent.id)
        .group_by(EntityMention.text)
        .order_by(func.count().desc())
        .limit(30)
    ).all()
    prof.surface_forms = [Count(key=t, count=n) for t, n in forms]
    arts = select(EntityMention.article_id).where(EntityMention.entity_id == ent.id)
    co = s.execute(
        select(
            Entity.id, Entity.name, Entity.type, func.count(func.distinct(EntityMention.article_id))
        )
        .join(EntityMention, EntityMention.entity_id == Entity.id)
        .where(EntityMention.article_id.in_(arts), Entity.id != ent.id)
        .group_by(Entity.id, Entity.name, Entity.type)
        .order_by(func.count(func.distinct(EntityMention.article_id)).desc(), Entity.id)
        .limit(30)
    ).all()
    prof.cooccurring = [Count(key=i, label=n, count=c, extra={"type": t}) for i, n, t, c in co]
    prof.partners = entity_partners(s, ent)
    prof.num_events_as_actor, prof.events_as_actor = _events_for(s, ent, "actor", events_limit)
    prof.num_events_as_recipient, prof.events_as_recipient = _events_for(
        s, ent, "recipient", events_limit
    )
    return prof


# ---------------------------------------------------------------- events


@dataclass(slots=True)
class EventFilters:
    """Filters on merged events; dates compare as ISO strings (partial dates work)."""

    type: str | None = None
    quad_class: int | None = None
    actor: str | None = None  # code (RUS, ASEAN)
    recipient: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    topic: str | None = None
    modality: str | None = None
    entity: str | None = None  # code as actor or recipient
    min_confidence: float | None = None  # events.confidence: chance a careful coder codes it

    def apply(self, stmt: Select) -> Select:
        c = []
        if self.type:
            c.append(Event.type == self.type.upper())
        if self.quad_class:
            c.append(Event.quad_class == self.quad_class)
        if self.actor:
            c.append(Event.actor_code == self.actor)
        if self.recipient:
            c.append(Event.recipient_code == self.recipient)
        if self.entity:
            c.append(or_(Event.actor_code == self.entity, Event.recipient_code == self.entity))
        if self.date_from:
            c.append(Event.date >= self.date_from)
        if self.date_to:
            c.append(Event.date <= self.date_to + "\uffff")
        if self.place:  # any name the KB knows for the place (or a place in it), else a substring
            known = place_names(self.place)
            c.append(
                Event.location.in_(known) if known else Event.location.ilike(f"%{self.place}%")
            )
        if self.topic:
            c.append(Event.topic == self.topic)
        if self.modality:
            c.append(Event.modality == self.modality)
        if self.min_confidence is not None:
            c.append(Event.confidence >= self.min_confidence)
        return stmt.where(*c) if c else stmt


def list_events(
    s: Session,
    f: EventFilters | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    count_cap: int | None = COUNT_CAP,
) -> Page[EventOut]:
    """Merged events, newest first (index order); ``total`` counted up to ``count_cap``."""
    f = f or EventFilters()
    total, capped = capped_count(s, f.apply(select(Event.id)), count_cap)
    if s.get_bind().dialect.name == "sqlite":  # NULL sorts lowest: DESC walks the index
        stmt = f.apply(select(Event)).order_by(Event.date.desc(), Event.id.desc())
    else:
        # dated events (walking a (filter, date, id) index backwards, NULLs skipped), then the
        # undated ones: each part is cut at offset + limit before the small final sort
        n = offset + limit
        dated = (
            f.apply(select(Event.id).where(Event.date.is_not(None)))
            .order_by(Event.date.desc(), Event.id.desc())
            .limit(n)
        )
        undated = (
            f.apply(select(Event.id).where(Event.date.is_(None))).order_by(Event.id.desc()).limit(n)
        )
        ids = union_all(dated, undated).subquery()
        stmt = select(Event).where(Event.id.in_(select(ids.c.id)))
        stmt = stmt.order_by(Event.date.desc().nulls_last(), Event.id.desc())
    rows = s.scalars(stmt.limit(limit).offset(offset)).all()
    items = [EventOut.model_validate(e, from_attributes=True) for e in rows]
    return Page[EventOut](total=total, total_capped=capped, limit=limit, offset=offset, items=items)


def get_event(s: Session, event_id: int) -> EventDetail | None:
    """A merged event with every mention and its evidence."""
    ev = s.get(Event, event_id)
    if ev is None:
        return None
    base = EventOut.model_validate(ev, from_attributes=True)
    rows = s.execute(
        select(EventMention, Article)
        .join(Article, Article.id == EventMention.article_id)
        .where(EventMention.event_id == ev.id)
        .order_by(Article.published, EventMention.id)
    ).all()
    return EventDetail(**base.model_dump(), mentions=[_mention_out(m, a) for m, a in rows])


def event_mentions(
    s: Session, f: EventFilters | None = None, *, limit: int | None = None
) -> list[EventMentionOut]:
    """Mentions of the events matching ``f`` (evidence for tables, exports and the report)."""
    ev_ids = (f or EventFilters()).apply(select(Event.id))
    stmt = (
        select(EventMention, Article)
        .join(Article, Article.id == EventMention.article_id)
        .where(EventMention.event_id.in_(ev_ids))
        .order_by(EventMention.event_id, EventMention.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    return [_mention_out(m, a) for m, a in s.execute(stmt)]


def event_facets(s: Session) -> dict[str, list[Count]]:
    """Event types, quad classes, actors and places present in the store (for filter forms)."""

    def top(col, n: int = 60) -> list[Count]:  # noqa: ANN001
        rows = s.execute(
            select(col, func.count())
            .where(col.is_not(None))
            .group_by(col)
            .order_by(func.count().desc(), col)
            .limit(n)
        ).all()
        return [Count(key=str(k), count=c) for k, c in rows]

    return {
        "type": top(Event.type),
        "quad_class": top(Event.quad_class),
        "actor": top(Event.actor_code),
        "recipient": top(Event.recipient_code),
        "place": top(Event.location),
        "topic": top(Event.topic),
    }


def event_timeline(s: Session, f: EventFilters | None = None, interval: str = "month") -> list:
    """(period, quad_class, count, mean score) rows for a timeline chart."""
    width = {"year": 4, "month": 7, "day": 10}[interval]
    period = func.substr(Event.date, 1, width)
    stmt = (f or EventFilters()).apply(
        select(period, Event.quad_class, func.count(), func.avg(Event.score))
        .where(Event.date.is_not(None), ~Event.date.startswith("--"))
        .group_by(period, Event.quad_class)
        .order_by(period)
    )
    return [tuple(r) for r in s.execute(stmt).all()]


# ---------------------------------------------------------------- dyads


def dyad(
    s: Session,
    actor: str,
    recipient: str,
    *,
    both_directions: bool = True,
    interval: str = "month",
    date_from: str | None = None,
    date_to: str | None = None,
    events_limit: int = 50,
) -> Dyad:
    """Events between two actors (codes), counted and scored per period."""
    width = {"year": 4, "month": 7, "day": 10}[interval]
    pair = and_(Event.actor_code == actor, Event.recipient_code == recipient)
    if both_directions:
        pair = or_(pair, and_(Event.actor_code == recipient, Event.recipient_code == actor))
    conds = [pair]
    if date_from:
        conds.append(Event.date >= date_from)
    if date_to:
        conds.append(Event.date <= date_to + "\uffff")
    period = func.coalesce(func.substr(Event.date, 1, width), "?")
    rows = s.execute(
        select(period, Event.quad_class, func.count(), func.sum(Event.score))
        .where(*conds)
        .group_by(period, Event.quad_class)
        .order_by(period)
    ).all()
    periods: dict[str, DyadPeriod] = {}
    sums: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    for per, quad, n, ssum in rows:
        p = periods.setdefault(per, DyadPeriod(period=per, count=0))
        p.count += n
        p.quad[str(quad or 0)] = p.quad.get(str(quad or 0), 0) + n
        if ssum is not None:
            sums[per] += float(ssum)
            scored[per] += n
    for per, p in periods.items():
        p.mean_score = round(sums[per] / scored[per], 2) if scored[per] else None
    total = sum(p.count for p in periods.values())
    allscored = sum(scored.values())
    evs = s.scalars(
        select(Event)
        .where(*conds)
        .order_by(newest_first(s, Event.date), Event.id.desc())
        .limit(events_limit)
    ).all()
    return Dyad(
        actor=actor,
        recipient=recipient,
        both_directions=both_directions,
        interval=interval,
        total=total,
        mean_score=round(sum(sums.values()) / allscored, 2) if allscored else None,
        periods=sorted(periods.values(), key=lambda p: p.period),
        events=[EventOut.model_validate(e, from_attributes=True) for e in evs],
    )


def top_dyads(s: Session, limit: int = 50) -> list[DyadCount]:
    """The most frequent (actor, recipient) pairs."""
    rows = s.execute(
        select(Event.actor_code, Event.recipient_code, func.count(), func.avg(Event.score))
        .where(Event.actor_code.is_not(None), Event.recipient_code.is_not(None))
        .group_by(Event.actor_code, Event.recipient_code)
        .order_by(func.count().desc(), Event.actor_code, Event.recipient_code)
        .limit(limit)
    ).all()
    return [
        DyadCount(
            actor_code=a, recipient_code=r, count=n, mean_score=None if m is None else round(m, 2)
        )
        for a, r, n, m in rows
    ]


def actor_graph_edges(s: Session, min_count: int = 1) -> list[DyadCount]:
    """Every (actor, recipient) pair with its count and mean score: the actor graph."""
    rows = s.execute(
        select(Event.actor_code, Event.recipient_code, func.count(), func.avg(Event.score))
        .where(Event.actor_code.is_not(None), Event.recipient_code.is_not(None))
        .group_by(Event.actor_code, Event.recipient_code)
        .having(func.count() >= min_count)
        .order_by(Event.actor_code, Event.recipient_code)
    ).all()
    return [
        DyadCount(
            actor_code=a, recipient_code=r, count=n, mean_score=None if m is None else round(m, 2)
        )
        for a, r, n, m in rows
    ]


def actor_names(s: Session) -> dict[str, str]:
    """Display names of actor codes (from the entities of states and organisations)."""
    rows = s.execute(
        select(Entity.code, Entity.name).where(
            Entity.code.is_not(None), Entity.type.in_(("GPE", "ORG"))
        )
    ).all()
    return {c: n or c for c, n in rows}


# ---------------------------------------------------------------- stories


def list_stories(s: Session, *, limit: int = 50, offset: int = 0) -> Page[StoryOut]:
    """Stories, most recent first."""
    total = s.scalar(select(func.count()).select_from(Story)) or 0
    rows = s.scalars(
        select(Story)
        .order_by(newest_first(s, Story.end_date), Story.num_articles.desc(), Story.id)
        .limit(limit)
        .offset(offset)
    ).all()
    items = [StoryOut.model_validate(x, from_attributes=True) for x in rows]
    return Page[StoryOut](total=total, limit=limit, offset=offset, items=items)


def get_story(s: Session, story_id: int) -> StoryDetail | None:
    """A story with its summary sentences (each citing its article) and member articles."""
    st = s.get(Story, story_id)
    if st is None:
        return None
    out = StoryDetail(**StoryOut.model_validate(st, from_attributes=True).model_dump())
    arts = s.scalars(
        select(Article)
        .join(StoryArticle, StoryArticle.article_id == Article.id)
        .where(StoryArticle.story_id == st.id)
        .order_by(Article.published, Article.id)
    ).all()
    out.articles = [ArticleRef.model_validate(a, from_attributes=True) for a in arts]
    by_doc = {a.doc: a.id for a in arts}
    sents = []
    for x in st.summary_sentences or []:
        if not isinstance(x, dict) or not x.get("text"):
            continue
        aid = x.get("article_id") or by_doc.get(x.get("doc") or "")
        sents.append(SummarySentence(text=x["text"], doc=x.get("doc"), article_id=aid))
    out.summary_sentences = sents
    return out


# ---------------------------------------------------------------- overview


def stats(s: Session) -> Stats:
    """Counts of what the store holds."""
    srcs = s.execute(
        select(Article.source, func.count())
        .where(Article.source.is_not(None))
        .group_by(Article.source)
        .order_by(func.count().desc())
        .limit(20)
    ).all()
    return Stats(
        articles=s.scalar(select(func.count()).select_from(Article)) or 0,
        entities=s.scalar(select(func.count()).select_from(Entity)) or 0,
        events=s.scalar(select(func.count()).select_from(Event)) or 0,
        event_mentions=s.scalar(select(func.count()).select_from(EventMention)) or 0,
        stories=s.scalar(select(func.count()).select_from(Story)) or 0,
        sources=[Count(key=k, count=n) for k, n in srcs],
    )


# ---------------------------------------------------------------- helpers for the pages


def search_articles_with_event_type(
    s: Session,
    q: str,
    event_type: str,
    *,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity: str | None = None,
    limit: int = 20,
    offset: int = 0,
    cap: int = 2000,
) -> Page[ArticleHit]:
    """Like ``search_articles``, keeping articles with an event of ``event_type``.

    Looks at the first ``cap`` matches of the search.
    """
    full = search_articles(
        s, q, source=source, date_from=date_from, date_to=date_to, entity=entity, limit=cap
    )
    ids = [h.id for h in full.items]
    keep = set(
        s.scalars(
            select(EventMention.article_id).where(
                EventMention.article_id.in_(ids), EventMention.type == event_type.upper()
            )
        ).all()
    )
    hits = [h for h in full.items if h.id in keep]
    return Page[ArticleHit](
        total=len(hits), limit=limit, offset=offset, items=hits[offset : offset + limit]
    )


def entity_name(s: Session, entity_id: str) -> str | None:
    return s.scalar(select(Entity.name).where(Entity.id == entity_id))


def code_entity_ids(s: Session) -> dict[str, str]:
    """Actor code -> entity id of the state or organisation (for links from event rows)."""
    rows = s.execute(
        select(Entity.code, Entity.id)
        .where(Entity.code.is_not(None), Entity.type.in_(("GPE", "ORG")))
        .order_by(Entity.num_mentions)
    ).all()
    return {c: i for c, i in rows}


def entity_timeline(s: Session, entity_id: str, interval: str = "month") -> list:
    """Timeline rows of events whose mentions name ``entity_id`` as actor or recipient."""
    width = {"year": 4, "month": 7, "day": 10}[interval]
    ids = select(EventMention.event_id).where(
        or_(EventMention.actor_entity == entity_id, EventMention.recipient_entity == entity_id)
    )
    period = func.substr(Event.date, 1, width)
    stmt = (
        select(period, Event.quad_class, func.count(), func.avg(Event.score))
        .where(Event.id.in_(ids), Event.date.is_not(None), ~Event.date.startswith("--"))
        .group_by(period, Event.quad_class)
        .order_by(period)
    )
    return [tuple(r) for r in s.execute(stmt).all()]


def article_texts(s: Session, ids: list[int]) -> dict[int, str]:
    return dict(s.execute(select(Article.id, Article.text).where(Article.id.in_(ids))).all())


def event_places(s: Session, f: EventFilters | None = None) -> list[tuple[str, int]]:
    """(place, number of events) for events with a place."""
    stmt = (f or EventFilters()).apply(
        select(Event.location, func.count())
        .where(Event.location.is_not(None))
        .group_by(Event.location)
        .order_by(func.count().desc())
    )
    return [(p, n) for p, n in s.execute(stmt).all() if p]
