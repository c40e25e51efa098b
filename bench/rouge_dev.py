"""ROUGE of ``summarize_cluster`` on the ViMs dev clusters; ``--fit`` retrains the model.

    python bench/rouge_dev.py                      # all clusters, shipped model
    python bench/rouge_dev.py --split              # 2-fold: fit on half, score the other half
    python bench/rouge_dev.py --split --folds 5    # 5-fold cross-validation
    python bench/rouge_dev.py --fit                # fit on all clusters, write model.json
    python bench/rouge_dev.py --split --folds 5 --repeats 6 --seed 0 --scores A.json
                                                   # 6 random 5-fold splits; per-cluster R2
    python bench/rouge_dev.py ... --scores B.json --against A.json  # paired difference

Single figures move by ~0.002 with any small change of the scores, so compare changes over
repeated random splits (``--repeats``, split r shuffles the clusters with seed ``seed + r``)
and pair them over clusters (``--against``: mean difference of the per-cluster ROUGE-2 F,
averaged over the splits, with its standard error).

Scores with ``../shared/tools/rouge_vi.py`` (syllables, 200-syllable budget). Training data:
concept target = the share of a cluster's human summaries holding the bigram; sentence target =
the share of the sentence's bigrams a human summary holds, averaged over the summaries.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from sukien.summarize import read_cluster, summarize_cluster
from sukien.summarize.features import (
    CONCEPT_FEATURES,
    SENTENCE_FEATURES,
    concept_features,
    sentence_features,
    sentence_units,
)
from sukien.summarize.model import (
    MODEL_FILE,
    Model,
    fit_logistic,
    fit_ridge,
    load_model,
    parse_model,
)
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


def evaluate(
    dev: dict,
    names: list[str],
    model: Model,
    budget: int = 200,
    per_cluster: dict[str, list[float]] | None = None,
) -> dict[str, float]:
    """Mean ROUGE F over ``names``; each cluster's ROUGE-2 F is appended to ``per_cluster``."""
    rouge = rouge_module()
    tot = {"R1": 0.0, "R2": 0.0, "RL": 0.0}
    for c in names:
        docs, refs = dev[c]
        s = rouge.score(summarize_cluster(docs, budget, model).text, refs, budget)
        for k in tot:
            tot[k] += s[k]["f"] / len(names)
        if per_cluster is not None:
            per_cluster.setdefault(c, []).append(s["R2"]["f"])
    return {k: round(v, 4) for k, v in tot.items()}


def cv_splits(names: list[str], folds: int, repeats: int, seed: int) -> list[list[list[str]]]:
    """The fold partitions to run: the fixed interleaved one (``repeats`` 0; for 2 folds the
    historical order, even clusters fitted first), else ``repeats`` random ones."""
    if repeats <= 0:
        parts = [names[i::folds] for i in range(folds)]
        return [parts[::-1] if folds == 2 else parts]
    out = []
    for r in range(repeats):
        order = sorted(names)
        random.Random(seed + r).shuffle(order)
        out.append([order[i::folds] for i in range(folds)])
    return out


def paired(new: dict[str, float], base: dict[str, float]) -> dict[str, float]:
    """Mean per-cluster difference ``new - base`` with its standard error, clusters up/down."""
    names = sorted(set(new) & set(base))
    d = np.array([new[c] - base[c] for c in names])
    se = float(d.std(ddof=1) / np.sqrt(len(d))) if len(d) > 1 else 0.0
    return {
        "clusters": len(names),
        "base": round(float(np.mean([base[c] for c in names])), 4),
        "new": round(float(np.mean([new[c] for c in names])), 4),
        "diff": round(float(d.mean()), 4),
        "se": round(se, 4),
        "up": int((d > 1e-9).sum()),
        "down": int((d < -1e-9).sum()),
    }


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
    ap.add_argument("--repeats", type=int, default=0, help="random fold splits (0: fixed)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the first random split")
    ap.add_argument("--scores", type=Path, help="write per-cluster CV ROUGE-2 F (json) here")
    ap.add_argument("--against", type=Path, help="pair the CV scores with this --scores file")
    ap.add_argument("--pred", type=Path, help="also write predictions (jsonl) here")
    a = ap.parse_args()
    if not a.data.is_dir():
        sys.exit(f"{a.data}: no dev data")
    t0 = time.perf_counter()
    dev = load_dev(a.data)
    names = sorted(dev)
    try:
        shipped = load_model()
    except ValueError as exc:  # features changed: refit, keeping the file's settings
        if not (a.fit or a.split):
            raise
        print(f"note: {exc}", file=sys.stderr)
        data = json.loads(OUT_MODEL.read_text("utf-8"))
        data["concept"] = dict.fromkeys(CONCEPT_FEATURES, 0.0)
        data["sentence"] = dict.fromkeys(SENTENCE_FEATURES, 0.0)
        shipped = replace(parse_model(data), concept=(), sentence=())
    alpha = shipped.alpha if a.alpha is None else a.alpha
    min_syl = shipped.min_syllables if a.min_syllables is None else a.min_syllables
    prior = shipped.doc_prior if a.doc_prior is None else a.doc_prior
    result: dict[str, object] = {"clusters": len(names)}
    if a.split or a.fit:
        per_cluster: dict[str, list[float]] = {}
        runs = []
        for parts in cv_splits(names, a.folds, a.repeats, a.seed):
            folds = []
            for k, test in enumerate(parts):
                train = [n for j, p in enumerate(parts) if j != k for n in p]
                model = fit(dev, train, alpha, min_syl, prior)
                folds.append(evaluate(dev, test, model, per_cluster=per_cluster))
            runs.append({k: sum(f[k] for f in folds) / len(folds) for k in folds[0]})
        result["cv"] = {k: round(sum(r[k] for r in runs) / len(runs), 4) for k in runs[0]}
        if len(runs) > 1:
            result["cv_runs_R2"] = [round(r["R2"], 4) for r in runs]
        else:
            result["folds"] = folds
        scores = {c: sum(v) / len(v) for c, v in per_cluster.items()}
        if a.scores:
            a.scores.write_text(json.dumps(scores, indent=0) + "\n", "utf-8")
        if a.against:
            result["paired"] = paired(scores, json.loads(a.against.read_text("utf-8")))
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
