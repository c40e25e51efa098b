"""Reading a cluster folder: its articles as cleaned Documents, and what could not be read."""

from __future__ import annotations

import re
from pathlib import Path

from sukien.document import Document, Rejected

_NUM = re.compile(r"(\d+)")


def _natural(path: Path) -> list[object]:
    return [int(p) if p.isdigit() else p for p in _NUM.split(str(path))]


def cluster_files(cluster_dir: str | Path) -> list[Path]:
    """Article files of a cluster: ``docs/`` if it has one, else the files directly in it,
    in natural order (2 before 10), which is the source order."""
    from sukien.ingest.read import KNOWN_EXT

    root = Path(cluster_dir)
    folder = root / "docs" if (root / "docs").is_dir() else root
    if folder.name == "docs" and folder != root:
        found = [p for p in folder.rglob("*") if p.is_file()]
    else:
        found = [p for p in folder.iterdir() if p.is_file()]
    return sorted(
        (p for p in found if not p.name.startswith(".") and p.name.lower().endswith(KNOWN_EXT)),
        key=_natural,
    )


def read_cluster(cluster_dir: str | Path) -> tuple[list[Document], list[Rejected]]:
    """Cleaned articles of one cluster folder, and a ``Rejected`` for each one that failed."""
    from sukien.clean.stage import CleanStage
    from sukien.ingest import read_paths

    root = Path(cluster_dir)
    if not root.is_dir():
        return [], [Rejected(str(root), "not a folder")]
    files = cluster_files(root)
    if not files:
        return [], [Rejected(str(root), "cluster folder holds no article files")]
    docs: list[Document] = []
    rejected: list[Rejected] = []
    for item in read_paths([str(p) for p in files]):
        (rejected if isinstance(item, Rejected) else docs).append(item)  # type: ignore[arg-type]
    cleaner = CleanStage()
    cleaned = list(cleaner(docs))
    rejected.extend(cleaner.rejected)
    return cleaned, rejected
