"""Small closed word lists the recognizer needs (cues, honorifics, Vietnamese syllable shape)."""

from __future__ import annotations

import re
import unicodedata


def _load() -> dict[str, frozenset[str]]:
    from sukien.entities.kb import KB_DIR

    sets: dict[str, frozenset[str]] = {}
    for line in (KB_DIR / "cues.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, words = line.split("\t")
            sets[name] = frozenset(unicodedata.normalize("NFC", w) for w in words.split("|"))
    return sets


def _load_given_names() -> frozenset[str]:
    from sukien.entities.kb import KB_DIR

    out: set[str] = set()
    for line in (KB_DIR / "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.update(unicodedata.normalize("NFC", w) for w in line.split("\t")[1].split("|"))
    return frozenset(out)


_SETS = _load()
GIVEN_NAMES = _load_given_names()  # given names that open a foreign person's name ("Andrew")
HONORIFICS = _SETS["honorific"]  # words that precede a person's name
KIN = _SETS["kin"]  # kinship terms: "bà Nga" is a woman, not Russia
STOP_CAPS = _SETS["stop_cap"]  # capitalised words that never start a name
ORG_CUES = tuple(sorted(_SETS["org_cue"]))  # nouns announcing a bracketed organisation name
LOC_CUES = _SETS["loc_cue"]  # nouns before a place name
PREP_LOC = _SETS["loc_prep"]
ORG_WORDS = _SETS["org_word"]  # English words that make a capitalised run an organisation
LOC_HEADS = _SETS["loc_head"]  # capitalised heads of place names ("Bãi Cỏ Mây", "Vịnh Bắc Bộ")
STRONG_LEFT = _SETS["strong_left"]  # words before an ambiguous state name that confirm it
PARTICLES = _SETS["particle"]  # lower-case parts of foreign names ("de", "bin", "van")
NOT_STATE_BEFORE = _SETS["not_state_before"]  # "đô la Mỹ" is a currency, not the state
REPORT_VERBS = _SETS["report_verb"]  # verbs of saying after a speaker's bare name
# verbs only a state does ("Anh trừng phạt ...": not the pronoun "anh")
STATE_VERBS = _SETS["state_verb"]
VN_BODY_HEADS = _SETS["vn_body_head"]  # Vietnamese local bodies named by their place ("UBND X")

# short state names used only in compounds ("quan hệ Mỹ-Trung", "Việt - Nga") -> alpha-3
STATE_SHORT = dict(h.split(":") for h in _SETS["state_short"])
PLACE_CONTEXT = _SETS["place_context"]  # words before a minor city that confirm it is a place

# capitalised heads of organisation names ("Câu lạc bộ Valdai", "Đảng Bhumjaithai") -> kind
ORG_HEADS = dict(h.split(":") for h in _SETS["org_head"])

VN_SURNAMES = _SETS["vn_surname"]  # family names that open a Vietnamese name

_VN_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_VN_VOWELS = "aăâeêioôơuưy"
_VN_CODA = r"(?:ng|nh|ch|c|m|n|p|t|i|y|o|u)?"
_VN_SYLL = re.compile(rf"{_VN_ONSET}[{_VN_VOWELS}]{{1,3}}{_VN_CODA}")


def base_letters(word: str) -> str:
    """Lower case with tone marks removed (vowel qualities and đ kept)."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in "\u0300\u0301\u0303\u0309\u0323":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable ("Nguyễn" yes, "Putin" no)."""
    return _VN_SYLL.fullmatch(base_letters(word)) is not None
