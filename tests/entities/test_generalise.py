"""General name mechanisms for unseen news, on sentences written for these tests."""

from __future__ import annotations

from tests.entities.test_recognize import ents, texts


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
