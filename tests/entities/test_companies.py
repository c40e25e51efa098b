"""Companies and other non-state actors carry their home state (sentences written for these
tests)."""

from __future__ import annotations

from tests.entities.test_recognize import ents, find, texts

from sukien.entities import actor_code, kb


def test_known_companies_have_home_states() -> None:
    base = kb()
    for code, iso in [
        ("BAMBOO", "VNM"), ("PETROLIMEX", "VNM"), ("VIETCOMBANK", "VNM"), ("TIKTOK", "CHN"),
        ("AIRBUS", "FRA"), ("NISSAN", "JPN"), ("SBERBANK", "RUS"), ("HANWHA", "KOR"),
    ]:  # fmt: skip
        e = base.get(code)
        assert e is not None and e.type == "ORG" and e.country == iso, (code, e)


def test_company_followed_by_an_organisation_word_is_the_company() -> None:
    es = ents("Tin mới.\nTheo hãng thông tấn Yonhap News, Nissan Motor đã ký hợp đồng.")
    assert find(es, "Yonhap News").id == "ORG:YONHAP"
    assert find(es, "Nissan Motor").country == "JPN"


def test_organisation_noun_descriptors_and_state_give_the_country() -> None:
    es = ents(
        "Tin mới.\nTập đoàn dầu khí Nga Sibirneft và hãng sản xuất vũ khí Kestrel của Mỹ "
        "đã ký hợp đồng với công ty Hàn Quốc Daewon."
    )
    assert find(es, "Sibirneft").country == "RUS"
    assert find(es, "Kestrel").country == "USA"
    assert find(es, "Daewon").country == "KOR"
    assert {e.kind for e in es if e.text in {"Sibirneft", "Kestrel", "Daewon"}} == {"company"}


def test_title_case_company_takes_the_state_after_cua() -> None:
    es = ents("Tin mới.\nHôm qua Công ty Kestrel Defense của Mỹ giao lô hàng đầu tiên.")
    org = find(es, "Công ty Kestrel Defense")
    assert (org.type, org.country) == ("ORG", "USA")


def test_apposition_describes_a_company_and_its_state() -> None:
    es = ents(
        "Tin mới.\nTrước đó, Marlow, một công ty thực phẩm lớn của Chile, đóng cửa nhà máy. "
        "Còn Brixa - nhà sản xuất đồ uống của Peru - thì tạm ngừng."
    )
    assert (find(es, "Marlow").type, find(es, "Marlow").country) == ("ORG", "CHL")
    assert find(es, "Brixa").country == "PER"


def test_descriptor_words_need_a_foreign_name_or_a_state() -> None:
    es = ents(
        "Tin mới.\nCông ty này cho biết Nga sẽ mua thêm, còn công ty xây dựng Hòa Bình thì không."
    )
    assert not texts(es, "ORG")


def test_bare_ministry_takes_the_state_named_before() -> None:
    es = ents(
        "Tin mới.\nBộ Ngoại giao Nhật Bản ra thông báo. Sau đó Bộ Ngoại giao nhắc lại lời "
        "khuyến cáo, còn Bộ Quốc phòng im lặng."
    )
    mofa = [e for e in es if e.text == "Bộ Ngoại giao"]
    assert mofa and mofa[0].id == "ORG:MFA_JPN"
    mod = find(es, "Bộ Quốc phòng")
    assert mod.type == "ORG" and mod.country is None  # a foreign text: no state guessed


def test_bare_ministry_in_a_vietnamese_text_is_viet_nams() -> None:
    es = ents("Tin mới.\nBộ Y tế và Bộ NN&PTNT vừa họp với Văn phòng Chính phủ tại Hà Nội.")
    assert find(es, "Bộ Y tế").country == "VNM"
    assert find(es, "Bộ NN&PTNT").id == "ORG:MARD"
    assert find(es, "Văn phòng Chính phủ").country == "VNM"
    assert actor_code(find(es, "Bộ Y tế")) == "VNM"


def test_company_officer_acts_for_the_companys_state() -> None:
    es = ents(
        "Tin mới.\nHôm qua, CEO Hector Malvern của Nissan và Chủ tịch Toyota Kenji Arata đã gặp."
    )
    assert (find(es, "Hector Malvern").country, find(es, "Hector Malvern").role) == (
        "JPN",
        "chief executive",
    )
    assert find(es, "Kenji Arata").country == "JPN"


def test_title_of_a_body_named_with_cua() -> None:
    es = ents("Tin mới.\nHôm qua, người phát ngôn của Chính phủ Mỹ Dale Whitmore đã lên tiếng.")
    per = find(es, "Dale Whitmore")
    assert (per.country, per.role) == ("USA", "spokesperson")


def test_title_followed_by_an_organisation_is_no_person() -> None:
    es = ents("Tin mới.\nÔng là người sáng lập Quỹ Blue Harbor Foundation năm 2010.")
    assert "Quỹ Blue Harbor Foundation" in texts(es, "ORG")
    assert not texts(es, "PER")


def test_name_ending_in_an_organisation_word_is_an_organisation() -> None:
    es = ents(
        "Tin mới.\nHôm qua, Sun Phú Quốc Airways ký hợp đồng, còn Blue Harbor Foundation và "
        "Kuwait Food Company thì chưa."
    )
    assert find(es, "Sun Phú Quốc Airways").country == "VNM"
    assert find(es, "Blue Harbor Foundation").kind == "organisation"
    assert find(es, "Kuwait Food Company").country == "KWT"
    assert not texts(es, "PER")


