"""Why the coder misses annotated events: counts only, so blind sets can be diagnosed unread.

For each required gold event the pipeline does not find (asserted, at the model's threshold),
the sentences that name both its parties are searched for a trigger of its type, and the
miss is put in one class:

* ``no-trigger``: no sentence naming both parties has a trigger of the type (lexicon gap, or
  an event the annotator inferred from more than one sentence);
* ``coded-otherwise:<how>``: such a trigger produced an event, and how it differs: the same
  pair under the threshold (``threshold``) or with another modality (``modality:<m>``), the pair
  ``reversed``, ``one-party-wrong``, ``other-parties``, or ``other-type`` only;
* ``dropped:<why>``: the trigger produced no event at all, and why: ``constraint:<need>`` (a
  trigger constraint of ``data/events/triggers.tsv`` failed), ``no-pair`` (argument linking
  found no actor and recipient), ``filtered`` (a pair was found but ``Coder._event`` refused
  it), ``nested``/``inert``/``resolution`` (the coder's own skips), ``not-a-hit`` (inside a
  name or a longer trigger).

The reasons are read by wrapping a few of ``Coder``'s private methods for the length of the run
(an instrument, not a stand-in: the coder runs unchanged); if they are renamed, this script
says so. No article text is printed.

    .venv/bin/python bench/missed_events.py GOLD.json... [--threshold 0.45] [--by-type]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sukien.events import coder as coder_module
from sukien.events.lexicon import load_lexicon
from sukien.events.mentions import default_actor_code
from sukien.events.stage import MODALITIES
from sukien.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_heldout import SHARED, load_scorer  # noqa: E402
from fit_confidence import gold_docs  # noqa: E402

# (sentence start, trigger start in the sentence) -> what the coder did with the hit
Log = defaultdict[tuple[int, int], list[str]]


def instrument(log: Log) -> None:
    """Record, per hit, the coder's decisions (wrapping its private methods in place)."""
    cls = coder_module.Coder
    names = ("_constraints_ok", "_topic_or_nested", "_inert", "_resolution_content", "_pairs")
    missing = [n for n in (*names, "_event") if not hasattr(cls, n)]
    if missing:
        raise SystemExit(f"missed_events.py: Coder has no {missing}: update the instrument")

    def wrap(name: str, note: Callable[..., str | None]) -> None:
        orig = getattr(cls, name)

        @functools.wraps(orig)
        def run(self: Any, ps: Any, *args: Any) -> Any:
            result = orig(self, ps, *args)
            start = args[0] if name == "_constraints_ok" else args[0].start
            said = note(result, *args)
            if said:
                log[(ps.sent.start, start)].append(said)
            return result

        setattr(cls, name, run)

    wrap(
        "_constraints_ok",
        lambda ok, s, e, trig: None
        if ok
        else "constraint:" + (",".join(sorted(trig.need)) or "position"),
    )
    wrap("_topic_or_nested", lambda r, *a: "nested" if r else None)
    wrap("_inert", lambda r, *a: "inert" if r else None)
    wrap("_resolution_content", lambda r, *a: "resolution" if r is not None else None)
    wrap("_pairs", lambda r, *a: "no-pair" if r is None or not r[0] else "paired")


SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _how_coded(coded: list[Any], a: str, b: str, types: set[str]) -> str:
    """What the coder made of a trigger of the missed event's type: the same pair with another
    modality (``modality:<m>``) or under the threshold (``threshold``), the pair reversed, one
    party wrong, other parties, or another type only. The closest reading wins."""
    kinds = []
    for ev in coded:
        ac = ev.actor.code if ev.actor else None
        rc = ev.recipient.code if ev.recipient else None
        same = (ac, rc) == (a, b) or (ev.type in SYMMETRIC and {ac, rc} == {a, b})
        if ev.type not in types:
            kinds.append((5, "other-type"))
        elif same:
            m = ev.modality
            kinds.append((0, "threshold" if m == "asserted" else f"modality:{m}"))
        elif (ac, rc) == (b, a):
            kinds.append((1, "reversed"))
        elif ac == a or rc == b or (ev.type in SYMMETRIC and {ac, rc} & {a, b}):
            kinds.append((2, "one-party-wrong"))
        else:
            kinds.append((3, "other-parties"))
    return min(kinds)[1]


def classify(
    doc: Any, gold_event: dict[str, Any], types: set[str], log: Log, lex: Any
) -> str | None:
    """The class of one missed event (None when neither party is named with the other)."""
    a = gold_event["actors"][0]
    b = gold_event["actors"][1] if len(gold_event["actors"]) > 1 else ""
    reasons: list[str] = []
    for st in doc.sentences:
        codes = {
            default_actor_code(e)
            for e in doc.entities
            if e.start is not None and st.start <= e.start < st.end
        }
        if a not in codes or b not in codes:
            continue
        low = lex.spell(st.text.lower())
        for m in lex.trigger_re.finditer(low):
            trig = lex.trigger_of(m.group())
            if not types & {trig.type, *trig.also}:
                continue
            lo, hi = st.start + m.start(), st.start + m.end()
            coded = [
                ev
                for ev in doc.events
                if ev.evidence.trigger is not None
                and ev.evidence.part == "text"
                and ev.evidence.trigger.start < hi
                and ev.evidence.trigger.end > lo
            ]
            if coded:
                return "coded-otherwise:" + _how_coded(coded, a, b, types)
            said = log.get((st.start, m.start()), [])
            first = said[0] if said else "not-a-hit"
            reasons.append("filtered" if first == "paired" else first)
    if not reasons:
        return "no-trigger"
    return "dropped:" + Counter(reasons).most_common(1)[0][0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--threshold", type=float, default=0.45)
    ap.add_argument("--by-type", action="store_true", help="the classes per gold type too")
    args = ap.parse_args(argv)
    if not (SHARED / "tools" / "score_extract.py").is_file():
        print("missed_events.py: ../shared is absent")
        return 0
    se = load_scorer(SHARED)
    log: Log = defaultdict(list)
    instrument(log)
    pipe = Pipeline.build(modalities=MODALITIES, min_confidence=0.0)
    lex = load_lexicon()
    total: Counter[str] = Counter()
    by_type: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for gold_file in args.gold:
        docs, by_doc = gold_docs(gold_file)
        for doc in docs:
            log.clear()
            (doc,) = list(pipe([doc]))
            got = {
                se.ev_key(
                    e.type,
                    e.actor.code if e.actor else None,
                    e.recipient.code if e.recipient else None,
                )
                for e in doc.events
                if e.modality == "asserted" and e.confidence >= args.threshold
            }
            for g in by_doc[doc.doc]["events"]:
                keys = {se.ev_key(t, *g["actors"]) for t in se.types(g)}
                if not g["required"] or keys & got:
                    continue
                why = classify(doc, g, set(se.types(g)), log, lex) or "parties-apart"
                total[why] += 1
                by_type[sorted(se.types(g))[0]][why.split(":")[0]] += 1
    print(json.dumps({"missed": sum(total.values()), **dict(total.most_common())}))
    if args.by_type:
        for t, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
            print(json.dumps({"type": t, "missed": sum(c.values()), **dict(c.most_common())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
