"""``summarize_cluster``: an extractive multi-document summary within a syllable budget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sukien.document import Document, Sentence
from sukien.summarize.features import (
    Unit,
    concept_features,
    doc_prior,
    sentence_features,
    sentence_units,
)
from sukien.summarize.model import Model, load_model
from sukien.summarize.select import coherent_order, greedy_cover
from sukien.summarize.syllables import count_syllables, trim_to


@dataclass(slots=True)
class SummarySentence:
    """A summary sentence and the article it comes from (``start``/``end`` index its text)."""

    text: str
    doc: str
    start: int
    end: int


@dataclass(slots=True)
class Summary:
    """The summary text, its sentences with their articles, and its length in syllables."""

    text: str = ""
    sentences: list[SummarySentence] = field(default_factory=list)
    syllables: int = 0

    def to_json(self, cluster: str) -> dict[str, Any]:
        """The ``sukien summarize --format jsonl`` line for this summary."""
        return {
            "cluster": cluster,
            "summary": self.text,
            "sentences": [{"text": s.text, "doc": s.doc} for s in self.sentences],
        }


def prepare(articles: Sequence[Document | str]) -> list[Document]:
    """Cleaned documents: strings are parsed as plain-text articles (first line the title),
    documents without ``text`` are cleaned from ``raw``; empty ones are left out."""
    from sukien.clean.stage import CleanStage
    from sukien.ingest.text import parse_text

    docs: list[Document] = []
    cleaner: CleanStage | None = None
    for k, a in enumerate(articles):
        doc = parse_text(a, str(k + 1), None) if isinstance(a, str) else a
        if not doc.text and doc.raw:
            cleaner = cleaner or CleanStage()
            doc = cleaner.process(doc) or doc
        if doc.text.strip():
            docs.append(doc)
    return docs


def _sentences(doc: Document) -> list[Sentence]:
    if doc.sentences:
        return doc.sentences
    from sukien.nlp import split_sentences

    return split_sentences(doc.text)


def _cut(u: Unit, doc: str, n: int) -> SummarySentence:
    """The first ``n`` syllables of a sentence, marked "…"; ``end`` is where the cut falls."""
    head = trim_to(u.sentence.text, n).rstrip(" ,;:-–")
    return SummarySentence(head + "…", doc, u.sentence.start, u.sentence.start + len(head))


def summarize_cluster(
    articles: Sequence[Document | str], max_words: int = 200, model: Model | None = None
) -> Summary:
    """Summarise articles about one story in at most ``max_words`` syllables.

    ``articles``: ``Document``s (cleaned ``text``, or ``raw`` to be cleaned; ``sentences`` are
    reused when the nlp stage has run) or plain-text articles whose first line is the title.
    Sentences are copied from the articles, each citing its ``doc``; the greedy concept
    coverage in ``select`` chooses them (sentence scores weighted by the article prior,
    ``features.doc_prior``), ``coherent_order`` orders them.
    """
    model = model or load_model()
    docs = prepare(articles)
    if not docs or max_words <= 0:
        return Summary()
    units = sentence_units(docs, [_sentences(d) for d in docs])
    if not units:
        return Summary()
    keys, crows = concept_features(docs, units)
    weight = dict(zip(keys, model.concept_probs(crows).tolist(), strict=True))
    scores = model.sentence_scores(sentence_features(docs, units, weight)).tolist()
    if model.doc_prior:
        prior = doc_prior(units, model.doc_prior)
        scores = [s * p if s > 0 else s for s, p in zip(scores, prior, strict=True)]
    chosen, cut = greedy_cover(
        units,
        weight,
        scores,
        max_words,
        alpha=model.alpha,
        min_syllables=model.min_syllables,
        max_overlap=model.max_overlap,
        min_cut=model.min_cut,
    )
    chosen = coherent_order(units, chosen, [d.published for d in docs])
    out = []
    for i in chosen:
        u = units[i]
        out.append(
            SummarySentence(
                u.sentence.text, docs[u.doc_index].doc, u.sentence.start, u.sentence.end
            )
        )
    if cut is None and not out:  # nothing fits the budget whole: cut the best sentence
        cut = max(range(len(units)), key=lambda i: (scores[i], -i))
    if cut is not None:
        left = max_words - sum(units[i].length for i in chosen)
        out.append(_cut(units[cut], docs[units[cut].doc_index].doc, left))
    text = " ".join(s.text for s in out)
    return Summary(text, out, count_syllables(text))
