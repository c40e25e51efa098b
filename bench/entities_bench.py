"""Entity recognition throughput: the gazetteer pass and the whole recognizer, on one core.

Reads the vims-dev articles from ../shared when present (else repeats sentences written here),
and prints MB/s of text for ``Gazetteer.find`` (Aho-Corasick + case/boundary checks) and for
``recognize`` + ``link`` (gazetteer + patterns + linking). Target: gazetteer >= 1 MB/s.

    .venv/bin/python bench/entities_bench.py [--limit-mb 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sukien.entities.gazetteer import gazetteer
from sukien.entities.link import link
from sukien.entities.recognize import recognize
from sukien.entities.text import words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vims-dev"
FALLBACK = (
    "Tổng thống Nga Vladimir Putin đã tiếp Thủ tướng Malaysia tại Moskva. Bộ Ngoại giao Nga cho "
    "biết hai bên sẽ thúc đẩy hợp tác với ASEAN và Liên minh Kinh tế Á-Âu. Theo hãng tin Reuters, "
    "ông Lavrov cũng gặp người đồng cấp Philippines tại Manila.\n"
)


def load_texts(limit_mb: float) -> list[str]:
    texts: list[str] = []
    size = 0
    if CORPUS.exists():
        for p in sorted(CORPUS.glob("*/docs/*.txt")):
            t = p.read_text(encoding="utf-8", errors="replace")
            texts.append(t)
            size += len(t.encode("utf-8"))
            if size >= limit_mb * 1e6:
                break
    if not texts:
        texts = [FALLBACK * 20] * int(limit_mb * 1e6 / len((FALLBACK * 20).encode("utf-8")) + 1)
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit-mb", type=float, default=2.0)
    args = ap.parse_args()
    texts = load_texts(args.limit_mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0 = time.perf_counter()
    g = gazetteer()
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = sum(len(g.find(t, words(t))) for t in texts)
    gaz = time.perf_counter() - t0
    t0 = time.perf_counter()
    ents = sum(len(link(recognize(t))) for t in texts)
    full = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "docs": len(texts),
                "mb": round(mb, 2),
                "build_s": round(build, 2),
                "gazetteer_mb_per_s": round(mb / gaz, 2),
                "gazetteer_hits": hits,
                "recognize_mb_per_s": round(mb / full, 2),
                "entities": ents,
                "target_ratio": round(mb / gaz / 1.0, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
