"""One real local Ray cluster for the whole session, and a small corpus we wrote ourselves.

Ray costs 8–14 s to start and stop here (ENVIRONMENT.md §8), so every Ray test shares one
session-scoped cluster (2 CPUs, no dashboard, no progress bars); tests skip when the ``ray``
extra is not installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ARTICLES = {
    # a full name (made up) read first: later articles say only "ông Whitcombe", which the
    # entity stage's people memory links to it
    "dai-su.txt": (
        "Đại sứ Australia tiếp đoàn doanh nghiệp Việt Nam\n\n"
        "HÀ NỘI - Đại sứ Australia tại Việt Nam Daniel Whitcombe đã tiếp đoàn doanh nghiệp Việt "
        "Nam tại Hà Nội hôm thứ Ba. Hai bên trao đổi về chuỗi cung ứng linh kiện điện tử.\n"
    ),
    "viet-nhat.txt": (
        "Việt Nam và Nhật Bản thúc đẩy hợp tác năng lượng sạch\n\n"
        "HÀ NỘI - Ngày 12/3/2024, Thủ tướng Việt Nam đã tiếp Bộ trưởng Ngoại giao Nhật Bản tại "
        "Hà Nội. Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng sạch và hạ tầng "
        "giao thông.\n\n"
        "Phía Nhật Bản cam kết cung cấp khoản vay ưu đãi trị giá 500 triệu USD cho các dự án "
        "đường sắt đô thị tại Việt Nam trong năm 2025.\n\n"
        "Theo ông Whitcombe, doanh nghiệp Australia cũng quan tâm tới các dự án này.\n"
    ),
    # nearly the same article from another outlet: dedup must mark it whatever worker reads it
    "viet-nhat-lai.txt": (
        "Việt Nam, Nhật Bản thúc đẩy hợp tác năng lượng sạch\n\n"
        "HÀ NỘI - Ngày 12/3/2024, Thủ tướng Việt Nam đã tiếp Bộ trưởng Ngoại giao Nhật Bản tại "
        "Hà Nội. Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng sạch và hạ tầng "
        "giao thông.\n\n"
        "Phía Nhật Bản cam kết cung cấp khoản vay ưu đãi trị giá 500 triệu USD cho các dự án "
        "đường sắt đô thị tại Việt Nam trong năm tới.\n\n"
        "Theo ông Whitcombe, doanh nghiệp Australia cũng quan tâm tới các dự án này.\n"
    ),
    "nga-eu.txt": (
        "Nga phản đối lệnh trừng phạt mới của Liên minh châu Âu\n\n"
        "MOSKVA - Bộ Ngoại giao Nga hôm thứ Hai tuyên bố phản đối gói trừng phạt mới mà Liên "
        "minh châu Âu vừa thông qua. Người phát ngôn cho biết Nga sẽ có biện pháp đáp trả "
        "tương xứng.\n"
    ),
    "asean.txt": (
        "ASEAN họp bàn về an ninh hàng hải\n\n"
        "JAKARTA - Các ngoại trưởng ASEAN ngày 5/6/2024 đã nhóm họp tại Jakarta để thảo luận "
        "về tình hình Biển Đông. Indonesia kêu gọi các bên kiềm chế và tôn trọng luật pháp "
        "quốc tế.\n\n"
        "Philippines và Việt Nam ủng hộ việc sớm hoàn tất Bộ quy tắc ứng xử trên Biển Đông.\n"
    ),
}

JSONL_RECORDS = [
    {
        "id": "hq-1",
        "title": "Hàn Quốc và Mỹ tập trận chung",
        "text": "SEOUL - Quân đội Hàn Quốc và Mỹ ngày 18/8/2024 bắt đầu cuộc tập trận chung "
        "kéo dài mười ngày. Triều Tiên lên án cuộc tập trận là hành động khiêu khích.",
        "published": "2024-08-18",
    },
    {
        "id": "tq-2",
        "title": "Trung Quốc cử phái đoàn thương mại tới Lào",
        "text": "VIÊNG CHĂN - Một phái đoàn thương mại của Trung Quốc đã tới Lào để ký kết các "
        "thỏa thuận về nông nghiệp và đường sắt. Chính phủ Lào hoan nghênh chuyến thăm.",
    },
]


def write_corpus(root: Path) -> Path:
    """Five articles (two near-duplicates), a JSON-lines file with a bad line, bad files."""
    corpus = root / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for name, text in ARTICLES.items():
        where = corpus / "sub" if name == "asean.txt" else corpus
        (where / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in JSONL_RECORDS] + ["{không phải JSON"]
    (corpus / "tin.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "hong.txt").write_bytes(b"\xff\xfe\x00\xd8\x00\x00 binary")
    (corpus / "rong.txt").write_bytes(b"")
    return corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale"))


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    """A real 2-CPU local Ray cluster shared by every test that asks for it."""
    pytest.importorskip("ray.data", reason="the ray extra is not installed")
    from sukien.scale.session import ray_session

    with ray_session(num_cpus=2):
        yield
