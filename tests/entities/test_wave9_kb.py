"""Wave 9 knowledge-base breadth: leaders, ministers, heads of international organisations and
armed groups of 2010-2025 resolve to the state or organisation they act for."""

from __future__ import annotations

import pytest

from sukien.document import Document, Entity
from sukien.entities.kb import actor_code, kb
from sukien.entities.stage import extract_entities


def ents(text: str) -> list[Entity]:
    return extract_entities(Document(doc="t", text=text))


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.id, e.country) for e in ents(text) if e.type == "PER"}


@pytest.mark.parametrize(
    ("text", "name", "pid", "country"),
    [
        (
            "Năm 2012, Thủ tướng Yoshihiko Noda tuyên bố sẽ giải tán Hạ viện.",
            "Yoshihiko Noda",
            "PER:yoshihiko-noda",
            "JPN",
        ),
        (
            "Ông Hailemariam Desalegn từng tiếp đoàn đại biểu cấp cao tại Addis Ababa.",
            "Hailemariam Desalegn",
            "PER:hailemariam-desalegn",
            "ETH",
        ),
        (
            "Phát ngôn viên quân sự Yahya Saree nói nhóm vừa phóng thêm tên lửa.",
            "Yahya Saree",
            "PER:yahya-saree",
            "HOUTHI",
        ),
        (
            "Theo ông Mohamed Bazoum, quân đội đã siết chặt kiểm soát vùng biên giới.",
            "Mohamed Bazoum",
            "PER:mohamed-bazoum",
            "NER",
        ),
        (
            "Chủ tịch Quốc hội Nguyễn Sinh Hùng phát biểu khai mạc kỳ họp.",
            "Nguyễn Sinh Hùng",
            "PER:nguyen-sinh-hung",
            "VNM",
        ),
        (
            "Ông Trương Đức Giang hội kiến đoàn khách nước ngoài tại Bắc Kinh.",
            "Trương Đức Giang",
            "PER:zhang-dejiang",
            "CHN",
        ),
        (
            "Tướng Khalifa Haftar tới Moscow hôm thứ Hai.",
            "Khalifa Haftar",
            "PER:khalifa-haftar",
            "LNA",
        ),
    ],
)
def test_new_people_resolve_to_their_state(text: str, name: str, pid: str, country: str) -> None:
    assert people(text)[name] == (pid, country)


def test_years_hold_the_term_in_office() -> None:
    base = kb()
    # a past office keeps its term, a current one is open-ended, two terms are listed
    assert base.get("PER:yoshihiko-noda").years == "2011-2012"
    assert base.get("PER:mohamed-muizzu").years == "2023-"
    assert base.get("PER:itsunori-onodera").years == "2012-2014|2017-2018"
    assert actor_code(base.get("PER:amir-khan-muttaqi")) == "TALIBAN"
    assert actor_code(base.get("PER:gianni-infantino")) == "FIFA"


def test_a_hyphenated_spelling_keeps_the_whole_name() -> None:
    got = people("Thủ tướng Iraq Adil Abdul-Mahdi đề nghị các bên kiềm chế.")
    assert got == {"Adil Abdul-Mahdi": ("PER:adel-abdul-mahdi", "IRQ")}


def test_a_ministry_before_a_known_vietnamese_official_is_viet_nams() -> None:
    es = ents("Đi cùng có Bộ trưởng Bộ Công Thương Trần Tuấn Anh và nhiều doanh nghiệp.")
    orgs = {e.text: (e.id, e.country) for e in es if e.type == "ORG"}
    assert orgs["Bộ Công Thương"] == ("ORG:MOIT_VNM", "VNM")


@pytest.mark.parametrize(
    ("text", "oid", "actor"),
    [
        ("Phái bộ Liên hợp quốc tại Nam Sudan tăng cường tuần tra.", "ORG:UNMISS", "UN"),
        ("Binh sĩ AMISOM đẩy lui một cuộc tấn công ở miền nam.", "ORG:AMISOM", "AU"),
        ("Lãnh đạo Cộng hòa Nhân dân Donetsk ra thông báo mới.", "ORG:DPR", "DPR"),
        ("Quân đội Giải phóng Baloch nhận trách nhiệm vụ tấn công.", "ORG:BLA", "BLA"),
        ("Cộng đồng Caribe (CARICOM) họp thượng đỉnh tuần này.", "ORG:CARICOM", "CARICOM"),
    ],
)
def test_new_organisations(text: str, oid: str, actor: str) -> None:
    got = {e.id for e in ents(text) if e.type == "ORG"}
    assert oid in got
    assert actor_code(kb().get(oid)) == actor


def test_vietnamese_press_spellings() -> None:
    got = people(
        "Thủ tướng Hun Xen tiếp Tổng thống B. Ô-ba-ma; Chủ tịch nước Lào Thoong-lun Xi-xu-lít "
        "và Tổng thư ký Gu-tê-rét gửi điện mừng."
    )
    assert got["Hun Xen"] == ("PER:hun-sen", "KHM")
    assert got["B. Ô-ba-ma"] == ("PER:barack-obama", "USA")
    assert got["Thoong-lun Xi-xu-lít"] == ("PER:thongloun-sisoulith", "LAO")
    assert got["Gu-tê-rét"] == ("PER:antonio-guterres", "UN")
