"""A Ray Data sink that writes JSON lines exactly as ``sukien extract --format jsonl`` prints."""

from __future__ import annotations

from typing import Any

from ray.data.block import BlockAccessor
from ray.data.datasource import BlockBasedFileDatasink


class JsonlLinesDatasink(BlockBasedFileDatasink):
    """Writes the ``json`` column of each block, one line per row, to ``*.jsonl`` part files."""

    def __init__(self, path: str) -> None:
        super().__init__(path, file_format="jsonl")

    def write_block_to_file(self, block: BlockAccessor, file: Any) -> None:
        lines = block.to_arrow().column("json").to_pylist()
        if lines:
            file.write(("\n".join(lines) + "\n").encode("utf-8"))
