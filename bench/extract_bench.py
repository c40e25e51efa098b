"""Throughput of the whole ``sukien extract`` pipeline next to underthesea ``ner()``, same run.

Reads the seed and vims-dev articles from ../shared when present (else the repository's
``examples/``), runs the default chain (clean, dedup, nlp, entities, values, events) over them,
then underthesea's ``ner()`` over the same cleaned bodies, sentence by sentence, and prints one
JSON line: documents, MB, seconds and KB/s of each, the ratio (pipeline time / ner time), and the
seconds spent in each stage. Both run on one process, one core, with models loaded beforehand.

    .venv/bin/python bench/extract_bench.py [--limit 60]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from sukien.document import Document, Rejected
from sukien.ingest import read_paths
from sukien.pipeline import DEFAULT_CHAIN, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def inputs(limit: int) -> list[Document]:
    paths = [p for p in (SHARED / "seeds", *sorted(SHARED.glob("vims-dev/*/docs"))) if p.exists()]
    if not paths:
        paths = [ROOT / "examples"]
    docs: list[Document] = []
    for p in paths:
        for d in read_paths([str(p)]):
            if not isinstance(d, Rejected):
                docs.append(d)
            if len(docs) >= limit:
                return docs
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=60, help="number of articles")
    args = ap.parse_args()
    from underthesea import ner

    docs = inputs(args.limit)
    pipe = Pipeline.build(DEFAULT_CHAIN)
    warm = Document(doc="warm", raw="Tổng thống Nga Vladimir Putin gặp Thủ tướng Malaysia.")
    warm.text = warm.raw
    pipe.run([warm])  # load the models before timing
    ner("Tổng thống Nga gặp Thủ tướng Malaysia.")

    per_stage: dict[str, float] = defaultdict(float)
    out: list[Document] = []
    t0 = time.perf_counter()
    for d in docs:
        for st in pipe.stages:
            s0 = time.perf_counter()
            d = st.process(d)  # type: ignore[assignment]
            per_stage[st.name] += time.perf_counter() - s0
            if d is None:
                break
        if d is not None:
            out.append(d)
    t_pipe = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_ner = 0
    for d in out:
        for s in d.sentences:
            n_ner += len(ner(s.text))
    t_ner = time.perf_counter() - t0

    mb = sum(len(d.text.encode("utf-8")) for d in out) / 1e6
    print(
        json.dumps(
            {
                "documents": len(out),
                "mb": round(mb, 3),
                "events": sum(len(d.events) for d in out),
                "pipeline_s": round(t_pipe, 2),
                "pipeline_kb_s": round(mb * 1e3 / t_pipe, 1) if t_pipe else None,
                "ner_s": round(t_ner, 2),
                "ner_kb_s": round(mb * 1e3 / t_ner, 1) if t_ner else None,
                "ratio_pipeline_over_ner": round(t_pipe / t_ner, 2) if t_ner else None,
                "stage_s": {k: round(v, 2) for k, v in per_stage.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
