"""Dump the event-confidence training rows of gold sets, as coded by the code on ``sys.path``.

The confidence model should learn from the coder's errors on news it was not tuned on, but a
set's errors change once rules are written from it. So each held-out set is coded by the commit
that was current before the set was opened (``bench/confidence_blind.sh`` checks those commits
out and runs this script with them on ``PYTHONPATH``), while the features are always computed by
*this* tree's ``sukien.events.confidence`` (loaded from its file), so that the rows fit today's
model. A row is one asserted ``(type, actor, recipient)``: its features, and its label as
``bench/fit_confidence.py`` defines it (1 required gold, 0 no gold, null optional gold only).
No article text is written.

    PYTHONPATH=<old tree>/src .venv/bin/python bench/confidence_rows.py OUT.json GOLD.json... \
        [--tag COMMIT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from sukien.events.lexicon import load_lexicon
from sukien.events.stage import MODALITIES
from sukien.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_heldout import SHARED, load_scorer  # noqa: E402
from fit_confidence import gold_docs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def this_trees_confidence() -> ModuleType:
    """``sukien.events.confidence`` of this tree, whatever ``sukien`` is on the path."""
    path = ROOT / "src" / "sukien" / "events" / "confidence.py"
    lexicon = sys.modules.get("sukien.events.lexicon") or importlib.import_module(
        "sukien.events.lexicon"
    )
    if not hasattr(lexicon, "QUOTE_MARKS"):  # made public after the older commits
        lexicon.QUOTE_MARKS = lexicon._QUOTE_MARKS  # type: ignore[attr-defined]
    spec = importlib.util.spec_from_file_location("sukien_confidence_features", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while it loads
    spec.loader.exec_module(mod)
    return mod


def set_rows(
    gold_file: Path, pipe: Pipeline, se: ModuleType, conf: ModuleType
) -> tuple[list[dict[str, Any]], int]:
    """The rows of one gold set and its number of required events."""
    docs, by_doc = gold_docs(gold_file)
    lex = load_lexicon()
    rows = []
    required = 0
    for doc in pipe(docs):
        alts = [
            (e["required"], {se.ev_key(t, *e["actors"]) for t in se.types(e)})
            for e in by_doc[doc.doc]["events"]
        ]
        req = set().union(*(k for r, k in alts if r)) if alts else set()
        allowed = set().union(*(k for _, k in alts)) if alts else set()
        required += sum(1 for r, _ in alts if r)
        for (t, a, b), f in conf.features(doc, doc.events, lex).items():
            key = se.ev_key(t, a, b)
            label = 1 if key in req else (0 if key not in allowed else None)
            feats = {k: round(v, 4) for k, v in f.items() if v}
            rows.append({"doc": doc.doc, "key": [t, a, b], "label": label, "features": feats})
    return rows, required


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--tag", default="", help="the commit that coded them, kept in the output")
    args = ap.parse_args()
    se = load_scorer(SHARED)
    conf = this_trees_confidence()
    pipe = Pipeline.build(modalities=MODALITIES, calibrate=False)
    sets = {}
    for g in args.gold:
        name = g.parent.name if g.name == "gold.json" else g.stem
        name = re.sub(r"^web(?=\d+$)", "heldout", name)  # the set's folder name, as in the file
        rows, required = set_rows(g, pipe, se, conf)
        sets[name] = {"coded_by": args.tag, "required": required, "rows": rows}
        print(f"{name}: {len(rows)} rows, {required} required", file=sys.stderr)
    args.out.write_text(json.dumps({"sets": sets}, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