def test_person_with_a_company_title_after_a_comma() -> None:
    es = ents(
        "Tin mới.\nHôm qua, ông Kevin Rowe, Chủ tịch kiêm CEO của Tập đoàn Boeing, đã ký. "
        "Bà Gina Alvarez, Đại diện cấp cao của Liên minh châu Âu, cũng có mặt."
    )
    assert (find(es, "Kevin Rowe").country, find(es, "Kevin Rowe").role) == ("USA", "chairman")
    gina = find(es, "Gina Alvarez")
    assert (gina.country, gina.role) == ("EU", "high representative")


def test_title_that_opens_a_clause_or_the_next_name_is_not_an_apposition() -> None:
    es = ents(
        "Tin mới.\nTrước cuộc gặp người đồng cấp Oliver Hale, Ngoại trưởng Mỹ nói rằng sẽ có "
        "thêm trừng phạt. Hôm qua có Lê Văn Tâm, Bộ trưởng Bộ TN&MT Trần Văn Hòa."
    )
    assert find(es, "Oliver Hale").country is None
    assert find(es, "Lê Văn Tâm").role is None
    assert (find(es, "Trần Văn Hòa").country, find(es, "Trần Văn Hòa").role) == ("VNM", "minister")


def test_short_name_of_an_organisation_is_no_person() -> None:
    es = ents(
        "Tin mới.\nBáo cáo của Tổ chức Blue Harbor Foundation cho thấy vậy. Ông Adam Ross, nhà "
        "sáng lập Blue Harbor, cho biết như thế."
    )
    assert "Blue Harbor" not in texts(es, "PER")
    assert "Adam Ross" in texts(es, "PER")


def test_organisation_with_its_state_in_brackets() -> None:
    es = ents(
        "Tin mới.\nCác chuyên gia của hãng tư vấn địa chính trị Stratlane (Mỹ) và Hội đồng "
        "Tham mưu trưởng Liên quân Hàn Quốc (JCS) đều nhận định như vậy."
    )
    assert find(es, "Stratlane").country == "USA"
    assert find(es, "JCS").country == "KOR"


def test_lower_case_ministry_before_its_state() -> None:
    es = ents("Tin mới.\nHôm qua, bộ quốc phòng Nga lên tiếng, còn các bộ ngoại giao thì im lặng.")
    assert find(es, "bộ quốc phòng Nga").id == "ORG:MOD_RUS"
    assert [e.text for e in es if e.type == "ORG"] == ["bộ quốc phòng Nga"]


def test_maker_noun_names_a_company_of_its_state() -> None:
    es = ents(
        "Tin mới.\nMỹ đưa nhà sản xuất chip bộ nhớ Trung Quốc Norchip vào danh sách đen; quan "
        "chức Bộ Thương mại Mỹ Dale Ortiz nói vậy."
    )
    assert (find(es, "Norchip").type, find(es, "Norchip").country) == ("ORG", "CHN")
    assert (find(es, "Dale Ortiz").country, find(es, "Dale Ortiz").role) == ("USA", "official")


def test_bare_ministry_before_a_vietnamese_name_is_viet_nams() -> None:
    es = ents(
        "Tin mới.\nDự họp có đại diện Trung Quốc và Bộ trưởng Bộ Công an Lê Văn Hùng cùng đoàn."
    )
    assert find(es, "Bộ Công an").country == "VNM"
    assert find(es, "Lê Văn Hùng").country == "VNM"


def test_companies_listed_after_nhu_take_the_lists_state() -> None:
    es = ents(
        "Tin mới.\nBộ trưởng làm việc với các tập đoàn năng lượng của Pháp như Verelco, Gaz "
        "Lumière (GLX) và Total SE."
    )
    assert find(es, "Verelco").country == "FRA"
    assert find(es, "Gaz Lumière").country == "FRA"
    assert find(es, "Total SE").id == "ORG:TOTAL"


def test_unknown_names_listed_with_companies_are_companies() -> None:
    es = ents(
        "Tin mới.\nĐoàn có lãnh đạo Samsung, Hanwha, Kordex và Hyoseon; ông Lê Văn Hùng cũng đi."
    )
    assert {"Kordex", "Hyoseon"} <= texts(es, "ORG")
    assert "Lê Văn Hùng" in texts(es, "PER")


def test_known_company_inside_a_longer_company_name() -> None:
    es = ents("Tin mới.\nBộ ký biên bản với Tập đoàn Airbus Defence and Space SAS hôm qua.")
    org = find(es, "Tập đoàn Airbus Defence and Space SAS")
    assert (org.kind, org.country) == ("company", "FRA")


def test_title_then_company_then_name() -> None:
    es = ents("Tin mới.\nHôm qua, Chủ tịch Tập đoàn LG Koo Min-jae cũng đi cùng.")
    assert (find(es, "Koo Min-jae").country, find(es, "Koo Min-jae").role) == ("KOR", "chairman")


def test_title_case_organisation_head_then_state_then_name() -> None:
    es = ents("Tin mới.\nHôm qua, Tập đoàn Nga Sivtek và Ngân hàng Đức Rhenbank ký thỏa thuận.")
    assert (find(es, "Sivtek").country, find(es, "Rhenbank").country) == ("RUS", "DEU")
    assert not [e for e in es if e.text.startswith("Tập đoàn")]
