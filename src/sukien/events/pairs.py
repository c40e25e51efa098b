"""Learned pair coding: events a linear model reads from the words around two parties that the
text names together, for the pairs and types the rules left uncoded.

The rules (``sukien.events.coder``) code an event only when a lexicon trigger, an actor and a
recipient line up in a way some rule knows. On news the rules were not written from, most missed
events still have both parties named in one sentence (166 of 178 on blind sets 63-66, as the
eleventh session's code left them), in wordings no rule knows. This module scores every
``(actor, recipient)`` pair named together in a sentence or in the headline, for every PLOVER
type, with one logistic model per type over:

- the syllables and syllable bigrams left of the first party (``WINDOW`` of them), between the
  two (at most ``2 * MIDDLE``), right of the second (``WINDOW``) and anywhere in the sentence,
  each marked with the pair's order in the text (actor first ``f``, recipient first ``r``);
- the lexicon's triggers in the sentence by type, and where they stand (left, between, right);
- how many sentences name the pair, whether the headline does, and what the rules coded for the
  pair, in either direction and with which modality.

Features are summed over the pair's sentences, so a pair is judged once per article, as the
scorer judges it. A type the rules already coded for the pair (asserted, at or above the
confidence model's threshold) is never added again; a pair whose probability reaches the model's
``threshold`` gets one event, asserted, with that probability as its confidence and as evidence
the sentence that scores highest on its own. Weights live in ``data/events/pair_model.json``;
``bench/fit_pair_model.py`` fits them (scikit-learn, a dev dependency) on the annotated sets
whose texts are restored, and reports a leave-sets-out estimate.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sukien.document import Actor, Document, Entity, Event, Evidence, Span
from sukien.events.confidence import load_model as load_confidence
from sukien.events.lexicon import PLOVER_TYPES, Lexicon, kept_lower, load_lexicon
from sukien.events.mentions import default_actor_code

MODEL_FILE = "pair_model.json"
WINDOW = 8  # syllables kept left of the first party and right of the second
MIDDLE = 12  # syllables kept from each end of a long stretch between the two parties
_SYLLABLE = re.compile(r"\w+")
_BARE_YEAR = re.compile(r"\d{4}")

Pair = tuple[str, str]
Features = dict[str, float]
Found = tuple[int, int, tuple[str, ...]]  # a trigger: start, end, its type then its ``also``


class PairModelError(ValueError):
    """The pair model file is malformed (the message says what is wrong)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or the headline, with its parties (``(start, end, code)``) and, when it names
    two or more, its lexicon triggers; offsets relative to ``text``."""

    text: str
    start: int  # offset of ``text`` in the body (0 for the headline)
    part: str  # "text" or "title"
    parties: tuple[tuple[int, int, str], ...]
    triggers: tuple[Found, ...] = ()


@dataclass(frozen=True)
class PairModel:
    """Per-type bias and sparse weights, and the probability an added event needs."""

    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    threshold: float

    def score(self, typ: str, feats: Features) -> float:
        w = self.weights[typ]
        return self.bias[typ] + sum(w.get(k, 0.0) * v for k, v in feats.items())

    def probability(self, typ: str, feats: Features) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(typ, feats)))


def parse_model(data: dict, source: str = MODEL_FILE) -> PairModel:
    """Check and read a model dict: known types, numeric weights, threshold in (0, 1)."""
    try:
        types = data["types"]
        bias = {str(t): float(v["bias"]) for t, v in types.items()}
        weights = {
            str(t): {str(k): float(w) for k, w in v["weights"].items()} for t, v in types.items()
        }
        threshold = float(data["threshold"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PairModelError(
            f"{source}: needs 'types' (each with numeric 'bias' and 'weights') and a numeric "
            f"'threshold' ({exc})"
        ) from exc
    unknown = set(bias) - set(PLOVER_TYPES)
    if unknown:
        raise PairModelError(f"{source}: unknown event types {sorted(unknown)}")
    if not 0.0 < threshold < 1.0:
        raise PairModelError(f"{source}: threshold must be in (0, 1), not {threshold}")
    return PairModel(bias, weights, threshold)


@cache
def load_model() -> PairModel:
    """The shipped model."""
    path = resources.files("sukien.data") / "events" / MODEL_FILE
    return parse_model(json.loads(path.read_text(encoding="utf-8")), str(path))


def syllables(text: str) -> list[str]:
    return [m.group().lower() for m in _SYLLABLE.finditer(text)]


def _grams(words: list[str], prefix: str) -> set[str]:
    out = {prefix + w for w in words}
    out.update(f"{prefix}{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    return out


def units(doc: Document, lex: Lexicon | None = None) -> list[Unit]:
    """Every sentence of the body with the coded parties it names, then the headline, whose
    parties are the body's party names found in it; triggers only where a pair is named."""
    lex = lex or load_lexicon()
    parties = [
        (e.start, e.end, code, e.text)
        for e in doc.entities
        if e.start is not None and e.end is not None and (code := default_actor_code(e))
    ]
    named = [
        (
            s.text,
            s.start,
            "text",
            tuple(
                (a - s.start, b - s.start, code)
                for a, b, code, _ in parties
                if a >= s.start and b <= s.end
            ),
        )
        for s in doc.sentences
    ]
    title = doc.title or ""
    if title:
        hits = {
            (m.start(), m.end(), code)
            for name, code in {(t, c) for *_, c, t in parties if t}
            for m in re.finditer(re.escape(name), title)
        }
        inner = {p for p in hits if not any(o != p and o[0] <= p[0] and p[1] <= o[1] for o in hits)}
        named.append((title, 0, "title", tuple(sorted(inner))))
    return [
        Unit(text, start, part, ps, _triggers(text, lex) if len({p[2] for p in ps}) > 1 else ())
        for text, start, part, ps in named
    ]


