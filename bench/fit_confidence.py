"""Fit the event-confidence model (``sukien.events.confidence``) on annotated gold sets.

Each gold file (seeds.json schema; ``path`` absolute or relative to ../shared, seeds found by
``doc`` under ../shared/corpus/seeds) is run through the pipeline with every modality kept and
the coder's own confidence. Every asserted ``(type, actor, recipient)`` the coder finds is one
example: 1 when a required gold event accepts it, 0 when no gold event does; those matching only
optional gold events are left out, as the scorer leaves them out. Leave-one-set-out CV reports
the AUC of the model against the coder's path confidence, the calibration by quintile, and the
pooled event F1 of dropping events under each threshold: the lowest threshold within 0.003 of
the best becomes the model's ``threshold``, the ``EventStage`` default ``min_confidence``.
``--write`` fits on all sets and writes ``src/sukien/data/events/confidence.json``.

``--rows bench/heldout/confidence_blind.json`` adds sets coded by the commit before each was
opened (``bench/confidence_blind.sh``): the coder's errors on news it was not tuned on, which
are what the model must recognise. A set coded twice (today and blind) is left out of its own
fold both times, and the threshold is chosen on the blind rows by default.

    .venv/bin/python bench/fit_confidence.py GOLD.json... [--rows FILE] [--l2 1] [--write]
    .venv/bin/python bench/fit_confidence.py GOLD.json... --shipped   # AUC of the shipped model
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from sukien.document import Document, Rejected
from sukien.events.confidence import FEATURES, MODEL_FILE, features, load_model
from sukien.events.lexicon import load_lexicon
from sukien.events.stage import MODALITIES
from sukien.ingest import read_paths
from sukien.pipeline import Pipeline
from sukien.summarize.model import fit_logistic

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_heldout import SHARED, load_scorer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sukien" / "data" / "events" / MODEL_FILE


def _doc_path(d: dict[str, Any]) -> Path:
    if d.get("path"):
        p = Path(d["path"])
        return p if p.is_absolute() else SHARED / p
    return SHARED / "corpus" / "seeds" / f"{d['doc']}.txt"


def gold_docs(gold_file: str | Path) -> tuple[list[Document], dict[str, dict[str, Any]]]:
    """The articles of one gold set, read (a missing or rejected one is said and left out),
    and each one's gold entry by ``doc``."""
    gold = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    docs: list[Document] = []
    by_doc = {}
    for d in gold["documents"]:
        path = _doc_path(d)
        if not path.is_file():
            print(f"{path}: missing, {d['doc']} left out", file=sys.stderr)
            continue
        for item in read_paths([str(path)]):
            if isinstance(item, Document):
                item.doc = d["doc"]
                docs.append(item)
                by_doc[d["doc"]] = d
            elif isinstance(item, Rejected):
                print(f"{path}: {item.reason}", file=sys.stderr)
    return docs, by_doc


def examples(
    gold_file: str, pipe: Pipeline, se: Any
) -> tuple[list[tuple[dict[str, float], int]], int]:
    """(features, label) of every asserted coded event of one gold set, and how many required
    gold events the set has."""
    docs, by_doc = gold_docs(gold_file)
    lex = load_lexicon()
    out = []
    required = 0
    for doc in pipe(docs):
        gd = by_doc[doc.doc]
        alts = [
            (e["required"], {se.ev_key(t, *e["actors"]) for t in se.types(e)}) for e in gd["events"]
        ]
        req = set().union(*(k for r, k in alts if r)) if alts else set()
        required += sum(1 for r, _ in alts if r)
        allowed = set().union(*(k for _, k in alts)) if alts else set()
        for (t, a, b), f in features(doc, doc.events, lex).items():
            key = se.ev_key(t, a, b)
            if key in req:
                out.append((f, 1))
            elif key not in allowed:
                out.append((f, 0))
    return out, required


THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(17))  # 0 .. 0.8


def f1_at(p: np.ndarray, y: np.ndarray, required: int, threshold: float) -> float:
    """Pooled event F1 when the events under ``threshold`` are dropped: the kept true events
    count as found, the kept false ones as spurious, the other required events as missed."""
    kept = p >= threshold
    tp, fp = float(y[kept].sum()), float((1 - y[kept]).sum())
    return 2 * tp / (2 * tp + fp + (required - tp)) if required or fp else 0.0


TIE = 0.003  # pooled F1 differences under this are noise: keep the lower threshold


def best_threshold(p: np.ndarray, y: np.ndarray, required: int) -> tuple[float, dict[str, float]]:
    """The lowest threshold whose pooled F1 is within ``TIE`` of the best, and F1 at each
    (dropping events costs the articles unlike the sets, so only a clear gain sets it higher)."""
    f1s = {f"{t:.2f}": round(f1_at(p, y, required, t), 4) for t in THRESHOLDS}
    top = max(f1s.values())
    best = min(t for t in THRESHOLDS if f1s[f"{t:.2f}"] >= top - TIE)
    return best, f1s


def _name(gold_file: str) -> str:
    p = Path(gold_file)
    return p.parent.name if p.name == "gold.json" else p.stem


