"""General name mechanisms for unseen news, on sentences written for these tests."""

from __future__ import annotations

from tests.entities.test_recognize import ents, find, texts


def test_lower_case_particles_stay_inside_foreign_names() -> None:
    es = ents("Hôm qua ông Karel van der Berg đã gặp bà Lucia de la Fuente ở Madrid.")
    assert {"Karel van der Berg", "Lucia de la Fuente"} <= texts(es, "PER")


def test_capitalised_particle_opens_a_name_after_an_honorific() -> None:
    es = ents("Sau cuộc họp, ông Van der Meulen nói rằng ông không hài lòng.")
    assert "Van der Meulen" in texts(es, "PER")


def test_vietnamese_word_do_is_no_particle() -> None:
    es = ents("Ông Lê Minh do Nga mời sang dự hội thảo.")
    assert "Lê Minh do Nga" not in texts(es)


def test_title_case_party_names_are_whole() -> None:
    es = ents("Ứng viên của Đảng Tự Do thua sát nút trước đối thủ.")
    assert "Đảng Tự Do" in texts(es, "ORG")
    assert not any(t.startswith("Đảng Tự Do ") for t in texts(es))


def test_short_party_name_after_honorific_is_an_organisation() -> None:
    es = ents("Bà từng lãnh đạo Đảng Xanh suốt hai mươi năm.")
    assert "Đảng Xanh" in texts(es, "ORG")
    assert not texts(es, "PER")


def test_professions_introduce_people() -> None:
    es = ents("Nhà báo Sarah Collins và ứng viên Mendoza đã tranh luận trên truyền hình.")
    assert find(es, "Sarah Collins").role == "journalist"
    assert find(es, "Mendoza").type == "PER"


def test_profession_skips_employer_medium_and_subject() -> None:
    es = ents("Phóng viên BBC Liam Porter và chuyên gia về NATO Erik Lund đều nghi ngờ.")
    assert {"Liam Porter", "Erik Lund"} <= texts(es, "PER")
    assert "NATO" in texts(es, "ORG")


def test_member_of_parliament_takes_the_country() -> None:
    es = ents("Thành viên Quốc hội Nga Pavel Orlov phản đối dự luật.")
    per = find(es, "Pavel Orlov")
    assert (per.country, per.role) == ("RUS", "member of parliament")


def test_profession_without_a_name_adds_nobody() -> None:
    es = ents("Các chuyên gia Nga cho rằng phóng viên Reuters đã hiểu sai.")
    assert not texts(es, "PER")


def test_known_companies_are_organisations_not_people() -> None:
    es = ents("Theo CNBC, công ty Pratt & Whitney sẽ cung cấp động cơ cho Vietjet Air.")
    assert {"CNBC", "Pratt & Whitney", "Vietjet Air"} <= texts(es, "ORG")
    assert not texts(es, "PER")


def test_vietnamese_party_bodies() -> None:
    es = ents("Sáng nay, Bộ Chính trị và Ban Bí thư đã họp bàn về nhân sự.")
    for name in ("Bộ Chính trị", "Ban Bí thư"):
        e = find(es, name)
        assert (e.type, e.kind, e.country) == ("ORG", "government-body", "VNM")


def test_abbreviated_state_form_after_a_title() -> None:
    es = ents("Hôm qua, Thủ tướng CH Montenegro Ranko Petrovic đã tới Brussels.")
    per = find(es, "Ranko Petrovic")
    assert (per.role, per.country) == ("prime minister", "MNE")


def test_title_and_state_then_honorific_name() -> None:
    es = ents("Hôm qua, Thủ tướng Montenegro, ông Ranko Petrovic, đã phát biểu.")
    per = find(es, "Ranko Petrovic")
    assert (per.role, per.country) == ("prime minister", "MNE")


def test_lower_case_ministry_head_with_capitalised_name() -> None:
    es = ents("Hôm qua, bộ Nội vụ Áo cho biết cuộc kiểm phiếu đã xong.")
    body = find(es, "bộ Nội vụ Áo")
    assert (body.type, body.kind, body.country) == ("ORG", "government-body", "AUT")


def test_bilateral_alliance_is_no_organisation_name() -> None:
    es = ents("Theo ông, Liên minh Pháp - Đức vẫn vững chắc.")
    assert not texts(es, "ORG")
    assert {"Pháp", "Đức"} <= texts(es, "GPE")


def test_places_joined_by_a_conjunction_confirm_each_other() -> None:
    es = ents("Hôm qua, đoàn đại biểu đã tới Hiroshima và Nagasaki.")
    assert {"Hiroshima", "Nagasaki"} <= texts(es, "LOC")


