"""The learned pair coder (events/pairs.py): its data file, the features of sentences we write
ourselves, and how a model's probabilities become events."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from sukien.document import Document, Event
from sukien.events.lexicon import PLOVER_TYPES
from sukien.events.pairs import (
    PairCoder,
    PairModel,
    PairModelError,
    load_model,
    pair_features,
    parse_model,
    unit_features,
    units,
)
from sukien.pipeline import Stage, load_stage


@pytest.fixture(scope="module")
def read(stages: list[Stage]):  # type: ignore[no-untyped-def]
    """Our text through nlp, entities, values and the rules (no calibration, no pair model)."""

    def run(text: str, title: str | None = None) -> Document:
        doc = Document(doc="t", title=title, text=text, published="2024-03-15")
        for st in stages:
            doc = st.process(doc)
        doc.events = []
        return doc

    return run


def test_model_file_format() -> None:
    path = resources.files("sukien.data") / "events" / "pair_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    model = parse_model(data)
    assert set(model.weights) <= set(PLOVER_TYPES) and len(model.weights) >= 10
    assert data["trained_on"] and data["C"] > 0
    cv = data["cv"]["f1"]
    # the reason the model exists: left-out sets gain over the rules alone at its threshold
    assert cv[f"{model.threshold:.2f}"] > cv["rules"]
    assert all(isinstance(w, float) for ws in model.weights.values() for w in ws.values())


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"threshold": 0.5, "types": {"ACCUSE": {"bias": 0}}},
        {"threshold": 0.5, "types": {"GOSSIP": {"bias": 0, "weights": {}}}},
        {"threshold": 1.5, "types": {"ACCUSE": {"bias": 0, "weights": {}}}},
    ],
)
def test_bad_model_files_are_named(bad: dict) -> None:
    with pytest.raises(PairModelError, match="pairs.json"):
        parse_model(bad, "pairs.json")


def test_units_are_sentences_then_the_headline(read) -> None:  # type: ignore[no-untyped-def]
    doc = read(
        "Nhật Bản phản đối Trung Quốc về vụ việc. Hai nước sẽ tiếp tục đối thoại.",
        title="Nhật Bản gửi công hàm cho Trung Quốc",
    )
    us = units(doc)
    assert [u.part for u in us] == ["text", "text", "title"]
    assert {p[2] for p in us[0].parties} == {"JPN", "CHN"}
    assert {p[2] for p in us[2].parties} == {"JPN", "CHN"}
    head = us[2]
    assert all(head.text[s:e] in ("Nhật Bản", "Trung Quốc") for s, e, _ in head.parties)


def test_features_mark_order_words_and_triggers(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("Hôm qua, Úc lên tiếng chỉ trích Indonesia vì vụ bắt giữ.")
    unit = units(doc)[0]
    fwd = unit_features(unit, "AUS", "IDN")
    assert fwd["fdir"] == 1.0 and "rdir" not in fwd
    assert {"fM:chỉ", "fM:chỉ_trích", "fL:qua", "fR:vì", "S:úc"} <= set(fwd)
    assert "fTM:ACCUSE" in fwd and "T:ACCUSE" in fwd
    back = unit_features(unit, "IDN", "AUS")
    assert back["rdir"] == 1.0 and "rTM:ACCUSE" in back


def test_pair_features_sum_sentences_and_read_the_rules(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("Úc chỉ trích Indonesia. Úc và Indonesia đã hội đàm tại Jakarta.")
    feats = pair_features(doc, [], floor=0.45)
    total, found = feats[("AUS", "IDN")]
    assert len(found) == 2 and math.isclose(total["co"], math.log1p(2))
    coded = [e for e in _rules(doc) if e.type == "ACCUSE"]
    total2, _ = pair_features(doc, coded, floor=0.0)[("AUS", "IDN")]
    assert total2["rule:ACCUSE:asserted"] == 1.0 and total2["rule_any"] == 1.0
    assert pair_features(doc, coded, floor=0.0)[("IDN", "AUS")][0]["rrule:ACCUSE:asserted"] == 1.0


def _rules(doc: Document) -> list[Event]:
    from sukien.events.coder import Coder

    return Coder().code(doc)


def _model(typ: str, feature: str, threshold: float = 0.5) -> PairModel:
    return PairModel({typ: -2.0}, {typ: {feature: 5.0}}, threshold)


def test_a_confident_type_becomes_one_event_in_its_best_sentence(read) -> None:  # type: ignore[no-untyped-def]
    doc = read(
        "Phái đoàn Úc đến Indonesia hôm thứ Hai. Úc đòi Indonesia trả tự do cho các ngư dân."
    )
    coder = PairCoder(_model("REQUEST", "fM:đòi"))
    added = coder.code(doc, [])
    assert [(e.type, e.actor.code, e.recipient.code) for e in added] == [  # type: ignore[union-attr]
        ("REQUEST", "AUS", "IDN")
    ]
    ev = added[0]
    assert ev.evidence.sentence.startswith("Úc đòi") and ev.modality == "asserted"
    assert ev.confidence == pytest.approx(1 / (1 + math.exp(-3.0)), abs=1e-3)
    assert doc.text[ev.evidence.spans["actor"].start : ev.evidence.spans["actor"].end] == "Úc"


def test_types_the_rules_coded_are_not_added_again(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("Úc chỉ trích Indonesia về vụ bắt giữ.")
    rules = [e for e in _rules(doc) if e.modality == "asserted"]
    assert ("ACCUSE", "AUS", "IDN") in {(e.type, e.actor.code, e.recipient.code) for e in rules}  # type: ignore[union-attr]
    for e in rules:
        e.confidence = 0.9
    assert PairCoder(_model("ACCUSE", "fTM:ACCUSE")).code(doc, rules) == []
    for e in rules:
        e.confidence = 0.1  # under the confidence model's threshold: as good as uncoded
    assert len(PairCoder(_model("ACCUSE", "fTM:ACCUSE")).code(doc, rules)) == 1


def test_below_threshold_or_symmetric_twins_add_nothing_more(read) -> None:  # type: ignore[no-untyped-def]
    doc = read("Úc và Indonesia đã hội đàm tại Jakarta.")
    assert PairCoder(_model("CONSULT", "fM:và", threshold=0.99)).code(doc, []) == []
    both = PairCoder(PairModel({"CONSULT": -2.0}, {"CONSULT": {"fM:và": 5.0, "rM:và": 5.0}}, 0.5))
    added = both.code(doc, [])
    assert len(added) == 1  # AUS-IDN and IDN-AUS are one meeting
    assert (added[0].actor.code, added[0].recipient.code) == ("AUS", "IDN")  # type: ignore[union-attr]


def test_the_shipped_model_reads_an_accusation(read) -> None:  # type: ignore[no-untyped-def]
    said = read("Bộ Ngoại giao Nga ngày 3/4 lên án Mỹ đã can thiệp vào công việc nội bộ Venezuela.")
    none = read("Bộ Ngoại giao Nga ngày 3/4 có trụ sở cách đại sứ quán Mỹ hai cây số.")
    model = load_model()
    p_said = model.probability("ACCUSE", pair_features(said, _rules(said))[("RUS", "USA")][0])
    p_none = model.probability("ACCUSE", pair_features(none, _rules(none))[("RUS", "USA")][0])
    assert p_said > 0.5 > p_none


def test_the_stage_adds_and_counts_pair_model_events(read) -> None:  # type: ignore[no-untyped-def]
    off = load_stage("events")(pairs=False)
    on = load_stage("events")()
    text = "Bộ Ngoại giao Nga ngày 3/4 lên án Mỹ đã can thiệp vào công việc nội bộ của Venezuela."
    a, b = read(text), read(text)
    off.process(a)
    on.process(b)
    assert off.pairs is None and on.pairs is not None
    assert on.counts["pair_model_events"] == len(b.events) - len(a.events) >= 0
