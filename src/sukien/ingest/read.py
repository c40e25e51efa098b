"""Walk the inputs, pick a reader per format, keep every failure as a Rejected."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from sukien.document import Document, Rejected
from sukien.ingest.decode import DecodeError, declared_decode, decode_bytes
from sukien.ingest.limits import MAX_ARTICLE_BYTES, MAX_HTML_BYTES, human

TEXT_EXT = (".txt", ".text")
HTML_EXT = (".html", ".htm", ".xhtml")
JSONL_EXT = (".jsonl", ".ndjson", ".json")
WARC_EXT = (".warc", ".warc.gz")
KNOWN_EXT = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT


def read_paths(paths: Sequence[str]) -> Iterator[Document | Rejected]:
    """Documents and rejections from files, folders (recursive, sorted) and ``-`` (stdin).

    ``Document.doc`` is the file stem (plus the line or record for .jsonl/.warc); when two
    inputs share a stem (``a/1.txt``, ``b/1.txt``) the later one is named after its folders too
    (``b-1``), so ids are unique within a run.
    """
    seen: set[str] = set()
    for item in _read_all(paths):
        if isinstance(item, Document):
            item.doc = _unique(item, seen)
            seen.add(item.doc)
        yield item


def _unique(doc: Document, seen: set[str]) -> str:
    if doc.doc not in seen:
        return doc.doc
    parents = Path((doc.path or "").split(":")[0]).parent.parts
    for k in range(1, min(len(parents), 3) + 1):
        cand = "-".join([*parents[-k:], doc.doc])
        if cand not in seen:
            return cand
    n = 2
    while f"{doc.doc}-{n}" in seen:
        n += 1
    return f"{doc.doc}-{n}"


def _read_all(paths: Sequence[str]) -> Iterator[Document | Rejected]:
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "stdin", "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield Rejected(p, "folder holds no readable article files")
            for f in files:
                yield from read_file(f)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Rejected(p, "no such file or folder")


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` with a known extension, sorted; hidden files and folders skipped."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(KNOWN_EXT):
                out.append(Path(dirpath) / name)
    return sorted(out)


def _stem(path: Path) -> str:
    name = path.name
    for ext in sorted(KNOWN_EXT, key=len, reverse=True):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return path.stem


def _kind(name: str) -> str:
    low = name.lower()
    if low.endswith(WARC_EXT):
        return "warc"
    if low.endswith(JSONL_EXT):
        return "jsonl"
    if low.endswith(HTML_EXT):
        return "html"
    return "txt"


def read_file(path: Path) -> Iterator[Document | Rejected]:
    """Everything one file holds; unreadable files give one Rejected."""
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejected(where, f"cannot read: {exc.strerror}")
        return
    if size == 0:
        yield Rejected(where, "empty file")
        return
    kind = _kind(path.name)
    stem = _stem(path)
    try:
        if kind == "warc":
            from sukien.ingest.warc import read_warc

            yield from read_warc(where, stem)
            return
        with path.open("rb") as fh:
            if kind == "jsonl":
                from sukien.ingest.jsonl import read_json

                yield from read_json(fh, stem, where, whole=path.suffix.lower() == ".json")
            else:
                yield from _read_article(fh, kind, stem, where, size)
    except OSError as exc:
        yield Rejected(where, f"cannot read: {exc}")
    except Exception as exc:  # a parser bug on one input never stops the run
        yield Rejected(where, f"unreadable: {type(exc).__name__}: {exc}")


def _read_article(
    fh: IO[bytes], kind: str, stem: str, where: str, size: int | None = None
) -> Iterator[Document | Rejected]:
    limit = MAX_HTML_BYTES if kind == "html" else MAX_ARTICLE_BYTES
    if size is not None and size > limit:
        yield Rejected(
            where,
            f"file too large for one article: {human(size)} > {human(limit)} "
            "(split it, or use .jsonl/.warc for many articles)",
        )
        return
    data = fh.read(limit + 1)
    if len(data) > limit:
        yield Rejected(where, f"input too large for one article: more than {human(limit)}")
        return
    yield from _from_bytes(data, kind, stem, where)


def _from_bytes(data: bytes, kind: str, stem: str, where: str) -> Iterator[Document | Rejected]:
    try:
        text, enc = decode_bytes(data)
    except DecodeError as exc:
        legacy = declared_decode(data, None) if kind == "html" else None
        if legacy is None:  # only an HTML page can say which other charset it uses
            yield Rejected(where, str(exc))
            return
        text, enc = legacy, "declared"
    if not text.strip():
        yield Rejected(where, "empty file (only whitespace)")
        return
    if kind == "html":
        from sukien.ingest.html import parse_html

        yield parse_html(text, stem, where, meta={"encoding": enc})
    else:
        from sukien.ingest.text import parse_text

        yield parse_text(text, stem, where, meta={"encoding": enc})


def read_stream(fh: IO[bytes], stem: str, where: str) -> Iterator[Document | Rejected]:
    """A byte stream of unknown format (stdin): sniff WARC, JSON lines, HTML or text."""
    head = fh.read(4096)
    if not head.strip():
        yield Rejected(where, "empty input")
        return
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if probe.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        import tempfile

        from sukien.ingest.warc import read_warc

        with tempfile.NamedTemporaryFile(suffix=".warc.gz") as tmp:
            tmp.write(head)
            while chunk := fh.read(1 << 20):
                tmp.write(chunk)
            tmp.flush()
            for item in read_warc(tmp.name, stem):
                yield _relabel(item, tmp.name, where)
        return
    stream = io.BufferedReader(_Prefixed(head, fh))  # type: ignore[arg-type]
    if probe.startswith((b"{", b"[")):
        from sukien.ingest.jsonl import read_json

        yield from read_json(stream, stem, where, whole=probe.startswith(b"["))
        return
    low = probe[:200].lower()
    kind = "html" if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")) else "txt"
    yield from _read_article(stream, kind, stem, where)


def _relabel(item: Document | Rejected, tmp: str, where: str) -> Document | Rejected:
    if isinstance(item, Rejected):
        item.source = item.source.replace(tmp, where)
    elif item.path:
        item.path = item.path.replace(tmp, where)
    return item


class _Prefixed(io.RawIOBase):
    """A raw stream that first returns ``head`` then the rest of ``fh``."""

    def __init__(self, head: bytes, fh: IO[bytes]) -> None:
        self._head = head
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._fh.read(len(b))
        b[: len(chunk)] = chunk
        return len(chunk)