def test_tp_abbreviation_is_a_place_cue() -> None:
    es = ents("Hàng nghìn người vẫn mắc kẹt trong TP Ramadi, Iraq.")
    assert "Ramadi" in texts(es, "LOC")


def test_hyphenated_state_name() -> None:
    es = ents("Các nước nhỏ như Bosnia-Herzegovina muốn gia nhập khối.")
    assert find(es, "Bosnia-Herzegovina").code == "BIH"


def test_european_commission_acts_as_the_eu_but_keeps_its_name() -> None:
    es = ents("Hôm qua, Ủy ban châu Âu đã phạt một hãng công nghệ.")
    ec = find(es, "Ủy ban châu Âu")
    assert (ec.code, ec.id, ec.name) == ("EU", "ORG:EC", "Ủy ban châu Âu")


def test_vietnamese_local_bodies_named_by_their_place() -> None:
    es = ents("Sáng nay, Thường trực Tỉnh ủy Kon Tum đã làm việc với UBND TP.HCM.")
    for name in ("Tỉnh ủy Kon Tum", "UBND TP.HCM"):
        e = find(es, name)
        assert (e.type, e.kind, e.country) == ("ORG", "government-body", "VNM")


def test_title_before_a_local_body_gives_the_holder_vnm() -> None:
    es = ents("Hôm qua, Chủ tịch UBND tỉnh Gia Lai Trần Văn Bình đã ký quyết định.")
    assert find(es, "UBND tỉnh Gia Lai").type == "ORG"
    per = find(es, "Trần Văn Bình")
    assert (per.role, per.country) == ("chairman", "VNM")


def test_local_body_head_before_a_person_is_no_body() -> None:
    es = ents("Hôm qua, phó bí thư Thành ủy Lục Văn Minh đã phát biểu.")
    assert not any(t.startswith("Thành ủy") for t in texts(es, "ORG"))


def test_vietnamese_districts_after_an_administrative_cue() -> None:
    es = ents("Hôm qua, nước lũ đã tràn vào xã Tân Phú, huyện Đức Hòa.")
    assert {"Tân Phú", "Đức Hòa"} <= texts(es, "LOC")
    assert "Đức" not in texts(es, "GPE")


def test_person_name_after_an_administrative_cue_is_no_place() -> None:
    es = ents("Hôm qua, dự án ở quận Nguyễn Văn Linh bị dừng.")
    assert not texts(es, "LOC")


def test_bare_names_of_speakers() -> None:
    es = ents(
        "Hôm qua, “Chúng tôi mệt mỏi”, Ana Lopez, 58 tuổi, nói. “Không”, Mark Dowell, "
        "người đại diện của nhóm, cho biết. Sau đó Kim Jae-won nói thêm."
    )
    assert {"Ana Lopez", "Mark Dowell", "Kim Jae-won"} <= texts(es, "PER")


def test_bodies_before_a_verb_of_saying_are_no_speakers() -> None:
    es = ents("Hôm qua, Nhà Trắng cho biết. Sau đó Hội đồng Bảo an nói rằng Liên Hợp Quốc lo ngại.")
    assert not texts(es, "PER")


def test_capitalised_commune_word_is_part_of_a_name() -> None:
    es = ents("Hôm qua, đoàn xe đi qua phố Xã Đàn rồi tới đền Xã Tắc.")
    assert not ({"Đàn", "Tắc"} & texts(es))


def test_sentence_case_name_ending_in_a_lower_case_syllable() -> None:
    es = ents("Hôm qua, ông đã phát biểu tại Trung tâm Hội nghị Quốc gia. Sau đó ông về nước.")
    assert "Trung tâm Hội nghị Quốc gia" in texts(es, "ORG")


def test_administrative_cue_without_a_name() -> None:
    es = ents("Hôm qua, người dân ở huyện này và tại xã đều vui.")
    assert not texts(es, "LOC")


def test_district_name_opened_by_a_common_word() -> None:
    es = ents("Hôm qua, mưa lớn đã gây ngập ở huyện Cần Giờ.")
    assert "Cần Giờ" in texts(es, "LOC")


def test_lower_case_party_noun_before_a_name() -> None:
    es = ents("Hôm qua, cử tri thành thị bầu cho đảng Cộng hòa, còn các đảng nhỏ thì không.")
    assert find(es, "đảng Cộng hòa").kind == "party"


