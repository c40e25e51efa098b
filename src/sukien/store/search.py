"""Diacritic-insensitive full-text search over article titles and bodies.

Both the indexed text and the query are *folded*: lower case, tone marks and other diacritics
removed, ``đ`` → ``d`` (so "Viet Nam" finds "Việt Nam", "da nang" finds "Đà Nẵng", "nga" finds
"Nga" — and also "ngà"; tone-exact matches rank first). Folding maps every character to exactly
one character, so offsets found in folded text are offsets in the original: snippets are cut
from the original text in Python, the same way for both backends.

SQLite: a contentless FTS5 table ``article_fts`` (``unicode61 remove_diacritics 2``), rowid =
article id, ranked by bm25. PostgreSQL: ``article_search.tsv`` (``to_tsvector('simple', …)`` of
the folded text) with a GIN index, ranked by ``ts_rank``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Float, Integer, Select, and_, exists, func, or_, select, text
from sqlalchemy.orm import Session

from sukien.store.models import Article, EntityMention

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        out = self[cp] = ch.lower() if ch.isascii() else _fold_char(ch)
        return out


_FOLD = _FoldTable()


def fold(s: str) -> str:
    """Lower-case, strip diacritics, ``đ`` → ``d``; one output character per input character."""
    return unicodedata.normalize("NFC", s).translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: terms that must all occur; a quoted term is a phrase of words."""

    terms: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, q: str) -> Query:
        terms: list[tuple[str, ...]] = []
        for i, part in enumerate(fold(q).split('"')):
            words = tuple(_WORD.findall(part))
            if not words:
                continue
            if i % 2 == 1:  # inside quotes: a phrase
                terms.append(words)
            else:
                terms.extend((w,) for w in words)
        return cls(tuple(terms))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def fts5(self) -> str:
        return " ".join('"' + " ".join(t) + '"' for t in self.terms)

    def tsquery(self) -> str:
        return " & ".join("(" + " <-> ".join(t) + ")" for t in self.terms)

    def pattern(self) -> re.Pattern[str]:
        """Matches any term (a phrase: its words separated by non-word characters)."""
        alts = sorted((r"\W+".join(map(re.escape, t)) for t in self.terms), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


@dataclass(slots=True)
class SearchFilters:
    """Filters on articles; dates compare as ISO strings (partial dates work)."""

    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None  # canonical entity id, e.g. "GPE:RUS"
    include_duplicates: bool = True


@dataclass(slots=True)
class SearchHit:
    article_id: int
    doc: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    snippet: str
    # [start, end] offsets in ``snippet`` of the matched words
    highlights: list[list[int]] = field(default_factory=list)
    score: float = 0.0


@dataclass(slots=True)
class SearchResults:
    total: int
    hits: list[SearchHit]


# ---------------------------------------------------------------- index maintenance


def index_article(session: Session, article: Article) -> None:
    """Add ``article`` to the full-text index (call inside the article's transaction)."""
    title, body = fold(article.title or ""), fold(article.text or "")
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text("INSERT INTO article_fts(rowid, title, text) VALUES (:id, :t, :b)"),
            {"id": article.id, "t": title, "b": body},
        )
    else:
        session.execute(
            text(
                "INSERT INTO article_search(article_id, tsv) VALUES (:id, "
                "setweight(to_tsvector('simple', :t), 'A') || to_tsvector('simple', :b))"
            ),
            {"id": article.id, "t": title, "b": body},
        )


