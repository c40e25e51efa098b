"""Short state names opening a sentence ("Nga", "Mỹ"): the state in world news, a name elsewhere."""

from __future__ import annotations

from sukien.document import Document, Entity
from sukien.entities.stage import extract_entities


def gpes(text: str) -> dict[str, str | None]:
    es: list[Entity] = extract_entities(Document(doc="t", text=text))
    return {e.text: e.code for e in es if e.type == "GPE"}


def test_sentence_initial_state_in_world_news() -> None:
    got = gpes("Nga đã tấn công nhiều mục tiêu ở Ukraine. Mỹ cảnh báo Iran về vụ thử tên lửa.")
    assert got.get("Nga") == "RUS"
    assert got.get("Mỹ") == "USA"


def test_sentence_initial_name_without_foreign_state_stays_out() -> None:
    # only Viet Nam is named: "Nga" opening the sentence is a woman's given name
    got = gpes("Nga năm nay 20 tuổi, đang học tại Hà Nội. Việt Nam là quê hương của cô.")
    assert "Nga" not in got


def test_sentence_initial_pronoun_anh_stays_out() -> None:
    got = gpes("Anh trở lại Pháp vào năm sau, sau khi học xong ở Hà Nội.")
    assert "Anh" not in got


def test_sentence_initial_state_beside_viet_nam_in_one_sentence() -> None:
    # a headline-like sentence: Viet Nam alone does not make world news, a dyad in one sentence does
    assert gpes("Mỹ trừng phạt Việt Nam.").get("Mỹ") == "USA"
    assert gpes("Nga và Việt Nam ký hiệp định hợp tác năng lượng.").get("Nga") == "RUS"


def test_state_after_a_verb_ending_in_a_kinship_syllable() -> None:
    # "tuyên bố", "công bố": "bố" closes the verb, it is no "father" before a name
    got = gpes("Bộ Ngoại giao Pháp tuyên bố Nga phải chịu trách nhiệm. Họ công bố Nga đã đáp trả.")
    assert got.get("Nga") == "RUS"
    assert "Nga" not in gpes("Chiều qua, bà ngoại Nga đi chợ ở Hà Nội.")


def test_sentence_initial_anh_before_a_verb_only_a_state_does() -> None:
    assert gpes("Anh trừng phạt năm quan chức Nga.").get("Anh") == "GBR"
    assert gpes("Anh đã trục xuất hai nhà ngoại giao Iran.").get("Anh") == "GBR"
    assert "Anh" not in gpes("Anh trở lại Pháp để học tiếp.")
