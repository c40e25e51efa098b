"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 (BOM, or plain with NUL bytes)."""

from __future__ import annotations

import codecs
import re
import unicodedata


class DecodeError(ValueError):
    """The bytes are not text in an encoding we accept."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``DecodeError`` saying why it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        enc, body = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc, body = "utf-16", data
    elif _looks_utf16(data):
        enc, body = ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), data
    else:
        enc, body = "utf-8", data
    try:
        text = body.decode("utf-8" if enc == "utf-8-sig" else enc)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid UTF-8/UTF-16 text: byte 0x{exc.object[exc.start]:02x} at offset "
            f"{exc.start} is invalid in {exc.encoding}"
        ) from None
    if "\x00" in text:
        raise DecodeError("not valid UTF-8/UTF-16 text: contains NUL characters (binary file?)")
    if enc.startswith("utf-16") and not _mostly_latin(text):
        raise DecodeError(
            "not valid UTF-8/UTF-16 text: as UTF-16 it is mostly non-Latin characters (binary?)"
        )
    return text, enc


def _mostly_latin(text: str) -> bool:
    """Random bytes read as UTF-16 become CJK and unassigned code points, not Vietnamese."""
    letters = [c for c in text[:5000] if c.isalpha() or unicodedata.category(c) == "Cn"]
    if not letters:
        return True
    latin = sum(1 for c in letters if c <= "\u024f" or "\u1e00" <= c <= "\u1eff")
    return latin >= 0.5 * len(letters)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII-heavy text is NUL."""
    head = data[:2000]
    if len(head) < 4 or len(head) % 2:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    return max(odd, even) > 0.4 * half and min(odd, even) == 0


def declared_decode(body: bytes, charset: str | None) -> str | None:
    """Text in the charset the HTTP header or a <meta charset> declares (cp1258, latin-1…)."""
    cands = [charset] if charset else []
    if m := re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.IGNORECASE):
        cands.append(m.group(1).decode("ascii", "ignore"))
    for c in cands:
        try:
            return body.decode(c)
        except (LookupError, UnicodeDecodeError):
            continue
    return None
