"""Gaps seen on unseen world news: separators inside aliases, short forms, given names, pronouns."""

from __future__ import annotations

from sukien.document import Document, Entity
from sukien.entities.stage import extract_entities


def ents(text: str) -> list[Entity]:
    return extract_entities(Document(doc="t", text=text))


def spans(text: str, typ: str) -> dict[str, str | None]:
    return {e.text: e.id for e in ents(text) if e.type == typ}


def test_alias_does_not_match_across_a_dash() -> None:
    # "Nam Hàn" (South Korea) and "Trung Mỹ" (Central America) must not be read across " - "
    got = spans("Trận đấu giữa Việt Nam - Hàn Quốc diễn ra tối thứ Bảy ở Bangkok.", "GPE")
    assert got == {"Việt Nam": "GPE:VNM", "Hàn Quốc": "GPE:KOR"}
    es = ents("Giới phân tích cho rằng quan hệ Trung - Mỹ sẽ còn căng thẳng trong năm tới.")
    assert {(e.text, e.id) for e in es} == {("Trung", "GPE:CHN"), ("Mỹ", "GPE:USA")}


def test_alias_does_not_match_across_a_full_stop() -> None:
    got = spans("Đoàn khách thăm Việt Nam. Hàn Quốc cử thêm một đoàn vào tháng tới.", "GPE")
    assert got == {"Việt Nam": "GPE:VNM", "Hàn Quốc": "GPE:KOR"}


def test_dashed_aliases_and_hyphenated_names_still_match() -> None:
    es = ents("Ông Kim Jong-un tiếp đoàn khách từ Guinea-Bissau; đoàn sau đó tới Thừa Thiên - Huế.")
    got = {e.text: e.id for e in es}
    assert got["Kim Jong-un"] == "PER:kim-jong-un"
    assert got["Guinea-Bissau"] == "GPE:GNB"
    assert got["Thừa Thiên - Huế"] == "LOC:hue"


def test_short_forms_vn_and_tq() -> None:
    got = spans("Hàng hóa từ TQ tràn sang VN qua nhiều cửa khẩu phía Bắc.", "GPE")
    assert got == {"TQ": "GPE:CHN", "VN": "GPE:VNM"}
    # lower-case or mixed-case words are not the short forms
    assert "Vn" not in spans("Trang Vn đưa tin về giá vàng.", "GPE")


def test_title_and_given_name_of_a_person_named_in_full() -> None:
    es = ents(
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. Thủ tướng Chính nhấn mạnh hai nước cần "
        "mở rộng đầu tư. Bộ trưởng Ngoại giao Bùi Thanh Sơn cũng dự. Bộ trưởng Sơn cho biết "
        "Việt Nam sẵn sàng hợp tác."
    )
    by_text = {e.text: e for e in es if e.type == "PER"}
    assert by_text["Chính"].id == "PER:pham-minh-chinh"
    assert by_text["Chính"].country == "VNM"
    assert by_text["Sơn"].id == "PER:bui-thanh-son"


def test_given_name_without_full_name_or_in_a_word_is_no_person() -> None:
    es = ents("Thủ tướng Chính phủ chỉ đạo các bộ. Bộ trưởng Sơn cho biết như vậy.")
    assert not [e for e in es if e.type == "PER"]
    es = ents(
        "Thủ tướng Phạm Minh Chính tiếp khách. Sau đó Thủ tướng Chính phủ Nhật Bản phát biểu."
    )
    assert [e.text for e in es if e.type == "PER"] == ["Phạm Minh Chính"]


def test_given_name_shared_by_two_people_is_left_alone() -> None:
    es = ents("Ông Trần Văn Hùng và ông Lê Quốc Hùng cùng dự họp. Bộ trưởng Hùng nói sẽ xem xét.")
    assert [e.text for e in es if e.type == "PER"] == ["Trần Văn Hùng", "Lê Quốc Hùng"]


def test_vietnamese_name_ending_in_a_state_name() -> None:
    es = ents("Ông Võ Văn Pháp – Phó giám đốc cảng – cho biết tàu đã cập bến an toàn.")
    assert [(e.text, e.type) for e in es] == [("Võ Văn Pháp", "PER")]
    # a state after a full name, set off by a comma, stays the state
    got = spans("Ông Trần Văn Hải, Pháp và Đức cùng ký văn bản.", "GPE")
    assert got == {"Pháp": "GPE:FRA", "Đức": "GPE:DEU"}


def test_unit_with_acronym_is_no_person() -> None:
    es = ents("Trao đổi với báo chí, lãnh đạo Đội CSGT số 3 cho biết sẽ xử lý nghiêm.")
    assert not [e for e in es if e.type == "PER"]


def test_pronoun_anh_in_dialogue_and_biography() -> None:
    text = (
        "Diễn viên Paul Carter mang quốc tịch Anh. Anh vừa là diễn viên, vừa là nhà sản xuất. "
        "Trong phim, ông nói “Anh hãy về nhà sớm” với con trai."
    )
    es = [e for e in ents(text) if e.type == "GPE"]
    assert [text[e.start - 10 : e.end] for e in es] == ["quốc tịch Anh"]


def test_sentence_initial_anh_as_state_is_kept() -> None:
    got = [e.text for e in ents("Thủ tướng Anh cảnh báo Nga. Anh sẽ tăng viện trợ cho Ukraine.")]
    assert got.count("Anh") == 2


