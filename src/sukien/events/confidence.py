"""Event confidence: how likely a careful human coder is to code the same event.

The coder's own confidence says which argument-linking path found the pair (explicit subject
and object 0.85, a "hai bên"-style reference 0.7, fallbacks 0.55-0.6, halved for background);
on held-out web news it barely separates true events from false ones (AUC 0.54-0.56). This
module replaces it with a small logistic model over document-level evidence for the coded
``(type, actor, recipient)``: that path confidence, how many sentences code it, whether only
the headline does, whether its mentions are background dated by an earlier bare year, whether
it was also coded as planned/hoped/denied/hypothetical or in the reverse direction, how many
other types the pair has, how often, how early and in how crowded sentences the pair is named
together, whether a trigger of the type sits near the pair, how its mentions were coded
(``MENTION_FEATURES``: one trigger fanned out to many pairs, parties named outside the sentence,
people as parties, far arguments, quotes, dates, places), the article's size, and a bias per
type. Weights live in ``data/events/confidence.json``; ``bench/fit_confidence.py`` fits them
with the summariser's ``fit_logistic`` on the annotated sets as coded today and, with
``--rows``, as coded by the commit before each set was opened (``bench/confidence_blind.sh``):
those are the coder's errors on news it was not tuned on, the errors new news brings.

Every mention of one ``(type, actor, recipient)`` in one article gets the same confidence: it
is a judgement on the event, not on the sentence. Events without both actors keep the coder's.
It ranks and filters (``sukien events --min-confidence``, ``sukien extract --min-confidence``),
and ``EventStage`` drops asserted events under the model's ``threshold``: the threshold with the
best leave-one-set-out event F1 on the sets as coded blind (its ``cv`` and ``threshold_note``).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sukien.document import Document, Event
from sukien.events.lexicon import PLOVER_TYPES, QUOTE_MARKS, Lexicon, load_lexicon
from sukien.events.mentions import default_actor_code
from sukien.events.merge import candidate_key

MODEL_FILE = "confidence.json"
NOT_ASSERTED = ("planned", "hoped", "denied", "hypothetical")
NEAR = 40  # characters between a trigger and an actor mention that count as "near"
SPREAD = 150  # characters from the trigger to its farthest argument that count as 1.0
# how the pair's mentions were coded: how many events share the trigger and the sentence; whether
# that trigger paired members of one list with each other (several actors and several
# recipients: co-signers, not a host and its guests) and whether it is an agreement fanned out
# (co-signers of one text are seldom coded as agreeing with each other, while joint drills and
# mutual attacks are coded between every pair); how many of the two parties are named in the
# sentence itself and how many are people; how far the farthest argument is from the trigger;
# whether it is quoted, dated or placed. Nothing about the article's length or where in it the
# mention comes: the held-out pages are often cut short, so such features learn the cut, not
# the news (they cost the seeds' full articles 5 true events)
MENTION_FEATURES = (
    "fanout",
    "pairwise",
    "listed_agreement",
    "sent_events",
    "args_in_sentence",
    "person_args",
    "arg_spread",
    "quoted",
    "dated",
    "placed",
)
FEATURES = (
    "path",
    "mentions",
    "title",
    "past",
    "not_asserted",
    "reverse",
    "other_types",
    "same_quad",
    "co_sentences",
    "lead",
    "trigger_near",
    "crowd",
    *MENTION_FEATURES,
    *(f"type_{t}" for t in PLOVER_TYPES),
)

Key = tuple[str, str, str]


class ConfidenceModelError(ValueError):
    """The confidence model file is malformed (the message says what is wrong)."""


@dataclass(frozen=True)
class ConfidenceModel:
    """Feature weights and a bias, as fitted by ``bench/fit_confidence.py``."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.0  # EventStage drops asserted events under it by default

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))


