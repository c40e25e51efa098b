"""bench/heldout_texts.py: presence and entity coverage of the held-out texts (our own text)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("heldout_texts", ROOT / "bench" / "heldout_texts.py")
assert spec and spec.loader
heldout_texts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(heldout_texts)


def _gold(tmp_path: Path) -> Path:
    docs = [
        {
            "doc": "a",
            "path": str(tmp_path / "a.txt"),
            "entities": [
                {"type": "GPE", "code": "VNM", "aliases": ["Việt Nam", "Hà Nội"]},
                {"type": "PER", "name": "Nguyễn Văn A", "aliases": []},
                {"type": "LOC", "name": "Biển Đông", "aliases": [], "optional": True},
            ],
        },
        {"doc": "b", "path": str(tmp_path / "b.txt"), "entities": []},
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    return gold


def test_coverage_counts_aliases_and_skips_optional(tmp_path: Path) -> None:
    doc = json.loads(_gold(tmp_path).read_text())["documents"][0]
    assert heldout_texts.entity_coverage(doc, "Tin từ HÀ NỘI hôm nay.") == (1, 2)
    assert heldout_texts.entity_coverage(doc, "Ông Nguyễn Văn A tới Việt Nam.") == (2, 2)


def test_missing_and_low_documents_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path)
    (tmp_path / "a.txt").write_text("Một bài không nêu tên ai.", encoding="utf-8")
    assert heldout_texts.main([str(gold)]) == 1
    out = capsys.readouterr().out
    assert "LOW a entities 0/2" in out and "MISSING b" in out
    assert "2 documents, 1 missing, 1 low" in out
    (tmp_path / "b.txt").write_text("Bài thứ hai.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Hà Nội: ông Nguyễn Văn A phát biểu.", encoding="utf-8")
    assert heldout_texts.main([str(gold), "--quiet"]) == 0
    assert "2 documents, 0 missing, 0 low" in capsys.readouterr().out
