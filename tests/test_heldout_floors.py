"""Quality floors on the held-out world-news golds (bench/heldout/), via bench/eval_heldout.py.

vims_world.json was annotated blind and then tuned on; vims_world2.json was annotated blind and
is kept out of tuning. web6-21.json are real web pages of world news (texts outside the
repository, at each document's absolute ``path``; the floors skip when they are absent): 6 and 9
are used for error analysis, 7, 8 and 10 too since the second 2026-12-06 session, then 11 and 13,
and 12, 14 and 15 since the third; 16-21 (built in the third session) are kept blind: the
best estimate for unseen news. 22-29 (fourth session) were measured blind once, then opened as
training data for the learned confidence model (their local gold lists every evidence sentence).
Floors sit just under the figures measured when they were pinned; raise them when they improve.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = {
    # gold: (event F1, entity F1); measured at the end of the third 2026-12-06 session:
    # vims_world 0.913 / 0.998, vims_world2 0.955 / 0.997, web6 0.908 / 0.91, web7 0.803 / 0.902,
    # web8 0.837 / 0.905, web9 0.92 / 0.924, web10 0.81 / 0.923, web11 0.765 / 0.886,
    # web12 0.839 / 0.906, web13 0.662 / 0.933, web14 0.746 / 0.907, web15 0.80 / 0.883,
    # web16 0.737 / 0.909, web17 0.713 / 0.919, web18 0.662 / 0.933, web19 0.717 / 0.856.
    # Tuned on: 6-15; blind: 16-19 (pinned at their first measurement, code of c5ff462: 0.724,
    # 0.698, 0.636, 0.723; the wave that raised 12+14+15 from 0.693 to 0.796 moved 16-19 pooled
    # from 0.694 to 0.699; ~500 trigger rows written from knowledge of the language, not from
    # any set, left 6-15 unchanged and moved 16-19 to 0.707).
    "vims_world.json": (0.89, 0.98),
    "vims_world2.json": (0.93, 0.98),
    "web6.json": (0.88, 0.89),
    "web7.json": (0.78, 0.88),
    "web8.json": (0.81, 0.88),
    "web9.json": (0.89, 0.90),
    "web10.json": (0.78, 0.90),
    "web11.json": (0.74, 0.87),
    "web12.json": (0.81, 0.88),
    "web13.json": (0.63, 0.91),
    "web14.json": (0.72, 0.88),
    "web15.json": (0.77, 0.86),
    "web16.json": (0.71, 0.89),
    "web17.json": (0.69, 0.90),
    "web18.json": (0.63, 0.91),
    "web19.json": (0.69, 0.83),
    # blind, built at the end of the third session and pinned at their first measurement (code
    # of 9f4a6e6): web20 0.683 / 0.908, web21 0.786 / 0.919; blind 16-21 pooled 0.717
    "web20.json": (0.66, 0.89),
    "web21.json": (0.76, 0.90),
    # blind when built (fourth session, 8 helpers, 35+32+31+33+33+37+33+30 articles, 549 required
    # events; regions: 22 Asia-Pacific, 23 Middle East, 24 Europe, 25 Americas, 26 Africa and
    # international organisations, 27 Vietnam, 28 trade and energy, 29 security), pinned at their
    # first measurement (code of 569c7da): web22 0.814 / 0.949, web23 0.709 / 0.918, web24
    # 0.627 / 0.919, web25 0.527 / 0.902, web26 0.538 / 0.913 (h26_25, a title and two
    # captions, left out), web27 0.713 / 0.876, web28 0.638 / 0.912, web29 0.667 / 0.887;
    # 22-29 pooled 0.656 (P 0.755, R 0.580); blind 16-29 pooled 0.683 (951 required events)
    "web22.json": (0.79, 0.93),
    "web23.json": (0.69, 0.90),
    "web24.json": (0.60, 0.90),
    "web25.json": (0.50, 0.88),
    "web26.json": (0.51, 0.89),
    "web27.json": (0.69, 0.85),
    "web28.json": (0.61, 0.89),
    "web29.json": (0.64, 0.86),
}


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_heldout_floor(gold: str) -> None:
    if not (SHARED / "tools" / "score_extract.py").is_file() or not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (corpus and scorer) is absent")
    paths = [
        d["path"] for d in json.loads((ROOT / "bench" / "heldout" / gold).read_text())["documents"]
    ]
    if not all((SHARED / p).is_file() for p in paths):
        pytest.skip(f"{gold}: the article texts are absent (they are kept outside the repository)")
    sukien = Path(sys.executable).parent / "sukien"
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "eval_heldout.py"),
            "--gold",
            str(ROOT / "bench" / "heldout" / gold),
            "--sukien",
            str(sukien),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    event_floor, entity_floor = FLOORS[gold]
    assert figures["predicted_documents"] == figures["documents"]
    assert figures["event_f1"] >= event_floor, figures
    assert figures["entity_f1"] >= entity_floor, figures
