"""The learned event confidence: its data file, and what it says of events we write ourselves."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest

from sukien.document import Document, Event
from sukien.events.confidence import (
    FEATURES,
    ConfidenceModelError,
    calibrate,
    event_key,
    features,
    load_model,
    parse_model,
)
from sukien.events.lexicon import load_lexicon
from sukien.pipeline import Stage, load_stage


def test_model_file_format() -> None:
    path = resources.files("sukien.data") / "events" / "confidence.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    model = parse_model(data)
    assert set(model.weights) == set(FEATURES)
    assert data["cv"]["auc"] > data["cv"]["auc_path"]  # the reason the model exists
    assert data["trained_on"] and data["l2"] > 0


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"bias": 0, "weights": {"path": "x"}},
        {"bias": 0, "weights": {f: 0 for f in FEATURES[1:]}},
    ],
)
def test_bad_model_files_are_named(bad: dict) -> None:
    with pytest.raises(ConfidenceModelError, match="model.json"):
        parse_model(bad, "model.json")


def _doc(stages: list[Stage], title: str, text: str) -> tuple[Document, list[Event]]:
    doc = Document(doc="t", title=title, text=text, published="2024-03-15")
    for st in [
        *stages,
        load_stage("events")(
            modalities=("asserted", "planned", "hoped", "denied", "hypothetical"), calibrate=False
        ),
    ]:
        doc = st.process(doc)
    return doc, doc.events


def _conf(events: list[Event], typ: str) -> set[float]:
    return {e.confidence for e in events if e.type == typ and e.modality == "asserted"}


def test_repeated_events_are_surer_than_passing_ones(stages: list[Stage]) -> None:
    strong_doc, strong = _doc(
        stages,
        "Việt Nam và Nhật Bản hội đàm cấp cao",
        "Ngày 12/3, Thủ tướng Việt Nam hội đàm với Thủ tướng Nhật Bản tại Hà Nội. "
        "Sau cuộc hội đàm, Thủ tướng Việt Nam và Thủ tướng Nhật Bản gặp gỡ báo chí.",
    )
    weak_doc, weak = _doc(
        stages,
        "Giá dầu tăng mạnh",
        "Giá dầu tăng sau khi Mỹ, Anh, Pháp, Đức và Italy cùng nhiều nước khác họp bàn "
        "về năng lượng, trong khi Canada viện trợ cho Ukraine.",
    )
    lex = load_lexicon()
    f = features(strong_doc, strong, lex)
    key = event_key(next(e for e in strong if e.type == "CONSULT"))
    assert key is not None and f[key]["mentions"] == pytest.approx(math.log1p(2))
    calibrate(strong_doc, strong)
    calibrate(weak_doc, weak)
    (sure,) = _conf(strong, "CONSULT")  # both mentions, one judgement
    passing = [e.confidence for e in weak if e.modality == "asserted" and e.actor and e.recipient]
    assert passing and sure > max(passing)


def test_background_is_a_feature(stages: list[Stage]) -> None:
    doc, events = _doc(stages, "Lịch sử", "Năm 1945, Mỹ ném bom Nhật Bản.")
    lex = load_lexicon()
    (k,) = [event_key(e) for e in events if e.type == "ASSAULT"]
    assert features(doc, events, lex)[k]["past"] == 1.0


def test_the_stage_calibrates_by_default(stages: list[Stage]) -> None:
    doc = Document(
        doc="t",
        text="Ngày 12/3, Thủ tướng Việt Nam hội đàm với Thủ tướng Nhật Bản.",
        published="2024-03-15",
    )
    for st in [*stages, load_stage("events")()]:
        doc = st.process(doc)
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    raw = [*stages, load_stage("events")(calibrate=False)]
    plain = Document(doc="t", text=doc.text, published=doc.published)
    for st in raw:
        plain = st.process(plain)
    ((k, f),) = features(plain, plain.events).items()
    assert ev.confidence == round(load_model().probability(f), 3)


def test_the_stage_drops_events_under_min_confidence(stages: list[Stage]) -> None:
    text = (
        "Ngày 12/3, Thủ tướng Việt Nam hội đàm với Thủ tướng Nhật Bản tại Hà Nội. "
        "Giá dầu tăng sau khi Mỹ, Anh, Pháp, Đức và Italy cùng nhiều nước khác họp bàn "
        "về năng lượng, trong khi Canada viện trợ cho Ukraine."
    )

    def run(**options: float) -> tuple[Document, Stage]:
        doc = Document(doc="t", title="Tin tổng hợp", text=text, published="2024-03-15")
        stage = load_stage("events")(**options)
        for st in [*stages, stage]:
            doc = st.process(doc)
        return doc, stage

    everything, _ = run(min_confidence=0.0)
    confs = sorted(e.confidence for e in everything.events)
    assert len(confs) >= 2 and confs[0] < confs[-1]
    cut = (confs[0] + confs[-1]) / 2
    kept, stage = run(min_confidence=cut)
    assert sorted(e.confidence for e in kept.events) == [c for c in confs if c >= cut]
    assert stage.counts["low_confidence"] == sum(1 for c in confs if c < cut)
    default, _ = run()
    assert all(e.confidence >= load_model().threshold for e in default.events)


def test_min_confidence_is_checked() -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        load_stage("events")(min_confidence=1.5)


def test_the_model_threshold_is_checked() -> None:
    data = {"bias": 0, "weights": {f: 0 for f in FEATURES}, "threshold": 1.0}
    with pytest.raises(ConfidenceModelError, match="threshold"):
        parse_model(data, "model.json")
    assert parse_model({**data, "threshold": 0.4}).threshold == 0.4


def test_extract_takes_min_confidence(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sukien.cli import app

    art = tmp_path / "a.txt"
    art.write_text(
        "Hai thủ tướng hội đàm\n\nNgày 12/3, Thủ tướng Việt Nam hội đàm với Thủ tướng "
        "Nhật Bản tại Hà Nội.\n",
        encoding="utf-8",
    )

    def events(*opts: str) -> list[dict]:
        res = CliRunner().invoke(app, ["extract", str(art), "-q", *opts])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)["events"]

    assert [e["type"] for e in events("--min-confidence", "0")] == ["CONSULT"]
    assert events("--min-confidence", "1") == []
    res = CliRunner().invoke(app, ["extract", str(art), "--min-confidence", "2"])
    assert res.exit_code != 0 and "min-confidence" in res.output


def test_mention_features_say_how_the_pair_was_coded(stages: list[Stage]) -> None:
    doc, events = _doc(
        stages,
        "Tin tổng hợp",
        "Ngày 12/3, Mỹ trừng phạt Iran, Syria, Triều Tiên và Venezuela. "
        "Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Đức tại Paris.",
    )
    f = features(doc, events, load_lexicon())
    listed = [k for k in f if k[0] == "SANCTION"]
    assert len(listed) == 4  # one trigger, four pairs: each knows it was one of four
    assert all(f[k]["fanout"] == pytest.approx(math.log1p(3)) for k in listed)
    assert all(f[k]["pairwise"] == 0.0 for k in listed)  # one actor, four recipients
    assert all(f[k]["person_args"] == 0.0 and f[k]["dated"] == 1.0 for k in listed)
    (talks,) = [k for k in f if k[0] == "CONSULT"]
    assert f[talks]["fanout"] == 0.0 and f[talks]["dated"] == 0.0
    assert f[talks]["person_args"] > 0 and f[talks]["placed"] == 1.0
    assert f[talks]["args_in_sentence"] == 1.0 and 0 < f[talks]["arg_spread"] < 1


def test_co_signers_paired_with_each_other_are_pairwise(stages: list[Stage]) -> None:
    doc, events = _doc(
        stages,
        "Tuyên bố chung",
        "Ngày 12/3, Anh, Pháp và Đức ký tuyên bố chung về an ninh năng lượng.",
    )
    f = features(doc, events, load_lexicon())
    signed = [k for k in f if k[0] == "AGREE"]
    assert len(signed) == 3 and all(f[k]["pairwise"] == 1.0 for k in signed)
    assert all(f[k]["listed_agreement"] == 1.0 for k in signed)
    drill, drills = _doc(
        stages, "Tập trận", "Ngày 12/3, Mỹ, Ấn Độ và Nhật Bản tập trận chung trên biển."
    )
    g = features(drill, drills, load_lexicon())
    joint = [k for k in g if k[0] == "COOPERATE"]
    assert len(joint) == 3 and all(g[k]["pairwise"] == 1.0 for k in joint)
    assert not any(g[k]["listed_agreement"] for k in joint)  # drills are held by every pair


def test_blind_rows_file_format() -> None:
    """bench/heldout/confidence_blind.json (bench/confidence_blind.sh): features and labels of
    coded events, never article text."""
    path = Path(__file__).resolve().parents[2] / "bench" / "heldout" / "confidence_blind.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["sets"]
    for name, s in data["sets"].items():
        assert name.startswith("heldout") and s["coded_by"] and s["required"] > 0
        for row in s["rows"]:
            assert set(row) == {"doc", "key", "label", "features"}
            assert row["label"] in (0, 1, None) and len(row["key"]) == 3
            assert set(row["features"]) <= set(FEATURES)