def _triggers(text: str, lex: Lexicon) -> tuple[Found, ...]:
    """Every lexicon trigger in ``text`` (constraints unchecked: what the rules rejected is
    evidence too), at offsets into ``text``."""
    found = (
        (m.start(), m.end(), lex.trigger_of(m.group()))
        for m in lex.trigger_re.finditer(lex.spell(kept_lower(text)))
    )
    return tuple((s, e, (t.type, *t.also)) for s, e, t in found)


def _closest(unit: Unit, a: str, b: str) -> tuple[tuple[int, int, str], tuple[int, int, str]]:
    """The mentions of ``a`` and ``b`` nearest each other in the unit."""
    return min(
        ((x, y) for x in unit.parties if x[2] == a for y in unit.parties if y[2] == b),
        key=lambda xy: abs(xy[0][0] - xy[1][0]),
    )


def unit_features(unit: Unit, a: str, b: str) -> Features:
    """The words and triggers around actor ``a`` and recipient ``b`` in one unit naming both."""
    x, y = _closest(unit, a, b)
    order = "f" if x[0] < y[0] else "r"
    first, second = (x, y) if order == "f" else (y, x)
    text = unit.text
    middle = syllables(text[first[1] : second[0]])
    if len(middle) > 2 * MIDDLE:
        middle = middle[:MIDDLE] + middle[-MIDDLE:]
    feats: Features = {"co": 1.0, order + "dir": 1.0}
    if unit.part == "title":
        feats["title"] = 1.0
    grams = (
        _grams(syllables(text[: first[0]])[-WINDOW:], order + "L:")
        | _grams(middle, order + "M:")
        | _grams(syllables(text[second[1] :])[:WINDOW], order + "R:")
        | _grams(syllables(text), "S:")
    )
    for g in grams:
        feats[g] = 1.0
    for start, _, types in unit.triggers:
        where = "L" if start < first[0] else ("M" if start < second[0] else "R")
        feats[f"{order}T{where}:{types[0]}"] = 1.0
        for t in types:
            feats[f"T:{t}"] = 1.0
    return feats


def rule_features(events: Iterable[Event], a: str, b: str, floor: float) -> Features:
    """What the rules coded for the pair: ``rule:TYPE:modality`` for ``a`` → ``b``,
    ``rrule:…`` for ``b`` → ``a``, and ``rule_any`` when some asserted event reaches ``floor``."""
    feats: Features = {}
    for ev in events:
        x = ev.actor.code if ev.actor else None
        y = ev.recipient.code if ev.recipient else None
        if (x, y) == (a, b):
            feats[f"rule:{ev.type}:{ev.modality}"] = 1.0
            if ev.modality == "asserted" and ev.confidence >= floor:
                feats["rule_any"] = 1.0
        elif (x, y) == (b, a):
            feats[f"rrule:{ev.type}:{ev.modality}"] = 1.0
    return feats


