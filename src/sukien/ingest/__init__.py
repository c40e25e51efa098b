"""Ingestion: files, folders and stdin to Documents (or Rejected, with the file and reason).

``read_paths(paths)`` streams one ``Document`` per article and one ``Rejected`` per input that
cannot become one, so ``read = documents + rejected`` always holds. Formats are chosen by file
name (.txt, .html/.htm, .jsonl/.ndjson, .warc/.warc.gz); stdin (``-``) is sniffed.
"""

from __future__ import annotations

from sukien.ingest.read import read_paths

__all__ = ["read_paths"]