def test_phonetic_spellings_of_the_official_press() -> None:
    got = spans(
        "Đoàn đại biểu I-ran và Pa-ki-xtan tới Đô-ha, sau đó sang Bu-đa-pét và Ucraina.", "GPE"
    )
    assert got == {"I-ran": "GPE:IRN", "Pa-ki-xtan": "GPE:PAK", "Ucraina": "GPE:UKR"}
    got = spans("Đoàn đại biểu I-ran tới Đô-ha, sau đó sang Bu-đa-pét.", "LOC")
    assert got == {"Đô-ha": "LOC:doha", "Bu-đa-pét": "LOC:budapest"}
    # the syllables without their hyphens are no such name
    assert not spans("I ran to the station, he said.", "GPE")


def test_state_name_opening_a_vietnamese_place_name() -> None:
    es = ents("Xe tải đi qua phố Pháp Vân rồi rẽ sang Đức Giang trước khi tới Đại sứ quán Mỹ.")
    assert {e.text for e in es if e.type == "GPE"} == {"Mỹ"}
    # a Vietnamese person's name after the state does not make it a place
    got = spans("Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng trình quốc thư lên Tổng thống.", "GPE")
    assert got == {"Việt Nam": "GPE:VNM", "Pháp": "GPE:FRA"}


def test_press_nicknames_of_states() -> None:
    got = spans(
        "Đoàn doanh nghiệp xứ sở kim chi sang xứ Phù Tang, còn xứ sở Bạch Dương phản đối.", "GPE"
    )
    assert set(got.values()) == {"GPE:KOR", "GPE:JPN", "GPE:RUS"}


def test_state_name_that_is_a_named_persons_given_name() -> None:
    text = (
        "Theo đó, chị Nguyễn Thị Nga, 30 tuổi, đã sống ở Mỹ mười năm. Nga cho biết cô rất nhớ "
        "quê nhà."
    )
    es = ents(text)
    assert [e.id for e in es if e.type == "PER"] == ["PER:nguyen-thi-nga"] * 2
    assert {e.text for e in es if e.type == "GPE"} == {"Mỹ"}
    # the state named for sure elsewhere in the text stays the state
    got = spans("Ông Lê Văn Đức làm kỹ sư tại Đức. Đức là nước có công nghiệp mạnh.", "GPE")
    assert got == {"Đức": "GPE:DEU"}


def test_hyphen_left_out_of_a_several_word_name_still_matches() -> None:
    assert spans("Hôm qua, Ả Rập Xê Út đã rút đại sứ khỏi Canada.", "GPE") == {
        "Ả Rập Xê Út": "GPE:SAU",
        "Canada": "GPE:CAN",
    }


def test_party_officers_act_for_the_partys_state() -> None:
    es = ents("Ứng viên Đảng Tự do Áo Norbert Hofer đã thừa nhận thất bại trong cuộc bầu cử.")
    hofer = [e for e in es if e.text == "Norbert Hofer"][0]
    assert (hofer.country, hofer.role) == ("AUT", "candidate")
    es = ents("Tổng Bí thư Đảng Cộng sản Việt Nam Tô Lâm điện đàm với Tổng thống Nga.")
    assert [e.country for e in es if e.type == "PER"] == ["VNM"]
    # an armed group's leader still acts for the group
    es = ents("Thủ lĩnh Hamas Khalil al-Hayya cho biết nhóm này chấp nhận đề xuất.")
    assert [e.country for e in es if e.type == "PER"] == ["HAMAS"]


def test_bare_given_name_of_a_named_speaker() -> None:
    text = "Theo đó, anh Nguyễn Văn Hùng, 30 tuổi, làm việc ở Nhật. Hùng cho biết rất vất vả."
    es = ents(text)
    assert [(e.text, e.id) for e in es if e.type == "PER"] == [
        ("Nguyễn Văn Hùng", "PER:nguyen-van-hung"),
        ("Hùng", "PER:nguyen-van-hung"),
    ]
    text = "Theo đó, chị Nguyễn Thị Nga, 30 tuổi, sống ở Mỹ. Nga cho biết cô rất nhớ nhà."
    assert {e.text: e.id for e in ents(text) if e.type == "PER"}["Nga"] == "PER:nguyen-thi-nga"
    # with no such person, "Nga cho biết" in world news is the state
    assert spans("Nga cho biết sẽ đáp trả Mỹ.", "GPE") == {"Nga": "GPE:RUS", "Mỹ": "GPE:USA"}


def test_a_body_pointed_back_to_opens_no_organisation_name() -> None:
    # "Cơ quan này …", "Tổ chức này …" refer to a body named before: no name runs on to "Nga"
    for text in ("Cơ quan này cáo buộc Nga vi phạm hiệp ước.", "Tổ chức này cáo buộc Nga."):
        assert spans(text, "ORG") == {}
        assert spans(text, "GPE") == {"Nga": "GPE:RUS"}
    # a lower-case name ended by its state still is one
    assert "ORG" in {e.type for e in ents("Viện nghiên cứu chiến lược Nga công bố báo cáo.")}


def test_lower_case_island_states() -> None:
    text = "Trung Quốc ký thỏa thuận với quần đảo Solomon; tàu treo cờ quần đảo Marshall."
    got = spans(text, "GPE")
    assert got["quần đảo Solomon"] == "GPE:SLB"
    assert got["quần đảo Marshall"] == "GPE:MHL"
