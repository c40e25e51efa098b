"""Noise lines of Vietnamese news sites (written for these tests in the sites' shapes): widgets,
players, captions credited to an agency without brackets, bylines above the article. Every test
checks both directions: the noise goes and every article sentence stays."""

from __future__ import annotations

import pytest

from sukien.clean.stage import CleanStage
from sukien.document import Document

S1 = "Ngày 3/4, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Ngoại trưởng Lào tại Viêng Chăn."
S2 = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng, giao thông và giáo dục."
S3 = "Ngoại trưởng Lào đánh giá cao sự hỗ trợ quý báu mà Việt Nam dành cho Lào trong nhiều năm qua."
TITLE = "Việt Nam và Lào tăng cường hợp tác"


def clean(raw: str, title: str | None = TITLE) -> Document:
    d = CleanStage().process(Document(doc="t", raw=raw, title=title))
    assert d is not None
    return d


def check(d: Document, *gone: str) -> None:
    for p in (S1, S2, S3):
        assert p in d.text, f"dropped article text: {p!r}\n{d.text}"
    for p in gone:
        assert p not in d.text, f"kept noise: {p!r}\n{d.text}"


@pytest.mark.parametrize(
    "noise",
    [
        "Theo dõi Báo Mới trên",
        "Theo dõi chúng tôi trên:",
        "Nhỏ Bình thường Lớn",
        "Cỡ chữ: Nhỏ | Vừa | Lớn",
        "Video đang HOT",
        "Video Thế giới",
        "Nhấn để xem video",
        "Tắt tiếng | Toàn màn hình",
        "Trình duyệt của bạn không hỗ trợ phát video này.",
        "02:35",
        "1 năm trước",
        "3 giờ trước",
        "1234",
        "56 bình luận",
        "Đường dây nóng: 0912 345 678",
        "Hotline: 0987.65.43.21",
        "Báo lỗi cho Báo Mới",
        "*Vui lòng nhập đủ thông tin email hoặc số điện thoại",
        "Nguồn: VOV",
        "Nguồn VOV",
        "Nguồn VOV: Quang cảnh buổi hội đàm tại Viêng Chăn",
        "Ảnh minh họa",
    ],
)
def test_widget_player_and_credit_lines(noise: str) -> None:
    d = clean(f"{S1}\n\n{noise}\n\n{S2}\n\n{S3}")
    check(d, noise)


def test_caption_credited_to_an_agency_without_brackets() -> None:
    cap = "Quang cảnh buổi hội đàm tại thủ đô Viêng Chăn (Lào)"
    d = clean(f"{S1}\n\n{cap} AFP\n\n{S2}\n\n{cap} hôm 3/4 ẢNH: REUTERS\n\n{S3}")
    check(d, cap, "AFP", "REUTERS")
    assert {"caption", "credit"} <= {r["reason"] for r in d.removed}
    d = clean(f"{S1}\n\n{cap}\nẢnh: Reuters\n\n{S2}\n\n{S3}")
    check(d, cap, "Reuters")


def test_a_sentence_ending_in_an_agency_it_quotes_stays() -> None:
    said = "Ngoại trưởng Lào đã trả lời phỏng vấn AFP"
    theo = "Quan hệ hai nước đang phát triển tốt đẹp, theo Reuters"
    told = "Ông nói với Reuters"
    d = clean(f"{S1}\n\n{said}\n\n{theo}\n\n{told}\n\n{S2}\n\n{S3}")
    check(d)
    for p in (said, theo, told):
        assert p in d.text


def test_headline_repeated_as_photo_alt_text() -> None:
    d = clean(f"{S1}\n\n{TITLE} - Hình 1\n\n{S2}\n\n{TITLE} - 2\n\n{S3}")
    check(d, f"{TITLE} - Hình 1", f"{TITLE} - 2")


def test_byline_above_the_article() -> None:
    d = clean(f"Hoàng Minh |\n\n{S1}\n\n{S2}\n\n{S3}")
    check(d, "Hoàng Minh")
    assert d.meta["byline"] == "Hoàng Minh"
    d = clean(f"Lan Anh\nLan Anh\n28/12/2025 14:30 GMT+7\n\n{S1}\n\n{S2}\n\n{S3}")
    check(d, "Lan Anh")
    d = clean(f"Thành Đạt\n\n(Dân trí) - {S1}\n\n{S2}\n\n{S3}")
    check(d, "Thành Đạt")
    d = clean(f"Bài và ảnh: Hoàng Minh\n\n{S1}\n\n{S2}\n\n{S3}")
    check(d, "Hoàng Minh")
    assert d.meta["byline"] == "Hoàng Minh"


def test_a_label_above_the_article_is_no_byline() -> None:
    d = clean(f"Việt Nam - Lào\n\n{S1}\n\n{S2}\n\n{S3}")
    check(d)
    assert "byline" not in d.meta
    d = clean(f"{S1}\n\nTuyên bố được gửi tới AP\n\n{S2}\n\n{S3}")
    assert "Tuyên bố được gửi tới AP" in d.text


def test_a_short_heading_inside_the_article_stays() -> None:
    d = clean(f"{S1}\n\n{S2}\n\nQuan hệ Việt Nam - Lào\n\n{S3}")
    check(d)
    assert "Quan hệ Việt Nam - Lào" in d.text
