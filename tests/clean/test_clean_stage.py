"""CleanStage on articles written in the styles of several Vietnamese sites.

Every test checks both directions: the boilerplate goes and every article sentence stays.
"""

from __future__ import annotations

import pytest

from sukien.clean.stage import CleanStage, clean_title
from sukien.document import Document


def clean(raw: str, title: str | None = None, **kw: str) -> Document:
    d = CleanStage().process(Document(doc="t", raw=raw, title=title, **kw))
    assert d is not None
    return d


def reasons(d: Document) -> list[str]:
    return [r["reason"] for r in d.removed]


def assert_kept(d: Document, *parts: str) -> None:
    for p in parts:
        assert p in d.text, f"dropped article text: {p!r}\n{d.text}"


def assert_gone(d: Document, *parts: str) -> None:
    for p in parts:
        assert p not in d.text, f"kept boilerplate: {p!r}\n{d.text}"


S1 = "Ngày 3/4, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Ngoại trưởng Lào tại Viêng Chăn."
S2 = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng, giao thông và giáo dục."
S3 = "Ngoại trưởng Lào đánh giá cao sự hỗ trợ quý báu mà Việt Nam dành cho Lào trong nhiều năm qua."


def test_related_tail_and_signature() -> None:
    raw = (
        f"{S1}\n\n{S2}\n\n{S3}./.\n\n(TTXVN/Vietnam+)\n\nTin cùng chuyên mục\n\n"
        "Lào và Campuchia ký thỏa thuận\n\nNgày 2/4, hai nước đã ký thỏa thuận thương mại."
    )
    d = clean(raw, title="Việt Nam và Lào tăng cường hợp tác")
    assert_kept(d, S1, S2, S3)
    assert_gone(d, "Tin cùng chuyên mục", "Lào và Campuchia", "(TTXVN/Vietnam+)", "./.")
    assert d.source == "TTXVN/Vietnam+"
    assert "related-tail" in reasons(d) and "signature" in reasons(d)
    assert d.text.endswith("trong nhiều năm qua.")


@pytest.mark.parametrize(
    "teaser",
    ["Tin liên quan", "Bài liên quan:", "Xem thêm", "TIN LIÊN QUAN", "* Mời độc giả xem thêm",
     "Mời quý độc giả theo dõi các bản tin trên kênh của chúng tôi"],
)  # fmt: skip
def test_tail_headings(teaser: str) -> None:
    d = clean(f"{S1}\n{S2}\n{S3}\n{teaser}\nMột tiêu đề tin khác về Lào\nMột tiêu đề nữa")
    assert_kept(d, S1, S2, S3)
    assert_gone(d, teaser, "tiêu đề")


LONG1 = (
    "Phát biểu tại cuộc họp báo sau hội đàm, Bộ trưởng Ngoại giao Việt Nam cho biết hai nước sẽ "
    "sớm hoàn tất việc kết nối đường sắt và đường cao tốc giữa Hà Nội và Viêng Chăn."
)
LONG2 = (
    "Về phần mình, Ngoại trưởng Lào khẳng định Lào luôn coi trọng quan hệ đặc biệt với Việt Nam "
    "và sẵn sàng phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế trong thời gian tới."
)


def test_related_box_in_the_middle_keeps_the_rest_of_the_article() -> None:
    raw = "\n".join(
        [S1, S2, S3, "Tin liên quan", "Lào và Campuchia ký thỏa thuận", "Lào đăng cai ASEAN",
         LONG1, LONG2]
    )  # fmt: skip
    d = clean(raw)
    assert d.text == "\n".join([S1, S2, S3, LONG1, LONG2])
    assert reasons(d) == ["related-box"]


def test_related_tail_with_teasers_goes_to_the_end() -> None:
    raw = "\n".join(
        [S1, S2, S3, "Tin liên quan", "Lào và Campuchia ký thỏa thuận", LONG1,
         "Lào đăng cai ASEAN", LONG2]
    )  # fmt: skip
    d = clean(raw)
    assert d.text == "\n".join([S1, S2, S3])


