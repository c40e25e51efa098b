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
import unicodedata
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

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
    """The knowledge base's id for a place name, else its folded spelling."""
    if not name:
        return None
    from sukien.entities.kb import lookup

    hits = lookup(name)
    if hits:
        return min(e.id for e in hits)
    folded = unicodedata.normalize("NFC", name).casefold()
    return re.sub(r"[\s\-‐–_.]+", "", folded)


def place_within(pred: str | None, gold: str | None) -> bool:
    """Whether ``pred`` is ``gold`` or the state ``gold`` lies in ("Serbia" for "Belgrade")."""
    if not pred or not gold:
        return False
    if place_key(pred) == place_key(gold):
        return True
    from sukien.entities.kb import lookup

    states = {e.code for e in lookup(pred) if e.type == "GPE" and e.code}
    return any(e.country in states or e.code in states for e in lookup(gold))


def _code(scorer: ModuleType, x: Any) -> str:
    return scorer.code_of(x)


def attribute_scores(
    scorer: ModuleType, gold: dict[str, Any], preds: dict[str, Any]
) -> dict[str, dict[str, float | int]]:
    """``{"date": {...}, "place": {...}}`` counts and rates over the found required events."""
    c: dict[str, dict[str, int]] = {
        a: {"gold": 0, "found": 0, "predicted": 0, "right": 0} for a in ("date", "place")
    }
    c["place"]["within"] = 0
    for g in gold["documents"]:
        p = preds.get(g["doc"], {})
        by_key: dict[tuple, list[dict]] = defaultdict(list)
        for e in p.get("events", []):
            k = scorer.ev_key(
                e.get("type"), _code(scorer, e.get("actor")), _code(scorer, e.get("recipient"))
            )
            by_key[k].append(e)
        gold_attr: dict[str, dict[tuple, set[str]]] = {
            "date": defaultdict(set),
            "place": defaultdict(set),
        }
        gold_names: dict[tuple, set[str]] = defaultdict(set)
        found: list[tuple[set[tuple], dict]] = []
        for e in g["events"]:
            keys = {scorer.ev_key(t, *e["actors"]) for t in scorer.types(e)}
            for k in keys:
                if e.get("date"):
                    gold_attr["date"][k].add(e["date"])
                if e.get("location"):
                    gold_attr["place"][k].add(place_key(e["location"]) or "")
                    gold_names[k].add(e["location"])
            if e["required"] and keys & set(by_key):
                found.append((keys, e))
        for keys, e in found:
            mine = [x for k in keys for x in by_key.get(k, [])]
            if e.get("date"):
                c["date"]["gold"] += 1
                c["date"]["found"] += any(same_date(x.get("date"), e["date"]) for x in mine)
            if e.get("location"):
                c["place"]["gold"] += 1
                want = place_key(e["location"])
                c["place"]["found"] += any(place_key(x.get("location")) == want for x in mine)
        for k, evs in by_key.items():
            for x in evs:
                if x.get("date") and gold_attr["date"].get(k):
                    c["date"]["predicted"] += 1
                    c["date"]["right"] += any(same_date(x["date"], d) for d in gold_attr["date"][k])
                if x.get("location") and gold_attr["place"].get(k):
                    c["place"]["predicted"] += 1
                    c["place"]["right"] += place_key(x["location"]) in gold_attr["place"][k]
                    c["place"]["within"] += any(
                        place_within(x["location"], g) for g in gold_names[k]
                    )
    out: dict[str, dict[str, float | int]] = {}
    for a, n in c.items():
        out[a] = {
            **n,
            "recall": round(n["found"] / n["gold"], 3) if n["gold"] else 0.0,
            "precision": round(n["right"] / n["predicted"], 3) if n["predicted"] else 0.0,
        }
        if "within" in n:  # a state for a city in it counts: coarse, not wrong
            out[a]["precision_within"] = (
                round(n["within"] / n["predicted"], 3) if n["predicted"] else 0.0
            )
    return out


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
        preds = {}
        for line in ppath.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(unicodedata.normalize("NFC", line))
                preds[o.get("doc")] = o
        for attr, n in attribute_scores(scorer, gold, preds).items():
            for k in ("gold", "found", "predicted", "right", "within"):
                total[attr][k] += int(n.get(k, 0))
    for attr, n in total.items():
        r = n["found"] / n["gold"] if n["gold"] else 0.0
        p = n["right"] / n["predicted"] if n["predicted"] else 0.0
        w = n["within"] / n["predicted"] if n["predicted"] else 0.0
        extra = {"precision_within": round(w, 3)} if attr == "place" else {}
        if attr != "place":
            n.pop("within", None)
        print(
            json.dumps(
                {"attribute": attr, **n, "recall": round(r, 3), "precision": round(p, 3), **extra}
            )
        )


if __name__ == "__main__":
    main()
