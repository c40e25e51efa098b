"""bench/heldout_save.py: a page saved for a new blind set, a used address refused."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("heldout_save", ROOT / "bench" / "heldout_save.py")
assert spec and spec.loader
heldout_save = importlib.util.module_from_spec(spec)
spec.loader.exec_module(heldout_save)

TEXT = "Tin thế giới của chúng tôi\n\n" + "Hai nước nhất trí tăng cường hợp tác kinh tế. " * 6


def _golds(tmp_path: Path) -> Path:
    golds = tmp_path / "golds"
    golds.mkdir()
    doc = {"doc": "x", "path": "/nowhere/x.txt", "url": "https://www.example.vn/tin-a/"}
    (golds / "web1.json").write_text(json.dumps({"documents": [doc]}), encoding="utf-8")
    return golds


def test_a_page_is_saved_with_its_address(tmp_path: Path) -> None:
    golds, heldout = _golds(tmp_path), tmp_path / "work"
    path = heldout_save.save("9", "h9_01", "http://example.vn/tin-b", TEXT, golds, heldout)
    assert path.read_text(encoding="utf-8").startswith("Tin thế giới")
    assert "http://example.vn/tin-b" in (heldout / "heldout9" / "urls.txt").read_text()
    with pytest.raises(ValueError, match="taken"):  # now used by set 9 itself
        heldout_save.save("9", "h9_02", "https://www.example.vn/tin-b/", TEXT, golds, heldout)


def test_an_address_a_gold_uses_is_refused(tmp_path: Path) -> None:
    golds, heldout = _golds(tmp_path), tmp_path / "work"
    with pytest.raises(ValueError, match="taken"):
        heldout_save.save("9", "h9_01", "http://example.vn/tin-a", TEXT, golds, heldout)
    assert not (heldout / "heldout9").exists()


def test_a_short_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too short"):
        heldout_save.save("9", "h9_01", "http://e.vn/c", "Ngắn.", _golds(tmp_path), tmp_path)
