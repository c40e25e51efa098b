"""How the learned pair model's gain grows with its training data: a learning curve.

Each ``--select`` set is coded by the rules plus a pair model fitted (as ``fit_pair_model.py``
fits it) on a random fraction of the other gold sets; the pooled event F1 over the selected sets
is printed for the rules alone and for each added-event threshold, one line per fraction and
seed. Where the gain over the rules still grows from half the sets to all of them, annotating
more news would pay; where it flattens, it would not. Texts must be restored
(``bench/heldout/RESTORE.md``); scikit-learn is a dev dependency.

    .venv/bin/python bench/pair_learning_curve.py GOLD.json... --select SET... \\
        [--fractions 0.25 0.5 1] [--seeds 2]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

from sukien.events.confidence import load_model as load_confidence
from sukien.events.pairs import PairCoder, PairModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_heldout import SHARED, load_scorer  # noqa: E402
from fit_pair_model import coded_sets, f1, fit, rules_kept, threshold_counts  # noqa: E402

THRESHOLDS = (0.5, 0.55, 0.6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--select", nargs="+", required=True, metavar="SET", help="sets scored")
    ap.add_argument("--fractions", nargs="+", type=float, default=[0.25, 0.5, 1.0])
    ap.add_argument("--seeds", type=int, default=2, help="random draws per fraction under 1")
    ap.add_argument("--C", type=float, default=0.3)
    args = ap.parse_args()
    se = load_scorer(SHARED)
    sets = coded_sets(args.gold, se)
    floor = load_confidence().threshold
    kept = {doc.doc: rules_kept(doc, floor) for s in sets for doc in s.docs}
    chosen = [s for s in sets if s.name in set(args.select)]
    for frac in args.fractions:
        for seed in range(args.seeds if frac < 1 else 1):
            rng = random.Random(seed)
            totals = {thr: np.zeros(3, int) for thr in (None, *THRESHOLDS)}
            for s in chosen:
                others = [o for o in sets if o is not s]
                train = rng.sample(others, max(1, round(frac * len(others))))
                model, _ = fit(train, args.C, 3, 0.03)
                coder = PairCoder(PairModel(model.bias, model.weights, min(THRESHOLDS)))
                added = {doc.doc: coder.code(doc, doc.events) for doc in s.docs}
                for thr, c in threshold_counts(s, se, kept, added, THRESHOLDS).items():
                    totals[thr] += c
            print(
                f"fraction {frac:.2f} seed {seed}: rules {f1(*totals.pop(None))}",
                " ".join(f"{t:.2f}:{f1(*c)}" for t, c in totals.items()),
                flush=True,
            )


if __name__ == "__main__":
    main()
