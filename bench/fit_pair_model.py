"""Fit the learned pair model (``sukien.events.pairs``) on annotated gold sets.

Each gold file (seeds.json schema, texts restored: ``bench/heldout/RESTORE.md``) is run through
the pipeline with every modality kept, calibrated confidences and no pair model. Every ordered
pair of parties named together in an article is one example per PLOVER type: 1 when a required
gold event of that type has that actor and recipient (either way for symmetric types), 0 when no
gold event does; pairs matching only optional gold events are left out of that type, as the
scorer leaves them out. One L2 logistic regression per type (scikit-learn, a dev dependency),
over ``pairs.pair_features``. The ``keep`` model is one more, over ``pairs.keep_features`` of
each asserted rules' event at or above the confidence floor: 1 when a required gold event has
its key, 0 when no gold event does.

Leave-one-set-out: each set is coded by a model fitted on the others, through ``PairCoder``
itself, and the pooled event F1 of the rules alone and of the rules plus the added events is
printed for each keep threshold and each threshold (from the confidence model's, since
``EventStage`` drops asserted events under that by default); of the pairs within ``TIE`` of the
best on the ``--select`` sets (default all), the lowest keep threshold, then the lowest
threshold, becomes the model's. ``--write`` fits on all sets and writes
``src/sukien/data/events/pair_model.json``. Features fewer than ``--min-df`` examples have are
left out and weights under ``--prune`` dropped, in every fold as in the shipped model, which
keeps the file small.

    .venv/bin/python bench/fit_pair_model.py GOLD.json... [--C 0.3] [--select SET...] [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from sukien.document import Document, Event
from sukien.events.confidence import load_model as load_confidence
from sukien.events.lexicon import PLOVER_TYPES, load_lexicon
from sukien.events.pairs import MODEL_FILE, PairCoder, PairModel, keep_features, pair_features
from sukien.events.stage import MODALITIES
from sukien.pipeline import Pipeline
from sukien.serialize import event_json

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_heldout import SHARED, load_scorer  # noqa: E402
from fit_confidence import TIE, _name, gold_docs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sukien" / "data" / "events" / MODEL_FILE
# 0.45 .. 0.8: from the confidence model's threshold, under which EventStage drops every
# asserted event by default, added ones too
THRESHOLDS = tuple(round(0.45 + 0.05 * i, 2) for i in range(8))
# keep probability under which a rules' event is doubted (0: none is)
KEEP_THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35)
MIN_POSITIVES = 5  # a type with fewer true examples gets no model


def labels(gold: dict[str, Any], se: Any) -> dict[Any, int]:
    """The scorer's key of each gold event → 1 when a required event has it, else -1."""
    out: dict[Any, int] = {}
    for e in gold["events"]:
        for t in se.types(e):
            k = se.ev_key(t, *e["actors"])
            out[k] = 1 if e["required"] or out.get(k) == 1 else -1
    return out


class Set:
    """One gold set coded by the rules: its documents, golds and pair examples."""

    def __init__(
        self, name: str, docs: list[Document], golds: dict[str, dict[str, Any]], se: Any
    ) -> None:
        self.name, self.docs, self.golds = name, docs, golds
        lex = load_lexicon()
        floor = load_confidence().threshold
        self.rows: list[tuple[dict[str, float], dict[str, int]]] = []
        self.keep_rows: list[tuple[dict[str, float], int]] = []
        for doc in docs:
            lab = labels(golds[doc.doc], se)
            pairs = pair_features(doc, doc.events, lex)
            for (a, b), (feats, _) in pairs.items():
                self.rows.append((feats, {t: lab.get(se.ev_key(t, a, b), 0) for t in PLOVER_TYPES}))
            coded = {
                (e.type, e.actor.code, e.recipient.code): e.confidence
                for e in doc.events
                if e.modality == "asserted" and e.confidence >= floor and e.actor and e.recipient
            }
            for (t, a, b), conf in coded.items():
                y = lab.get(se.ev_key(t, a, b), 0)
                if y != -1:
                    pair = pairs.get((a, b))
                    self.keep_rows.append((keep_features(pair[0] if pair else None, t, conf), y))


def _matrix(feats: list[dict[str, float]], min_df: int) -> tuple[Any, Any]:
    """The examples' sparse matrix over the features at least ``min_df`` of them have, and
    those features' names."""
    vec = DictVectorizer()
    x = vec.fit_transform(feats).tocsc()
    common = np.flatnonzero(x.getnnz(axis=0) >= min_df)
    return x[:, common].tocsr(), vec.get_feature_names_out()[common]


def fit(sets: list[Set], c: float, min_df: int, prune: float) -> tuple[PairModel, int]:
    """One logistic regression per type on the sets' examples, and the ``keep`` model on
    their rules' events, over the features at least ``min_df`` examples have, weights under
    ``prune`` dropped; and how many pair examples."""
    rows = [r for s in sets for r in s.rows]
    x, names = _matrix([f for f, _ in rows], min_df)
    bias, weights = {}, {}
    for t in PLOVER_TYPES:
        y = np.array([lab[t] for _, lab in rows])
        keep = y != -1
        if (y[keep] == 1).sum() < MIN_POSITIVES:
            continue
        clf = LogisticRegression(C=c, max_iter=3000).fit(x[keep], y[keep])
        bias[t] = float(clf.intercept_[0])
        weights[t] = {
            str(n): round(float(w), 4)
            for n, w in zip(names, clf.coef_[0], strict=True)
            if abs(w) >= prune
        }
    keep_rows = [r for s in sets for r in s.keep_rows]
    kx, knames = _matrix([f for f, _ in keep_rows], min_df)
    clf = LogisticRegression(C=c, max_iter=3000).fit(kx, np.array([y for _, y in keep_rows]))
    kept = zip(knames, clf.coef_[0], strict=True)
    keep = (
        float(clf.intercept_[0]),
        {str(n): round(float(w), 4) for n, w in kept if abs(w) >= prune},
    )
    return PairModel(bias, weights, min(THRESHOLDS), keep, 0.0), len(rows)