def test_after_the_end_mark_a_tail_always_goes_to_the_end() -> None:
    raw = "\n".join([S1, S2, S3 + "/.", "Xem thêm", "Một tiêu đề", LONG1, LONG2])
    assert clean(raw).text == "\n".join([S1, S2, S3])


def test_tail_heading_at_the_top_only_drops_the_heading() -> None:
    d = clean(f"Tin liên quan\n{S1}\n{S2}")
    assert_kept(d, S1, S2)
    assert reasons(d) == ["related-heading"]


def test_glued_caption_with_title_repeated() -> None:
    title = "Việt Nam và Lào tăng cường hợp tác"
    raw = f"{S1}\n{title} ảnh 1Hai bộ trưởng tại cuộc hội đàm. (Ảnh: TTXVN)\n{S2}"
    d = clean(raw, title=title)
    assert d.text == f"{S1}\n{S2}"
    assert "ảnh 1" not in d.text


def test_photo_marker_alone_and_section_label() -> None:
    title = "Việt Nam và Lào tăng cường hợp tác"
    raw = f"Thế giới\n{title}\n{S1}\n{title} ảnh 1\nHai bộ trưởng bắt tay. (Ảnh: TTXVN)\n{S2}"
    d = clean(raw, title=title)
    assert d.text == f"{S1}\n{S2}"
    assert set(reasons(d)) == {"section-label", "title-repeat", "caption"}


def test_photo_marker_alone_then_caption_without_credit() -> None:
    title = "Việt Nam và Lào tăng cường hợp tác"
    d = clean(f"{S1}\n{title} ảnh 1\nHai bộ trưởng bắt tay sau cuộc hội đàm\n{S2}", title=title)
    assert d.text == f"{S1}\n{S2}"


def test_glued_caption_after_body_text_keeps_the_body() -> None:
    raw = (
        "Hai bên nhất trí mở rộng hợp tác song phương ảnh 1Hai bộ trưởng bắt tay. (Ảnh: TTXVN) "
        + S2
    )
    d = clean(raw, title="Một tiêu đề khác hẳn")
    assert_kept(d, "Hai bên nhất trí mở rộng hợp tác song phương", S2)
    assert_gone(d, "bắt tay", "Ảnh")


def test_caption_line_before_a_leading_credit() -> None:
    raw = (
        f"Ngoại trưởng Việt Nam và Ngoại trưởng Lào.\n(Nguồn: TTXVN) {S1}\n{S2}\n"
        "Quang cảnh cuộc hội đàm.\n(Ảnh: AFP)\n" + S3
    )
    d = clean(raw)
    assert d.text == f"{S1}\n{S2}\n{S3}"
    assert reasons(d).count("caption") == 2


def test_credits_and_captions_in_site_styles() -> None:
    raw = "\n".join(
        [
            S1,
            "Bộ trưởng phát biểu tại cuộc họp báo hồi tháng 3. Ảnh: Reuters",
            S2,
            "Tòa nhà Bộ Ngoại giao tại Viêng Chăn - Ảnh: AFP",
            "Hai bộ trưởng tại lễ ký ngày 3.4 /// ẢNH: REUTERS",
            "Quang cảnh cuộc hội đàm. (Ảnh: TTXVN) " + S3,
            "Ảnh minh họa: Reuters",
        ]
    )
    d = clean(raw)
    assert d.text == f"{S1}\n{S2}\n{S3}"


def test_caption_line_before_a_credit_line() -> None:
    cap = "Thủ tướng Việt Nam và Thủ tướng Lào tại lễ ký các văn kiện hợp tác ở Viêng Chăn."
    d = clean(f"{S1}\n{cap}\nẢnh: Dương Giang/TTXVN\n{S2}")
    assert d.text == f"{S1}\n{S2}"
    assert reasons(d) == ["caption", "photo"]


def test_photo_pointers_inside_sentences_keep_the_sentence() -> None:
    d = clean(
        f"Hợp đồng ký kết giữa hai bên (ảnh) khẳng định việc hợp tác lâu dài.\n{S1} (Ảnh minh họa)"
    )
    assert d.text == f"Hợp đồng ký kết giữa hai bên khẳng định việc hợp tác lâu dài.\n{S1}"
    assert reasons(d) == ["credit", "credit"]