def read_rows(path: str) -> dict[str, tuple[list[tuple[dict[str, float], int]], int]]:
    """Sets of ``bench/confidence_rows.py`` output, named ``set@commit``; rows whose label is
    null (optional gold only) are left out, as ``examples`` leaves them out."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = {}
    for name, s in data["sets"].items():
        rows = [(r["features"], int(r["label"])) for r in s["rows"] if r["label"] is not None]
        out[f"{name}@{s['coded_by']}"] = (rows, int(s["required"]))
    return out


def _fold(name: str) -> str:
    """The set a name stands for, however it was coded and named ("heldout35@9c61c05" is the
    set of ``web35.json``)."""
    base = name.split("@")[0]
    return "web" + base[len("heldout") :] if base.startswith("heldout") else base


def matrix(rows: list[tuple[dict[str, float], int]]) -> tuple[np.ndarray, np.ndarray]:
    x = np.zeros((len(rows), len(FEATURES) + 1))
    x[:, -1] = 1.0
    for i, (f, _) in enumerate(rows):
        for j, name in enumerate(FEATURES):
            x[i, j] = f.get(name, 0.0)
    return x, np.array([y for _, y in rows], dtype=float)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Probability that a true event outranks a false one (ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help=f"fit on all sets and write {OUT}")
    ap.add_argument("--shipped", action="store_true", help="score the shipped model on the sets")
    ap.add_argument(
        "--rows",
        action="append",
        default=[],
        help="precomputed sets (bench/confidence_rows.py output) to train and choose on",
    )
    ap.add_argument(
        "--select",
        nargs="+",
        metavar="SET",
        help="sets (by name) whose leave-one-set-out F1 chooses the threshold (default: the "
        "--rows sets, else all); name the sets the coder was not tuned on, since its errors "
        "there are like new news",
    )
    args = ap.parse_args()
    se = load_scorer(SHARED)
    pipe = Pipeline.build(modalities=MODALITIES, calibrate=False)
    read = {_name(g): examples(g, pipe, se) for g in args.gold}
    pre = {}
    for path in args.rows:
        pre.update(read_rows(path))
    read.update(pre)
    select = set(args.select or pre or read)
    if select - set(read):
        ap.error(f"--select: unknown sets {sorted(select - set(read))}")
    sets = {name: rows for name, (rows, _) in read.items()}
    required = sum(n for _, n in read.values())
    if args.shipped:
        model = load_model()
        x, y = matrix([r for rs in sets.values() for r in rs])
        shipped = np.array([model.probability(f) for rs in sets.values() for f, _ in rs])
        path = x[:, FEATURES.index("path")]
        print(
            json.dumps(
                {
                    "auc": round(auc(shipped, y), 3),
                    "auc_path": round(auc(path, y), 3),
                    "events": len(y),
                    "true": int(y.sum()),
                }
            )
        )
        return
    probs, paths, labels, chosen = [], [], [], []
    for name, rows in sets.items():
        chosen.append(name in select)
        train = [r for other, rs in sets.items() if _fold(other) != _fold(name) for r in rs]
        w = fit_logistic(*matrix(train), l2=args.l2)
        x, y = matrix(rows)
        probs.append(1 / (1 + np.exp(-(x @ w))))
        paths.append(x[:, FEATURES.index("path")])
        labels.append(y)
        print(
            f"{name}: {len(rows)} events, {int(y.sum())} true, "
            f"AUC {auc(probs[-1], y):.3f} (path {auc(paths[-1], y):.3f})"
        )
    p, c, y = np.concatenate(probs), np.concatenate(paths), np.concatenate(labels)
    cv = {
        "auc": round(auc(p, y), 3),
        "auc_path": round(auc(c, y), 3),
        "events": len(y),
        "true": int(y.sum()),
        "required": required,
    }
    pick = np.concatenate([np.full(len(ys), c) for ys, c in zip(labels, chosen, strict=True)])
    threshold, f1s = best_threshold(p[pick], y[pick], sum(read[n][1] for n in select))
    cv["selected_on"] = sorted(select)
    cv["f1"] = f1s["0.00"]
    cv["threshold"] = threshold
    cv["f1_threshold"] = f1s[f"{threshold:.2f}"]
    cv["f1_best"] = max(f1s.values())
    print("leave-one-set-out", json.dumps(cv))
    print("  event F1 by threshold:", json.dumps(f1s))
    order = np.argsort(p)
    for chunk in np.array_split(order, 5):
        print(
            f"  predicted {p[chunk].mean():.2f}  observed {y[chunk].mean():.2f}  (n={len(chunk)})"
        )
    if args.write:
        w = fit_logistic(*matrix([r for rs in sets.values() for r in rs]), l2=args.l2)
        model = {
            "about": "Event confidence: logistic weights over events.confidence.FEATURES, "
            "fitted by bench/fit_confidence.py",
            "trained_on": sorted(sets),
            "l2": args.l2,
            "cv": cv,
            "threshold": threshold,
            "threshold_note": f"leave-one-set-out pooled event F1 on the {len(select)} selected "
            f"sets: {cv['f1']} with no threshold, {cv['f1_threshold']} at {threshold}, the lowest "
            f"threshold within {TIE} of the best ({cv['f1_best']})",
            "bias": round(float(w[-1]), 4),
            "weights": {name: round(float(v), 4) for name, v in zip(FEATURES, w[:-1], strict=True)},
        }
        OUT.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
