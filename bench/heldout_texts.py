"""Are the article texts of the held-out golds in place, and are they the annotated pages?

The texts of ``bench/heldout/web*.json`` are third-party and live outside the repository, at
each document's absolute ``path`` (``/work/heldoutN/docs``). A new machine starts without
them; they are restored from the search tool's ``pages`` corpus by each document's ``url``
(DEVELOPERS.md, "Restoring the held-out texts"). This script checks a restored set without
printing any of its text: for each document, whether the file is there and how many of the
gold's counted entities (any alias or name, case folded) it names. A document naming fewer
than ``--min-ratio`` of them is flagged ``LOW``: most often the wrong page or a cut one.

    .venv/bin/python bench/heldout_texts.py bench/heldout/web5*.json [--quiet]

Prints one line per document (unless ``--quiet``) and one summary line per gold; exits 1 when
any document is missing.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def entity_coverage(doc: dict[str, Any], text: str) -> tuple[int, int]:
    """(found, counted): the gold's non-optional entities the text names by an alias or name."""
    folded = _fold(text)
    counted = [e for e in doc.get("entities", []) if not e.get("optional")]
    found = 0
    for e in counted:
        names = [n for n in (*e.get("aliases", []), e.get("name")) if n]
        if not names or any(_fold(n) in folded for n in names):
            found += 1
    return found, len(counted)


def check_gold(path: Path, min_ratio: float, quiet: bool) -> tuple[int, int, int]:
    """Check one gold's texts; return (documents, missing, low)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    missing = low = 0
    for doc in gold["documents"]:
        text_path = Path(doc["path"])
        text = text_path.read_text(encoding="utf-8") if text_path.is_file() else ""
        if not text.strip():
            missing += 1
            if not quiet:
                print(f"MISSING {doc['doc']} {text_path}")
            continue
        found, counted = entity_coverage(doc, text)
        flag = counted and found / counted < min_ratio
        low += bool(flag)
        if not quiet:
            print(f"{'LOW' if flag else 'ok '} {doc['doc']} entities {found}/{counted}")
    n = len(gold["documents"])
    print(f"{path.name}: {n} documents, {missing} missing, {low} low")
    return n, missing, low


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--min-ratio", type=float, default=0.8)
    ap.add_argument("--quiet", action="store_true", help="summary lines only")
    args = ap.parse_args(argv)
    any_missing = False
    for gold in args.gold:
        _, missing, _ = check_gold(gold, args.min_ratio, args.quiet)
        any_missing |= missing > 0
    return 1 if any_missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
