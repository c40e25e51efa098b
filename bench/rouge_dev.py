"""ROUGE of ``summarize_cluster`` on the ViMs dev clusters; ``--fit`` retrains the model.

    python bench/rouge_dev.py                      # all clusters, shipped model
    python bench/rouge_dev.py --split              # 2-fold: fit on half, score the other half
    python bench/rouge_dev.py --split --folds 5    # 5-fold cross-validation
    python bench/rouge_dev.py --fit                # fit on all clusters, write model.json

Scores with ``../shared/tools/rouge_vi.py`` (syllables, 200-syllable budget). Training data:
concept target = the share of a cluster's human summaries holding the bigram; sentence target =
the share of the sentence's bigrams a human summary holds, averaged over the summaries.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np

from sukien.summarize import read_cluster, summarize_cluster
from sukien.summarize.features import (
    SENTENCE_FEATURES,
    concept_features,
    sentence_features,
    sentence_units,
)
from sukien.summarize.model import MODEL_FILE, Model, fit_logistic, fit_ridge, load_model
from sukien.summarize.select import is_sentence
from sukien.summarize.summarizer import _sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "corpus" / "vims-dev"
OUT_MODEL = ROOT / "src" / "sukien" / "data" / "summarize" / MODEL_FILE


def rouge_module():
    spec = importlib.util.spec_from_file_location("rouge_vi", SHARED / "tools" / "rouge_vi.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def load_dev(data: Path, names: list[str] | None = None) -> dict[str, tuple[list, list[str]]]:
    """cluster -> (cleaned docs with sentences, reference summaries)."""
    rouge = rouge_module()
    out = {}
    for c in names or sorted(p.name for p in data.iterdir() if (p / "refs").is_dir()):
        docs, _ = read_cluster(data / c)
        for d in docs:
            d.sentences = _sentences(d)
        out[c] = (docs, rouge.read_refs(str(data / c)))
    return out


def _ref_bigrams(refs: list[str], rouge) -> set[tuple[str, str]]:
    bg: set[tuple[str, str]] = set()
    for r in refs:
        t = rouge.tokens(r)
        bg.update(zip(t, t[1:], strict=False))
    return bg


def fit(dev: dict, names: list[str], alpha: float, min_syl: int, prior: float = 0.0) -> Model:
    """Concept logistic model, then sentence ridge model on top of its weights."""
    rouge = rouge_module()
    xs, ys, cached = [], [], {}
    for c in names:
        docs, refs = dev[c]
        units = sentence_units(docs, [d.sentences for d in docs])
        keys, rows = concept_features(docs, units)
        per_ref = [_ref_bigrams([r], rouge) for r in refs]
        xs.append(np.asarray(rows))
        ys.append(np.array([sum(k in r for r in per_ref) / len(per_ref) for k in keys]))
        cached[c] = (docs, units, keys, per_ref)
    wc = fit_logistic(np.vstack(xs), np.concatenate(ys))
    model = Model(tuple(wc), tuple([0.0] * len(SENTENCE_FEATURES)), alpha, min_syl)
    xs, ys = [], []
    for c in names:
        docs, units, keys, per_ref = cached[c]
        _, rows = concept_features(docs, units)
        weight = dict(zip(keys, model.concept_probs(rows).tolist(), strict=True))
        srows = sentence_features(docs, units, weight)
        keep = [
            i
            for i, u in enumerate(units)
            if u.length >= min_syl and u.bigrams and is_sentence(u.sentence.text)
        ]
        xs.append(np.asarray([srows[i] for i in keep]))
        ys.append(
            np.array(
                [
                    sum(len(units[i].bigrams & r) for r in per_ref)
                    / (len(per_ref) * len(units[i].bigrams))
                    for i in keep
                ]
            )
        )
    ws = fit_ridge(np.vstack(xs), np.concatenate(ys))
    return Model(
        tuple(float(v) for v in wc),
        tuple(float(v) for v in ws),
        alpha,
        min_syl,
        doc_prior=prior,
    )


def evaluate(dev: dict, names: list[str], model: Model, budget: int = 200) -> dict[str, float]:
    rouge = rouge_module()
    tot = {"R1": 0.0, "R2": 0.0, "RL": 0.0}
    for c in names:
        docs, refs = dev[c]
        s = rouge.score(summarize_cluster(docs, budget, model).text, refs, budget)
        for k in tot:
            tot[k] += s[k]["f"] / len(names)
    return {k: round(v, 4) for k, v in tot.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--fit", action="store_true", help="fit on all clusters, write model.json")
    ap.add_argument("--split", action="store_true", help="cross-validation (2-fold by default)")
    ap.add_argument("--folds", type=int, default=2, help="folds for --split/--fit (default 2)")
    ap.add_argument("--alpha", type=float, default=None)
    ap.add_argument("--min-syllables", type=int, default=None)
    ap.add_argument("--max-overlap", type=float, default=None)
    ap.add_argument("--doc-prior", type=float, default=None, help="article-centrality prior beta")
    ap.add_argument("--pred", type=Path, help="also write predictions (jsonl) here")
    a = ap.parse_args()
    if not a.data.is_dir():
        sys.exit(f"{a.data}: no dev data")
    t0 = time.perf_counter()
    dev = load_dev(a.data)
    names = sorted(dev)
    try:
        shipped = load_model()
    except ValueError as exc:  # features changed: refit with the default settings
        if not (a.fit or a.split):
            raise
        print(f"note: {exc}", file=sys.stderr)
        shipped = Model((), ())
    alpha = shipped.alpha if a.alpha is None else a.alpha
    min_syl = shipped.min_syllables if a.min_syllables is None else a.min_syllables
    prior = shipped.doc_prior if a.doc_prior is None else a.doc_prior
    result: dict[str, object] = {"clusters": len(names)}
    if a.split or a.fit:
        parts = [names[i :: a.folds] for i in range(a.folds)]
        if a.folds == 2:  # historical order: fit on the even clusters first
            parts = parts[::-1]
        folds = []
        for k, test in enumerate(parts):
            train = [n for j, p in enumerate(parts) if j != k for n in p]
            folds.append(evaluate(dev, test, fit(dev, train, alpha, min_syl, prior)))
        result["cv"] = {k: round(sum(f[k] for f in folds) / len(folds), 4) for k in folds[0]}
        result["folds"] = folds
    if a.fit:
        model = fit(dev, names, alpha, min_syl, prior)
        info = {"trained_on": f"vims-dev, {len(names)} clusters", f"cv_{a.folds}fold": result["cv"]}
        OUT_MODEL.write_text(
            json.dumps(model.to_json(**info), ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        result["wrote"] = str(OUT_MODEL)
    else:
        model = shipped
        changed = (a.alpha, a.min_syllables, a.max_overlap, a.doc_prior)
        if any(v is not None for v in changed):
            overlap = shipped.max_overlap if a.max_overlap is None else a.max_overlap
            model = Model(
                shipped.concept,
                shipped.sentence,
                alpha,
                min_syl,
                overlap,
                shipped.min_cut,
                prior,
            )
    if model.concept:
        result["all"] = evaluate(dev, names, model)
    if a.pred:
        with a.pred.open("w", encoding="utf-8") as fh:
            for c in names:
                s = summarize_cluster(dev[c][0], 200, model)
                fh.write(json.dumps(s.to_json(c), ensure_ascii=False) + "\n")
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
