"""ValueStage fills Document.values, sorted, with offsets into the text."""

from __future__ import annotations

from sukien.document import Document
from sukien.pipeline import STAGES, load_stage
from sukien.values.stage import ValueStage


def test_stage_is_registered_and_declares_its_attributes() -> None:
    assert load_stage("values") is ValueStage
    assert "values" in STAGES
    assert ValueStage.requires == frozenset({"text"})
    assert ValueStage.provides == frozenset({"values"})


def test_stage_fills_values_with_offsets() -> None:
    text = "Ngày 3/10, hai nước ký hợp đồng 1 tỷ USD."
    doc = ValueStage().process(Document(doc="d", text=text, published="2018-10-04"))
    assert [(v.type, v.value) for v in doc.values] == [
        ("DATE", "2018-10-03"),
        ("MONEY", {"amount": 1e9, "currency": "USD"}),
    ]
    for v in doc.values:
        assert text[v.start : v.end] == v.text
