"""API latency on a store of 50,000 synthetic articles, SQLite and PostgreSQL.

    .venv/bin/python bench/api_bench.py [--articles N] [--requests N] [--backend both]

Articles come from ``sukien.api.sample.synthetic_documents`` (two or three states, a place,
one or two coded events each). They are loaded in bulk through the store's models (one event per
mention, no merging: the bench measures reads, not the write path) and indexed with the store's
own full-text indexer. Requests go through the real FastAPI app in process (no network), and
the p50/p95 latency of search and event-filter requests is printed; the target is p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from fastapi.testclient import TestClient
from sqlalchemy import insert, select, update

from sukien.api.app import create_app
from sukien.api.sample import KNOWN, synthetic_documents
from sukien.store import open_store
from sukien.store.models import Article, Entity, EntityMention, Event, EventMention, Sentence
from sukien.store.search import index_article

SEARCHES = [
    {"q": "hội đàm"},
    {"q": "hoi dam"},
    {"q": "viet nam"},
    {"q": "nang luong"},
    {"q": "Trung Quốc"},
    {"q": "thuong mai", "source": "VOV"},
    {"q": "han quoc", "date_from": "2024-01", "date_to": "2024-06"},
    {"q": '"ky ket hop tac"'},
    {"q": "nga", "entity": "ORG:ASEAN"},
    {"q": "tai moskva", "offset": 40},
    {"q": ""},
    {"q": "", "source": "TTXVN", "date_from": "2025"},
]
EVENT_FILTERS = [
    {},
    {"type": "CONSULT"},
    {"quad_class": 4},
    {"actor": "RUS"},
    {"recipient": "ASEAN"},
    {"actor": "RUS", "recipient": "ASEAN"},
    {"date_from": "2023-03-01", "date_to": "2023-03-31"},
    {"type": "SANCTION", "date_from": "2025"},
    {"place": "Sochi"},
    {"entity": "VNM", "quad_class": 2},
    {"type": "AID", "offset": 200},
]


def load(url: str, n: int, batch: int = 2000) -> float:
    """Bulk-load ``n`` synthetic articles into a fresh store at ``url``; seconds taken."""
    t0 = time.perf_counter()
    store = open_store(url)
    with store.session() as s:
        for eid, (typ, name, code, country, kind) in KNOWN.items():
            s.add(Entity(id=eid, type=typ, name=name, code=code, country=country, kind=kind,
                         aliases=[name]))  # fmt: skip
    counts: dict[str, list[int]] = {eid: [0, 0] for eid in KNOWN}
    docs = synthetic_documents(n)
    aid = mid = eid_ = 0
    while True:
        chunk = [d for _, d in zip(range(batch), docs, strict=False)]
        if not chunk:
            break
        arts, sents, ments, events, evms, fts = [], [], [], [], [], []
        for d in chunk:
            aid += 1
            arts.append(dict(id=aid, doc=d.doc, hash=d.hash, title=d.title, source=d.source,
                             published=d.published, text=d.text, paragraphs=[], removed=[],
                             meta={}))  # fmt: skip
            for i, st in enumerate(d.sentences):
                sents.append(dict(article_id=aid, index=i, start=st.start, end=st.end,
                                  text=st.text))  # fmt: skip
            seen = set()
            for m in d.entities:
                mid += 1
                ments.append(dict(id=mid, article_id=aid, entity_id=m.id, type=m.type,
                                  text=m.text, start=m.start, end=m.end))  # fmt: skip
                counts[m.id][0] += 1
                if m.id not in seen:
                    counts[m.id][1] += 1
                    seen.add(m.id)
            for ev in d.events:
                eid_ += 1
                a, r = ev.actor, ev.recipient
                events.append(dict(
                    id=eid_, type=ev.type, mode=ev.mode, actor_code=a.code, actor_name=a.name,
                    recipient_code=r.code, recipient_name=r.name, date=ev.date,
                    location=ev.location, topic=ev.topic, modality=ev.modality,
                    quad_class=ev.quad_class, score=ev.score, confidence=ev.confidence,
                    num_mentions=1, num_sources=1, num_articles=1,
                ))  # fmt: skip
                e = ev.evidence
                spans = {k: [v.start, v.end] for k, v in e.spans.items()}
                spans["trigger"] = [e.trigger.start, e.trigger.end]
                evms.append(dict(
                    article_id=aid, event_id=eid_, type=ev.type, mode=ev.mode,
                    actor_code=a.code, actor_name=a.name, actor_entity=a.entity_id,
                    recipient_code=r.code, recipient_name=r.name, recipient_entity=r.entity_id,
                    date=ev.date, location=ev.location, topic=ev.topic, modality=ev.modality,
                    quad_class=ev.quad_class, score=ev.score, quantities=[], trigger=ev.trigger,
                    sentence=e.sentence, start=e.start, end=e.end, spans=spans,
                    confidence=ev.confidence,
                ))  # fmt: skip
            fts.append(SimpleNamespace(id=aid, title=d.title, text=d.text))
        with store.session() as s:
            s.execute(insert(Article), arts)
            s.execute(insert(Sentence), sents)
            s.execute(insert(EntityMention), ments)
            s.execute(insert(Event), events)
            s.execute(insert(EventMention), evms)
            for a in fts:
                index_article(s, a)  # type: ignore[arg-type]
    with store.session() as s:
        for eid, (nm, na) in counts.items():
            s.execute(update(Entity).where(Entity.id == eid).values(num_mentions=nm,
                                                                    num_articles=na))  # fmt: skip
        if store.dialect == "postgresql":
            for t in ("articles", "events", "event_mentions", "entity_mentions", "article_search"):
                s.connection().exec_driver_sql(f"ANALYZE {t}")
        else:
            s.connection().exec_driver_sql("ANALYZE")
        assert s.scalar(select(Article.id).order_by(Article.id.desc()).limit(1)) == n
    store.close()
    return time.perf_counter() - t0


def measure(
    client: TestClient, path: str, params: list[dict], rounds: int, server_cpu: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU latencies (ms) of ``rounds`` requests cycling through ``params``.

    CPU = this process's CPU time (the app runs in process) plus ``server_cpu()`` (the
    PostgreSQL server's processes): what a request costs on an idle core, whatever else the
    machine is running.
    """
    for p in params:  # warm-up, and every request must succeed
        r = client.get(path, params=p)
        assert r.status_code == 200, (path, p, r.text[:300])
    wall, cpu = [], []
    rng = random.Random(7)
    for _ in range(rounds):
        p = rng.choice(params)
        c0, s0 = time.process_time(), server_cpu()
        t = time.perf_counter()
        r = client.get(path, params=p)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c0 + server_cpu() - s0) * 1000)
        assert r.status_code == 200
    return wall, cpu


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q) - 1]