def parse_model(data: dict, source: str = MODEL_FILE) -> ConfidenceModel:
    """Check and read a model dict: every feature in ``FEATURES`` has a numeric weight."""
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias = float(data["bias"])
        threshold = float(data.get("threshold", 0.0))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfidenceModelError(
            f"{source}: needs numeric 'weights', 'bias' and 'threshold' ({exc})"
        ) from exc
    if not 0.0 <= threshold < 1.0:
        raise ConfidenceModelError(f"{source}: threshold must be in [0, 1), not {threshold}")
    missing = set(FEATURES) - set(weights)
    extra = set(weights) - set(FEATURES)
    if missing or extra:
        raise ConfidenceModelError(
            f"{source}: features differ from events.confidence.FEATURES "
            f"(missing {sorted(missing)}, unknown {sorted(extra)})"
        )
    return ConfidenceModel(weights, bias, threshold)


@cache
def load_model() -> ConfidenceModel:
    """The shipped model."""
    path = resources.files("sukien.data") / "events" / MODEL_FILE
    return parse_model(json.loads(path.read_text(encoding="utf-8")), str(path))


def event_key(ev: Event) -> Key | None:
    """``merge.candidate_key`` of an event with two different coded parties; None otherwise."""
    key = candidate_key(ev)
    return key if key[1] and key[2] and key[1] != key[2] else None


def _together(
    doc: Document, lex: Lexicon, pairs: set[frozenset[str]]
) -> dict[frozenset[str], list[tuple[int, int, set[str]]]]:
    """For each pair, the body sentences naming both: (index, how many actors the sentence
    names, the types of triggers near either). Triggers are looked for only there."""
    out: dict[frozenset[str], list[tuple[int, int, set[str]]]] = defaultdict(list)
    ents = [(e.start, default_actor_code(e)) for e in doc.entities if e.start is not None]
    for i, s in enumerate(doc.sentences):
        ments = [(start - s.start, c) for start, c in ents if c and s.start <= start < s.end]
        codes = {c for _, c in ments}
        here = [pair for pair in pairs if pair <= codes]
        if not here:
            continue
        hits = []
        for m in lex.trigger_re.finditer(lex.spell(s.text.lower())):
            trig = lex.trigger_of(m.group())
            hits.extend((m.start(), t) for t in (trig.type, *trig.also))
        for pair in here:
            where = [p for p, c in ments if c in pair]
            near = {t for hp, t in hits if min(abs(hp - p) for p in where) < NEAR}
            out[pair].append((i, len(codes), near))
    return out


def _trigger_key(ev: Event) -> tuple[str, int, str]:
    """One trigger occurrence: where its evidence stands and the type it coded."""
    e = ev.evidence
    return e.part, e.trigger.start if e.trigger else e.start, ev.type


def _mention_features(doc: Document, asserted: list[Event]) -> dict[Key, dict[str, float]]:
    """``MENTION_FEATURES`` of every keyed asserted event, from its mentions."""
    per_trigger: dict[tuple[str, int, str], int] = defaultdict(int)
    per_sentence: dict[tuple[str, int], int] = defaultdict(int)
    sides: dict[tuple[str, int, str], tuple[set[str], set[str]]] = defaultdict(
        lambda: (set(), set())
    )
    for ev in asserted:
        per_sentence[(ev.evidence.part, ev.evidence.start)] += 1
        trig = _trigger_key(ev)
        per_trigger[trig] += 1
        actors, recipients = sides[trig]
        actors.add(ev.actor.code if ev.actor and ev.actor.code else "")
        recipients.add(ev.recipient.code if ev.recipient and ev.recipient.code else "")
    out: dict[Key, dict[str, float]] = {}
    for ev in asserted:
        k = event_key(ev)
        if k is None:
            continue
        e = ev.evidence
        args = [a for a in (ev.actor, ev.recipient) if a is not None]
        in_text = e.part == "text"
        inside = sum(
            1 for a in args if in_text and a.start is not None and e.start <= a.start < e.end
        )
        people = sum(1 for a in args if a.role or (a.entity_id or "").startswith("PER:"))
        gaps = [
            abs(a.start - e.trigger.start)
            for a in args
            if in_text and e.trigger is not None and a.start is not None
        ]
        spread = min(1.0, max(gaps) / SPREAD) if gaps else 1.0
        trig = _trigger_key(ev)
        f = {
            "fanout": math.log1p(per_trigger[trig] - 1),
            "pairwise": 1.0 if all(len(side) > 1 for side in sides[trig]) else 0.0,
            "listed_agreement": 1.0 if ev.type == "AGREE" and per_trigger[trig] > 1 else 0.0,
            "sent_events": math.log1p(per_sentence[(e.part, e.start)] - 1),
            "args_in_sentence": inside / 2,
            "person_args": people / 2,
            "arg_spread": spread,
            "quoted": 1.0 if QUOTE_MARKS.search(e.sentence) else 0.0,
            "dated": 1.0 if ev.date else 0.0,
            "placed": 1.0 if ev.location else 0.0,
        }
        old = out.get(k)
        if old is None:
            out[k] = f
            continue
        for name, v in f.items():  # the largest over mentions; the smallest spread
            old[name] = min(old[name], v) if name == "arg_spread" else max(old[name], v)
    return out