def score(s: Set, se: Any, events: dict[str, list[Event]]) -> tuple[int, int, int]:
    """(true, spurious, missed) of ``events`` by document, by the scorer's own ``score``."""
    golds = [s.golds[doc.doc] for doc in s.docs]
    preds = {d: {"events": [event_json(e) for e in evs]} for d, evs in events.items()}
    per_doc = se.score({"documents": golds}, preds)["docs"].values()
    fp = sum(len(d["spurious"]) for d in per_doc)
    fn = sum(len(d["missed"]) for d in per_doc)
    return sum(e["required"] for g in golds for e in g["events"]) - fn, fp, fn


def _key(g: tuple[float, float] | None) -> str:
    return "rules" if g is None else f"{g[0]:.2f}/{g[1]:.2f}"


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--min-df", type=int, default=3, help="examples a feature needs")
    ap.add_argument("--prune", type=float, default=0.03, help="weights under this are dropped")
    ap.add_argument("--select", nargs="+", metavar="SET", help="sets that choose the threshold")
    ap.add_argument("--write", action="store_true", help=f"fit on all sets and write {OUT}")
    args = ap.parse_args()
    se = load_scorer(SHARED)
    pipe = Pipeline.build(modalities=MODALITIES, min_confidence=0.0, pairs=False)
    sets = []
    for g in args.gold:
        docs, golds = gold_docs(g)
        sets.append(Set(_name(g), list(pipe(docs)), golds, se))
        print(
            f"{sets[-1].name}: {len(docs)} documents, {len(sets[-1].rows)} pairs", file=sys.stderr
        )
    select = set(args.select or [s.name for s in sets])
    floor = load_confidence().threshold
    grid = [(k, t) for k in KEEP_THRESHOLDS for t in THRESHOLDS]
    totals: dict[Any, Any] = {g: np.zeros(3, int) for g in (None, *grid)}
    for s in sets:
        model, _ = fit([o for o in sets if o is not s], args.C, args.min_df, args.prune)
        coder = PairCoder(model)
        # by keep threshold and document: what EventStage keeps of the rules' coding, and adds
        runs: dict[float, dict[str, tuple[list[Event], list[Event]]]] = {
            k: {} for k in KEEP_THRESHOLDS
        }
        for doc in s.docs:
            feats = coder.features(doc, doc.events)
            doubt = coder.doubted(doc.events, feats)
            for k in KEEP_THRESHOLDS:
                evs = [
                    dataclasses.replace(e, confidence=round(doubt[i], 3))
                    if doubt.get(i, 1.0) < k
                    else e
                    for i, e in enumerate(doc.events)
                ]
                kept = [e for e in evs if e.modality == "asserted" and e.confidence >= floor]
                runs[k][doc.doc] = (kept, coder.code(doc, evs, feats))
        per_set = {}
        for g in totals:
            k, thr = g or (0.0, 2.0)
            events = {
                d: kept + [e for e in added if e.confidence >= thr]
                for d, (kept, added) in runs[k].items()
            }
            counts = score(s, se, events)
            per_set[_key(g)] = f1(*counts)
            if s.name in select:
                totals[g] += counts
        best = max(grid, key=lambda g: per_set[_key(g)])
        print(
            s.name,
            "rules",
            per_set["rules"],
            "best",
            _key(best),
            per_set[_key(best)],
            file=sys.stderr,
        )
    f1s = {_key(g): f1(*c) for g, c in totals.items()}
    top = max(f1s[_key(g)] for g in grid)
    keep_threshold, threshold = min(g for g in grid if f1s[_key(g)] >= top - TIE)
    cv = {
        "selected_on": sorted(select),
        "f1": {"rules": f1s["rules"]}
        | {f"{t:.2f}": f1s[_key((keep_threshold, t))] for t in THRESHOLDS},
        "keep_f1": {f"{k:.2f}": f1s[_key((k, threshold))] for k in KEEP_THRESHOLDS},
        "threshold": threshold,
        "keep_threshold": keep_threshold,
    }
    print("leave-one-set-out", json.dumps(cv))
    if args.write:
        model, n = fit(sets, args.C, args.min_df, args.prune)
        data = {
            "about": "Learned pair coding (sukien.events.pairs): one logistic model per PLOVER "
            "type over pairs.pair_features, and the keep model over pairs.keep_features, fitted "
            "by bench/fit_pair_model.py",
            "trained_on": {s.name: len(s.docs) for s in sets},
            "examples": n,
            "C": args.C,
            "min_df": args.min_df,
            "prune": args.prune,
            "cv": cv,
            "threshold": threshold,
            "threshold_note": f"leave-one-set-out pooled event F1 on the {len(select)} selected "
            f"sets: rules alone {f1s['rules']}, with the keep model at {keep_threshold} and added "
            f"events at {threshold} {f1s[_key((keep_threshold, threshold))]}, the lowest pair of "
            f"thresholds within {TIE} of the best ({top})",
            "types": {
                t: {
                    "bias": round(model.bias[t], 4),
                    "weights": dict(sorted(model.weights[t].items())),
                }
                for t in model.weights
            },
            "keep": {
                "threshold": keep_threshold,
                "bias": round(model.keep[0], 4) if model.keep else 0.0,
                "weights": dict(sorted(model.keep[1].items())) if model.keep else {},
            },
        }
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
