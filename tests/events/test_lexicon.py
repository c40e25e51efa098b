"""The ontology and lexicon data files: format and content checks."""

from __future__ import annotations

import pytest

from sukien.events.lexicon import (
    PLOVER_TYPES,
    LexiconError,
    load_lexicon,
    norm,
    parse_constraints,
)


def test_ontology_has_the_16_plover_types_with_quad_class_and_score() -> None:
    lex = load_lexicon()
    assert set(lex.types) == set(PLOVER_TYPES)
    for t in lex.types.values():
        assert t.quad_class in (1, 2, 3, 4)
        assert -10 <= t.score <= 10
        assert (t.score > 0) == (t.quad_class in (1, 2))
    assert set(lex.types["CONSULT"].modes) == {"visit", "third-party", "multilateral", "phone"}
    assert {n for n, t in lex.types.items() if t.symmetric} == {"CONSULT", "AGREE", "COOPERATE"}


def test_every_type_has_triggers_and_the_core_vietnamese_words_are_there() -> None:
    lex = load_lexicon()
    assert {t.type for t in lex.triggers.values()} == set(PLOVER_TYPES)
    core = {
        "gặp": "CONSULT",
        "hội đàm": "CONSULT",
        "tiếp": "CONSULT",
        "thăm": "CONSULT",
        "điện đàm": "CONSULT",
        "nhất trí": "AGREE",
        "ký kết": "AGREE",
        "thỏa thuận": "AGREE",
        "hợp tác": "COOPERATE",
        "cung cấp": "AID",
        "viện trợ": "AID",
        "trừng phạt": "SANCTION",
        "cấm vận": "SANCTION",
        "cáo buộc": "ACCUSE",
        "chỉ trích": "ACCUSE",
        "bác bỏ": "REJECT",
        "đe dọa": "THREATEN",
        "tấn công": "ASSAULT",
        "trục xuất": "SANCTION",
        "yêu cầu": "REQUEST",
        "kêu gọi": "REQUEST",
        "hoan nghênh": "SUPPORT",
        "ủng hộ": "SUPPORT",
    }
    for word, typ in core.items():
        assert lex.triggers[word].type == typ, word


def test_entries_are_normalised_and_modes_belong_to_their_type() -> None:
    lex = load_lexicon()
    for text, trig in lex.triggers.items():
        assert text == norm(text)
        assert trig.mode is None or trig.mode in lex.types[trig.type].modes
    for cue, typ, mode in lex.modes:
        assert cue == norm(cue) and mode in lex.types[typ].modes
    assert set(lex.references.values()) == {"dyad"}
    assert set(lex.prepositions.values()) <= {"recipient", "between", "agent", "place"}


def test_constraint_parser_names_the_bad_entry() -> None:
    assert parse_constraints("need=obj;not_next=dò|phải", "x")["not_next"] == ("dò", "phải")
    with pytest.raises(LexiconError, match="triggers.tsv:7"):
        parse_constraints("need=nothing", "triggers.tsv:7")
    with pytest.raises(LexiconError, match="bad constraint"):
        parse_constraints("after=x", "triggers.tsv:8")


def test_memberships_are_alpha3_member_lists_of_known_organisations() -> None:
    lex = load_lexicon()
    assert "VNM" in lex.members["ASEAN"] and "USA" in lex.members["NATO"]
    assert all(len(m) >= 2 for m in lex.members.values())
