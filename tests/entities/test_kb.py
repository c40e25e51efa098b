"""The knowledge-base files: format, codes, and the names Vietnamese news uses."""

from __future__ import annotations

import re

import pytest

from sukien.entities.kb import KB_DIR, actor_code, kb
from sukien.entities.text import norm_key

COLUMNS = {
    "states.tsv": 9,
    "cities.tsv": 6,
    "places_vi.tsv": 7,
    "organisations.tsv": 7,
    "people.tsv": 5,
    "roles.tsv": 4,
    "professions.tsv": 3,
    "govbodies.tsv": 3,
    "state_aliases.tsv": 4,
    "cues.tsv": 2,
    "given_names.tsv": 2,
}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_tsv_format(name: str) -> None:
    lines = (KB_DIR / name).read_text(encoding="utf-8").splitlines()
    assert lines, name
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) <= COLUMNS[name], f"{name}:{n}: {len(cols)} columns"
        assert cols[0].strip(), f"{name}:{n}: empty first column"
        assert line == line.strip("\r"), f"{name}:{n}: CR"
        for c in cols:
            assert c == c.strip(), f"{name}:{n}: stray spaces in {c!r}"
            assert "||" not in c and not c.startswith("|"), f"{name}:{n}: empty alias in {c!r}"


def test_codes_are_documented_upper_case() -> None:
    base = kb()
    for e in base.entries.values():
        if e.type in ("GPE", "ORG"):
            assert e.code and re.fullmatch(r"[A-Z0-9_+]+", e.code), e
        if e.country:
            assert re.fullmatch(r"[A-Z0-9_]+", e.country), e
    states = [e for e in base.entries.values() if e.type == "GPE"]
    assert len(states) >= 240
    assert all(re.fullmatch(r"[A-Z]{3}", e.code or "") for e in states)


def test_people_and_places_are_well_formed() -> None:
    base = kb()
    for e in base.entries.values():
        if e.type == "LOC":
            assert e.lat is not None and -90 <= e.lat <= 90, e
            assert e.lon is not None and -180 <= e.lon <= 180, e
        if e.type == "PER":
            assert e.country and (base.state(e.country) or base.get(e.country)), e
            assert e.years and re.fullmatch(r"(\d{4})?-(\d{4})?(\|\d{4}-(\d{4})?)*", e.years), e


@pytest.mark.parametrize(
    ("alias", "eid"),
    [
        ("Mỹ", "GPE:USA"),
        ("Hoa Kỳ", "GPE:USA"),
        ("Vương quốc Anh", "GPE:GBR"),
        ("CHDCND Triều Tiên", "GPE:PRK"),
        ("Bắc Triều Tiên", "GPE:PRK"),
        ("Nam Triều Tiên", "GPE:KOR"),
        ("Đông Timor", "GPE:TLS"),
        ("Timor Leste", "GPE:TLS"),
        ("Ukraina", "GPE:UKR"),
        ("Liên bang Nga", "GPE:RUS"),
        ("Miến Điện", "GPE:MMR"),
        ("Campuchia", "GPE:KHM"),
        ("Mát-xcơ-va", "LOC:moscow"),
        ("Moskva", "LOC:moscow"),
        ("Bình Nhưỡng", "LOC:pyongyang"),
        ("Kyiv", "LOC:kyiv"),
        ("Bắc Kinh", "LOC:beijing"),
        ("Liên minh Á-Âu kinh tế", "ORG:EAEU"),
        ("Liên minh kinh tế Á - Âu", "ORG:EAEU"),
        ("Tổ chức Hợp tác Thượng Hải", "ORG:SCO"),
        ("TTXVN", "ORG:VNA"),
        ("Tân Hoa xã", "ORG:XINHUA"),
        ("Nhà Trắng", "ORG:WHITEHOUSE"),
        ("Lầu Năm Góc", "ORG:PENTAGON"),
        ("Vladimir Putin", "PER:vladimir-putin"),
        ("Lý Hiển Long", "PER:lee-hsien-loong"),
    ],
)
def test_aliases(alias: str, eid: str) -> None:
    assert eid in [e.id for e in kb().lookup(alias)]


def test_every_cldr_name_is_an_alias() -> None:
    from babel import Locale

    base = kb()
    cldr = Locale("vi").territories
    rows = (KB_DIR / "states.tsv").read_text(encoding="utf-8").splitlines()[2:]
    for row in rows:
        a2, a3 = row.split("\t")[:2]
        ids = [e.id for _, e in base.by_key.get(norm_key(cldr[a2]), [])]
        assert f"GPE:{a3}" in ids, f"{a2} {cldr[a2]}"


def test_actor_code() -> None:
    base = kb()
    assert actor_code(base.get("RUS")) == "RUS"
    assert actor_code(base.get("ASEAN")) == "ASEAN"
    assert actor_code(base.get("VNA")) is None  # media never act
    assert actor_code(base.get("PER:vladimir-putin")) == "RUS"
    assert actor_code(base.get("LOC:moscow")) == "RUS"  # a capital stands for its government
    assert actor_code(base.get("LOC:sochi")) is None
    # a seat named for what it governs ("acts as" in places_vi.tsv), its kind kept
    assert actor_code(base.get("LOC:brussels")) == "EU"
    assert actor_code(base.get("LOC:tel-aviv")) == "ISR"
    assert base.get("LOC:tel-aviv").kind == "city"
    assert base.get("KREMLIN").country == "RUS"


def test_cue_lists_are_lower_case_words() -> None:
    for line in (KB_DIR / "cues.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, words = line.split("\t")
        for w in words.split("|"):
            assert w and w == w.strip(), (name, w)
            if name not in ("state_short",):
                assert w == w.lower(), (name, w)


def test_api_lookup_and_code() -> None:
    from sukien.entities import by_code, lookup

    assert by_code("asean").id == "ORG:ASEAN"
    assert by_code("RUS").name == "Nga"
    assert [e.id for e in lookup("Tân Hoa Xã")] == ["ORG:XINHUA"]
    assert lookup("không có tên này") == []


@pytest.mark.parametrize(
    ("alias", "country", "role"),
    [
        ("Federica Mogherini", "EU", "high representative"),
        ("Ngô Xuân Lịch", "VNM", "defence minister"),
        ("Thường Vạn Toàn", "CHN", "defence minister"),
        ("Hollande", "FRA", "president"),
        ("Jensen Huang", "USA", "chief executive"),
    ],
)
def test_leaders_and_business_people(alias: str, country: str, role: str) -> None:
    got = [e for e in kb().lookup(alias) if e.type == "PER"]
    assert got and (got[0].country, got[0].role) == (country, role), got


@pytest.mark.parametrize(
    ("alias", "country"),
    [("Nam Kinh", "CHN"), ("Idlib", "SYR"), ("Fallujah", "IRQ"), ("Bakhmut", "UKR")],
)
def test_places_of_world_news(alias: str, country: str) -> None:
    got = [e for e in kb().lookup(alias) if e.type == "LOC"]
    assert got and got[0].country == country, got


def test_given_names_are_lower_case_and_leave_out_place_names() -> None:
    from sukien.entities.lexicon import GIVEN_NAMES

    assert {"andrew", "norbert", "sergei", "carlos"} <= GIVEN_NAMES
    assert all(n == n.lower() and " " not in n for n in GIVEN_NAMES)
    assert not {"jordan", "georgia", "victoria", "sydney", "chad", "israel"} & GIVEN_NAMES
