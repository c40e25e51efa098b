"""Ingestion: every format, every encoding, and a reason for everything that is refused."""

from __future__ import annotations

import codecs
import io
import json
import sys
import time
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from sukien.document import Document, Rejected
from sukien.ingest import read_paths
from sukien.ingest.text import looks_like_body, split_title

BODY = (
    "Ngày 10/5, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Ngoại trưởng Singapore tại Hà Nội. "
    "Hai bên nhất trí thúc đẩy hợp tác kinh tế số và năng lượng tái tạo trong thời gian tới.\n"
    "Ngoại trưởng Singapore khẳng định nước này coi trọng quan hệ Đối tác chiến lược với Việt Nam "
    "và mong muốn tăng cường trao đổi đoàn các cấp.\n"
)
ARTICLE = "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số\n\n" + BODY

ARTICLE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Việt Nam và Singapore thúc đẩy hợp tác kinh tế số - Báo Thử</title>
<meta property="og:site_name" content="Báo Thử">
<meta property="article:published_time" content="2024-05-10T09:00:00+07:00">
</head><body><nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a></nav>
<article><h1>Việt Nam và Singapore thúc đẩy hợp tác kinh tế số</h1>
<p>Ngày 10/5, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Ngoại trưởng Singapore tại Hà Nội.
Hai bên nhất trí thúc đẩy hợp tác kinh tế số và năng lượng tái tạo trong thời gian tới.</p>
<p>Ngoại trưởng Singapore khẳng định nước này coi trọng quan hệ Đối tác chiến lược với Việt Nam
và mong muốn tăng cường trao đổi đoàn các cấp trong những năm tới.</p>
</article><footer>Bản quyền thuộc về Báo Thử</footer></body></html>"""

LINK_LIST_HTML = (
    "<html><head><title>Thế giới</title></head><body><ul>"
    + "".join(f'<li><a href="/b{i}">Tin thế giới số {i} trong ngày</a></li>' for i in range(40))
    + "</ul></body></html>"
)
LOGIN_HTML = (
    "<html><head><title>Đăng nhập</title></head><body><form><label>Tên đăng nhập</label>"
    "<input name=u><label>Mật khẩu</label><input type=password name=p>"
    "<button>Đăng nhập</button></form><a href='/quen'>Quên mật khẩu?</a></body></html>"
)


def cp1258(text: str) -> bytes:
    """Windows-1258 spells tones as combining marks after a precomposed base letter."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


def _read(*paths: Path | str) -> list[Document | Rejected]:
    return list(read_paths([str(p) for p in paths]))


def _one_doc(items: list[Document | Rejected]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def _one_rejected(items: list[Document | Rejected]) -> Rejected:
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    return items[0]


# -- plain text ----------------------------------------------------------------------------


def test_txt_title_and_body(tmp_path: Path) -> None:
    f = tmp_path / "bai-viet.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    d = _one_doc(_read(f))
    assert d.doc == "bai-viet"
    assert d.title == "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số"
    assert "Ngoại trưởng Singapore khẳng định" in d.raw
    assert d.title not in d.raw
    assert d.path == str(f)


def test_txt_date_and_section_lines_above_the_title(tmp_path: Path) -> None:
    f = tmp_path / "co-ngay.txt"
    f.write_text("Thế giới\nThứ Sáu, 10/05/2024 08:00 (GMT+7)\n" + ARTICLE, encoding="utf-8")
    d = _one_doc(_read(f))
    assert d.title == "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số"
    assert d.raw.startswith("Thế giới\nThứ Sáu, 10/05/2024")  # the cleaner reads the date


def test_txt_without_title_line_keeps_first_paragraph_as_body() -> None:
    first = BODY.split("\n")[0]
    assert looks_like_body(first)
    title, body = split_title(BODY)
    assert title is None and body == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Nga và Trung Quốc ký thỏa thuận năng lượng mới",
        "Nước Nga đang cứng rắn bảo vệ lợi ích của mình?",
        "Thái Lan: Đảng cầm quyền liên minh với phe đối lập",
    ],
)
def test_headlines_are_titles(line: str) -> None:
    assert not looks_like_body(line)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    f = tmp_path / "ma-hoa.txt"
    f.write_bytes(prefix + ARTICLE.encode(encoding))
    d = _one_doc(_read(f))
    assert d.title == "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số"
    assert "\ufeff" not in d.raw and "\ufeff" not in (d.title or "")
    assert "Ngoại trưởng Singapore" in d.raw


