"""Wave 18, the lead's cases (eighteenth session): an attack's toll names its target, people
charged by pronoun, attacks vowed, one holder's two titles, a bare "Thủ tướng", a place
captured, the Quad's other name, praise with a list of qualities.

Every sentence is written for these tests; each case naming events failed before its fix, the
others guard it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]
Case = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

CASES: list[Case] = [
    # the toll counted in a state's people, however far after the attack
    (
        "Các cuộc không kích của Israel hôm qua đã khiến ít nhất 50 người Palestine thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
    (
        "Israel không kích trong 24 giờ qua, khiến 50 người Palestine thiệt mạng.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
    # people of a state held or expelled, then charged by pronoun: the charge is against it
    (
        "Anh trục xuất tùy viên quân sự Nga, cáo buộc ông này là sĩ quan tình báo không khai báo.",
        {("SANCTION", "GBR", "RUS"), ("ACCUSE", "GBR", "RUS")},
        set(),
    ),
    (
        "Iran bắt giữ hai công dân Pháp, cáo buộc họ kích động biểu tình.",
        {("COERCE", "IRN", "FRA"), ("ACCUSE", "IRN", "FRA")},
        set(),
    ),
    # "người này" (this person) refers back like "ông này"
    (
        "Nga bắt giữ một công dân Mỹ, cáo buộc người này làm gián điệp.",
        {("COERCE", "RUS", "USA"), ("ACCUSE", "RUS", "USA")},
        set(),
    ),
    # an attack its author says it will make is a threat made in the saying
    (
        "Bộ trưởng Quốc phòng Israel tuyên bố quân đội nước này sẽ tiếp tục tấn công Hezbollah.",
        {("THREATEN", "ISR", "HEZBOLLAH")},
        set(),
    ),
    # ... not an attack someone else is said to be going to make
    (
        "Mỹ cảnh báo Nga sẽ tấn công Ukraine trong vài ngày tới.",
        set(),
        {("THREATEN", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR")},
    ),
    # one holder's two titles: "Tổng Bí thư, Chủ tịch Trung Quốc X" is one person, China's
    (
        "Thủ tướng Campuchia đã hội kiến Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.",
        {("CONSULT", "KHM", "CHN")},
        set(),
    ),
    (
        "Tổng thống Indonesia đã hội đàm với Tổng Bí thư, Chủ tịch Lào Thongloun Sisoulith.",
        {("CONSULT", "IDN", "LAO")},
        {("CONSULT", "IDN", "VNM")},
    ),
    # "Thủ tướng" named bare with no holder before is Viet Nam's, as its press names him ...
    (
        "Nhân dịp dự Hội nghị thượng đỉnh G20, Thủ tướng đã có cuộc gặp song phương với Tổng "
        "thống Brazil.",
        {("CONSULT", "VNM", "BRA")},
        set(),
    ),
    # ... but a title joined to the next shares its state
    (
        "Tòa án Hình sự quốc tế (ICC) thông báo lệnh bắt giữ Thủ tướng và cựu Bộ trưởng Quốc "
        "phòng Israel.",
        set(),
        {("COERCE", "ICC", "VNM")},
    ),
    # a place captured: "chiếm thành phố X"; not a share ("chiếm 30% thị phần")
    (
        "Phiến quân M23 chiếm thành phố Goma ở miền đông CHDC Congo.",
        {("ASSAULT", "M23", "COD")},
        set(),
    ),
    # ... also when the places lie "ở Y" (no direct object: the state comes from the place)
    (
        "Nga chiếm thêm ba ngôi làng ở miền đông Ukraine.",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "Trung Quốc chiếm 30% thị phần xe điện của châu Âu.",
        set(),
        {("ASSAULT", "CHN", "EU")},
    ),
    # the Quad by its other Vietnamese name
    (
        "Nhóm Tứ giác Kim cương (Quad) bày tỏ quan ngại sâu sắc về các hành động của Trung Quốc "
        "ở Biển Đông.",
        {("ACCUSE", "QUAD", "CHN")},
        set(),
    ),
    # thanks and praise with a list of qualities before "của Y": Y is praised
    (
        "Thủ tướng Lào cảm ơn sự giúp đỡ to lớn, quý báu và hiệu quả của Việt Nam.",
        {("SUPPORT", "LAO", "VNM")},
        set(),
    ),
    (
        "Lãnh đạo Campuchia đánh giá cao sự hỗ trợ to lớn, chí tình của Việt Nam.",
        {("SUPPORT", "KHM", "VNM")},
        set(),
    ),
    # fighting between sides has no one target, whoever is hurt in it
    (
        "Giao tranh giữa Israel, Hezbollah hôm qua khiến 5 nhân viên Liên hợp quốc bị thương.",
        set(),
        {("ASSAULT", "ISR", "UN"), ("ASSAULT", "UN", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_lead_cases(code: Code, keys: Keys, text: str, present: set, absent: set) -> None:
    got = keys(code(text))
    assert present <= got, f"missing {present - got} in {got}"
    assert not absent & got, f"unexpected {absent & got}"
