"""Places of events: the place the evidence sentence gives the event, else the place another
mention of the same event gives it.

The coder (``Coder._location``) takes the phrase after "tại/ở" nearest the trigger, whatever it
names, so a visit "tới Thủ đô Maputo", a strike "vào trung tâm Beirut" or a town "ở thị trấn
Tinzaouaten" went unplaced, and a person after "tại New Zealand" could be one. Here an event's
place is a named place (a state, territory, capital, city or region; never a person or an
organisation) that a cue of ``data/events/place_cues.tsv`` introduces in its sentence, with
place nouns ("thủ đô", "thị trấn") allowed between; the most specific one (a city before its
state) nearest the trigger wins. An event whose sentence gives none keeps the coder's place when
that is a named place, else takes the place of another mention of the same event (type and
parties). Headline events only take the latter. An event still unplaced, or placed only at a
state, then takes a specific place (a city, region or sea, never a whole state; inside that
state for the latter) that a cue introduces in the nearest sentence stating an act of the
event's type (a lexicon trigger of it) that names one of the event's parties or no party but
its places: news often states the place once, in a sentence of its own about the same act ("Lễ
ký kết diễn ra tại Nhà Trắng", "cuộc hội đàm 2+2 ở Tokyo", a visit to a state and then its
talks "tại thủ đô Dhaka"). Only asserted events are placed.

Runs after every event is chosen (``EventStage``), so it never changes which. Reads
``Document.entities`` and ``events``; writes ``Event.location`` (the place's canonical name)
and ``Event.location_source`` ("sentence" when the evidence sentence names the place, "context"
when another mention or another sentence gives it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from importlib import resources

from sukien.document import Document, Entity, Event
from sukien.events.dating import text_order
from sukien.events.lexicon import kept_lower, load_lexicon
from sukien.events.merge import candidate_key

CUE_FILE = "place_cues.tsv"
ROLES = ("place", "destination", "target", "noun")
PLACE_TYPES = frozenset({"GPE", "LOC"})
REACH = 40  # characters before a name searched for its cue


class PlaceCueError(ValueError):
    """``place_cues.tsv`` is malformed (the message names the line)."""


def read_cues(text: str, source: str = CUE_FILE) -> dict[str, str]:
    """``{words: role}`` from the file's ``words<TAB>role`` rows (``#`` lines are comments)."""
    out: dict[str, str] = {}
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip() or cols[1] not in ROLES:
            raise PlaceCueError(f"{source}:{i}: want 'words<TAB>role' with role in {ROLES}")
        out[" ".join(cols[0].lower().split())] = cols[1]
    return out


@cache
def cue_re() -> re.Pattern[str]:
    """A cue, then at most two place nouns, at the end of the text before a name."""
    path = resources.files("sukien.data") / "events" / CUE_FILE
    cues = read_cues(path.read_text(encoding="utf-8"), str(path))

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])

    nouns = alt(w for w, r in cues.items() if r == "noun")
    heads = alt(w for w, r in cues.items() if r != "noun")
    return re.compile(rf"(?:^|[\s(,])(?:{heads})\s+(?:(?:{nouns})\s+){{0,2}}$", re.IGNORECASE)


def _specific(e: Entity) -> bool:
    return e.kind not in ("state", "territory")


def cued_places(doc: Document) -> list[Entity]:
    """The named places a cue introduces, the cue in the place's own sentence."""
    pattern = cue_re()
    starts = [sent.start for sent in doc.sentences]
    out = []
    for e in doc.entities:
        if e.type not in PLACE_TYPES or e.start is None:
            continue
        i = bisect_right(starts, e.start) - 1
        sentence_start = starts[i] if i >= 0 else 0
        if pattern.search(doc.text[max(sentence_start, e.start - REACH) : e.start]):
            out.append(e)
    return out


def _name(e: Entity) -> str:
    return e.name or e.text


def _coder_place_ok(doc: Document, ev: Event) -> bool:
    """Whether the coder's place is a named place's mention (not a person after "tại")."""
    span = ev.evidence.spans.get("location")
    if span is None:
        return False
    return any(
        e.type in PLACE_TYPES and e.start is not None and e.start <= span.start < (e.end or 0)
        for e in doc.entities
    )


def place_events(doc: Document, events: Iterable[Event]) -> int:
    """Set the place of ``events`` (of ``doc``); returns how many changed."""
    events = sorted(events, key=text_order)
    cued = cued_places(doc)
    changed = 0
    for ev in events:
        if ev.modality != "asserted" or ev.evidence.part != "text":
            continue
        found = [e for e in cued if ev.evidence.start <= (e.start or 0) < ev.evidence.end]
        if found:
            at = ev.evidence.trigger.start if ev.evidence.trigger else ev.evidence.start
            best = min(found, key=lambda e: (not _specific(e), abs((e.start or 0) - at)))
            place = _name(best)
        elif ev.location and _coder_place_ok(doc, ev):
            continue
        else:
            place = None
        if place != ev.location:
            ev.location = place
            changed += 1
        ev.location_source = "sentence" if place else None
    known: dict[tuple[str, ...], str] = {}
    for ev in events:
        if ev.location:
            known.setdefault(candidate_key(ev), ev.location)
    for ev in events:
        if ev.modality == "asserted" and not ev.location and candidate_key(ev) in known:
            ev.location, ev.location_source = known[candidate_key(ev)], "context"
            changed += 1
    return changed + _place_from_acts(doc, events, cued)


def _act_sentences(
    doc: Document, cued: list[Entity]
) -> list[tuple[int, list[Entity], set[str], set[str]]]:
    """For each sentence with a specific cued place: its start, those places, the types its
    lexicon triggers state and the codes of the parties it names besides its places."""
    lex = load_lexicon()
    out = []
    for sent in doc.sentences:
        span = range(sent.start, sent.end)
        places = [e for e in cued if e.start in span and _specific(e)]
        if not places:
            continue
        types: set[str] = set()
        for m in lex.trigger_re.finditer(lex.spell(kept_lower(sent.text))):
            trigger = lex.trigger_of(m.group())
            types.update((trigger.type, *trigger.also))
        inside = [e for e in doc.entities if e.start is not None and e.start in span]
        named = {
            code
            for e in inside
            if e not in places and (e.type not in PLACE_TYPES or e.kind in ("state", "territory"))
            for code in (e.code or e.country,)
            if code
        }
        out.append((sent.start, places, types, named))
    return out


def _place_from_acts(doc: Document, events: list[Event], cued: list[Entity]) -> int:
    """Place each asserted event that is unplaced, or placed only at a state, from the nearest
    sentence stating an act of its type (see the module docstring); a state's event takes only
    a place inside that state. Returns how many changed."""
    states = {_name(e): e.code for e in doc.entities if not _specific(e) and e.code}
    todo = [
        ev
        for ev in events
        if ev.modality == "asserted" and (not ev.location or ev.location in states)
    ]
    if not todo:
        return 0
    sentences = _act_sentences(doc, cued)
    changed = 0
    for ev in todo:
        at = ev.evidence.start if ev.evidence.part == "text" else 0
        parties = {x.code for x in (ev.actor, ev.recipient) if x is not None and x.code}
        inside = states.get(ev.location or "")
        near = [
            (abs(start - at), [e for e in places if inside is None or e.country == inside])
            for start, places, types, named in sentences
            if ev.type in types and (named & parties or not named)
        ]
        near = [x for x in near if x[1]]
        if near:
            places = min(near, key=lambda x: x[0])[1]
            ev.location = _name(min(places, key=lambda e: e.start or 0))
            ev.location_source = "context"
            changed += 1
    return changed