def test_sentence_case_organisation_of_a_state() -> None:
    es = ents("Hôm qua, một nhà nghiên cứu tại Viện nghiên cứu chiến lược Pháp nhận định.")
    org = find(es, "Viện nghiên cứu chiến lược Pháp")
    assert (org.type, org.country) == ("ORG", "FRA")


def test_acronym_quoted_as_a_source_is_an_organisation() -> None:
    es = ents("Hôm qua, theo QWERTA, giá cá đã tăng mạnh.")
    assert "QWERTA" in texts(es, "ORG")


def test_branch_named_after_a_known_medium_or_company() -> None:
    es = ents("Hôm qua, CNN Turk cho hay hãng Coca-Cola FEMSA đã dừng sản xuất.")
    assert {"CNN Turk", "Coca-Cola FEMSA"} <= texts(es, "ORG")
    assert "CNN" not in texts(es)


def test_known_medium_before_a_reporter_is_not_extended() -> None:
    es = ents("Hôm qua, phóng viên BBC Liam Porter đã có mặt.")
    assert "BBC" in texts(es, "ORG")
    assert "Liam Porter" in texts(es, "PER")


def test_title_naming_a_known_body_mentions_it() -> None:
    es = ents("Hôm qua, đồng chí Lê Văn Khải, Ủy viên Bộ Chính trị, đã làm việc tại tỉnh.")
    assert find(es, "Bộ Chính trị").country == "VNM"
    assert "Lê Văn Khải" in texts(es, "PER")


def test_state_word_glued_to_a_vietnamese_place_syllable() -> None:
    es = ents("Hôm qua, người dân Thủ Đức và bà con Hòa Anh đã dọn dẹp đường phố.")
    assert not texts(es, "GPE")


def test_state_after_a_compass_word_or_a_foreign_city_stays() -> None:
    es = ents("Hôm qua, ông nhắc tới Đông Đức. Đoàn sau đó bay sang Rio Brazil dự giải.")
    assert "Brazil" in texts(es, "GPE")


def test_sentence_initial_pronoun_anh_is_not_britain() -> None:
    es = ents("Hôm qua, Pháp và Anh đã họp. Anh ấy nói cuộc họp rất tốt.")
    assert len([e for e in es if e.text == "Anh"]) == 1
    es = ents("Hôm qua, anh Minh về quê. Anh cho biết mùa màng năm nay rất tốt.")
    assert not texts(es, "GPE")


def test_sentence_initial_britain_confirmed_elsewhere() -> None:
    es = ents("Hôm qua, Pháp và Anh đã họp. Anh đã rời EU từ lâu.")
    assert len([e for e in es if e.text == "Anh" and e.code == "GBR"]) == 2


def test_vietnamese_ministries_without_a_state_are_vnm() -> None:
    es = ents(
        "Hôm qua, đại diện Bộ Kế hoạch và Đầu tư cùng Bộ Giao thông Vận tải và "
        "Cục Hàng không đã họp."
    )
    for name in ("Bộ Kế hoạch và Đầu tư", "Bộ Giao thông Vận tải", "Cục Hàng không"):
        e = find(es, name)
        assert (e.kind, e.country) == ("government-body", "VNM")


def test_foreign_ministry_named_with_its_state() -> None:
    es = ents("Hôm qua, Bộ Nông nghiệp Mỹ đã cảnh báo về dịch bệnh.")
    assert find(es, "Bộ Nông nghiệp Mỹ").country == "USA"


def test_ministry_word_that_is_also_a_family_name() -> None:
    es = ents(
        "Lễ ký kết diễn ra sáng nay.\nSau đó, Bộ trưởng Bộ Nông nghiệp Liên bang Nga "
        "Nikolay Petrov đã phát biểu."
    )
    assert "Nông nghiệp" not in " ".join(texts(es, "PER"))
    per = find(es, "Nikolay Petrov")
    assert (per.role, per.country) == ("minister", "RUS")


def test_club_short_name_before_an_apposition_is_no_person() -> None:
    es = ents("Hôm qua, tiền vệ Hans Keller của Man Utd, người vừa bình phục, đã tập luyện.")
    assert "Man Utd" not in texts(es, "PER")


def test_more_professions_introduce_people() -> None:
    es = ents("Hôm qua, đạo diễn Pedro Alvarez và người mẫu Lena Fischer đã tới dự.")
    assert {"Pedro Alvarez", "Lena Fischer"} <= texts(es, "PER")


def test_title_in_the_text_beats_the_knowledge_base_role() -> None:
    es = ents(
        "Lễ khởi công diễn ra hôm qua.\nBuổi lễ có sự tham gia của Thủ tướng Chính phủ "
        "nước Cộng hòa Xã hội Chủ nghĩa Việt Nam Nguyễn Xuân Phúc và Thủ tướng nước Pháp "
        "Jean Morel."
    )
    assert find(es, "Nguyễn Xuân Phúc").role == "prime minister"
    assert find(es, "Jean Morel").country == "FRA"