def test_illustration_credit_alone_keeps_the_line_before() -> None:
    d = clean(f"{S1}\n(Ảnh minh họa: Internet)\n{S2}\nẢnh minh họa: Reuters\n{S3}")
    assert d.text == f"{S1}\n{S2}\n{S3}"


def test_source_citations_are_not_captions() -> None:
    body = "Kim ngạch thương mại hai nước đạt 2 tỷ USD trong năm 2023 (Nguồn: Bộ Công Thương)."
    d = clean(f"{S1}\n{body}\n{S2}")
    assert_kept(d, S1, body, S2)
    assert d.removed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Những lệnh trừng phạt đã gây ảnh hưởng lớn tới nền kinh tế Nga.",
        "Nguồn tin ngoại giao cho biết hai bên sẽ họp lại vào tháng tới.",
        "Theo dõi sát diễn biến, Bộ Ngoại giao đã liên lạc qua kênh ngoại giao.",
        "Ông cho rằng cần xem thêm các điều kiện trước khi ký hiệp định.",
        "Quan hệ Nga - ASEAN đang phát triển tốt.",
        "Hai nước ký 5 văn kiện [trong đó có một bản ghi nhớ về quốc phòng].",
        "Bình luận về việc này, ông nói: 'Chúng tôi hoan nghênh'.",
        "Thông tin chi tiết được đăng trên trang www.mofa.gov.vn của Bộ Ngoại giao vào tối 3/4.",
        "Chi tiết xem tại www.mofa.gov.vn.",
        "Hai bên chia sẻ quan điểm về an ninh khu vực.",
    ],
)
def test_article_sentences_are_never_dropped(sentence: str) -> None:
    d = clean(f"{S1}\n{sentence}\n{S2}")
    assert_kept(d, S1, sentence, S2)
    assert d.removed == []


@pytest.mark.parametrize(
    ("prefix", "source", "place", "published"),
    [
        ("VOV.VN - ", "VOV.VN", None, None),
        ("VOV.VN -\u00a0", "VOV.VN", None, None),
        ("(Dân trí) - ", "Dân trí", None, None),
        ("TTO - ", "TTO", None, None),
        ("TGVN. ", "TGVN", None, None),
        ("Thông tấn xã Việt Nam, Moscow - ", "Thông tấn xã Việt Nam", "Moscow", None),
        ("Hà Nội, 3/4 (TTXVN) - ", "TTXVN", "Hà Nội", "--04-03"),
        ("Viêng Chăn, 3/4/2024 (TTXVN) - ", "TTXVN", "Viêng Chăn", "2024-04-03"),
        ("Bắc Kinh 3/4 (TTXVN)- ", "TTXVN", "Bắc Kinh", "--04-03"),
        ("Moskva, ngày 3/4 (TTXVN) – ", "TTXVN", "Moskva", "--04-03"),
        ("Washington (Reuters) - ", "Reuters", "Washington", None),
    ],
)
def test_datelines(prefix: str, source: str, place: str | None, published: str | None) -> None:
    d = clean(f"{prefix}{S1}\n{S2}")
    assert d.text == f"{S1}\n{S2}"
    assert (d.source, d.dateline, d.published) == (source, place, published)


def test_metadata_wins_over_dateline() -> None:
    d = clean(f"Hà Nội, 3/4 (TTXVN) - {S1}", source="Báo X", published="2024-04-05T10:00:00Z")
    assert (d.source, d.published) == ("Báo X", "2024-04-05")


def test_no_dateline_without_an_outlet() -> None:
    line = "Hà Nội - Viêng Chăn là tuyến bay được hai bên nhất trí mở lại."
    d = clean(f"{line}\n{S2}")
    assert_kept(d, line)
    assert d.source is None and d.dateline is None


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Năm, 14/11/2024 09:15 (GMT+7)",
        "14/11/2024 09:15 GMT+7",
        "Cập nhật: 09:15 14/11/2024",
        "T5, 14.11.2024 | 09:15",
        "Chủ nhật, 14/11/2024 - 09:15",
    ],
)
def test_date_line_gives_published(line: str) -> None:
    d = clean(f"{line}\n{S1}\n{S2}")
    assert d.text == f"{S1}\n{S2}" and d.published == "2024-11-14"


