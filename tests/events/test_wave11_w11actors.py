"""Actor finding, wave 11 (sentences of our own): a counted group whose members the next sentence
names, acts done to each other a few words after the trigger, lists enumerated after "gồm"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sukien.document import Event

Code = Callable[..., list[Event]]
Keys = Callable[..., set[tuple[str, str, str]]]

_WEST = {"GBR", "FRA", "DEU", "ITA"}


@pytest.mark.parametrize(
    ("text", "actors", "kind", "recipient"),
    [
        (  # the count in digits, "Những nước này gồm" in the next sentence
            "Hãng tin Reuters ngày 3/5 đưa tin 4 quốc gia lên án việc Israel mở rộng khu định"
            " cư. Những nước này gồm Anh, Pháp, Đức và Ý.",
            _WEST,
            "ACCUSE",
            "ISR",
        ),
        (  # the count in words, "Đó là …" and no "và"
            "Bốn nước đã ra tuyên bố chung kêu gọi Nga rút quân khỏi khu vực. Đó là Anh, Pháp,"
            " Đức, Ý.",
            _WEST,
            "REQUEST",
            "RUS",
        ),
        (  # "Các quốc gia trên bao gồm:"
            "Nhiều quốc gia chỉ trích Triều Tiên phóng tên lửa. Các quốc gia trên bao gồm: Mỹ,"
            " Nhật Bản và Hàn Quốc.",
            {"USA", "JPN", "KOR"},
            "ACCUSE",
            "PRK",
        ),
    ],
)
def test_counted_group_named_in_the_next_sentence(
    code: Code, keys: Keys, text: str, actors: set, kind: str, recipient: str
) -> None:
    got = keys(code(text))
    assert {(kind, a, recipient) for a in actors} <= got, text


@pytest.mark.parametrize(
    "text",
    [
        # the count disagrees with the list: another group
        "Hãng tin AFP đưa tin 14 quốc gia lên án Israel. Những nước này gồm Anh và Pháp.",
        # someone named before the count is the subject ("Mỹ cùng 3 nước …")
        "Mỹ cùng ba nước đồng minh lên án Iran. Các nước này là Anh, Pháp và Đức.",
        # the next sentence opens otherwise
        "Ba nước lên án Israel. Trước đó, Anh, Pháp và Đức đã gặp nhau tại London.",
    ],
)
def test_counted_group_not_borrowed(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert not {k for k in got if k[0] == "ACCUSE" and k[1] in {"GBR", "FRA", "DEU"}}, text


@pytest.mark.parametrize(
    ("text", "one", "two", "kind"),
    [
        # "qua lại" right after the trigger; a descriptor breaks the coordination
        (
            "Các lực lượng Israel và nhóm vũ trang Hezbollah tấn công qua lại dọc biên giới.",
            {"ISR"},
            {"HEZBOLLAH"},
            "ASSAULT",
        ),
        # modifiers between the noun and "nhằm vào nhau"
        (
            "Quân đội Israel và lực lượng Hezbollah gia tăng các cuộc tấn công ác liệt nhằm vào"
            " nhau.",
            {"ISR"},
            {"HEZBOLLAH"},
            "ASSAULT",
        ),
        # "cũng như" joins a pair of allies to their enemy
        (
            "Liên minh Mỹ-Anh cũng như lực lượng Houthi đều tuyên bố mở đợt tấn công mới nhằm"
            " vào nhau.",
            {"USA", "GBR"},
            {"HOUTHI"},
            "ASSAULT",
        ),
        # "nhằm nhau" without "vào", a drone strike
        (
            "Nga và Ukraine tiếp tục tập kích bằng UAV nhằm nhau trong đêm.",
            {"RUS"},
            {"UKR"},
            "ASSAULT",
        ),
        # artillery back and forth
        (
            "Binh sĩ Thái Lan và Campuchia nã pháo qua lại tại khu vực biên giới.",
            {"THA"},
            {"KHM"},
            "ASSAULT",
        ),
    ],
)
def test_each_other_a_few_words_after(
    code: Code, keys: Keys, text: str, one: set, two: set, kind: str
) -> None:
    got = keys(code(text))
    want = {(kind, a, b) for a in one for b in two} | {(kind, b, a) for a in one for b in two}
    assert want <= got, text
    assert not {k for k in got if k[0] == kind and k[1] in one and k[2] in one}, text


@pytest.mark.parametrize(
    "text",
    [
        # ships passing ("qua lại") a strait: no each-other act
        "Tàu thuyền của Nhật Bản qua lại eo biển Hormuz bị Iran tấn công.",
        # a shared drill "với nhau" is no attack
        "Mỹ và Nhật Bản tập trận chung với nhau ở biển Hoa Đông.",
    ],
)
def test_no_each_other(code: Code, keys: Keys, text: str) -> None:
    got = keys(code(text))
    assert ("ASSAULT", "JPN", "USA") not in got and ("ASSAULT", "JPN", "IRN") not in got, text


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        # a comma run with no "và", enumerated after "gồm"
        (
            "Các bên còn lại của thỏa thuận, gồm Trung Quốc, Nga, Đức, Pháp, Anh gặp trực tiếp"
            " với Iran.",
            {"CHN", "RUS", "DEU", "FRA", "GBR"},
            "IRN",
        ),
        # "là" after a counted group
        (
            "Ba nước là Nga, Trung Quốc, Iran đã lên án Mỹ.",
            {"RUS", "CHN", "IRN"},
            "USA",
        ),
    ],
)
def test_enumerated_list(code: Code, keys: Keys, text: str, actors: set, recipient: str) -> None:
    got = keys(code(text))
    assert {k[1] for k in got if k[2] == recipient} >= actors, text


def test_emirates_in_press_spelling(code: Code, keys: Keys) -> None:
    # "Arập" (official press spelling) keeps the list whole
    text = (
        "Ai Cập, Các tiểu vương quốc Arập thống nhất (UAE) và Bahrain cắt đứt quan hệ ngoại"
        " giao với Qatar."
    )
    got = keys(code(text))
    assert {("SANCTION", a, "QAT") for a in ("EGY", "ARE", "BHR")} <= got


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        # a government of a region joins the list ("và chính phủ miền Đông Libya")
        (
            "Ai Cập, Bahrain, Yemen và chính phủ miền Đông Libya cắt đứt quan hệ ngoại giao với"
            " Qatar.",
            {"EGY", "BHR", "YEM", "LBY"},
            "QAT",
        ),
        (
            "Nga và Chính phủ Syria lên án Mỹ.",
            {"RUS", "SYR"},
            "USA",
        ),
    ],
)
def test_government_descriptor_in_a_list(
    code: Code, keys: Keys, text: str, actors: set, recipient: str
) -> None:
    got = keys(code(text))
    assert {k[1] for k in got if k[2] == recipient} >= actors, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pair named before the third party in the sentence: its "hai bên"
        (
            "Sau khi giao tranh giữa Thái Lan và Campuchia bùng phát, Mỹ kêu gọi hai bên kiềm chế.",
            {("REQUEST", "USA", "THA"), ("REQUEST", "USA", "KHM")},
        ),
    ],
)
def test_third_party_addresses_the_pair_named_before(
    code: Code, keys: Keys, text: str, expected: set
) -> None:
    got = keys(code(text))
    assert expected <= got, text


def test_third_party_pair_not_the_subject(code: Code, keys: Keys) -> None:
    # the subject's own pair is not "hai bên" of its call
    got = keys(code("Mỹ và Nhật Bản kêu gọi hai bên kiềm chế."))
    assert not {k for k in got if k[0] == "REQUEST" and {k[1], k[2]} == {"USA", "JPN"}}
