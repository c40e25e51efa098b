"""What the summariser knows about a cluster: sentence units, concepts and their features.

Concepts are syllable bigrams (lower-cased). A concept's features say how central it is to
the cluster (how many articles share it, whether titles and lead sentences carry it, whether it
is a name or a number); a sentence's features say where it sits, how much key content it
holds and how close it is to the cluster's centroid (syllable tf-idf); ``doc_prior`` weighs
each article by how much it resembles the others. Feature names are
listed here and in the model file, which are checked against each other.

Tried and dropped (2-fold CV ROUGE-2 F, repeated over 4 random halvings where noted; the
shipped set gives 0.4144, 0.4127 repeated): concept features for stop-syllable bigrams, lead-
sentence document frequency, mean position, syllable document frequency, df bins and
interactions, tf per document; sentence features for LexRank, max or mean similarity to other
articles, bigram centroid, background (all-dev) idf, document centrality, paragraph starts and
index (0.4117 repeated), first-article prior, pairwise products; other targets (any/all
references, squared share, oracle-selection labels); gradient-boosted trees instead of the
linear models (0.398-0.405); merging multi-sentence quotations into candidates. All within noise
or worse. Dropping parts of sentences (bracketed asides 0.403, discourse openers like "Theo đó,"
0.409, "..., X cho biết." tails 0.410) also lowers ROUGE: the human summaries keep them.

Article prior (``doc_prior``, model setting ``doc_prior``): each sentence score is multiplied by
``exp(beta * z)``, ``z`` its article's mean tf-idf cosine with the other articles standardised
within the cluster. Human summaries lean on the articles most like the rest (per article,
reference-bigram coverage correlates 0.43 with this centrality within a cluster). Unlike
"document centrality" as one more additive ridge feature (dropped above), the multiplicative
prior moves the selection. Repeated CV (8 runs: the historical halving, 5 random halvings, 2
random 5-fold splits; without prior 0.4135): beta 0.1 0.4110, 0.2 0.4126, 0.3 0.4154, 0.35
(shipped) 0.4162, 0.4 0.4155, 0.5 0.4137, 0.6 0.4118, 0.9 0.4080. 13 further random splits:
without 0.4132, beta 0.25 0.4142, 0.35 0.4176, 0.45 0.4138. The curve is jagged (any small
change of the scores moves ROUGE by ~0.002); averaged over 3% random score jitter (3-6 draws)
it is smooth: without 0.4111, beta 0.3 0.4144, 0.35 0.4153, 0.4 0.4147. Expect ~+0.003. Shipped
figures: 2-fold 0.4144 -> 0.4186, 5-fold 0.4143 -> 0.4177; ROUGE-L 0.371 -> 0.395 (more
sentences from one article, in its order). Per cluster the gain is uneven (8-run means: 52
clusters up, 44 down, paired standard error 0.005; 5-article clusters -0.011, 6 +0.007, 7-10
+0.015), so on new clusters +0.003 is within sampling error: a small, not a proven, gain.

Also tried and dropped (same 8 runs, against 0.4135 without the prior): concept
features for the best trigram df holding the bigram 0.4120, max/mean centroid cosine of the
sentences holding it 0.4108 (although it lowers held-out log-loss 0.3557 -> 0.3523), background
bigram df over all dev clusters 0.4132, tf/df 0.4134, df in the first two sentences 0.4120,
underthesea word segmentation (share of occurrences inside one word 0.4135, df of the word
holding it 0.4134; word_tokenize would also cost ~0.6 s on a 10-article cluster), cluster size
(log articles, log syllables) 0.4139 and its products with df/title/lead 0.4129; a count
target (mean over references of min(count, 2) / 2) 0.4061; sentence features for cross-article
agreement (share of other articles with a sentence covering >= 0.3 or 0.5 of its bigrams, mean
best overlap) 0.4138, overlap with the other articles' first sentences 0.4132, overlap with each
title (max, mean, share of titles hit) 0.4130, numbers shared by two articles 0.4133, the
cluster's five most shared capitalised bigrams 0.4133, second/third/last position 0.4121;
cluster-balanced logistic 0.4123 or ridge 0.4144, within-cluster demeaned (listwise) ridge
0.4133, bagging 8 bootstrap fits 0.4123; a learned article model (first, length, centrality,
concept coverage, title and lead overlap -> the article's reference-bigram coverage) as the
prior 0.4154 at beta 0.2, 0.4129 at 0.3, 0.4088 at 0.4: no better than centrality alone. The
first article, though over-represented in the references (29% of matched reference sentences
against 19% of ours), gains nothing from a bonus (x1.1 0.4126, x1.2 0.4098, x1.5 0.4110).

Sentence cues (shipped; ``bench/rouge_dev.py --split --folds 5 --repeats 6``, paired over
clusters, mean of the per-cluster ROUGE-2 F over the splits; without them 0.4186): ``reported``
(a reported-speech verb: "cho biết", "nói", "khẳng định", "cho rằng", ...; weight negative: the
human summaries keep the fact, not the attribution), ``date`` (a date or weekday) and
``future`` ("sẽ", "dự kiến", "kế hoạch") together 0.4217, +0.0031 (standard error 0.0014, 32
clusters up, 23 down); on fresh splits (seeds 6-11) +0.0033 (0.0012), (seeds 12-17) +0.0026
(0.0014); the fixed interleaved 5-fold split 0.4183 -> 0.4223, 2-fold 0.4186 -> 0.4200, in-sample
0.4202 -> 0.4224. Alone: ``reported`` +0.0022 (0.0011; a narrower verb list +0.0016), ``date``
+0.0003, ``future`` +0.0004. Tried and dropped in the same protocol (against 0.4186, or against
0.4217 marked "+"): sentence cues for a number with a unit +0.0001, a parenthesis +0.0003 (+
-0.0011), a sentence opening "Theo" -0.0017, "đã"/"vừa" -0.0018, reported-speech verb only at
the end -0.0000, length bins (<15 / 15-30 syllables) +0.0000/-0.0005, share of capitalised
syllables +0.0001, count of numbers -0.0007, background openers ("Trước đó", "Ngoài ra", ...)
+ -0.0000, hedges ("có thể") + -0.0006, negation + +0.0003, opinion verbs + -0.0000, a quotation
with a speech verb + +0.0002; concept features for the share of the bigram's sentences with a
speech verb + -0.0041, with a quotation + -0.0033, with "sẽ" + +0.0001; an in-fold background
keep rate of the bigram type (share of the other clusters' references keeping it when present,
smoothed, leave-one-cluster-out in training) +0.0003, of its left/right syllables -0.0010.
The project's own linkers add nothing: canonical entity ids (``entities.recognize`` + ``link``,
no word segmentation, ~0.035 s per article) as a concept feature (the bigram lies in a mention;
the mention's entity document frequency) -0.0004/-0.0001, as sentence features (sum, max of
the document frequencies of its entities, count of entities in half the articles, any entity)
-0.0002 to +0.0002; asserted PLOVER events (``events`` stage after nlp, entities, values) are
too rare in these clusters (121 in 621 articles): sentence features for holding one -0.0002 to
-0.0005. Learning the cues instead (presence of each of the 30 or 100 syllables found in most
clusters as sentence features) + -0.0011, -0.0070 (ridge ``l2`` 30: -0.0093). With the cues the
article prior's beta stays: 0.25 + -0.0051, 0.45 + -0.0039.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from sukien.document import Document, Sentence
from sukien.summarize.syllables import syllables

Bigram = tuple[str, str]

CONCEPT_FEATURES = (
    "bias",
    "df_frac",
    "log_df",
    "log_tf",
    "title_frac",
    "lead_frac",
    "lead3_frac",
    "first_pos",
    "cap_frac",
    "digit",
    "singleton",
)
SENTENCE_FEATURES = (
    "bias",
    "concept_mean",
    "concept_top5",
    "lead_prior",
    "rel_pos",
    "log_len",
    "title_overlap",
    "digit",
    "quote",
    "long",
    "first",
    "question",
    "support",
    "centroid",
    "reported",
    "date",
    "future",
)

# reported speech: the human summaries keep the facts and drop "X cho biết/nói/khẳng định"
# sentences (the fitted weight is negative); dates and plans ("sẽ", "dự kiến") they keep
_REPORTED = re.compile(
    r"\b(cho biết|cho hay|nói|khẳng định|tuyên bố|nhấn mạnh|phát biểu|chia sẻ|thông báo"
    r"|cho rằng|xác nhận|kêu gọi|bày tỏ|tiết lộ|thừa nhận)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\bngày \d|\b\d{1,2}[./]\d{1,2}\b|\btháng \d|\bnăm \d{4}|\bhôm (nay|qua)"
    r"|\bthứ (hai|ba|tư|năm|sáu|bảy)\b|\bchủ nhật",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(sẽ|dự kiến|kế hoạch)\b", re.IGNORECASE)


@dataclass(slots=True)
class Unit:
    """One candidate sentence of one article."""

    doc_index: int
    position: int  # index of the sentence in its article
    n_in_doc: int
    sentence: Sentence
    words: list[str]  # lower-cased syllables
    bigrams: frozenset[Bigram] = field(default_factory=frozenset)

    @property
    def length(self) -> int:
        return len(self.words)


@dataclass(slots=True)
class _Stats:
    docs: set[int] = field(default_factory=set)
    tf: int = 0
    titles: int = 0
    leads: int = 0
    lead3: set[int] = field(default_factory=set)
    first_pos: float = 1.0
    caps: int = 0


def _pairs(words: Sequence[str]) -> list[Bigram]:
    return list(zip(words, words[1:], strict=False))


def sentence_units(docs: Sequence[Document], sentences: Sequence[Sequence[Sentence]]) -> list[Unit]:
    """Every sentence of every article as a unit (short ones included; selection filters)."""
    units = []
    for di, sents in enumerate(sentences):
        for si, s in enumerate(sents):
            words = [w.lower() for w in syllables(s.text)]
            units.append(Unit(di, si, len(sents), s, words, frozenset(_pairs(words))))
    return units


def concept_features(
    docs: Sequence[Document], units: Sequence[Unit]
) -> tuple[list[Bigram], list[list[float]]]:
    """Concepts of the cluster and one feature row (``CONCEPT_FEATURES``) for each."""
    n_docs = max(len(docs), 1)
    stats: dict[Bigram, _Stats] = {}
    for u in units:
        cased = syllables(u.sentence.text)
        rel = u.position / max(u.n_in_doc, 1)
        for k, b in enumerate(_pairs(u.words)):
            st = stats.get(b)
            if st is None:
                st = stats[b] = _Stats()
            st.docs.add(u.doc_index)
            st.tf += 1
            st.first_pos = min(st.first_pos, rel)
            if u.position == 0:
                st.leads += 1
            if u.position < 3:
                st.lead3.add(u.doc_index)
            if cased[k][:1].isupper() and cased[k + 1][:1].isupper():
                st.caps += 1
    for doc in docs:
        for b in set(_pairs([w.lower() for w in syllables(doc.title or "")])):
            if b in stats:
                stats[b].titles += 1
    keys = list(stats)
    rows = []
    for b in keys:
        st = stats[b]
        df = len(st.docs)
        rows.append(
            [
                1.0,
                df / n_docs,
                math.log(df),
                math.log(st.tf),
                min(st.titles, 3) / n_docs,
                st.leads / n_docs,
                len(st.lead3) / n_docs,
                st.first_pos,
                st.caps / st.tf,
                float(any(ch.isdigit() for ch in b[0] + b[1])),
                float(df == 1),
            ]
        )
    return keys, rows


def centroid_similarity(units: Sequence[Unit]) -> np.ndarray:
    """Cosine of each unit's syllable tf-idf vector with the cluster centroid, the sum of each
    article's mean vector (every article counts the same, however long)."""
    if not units:
        return np.zeros(0)
    docs_of: dict[str, set[int]] = {}
    for u in units:
        for w in u.words:
            docs_of.setdefault(w, set()).add(u.doc_index)
    vocab = {w: k for k, w in enumerate(docs_of)}
    n_docs = len({u.doc_index for u in units})
    idf = np.array([math.log((1 + n_docs) / (1 + len(docs_of[w]))) + 1 for w in vocab])
    x = np.zeros((len(units), len(vocab)))
    for i, u in enumerate(units):
        for w, k in Counter(u.words).items():
            x[i, vocab[w]] = k
    x *= idf
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    owner = np.array([u.doc_index for u in units])
    centroid = sum(x[owner == d].mean(axis=0) for d in np.unique(owner))
    centroid = centroid / max(float(np.linalg.norm(centroid)), 1e-9)
    return x @ centroid