def features(
    doc: Document, events: Iterable[Event], lex: Lexicon | None = None
) -> dict[Key, dict[str, float]]:
    """Features of every asserted ``(type, actor, recipient)`` among ``events`` (all modalities
    of the document's coding, so that not-asserted and reversed codings count as evidence)."""
    lex = lex or load_lexicon()
    events = list(events)
    modal: dict[Key, set[str]] = defaultdict(set)
    path: dict[Key, float] = defaultdict(float)
    mentions: dict[Key, int] = defaultdict(int)
    past: dict[Key, int] = defaultdict(int)
    pub = doc.published[:4] if doc.published and doc.published[:4].isdigit() else None
    title: set[Key] = set()
    pair_types: dict[frozenset[str], set[str]] = defaultdict(set)
    for ev in events:
        k = event_key(ev)
        if k is None:
            continue
        modal[k].add(ev.modality)
        if ev.modality != "asserted":
            continue
        pair_types[frozenset(k[1:])].add(k[0])
        if ev.evidence.part == "title":
            title.add(k)
        else:
            mentions[k] += 1
            path[k] = max(path[k], ev.confidence)
            if (
                ev.date
                and len(ev.date) == 4
                and ev.date.isdigit()
                and (pub is None or ev.date < pub)
            ):
                past[k] += 1  # background dated by a bare earlier year ("Năm 1945, …")
    asserted = [k for k, m in modal.items() if "asserted" in m]
    if not asserted:
        return {}
    together = _together(doc, lex, {frozenset(k[1:]) for k in asserted})
    by_mention = _mention_features(doc, [e for e in events if e.modality == "asserted"])
    out: dict[Key, dict[str, float]] = {}
    for k in asserted:
        t, a, b = k
        pair = frozenset((a, b))
        sents = together.get(pair, [])
        quad = lex.types[t].quad_class
        others = pair_types[pair] - {t}
        f = {
            "path": path.get(k, 0.0),
            "mentions": math.log1p(mentions.get(k, 0)),
            "title": 1.0 if k in title else 0.0,
            "past": past[k] / mentions[k] if mentions.get(k) else 0.0,
            "not_asserted": 1.0 if modal[k] & set(NOT_ASSERTED) else 0.0,
            "reverse": 1.0 if (t, b, a) != k and "asserted" in modal.get((t, b, a), ()) else 0.0,
            "other_types": math.log1p(len(others)),
            "same_quad": 1.0 if any(lex.types[u].quad_class == quad for u in others) else 0.0,
            "co_sentences": math.log1p(len(sents)),
            "lead": 1.0 if any(i < 2 for i, _, _ in sents) else 0.0,
            "trigger_near": math.log1p(sum(1 for _, _, near in sents if t in near)),
            "crowd": min((n for _, n, _ in sents), default=0) / 5.0,
            **by_mention.get(k, {}),
            f"type_{t}": 1.0,
        }
        out[k] = f
    return out


def calibrate(doc: Document, events: list[Event], model: ConfidenceModel | None = None) -> None:
    """Set each asserted event's ``confidence`` to the model's probability (in place)."""
    model = model or load_model()
    lex = load_lexicon()
    probs = {k: model.probability(f) for k, f in features(doc, events, lex).items()}
    for ev in events:
        if ev.modality != "asserted":
            continue
        k = event_key(ev)
        if k is not None and k in probs:
            ev.confidence = round(probs[k], 3)