@pytest.mark.parametrize(
    ("last", "byline", "source"),
    [
        ("Như Tâm (Theo Reuters, AFP)", "Như Tâm", "Reuters, AFP"),
        ("TUẤN SƠN (theo Yonhap)", "TUẤN SƠN", "Yonhap"),
        ("Minh Anh", "Minh Anh", None),
        ("Theo Reuters", None, "Reuters"),
        ("(Vietnam+)", None, "Vietnam+"),
        ("Minh Hiếu/VOV.VN (Theo Reuters)", "Minh Hiếu/VOV.VN", "Reuters"),
        ("Tin, ảnh: Văn Dũng", "Văn Dũng", None),
        ("Bài và ảnh: Thu Hà", "Thu Hà", None),
        ("Hồng Anh (TTXVN)", "Hồng Anh", "TTXVN"),
        ("Thanh Thảo\nTheo Reuters", "Thanh Thảo", "Reuters"),
        ("(PV)", "PV", None),
        ("Vietnam+", None, "Vietnam+"),
        ("Theo VOV.VN", None, "VOV.VN"),
    ],
)
def test_bylines_and_signatures(last: str, byline: str | None, source: str | None) -> None:
    d = clean(f"{S1}\n{S2}\n{last}")
    assert d.text == f"{S1}\n{S2}"
    assert d.meta.get("byline") == byline and d.source == source


def test_boilerplate_lines() -> None:
    raw = "\n".join(
        [
            "-----------------",
            S1,
            "Chia sẻ",
            "Theo dõi Báo Thử trên Google News",
            "* * *",
            S2,
            "[Lào và Việt Nam ký kết nhiều văn kiện hợp tác quan trọng]",
            ">> Lào và Campuchia thúc đẩy thương mại",
            "Tin liên quan: Lào đăng cai hội nghị ASEAN",
            "Nghe bài viết",
            "3 phút đọc",
            "Ảnh 2",
            "Nguồn: AFP",
            "Tin tức nguồn: http://tin.example.com/a?id=12#xyz",
            "doc tin tuc tin.example.com",
            "Xem thêm: Lào đăng cai hội nghị ASEAN",
            S3,
            "Tags: Lào, Việt Nam, ngoại giao",
        ]
    )
    d = clean(raw)
    assert d.text == f"{S1}\n{S2}\n{S3}"


def test_normalises_text_and_title_and_records_offsets() -> None:
    d = clean(
        "Hai nước cam kết hoà bình  ,  ổn định..\n\n\nThuỷ điện là trọng tâm .", title="Hoà  bình"
    )
    assert d.title == "Hòa bình"
    assert d.text == "Hai nước cam kết hòa bình, ổn định.\nThủy điện là trọng tâm."
    assert [d.text[p.start : p.end] for p in d.paragraphs] == d.text.split("\n")


def test_title_repeated_in_body_is_dropped() -> None:
    d = clean(
        f"Việt Nam và Lào tăng cường hợp tác\n{S1}", title="Việt Nam và Lào tăng cường hợp tác"
    )
    assert d.text == S1 and reasons(d) == ["title-repeat"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lào và Việt Nam ký thỏa thuận - VnExpress", "Lào và Việt Nam ký thỏa thuận"),
        ("Lào và Việt Nam ký thỏa thuận | Báo Thử", "Lào và Việt Nam ký thỏa thuận"),
        ("Nga - ASEAN: hợp tác mới", "Nga - ASEAN: hợp tác mới"),
        ("Lào và Việt Nam ký thỏa thuận | VTV.VN", "Lào và Việt Nam ký thỏa thuận"),
        ("Lào và Việt Nam ký thỏa thuận - Báo điện tử VOV", "Lào và Việt Nam ký thỏa thuận"),
        ("Quan hệ Nga - Ukraine", "Quan hệ Nga - Ukraine"),
    ],
)
def test_clean_title(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_empty_after_cleaning_is_rejected() -> None:
    st = CleanStage()
    out = list(st([Document(doc="x", raw="Tin liên quan\n-----\n(Ảnh: AFP)")]))
    assert out == [] and st.rejected[0].reason == "no article text left after cleaning"
    assert st.counts["rejected"] == 1