def test_state_inside_a_vietnamese_province_name_is_no_state() -> None:
    es = ents("Tin mới.\nHôm qua, UBND tỉnh Lào Cai đã có quyết định mới.")
    assert "UBND tỉnh Lào Cai" in texts(es, "ORG")
    assert not texts(es, "GPE")


def test_brands_are_not_people() -> None:
    es = ents(
        "Tin mới.\nTrả lời phóng viên VnReview, ông Brown cho biết Suzuki Motor thừa nhận sai "
        "phạm. Dự án được giao cho Công ty HAGL thuê từ năm 2006."
    )
    assert not ({"VnReview", "Suzuki Motor"} & texts(es, "PER"))
    assert "Công ty HAGL thuê" not in texts(es)


def test_vietnamese_given_name_with_marks_is_not_camel_case() -> None:
    es = ents("Tin mới.\nHôm qua, ông Trần Văn Tuyến gặp phóng viên Tuyến và ông McCain.")
    assert "Tuyến" in texts(es, "PER")
    assert "McCain" in texts(es, "PER")


def test_unknown_foreign_names_after_lower_case_organisation_nouns() -> None:
    es = ents(
        "Tin mới.\nHôm qua, hãng Nordwind Air, báo Le Soir, tập đoàn Siemens Energy và tổ "
        "chức Human Rights Watch đều lên tiếng."
    )
    kinds = {e.text: e.kind for e in es if e.type == "ORG"}
    assert kinds["Nordwind Air"] == "company"
    assert kinds["Le Soir"] == "media"
    assert kinds["Siemens Energy"] == "company"
    assert kinds["Human Rights Watch"] == "organisation"
    assert not texts(es, "PER")


def test_vietnamese_words_after_an_organisation_noun_are_left_alone() -> None:
    es = ents("Tin mới.\nHôm qua, công ty Bình Minh và báo Tuổi Mới đã ký hợp đồng.")
    assert not ({"Bình Minh", "Tuổi Mới"} & texts(es, "ORG"))


def test_bare_foreign_name_opened_by_a_given_name_is_a_person() -> None:
    es = ents("Tin mới.\nTrong khi đó, Gerald Whitcombe thuộc phe đối lập đã bỏ phiếu chống.")
    assert find(es, "Gerald Whitcombe").type == "PER"


def test_given_name_rule_leaves_organisations_and_vietnamese_names() -> None:
    es = ents("Tin mới.\nHôm qua, Thomas Cook Group và Anna Hoàng Mai đều nói vậy.")
    assert not texts(es, "PER")


def test_company_word_inside_a_persons_name() -> None:
    es = ents("Tin mới.\nChủ tịch hãng - ông Hiroshi Suzuki đã xin lỗi, còn Suzuki thì bồi thường.")
    assert find(es, "Hiroshi Suzuki").type == "PER"
    assert find(es, "Suzuki").type == "ORG"


def test_small_place_before_its_province_in_brackets() -> None:
    es = ents("Tin mới.\nNhiều nơi mưa to như Mường Tè (Lai Châu) và Bắc Hà (Lào Cai).")
    assert {"Mường Tè", "Bắc Hà"} <= texts(es, "LOC")
    es = ents("Tin mới.\nÔng Lê Văn Khoa (Nghệ An) và báo Bình Minh (Nga) đều đưa tin.")
    assert not ({"Lê Văn Khoa", "Bình Minh"} & texts(es, "LOC"))


def test_state_name_opening_a_dictionary_word_is_not_the_state() -> None:
    es = ents("Tin mới.\nHiệp hội Tinh dầu và Mỹ phẩm cho biết, còn Mỹ quan ngại về việc này.")
    assert [e.text for e in es if e.type == "GPE"] == ["Mỹ"]
    assert find(es, "Mỹ").start > 40


def test_given_name_before_a_known_surname_is_another_person() -> None:
    es = ents("Tin mới.\nHôm qua, Jorge Messi và con trai Lionel Messi đã tới tòa án.")
    assert {"Jorge Messi", "Lionel Messi"} <= texts(es, "PER")
    assert find(es, "Jorge Messi").id != find(es, "Lionel Messi").id


