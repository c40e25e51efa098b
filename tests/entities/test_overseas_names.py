"""Older, Sino-Vietnamese and overseas names of states and organisations (vietbao, nguoi-viet,
VOA/RFA/BBC Vietnamese, older national press): "Hồi Quốc" is Pakistan, "Liên Âu" the EU,
"Minh ước Bắc Đại Tây Dương" NATO. Forms that are also ordinary words or names ("Nam Dương",
"Ba Tư", "Mã Lai") are the state only where the context allows."""

from __future__ import annotations

import pytest

from sukien.document import Document, Event
from sukien.entities.stage import extract_entities
from sukien.events.coder import Coder
from sukien.pipeline import load_stage


def ids(text: str) -> dict[str, str | None]:
    return {e.text: e.id for e in extract_entities(Document(doc="t", text=text))}


@pytest.mark.parametrize(
    ("text", "name", "eid"),
    [
        ("Ngoại trưởng Hồi Quốc đến thăm thủ đô Kabul.", "Hồi Quốc", "GPE:PAK"),
        ("Phái đoàn của A Phú Hãn rời hội nghị sớm.", "A Phú Hãn", "GPE:AFG"),
        ("Khối Liên Âu họp bàn về ngân sách chung.", "Khối Liên Âu", "ORG:EU"),
        ("Các nước Liên Âu đồng ý gia hạn lệnh cấm vận.", "Liên Âu", "ORG:EU"),
        ("Quân đội Nga Sô tập trận gần biên giới.", "Nga Sô", "GPE:RUS"),
        ("Đội tuyển Ba Tây thắng đậm trên sân nhà.", "Ba Tây", "GPE:BRA"),
        ("Lạm phát tại Á Căn Đình lên mức kỷ lục.", "Á Căn Đình", "GPE:ARG"),
        ("Quốc hội Hung Gia Lợi thông qua luật mới.", "Hung Gia Lợi", "GPE:HUN"),
        ("Chính phủ Lỗ Ma Ni tăng chi tiêu quốc phòng.", "Lỗ Ma Ni", "GPE:ROU"),
        ("Thủ tướng Cao Miên đi thăm vùng biên giới.", "Cao Miên", "GPE:KHM"),
        ("Giá trà Tích Lan tăng mạnh trong quý này.", "Tích Lan", "GPE:LKA"),
        ("Tổng thống Nam Dương kêu gọi bình tĩnh.", "Nam Dương", "GPE:IDN"),
        ("Ngoại trưởng Phú Lang Sa và Y Pha Nho gặp nhau.", "Phú Lang Sa", "GPE:FRA"),
        ("Ngoại trưởng Phú Lang Sa và Y Pha Nho gặp nhau.", "Y Pha Nho", "GPE:ESP"),
        ("Thủ tướng Tân Tây Lan thăm Xiêm La.", "Xiêm La", "GPE:THA"),
        (
            "Minh ước Bắc Đại Tây Dương tăng quân ở sườn đông.",
            "Minh ước Bắc Đại Tây Dương",
            "ORG:NATO",
        ),
        ("Hội Hồng Thập Tự Quốc tế gửi hàng cứu trợ.", "Hội Hồng Thập Tự Quốc tế", "ORG:ICRC"),
        ("Tổ chức Mậu dịch Thế giới xem xét đơn kiện.", "Tổ chức Mậu dịch Thế giới", "ORG:WTO"),
        (
            "Cơ quan Nguyên tử năng Quốc tế cử thanh sát viên.",
            "Cơ quan Nguyên tử năng Quốc tế",
            "ORG:IAEA",
        ),
    ],
)
def test_older_name_is_the_state_or_organisation(text: str, name: str, eid: str) -> None:
    assert ids(text).get(name) == eid


def test_ambiguous_older_names_without_the_state_sense() -> None:
    # a person's name, a language, a peninsula: no state
    got = ids("Nhà thơ Nguyễn Nam Dương vừa ra mắt tập thơ mới.")
    assert "GPE:IDN" not in got.values()
    got = ids("Cô ấy theo học tiếng Ba Tư ở một trường đại học.")
    assert "GPE:IRN" not in got.values()
    got = ids("Tàu cá đánh bắt ngoài khơi bán đảo Mã Lai suốt tháng qua.")
    assert "GPE:MYS" not in got.values()


@pytest.fixture(scope="module")
def code():  # noqa: ANN201
    stages = [load_stage(n)() for n in ("nlp", "entities", "values")]
    coder = Coder()

    def run(text: str) -> list[Event]:
        doc = Document(doc="t", text=text, published="2024-03-15")
        for st in stages:
            doc = st.process(doc)
        return coder.code(doc)

    return run


def _keys(events: list[Event]) -> set[tuple[str, str, str]]:
    return {
        (e.type, e.actor.code or "", e.recipient.code or "")
        for e in events
        if e.actor is not None and e.recipient is not None
    }


def test_events_between_older_names(code) -> None:  # noqa: ANN001
    keys = _keys(code("Hung Gia Lợi cam kết hợp tác năng lượng với Lỗ Ma Ni."))
    assert any(a == "HUN" and b == "ROU" for _, a, b in keys)
    keys = _keys(code("Khối Liên Âu tuyên bố trừng phạt Nga Sô vì cuộc chiến tại Ukraine."))
    assert any(a == "EU" and b == "RUS" for _, a, b in keys)
