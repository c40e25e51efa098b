"""JSON lines (one article per line) and JSON files (an array of articles, or one article).

Field names news dumps commonly use are understood: title/headline, text/content/body,
url/link, published/date/pubDate…; a record with only ``html`` goes through the HTML path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from sukien.document import Document, Rejected
from sukien.ingest.limits import MAX_ARTICLE_BYTES, MAX_JSON_BYTES, human

TITLE_KEYS = ("title", "headline", "tieu_de", "name")
TEXT_KEYS = ("text", "content", "body", "article", "noi_dung", "maintext", "description")
SAPO_KEYS = ("sapo", "description", "summary", "lead", "abstract", "tom_tat")
URL_KEYS = ("url", "link", "href", "source_url", "canonical_url")
DATE_KEYS = (
    "published",
    "date",
    "pubDate",
    "pub_date",
    "published_at",
    "publish_date",
    "datePublished",
    "date_publish",
    "time",
    "created_at",
)
SOURCE_KEYS = ("source", "sitename", "site", "publisher", "domain")
ID_KEYS = ("id", "doc", "doc_id", "uid")
HTML_KEYS = ("html", "raw_html")

_SAFE_ID = re.compile(r"[^\w.-]+")


def _first(rec: dict[str, Any], keys: tuple[str, ...], skip: str | None = None) -> Any:
    return _first_item(rec, keys, skip)[1]


def _first_item(
    rec: dict[str, Any], keys: tuple[str, ...], skip: str | None = None
) -> tuple[str | None, Any]:
    """``(key, value)`` of the first of ``keys`` (any case) with a non-empty value."""
    lower = {k.lower(): v for k, v in rec.items()}
    for k in keys:
        if skip is not None and k.lower() == skip.lower():
            continue
        v = rec.get(k, lower.get(k.lower()))
        if v not in (None, "", []):
            return k, v
    return None, None


def _squash(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, list):
        return "\n".join(str(x) for x in v if x is not None)
    return str(v)


def record_to_document(rec: Any, doc: str, where: str) -> Document | Rejected:
    """One decoded JSON value to a Document, or why it cannot be one."""
    from sukien.ingest.html import parse_html

    if not isinstance(rec, dict):
        return Rejected(where, f"JSON line is a {type(rec).__name__}, not an object")
    rid = _first(rec, ID_KEYS)
    if rid is not None:
        doc = f"{doc.rsplit('-', 1)[0]}-{_SAFE_ID.sub('_', str(rid))[:80]}"
    meta = {"format": "jsonl", "record": where.rsplit(":", 1)[-1]}
    text_key, text_value = _first_item(rec, TEXT_KEYS)
    text = _text(text_value)
    url = _text(_first(rec, URL_KEYS))
    if not text:
        html = _text(_first(rec, HTML_KEYS))
        if html:
            return parse_html(html, doc, where, url=url, meta=meta)
        keys = ", ".join(sorted(rec)) or "none"
        return Rejected(where, f"JSON line has no article text (fields: {keys})")
    if not text.strip():
        return Rejected(where, "JSON line has an empty text field")
    sapo = _text(_first(rec, SAPO_KEYS, skip=text_key))
    if sapo and sapo.strip() and _squash(sapo)[:200] not in _squash(text):
        text = sapo.strip() + "\n" + text  # the lead paragraph kept in its own field
    return Document(
        doc=doc,
        raw=text.replace("\r\n", "\n"),
        path=where,
        title=(_text(_first(rec, TITLE_KEYS)) or "").strip() or None,
        source=_text(_first(rec, SOURCE_KEYS)),
        url=url,
        published=_text(_first(rec, DATE_KEYS)),
        meta=meta,
    )


def read_jsonl(fh: IO[bytes], stem: str, path: str) -> Iterator[Document | Rejected]:
    """Stream a JSON-lines file; a bad line is a Rejected naming ``file:line``."""
    from sukien.ingest.decode import DecodeError, decode_bytes

    n = 0
    while True:
        line = fh.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            break
        n += 1
        where = f"{path}:{n}"
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line, bounded
                line = fh.readline(1024 * 1024)
            yield Rejected(where, f"JSON line longer than {human(MAX_ARTICLE_BYTES)}")
            continue
        if n == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            s, _ = decode_bytes(line)
            rec = json.loads(s)
        except DecodeError as exc:
            yield Rejected(where, str(exc))
            continue
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _safe_record(rec, f"{stem}-{n}", where)


_CONTAINER_KEYS = ("articles", "items", "data", "documents", "docs", "results", "entries")


def read_json(
    fh: IO[bytes], stem: str, path: str, whole: bool = False
) -> Iterator[Document | Rejected]:
    """A ``.json`` file holding an array (or one object) of articles, else JSON lines.

    A whole-file JSON document is read only up to ``MAX_JSON_BYTES``; larger ones must be JSON
    lines, which stream.
    """
    from sukien.ingest.decode import DecodeError, decode_bytes

    if not whole:
        yield from read_jsonl(fh, stem, path)
        return
    data = fh.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        yield Rejected(
            path, f"JSON file larger than {human(MAX_JSON_BYTES)}: write it as JSON lines"
        )
        return
    try:
        value = json.loads(decode_bytes(data)[0])
    except DecodeError as exc:
        yield Rejected(path, str(exc))
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object per line in a file named .json
            import io

            yield from read_jsonl(io.BytesIO(data), stem, path)
        else:
            yield Rejected(path, f"invalid JSON: {exc.msg} at line {exc.lineno}")
        return
    if isinstance(value, dict):
        inner = next((value[k] for k in _CONTAINER_KEYS if isinstance(value.get(k), list)), None)
        value = inner if inner is not None else [value]
    if not isinstance(value, list):
        yield Rejected(path, f"JSON file holds a {type(value).__name__}, not articles")
        return
    for i, rec in enumerate(value, start=1):
        yield _safe_record(rec, f"{stem}-{i}", f"{path}:{i}")


def _safe_record(rec: Any, doc: str, where: str) -> Document | Rejected:
    try:
        return record_to_document(rec, doc, where)
    except Exception as exc:  # one odd record never stops the file
        return Rejected(where, f"unreadable record: {type(exc).__name__}: {exc}")
