"""The write path of the API: posted articles go through the store's ingest job (pipeline,
dedup seeded from the store, one transaction per document, a recorded run)."""

from __future__ import annotations

import json
import tempfile
import threading
from pathlib import Path

from fastapi import HTTPException

from sukien.api.schemas import IngestItem, IngestResult
from sukien.store import Store

_LOCK = threading.Lock()  # one ingest at a time: the pipeline's stages keep state


def ingest_items(store: Store, items: list[IngestItem]) -> IngestResult:
    """Write the items as JSON lines and run ``sukien.store.jobs.ingest`` over them."""
    from sukien.pipeline import PipelineError
    from sukien.store.jobs import ingest

    with _LOCK, tempfile.TemporaryDirectory(prefix="sukien-api-") as tmp:
        path = Path(tmp) / "api.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        try:
            rep = ingest([str(path)], store, command="api")
        except (PipelineError, ImportError) as exc:
            raise HTTPException(503, f"the pipeline cannot run here: {exc}") from exc
    from sukien.ui.views import clear_cache

    clear_cache()
    return IngestResult(
        read=rep.read,
        stored=rep.stored,
        unchanged=rep.unchanged,
        rejected=[
            {"source": r.source.replace(str(path), "request"), "reason": r.reason, "stage": r.stage}
            for r in rep.rejected
        ],  # fmt: skip
    )
