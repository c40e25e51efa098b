"""The write path of the API: articles posted as JSON go through the pipeline into the store."""

from __future__ import annotations

import hashlib
import threading

from fastapi import HTTPException

from sukien.api.schemas import IngestItem, IngestResult
from sukien.document import Document, Rejected
from sukien.store import Store

_LOCK = threading.Lock()  # one ingest at a time: the pipeline's stages keep state


def _pipeline():  # noqa: ANN202
    from sukien.pipeline import Pipeline, PipelineError

    try:
        return Pipeline.build()
    except (PipelineError, ImportError) as exc:
        raise HTTPException(503, f"the pipeline cannot run here: {exc}") from exc


def ingest_items(store: Store, items: list[IngestItem]) -> IngestResult:
    """Turn each item into a Document, run the default pipeline, save what comes out."""
    from sukien.ingest.jsonl import record_to_document

    result = IngestResult(read=len(items), stored=0)
    docs: list[Document] = []
    for i, it in enumerate(items):
        rec = it.model_dump(exclude_none=True)
        name = it.doc or "api-" + hashlib.sha1(it.text.encode()).hexdigest()[:12]
        d = record_to_document(rec, name, f"POST /api/ingest item {i}")
        if isinstance(d, Rejected):
            result.rejected.append({"source": d.source, "reason": d.reason, "stage": d.stage})
        else:
            docs.append(d)
    with _LOCK:
        pipe = _pipeline()
        for d in pipe(docs):
            saved = store.save_document(d)
            if saved.status == "stored":
                result.stored += 1
            else:
                result.unchanged += 1
        result.rejected += [
            {"source": r.source, "reason": r.reason, "stage": r.stage} for r in pipe.rejected
        ]
    return result
