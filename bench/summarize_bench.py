"""Time ``summarize_cluster`` on ten-article clusters (one core, warm process).

    python bench/summarize_bench.py [--data ../shared/corpus/vims-dev] [--repeat 5]

For each dev cluster with ten or more articles: read + clean the folder, then split sentences
and summarise (200 syllables). Prints the median seconds per cluster for both parts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from sukien.summarize import read_cluster, summarize_cluster

DATA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vims-dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-articles", type=int, default=10)
    a = ap.parse_args()
    clusters = [
        p
        for p in sorted(a.data.iterdir())
        if (p / "docs").is_dir() and len(list((p / "docs").iterdir())) >= a.min_articles
    ]
    if not clusters:
        raise SystemExit(f"{a.data}: no cluster with {a.min_articles}+ articles")
    summarize_cluster(read_cluster(clusters[0])[0], 200)  # warm: load models once
    read_s, summ_s, sizes = [], [], []
    for c in clusters:
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            docs, _ = read_cluster(c)
            t1 = time.perf_counter()
            summarize_cluster(docs, 200)  # sentence splitting included
            t2 = time.perf_counter()
            read_s.append(t1 - t0)
            summ_s.append(t2 - t1)
        sizes.append(sum(len(d.text.split()) for d in docs))
    print(
        json.dumps(
            {
                "clusters": len(clusters),
                "articles_min": a.min_articles,
                "syllables_mean": round(statistics.mean(sizes)),
                "read_clean_s_median": round(statistics.median(read_s), 3),
                "summarize_s_median": round(statistics.median(summ_s), 3),
                "total_s_max": round(max(r + s for r, s in zip(read_s, summ_s, strict=True)), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
