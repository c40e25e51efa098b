"""Whole HTML pages in the layouts of several Vietnamese news sites (text written for the tests):
ingestion + cleaning keep every article paragraph and nothing of the page around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sukien.clean.stage import CleanStage
from sukien.document import Document
from sukien.ingest import read_paths

PAGES = Path(__file__).parent / "pages"

CASES = {
    "vnexpress_style": {
        "keep": [
            "Bộ trưởng Quốc phòng Mỹ và người đồng cấp Trung Quốc điện đàm lần đầu sau 18 tháng",
            "Chúng tôi cần giữ các kênh liên lạc mở",
            "giảm nguy cơ va chạm ngoài ý muốn",
        ],
        "drop": ["Ảnh: Reuters", "Lầu Năm Góc hồi tháng 3", "Như Tâm", "Tin liên quan",
                 "Hy vọng hai nước", "Tags", "Chia sẻ", "Trang chủ", "Copyright"],
        "meta": ("VnExpress", "2024-04-16"),
    },
    "tuoitre_style": {
        "keep": ["Ngày 5-3, Bộ Ngoại giao Pháp thông báo trục xuất",
                 "Tehran lập tức bác bỏ cáo buộc", "Quan hệ giữa Pháp và Iran căng thẳng"],
        "drop": ["TTO -", "Ảnh: AFP", "Tòa nhà Bộ Ngoại giao Pháp", "Đọc tiếp",
                 "Iran và châu Âu nối lại", "MINH ANH", "TỪ KHÓA", "05/03/2024"],
        "meta": ("TUOI TRE ONLINE", "2024-03-05"),
    },
    "vietnamplus_style": {
        "keep": ["Hai bên nhất trí tiếp tục dành cho nhau các suất học bổng",
                 "đào tạo hơn 16.000 lưu học sinh Lào", "dạy và học tiếng Việt tại Lào."],
        "drop": ["ảnh 1", "Minh Sơn", "[Việt Nam và Lào ký kế hoạch", "./.", "Tin cùng chuyên mục",
                 "Lào và Campuchia thúc đẩy"],
        "meta": (None, "2024-04-03"),
    },
    "vov_style": {
        "keep": ["Bộ Quốc phòng Nga ngày 1/6 cáo buộc Ukraine",
                 "hàng nghìn hộ dân bị mất điện", "ngừng cung cấp vũ khí tầm xa cho Ukraine."],
        "drop": ["VOV.VN -", "Ảnh minh họa", "Tin liên quan", "Ukraine tuyên bố bắn hạ",
                 "Minh Hiếu", "Mời quý độc giả", "Tin cùng chuyên mục"],
        "meta": (None, "2024-06-02"),
    },
    "dantri_style": {
        "keep": ["Philippines triệu tập đại diện sứ quán Trung Quốc",
                 "khiến một thủy thủ bị thương nhẹ", "bằng biện pháp hòa bình."],
        "drop": ["(Dân trí)", "Ảnh: Reuters", "phun vòi rồng (", "Thanh Thảo", "Theo Reuters",
                 "Tags", "Có thể bạn quan tâm"],
        "meta": (None, "2024-09-24"),
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Document]:
    stage = CleanStage()
    out = {}
    for item in read_paths([str(PAGES)]):
        assert isinstance(item, Document), item
        d = stage.process(item)
        assert d is not None
        out[d.doc] = d
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_page(cleaned: dict[str, Document], name: str) -> None:
    d, case = cleaned[name], CASES[name]
    for s in case["keep"]:
        assert s in d.text, f"{name}: dropped {s!r}\n{d.text}"
    for s in case["drop"]:
        assert s not in d.text, f"{name}: kept {s!r}\n{d.text}"
    source, published = case["meta"]
    if source:
        assert d.source == source
    assert d.published == published
