"""Save one page for a new blind held-out set, refusing an address another set already used.

    .venv/bin/python bench/heldout_save.py N DOC URL < text     # writes /work/heldoutN/docs/DOC.txt

The text (UTF-8 on stdin) is saved as given (NFC, trimmed, a leading "date YYYY-MM(-DD)" marker
dropped); the address goes to /work/heldoutN/urls.txt. An address is taken when a gold in
bench/heldout/ or any /work/heldout*/urls.txt has it (ignoring http/https, "www.", a trailing
slash and percent-encoding). The brief for building a set is bench/heldout/BUILD.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]


def norm_url(url: str) -> str:
    """An address compared without scheme, "www.", trailing slash or percent-encoding."""
    u = unquote(url.strip().lower())
    u = re.sub(r"^https?://", "", u)
    return re.sub(r"^www\.", "", u).rstrip("/")


def taken(golds: Path, heldout: Path) -> set[str]:
    """Every address a gold or a set under construction already uses."""
    out = set()
    for f in golds.glob("*.json"):
        for d in json.loads(f.read_text(encoding="utf-8")).get("documents", []):
            if isinstance(d, dict) and d.get("url"):
                out.add(norm_url(d["url"]))
    for f in heldout.glob("heldout*/urls.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                out.add(norm_url(line.split("\t", 1)[1]))
    return out


def save(n: str, doc: str, url: str, text: str, golds: Path, heldout: Path) -> Path:
    """Write the page and record its address; ValueError when taken or too short."""
    if norm_url(url) in taken(golds, heldout):
        raise ValueError(f"taken: {url}")
    text = unicodedata.normalize("NFC", text).strip()
    text = re.sub(r"^date \d{4}-\d{2}(?:-\d{2})?\s*", "", text)
    if len(text) < 200:
        raise ValueError(f"too short ({len(text)} characters): {url}")
    docs = heldout / f"heldout{n}" / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    path = docs / f"{doc}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    with (heldout / f"heldout{n}" / "urls.txt").open("a", encoding="utf-8") as f:
        f.write(f"{doc}\t{url}\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set")
    ap.add_argument("doc")
    ap.add_argument("url")
    ap.add_argument("--heldout", type=Path, default=Path("/work"))
    args = ap.parse_args()
    try:
        path = save(
            args.set, args.doc, args.url, sys.stdin.read(), ROOT / "bench" / "heldout", args.heldout
        )
    except ValueError as e:
        sys.exit(str(e))
    print(f"saved {path}")


if __name__ == "__main__":
    main()
