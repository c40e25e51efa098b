"""The summariser's learned weights: a small linear model read from ``data/summarize/model.json``.

Two linear models with a handful of named features each (see ``features``): a logistic model
giving each concept the probability that human summaries keep it, and a ridge model predicting
the share of a sentence's bigrams that human summaries keep; ``doc_prior`` (beta of the article
prior, ``features.doc_prior``) is a setting, not fitted. ``bench/rouge_dev.py --fit``
trains them on the dev clusters and writes the file; ``fit_logistic``/``fit_ridge`` live here
so that training and use share one definition.

Regularisation (5-fold CV, 3 splits; ``l2`` 1 for both: 0.4180): logistic ``l2`` 100 0.4151,
1000 0.4110; ridge ``l2`` 10 0.4166, 100 0.4117: dropped. A sentence target relative to the
concept weights (the share of its bigrams the references hold over the mean predicted concept
weight, since the score multiplies the concept gain) 0.4065: dropped. With the sentence cues
(``reported``, ``date``, ``future``; 6 random 5-fold splits, paired, base 0.4217): ridge ``l2``
3 +0.0007 (standard error 0.0005), 0.3 -0.0002: kept at 1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from sukien.summarize.features import CONCEPT_FEATURES, SENTENCE_FEATURES

MODEL_FILE = "model.json"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "summarize"


@dataclass(frozen=True)
class Model:
    """Concept and sentence weights plus the selection settings."""

    concept: tuple[float, ...]
    sentence: tuple[float, ...]
    alpha: float = 0.8  # length penalty: gain / length**alpha
    min_syllables: int = 8  # shorter sentences are never chosen
    max_overlap: float = 0.5  # a sentence more covered than this is redundant
    min_cut: int = 5  # the last sentence may be cut at the budget when this much is left (0: no)
    doc_prior: float = 0.0  # sentence scores times exp(doc_prior * z), z = article centrality

    def concept_probs(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        z = np.asarray(rows, dtype=float) @ np.asarray(self.concept)
        return 1.0 / (1.0 + np.exp(-z))

    def sentence_scores(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        return np.asarray(rows, dtype=float) @ np.asarray(self.sentence)

    def to_json(self, **extra: object) -> dict:
        return {
            "concept": dict(zip(CONCEPT_FEATURES, self.concept, strict=True)),
            "sentence": dict(zip(SENTENCE_FEATURES, self.sentence, strict=True)),
            "alpha": self.alpha,
            "min_syllables": self.min_syllables,
            "max_overlap": self.max_overlap,
            "min_cut": self.min_cut,
            "doc_prior": self.doc_prior,
            **extra,
        }


def parse_model(data: dict, source: str = MODEL_FILE) -> Model:
    """A ``Model`` from its JSON form; a clear error if the features do not match the code."""
    for part, names in (("concept", CONCEPT_FEATURES), ("sentence", SENTENCE_FEATURES)):
        got = tuple(data.get(part, {}))
        if got != names:
            raise ValueError(f"{source}: {part} features {got} differ from the code's {names}")
    return Model(
        concept=tuple(float(v) for v in data["concept"].values()),
        sentence=tuple(float(v) for v in data["sentence"].values()),
        alpha=float(data.get("alpha", 0.8)),
        min_syllables=int(data.get("min_syllables", 8)),
        max_overlap=float(data.get("max_overlap", 0.5)),
        min_cut=int(data.get("min_cut", 5)),
        doc_prior=float(data.get("doc_prior", 0.0)),
    )


@cache
def load_model(path: str | None = None) -> Model:
    """The shipped model (or the one at ``path``), read once."""
    if path:
        return parse_model(json.loads(Path(path).read_text(encoding="utf-8")), path)
    return parse_model(json.loads((DATA_DIR / MODEL_FILE).read_text(encoding="utf-8")))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps."""
    w = np.zeros(x.shape[1])
    eye = l2 * np.eye(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x.T * (p * (1 - p))) @ x + eye
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_ridge(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Ridge regression in closed form."""
    return np.linalg.solve(x.T @ x + l2 * np.eye(x.shape[1]), x.T @ y)