def test_title_and_state_written_win_over_the_kbs_current_ones() -> None:
    es = ents("Tin mới.\nHôm qua, Thủ tướng Hà Lan Mark Rutte gặp Thủ tướng Bỉ Charles Michel.")
    assert (find(es, "Mark Rutte").country, find(es, "Mark Rutte").role) == (
        "NLD",
        "prime minister",
    )
    assert find(es, "Charles Michel").country == "BEL"


def test_bracketed_short_form_between_title_and_name() -> None:
    es = ents("Tin mới.\nHôm qua, Giám đốc Cơ quan Tình báo Trung ương Mỹ (CIA) Owen Harte đã tới.")
    assert (find(es, "Owen Harte").country, find(es, "Owen Harte").role) == ("USA", "director")


def test_full_name_set_off_by_commas_after_a_title_and_state() -> None:
    es = ents(
        "Tin mới.\nHôm qua, Bộ trưởng Quốc phòng Tây Ban Nha, Lucia Serrano, thăm Kiev. "
        "Thủ tướng Nhật Bản, Tổng thống Hàn Quốc và Thủ tướng Anh, Nhà Trắng đều im lặng."
    )
    per = find(es, "Lucia Serrano")
    assert (per.country, per.role) == ("ESP", "defence minister")
    assert [e.text for e in es if e.type == "PER"] == ["Lucia Serrano"]


def test_european_council_acts_as_the_eu() -> None:
    es = ents("Tin mới.\nHôm qua, Chủ tịch Hội đồng châu Âu Oskar Lind tới Kiev.")
    assert find(es, "Hội đồng châu Âu").code == "EU"


def test_short_form_with_a_hyphen_after_a_long_name() -> None:
    es = ents("Tin mới.\nHôm qua, Tổng vụ Di trú và Nội vụ (DG-HOME) đã gửi công thư.")
    long = find(es, "Tổng vụ Di trú và Nội vụ")
    assert (long.type, long.code) == ("ORG", "DG_HOME")
    assert find(es, "DG-HOME").code == "DG_HOME"


def test_standing_deputy_secretary_of_a_city_party_committee() -> None:
    es = ents("Tin mới.\nHôm qua, Phó Bí thư thường trực Thành ủy Lê Văn Khánh đã làm việc.")
    assert find(es, "Lê Văn Khánh").country == "VNM"


def test_second_place_joined_to_a_place_after_its_cue() -> None:
    es = ents("Tin mới.\nDự án đặt tại hai huyện Borovsky và Maloyaroslavsky của Nga.")
    assert {"Borovsky", "Maloyaroslavsky"} <= texts(es, "LOC")


def test_press_misspelling_of_a_state() -> None:
    es = ents("Tin mới.\nCroatia và Slovania đã gia nhập NATO.")
    assert find(es, "Slovania").id == "GPE:SVN"


def test_vietnamese_official_named_without_a_state_is_viet_nams() -> None:
    es = ents(
        "Tin mới.\nHôm qua, Thứ trưởng Bộ Ngoại giao Đỗ Văn Khải tiếp Đại sứ Nhật Bản; Ngoại "
        "trưởng Vương Nghị và Giám đốc Trần Thị Thu Hà cũng có mặt."
    )
    assert find(es, "Đỗ Văn Khải").country == "VNM"
    assert find(es, "Vương Nghị").country == "CHN"  # the Chinese reading keeps its state
    assert find(es, "Trần Thị Thu Hà").country is None  # a firm's director: no state office


def test_family_name_that_is_also_a_state_after_an_honorific() -> None:
    es = ents(
        "Tin mới.\nHôm qua, Thủ tướng Bồ Đào Nha Luis Montenegro tới Hà Nội; ông Montenegro nói "
        "Montenegro cũng được mời."
    )
    per = [e for e in es if e.text == "Montenegro" and e.type == "PER"]
    assert per and per[0].id == find(es, "Luis Montenegro").id
    assert [e.code for e in es if e.text == "Montenegro" and e.type == "GPE"] == ["MNE"]


def test_state_at_the_end_of_a_title_is_mentioned_and_holds_it() -> None:
    es = ents("Tin mới.\nHôm qua, Bộ trưởng Tài chính Mỹ Ellis Varga nói thêm về thuế.")
    assert find(es, "Mỹ").id == "GPE:USA"
    assert find(es, "Ellis Varga").country == "USA"


def test_ship_named_after_a_person_is_no_person() -> None:
    es = ents(
        "Tin mới.\nHôm qua, tàu sân bay USS Ronald Reagan cập cảng, còn Andrew Forrest thì ở nhà."
    )
    assert "Ronald Reagan" not in texts(es, "PER")
    assert "Andrew Forrest" in texts(es, "PER")
