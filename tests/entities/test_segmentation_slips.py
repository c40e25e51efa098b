"""A state name that the word segmenter glues to the next syllable is still the state."""

from __future__ import annotations

from sukien.document import Document
from sukien.pipeline import Pipeline


def _codes(text: str) -> list[str | None]:
    doc = Document(doc="t", raw=f"Tiêu đề thử\n\n{text}\n")
    (out,) = Pipeline.build(("clean", "nlp", "entities")).run([doc])
    return [e.code for e in out.entities if e.type == "GPE"]


def test_state_glued_to_a_verb_by_the_segmenter() -> None:
    # underthesea segments "Mỹ áp" as one word here: a slip, not a dictionary word
    assert _codes("Ngày 5/6, Mỹ áp thuế đối với thép của Trung Quốc.") == ["USA", "CHN"]


def test_state_inside_a_dictionary_word_is_not_the_state() -> None:
    assert "JPN" not in _codes("Nhật ký của người lính được trưng bày tại bảo tàng Hà Nội.")


def test_party_name_ending_in_a_function_syllable_is_whole() -> None:
    doc = Document(doc="t", raw="Tiêu đề thử\n\nỨng viên của Đảng Tự do đã thua sát nút.\n")
    (out,) = Pipeline.build(("clean", "nlp", "entities")).run([doc])
    assert "Đảng Tự do" in [e.text for e in out.entities if e.type == "ORG"]


def test_initial_before_a_known_name_keeps_the_person() -> None:
    doc = Document(
        doc="t",
        raw="Tiêu đề thử\n\nHội nghị có Tổng thống Brazil J.Bolsonaro và Thủ tướng Ấn Độ N.Modi.\n",
    )
    (out,) = Pipeline.build(("clean", "nlp", "entities")).run([doc])
    people = {e.text: (e.id, e.role) for e in out.entities if e.type == "PER"}
    assert people["J.Bolsonaro"] == ("PER:jair-bolsonaro", "president")
    assert people["N.Modi"][0] == "PER:narendra-modi"
