"""Event confidence: how likely a careful human coder is to code the same event.

The coder's own confidence says which argument-linking path found the pair (explicit subject
and object 0.85, a "hai bên"-style reference 0.7, fallbacks 0.55-0.6, halved for background);
on held-out web news it barely separates true events from false ones (AUC 0.54-0.55). This
module replaces it with a small logistic model over document-level evidence for the coded
``(type, actor, recipient)``: that path confidence, how many sentences code it, whether only
the headline does, whether its mentions are background dated by an earlier bare year, whether
it was also coded as planned/hoped/denied/hypothetical or in the reverse direction, how many
other types the pair has, how often, how early and in how crowded sentences the pair is named
together, whether a trigger of the type sits near the pair, and a bias per type. Weights live
in ``data/events/confidence.json``; ``bench/fit_confidence.py`` fits them on the annotated
held-out sets (leave-one-set-out AUC 0.76, in the file's ``cv`` field; 0.83 on the blind sets
16-21) with the summariser's ``fit_logistic``, so that both models train the same way.

Every mention of one ``(type, actor, recipient)`` in one article gets the same confidence: it
is a judgement on the event, not on the sentence. Events without both actors keep the coder's.
It ranks and filters (``sukien events --min-confidence``, ``sukien extract --min-confidence``),
and ``EventStage`` drops asserted events under the model's ``threshold``: the threshold with the
best leave-one-set-out event F1 on the sets the coder was not tuned on
(``bench/fit_confidence.py --select``). It is 0.0 in the shipped file: on sets 22-29 F1 is flat
from 0 to 0.5 and falls above, so no event is dropped by default.
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
from sukien.events.lexicon import PLOVER_TYPES, Lexicon, load_lexicon
from sukien.events.mentions import default_actor_code
from sukien.events.merge import candidate_key

MODEL_FILE = "confidence.json"
NOT_ASSERTED = ("planned", "hoped", "denied", "hypothetical")
NEAR = 40  # characters between a trigger and an actor mention that count as "near"
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
