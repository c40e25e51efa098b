"""Knowledge-base entries for actors and places of 2015-2026 world news (wars, talks, envoys)."""

from __future__ import annotations

import pytest

from sukien.document import Document
from sukien.entities.kb import kb
from sukien.entities.stage import extract_entities


@pytest.mark.parametrize(
    ("alias", "country", "role"),
    [
        ("Eyal Zamir", "ISR", "chief of staff"),
        ("Smotrich", "ISR", "finance minister"),
        ("Ali Larijani", "IRN", "security council secretary"),
        ("Khalil al-Hayya", "HAMAS", "leader"),
        ("Nebenzia", "RUS", "ambassador"),
        ("Kirill Dmitriev", "RUS", "special envoy"),
        ("Keith Kellogg", "USA", "special envoy"),
        ("Quách Gia Côn", "CHN", "spokesperson"),
        ("María Corina Machado", "VEN", "opposition leader"),
    ],
)
def test_people_of_recent_world_news(alias: str, country: str, role: str) -> None:
    got = [e for e in kb().lookup(alias) if e.type == "PER"]
    assert got and (got[0].country, got[0].role) == (country, role), got


@pytest.mark.parametrize(
    ("alias", "eid", "country"),
    [
        ("Wells Fargo", "ORG:WELLSFARGO", "USA"),
        ("Roscosmos", "ORG:ROSCOSMOS", "RUS"),
        ("Lực lượng Vũ trang Sudan", "ORG:SAF", "SDN"),
        ("Quân đoàn châu Phi", "ORG:AFRICACORPS", "RUS"),
        ("Hội Trăng lưỡi liềm đỏ Palestine", "ORG:PRCS", "PSE"),
        ("Jenin", "LOC:jenin", "PSE"),
        ("Thượng Karabakh", "LOC:nagorno-karabakh", "AZE"),
        ("Fordow", "LOC:fordow", "IRN"),
        ("kênh đào Panama", "LOC:panama-canal", "PAN"),
    ],
)
def test_organisations_and_places(alias: str, eid: str, country: str) -> None:
    got = [e for e in kb().lookup(alias) if e.id == eid]
    assert got and got[0].country == country, kb().lookup(alias)


def test_coast_guard_of_a_state_is_its_body() -> None:
    es = extract_entities(
        Document(doc="t", text="Tàu Hải cảnh Trung Quốc đã phun vòi rồng vào tàu Philippines.")
    )
    got = {e.text: e.code for e in es if e.type == "ORG"}
    assert got == {"Hải cảnh Trung Quốc": "CG_CHN"}


@pytest.mark.parametrize(
    ("alias", "eid"),
    [
        ("Văn phòng Điều phối các vấn đề nhân đạo LHQ", "ORG:OCHA"),
        ("Cơ quan Cứu trợ và Việc làm LHQ cho người tị nạn Palestine", "ORG:UNRWA"),
        ("Tổ chức Lương thực và Nông nghiệp của Liên Hợp Quốc", "ORG:FAO"),
        ("Hội đồng Bảo an Liên Hiệp Quốc", "ORG:UNSC"),
        ("Ủy hội sông Mekong", "ORG:MRC"),
    ],
)
def test_united_nations_bodies_under_every_spelling_of_the_un(alias: str, eid: str) -> None:
    assert eid in [e.id for e in kb().lookup(alias)]
