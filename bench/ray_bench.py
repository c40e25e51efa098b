"""Local vs Ray throughput of the full pipeline on the same generated corpus, in one run.

Writes N articles built from Vietnamese sentences written here (actors, places, actions and
dates drawn with a fixed seed), runs ``sukien.runner.process`` on them, then ``run_on_ray``
(documents streamed back to the driver) on a local Ray cluster, checks both give the same
documents, and prints articles/s for each and the ratio. On a 2-core machine Ray does not win:
the workers share the same two cores as the driver, and each actor loads the models again; the
point is that the same code runs unchanged on a cluster of many machines (``--address``).

    .venv/bin/python bench/ray_bench.py [--docs 200] [--num-cpus 2] [--address HOST:PORT]
    .venv/bin/python bench/ray_bench.py --vims 100      # real articles from ../shared instead
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from sukien.document import Document
from sukien.pipeline import DEFAULT_CHAIN
from sukien.runner import process
from sukien.scale import run_on_ray
from sukien.scale.session import ray_session
from sukien.serialize import document_json

LEADERS = [
    ("Thủ tướng Việt Nam", "Việt Nam"),
    ("Ngoại trưởng Nhật Bản", "Nhật Bản"),
    ("Tổng thống Hàn Quốc", "Hàn Quốc"),
    ("Bộ trưởng Quốc phòng Mỹ", "Mỹ"),
    ("Thủ tướng Australia", "Australia"),
    ("Bộ trưởng Ngoại giao Indonesia", "Indonesia"),
    ("Chủ tịch nước Lào", "Lào"),
    ("Thủ tướng Campuchia", "Campuchia"),
]
ACTIONS = [
    "đã hội đàm với {b} về hợp tác kinh tế và thương mại",
    "kêu gọi {b} kiềm chế và giải quyết tranh chấp bằng biện pháp hòa bình",
    "ký thỏa thuận với {b} về phát triển năng lượng tái tạo",
    "phản đối các hoạt động quân sự của {b} gần khu vực biên giới",
    "cam kết viện trợ nhân đạo cho {b} sau trận lũ lịch sử",
    "mời lãnh đạo {b} sang thăm chính thức vào năm tới",
]
PLACES = ["Hà Nội", "Tokyo", "Seoul", "Jakarta", "Canberra", "Viêng Chăn", "Phnôm Pênh"]
FILLER = [
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp và phối hợp tại các diễn đàn đa phương.",
    "Kim ngạch thương mại song phương năm ngoái đạt khoảng {n} tỷ USD, tăng {p}% so với năm trước.",
    "Các chuyên gia cho rằng quan hệ giữa hai nước đang bước vào giai đoạn phát triển mới.",
    "Cuộc gặp diễn ra trong bầu không khí thẳng thắn, cởi mở và tin cậy.",
    "Phía {b} bày tỏ mong muốn mở rộng hợp tác trong lĩnh vực giáo dục và y tế.",
    "Dự kiến hai bên sẽ ra tuyên bố chung vào cuối tuần này.",
    "Nhiều doanh nghiệp đang chờ đợi những chính sách ưu đãi mới về thuế và đầu tư.",
    "Giới quan sát nhận định khu vực đang đối mặt với nhiều thách thức an ninh phi truyền thống.",
    "Đoàn công tác cũng đến thăm một khu công nghiệp và trò chuyện với cộng đồng người lao động.",
    "Người phát ngôn cho biết chi tiết của thỏa thuận sẽ được công bố trong vài ngày tới.",
    "Trước đó, các quan chức cấp cao hai nước đã có ba vòng tham vấn về vấn đề này.",
    "Báo chí địa phương đưa tin hàng nghìn người dân đã theo dõi sự kiện qua truyền hình.",
    "Theo kế hoạch, một diễn đàn doanh nghiệp sẽ được tổ chức bên lề chuyến thăm.",
    "Các tổ chức phi chính phủ kêu gọi chú trọng hơn tới bảo vệ môi trường và quyền lao động.",
]


def write_corpus(root: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        (a, _), (_, b) = rng.sample(LEADERS, 2)
        place = rng.choice(PLACES)
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        action = rng.choice(ACTIONS).format(b=b)
        body = [f"{place.upper()} - Ngày {day}/{month}/2024, {a} {action} tại {place}."]
        for f in rng.sample(FILLER, rng.randint(3, 5)):
            body.append(f.format(b=b, n=rng.randint(5, 90), p=rng.randint(2, 30)))
        title = f"{a} {action.split(' về ')[0]}"
        (root / f"bai-{i:05d}.txt").write_text(
            title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )


VIMS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vims-dev"


def copy_vims(root: Path, n: int) -> int:
    """The first ``n`` vims-dev articles (real, noisy news) into ``root``; how many."""
    files = sorted(VIMS.glob("*/docs/*.txt"))[:n]
    for i, f in enumerate(files):
        shutil.copy(f, root / f"vims-{i:05d}.txt")
    return len(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--num-cpus", type=int, default=2)
    ap.add_argument("--address", default=None, help="a running Ray cluster (else local)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--vims", type=int, default=0, help="use N real vims-dev articles")
    ap.add_argument("--fast", action="store_true", help="exact=False (people memory per actor)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.vims:
            if not VIMS.exists():
                raise SystemExit(f"{VIMS} is absent: run without --vims")
            label = f"{copy_vims(root, args.vims)} vims-dev articles"
        else:
            write_corpus(root, args.docs)
            label = f"{args.docs} generated articles"
        local: list[Document] = []
        t0 = time.perf_counter()
        lrep = process([str(root)], local.append, stages=DEFAULT_CHAIN)
        t_local = time.perf_counter() - t0

        t0 = time.perf_counter()
        with ray_session(args.address, args.num_cpus):
            t_init = time.perf_counter() - t0
            remote: list[Document] = []
            t1 = time.perf_counter()
            rrep = run_on_ray(
                [str(root)],
                DEFAULT_CHAIN,
                sink=remote.append,
                batch_size=args.batch_size,
                exact=not args.fast,
            )
            t_ray = time.perf_counter() - t1
    same = [document_json(d) for d in local] == [document_json(d) for d in remote]
    same_counts = lrep.counts == rrep.counts and lrep.rejected == rrep.rejected
    mode = "fast: people memory per actor" if args.fast else "exact"
    n = len(local)
    events = sum(len(d.events) for d in local)
    dups = sum(d.duplicate_of is not None for d in local)
    print(f"corpus: {label}, {n} out, {events} events, {dups} near-dups")
    print(f"local : {t_local:6.1f} s  {n / t_local:6.1f} articles/s (models loaded in the run)")
    print(
        f"ray   : {t_ray:6.1f} s  {len(remote) / t_ray:6.1f} articles/s "
        f"(+ {t_init:.1f} s to start Ray; actors load the models in the run)"
    )
    print(f"ratio ray/local throughput: {(len(remote) / t_ray) / (n / t_local):.2f}")
    print(f"mode {mode}; same documents: {same}; same counts and rejections: {same_counts}")
    if not args.fast and not (same and same_counts):
        raise SystemExit("Ray and local runs differ")


if __name__ == "__main__":
    main()
