"""Events: PLOVER coding of sentences (``EventStage``) and merging of mentions (``merge``)."""

from sukien.events.coder import Coder
from sukien.events.lexicon import load_lexicon

__all__ = ["Coder", "load_lexicon"]
