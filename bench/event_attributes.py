"""Dates and places of the events the coder found, against the gold's ``date`` / ``location``.

The shared scorer compares events as (type, actor, recipient) only. For the gold events it
counts as found, this compares the attributes an analyst filters on:

- date: a gold ``date`` (``YYYY-MM-DD`` or partial ``--MM-DD``) is *found* when some predicted
  event with one of the gold event's keys carries it (month and day equal; years equal when both
  give one); a predicted date is *right* when it equals a date the gold gives for that key;
- place: the same with ``location``, names compared through the knowledge base (``Kiev`` and
  ``Kyiv``, ``Ukraine`` and ``Ukraina`` are one place) or, for names it does not know, on their
  case- and space-folded spelling.

``recall`` is found / gold attributes of found events, ``precision`` right / predicted attributes
where the gold gives one for the key; ``precision_within`` also counts a state given for a place
in it (coarse, not wrong). Importable (``attribute_scores``) and used by
``eval_heldout.py``; run alone it rescores saved predictions:

    .venv/bin/python bench/event_attributes.py --gold bench/heldout/web73.json --pred p.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from sukien.entities.kb import lookup
from sukien.entities.text import norm_key
from sukien.events.merge import lies_in

_DATE = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")


def date_parts(value: str | None) -> tuple[str | None, str] | None:
    """``(year or None, "MM-DD")`` for a full or month-day date; None for anything coarser."""
    m = _DATE.fullmatch((value or "").strip())
    if not m:
        return None
    year = m.group(1) if m.group(1) != "-" else None
    return year, f"{m.group(2)}-{m.group(3)}"


def same_date(a: str | None, b: str | None) -> bool:
    pa, pb = date_parts(a), date_parts(b)
    if pa is None or pb is None:
        return False
    return pa[1] == pb[1] and (pa[0] is None or pb[0] is None or pa[0] == pb[0])


def place_key(name: str | None) -> str | None:
    """The knowledge base's id for a place name, else its normalised spelling."""
    if not name:
        return None
    hits = lookup(name)
    return min(e.id for e in hits) if hits else norm_key(name)


def same_place(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and place_key(a) == place_key(b)


def place_within(pred: str | None, gold: str | None) -> bool:
    """Whether ``pred`` is ``gold`` or the state ``gold`` lies in ("Serbia" for "Belgrade")."""
    if same_place(pred, gold):
        return True
    return bool(pred and gold) and lies_in(gold, pred)


# attribute: (event field, when a predicted value matches a gold one, when it is coarse but right)
ATTRIBUTES: dict[str, tuple[str, Callable[[Any, Any], bool], Callable[[Any, Any], bool] | None]] = {
    "date": ("date", same_date, None),
    "place": ("location", same_place, place_within),
}


def attribute_scores(
    scorer: ModuleType, gold: dict[str, Any], preds: dict[str, Any]
) -> dict[str, dict[str, float | int]]:
    """``{"date": {...}, "place": {...}}`` counts and rates over the found required events."""
    counts = ("gold", "found", "predicted", "right")
    c = {a: dict.fromkeys(counts + ("within",) * bool(v[2]), 0) for a, v in ATTRIBUTES.items()}
    for g in gold["documents"]:
        by_key: dict[tuple, list[dict]] = defaultdict(list)
        for e in preds.get(g["doc"], {}).get("events", []):
            actor, recipient = scorer.code_of(e.get("actor")), scorer.code_of(e.get("recipient"))
            by_key[scorer.ev_key(e.get("type"), actor, recipient)].append(e)
        gold_keys = [
            ({scorer.ev_key(t, *e["actors"]) for t in scorer.types(e)}, e) for e in g["events"]
        ]
        for attr, (fld, same, coarse) in ATTRIBUTES.items():
            n = c[attr]
            given: dict[tuple, set[str]] = defaultdict(set)
            for keys, e in gold_keys:
                for k in keys if e.get(fld) else ():
                    given[k].add(e[fld])
                mine = [x for k in keys for x in by_key.get(k, [])]
                if e["required"] and mine and e.get(fld):
                    n["gold"] += 1
                    n["found"] += any(same(x.get(fld), e[fld]) for x in mine)
            for k, evs in by_key.items():
                for x in evs if given.get(k) else ():
                    if x.get(fld):
                        n["predicted"] += 1
                        n["right"] += any(same(x[fld], v) for v in given[k])
                        if coarse is not None:
                            n["within"] += any(coarse(x[fld], v) for v in given[k])
    return {a: {**n, **rates(n)} for a, n in c.items()}


def rates(n: dict[str, int]) -> dict[str, float]:
    """``recall`` (found / gold), ``precision`` (right / predicted) and, for places,
    ``precision_within`` (within / predicted) of one attribute's counts."""
    of = {
        "recall": ("found", "gold"),
        "precision": ("right", "predicted"),
        "precision_within": ("within", "predicted"),
    }
    return {r: round(n[x] / n[y], 3) if n[y] else 0.0 for r, (x, y) in of.items() if x in n}


def main() -> None:
    import eval_heldout as ev

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True, nargs="+")
    ap.add_argument("--pred", type=Path, required=True, nargs="+", help="one per gold, in order")
    ap.add_argument("--shared", type=Path, default=ev.SHARED)
    a = ap.parse_args()
    scorer = ev.load_scorer(a.shared)
    total: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gpath, ppath in zip(a.gold, a.pred, strict=True):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        preds = ev.read_preds(ppath.read_text(encoding="utf-8").splitlines())
        for attr, n in attribute_scores(scorer, gold, preds).items():
            for k in ("gold", "found", "predicted", "right", "within"):
                if k in n:
                    total[attr][k] += int(n[k])
    for attr, n in total.items():
        print(json.dumps({"attribute": attr, **n, **rates(n)}))


if __name__ == "__main__":
    main()
