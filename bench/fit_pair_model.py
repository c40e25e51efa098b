"""Fit the learned pair model (``sukien.events.pairs``) on annotated gold sets.

Each gold file (seeds.json schema, texts restored: ``bench/heldout/RESTORE.md``) is run through
the pipeline with every modality kept, calibrated confidences and no pair model. Every ordered
pair of parties named together in an article is one example per PLOVER type: 1 when a required
gold event of that type has that actor and recipient (either way for symmetric types), 0 when no
gold event does; pairs matching only optional gold events are left out of that type, as the
scorer leaves them out. One L2 logistic regression per type (scikit-learn, a dev dependency),
over ``pairs.pair_features``.

Leave-one-set-out: each set is coded by a model fitted on the others, through ``PairCoder``
itself, and the pooled event F1 of the rules alone and of the rules plus the added events is
printed for each threshold (from the confidence model's, since ``EventStage`` drops asserted
events under that by default); the lowest threshold within ``TIE`` of the best on the ``--select``
sets (default all) becomes the model's. ``--write`` fits on all sets and writes
``src/sukien/data/events/pair_model.json``. Features fewer than ``--min-df`` examples have are
left out and weights under ``--prune`` dropped, in every fold as in the shipped model, which
keeps the file small.

    .venv/bin/python bench/fit_pair_model.py GOLD.json... [--C 0.3] [--select SET...] [--write]
"""

from __future__ import annotations

import argparse
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
from sukien.events.pairs import MODEL_FILE, PairCoder, PairModel, pair_features
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
        self.rows: list[tuple[dict[str, float], dict[str, int]]] = []
        for doc in docs:
            lab = labels(golds[doc.doc], se)
            for (a, b), (feats, _) in pair_features(doc, doc.events, lex).items():
                self.rows.append((feats, {t: lab.get(se.ev_key(t, a, b), 0) for t in PLOVER_TYPES}))


def fit(sets: list[Set], c: float, min_df: int, prune: float) -> tuple[PairModel, int]:
    """One logistic regression per type on the sets' examples, over the features at least
    ``min_df`` examples have, weights under ``prune`` dropped; and how many examples."""
    rows = [r for s in sets for r in s.rows]
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in rows]).tocsc()
    common = np.flatnonzero(x.getnnz(axis=0) >= min_df)
    x = x[:, common].tocsr()
    names = vec.get_feature_names_out()[common]
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
    return PairModel(bias, weights, min(THRESHOLDS)), len(rows)


def score(s: Set, se: Any, events: dict[str, list[Event]]) -> tuple[int, int, int]:
    """(true, spurious, missed) of ``events`` by document, by the scorer's own ``score``."""
    golds = [s.golds[doc.doc] for doc in s.docs]
    preds = {d: {"events": [event_json(e) for e in evs]} for d, evs in events.items()}
    per_doc = se.score({"documents": golds}, preds)["docs"].values()
    fp = sum(len(d["spurious"]) for d in per_doc)
    fn = sum(len(d["missed"]) for d in per_doc)
    return sum(e["required"] for g in golds for e in g["events"]) - fn, fp, fn


def coded_sets(golds: list[str], se: Any) -> list[Set]:
    """Each gold file's documents coded by the rules with every modality kept, calibrated
    confidences and no pair model, as ``Set``s."""
    pipe = Pipeline.build(modalities=MODALITIES, min_confidence=0.0, pairs=False)
    sets = []
    for g in golds:
        docs, by_doc = gold_docs(g)
        s = Set(_name(g), list(pipe(docs)), by_doc, se)
        print(f"{s.name}: {len(docs)} documents, {len(s.rows)} pairs", file=sys.stderr)
        sets.append(s)
    return sets


def rules_kept(doc: Document, floor: float) -> list[Event]:
    """What EventStage keeps of the rules' coding: asserted events at or above ``floor``."""
    return [e for e in doc.events if e.modality == "asserted" and e.confidence >= floor]


def threshold_counts(
    s: Set,
    se: Any,
    kept: dict[str, list[Event]],
    added: dict[str, list[Event]],
    thresholds: tuple[float, ...],
) -> dict[float | None, tuple[int, int, int]]:
    """``score`` of the rules' kept events alone (key None) and with the added events at or
    above each threshold."""
    return {
        thr: score(
            s,
            se,
            {
                d: kept[d] + [e for e in added[d] if thr is not None and e.confidence >= thr]
                for d in added
            },
        )
        for thr in (None, *thresholds)
    }


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
    sets = coded_sets(args.gold, se)
    select = set(args.select or [s.name for s in sets])
    floor = load_confidence().threshold
    kept = {doc.doc: rules_kept(doc, floor) for s in sets for doc in s.docs}
    totals = {thr: np.zeros(3, int) for thr in (None, *THRESHOLDS)}
    per_set = {}
    for s in sets:
        model, _ = fit([o for o in sets if o is not s], args.C, args.min_df, args.prune)
        coder = PairCoder(model)
        added = {doc.doc: coder.code(doc, doc.events) for doc in s.docs}
        by_thr = threshold_counts(s, se, kept, added, THRESHOLDS)
        per_set[s.name] = {
            ("rules" if thr is None else f"{thr:.2f}"): f1(*c) for thr, c in by_thr.items()
        }
        if s.name in select:
            for thr, c in by_thr.items():
                totals[thr] += c
        print(s.name, json.dumps(per_set[s.name]), file=sys.stderr)
    f1s = {("rules" if t is None else f"{t:.2f}"): f1(*c) for t, c in totals.items()}
    top = max(v for k, v in f1s.items() if k != "rules")
    threshold = min(t for t in THRESHOLDS if f1s[f"{t:.2f}"] >= top - TIE)
    cv = {"selected_on": sorted(select), "f1": f1s, "threshold": threshold}
    print("leave-one-set-out", json.dumps(cv))
    if args.write:
        model, n = fit(sets, args.C, args.min_df, args.prune)
        data = {
            "about": "Learned pair coding (sukien.events.pairs): one logistic model per PLOVER "
            "type over pairs.pair_features, fitted by bench/fit_pair_model.py",
            "trained_on": {s.name: len(s.docs) for s in sets},
            "examples": n,
            "C": args.C,
            "min_df": args.min_df,
            "prune": args.prune,
            "cv": cv,
            "threshold": threshold,
            "threshold_note": f"leave-one-set-out pooled event F1 on the {len(select)} selected "
            f"sets: rules alone {f1s['rules']}, with added events {f1s[f'{threshold:.2f}']} at "
            f"{threshold}, the lowest threshold within {TIE} of the best ({top})",
            "types": {
                t: {
                    "bias": round(model.bias[t], 4),
                    "weights": dict(sorted(model.weights[t].items())),
                }
                for t in model.weights
            },
        }
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