def bench(
    url: str, label: str, n: int, rounds: int, server_cpu: Callable[[], float] = lambda: 0.0
) -> dict[str, float]:
    secs = load(url, n)
    print(f"[{label}] loaded {n} articles in {secs:.0f} s", flush=True)
    app = create_app(url, token="")
    res: dict[str, float] = {}
    with TestClient(app) as c:
        for name, path, params in (
            ("search", "/api/articles", SEARCHES),
            ("events", "/api/events", EVENT_FILTERS),
        ):
            wall, cpu = measure(c, path, params, rounds, server_cpu)
            for kind, xs in (("wall", wall), ("cpu", cpu)):
                res[f"{name}_{kind}_p50"], res[f"{name}_{kind}_p95"] = pct(xs, 50), pct(xs, 95)
            print(
                f"[{label}] {name:6s} wall p50 {pct(wall, 50):6.1f} p95 {pct(wall, 95):6.1f} ms"
                f" | cpu p50 {pct(cpu, 50):6.1f} p95 {pct(cpu, 95):6.1f} ms ({rounds} requests,"
                f" load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )
        # the slowest single filter, to see what dominates
        worst = []
        for path, plist in (("/api/articles", SEARCHES), ("/api/events", EVENT_FILTERS)):
            for p in plist:
                ts = []
                for _ in range(3):
                    t = time.perf_counter()
                    c.get(path, params=p)
                    ts.append((time.perf_counter() - t) * 1000)
                worst.append((min(ts), path, p))
        for ms, path, p in sorted(worst, key=lambda x: -x[0])[:3]:
            print(f"[{label}]   slowest: {ms:6.1f} ms {path} {p}")
    app.state.store.close()
    return res


def _cluster_cpu(tmp: str) -> Callable[[], float]:
    """CPU seconds used so far by the postmaster in ``tmp`` and its children (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        try:
            root = int(Path(tmp, "data", "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return 0.0
        total = 0
        for stat in glob.glob("/proc/[0-9]*/stat"):
            try:
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid = int(stat.split("/")[2])
            if pid == root or int(fields[1]) == root:  # fields[1]: parent pid
                total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / tick

    return cpu


@contextmanager
def postgres() -> Iterator[tuple[str, Callable[[], float]]]:
    """A throwaway PostgreSQL (Debian's binaries as the postgres user, else pgserver)."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if bins and os.geteuid() == 0 and shutil.which("runuser"):
        bindir = Path(bins[-1]).parent
        tmp = tempfile.mkdtemp(prefix="sukien-bench-pg-")
        shutil.chown(tmp, "postgres")
        with socket.socket() as so:
            so.bind(("127.0.0.1", 0))
            port = so.getsockname()[1]
        pg = ["runuser", "-u", "postgres", "--"]
        subprocess.run([*pg, str(bindir / "initdb"), "-D", f"{tmp}/data", "-A", "trust", "-U",
                        "postgres", "-E", "UTF8", "--locale=C.UTF-8"], check=True,
                       capture_output=True)  # fmt: skip
        subprocess.run([*pg, str(bindir / "pg_ctl"), "-D", f"{tmp}/data", "-l", f"{tmp}/log",
                        "-o", f"-h 127.0.0.1 -p {port} -k {tmp} -F", "-w", "start"], check=True,
                       capture_output=True)  # fmt: skip
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", _cluster_cpu(tmp)
        finally:
            subprocess.run([*pg, str(bindir / "pg_ctl"), "-D", f"{tmp}/data", "-m", "immediate",
                            "stop"], capture_output=True)  # fmt: skip
            shutil.rmtree(tmp, ignore_errors=True)
        return
    import pgserver  # type: ignore[import-not-found]

    tmp = tempfile.mkdtemp(prefix="sukien-bench-pgs-")
    srv = pgserver.get_server(tmp, cleanup_mode="delete")
    try:
        yield srv.get_uri().replace("postgresql://", "postgresql+psycopg://", 1), lambda: 0.0
    finally:
        srv.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--requests", type=int, default=60, help="timed requests per kind")
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--target-ms", type=float, default=100.0)
    a = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop PostgreSQL on the way out
    results: dict[str, dict[str, float]] = {}
    labels = [b for b in ("sqlite", "postgres") if a.backend in (b, "both")]
    for label in labels:
        if label == "sqlite":
            with tempfile.TemporaryDirectory(prefix="sukien-bench-") as tmp:
                results[label] = bench(f"sqlite:///{tmp}/bench.db", label, a.articles, a.requests)
        else:
            with postgres() as (url, server_cpu):
                results[label] = bench(url, label, a.articles, a.requests, server_cpu)
    for kind in ("wall", "cpu"):
        ok = all(r[f"search_{kind}_p95"] < a.target_ms and r[f"events_{kind}_p95"] < a.target_ms
                 for r in results.values())  # fmt: skip
        print(f"p95 ({kind}) < {a.target_ms:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
