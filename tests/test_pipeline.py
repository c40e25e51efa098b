"""The whole chain: ingestion -> clean -> dedup -> nlp, its checks and its accounts."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from sukien.document import Document
from sukien.pipeline import Pipeline, PipelineError, check_chain, load_stage
from sukien.runner import process

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_check_chain_names_the_missing_stage() -> None:
    with pytest.raises(PipelineError, match=r"stage 'nlp' requires text.*add clean before it"):
        check_chain([load_stage("nlp")])
    with pytest.raises(PipelineError, match=r"stage 'dedup' requires text"):
        Pipeline.build(["dedup", "clean"])
    check_chain([load_stage("clean"), load_stage("dedup"), load_stage("nlp")])


def test_unknown_stage() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'kleen'"):
        Pipeline.build(["kleen"])


def test_examples_through_clean_dedup_nlp() -> None:
    docs: list[Document] = []
    report = process([str(EXAMPLES)], docs.append, stages=("clean", "dedup", "nlp"))
    assert report.rejected == []
    assert report.read == report.out == len(docs) == 8
    assert report.counts["dedup"]["duplicates"] == 1
    assert report.counts["dedup"]["duplicate_paragraphs"] >= 2
    dup = [d for d in docs if d.duplicate_of]
    assert [(d.doc, d.duplicate_of) for d in dup] == [
        ("07_tin-the-gioi-1", "01_viet-nam-nhat-ban-hoi-dam")
    ]
    for d in docs:
        assert d.text and d.sentences and d.title
        for s in d.sentences:
            assert d.text[s.start : s.end] == s.text
        for r in d.removed:
            assert set(r) == {"reason", "text"}
        for bad in ("Tin liên quan", "(Ảnh:", "Ảnh: AFP", "Mời quý độc giả", "./."):
            assert bad not in d.text, (d.doc, bad)
    html = next(d for d in docs if d.meta.get("format") == "html")
    assert html.published == "2024-08-29" and "Trang chủ" not in html.text


def test_counts_in_equal_out_plus_rejected(tmp_path: Path) -> None:
    art = (EXAMPLES / "03_han-quoc-to-trieu-tien.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(art, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + art.encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00" + b"\xc3\x28" * 50)
    (tmp_path / "e.html").write_text("<html><body><a href=/x>Trang chủ</a></body></html>")
    (tmp_path / "f.jsonl").write_text(
        json.dumps({"title": "Tin", "text": art}, ensure_ascii=False) + "\n{hỏng\n",
        encoding="utf-8",
    )
    (tmp_path / "g.txt").write_text("Tin liên quan\n-----\n(Ảnh: AFP)\n", encoding="utf-8")
    docs: list[Document] = []
    report = process([str(tmp_path)], docs.append, stages=("clean", "dedup"))
    reasons = {Path(r.source).name: (r.stage, r.reason) for r in report.rejected}
    assert set(reasons) == {"c.txt", "d.txt", "e.html", "f.jsonl:2", "g.txt"}
    assert reasons["g.txt"] == ("clean", "no article text left after cleaning")
    assert report.read == 8
    assert report.read == report.out + len(report.rejected)
    assert report.counts["ingest"] == {"in": 8, "out": 4, "rejected": 4}
    assert [d.doc for d in docs] == ["a", "b", "f-1"]
    assert docs[1].duplicate_of == "a" and docs[2].duplicate_of == "a"