def doc_centrality(units: Sequence[Unit]) -> dict[int, float]:
    """Each article's mean cosine with the cluster's other articles (syllable tf-idf of the
    whole article, same idf as ``centroid_similarity``); 0 for an article alone."""
    counts: dict[int, Counter[str]] = {}
    for u in units:
        counts.setdefault(u.doc_index, Counter()).update(u.words)
    if len(counts) < 2:
        return dict.fromkeys(counts, 0.0)
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(counts)
    vecs: dict[int, dict[str, float]] = {}
    for d, c in counts.items():
        v = {w: k * (math.log((1 + n) / (1 + df[w])) + 1) for w, k in c.items()}
        norm = math.sqrt(sum(a * a for a in v.values())) or 1.0
        vecs[d] = {w: a / norm for w, a in v.items()}
    out = {}
    for d, v in vecs.items():
        cos = [sum(a * vecs[e].get(w, 0.0) for w, a in v.items()) for e in vecs if e != d]
        out[d] = sum(cos) / len(cos)
    return out


def doc_prior(units: Sequence[Unit], beta: float) -> list[float]:
    """Each unit's article prior ``exp(beta * z)``, ``z`` its article's ``doc_centrality``
    standardised within the cluster: sentences of the articles most like the others weigh more."""
    cent = doc_centrality(units)
    if beta == 0 or len(cent) < 2:
        return [1.0] * len(units)
    vals = np.array(list(cent.values()))
    sd = float(vals.std())
    if sd <= 1e-12:
        return [1.0] * len(units)
    mean = float(vals.mean())
    fac = {d: math.exp(beta * (c - mean) / sd) for d, c in cent.items()}
    return [fac[u.doc_index] for u in units]


