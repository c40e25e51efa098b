"""Argument linking: who acts on whom once a trigger is found (sentences written for them)."""

from __future__ import annotations

from collections.abc import Callable

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]


def test_towards_is_a_recipient(code: Code, keys: Keys) -> None:
    evs = code("Triều Tiên đã bắn tên lửa về phía Hàn Quốc.")
    assert keys(evs) == {("ASSAULT", "PRK", "KOR")}
    evs = code("Hải quân Iran đã phóng tên lửa nhắm vào tàu chiến của Mỹ.")
    assert ("ASSAULT", "IRN", "USA") in keys(evs)


def test_pronoun_opening_a_sentence_is_the_subject_before(code: Code, keys: Keys) -> None:
    # "Ông" is the subject of the sentence before, not the last person named in it
    evs = code(
        "Ngoại trưởng Anh David Cameron gặp người đồng cấp Trung Quốc Vương Nghị. "
        "Ông kêu gọi Bắc Kinh ngừng hỗ trợ Nga."
    )
    assert ("REQUEST", "GBR", "CHN") in keys(evs)
    evs = code(
        "Thủ tướng Ấn Độ Narendra Modi đã được Tổng thống Mỹ Joe Biden đón tiếp. "
        "Ông cảm ơn Mỹ vì sự hỗ trợ."
    )
    assert ("SUPPORT", "IND", "USA") in keys(evs)
    # a state under a title stands for the person when nobody is named
    evs = code("Ngoại trưởng Mỹ đã gặp Ngoại trưởng Nhật Bản. Ông cũng chỉ trích Trung Quốc.")
    assert ("ACCUSE", "USA", "CHN") in keys(evs)


def test_they_is_the_state_that_was_the_subject(code: Code, keys: Keys) -> None:
    evs = code("Hàn Quốc cáo buộc Triều Tiên phóng tên lửa. Họ cũng yêu cầu Bình Nhưỡng dừng lại.")
    assert ("REQUEST", "KOR", "PRK") in keys(evs)
    evs = code("Ngày 12/3, quân đội Israel đã không kích Gaza. Họ cũng tấn công Liban.")
    assert ("ASSAULT", "ISR", "LBN") in keys(evs)
    evs = code("Mỹ cho biết họ đã áp lệnh trừng phạt đối với Iran.")
    assert keys(evs) == {("SANCTION", "USA", "IRN")}


def test_they_is_never_a_crowd_or_a_described_group(code: Code, keys: Keys) -> None:
    evs = code("Người biểu tình đã tấn công đại sứ quán Pháp. Họ cũng phản đối Mỹ.")
    assert not any(k[1] == "FRA" for k in keys(evs))
    evs = code("Các nhà khoa học Nhật Bản đã tới Hàn Quốc. Họ gặp các chuyên gia Mỹ.")
    assert keys(evs) == set()
    evs = code("Anh ấy mang họ Nguyễn. Họ tên đầy đủ của ông là Nguyễn Văn A.")
    assert keys(evs) == set()


def test_they_after_a_meeting_are_its_two_sides(code: Code, keys: Keys) -> None:
    evs = code(
        "Tổng thống Nga Vladimir Putin đã gặp Chủ tịch Trung Quốc Tập Cận Bình. "
        "Họ đã ký tuyên bố chung."
    )
    assert ("AGREE", "RUS", "CHN") in keys(evs)


def test_this_side_is_the_state_named_before(code: Code, keys: Keys) -> None:
    evs = code(
        "Bộ Ngoại giao Trung Quốc hôm qua ra tuyên bố. Phía này phản đối việc Nhật Bản xả thải."
    )
    assert keys(evs) == {("ACCUSE", "CHN", "JPN")}


def test_second_verb_of_the_reporter(code: Code, keys: Keys) -> None:
    evs = code(
        '"Đây là hành động khiêu khích", ông Lavrov nói, đồng thời cáo buộc Mỹ kích động '
        "căng thẳng."
    )
    assert keys(evs) == {("ACCUSE", "RUS", "USA")}


def test_quotation_without_a_subject_is_the_speakers(code: Code, keys: Keys) -> None:
    evs = code(
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân nói: "
        '"Kiên quyết phản đối hành động của Philippines".'
    )
    # the stock "kiên quyết phản đối" of a spokesman is an accusation, no protest lodged
    assert keys(evs) == {("ACCUSE", "CHN", "PHL")}
    evs = code('"Cực lực lên án hành động khiêu khích của Mỹ", Bộ Ngoại giao Triều Tiên cho biết.')
    assert keys(evs) == {("ACCUSE", "PRK", "USA")}
    # a noun opening the quotation is no act of the speaker
    evs = code('Giám đốc hãng Vietnam Airlines nói: "Hợp tác với Nhật Bản giúp chúng tôi lớn".')
    assert keys(evs) == set()


