"""Store throughput and query latency on generated articles, SQLite and PostgreSQL in one run.

Generates N articles (Documents built directly: sentences, entity mentions, values, events
with evidence, MinHash signatures) from sentences written here, saves them one transaction
each (``Store.save_document``, merging included), then times full-text searches and event
filters (p50/p95 in ms over repeated queries). PostgreSQL is a throwaway Debian cluster
(ENVIRONMENT.md §7b) unless --pg-url is given; it is skipped when neither is available.

    .venv/bin/python bench/store_bench.py [--n 5000] [--backends sqlite,postgres]
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from sqlalchemy import select

from sukien.document import Actor, Document, Entity, Event, Evidence, Sentence, Span
from sukien.store import SearchFilters, open_store
from sukien.store.models import Event as EventRow

STATES = [
    ("Nga", "RUS"),
    ("Việt Nam", "VNM"),
    ("Trung Quốc", "CHN"),
    ("Hoa Kỳ", "USA"),
    ("Nhật Bản", "JPN"),
    ("Lào", "LAO"),
    ("Campuchia", "KHM"),
    ("Ấn Độ", "IND"),
    ("Hàn Quốc", "KOR"),
    ("Thái Lan", "THA"),
    ("Indonesia", "IDN"),
    ("Pháp", "FRA"),
]
CITIES = ["Hà Nội", "Đà Nẵng", "Moskva", "Bắc Kinh", "Tokyo", "Viêng Chăn", "Jakarta", "Paris"]
ACTS = [
    ("hội đàm với", "CONSULT"),
    ("ký thỏa thuận với", "AGREE"),
    ("chỉ trích", "ACCUSE"),
    ("viện trợ cho", "AID"),
    ("trừng phạt", "SANCTION"),
    ("hợp tác với", "COOPERATE"),
]
FILLER = [
    "Hai bên trao đổi về tình hình khu vực và quốc tế.",
    "Kim ngạch thương mại song phương tăng mạnh trong năm qua.",
    "Các chuyên gia cho rằng quan hệ hai nước đang phát triển tốt đẹp.",
    "Cuộc gặp diễn ra trong bầu không khí thẳng thắn và cởi mở.",
    "Phía đối tác cam kết tạo điều kiện cho doanh nghiệp đầu tư.",
]
SOURCES = ["TTXVN", "VOV", "Báo Thế Giới", "Tin Nhanh", "Nhân Dân", "Tuổi Trẻ"]


def make_doc(i: int, rng: random.Random) -> Document:
    (an, ac), (rn, rc) = rng.sample(STATES, 2)
    verb, etype = rng.choice(ACTS)
    city = rng.choice(CITIES)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lead = f"Bộ trưởng Ngoại giao {an} {verb} {rn} tại {city} ngày {day[8:]}/{day[5:7]}."
    body = [lead, *rng.sample(FILLER, 3), f"Bài số {i} của loạt tin thử nghiệm."]
    text = " ".join(body)
    d = Document(
        doc=f"bench-{i}",
        title=f"{an} và {rn}: {verb} tại {city}",
        text=text,
        source=rng.choice(SOURCES),
        published=day,
        path=f"/bench/{i}.txt",
    )
    pos = 0
    for s in body:
        d.sentences.append(Sentence(s, pos, pos + len(s)))
        pos += len(s) + 1
    d.paragraphs = [Span(0, len(text))]
    for name, code in ((an, ac), (rn, rc)):
        k = text.index(name)
        d.entities.append(Entity(name, "GPE", k, k + len(name), id=f"GPE:{code}", code=code))
    k = text.index(city)
    d.entities.append(Entity(city, "LOC", k, k + len(city), id=f"LOC:{city}", name=city))
    t0 = text.index(verb)
    d.events.append(
        Event(
            etype,
            None,
            Actor(ac, an),
            Actor(rc, rn),
            Evidence(d.doc, lead, 0, len(lead), Span(t0, t0 + len(verb))),
            date=day,
            location=city,
            quad_class=1,
            score=3.0,
            trigger=verb,
        )
    )
    d.meta["minhash"] = np.random.default_rng(i).integers(0, 2**32, 128, dtype=np.uint64)
    d.meta["minhash_scheme"] = "affine32/seed=1/k=3"
    return d


@contextmanager
def debian_postgres() -> Iterator[str | None]:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins or os.geteuid() != 0:
        yield None
        return
    bindir = Path(bins[-1]).parent
    tmp = tempfile.mkdtemp(prefix="sukien-bench-pg-")
    shutil.chown(tmp, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    pg = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *pg,
            str(bindir / "initdb"),
            "-D",
            f"{tmp}/data",
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *pg,
            str(bindir / "pg_ctl"),
            "-D",
            f"{tmp}/data",
            "-l",
            f"{tmp}/log",
            "-o",
            f"-h 127.0.0.1 -p {port} -k {tmp} -F",
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*pg, str(bindir / "pg_ctl"), "-D", f"{tmp}/data", "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(0.95 * len(ts)))]


def bench(url: str, n: int, repeat: int) -> None:
    store = open_store(url)
    rng = random.Random(7)
    t = time.perf_counter()
    for i in range(n):
        store.save_document(make_doc(i, rng))
    dt = time.perf_counter() - t
    with store.session() as s:
        events = len(s.scalars(select(EventRow.id)).all())
    print(
        f"[{store.dialect}] saved {n} articles in {dt:.1f} s = {n / dt:.0f} articles/s "
        f"({events} merged events)"
    )
    queries = {
        "search 'viet nam'": lambda: store.search("viet nam", limit=20),
        "search 'Đà Nẵng' + source": lambda: store.search(
            "Đà Nẵng", SearchFilters(source="VOV"), limit=20
        ),
        "search 'hoi dam' + entity + dates": lambda: store.search(
            "hoi dam", SearchFilters(entity="GPE:RUS", date_from="2024-03", date_to="2024-06")
        ),
        "list newest (no query)": lambda: store.search("", limit=20),
        "events type+actor+dates": lambda: _events(store),
    }
    for name, fn in queries.items():
        p50, p95 = timed(fn, repeat)
        print(f"[{store.dialect}] {name:36s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    store.close()


def _events(store) -> list:  # noqa: ANN001
    with store.session() as s:
        return s.scalars(
            select(EventRow)
            .where(EventRow.type == "CONSULT", EventRow.actor_code == "RUS")
            .where(EventRow.date >= "2024-03-01", EventRow.date <= "2024-06-30")
            .order_by(EventRow.date.desc())
            .limit(50)
        ).all()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--pg-url", default=None)
    args = ap.parse_args()
    backends = args.backends.split(",")
    if "sqlite" in backends:
        with tempfile.TemporaryDirectory() as tmp:
            bench(f"sqlite:///{tmp}/bench.db", args.n, args.repeat)
    if "postgres" in backends:
        if args.pg_url:
            bench(args.pg_url, args.n, args.repeat)
        else:
            with debian_postgres() as url:
                if url is None:
                    print("[postgresql] skipped: no Debian PostgreSQL cluster (root) available")
                else:
                    bench(url, args.n, args.repeat)


if __name__ == "__main__":
    main()
