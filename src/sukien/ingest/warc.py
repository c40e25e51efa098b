"""WARC / WARC.gz archives: HTML responses and resources go through the HTML path."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from sukien.document import Document, Rejected
from sukien.ingest.limits import MAX_HTML_BYTES, human

_HTML_TYPES = ("text/html", "application/xhtml")


def read_warc(path: str, stem: str) -> Iterator[Document | Rejected]:
    """Each response/resource record holding an HTML page becomes one Document or Rejected.

    Records of other kinds (requests, metadata, images…) are skipped: they are not articles.
    """
    from fastwarc import ArchiveIterator, WarcRecordType

    from sukien.ingest.decode import DecodeError, declared_decode, decode_bytes
    from sukien.ingest.html import parse_html

    types = WarcRecordType.response | WarcRecordType.resource
    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh, record_types=types, parse_http=True):
                n += 1
                uri = rec.headers.get("WARC-Target-URI") or None
                where = f"{path}:{n}"
                ctype = _content_type(rec)
                if not any(t in ctype for t in _HTML_TYPES):
                    continue
                length = rec.content_length
                if length > MAX_HTML_BYTES:
                    yield Rejected(where, f"WARC record too large: {human(length)} ({uri})")
                    continue
                body = rec.reader.read(MAX_HTML_BYTES + 1)
                encoding = _header(rec, "Content-Encoding").lower()
                if encoding in ("gzip", "x-gzip", "deflate"):
                    try:
                        body = _inflate(body, encoding)
                    except (zlib.error, ValueError) as exc:
                        yield Rejected(where, f"cannot decompress {encoding} body: {exc} ({uri})")
                        continue
                elif encoding not in ("", "identity"):
                    yield Rejected(where, f"unsupported Content-Encoding {encoding!r} ({uri})")
                    continue
                try:
                    html, _ = decode_bytes(body)
                except DecodeError as exc:
                    html = declared_decode(body, rec.http_charset)
                    if html is None:
                        yield Rejected(where, f"{exc} ({uri})")
                        continue
                meta = {"format": "warc", "record": n}
                rid = rec.headers.get("WARC-Record-ID")
                if rid:
                    meta["warc_record_id"] = rid
                try:
                    yield parse_html(html, f"{stem}-{n}", where, url=uri, meta=meta)
                except Exception as exc:  # one odd page never stops the archive
                    yield Rejected(where, f"unreadable page: {type(exc).__name__}: {exc}")
    except Exception as exc:  # a truncated or corrupt archive: report it, keep what we read
        yield Rejected(f"{path}:{n + 1}", f"unreadable WARC: {type(exc).__name__}: {exc}")


def _content_type(rec: object) -> str:
    http = getattr(rec, "http_headers", None)
    if http is not None:
        return (http.get("Content-Type") or "").lower()
    return (rec.headers.get("Content-Type") or "").lower()  # type: ignore[attr-defined]


def _header(rec: object, name: str) -> str:
    http = getattr(rec, "http_headers", None)
    return (http.get(name) or "") if http is not None else ""


def _inflate(body: bytes, encoding: str) -> bytes:
    """Decompress a gzip/deflate HTTP body, never past the article size bound."""
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    d = zlib.decompressobj(wbits)
    out = d.decompress(body, MAX_HTML_BYTES + 1)
    if len(out) > MAX_HTML_BYTES:
        raise ValueError(f"decompressed body larger than {human(MAX_HTML_BYTES)}")
    return out
