"""Held-out evaluation: run ``sukien extract`` on the articles of a gold file and score it.

The gold (default ``bench/heldout/vims_world.json``, seeds.json schema) lists articles by
``path`` relative to ../shared. Each article is copied into a temporary folder as
``<doc>.txt`` so that the extracted ``doc`` (the file stem) equals the gold's ``doc``; the
output of ``.venv/bin/sukien extract <dir> --format jsonl`` is scored with the same code as
``shared/tools/score_extract.py`` (imported from there by path).

    .venv/bin/python bench/eval_heldout.py [--verbose] [--save-pred out.jsonl]
    .venv/bin/python bench/eval_heldout.py --pred out.jsonl   # score a saved run
    .venv/bin/python bench/eval_heldout.py --gold G --present-only  # a partly restored set

Prints one JSON line of figures (with ``event_date`` / ``event_place``: how often the events
found carry the gold's date and place, ``bench/event_attributes.py``); ``--verbose`` adds
per-document missed/spurious events and unmatched entities on stderr. Exits 0 with a message
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "bench" / "heldout" / "vims_world.json"
SUKIEN = ROOT / ".venv" / "bin" / "sukien"


def load_scorer(shared: Path) -> ModuleType:
    """Import shared/tools/score_extract.py as a module."""
    path = shared / "tools" / "score_extract.py"
    spec = importlib.util.spec_from_file_location("score_extract", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: cannot be imported")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_extract(gold: dict[str, Any], shared: Path, sukien: Path) -> list[str]:
    """Copy the gold's articles to a temp dir named by doc and return sukien's JSONL lines."""
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        for d in gold["documents"]:
            src = shared / d["path"]
            if not src.is_file():
                print(f"{src}: missing, {d['doc']} left out", file=sys.stderr)
                continue
            shutil.copyfile(src, Path(tmp) / f"{d['doc']}.txt")
        out = subprocess.run(
            [str(sukien), "extract", tmp, "--format", "jsonl", "--quiet"],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            sys.exit(f"sukien extract failed ({out.returncode}): {out.stderr[-2000:]}")
        return [line for line in out.stdout.splitlines() if line.strip()]


def read_preds(lines: list[str]) -> dict[str, Any]:
    """``sukien extract`` JSONL lines (NFC) by document."""
    preds: dict[str, Any] = {}
    for line in lines:
        if line.strip():
            o = json.loads(unicodedata.normalize("NFC", line))
            preds[o.get("doc")] = o
    return preds


def entity_misses(scorer: ModuleType, gold: dict[str, Any], preds: dict[str, Any]) -> dict:
    """Per document: gold entities not found and predicted entities matching no gold one."""
    res: dict[str, dict[str, list[str]]] = {}
    for g in gold["documents"]:
        p = preds.get(g["doc"], {})
        gents = [
            (scorer.ent_class(e["type"]), scorer.gold_entity_keys(e), e) for e in g["entities"]
        ]
        matched: set[int] = set()
        spurious: set[str] = set()
        for e in p.get("entities", []):
            cls = scorer.ent_class(e.get("type"))
            cand = {scorer.norm(e.get(f)) for f in ("code", "id", "name", "text") if e.get(f)}
            hit = [i for i, (c, ks, _) in enumerate(gents) if c == cls and ks & cand]
            matched.update(hit)
            if not hit:
                spurious.add(f"{e.get('type')}:{e.get('text')}")
        missed = [
            f"{e['type']}:{e.get('name') or e.get('code')}"
            for i, (_, _, e) in enumerate(gents)
            if not e.get("optional") and i not in matched
        ]
        res[g["doc"]] = {"missed": missed, "spurious": sorted(spurious)}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--sukien", type=Path, default=SUKIEN)
    ap.add_argument("--pred", type=Path, help="score this JSONL instead of running sukien")
    ap.add_argument("--save-pred", type=Path, help="write sukien's JSONL output here")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument(
        "--present-only",
        action="store_true",
        help="score only the documents whose text is present (a partly restored set)",
    )
    a = ap.parse_args()
    if not (a.shared / "tools" / "score_extract.py").is_file():
        print(f"{a.shared}: no shared/tools/score_extract.py; held-out evaluation skipped")
        return
    scorer = load_scorer(a.shared)
    gold = json.loads(a.gold.read_text(encoding="utf-8"))
    if a.present_only:
        gold["documents"] = [d for d in gold["documents"] if (a.shared / d["path"]).is_file()]
    if a.pred:
        lines = a.pred.read_text(encoding="utf-8").splitlines()
    else:
        lines = run_extract(gold, a.shared, a.sukien)
        if a.save_pred:
            a.save_pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preds = read_preds(lines)
    r = scorer.score(gold, preds)
    docs = r.pop("docs")
    from event_attributes import attribute_scores  # imports this tree's sukien; see confidence_rows

    for attr, n in attribute_scores(scorer, gold, preds).items():
        r[f"event_{attr}"] = n
    r["documents"] = len(gold["documents"])
    r["predicted_documents"] = sum(1 for d in gold["documents"] if d["doc"] in preds)
    if a.verbose:
        ents = entity_misses(scorer, gold, preds)
        detail = {d: {"events": docs[d], "entities": ents[d]} for d in docs}
        print(json.dumps(detail, ensure_ascii=False, indent=1), file=sys.stderr)
    print(json.dumps(r))


if __name__ == "__main__":
    main()
