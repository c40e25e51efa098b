"""The cleaner's rules, read from the TSV files in ``sukien/data/clean/``.

- ``tails.tsv``: a line matching one of these starts the trailing boilerplate (related news,
  "readers are invited…", tags): it and everything after it go.
- ``lines.tsv``: whole lines that are boilerplate (separators, share buttons, date lines,
  credits on their own line), with the reason recorded.
- ``credits.tsv``: photo / source credits in parentheses: "(Ảnh: AFP)", "(Nguồn: TTXVN)".
- ``outlets.tsv``: news outlets and agencies with the spellings used in credits, signatures and
  datelines ("TTXVN", "VOV.VN", "(Dân trí)").
All patterns are matched case-insensitively on NFC text normalised to one tone-mark style.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "clean"


@dataclass(frozen=True)
class Rules:
    tails: re.Pattern[str]
    lines: list[tuple[str, re.Pattern[str]]]
    credit: re.Pattern[str]
    outlet_names: dict[str, str]  # alias (as written) -> canonical name
    outlet: re.Pattern[str]  # any alias, word-bounded, case-sensitive


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file under ``sukien/data/clean`` (header row gives the keys)."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [dict(r) for r in rows]


def _full(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> Rules:
    from sukien.clean.normalize import normalize_text

    tails = _full([normalize_text(r["pattern"]) for r in read_tsv("tails.tsv")])
    lines = [
        (r["reason"], re.compile(normalize_text(r["pattern"]), re.IGNORECASE))
        for r in read_tsv("lines.tsv")
    ]
    credit = _full([normalize_text(r["pattern"]) for r in read_tsv("credits.tsv")])
    names: dict[str, str] = {}
    for r in read_tsv("outlets.tsv"):
        for alias in r["aliases"].split("|"):
            names[normalize_text(alias.strip())] = normalize_text(r["name"])
    alts = sorted(names, key=len, reverse=True)
    outlet = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")
    return Rules(tails, lines, credit, names, outlet)


def is_outlet(text: str) -> bool:
    """True when ``text`` is made of outlet / agency names only ("AFP/TTXVN", "TTXVN/Vietnam+")."""
    parts = [p.strip() for p in re.split(r"[/,;&]|\s+và\s+|\s+-\s+", text) if p.strip()]
    names = rules().outlet_names
    return bool(parts) and all(p in names or _theo(p) in names for p in parts)


def mentions_outlet(text: str) -> bool:
    return rules().outlet.search(text) is not None


def _theo(p: str) -> str:
    return re.sub(r"^(?:theo|nguồn:?|báo)\s+", "", p, flags=re.IGNORECASE)
