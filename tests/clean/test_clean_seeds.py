"""Pinned floor: the cleaner passes every must_keep / must_drop check of the seed articles.

Runs ingestion + clean + dedup only (no NLP) so it stays fast, then scores with the shared
``score_extract.py``. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sukien.document import Document
from sukien.runner import process
from sukien.serialize import document_json

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
SCORER = SHARED / "tools" / "score_extract.py"

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and GOLD.is_file() and SCORER.is_file()), reason="../shared is absent"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Document]]:
    docs: list[Document] = []
    report = process([str(SEEDS)], docs.append, stages=("clean", "dedup"))
    assert report.rejected == []
    out = tmp_path_factory.mktemp("seeds") / "out.jsonl"
    out.write_text(
        "".join(json.dumps(document_json(d), ensure_ascii=False) + "\n" for d in docs),
        encoding="utf-8",
    )
    return out, docs


def test_seed_clean_checks(extracted: tuple[Path, list[Document]]) -> None:
    out, _ = extracted
    res = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(res.stdout.strip().splitlines()[-1])
    assert scores["clean_keep"] == "10/10"
    assert scores["clean_drop"] == "21/21"


def test_seed_metadata(extracted: tuple[Path, list[Document]]) -> None:
    _, docs = extracted
    by = {d.doc[:3]: d for d in docs}
    assert by["003"].title is None  # its first line is body text
    assert by["003"].text.startswith("Hai nhà lãnh đạo cũng thảo luận")
    assert (by["000"].source, by["000"].dateline) == ("Thông tấn xã Việt Nam", "Moscow")
    assert by["001"].source == "Vietnam+"
    assert by["002"].source == "TTXVN/Vietnam+"
    assert by["004"].source == "VOV.VN"
    assert all(d.duplicate_of is None for d in docs)