def test_each_other(code: Code, keys: Keys) -> None:
    evs = code("Nga và Ukraine cáo buộc lẫn nhau vi phạm lệnh ngừng bắn.")
    assert keys(evs) == {("ACCUSE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")}
    evs = code("Ấn Độ và Pakistan đã tấn công lẫn nhau.")
    assert keys(evs) == {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")}
    evs = code("Mỹ và Trung Quốc đã gặp nhau tại Bali.")
    assert len(keys(evs)) == 1


def test_reason_clause_is_done_by_who_is_acted_upon(code: Code, keys: Keys) -> None:
    evs = code(
        "Bắc Kinh đã áp đặt lệnh trừng phạt đối với các công ty quốc phòng Mỹ "
        "vì bán vũ khí cho Đài Loan."
    )
    assert ("SANCTION", "CHN", "USA") in keys(evs)
    assert ("COOPERATE", "CHN", "TWN") not in keys(evs)
    evs = code("Ông Zelensky cảm ơn Đức vì đã cung cấp hệ thống phòng không cho Ukraine.")
    assert keys(evs) == {("SUPPORT", "UKR", "DEU"), ("AID", "DEU", "UKR")}


def test_reason_after_do_is_no_agent(code: Code, keys: Keys) -> None:
    evs = code("Nga bị Mỹ trừng phạt do tấn công Ukraine.")
    assert keys(evs) == {("SANCTION", "USA", "RUS"), ("ASSAULT", "RUS", "UKR")}
    evs = code("Nga bị trừng phạt do tấn công Ukraine.")
    assert ("SANCTION", "UKR", "RUS") not in keys(evs)


def test_recipient_fronted_by_a_light_verb(code: Code, keys: Keys) -> None:
    evs = code("Mỹ đã trao cho Ukraine gói viện trợ 300 triệu USD.")
    assert keys(evs) == {("AID", "USA", "UKR")}
    evs = code("Liên minh châu Âu đã áp đặt lên Nga gói trừng phạt thứ 14.")
    assert keys(evs) == {("SANCTION", "EU", "RUS")}
    assert keys(code("Trao cho Ukraine gói viện trợ là quyết định đúng.")) == set()


def test_put_on_a_sanctions_list(code: Code, keys: Keys) -> None:
    evs = code("Bộ Tài chính Mỹ đã đưa 15 cá nhân và tổ chức của Iran vào danh sách trừng phạt.")
    assert keys(evs) == {("SANCTION", "USA", "IRN")}
    evs = code("Mỹ đã đưa thêm 20 công ty Trung Quốc vào danh sách trừng phạt thương mại.")
    assert keys(evs) == {("SANCTION", "USA", "CHN")}


def test_owner_of_a_place_attacked(code: Code, keys: Keys) -> None:
    evs = code("Ukraine tuyên bố đã tấn công cầu Crimea của Nga bằng xuồng không người lái.")
    assert keys(evs) == {("ASSAULT", "UKR", "RUS")}


def test_passive_with_an_anaphoric_subject(code: Code, keys: Keys) -> None:
    evs = code("Israel đã tấn công Rafah. Hành động này bị Ai Cập lên án.")
    assert ("ACCUSE", "EGY", "ISR") in keys(evs)
    evs = code(
        "Mỹ đã tuyên bố rút khỏi thỏa thuận hạt nhân với Iran. Quyết định này bị Tehran chỉ trích."
    )
    # the withdrawal from the deal with Iran is a withdrawal (RETREAT), as annotators code it
    assert keys(evs, None) >= {("ACCUSE", "IRN", "USA"), ("RETREAT", "USA", "IRN")}


def test_author_of_a_call_after_its_content(code: Code, keys: Keys) -> None:
    evs = code("Thủ tướng Israel Benjamin Netanyahu đã bác bỏ lời kêu gọi ngừng bắn của Mỹ.")
    assert ("REJECT", "ISR", "USA") in keys(evs)
    evs = code("Nga phản đối lời kêu gọi áp trừng phạt chống Nga của Mỹ.")
    assert keys(evs) == {("ACCUSE", "RUS", "USA")}


def test_this_country_in_a_reported_clause_is_the_reporter(code: Code, keys: Keys) -> None:
    evs = code(
        "Israel hôm 13/4 cho biết Iran đã phóng hơn 300 UAV và tên lửa vào lãnh thổ nước này."
    )
    # the attack, and the victim's report of it accuses the attacker (events/reported.py)
    assert keys(evs) == {("ASSAULT", "IRN", "ISR"), ("ACCUSE", "ISR", "IRN")}
    # its own citizens: no event between the two
    assert keys(code("Nga cho biết Mỹ đã cảnh báo công dân nước này.")) == set()


def test_time_clause_without_a_subject_takes_the_main_one(code: Code, keys: Keys) -> None:
    evs = code(
        "Sau khi gặp Tổng thống Pháp, Thủ tướng Đức cho biết hai nước nhất trí hỗ trợ Ukraine."
    )
    assert ("CONSULT", "DEU", "FRA") in keys(evs)
    evs = code("Sau khi bị Nga tấn công, Ukraine đã kêu gọi phương Tây hỗ trợ.")
    assert keys(evs) == {("ASSAULT", "RUS", "UKR")}
    evs = code("Sau khi được Mỹ viện trợ, Israel đã tấn công Rafah.")
    assert ("AID", "USA", "ISR") in keys(evs)


def test_coordinated_with_a_described_organisation(code: Code, keys: Keys) -> None:
    evs = code("Nga đang gặp khó khăn sau khi bị Mỹ và khối EU cấm vận kinh tế.")
    assert keys(evs) == {("SANCTION", "USA", "RUS"), ("SANCTION", "EU", "RUS")}
    evs = code("Mỹ và nhóm G7 đã áp đặt trừng phạt đối với Nga.")
    assert keys(evs) == {("SANCTION", "USA", "RUS"), ("SANCTION", "G7", "RUS")}


def test_place_attacked_in_a_passive(code: Code, keys: Keys) -> None:
    assert keys(code("Thành phố Kharkiv bị Nga tấn công bằng tên lửa.")) == {
        ("ASSAULT", "RUS", "UKR")
    }
    assert keys(code("Dải Gaza tiếp tục bị Israel không kích.")) == {("ASSAULT", "ISR", "PSE")}
    # a place spoken of is no addressee
    assert keys(code("Các cuộc biểu tình tại Pháp bị Nga chỉ trích.")) == set()


def test_light_verb_after_a_reporting_verb(code: Code, keys: Keys) -> None:
    evs = code(
        "Bộ Ngoại giao Trung Quốc hôm nay tuyên bố áp đặt các biện pháp trừng phạt đối với "
        "5 công ty quốc phòng Mỹ."
    )
    assert keys(evs) == {("SANCTION", "CHN", "USA")}


def test_what_a_reporter_says_happened_is_not_the_reporters(code: Code, keys: Keys) -> None:
    evs = code("WHO cho biết các cuộc tấn công nhằm vào bệnh viện ở Gaza đã tăng mạnh.")
    assert keys(evs) == set()
    # an announcement's object is the announcer's
    evs = code("Mỹ công bố một thương vụ bán vũ khí trị giá 2 tỷ USD cho Đài Loan.")
    assert keys(evs) == {("COOPERATE", "USA", "TWN")}


def test_this_country_opening_a_sentence_is_the_subject_before(code: Code, keys: Keys) -> None:
    evs = code("Israel đã không kích Liban. Phía này cũng pháo kích Syria.")
    assert keys(evs) == {("ASSAULT", "ISR", "LBN"), ("ASSAULT", "ISR", "SYR")}
    evs = code("Israel đã không kích Liban. Nước này cũng pháo kích Syria.")
    assert ("ASSAULT", "ISR", "SYR") in keys(evs)


def test_quotation_over_several_sentences(code: Code, keys: Keys) -> None:
    evs = code(
        'Ngoại trưởng Nga Sergei Lavrov nói: "Tình hình rất căng thẳng. Chúng tôi lên án Mỹ '
        'vì các hành động khiêu khích".'
    )
    assert keys(evs) == {("ACCUSE", "RUS", "USA")}
    evs = code(
        '"Tình hình rất căng thẳng. Chúng tôi sẽ đáp trả. Chúng tôi cáo buộc Mỹ khiêu khích", '
        "Ngoại trưởng Nga Sergei Lavrov nói."
    )
    assert ("ACCUSE", "RUS", "USA") in keys(evs)


def test_aid_received_is_given_by_the_source(code: Code, keys: Keys) -> None:
    evs = code("Ukraine đã nhận viện trợ quân sự từ Mỹ, Đức và Anh.")
    assert keys(evs) == {("AID", "USA", "UKR"), ("AID", "DEU", "UKR"), ("AID", "GBR", "UKR")}
    assert keys(code("Ukraine tiếp nhận lô vũ khí do Mỹ viện trợ.")) == {("AID", "USA", "UKR")}
    evs = code("Ukraine đã nhận được gói viện trợ của Nhật Bản.")
    assert keys(evs) == {("AID", "JPN", "UKR")}
    assert keys(code("Philippines đã nhận được viện trợ nhân đạo.")) == set()


def test_every_place_of_a_list_attacked(code: Code, keys: Keys) -> None:
    evs = code("Israel đã không kích các mục tiêu ở Syria, Liban và Iraq.")
    assert keys(evs) == {("ASSAULT", "ISR", c) for c in ("SYR", "LBN", "IRQ")}


def test_condemning_a_named_act_targets_its_author(code: Code, keys: Keys) -> None:
    evs = code("Nga lên án cuộc không kích của Israel vào Syria.")
    assert keys(evs) == {("ACCUSE", "RUS", "ISR"), ("ASSAULT", "ISR", "SYR")}
    evs = code("Mỹ chỉ trích các cuộc tấn công của Nga vào Ukraine.")
    assert keys(evs) == {("ACCUSE", "USA", "RUS"), ("ASSAULT", "RUS", "UKR")}
    evs = code("Trung Quốc phản đối lệnh trừng phạt của Mỹ đối với các công ty Trung Quốc.")
    assert keys(evs) == {("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN")}
    # the victim of an attack nobody is named for is not the one condemned
    assert keys(code("Nga lên án vụ tấn công vào Iran.")) == set()
    # an allegation is not a fact
    evs = code("Mỹ cáo buộc cuộc tấn công của Nga vào Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") not in keys(evs)


def test_light_verbs_that_keep_a_sanction_going(code: Code, keys: Keys) -> None:
    evs = code("Mỹ tuyên bố gia hạn lệnh cấm vận đối với Cuba.")
    assert keys(evs) == {("SANCTION", "USA", "CUB")}


def test_condemning_that_someone_did_something(code: Code, keys: Keys) -> None:
    evs = code("Ai Cập lên án việc Israel tấn công Rafah.")
    assert keys(evs) == {("ACCUSE", "EGY", "ISR"), ("ASSAULT", "ISR", "PSE")}
    evs = code("Nga chỉ trích việc NATO có thể triển khai quân tới Ba Lan.")
    assert keys(evs) == {("ACCUSE", "RUS", "NATO")}
    # opposing is no sign that it happened
    evs = code("Trung Quốc phản đối việc Mỹ bán vũ khí cho Đài Loan.")
    assert keys(evs) == {("ACCUSE", "CHN", "USA")}


def test_target_after_a_list_of_weapons_or_an_aside(code: Code, keys: Keys) -> None:
    evs = code(
        "Nga đêm qua đã phóng 40 tên lửa hành trình, tên lửa đạn đạo và hơn 30 máy bay không "
        "người lái tự sát vào các thành phố của Ukraine."
    )
    assert keys(evs) == {("ASSAULT", "RUS", "UKR")}
    evs = code(
        "Mỹ đã áp đặt các biện pháp trừng phạt mới, bao gồm đóng băng tài sản và cấm đi lại, "
        "đối với 10 quan chức Iran."
    )
    assert keys(evs) == {("SANCTION", "USA", "IRN")}


def test_envoy_posted_to_a_state(code: Code, keys: Keys) -> None:
    evs = code("Chính phủ Đức đã triệu hồi đại sứ tại Nga về nước để tham vấn.")
    # an ambassador recalled in protest: a sanction and an accusation
    assert keys(evs) == {("SANCTION", "DEU", "RUS"), ("ACCUSE", "DEU", "RUS")}
    evs = code("Trung Quốc đã triệu tập đại sứ Nhật Bản tại Bắc Kinh.")
    # summoning an envoy is a formal protest: coded as accusation and protest
    assert keys(evs) == {("ACCUSE", "CHN", "JPN"), ("PROTEST", "CHN", "JPN")}


def test_visit_made_in_a_state(code: Code, keys: Keys) -> None:
    evs = code("Chuyến thăm của Tổng thống Mỹ tại Việt Nam diễn ra từ 23 đến 25/5.")
    assert keys(evs) == {("CONSULT", "USA", "VNM")}
    evs = code("Chuyến thăm của Tổng thống Mỹ tại Việt Nam dự kiến diễn ra vào tháng 5.")
    assert keys(evs) == set()


def test_the_two_countries_named_between(code: Code, keys: Keys) -> None:
    evs = code("Căng thẳng giữa Ấn Độ và Pakistan leo thang. Hai nước đã đấu pháo dữ dội.")
    assert keys(evs) == {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")}
    evs = code("Quan hệ giữa Trung Quốc và Philippines xấu đi. Hai nước đã chỉ trích nhau.")
    assert keys(evs) == {("ACCUSE", "CHN", "PHL"), ("ACCUSE", "PHL", "CHN")}
    evs = code("Căng thẳng giữa Ấn Độ và Pakistan leo thang. Mỹ kêu gọi hai nước kiềm chế.")
    assert keys(evs) == {("REQUEST", "USA", "IND"), ("REQUEST", "USA", "PAK")}
