"""The event ontology and the Vietnamese lexicons, loaded from ``sukien/data/events/``.

Files (tab-separated, ``#`` starts a comment line; see ``data/events/README.md``):
``ontology.tsv`` (PLOVER types: quad class, score, symmetry, modes), ``triggers.tsv`` (words
that report an event, with type, mode and constraints), ``cues.tsv`` (modality, reporting,
source, topic and aspect cues), ``references.tsv`` ("hai bên"-style references to a dyad),
``prepositions.tsv`` (how a phrase after a trigger relates to it), ``topics.tsv`` and
``modes.tsv`` (keywords giving an event's topic or mode), ``memberships.tsv`` (member
states of organisations). Everything is matched on lower-cased
NFC text, syllable by syllable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sukien.clean.normalize import normalize_tones

if TYPE_CHECKING:
    from sukien.document import Event

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
CUE_KINDS = frozenset(
    {
        "planned",
        "hoped",
        "denied",
        "hypothetical",
        "report",
        "source",
        "topic",
        "marker",
        "sport",
        "commerce",
        "aid",
    }  # fmt: skip
)
CONSTRAINT_KEYS = frozenset({"need", "next", "next_any", "not_next", "not_prev", "also"})
NEEDS = frozenset({"marker", "verbal", "obj", "dobj", "official", "of", "said", "mutual"})


class LexiconError(ValueError):
    """A data file of the event lexicon is malformed (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class EventType:
    """One PLOVER event type."""

    name: str
    quad_class: int
    score: float
    symmetric: bool
    modes: tuple[str, ...]
    description: str

    def recode(self, ev: Event, mode: str | None = None) -> None:
        """Make the event ``ev`` one of this type (in place): type, mode, quad class, score."""
        ev.type, ev.mode, ev.quad_class, ev.score = self.name, mode, self.quad_class, self.score


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that reports an event of ``type``."""

    text: str
    type: str
    mode: str | None
    need: frozenset[str] = frozenset()
    next: tuple[str, ...] = ()
    next_any: tuple[str, ...] = ()
    not_next: tuple[str, ...] = ()
    not_prev: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # further types the same act is coded as ("also=PROTEST")


@dataclass(slots=True)
class Lexicon:
    """Everything the coder looks up, with the regular expressions built once."""

    types: dict[str, EventType]
    triggers: dict[str, Trigger]
    cues: dict[str, str]
    references: dict[str, str]
    prepositions: dict[str, str]
    topics: list[tuple[str, str]]
    modes: list[tuple[str, str, str]]
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    trigger_re: re.Pattern[str] = field(init=False)
    reference_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.trigger_re = phrase_regex(self.triggers, quoted=True)
        self.reference_re = phrase_regex(self.references)

    def trigger_of(self, matched: str) -> Trigger:
        """The trigger a match of ``trigger_re`` spells (quotation marks inside dropped)."""
        return self.triggers[" ".join(QUOTE_MARKS.sub(" ", matched).split())]

    def cues_of(self, kind: str) -> list[str]:
        return [c for c, k in self.cues.items() if k == kind]

    @staticmethod
    def spell(low: str) -> str:
        """Lower-case text spelt as the lexicons are (``tone_norm``); offsets are kept."""
        return tone_norm(low)


# "kí kết", "lí do", "tỉ USD", "quí": the i spelling of a final y after k, l, m, t, qu
_I_SPELLING = re.compile(r"(?<!\w)(k|l|m|t|qu)([íìỉĩị])(?!\w)")
_I_TO_Y = dict(zip("íìỉĩị", "ýỳỷỹỵ", strict=True))


def kept_lower(text: str) -> str:
    """``text`` lower-cased with its length and offsets kept: a letter whose lower case is
    longer ("İ") stays as it is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def tone_norm(low: str) -> str:
    """Lower-case NFC text spelt as the lexicons spell it: the tone of open "oa"/"oe"/"uy" on
    the first vowel, as the clean stage puts it ("thoả thuận" -> "thỏa thuận"), and a final y
    for i after k, l, m, t, qu ("kí kết" -> "ký kết"). The length and offsets are kept, so the
    coder reads text that skipped the clean stage the same way."""
    low = normalize_tones(low)
    return _I_SPELLING.sub(lambda m: m.group(1) + _I_TO_Y[m.group(2)], low)


def norm(text: str) -> str:
    """Lower-cased NFC with single spaces: the form every lexicon entry is stored in."""
    return tone_norm(" ".join(unicodedata.normalize("NFC", text).lower().split()))


# a comma that separates clauses, not the decimal comma of "1,83 tỷ USD"
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# the end of a clause: a stop, a colon, a semicolon (not the decimal point of "1.5")
CLAUSE_BREAK = re.compile(r"[;:!?]|\.(?!\d)")


# quotation marks a news text may put inside a phrase ('sẽ có "phản ứng đáng kể"')
QUOTE_MARKS = re.compile(r"[\"“”]")


def phrase_regex(phrases: object, quoted: bool = False) -> re.Pattern[str]:
    """One alternation matching any phrase as whole syllables, longest first; ``quoted``: a
    quotation mark may open or close between two of its words ('bày tỏ "sự bất bình"')."""
    items = sorted((str(p) for p in phrases), key=len, reverse=True)  # type: ignore[attr-defined]
    gap = r"(?:\s+[\"“”]?|[\"“”]\s+)" if quoted else r"\s+"
    body = "|".join(gap.join(map(re.escape, p.split())) for p in items)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _rows(name: str, ncols: int) -> list[tuple[int, list[str]]]:
    path = resources.files("sukien.data") / "events" / name
    out: list[tuple[int, list[str]]] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < ncols:
            raise LexiconError(f"data/events/{name}:{i}: expected {ncols} tab-separated columns")
        out.append((i, [c.strip() for c in cols]))
    return out


def _alts(value: str) -> tuple[str, ...]:
    return tuple(norm(v) for v in value.split("|") if v.strip())


def parse_constraints(spec: str, where: str) -> dict[str, object]:
    """``need=obj;not_next=a|b`` -> keyword arguments of ``Trigger``."""
    out: dict[str, object] = {}
    need: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        key, sep, value = part.partition("=")
        if not sep or key not in CONSTRAINT_KEYS:
            raise LexiconError(f"{where}: bad constraint {part!r}")
        if key == "also":
            types = tuple(v.strip() for v in value.split("|") if v.strip())
            if not types or not set(types) <= set(PLOVER_TYPES):
                raise LexiconError(f"{where}: also= takes PLOVER types, not {value!r}")
            out[key] = types
        elif key == "need":
            if value not in NEEDS:
                raise LexiconError(f"{where}: unknown need {value!r}")
            need.add(value)
        else:
            out[key] = _alts(value)
    out["need"] = frozenset(need)
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read and check every file of ``data/events`` (cached)."""
    types: dict[str, EventType] = {}
    for i, c in _rows("ontology.tsv", 6):
        if c[0] not in PLOVER_TYPES:
            raise LexiconError(f"data/events/ontology.tsv:{i}: {c[0]!r} is not a PLOVER type")
        types[c[0]] = EventType(
            c[0], int(c[1]), float(c[2]), c[3] == "yes", tuple(c[4].split(",")), c[5]
        )
    if set(types) != set(PLOVER_TYPES):
        raise LexiconError("data/events/ontology.tsv: must list the 16 PLOVER types")
    triggers: dict[str, Trigger] = {}
    for i, c in _rows("triggers.tsv", 3):
        where = f"data/events/triggers.tsv:{i}"
        text, typ, mode = norm(c[0]), c[1], c[2] or None
        if typ not in types:
            raise LexiconError(f"{where}: unknown type {typ!r}")
        if mode and mode not in types[typ].modes:
            raise LexiconError(f"{where}: mode {mode!r} is not a mode of {typ}")
        if text in triggers:
            raise LexiconError(f"{where}: duplicate trigger {text!r}")
        cons = parse_constraints(c[3] if len(c) > 3 else "", where)
        triggers[text] = Trigger(text, typ, mode, **cons)  # type: ignore[arg-type]
    cues: dict[str, str] = {}
    for i, c in _rows("cues.tsv", 2):
        if c[1] not in CUE_KINDS:
            raise LexiconError(f"data/events/cues.tsv:{i}: unknown cue kind {c[1]!r}")
        cues[norm(c[0])] = c[1]
    refs = {norm(c[0]): c[1] for _, c in _rows("references.tsv", 2)}
    # news writes the number as a digit as often as a word: "2 bên", "2 nước", "2 nhà lãnh đạo"
    refs |= {"2" + p[3:]: k for p, k in list(refs.items()) if p.startswith("hai ")}
    preps = {norm(c[0]): c[1] for _, c in _rows("prepositions.tsv", 2)}
    topics = [(norm(c[0]), c[1]) for _, c in _rows("topics.tsv", 2)]
    modes: list[tuple[str, str, str]] = []
    for i, c in _rows("modes.tsv", 3):
        if c[1] not in types or c[2] not in types[c[1]].modes:
            raise LexiconError(f"data/events/modes.tsv:{i}: {c[1]}/{c[2]} is not in the ontology")
        modes.append((norm(c[0]), c[1], c[2]))
    members: dict[str, frozenset[str]] = {}
    for i, c in _rows("memberships.tsv", 2):
        codes = frozenset(c[1].split("|"))
        if not all(re.fullmatch(r"[A-Z]{3}", x) for x in codes):
            raise LexiconError(f"data/events/memberships.tsv:{i}: members must be alpha-3 codes")
        members[c[0]] = codes
    return Lexicon(types, triggers, cues, refs, preps, topics, modes, members)
