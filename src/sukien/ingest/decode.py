"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 (BOM, or plain with NUL bytes)."""

from __future__ import annotations

import codecs


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
    return text, enc


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII-heavy text is NUL."""
    head = data[:2000]
    if len(head) < 4 or len(head) % 2:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    return max(odd, even) > 0.4 * half and min(odd, even) == 0