def sentence_features(
    docs: Sequence[Document], units: Sequence[Unit], weight: dict[Bigram, float]
) -> list[list[float]]:
    """One feature row (``SENTENCE_FEATURES``) per unit, given the concept weights."""
    title_bigrams: set[Bigram] = set()
    for doc in docs:
        title_bigrams.update(_pairs([w.lower() for w in syllables(doc.title or "")]))
    doc_bigrams: dict[int, set[Bigram]] = {}
    for u in units:
        doc_bigrams.setdefault(u.doc_index, set()).update(u.bigrams)
    n_other = max(len(doc_bigrams) - 1, 1)
    central = centroid_similarity(units).tolist()
    rows = []
    for u, cos in zip(units, central, strict=True):
        nb = max(len(u.bigrams), 1)
        support = sum(
            1
            for di, bg in doc_bigrams.items()
            if di != u.doc_index and len(u.bigrams & bg) >= 0.5 * nb
        )
        ws = sorted((weight.get(b, 0.0) for b in u.bigrams), reverse=True)
        n = max(len(ws), 1)
        text = u.sentence.text
        rows.append(
            [
                1.0,
                sum(ws) / n,
                sum(ws[:5]) / max(min(5, len(ws)), 1),
                1.0 / (1 + u.position),
                u.position / max(u.n_in_doc, 1),
                math.log(max(u.length, 1)),
                len(u.bigrams & title_bigrams) / n,
                float(any(ch.isdigit() for ch in text)),
                float(any(q in text for q in '"“”')),
                float(u.length > 60),
                float(u.position == 0),
                float(text.rstrip().endswith("?")),
                support / n_other,
                cos,
                float(bool(_REPORTED.search(text))),
                float(bool(_DATE.search(text))),
                float(bool(_FUTURE.search(text))),
            ]
        )
    return rows