def pair_features(
    doc: Document, events: list[Event], lex: Lexicon | None = None, floor: float | None = None
) -> dict[Pair, tuple[Features, list[tuple[Unit, Features]]]]:
    """Each ordered pair of different parties named together: its article-level features
    (unit features summed, ``co`` as log1p of the count, plus ``rule_features``) and each
    unit's own features."""
    floor = load_confidence().threshold if floor is None else floor
    per: dict[Pair, list[tuple[Unit, Features]]] = defaultdict(list)
    for unit in units(doc, lex):
        codes = sorted({p[2] for p in unit.parties})
        for a in codes:
            for b in codes:
                if a != b:
                    per[(a, b)].append((unit, unit_features(unit, a, b)))
    out = {}
    for pair, found in per.items():
        total: Features = {k: 1.0 for _, f in found for k in f}
        total["co"] = math.log1p(len(found))
        total.update(rule_features(events, *pair, floor))
        out[pair] = (total, found)
    return out


class PairCoder:
    """Adds the events ``PairModel`` finds for pairs and types the rules left uncoded."""

    def __init__(self, model: PairModel | None = None, lex: Lexicon | None = None) -> None:
        self.model = model or load_model()
        self.lex = lex or load_lexicon()
        self.floor = load_confidence().threshold

    def code(self, doc: Document, events: list[Event]) -> list[Event]:
        """New asserted events for ``doc`` given everything the rules coded (``events``)."""
        have = {
            (e.type, e.actor.code, e.recipient.code)
            for e in events
            if e.actor and e.recipient and e.modality == "asserted" and e.confidence >= self.floor
        }
        best: dict[tuple[str, ...], tuple[float, Pair, list[tuple[Unit, Features]]]] = {}
        for (a, b), (feats, found) in pair_features(doc, events, self.lex, self.floor).items():
            for typ in self.model.weights:
                sym = self.lex.types[typ].symmetric
                if (typ, a, b) in have or (sym and (typ, b, a) in have):
                    continue
                p = self.model.probability(typ, feats)
                key = (typ, *sorted((a, b))) if sym else (typ, a, b)
                if p >= self.model.threshold and (key not in best or p > best[key][0]):
                    best[key] = (p, (a, b), found)
        out = []
        for (typ, *_), (p, pair, found) in best.items():
            unit = max(found, key=lambda uf: self.model.score(typ, uf[1]))[0]
            out.append(self._event(doc, unit, typ, *pair, p))
        return out

    def _event(self, doc: Document, unit: Unit, typ: str, a: str, b: str, p: float) -> Event:
        x, y = _closest(unit, a, b)
        if self.lex.types[typ].symmetric and y[0] < x[0]:
            x, y = y, x  # a meeting or an agreement: the party named first leads
        off = unit.start if unit.part == "text" else 0
        spans = {"actor": Span(x[0] + off, x[1] + off), "recipient": Span(y[0] + off, y[1] + off)}
        trigger = _nearest_trigger(unit, typ, x, y)
        dated = self._date(doc, unit) if unit.part == "text" else None
        date = str(dated.value) if dated else None
        if dated and dated.start is not None and dated.end is not None:
            spans["date"] = Span(dated.start, dated.end)
        t = self.lex.types[typ]
        return Event(
            type=typ,
            mode=None,
            actor=Actor(x[2], start=x[0] + off, end=x[1] + off),
            recipient=Actor(y[2], start=y[0] + off, end=y[1] + off),
            evidence=Evidence(
                doc.doc,
                unit.text,
                off,
                off + len(unit.text),
                Span(trigger[0] + off, trigger[1] + off) if trigger else None,
                spans,
                part=unit.part,
            ),
            date=date,
            modality="asserted",
            quad_class=t.quad_class,
            score=t.score,
            confidence=round(p, 3),
            trigger=unit.text[trigger[0] : trigger[1]] if trigger else None,
        )

    @staticmethod
    def _date(doc: Document, unit: Unit) -> Entity | None:
        """The first full or partial date (not a bare year) the sentence states."""
        end = unit.start + len(unit.text)
        for v in doc.values:
            val = str(v.value or "")
            if (
                v.type == "DATE"
                and val
                and not _BARE_YEAR.fullmatch(val)
                and v.start is not None
                and unit.start <= v.start < end
            ):
                return v
        return None


def _nearest_trigger(
    unit: Unit, typ: str, x: tuple[int, int, str], y: tuple[int, int, str]
) -> tuple[int, int] | None:
    """The lexicon trigger of the type nearest the two parties, if the unit has one."""
    near = None
    for start, end, types in unit.triggers:
        d = min(abs(start - x[1]), abs(start - y[1]))
        if typ in types and (near is None or d < near[0]):
            near = (d, (start, end))
    return near[1] if near else None
