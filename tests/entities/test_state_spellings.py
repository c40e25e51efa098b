"""State names in every spelling the press uses: each one is read as its own state, never as a
state whose name it contains ("Nam Xu-đăng" is South Sudan, not Sudan)."""

from __future__ import annotations

import re

import pytest

from sukien.entities.gazetteer import gazetteer
from sukien.entities.kb import kb
from sukien.entities.text import words

_DIRECTION = ("Nam", "Bắc", "Đông", "Tây")


def _states() -> list:
    return [e for e in kb().entries.values() if e.type == "GPE"]


def _state_hits(text: str) -> list[tuple[str, list[str | None]]]:
    hits = [h for h in gazetteer().find(text, words(text)) if h.kind == "E"]
    return [(text[h.start : h.end], [x.code for x in h.entries]) for h in hits]


def test_every_state_name_is_read_as_its_own_state() -> None:
    bad = []
    for e in _states():
        for a in (e.name, *e.aliases):
            if re.search(r"[,()]", a):
                continue  # "Đài Loan (Trung Quốc)": two names
            got = _state_hits(f"Phái đoàn {a} đến.")
            if len(got) != 1 or got[0][0] != a or e.code not in got[0][1]:
                bad.append((e.code, a, got))
    assert not bad


def test_a_direction_and_a_state_name_give_every_spelling() -> None:
    """A state named "Nam/Bắc/Đông/Tây" + another state's name (Nam Sudan) is known under that
    direction with each one-word spelling of the other state (Nam Xu-đăng)."""
    states = _states()
    owner = {a: e.code for e in states for a in (e.name, *e.aliases)}
    missing = []
    for e in states:
        names = set((e.name, *e.aliases))
        for a in names:
            head, _, rest = a.partition(" ")
            other = owner.get(rest)
            if head not in _DIRECTION or other in (None, e.code):
                continue
            for b in (x.name, *x.aliases) if (x := kb().get(other)) else ():
                if (
                    " " not in b
                    and b[:1].isupper()
                    and not b.isupper()
                    and f"{head} {b}" not in names
                ):
                    missing.append((e.code, f"{head} {b}"))
    assert not missing


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Trung Quốc viện trợ lương thực cho Nam Xu-đăng.", "SSD"),
        ("Chính phủ Xu-đăng ra tuyên bố.", "SDN"),
        ("Đoàn đại biểu Ghi-nê Bít-xao tới dự.", "GNB"),
        ("Đoàn đại biểu Ghi-nê Xích đạo tới dự.", "GNQ"),
        ("Đoàn đại biểu Pa-pua Niu Ghi-nê tới dự.", "PNG"),
        ("Đoàn đại biểu Ghi-nê tới dự.", "GIN"),
        ("Đại sứ Cốt Đi-voa trình quốc thư.", "CIV"),
        ("Tổng thống Dim-ba-bu-ê phát biểu.", "ZWE"),
        ("Quân đội Cô-xta Ri-ca được giải thể từ lâu.", "CRI"),
        ("Ngoại trưởng Bô-li-vi-a lên tiếng.", "BOL"),
        ("Cư-rơ-gư-xtan và Tát-gi-ki-xtan đàm phán về biên giới.", "KGZ"),
        ("Cư-rơ-gư-xtan và Tát-gi-ki-xtan đàm phán về biên giới.", "TJK"),
        ("Cộng hòa Dân chủ Công-gô kêu gọi ngừng bắn.", "COD"),
        ("Lúc-xăm-bua và Bỉ ký hiệp định.", "LUX"),
        ("Ni-giê và Ni-giê-ri-a họp bàn về an ninh.", "NER"),
        ("Ni-giê và Ni-giê-ri-a họp bàn về an ninh.", "NGA"),
    ],
)
def test_phonetic_state_names(sentence: str, code: str) -> None:
    codes = {c for _, cs in _state_hits(sentence) for c in cs}
    assert code in codes
    if code == "SSD":
        assert "SDN" not in codes


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("Tên lửa rơi xuống Biển Nhật Bản.", "Biển Nhật Bản", None),
        ("Tàu chiến đi qua eo biển Đài Loan.", "eo biển Đài Loan", None),
        ("Căng thẳng trên Bán đảo Triều Tiên gia tăng.", "Bán đảo Triều Tiên", None),
        ("Ngư dân đánh cá ở vịnh Thái Lan.", "vịnh Thái Lan", None),
        ("Tàu hàng neo đậu ở Bắc Síp.", "Bắc Síp", None),
        # Japanese waters and the Philippine coast guard are the states' own
        ("Tàu lạ xâm nhập vùng biển Nhật Bản.", "Nhật Bản", "JPN"),
        ("Tàu bảo vệ bờ biển Philippines bị chặn.", "Philippines", "PHL"),
    ],
)
def test_seas_named_after_a_state_are_places(sentence: str, name: str, code: str | None) -> None:
    hits = dict(_state_hits(sentence))
    assert name in hits
    assert (code in hits[name]) if code else not any(c and len(c) == 3 for c in hits[name])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Phái đoàn tới Giu-ba hôm thứ Hai.", "Giu-ba"),
        ("Phái đoàn tới Khác-tum hôm thứ Hai.", "Khác-tum"),
        ("Phái đoàn tới Na-i-rô-bi hôm thứ Hai.", "Na-i-rô-bi"),
        ("Phái đoàn tới Pra-ha hôm thứ Hai.", "Pra-ha"),
        ("Phái đoàn tới Bây-rút hôm thứ Hai.", "Bây-rút"),
    ],
)
def test_phonetic_capitals_are_places(sentence: str, name: str) -> None:
    text = sentence
    hits = [h for h in gazetteer().find(text, words(text)) if h.kind == "E"]
    assert [text[h.start : h.end] for h in hits] == [name]
    assert hits[0].entries[0].type == "LOC" and hits[0].entries[0].country
