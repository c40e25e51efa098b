"""summarize_cluster: budget, citations, redundancy, order, empty and single-article clusters."""

from __future__ import annotations

import re

import pytest

from sukien.document import Document, Sentence
from sukien.summarize import Summary, summarize_cluster
from sukien.summarize.features import sentence_units
from sukien.summarize.model import load_model
from sukien.summarize.select import greedy_cover
from sukien.summarize.summarizer import prepare
from sukien.summarize.syllables import count_syllables

SHARED_SENTENCE = "Phía Việt Nam cam kết cử 40 kỹ sư sang hỗ trợ nông dân Lào"


@pytest.fixture(scope="module")
def docs(articles: list[str]) -> list[Document]:
    return prepare(articles)


@pytest.mark.parametrize("budget", [25, 40, 60, 200])
def test_budget_is_never_exceeded(docs: list[Document], budget: int) -> None:
    s = summarize_cluster(docs, budget)
    assert s.sentences
    assert count_syllables(s.text) == s.syllables <= budget


def test_large_budget_takes_content_from_several_articles(docs: list[Document]) -> None:
    s = summarize_cluster(docs, 200)
    assert len({x.doc for x in s.sentences}) >= 2


def test_every_sentence_cites_the_article_it_was_copied_from(docs: list[Document]) -> None:
    by_id = {d.doc: d for d in docs}
    s = summarize_cluster(docs, 200)
    for sent in s.sentences:
        doc = by_id[sent.doc]
        assert doc.text[sent.start : sent.end] in (sent.text, sent.text.removesuffix("…"))


def test_budget_is_filled_by_cutting_only_the_last_sentence(docs: list[Document]) -> None:
    by_id = {d.doc: d for d in docs}
    cuts = 0
    for budget in (30, 47, 75, 100):
        s = summarize_cluster(docs, budget)
        assert s.syllables <= budget
        assert not any(x.text.endswith("…") for x in s.sentences[:-1])
        last = s.sentences[-1]
        if last.text.endswith("…"):  # a cut sentence: a verbatim prefix filling the budget
            cuts += 1
            assert s.syllables == budget
            assert by_id[last.doc].text[last.start : last.end] == last.text[:-1]
            assert count_syllables(last.text) >= load_model().min_cut
    assert cuts >= 1


def test_a_sentence_two_articles_share_appears_once(
    docs: list[Document], articles: list[str]
) -> None:
    s = summarize_cluster(docs, 200)
    assert s.text.count(SHARED_SENTENCE) <= 1
    # the lead sentences of A1 and A2 say the same thing: at most one of them is kept
    leads = [t for t in (articles[0].split("\n")[1], articles[1].split("\n")[1]) if t in s.text]
    assert len(leads) <= 1


def test_empty_cluster_gives_an_empty_summary(articles: list[str]) -> None:
    assert summarize_cluster([], 200) == Summary()
    assert summarize_cluster(["", "   \n"], 200) == Summary()
    assert summarize_cluster(articles, 0) == Summary()


def test_single_article_cluster(articles: list[str]) -> None:
    s = summarize_cluster([articles[2]], 60)
    assert s.sentences and {x.doc for x in s.sentences} == {"1"}
    assert 0 < s.syllables <= 60


def test_tiny_budget_cuts_the_best_sentence_at_the_budget(docs: list[Document]) -> None:
    s = summarize_cluster(docs, 5)
    assert len(s.sentences) == 1
    assert s.syllables == 5 and s.text.endswith("…")


def test_order_follows_article_dates_then_position(articles: list[str]) -> None:
    docs = prepare(articles)
    docs[0].published, docs[1].published, docs[2].published = "2025-03-14", "2025-03-12", None
    s = summarize_cluster(docs, 200)
    dates = [{d.doc: d.published for d in docs}[x.doc] or "9999" for x in s.sentences]
    assert dates == sorted(dates)


def test_summary_sentences_are_not_titles_or_fragments(docs: list[Document]) -> None:
    titles = {d.title for d in docs}
    s = summarize_cluster(docs, 200)
    for sent in s.sentences:
        assert sent.text not in titles
        assert re.search(r"[.!?…”\"]$", sent.text)
        assert sent.text[:1].isupper() or sent.text[:1].isdigit() or sent.text[:1] in '"“'


def test_json_line_contract(docs: list[Document]) -> None:
    j = summarize_cluster(docs, 80).to_json("cum-1")
    assert set(j) == {"cluster", "summary", "sentences"}
    assert j["cluster"] == "cum-1"
    assert all(set(x) == {"text", "doc"} for x in j["sentences"])
    assert j["summary"] == " ".join(x["text"] for x in j["sentences"])


def test_the_last_few_syllables_are_filled_by_a_cut_down_to_min_cut() -> None:
    first = "Mưa lớn kéo dài ba ngày làm ngập nhiều tuyến đường ở thành phố ven biển."
    second = "Chính quyền thành phố đã sơ tán hàng trăm hộ dân khỏi các khu vực trũng thấp."
    units = sentence_units([Document(doc="a", text="")], [[_sent(first), _sent(second)]])
    weight = {b: 1.0 for u in units for b in u.bigrams}
    budget = units[0].length + 6  # six syllables left after the first sentence
    chosen, cut = greedy_cover(units, weight, [1.0, 0.9], budget, min_cut=5)
    assert chosen == [0] and cut == 1
    chosen, cut = greedy_cover(units, weight, [1.0, 0.9], budget, min_cut=10)
    assert chosen == [0] and cut is None
    assert load_model().min_cut == 5


def _sent(text: str) -> Sentence:
    return Sentence(text, 0, len(text))