def unindex_article(session: Session, article: Article) -> None:
    """Remove ``article`` from the index (before deleting it)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(
                "INSERT INTO article_fts(article_fts, rowid, title, text) "
                "VALUES ('delete', :id, :t, :b)"
            ),
            {"id": article.id, "t": fold(article.title or ""), "b": fold(article.text or "")},
        )
    else:
        session.execute(
            text("DELETE FROM article_search WHERE article_id = :id"), {"id": article.id}
        )


# ---------------------------------------------------------------- queries


def has_filters(filters: SearchFilters | None) -> bool:
    return filters is not None and bool(
        filters.source
        or filters.date_from
        or filters.date_to
        or filters.entity
        or not filters.include_duplicates
    )


def apply_filters(
    stmt: Select, filters: SearchFilters | None, *, entity_in: bool = False
) -> Select:
    """Add ``filters`` to a select over ``Article``.

    The entity filter is an EXISTS (best when walking articles in date order with a LIMIT), or
    with ``entity_in`` an ``id IN (…)`` (best for counting).
    """
    if filters is None:
        return stmt
    conds = []
    if filters.source:
        conds.append(Article.source == filters.source)
    if filters.date_from:
        conds.append(Article.published >= filters.date_from)
    if filters.date_to:
        # "2024-03" as an upper bound includes every day of March
        conds.append(
            or_(
                Article.published <= filters.date_to,
                Article.published.startswith(filters.date_to, autoescape=True),
            )
        )
    if filters.entity:
        if entity_in:
            conds.append(
                Article.id.in_(
                    select(EntityMention.article_id).where(
                        EntityMention.entity_id == filters.entity
                    )
                )
            )
        else:
            conds.append(
                exists().where(
                    and_(
                        EntityMention.article_id == Article.id,
                        EntityMention.entity_id == filters.entity,
                    )
                )
            )
    if not filters.include_duplicates:
        conds.append(Article.duplicate_of_id.is_(None))
    return stmt.where(*conds) if conds else stmt


def _match(session: Session, q: Query, materialized: bool = False) -> Any:
    """The full-text match (columns id, score: higher is better) as a subquery, or as a
    materialized CTE (computed once: SQLite would otherwise re-run MATCH per filtered row)."""
    if session.get_bind().dialect.name == "sqlite":
        # rank = bm25 with the title weighted 5:1 (configured by migration 0004)
        match = text(
            "SELECT rowid AS id, -rank AS score FROM article_fts WHERE article_fts MATCH :q"
        ).bindparams(q=q.fts5())
    else:
        match = text(
            "SELECT article_id AS id, ts_rank(tsv, to_tsquery('simple', :q)) AS score "
            "FROM article_search WHERE tsv @@ to_tsquery('simple', :q)"
        ).bindparams(q=q.tsquery())
    cols = match.columns(id=Integer(), score=Float())
    if materialized:
        return cols.cte("m").prefix_with("MATERIALIZED")
    return cols.subquery("m")


def search(
    session: Session,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 20,
    offset: int = 0,
    snippet_chars: int = 200,
) -> SearchResults:
    """Articles matching ``query`` (all terms, diacritic-insensitive), best first.

    An empty query lists articles by publication date (newest first), filters applied.
    Within a page, matches with the query's exact tone marks come first.
    """
    q = Query.parse(query)
    if not q:
        stmt = apply_filters(select(Article), filters)
        count = apply_filters(select(func.count(Article.id)), filters, entity_in=True)
        total = session.scalar(count) or 0
        rows = session.scalars(
            stmt.order_by(Article.published.desc().nulls_last(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        return SearchResults(total, [_hit(a, q, 0.0, snippet_chars) for a in rows])

    filtered = has_filters(filters)
    sqlite = session.get_bind().dialect.name == "sqlite"
    m = _match(session, q, materialized=filtered and sqlite)
    if filtered:
        joined = apply_filters(
            select(m.c.id, m.c.score).join(Article, Article.id == m.c.id), filters, entity_in=True
        )
        total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
        page = session.execute(
            joined.order_by(m.c.score.desc(), m.c.id).limit(limit).offset(offset)
        ).all()
    else:  # the index alone counts and ranks; articles are fetched for one page only
        total = session.scalar(select(func.count()).select_from(m)) or 0
        page = session.execute(
            select(m.c.id, m.c.score).order_by(m.c.score.desc(), m.c.id).limit(limit).offset(offset)
        ).all()
    arts = {
        a.id: a
        for a in session.scalars(select(Article).where(Article.id.in_([r[0] for r in page])))
    }
    exact = query.strip().lower()
    hits = []
    for aid, sc in page:
        art = arts.get(aid)
        if art is None:
            continue
        bonus = 1.0 if exact and exact in f"{art.title or ''} {art.text}".lower() else 0.0
        hits.append(_hit(art, q, float(sc or 0.0) + bonus, snippet_chars))
    hits.sort(key=lambda h: -h.score)
    return SearchResults(total, hits)


def snippet(text_: str, q: Query, width: int = 200) -> tuple[str, list[list[int]]]:
    """A window of ``text_`` around the first match, with the matches' offsets in it."""
    if not text_:
        return "", []
    spans: list[tuple[int, int]] = []
    if q:
        for m in q.pattern().finditer(fold(text_)):
            # adjacent matches separated by spaces only ("Việt" "Nam") become one highlight
            if spans and not text_[spans[-1][1] : m.start()].strip():
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append(m.span())
    if not spans:
        cut = text_[:width]
        return (cut + "…" if len(text_) > width else cut), []
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:  # start at a word boundary
        sp = text_.rfind(" ", max(0, start - 20), start)
        start = sp + 1 if sp >= 0 else start
    end = min(len(text_), start + width)
    if end < len(text_):
        sp = text_.find(" ", end, end + 20)
        end = sp if sp >= 0 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text_) else ""
    off = len(prefix) - start
    marks = [[s + off, e + off] for s, e in spans if s >= start and e <= end]
    return prefix + text_[start:end] + suffix, marks


def _hit(a: Article, q: Query, score: float, width: int) -> SearchHit:
    snip, marks = snippet(a.text or "", q, width)
    return SearchHit(
        article_id=a.id,
        doc=a.doc,
        title=a.title,
        source=a.source,
        published=a.published,
        url=a.url,
        snippet=snip,
        highlights=marks,
        score=score,
    )
