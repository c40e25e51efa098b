"""HTML pages: trafilatura finds the main text and the metadata; non-articles are refused."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sukien.document import Document, Rejected
from sukien.ingest.limits import MAX_HTML_BYTES, MIN_ARTICLE_WORDS, human
from sukien.ingest.page import find_sapo, find_shown_date

_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_HTML_BYTES))
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signals do not work off the main thread
    return cfg


def article_problem(text: str) -> str | None:
    """Why extracted text is not an article (a link list, a login form…), or ``None``."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    words = sum(len(p.split()) for p in paras)
    if words < MIN_ARTICLE_WORDS:
        return f"not an article: only {words} words of main text (link list, form or index page?)"
    prose = [p for p in paras if len(p.split()) >= 12 and _SENTENCE_END.search(p)]
    if not prose:
        return "not an article: no paragraph of running text (link list or index page?)"
    prose_words = sum(len(p.split()) for p in prose)
    if prose_words < 0.3 * words:
        return (
            f"not an article: only {prose_words} of {words} words are in sentences "
            "(link list or index page?)"
        )
    return None


def parse_html(
    html: str, doc: str, path: str | None, url: str | None = None, meta: dict | None = None
) -> Document | Rejected:
    """Extract one article from an HTML page, or say why the page is not one."""
    import trafilatura

    where = path or doc
    size = len(html.encode("utf-8", "ignore"))
    if size > MAX_HTML_BYTES:
        return Rejected(where, f"HTML page too large: {human(size)} > {human(MAX_HTML_BYTES)}")
    d: dict[str, Any] = {}
    problem = "not an article: no main text found in the HTML page"
    for recall in (False, True):  # a second, recall-oriented pass before giving up
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            favor_recall=recall,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_config(),
        )
        if result is None:
            continue
        d = result.as_dict()
        problem = article_problem(d.get("text") or "") or ""
        if not problem:
            break
    if problem:
        return Rejected(where, problem)
    text = d.get("text") or ""
    title = (d.get("title") or "").strip() or None
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        text = "\n".join(lines[1:])  # the page's <h1> repeats the title
    sapo = find_sapo(html, text, d.get("description"))
    if sapo:
        text = sapo + "\n" + text
    m: dict[str, Any] = {"format": "html", **(meta or {})}
    for key in ("author", "sitename", "hostname", "description", "categories", "tags"):
        if d.get(key):
            m[key] = d[key]
    return Document(
        doc=doc,
        raw=text,
        path=path,
        title=title,
        source=d.get("sitename") or None,
        url=url or d.get("url") or None,
        published=d.get("date") or find_shown_date(html),
        meta=m,
    )