def test_undecodable_file_is_rejected_with_reason(tmp_path: Path) -> None:
    f = tmp_path / "hong.txt"
    f.write_bytes("Tin tức thế giới ".encode() + b"\xff\xfe\xfa\x80 abc" * 3)
    r = _one_rejected(_read(f))
    assert r.source == str(f)
    assert r.reason.startswith("not valid UTF-8/UTF-16 text")


def test_legacy_8bit_encoding_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "cp1252.txt"
    f.write_bytes("Café à Paris, déjà vu".encode("cp1252"))
    assert "not valid UTF-8/UTF-16" in _one_rejected(_read(f)).reason


@pytest.mark.parametrize("content", [b"", b"  \n\n \t\n"])
def test_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "rong.txt"
    f.write_bytes(content)
    assert "empty" in _one_rejected(_read(f)).reason


def test_missing_path_is_rejected() -> None:
    r = _one_rejected(_read("/khong/co/tep/nay.txt"))
    assert "no such file" in r.reason


def test_50mb_file_in_bounded_time_and_memory(tmp_path: Path) -> None:
    f = tmp_path / "khong-lo.txt"
    line = (BODY.replace("\n", " ") + "\n").encode()
    with f.open("wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line * 200)
    tracemalloc.start()
    t0 = time.perf_counter()
    items = _read(f, tmp_path / "khong-lo.txt")
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(items) == 2 and all(isinstance(i, Rejected) for i in items)
    assert "too large" in items[0].reason  # type: ignore[union-attr]
    assert elapsed < 2.0
    assert peak < 8 * 1024 * 1024


def test_50mb_jsonl_streams_with_bounded_memory(tmp_path: Path) -> None:
    f = tmp_path / "lon.jsonl"
    good = json.dumps({"title": "Tin ngắn", "text": BODY}, ensure_ascii=False).encode() + b"\n"
    with f.open("wb") as fh:
        fh.write(good)
        fh.write(b'{"title": "qua dai", "text": "' + b"a" * (50 * 1024 * 1024) + b'"}\n')
        fh.write(good)
    tracemalloc.start()
    t0 = time.perf_counter()
    items = _read(f)
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Document"]
    assert items[1].source == f"{f}:2" and "longer than" in items[1].reason  # type: ignore[union-attr]
    assert items[2].doc == "lon-3"  # type: ignore[union-attr]
    assert elapsed < 5.0
    assert peak < 24 * 1024 * 1024


# -- HTML ------------------------------------------------------------------------------------


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "trang.html"
    f.write_text(ARTICLE_HTML, encoding="utf-8")
    d = _one_doc(_read(f))
    assert d.title == "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số"
    assert d.published == "2024-05-10"
    assert d.source == "Báo Thử"
    assert "Ngoại trưởng Singapore khẳng định" in d.raw
    assert "Trang chủ" not in d.raw and "Bản quyền" not in d.raw
    assert not d.raw.startswith(d.title)  # the <h1> is not repeated in the body
    assert d.meta["format"] == "html"


@pytest.mark.parametrize("html_page", [LINK_LIST_HTML, LOGIN_HTML])
def test_non_article_html_is_rejected(tmp_path: Path, html_page: str) -> None:
    f = tmp_path / "khong-phai-bai.htm"
    f.write_text(html_page, encoding="utf-8")
    r = _one_rejected(_read(f))
    assert r.reason.startswith("not an article")
    assert r.source == str(f)


# -- JSON lines ------------------------------------------------------------------------------


def test_jsonl_fields_variants_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "nguon.jsonl"
    rows = [
        json.dumps({"title": "Tin một", "text": BODY, "url": "https://a.vn/1",
                    "published": "2024-05-10"}),
        "{khong phai json",
        json.dumps({"headline": "Tin hai", "content": BODY, "link": "https://a.vn/2",
                    "pubDate": "Fri, 10 May 2024 08:00:00 +0700"}),
        json.dumps(["mot", "mang"]),
        json.dumps({"title": "Không có nội dung"}),
        "",
        json.dumps({"id": "abc 7", "headline": "Tin ba", "body": BODY}),
    ]  # fmt: skip
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = _read(f)
    docs = [i for i in items if isinstance(i, Document)]
    rej = [i for i in items if isinstance(i, Rejected)]
    assert [d.doc for d in docs] == ["nguon-1", "nguon-3", "nguon-abc_7"]
    assert docs[0].url == "https://a.vn/1" and docs[0].published == "2024-05-10"
    assert docs[1].title == "Tin hai" and docs[1].url == "https://a.vn/2"
    assert docs[1].published == "Fri, 10 May 2024 08:00:00 +0700"  # normalised by clean
    assert [r.source for r in rej] == [f"{f}:2", f"{f}:4", f"{f}:5"]
    assert "invalid JSON" in rej[0].reason
    assert "not an object" in rej[1].reason
    assert "no article text" in rej[2].reason


# -- WARC ------------------------------------------------------------------------------------


def test_warc_round_trip(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "thu-thap.warc.gz"
    with f.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for uri, body, ctype in [
            ("https://bao.example.vn/bai-1.html", ARTICLE_HTML, "text/html; charset=utf-8"),
            ("https://bao.example.vn/logo.png", "PNGDATA", "image/png"),
            ("https://bao.example.vn/the-gioi", LINK_LIST_HTML, "text/html"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            w.write_record(rec)
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Document", "Rejected"]
    d, r = items
    assert d.doc == "thu-thap-1" and d.url == "https://bao.example.vn/bai-1.html"  # type: ignore[union-attr]
    assert d.title == "Việt Nam và Singapore thúc đẩy hợp tác kinh tế số"  # type: ignore[union-attr]
    assert d.meta["format"] == "warc"  # type: ignore[union-attr]
    assert r.source == f"{f}:3" and "not an article" in r.reason  # type: ignore[union-attr]


def test_corrupt_warc_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "hong.warc.gz"
    f.write_bytes(b"\x1f\x8b\x08\x00garbage-not-gzip" * 10)
    items = _read(f)
    assert items and all(isinstance(i, Rejected) for i in items)


# -- folders and stdin -------------------------------------------------------------------------


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".an").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".an" / "3.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".4.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG")
    docs = _read(tmp_path)
    assert [d.doc for d in docs] == ["1", "2"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        (ARTICLE.encode("utf-8"), "txt"),
        (ARTICLE_HTML.encode("utf-8"), "html"),
        (json.dumps({"title": "Tin", "text": BODY}).encode() + b"\n", "jsonl"),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, payload: bytes, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    d = _one_doc(_read("-"))
    assert d.doc.startswith("stdin") and d.meta["format"] == kind
    assert "Ngoại trưởng Singapore" in d.raw


def test_empty_stdin_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert "empty" in _one_rejected(_read("-")).reason


SAPO_OUTSIDE_ARTICLE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Lào và Việt Nam ký thỏa thuận giáo dục - Báo Thử</title>
<meta name="description" content="Hai nước ký thỏa thuận giáo dục.">
</head><body><header><a href="/">Trang chủ</a></header>
<section class="page-detail"><div class="sidebar-1">
<h1 class="title-detail">Lào và Việt Nam ký thỏa thuận giáo dục</h1>
<p class="description">Hai bên nhất trí tiếp tục dành cho nhau các suất học bổng và tăng
cường đào tạo nguồn nhân lực chất lượng cao trong giai đoạn mới.</p>
<article class="fck_detail">
<p>Ngày 3/4, tại Hà Nội, Bộ trưởng Giáo dục Việt Nam đã hội đàm với Bộ trưởng Giáo dục Lào
đang thăm và làm việc tại Việt Nam theo lời mời của phía Việt Nam.</p>
<p>Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, trong đó Việt Nam hiện đang đào tạo
hơn 16.000 lưu học sinh Lào ở nhiều trình độ khác nhau.</p>
</article>
<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><h4><a href="/b1">Tin khác</a></h4>
<p class="description">Một đoạn mô tả của tin liên quan khác, không thuộc bài viết này.</p>
</li></ul></div></div></section></body></html>"""


def test_html_sapo_outside_the_article_element_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "sapo.html"
    f.write_text(SAPO_OUTSIDE_ARTICLE_HTML, encoding="utf-8")
    d = _one_doc(_read(f))
    paras = d.raw.split("\n")
    assert paras[0].startswith("Hai bên nhất trí tiếp tục dành cho nhau các suất học bổng")
    assert paras[1].startswith("Ngày 3/4, tại Hà Nội")
    assert "mô tả của tin liên quan" not in d.raw


def test_html_date_is_shown_date_or_nothing_never_guessed(tmp_path: Path) -> None:
    no_meta = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2024-05-10T09:00:00+07:00">', ""
    ).replace("trong thời gian tới.", "trong năm 2025.")
    shown = no_meta.replace("<article>", '<article><span class="date">Thứ Sáu, 10/05/2024</span>')
    (tmp_path / "a.html").write_text(shown, encoding="utf-8")
    (tmp_path / "b.html").write_text(no_meta, encoding="utf-8")
    a, b = _read(tmp_path)
    from sukien.clean.dates import iso_date

    assert iso_date(a.published) == "2024-05-10"  # type: ignore[union-attr]
    assert b.published is None  # type: ignore[union-attr]  # "năm 2025" is not a date to guess


def test_json_files_array_object_and_lines(tmp_path: Path) -> None:
    rec = {"title": "Tin", "content": BODY}
    (tmp_path / "a.json").write_text(json.dumps([rec, rec, 5]), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"articles": [rec]}), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(rec) + "\n" + json.dumps(rec), encoding="utf-8")
    (tmp_path / "d.json").write_text('{"title": "hỏng", ', encoding="utf-8")
    items = _read(tmp_path)
    got = [(type(i).__name__, i.doc if isinstance(i, Document) else i.source) for i in items]
    assert got == [
        ("Document", "a-1"),
        ("Document", "a-2"),
        ("Rejected", f"{tmp_path}/a.json:3"),
        ("Document", "b-1"),
        ("Document", "c-1"),
        ("Document", "c-2"),
        ("Rejected", f"{tmp_path}/d.json"),
    ]


def test_doc_ids_are_unique_within_a_run(tmp_path: Path) -> None:
    for folder in ("x/docs", "y/docs"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    docs = _read(tmp_path)
    assert [d.doc for d in docs] == ["1", "docs-1", "y-docs-1"]  # type: ignore[union-attr]


def test_warc_gzip_body_and_declared_charset(tmp_path: Path) -> None:
    import gzip

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    legacy = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1258"')
    bodies = [
        (gzip.compress(ARTICLE_HTML.encode()), [("Content-Encoding", "gzip")]),
        (cp1258(legacy), []),
        (b"\x00\x01binary", [("Content-Encoding", "br")]),
    ]
    f = tmp_path / "nen.warc"
    with f.open("wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for i, (body, extra) in enumerate(bodies):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html"), *extra], protocol="HTTP/1.1"
            )
            w.write_record(
                w.create_warc_record(
                    f"https://bao.example.vn/{i}", "response",
                    payload=io.BytesIO(body), http_headers=headers,
                )
            )  # fmt: skip
    items = _read(f)
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Rejected"]
    texts = [unicodedata.normalize("NFC", i.raw) for i in items[:2]]  # type: ignore[union-attr]
    assert all("Ngoại trưởng Singapore" in t for t in texts)  # cp1258 decodes to NFD
    assert "Content-Encoding 'br'" in items[2].reason  # type: ignore[union-attr]


def test_bytes_behind_a_utf16_bom_must_be_text(tmp_path: Path) -> None:
    f = tmp_path / "gia-bom.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + bytes(range(33, 250)) * 3)
    assert "not valid UTF-8/UTF-16" in _one_rejected(_read(f)).reason


def test_jsonl_sapo_field_is_put_in_front_once(tmp_path: Path) -> None:
    f = tmp_path / "sapo.jsonl"
    lead = "Hai nước nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện."
    rows = [
        {"title": "Tin", "sapo": lead, "content": BODY},
        {"title": "Tin", "description": lead, "content": lead + "\n" + BODY},
        {"title": "Tin", "description": BODY},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    a, b, c = _read(f)
    assert a.raw == lead + "\n" + BODY  # type: ignore[union-attr]
    assert b.raw == lead + "\n" + BODY  # type: ignore[union-attr]
    assert c.raw == BODY  # type: ignore[union-attr]


def test_html_file_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1258"')
    (tmp_path / "cu.html").write_bytes(cp1258(page))
    (tmp_path / "cu.txt").write_bytes(cp1258(ARTICLE))
    d, r = _read(tmp_path / "cu.html", tmp_path / "cu.txt")
    assert "Ngoại trưởng Singapore" in unicodedata.normalize("NFC", d.raw)  # type: ignore[union-attr]
    assert isinstance(r, Rejected) and "not valid UTF-8/UTF-16" in r.reason
