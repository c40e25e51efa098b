"""``run_on_ray``: the local pipeline, run by a Ray cluster, with the same results.

Plan of a run (Ray Data streaming datasets, one per stretch between driver steps):

1. the driver lists the input files exactly as ``sukien.ingest.read_paths`` walks them;
2. ingest tasks read the files (``sukien.ingest.read.read_file``) into documents;
3. each run of per-document stages goes through a pool of ``PipelineActor``; a stage that
   needs every document (``dedup``; ``entities`` unless ``exact=False``: see
   ``sukien.scale.plan``) runs on the driver, over the stream in input order, and its output
   goes back to the cluster for the next stages (the driver part is a barrier: its output
   waits in Ray's object store, spilled to disk when large);
4. results are written as JSONL/Parquet part files by the workers (``out=``), or streamed to
   the driver as ``Document`` objects (``sink=``), e.g. to be saved through ``sukien.store``.

Steps across documents that come after extraction (event merging, stories) belong to whatever
consumes the documents (the store), exactly as after a local run.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sukien.document import Document, Rejected
from sukien.pipeline import DEFAULT_CHAIN, Pipeline, Stage
from sukien.runner import RunReport
from sukien.scale.plan import Segment, split_chain
from sukien.scale.session import OBJECT_STORE_BYTES, ScaleError, data_context, ray_session
from sukien.scale.tally import RejectedRow, Tally, TallyRef

OUT_FORMATS = ("jsonl", "parquet")
# one accounts actor per Ray session of this process, reused by its runs; the reference kept
# here keeps it alive between runs (an actor nobody refers to is stopped)
_TALLY: dict[tuple[str, str], Any] = {}
STDIN_REASON = "stdin cannot be spread over a Ray cluster: save it to a file and pass the file"


def list_inputs(paths: Sequence[str]) -> list[str | Rejected]:
    """Input files in the order ``read_paths`` reads them, and a Rejected for each bad path."""
    from sukien.ingest.read import _walk

    entries: list[str | Rejected] = []
    for p in paths:
        path = Path(p)
        if p == "-":
            entries.append(Rejected(p, STDIN_REASON))
        elif path.is_dir():
            found = _walk(path)
            if not found:
                entries.append(Rejected(p, "folder holds no readable article files"))
            entries.extend(str(f) for f in found)
        elif path.exists():
            entries.append(str(path))
        else:
            entries.append(Rejected(p, "no such file or folder"))
    return entries


def out_format(out: str, fmt: str | None) -> str:
    """The output format asked, or the one the folder name ends with; parquet by default."""
    if fmt is None:
        fmt = "jsonl" if out.rstrip("/").endswith((".jsonl", "-jsonl", "_jsonl")) else "parquet"
    if fmt not in OUT_FORMATS:
        raise ScaleError(f"unknown output format {fmt!r}; use one of {', '.join(OUT_FORMATS)}")
    return fmt


def run_on_ray(
    paths: Sequence[str],
    stages: Sequence[str] = DEFAULT_CHAIN,
    *,
    sink: Callable[[Document], None] | None = None,
    out: str | None = None,
    format: str | None = None,
    num_cpus: int | None = None,
    address: str | None = None,
    actors: int | None = None,
    actor_cpus: float = 0.5,
    batch_size: int = 16,
    files_per_task: int = 4,
    options: Mapping[str, object] | None = None,
    pipeline: Pipeline | None = None,
    exact: bool = True,
    progress: bool = False,
    object_store_memory: int | None = OBJECT_STORE_BYTES,
) -> RunReport:
    """Run ``stages`` over ``paths`` on Ray; give each document to ``sink`` or write ``out``.

    ``out`` is a folder (new or empty; a URI such as ``s3://`` works too) of part files,
    ``format`` ``"jsonl"`` (the lines of ``sukien extract``) or ``"parquet"`` (default).
    ``address`` joins a running cluster; else a local one with ``num_cpus`` starts and stops
    here. ``actors`` pipeline actors (default: one per cluster CPU) each reserve ``actor_cpus``.
    Returns the same ``RunReport`` as ``sukien.runner.process``: documents read and out,
    rejections with reasons (in the same order), per-stage counts (summed over workers).

    ``pipeline``: stage instances to use for the stages that run on the driver (a dedup stage
    seeded with stored signatures, say); its stage names replace ``stages``. Stages on the
    cluster are built afresh in each actor, from their names and ``options``.

    ``exact`` (default): stages with a memory of earlier documents (``entities``) run on the
    driver too, so the output is the same as a local run's; ``exact=False`` runs them in the
    actors, each remembering only what it read (see ``sukien.scale.plan``).
    """
    if (sink is None) == (out is None):
        raise ScaleError("give exactly one of sink= (stream documents back) or out= (a folder)")
    fmt = out_format(out, format) if out is not None else ""
    if out is not None and Path(out).is_dir() and any(Path(out).iterdir()):
        raise ScaleError(f"output folder {out} is not empty: part files would mix with old ones")
    if pipeline is not None:
        stages = [st.name for st in pipeline.stages]
    segments = split_chain(stages, exact)  # a broken chain fails here, before Ray starts
    entries = list_inputs(paths)
    files = [(i, e) for i, e in enumerate(entries) if isinstance(e, str)]
    rows: list[RejectedRow] = [
        ((i, 0), e.source, e.reason, e.stage)
        for i, e in enumerate(entries)
        if isinstance(e, Rejected)
    ]
    counts: dict[str, Counter[str]] = {s: Counter() for s in ("ingest", *stages, "_out")}
    counts["ingest"].update({"in": len(rows), "rejected": len(rows)})
    if files:
        plan = _Plan(segments, dict(options or {}), actors, actor_cpus, batch_size, files_per_task)
        plan.instances = {st.name: st for st in pipeline.stages} if pipeline else {}
        with ray_session(address, num_cpus, object_store_memory), data_context(progress):
            got, more = plan.execute(files, sink, out, fmt)
        for stage, c in got.items():
            counts.setdefault(stage, Counter()).update(c)
        rows.extend(more)
    order = {name: i for i, name in enumerate(("ingest", *stages))}
    rows.sort(key=lambda r: (order.get(r[3], len(order)), r[0]))
    ingest = counts.pop("ingest")
    report = RunReport(read=ingest["in"], out=counts.pop("_out")["out"])
    report.rejected = [Rejected(src, reason, stage) for _, src, reason, stage in rows]
    report.counts = {
        "ingest": {k: ingest[k] for k in ("in", "out", "rejected")},
        **{s: dict(c) for s, c in counts.items()},
    }
    return report


class _Plan:
    """Ray Data datasets from input files to written parts or documents on the driver."""

    def __init__(
        self,
        segments: list[Segment],
        options: dict[str, object],
        actors: int | None,
        actor_cpus: float,
        batch_size: int,
        files_per_task: int,
    ) -> None:
        self.segments = segments
        self.options = options
        self.instances: dict[str, Stage] = {}
        self.actors = actors
        self.actor_cpus = actor_cpus
        self.batch_size = batch_size
        self.files_per_task = files_per_task

    def execute(
        self,
        files: list[tuple[int, str]],
        sink: Callable[[Document], None] | None,
        out: str | None,
        fmt: str,
    ) -> tuple[dict[str, Counter[str]], list[RejectedRow]]:
        import ray

        from sukien.scale.workers import ingest_batch

        run = uuid.uuid4().hex
        handle = _tally_actor()
        tally = (handle, run)
        driver = Tally()
        n_blocks = max(1, min(len(files), 4 * int(ray.cluster_resources().get("CPU", 1))))
        ds = ray.data.from_items(
            [{"file": i, "path": p} for i, p in files], override_num_blocks=n_blocks
        )
        ds = ds.map_batches(
            ingest_batch,
            fn_kwargs={"tally": tally},
            batch_size=self.files_per_task,
            batch_format="pyarrow",
        )
        for seg in self.segments:
            if seg.where == "cluster":
                ds = self._on_actors(ds, seg, tally)
            else:
                ds = self._on_driver(ds, seg, driver)
        if out is not None:
            self._write(ds, out, fmt, tally)
        else:
            self._stream(ds, sink, driver)
        counts, rejected = ray.get(handle.result.remote(run))
        dcounts, drejected = driver.result("here")
        merged: dict[str, Counter[str]] = {}
        for part in (counts, dcounts):
            for stage, c in part.items():
                merged.setdefault(stage, Counter()).update(c)
        return merged, rejected + drejected

    def _on_actors(self, ds: Any, seg: Segment, tally: TallyRef) -> Any:
        import ray

        from sukien.scale.workers import PipelineActor

        size = self.actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        return ds.map_batches(
            PipelineActor,
            fn_constructor_kwargs={"stages": seg.stages, "options": self.options, "tally": tally},
            compute=ray.data.ActorPoolStrategy(size=size),
            num_cpus=self.actor_cpus,
            batch_size=self.batch_size,
            batch_format="pyarrow",
        )

    def _on_driver(self, ds: Any, seg: Segment, driver: Any, chunk: int = 512) -> Any:
        """Run a cross-document segment here over the stream in input order; ship it back."""
        import ray

        from sukien.scale.rows import doc_table, table_docs
        from sukien.scale.workers import KeyedRunner, SegmentPipeline

        if all(n in self.instances for n in seg.stages):
            pipe = SegmentPipeline([self.instances[n] for n in seg.stages])
        else:
            pipe = SegmentPipeline.build(seg.stages, **self.options)
        runner = KeyedRunner(pipe)
        refs, buf = [], []
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            docs, rejected = runner.run(table_docs(batch))
            driver.add("here", {}, rejected)
            buf.extend(docs)
            if len(buf) >= chunk:
                refs.append(ray.put(doc_table(buf)))
                buf = []
        refs.append(ray.put(doc_table(buf)))
        driver.add("here", runner.counts_delta())
        return ray.data.from_arrow_refs(refs)

    def _write(self, ds: Any, out: str, fmt: str, tally: TallyRef) -> None:
        from sukien.scale.workers import output_batch

        ds = ds.map_batches(
            output_batch,
            fn_kwargs={"fmt": fmt, "tally": tally},
            batch_size=self.batch_size,
            batch_format="pyarrow",
        )
        if "://" not in out:  # a local or shared folder; s3:// and the like Ray creates itself
            os.makedirs(out, exist_ok=True)
        if fmt == "parquet":
            ds.write_parquet(out)
        else:
            from sukien.scale.sinks import JsonlLinesDatasink

            ds.write_datasink(JsonlLinesDatasink(out))

    def _stream(self, ds: Any, sink: Callable[[Document], None] | None, driver: Any) -> None:
        from sukien.scale.rows import table_docs

        assert sink is not None
        n = 0
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            for _, doc in table_docs(batch):
                sink(doc)
                n += 1
        driver.add("here", {"_out": {"out": n}})


def _tally_actor() -> Any:
    """This session's ``Tally`` actor, started on first use."""
    import ray

    ctx = ray.get_runtime_context()
    key = (ctx.namespace, ctx.get_job_id())
    if key not in _TALLY:
        _TALLY.clear()  # an earlier session's handle is dead
        _TALLY[key] = ray.remote(num_cpus=0)(Tally).remote()
    return _TALLY[key]


def ray_process(
    paths: Sequence[str],
    sink: Callable[[Document], None],
    stages: Sequence[str] = DEFAULT_CHAIN,
    pipeline: Pipeline | None = None,
    **ray_options: Any,
) -> RunReport:
    """A drop-in for ``sukien.runner.process`` that runs on Ray (``ray_options``: see above)."""
    return run_on_ray(paths, stages, sink=sink, pipeline=pipeline, **ray_options)
