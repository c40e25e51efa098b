"""Wave 18 (helper e): attacks, seizures, releases and swaps as war reporting words them.

Found by coding batteries of sentences written for this purpose from general knowledge of how
Vietnamese media report strikes, captures of towns, casualty tolls, prisoner releases and
exchanges (not from any annotated set). Each case failed before its fix, but for the guards
marked so, which keep a fix from reaching too far. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # a release with a count between the verb and who is freed, active or passive
    (
        "Hamas thả ba con tin người Israel trong khuôn khổ thỏa thuận ngừng bắn.",
        {("CONCEDE", "HAMAS", "ISR")},
        set(),
    ),
    (
        "Hai con tin Israel đã được Hamas thả tại một địa điểm ở Rafah.",
        {("CONCEDE", "HAMAS", "ISR")},
        set(),
    ),
    # a swap brokered by a third party: the broker is no party to it
    (
        "Nga và Ukraine trao trả cho nhau 150 tù binh chiến tranh nhờ sự trung gian của UAE.",
        {("CONCEDE", "RUS", "UKR"), ("CONCEDE", "UKR", "RUS")},
        {("CONCEDE", "RUS", "ARE"), ("CONCEDE", "ARE", "UKR")},
    ),
    # a place retaken "từ tay Y" that names the retaker's own capital: Y is attacked
    (
        "Quân đội Sudan giành lại quyền kiểm soát thủ đô Khartoum từ tay RSF.",
        {("ASSAULT", "SDN", "RSF")},
        set(),
    ),
    (
        "Quân đội Sudan chiếm lại thủ đô Khartoum từ tay Lực lượng Hỗ trợ Nhanh.",
        {("ASSAULT", "SDN", "RSF")},
        set(),
    ),
    # the victims named before an attack are not its attacker
    (
        "Ba binh sĩ Mỹ thiệt mạng trong cuộc tấn công bằng máy bay không người lái vào căn cứ "
        "ở Jordan.",
        set(),
        {("ASSAULT", "USA", "JOR")},
    ),
    # guard: an attacker named after the attack still attacks the victims' side
    (
        "Hai binh sĩ Israel thiệt mạng trong cuộc tấn công của Hezbollah.",
        {("ASSAULT", "HEZBOLLAH", "ISR")},
        set(),
    ),
    # (round 2) a pilot or an activist freed
    (
        "Pakistan thả phi công Ấn Độ bị bắt sau khi máy bay của anh bị bắn rơi.",
        {("CONCEDE", "PAK", "IND")},
        set(),
    ),
    # bodies or prisoners handed over "cho nhau" after what is handed over
    (
        "Ukraine và Nga đã trao trả thi thể binh sĩ tử trận cho nhau.",
        {("CONCEDE", "UKR", "RUS"), ("CONCEDE", "RUS", "UKR")},
        set(),
    ),
    # fire exchanged is an attack each way, not talks
    (
        "Ấn Độ và Pakistan trao đổi hỏa lực dữ dội dọc Ranh giới Kiểm soát.",
        {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")},
        {("CONSULT", "IND", "PAK")},
    ),
    # a capture said as "kiểm soát thêm" places of a state
    (
        "Quân đội Nga tuyên bố kiểm soát thêm hai ngôi làng ở tỉnh Donetsk của Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # a route for relief closed gives no aid
    (
        "Israel đã phong tỏa mọi tuyến đường đưa hàng cứu trợ vào Dải Gaza.",
        {("COERCE", "ISR", "PSE")},
        {("AID", "ISR", "PSE")},
    ),
    # (round 3) a launch at a count of places in a state
    (
        "Quân đội Pakistan cho biết Ấn Độ đã bắn tên lửa vào 6 địa điểm ở Pakistan, khiến 26 "
        "dân thường thiệt mạng.",
        {("ASSAULT", "IND", "PAK")},
        set(),
    ),
    (
        "Nga phóng hàng chục tên lửa vào hàng loạt mục tiêu trên khắp Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    # (round 4) a siege or a blockade played in a drill named after it is no act
    (
        "Các tàu chiến Trung Quốc đã bao vây Đài Loan trong cuộc tập trận mang tên Eo biển "
        "Sấm sét.",
        set(),
        {("ASSAULT", "CHN", "TWN")},
    ),
    (
        "Quân đội Trung Quốc phong tỏa Đài Loan trong khuôn khổ cuộc diễn tập Liên hợp Lợi kiếm.",
        set(),
        {("COERCE", "CHN", "TWN")},
    ),
    # guard: a blockade that lasts months is a blockade
    (
        "Israel phong tỏa Dải Gaza trong nhiều tháng.",
        {("COERCE", "ISR", "PSE")},
        set(),
    ),
    # (round 5) towns and regions of war news named without their state
    (
        "Israel không kích thung lũng Bekaa, khiến 8 người thiệt mạng.",
        {("ASSAULT", "ISR", "LBN")},
        set(),
    ),
    (
        "Nga tấn công tên lửa vào thành phố Mykolaiv.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "Triều Tiên pháo kích đảo Yeonpyeong.",
        {("ASSAULT", "PRK", "KOR")},
        set(),
    ),
    # (round 6) a toll in people of no state, the source a state's health ministry
    (
        "Theo Bộ Y tế Li-băng, không kích của Israel đã làm 8 người thiệt mạng ở miền nam.",
        {("ASSAULT", "ISR", "LBN")},
        set(),
    ),
    (
        "Theo Bộ Y tế Gaza, các cuộc không kích của Israel trong đêm qua đã khiến ít nhất 30 "
        "người thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_wave18_e(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, (text, got)
    assert not absent & got, (text, got)
