"""The article prior: sentences of the articles most like the rest of the cluster weigh more."""

from __future__ import annotations

import dataclasses

import pytest

from sukien.summarize import summarize_cluster
from sukien.summarize.features import doc_centrality, doc_prior, sentence_units
from sukien.summarize.model import load_model, parse_model
from sukien.summarize.summarizer import _sentences, prepare

FLOOD_A = (
    "Lũ lớn ở miền Trung\n"
    "Mưa lớn kéo dài ba ngày gây lũ lớn tại nhiều tỉnh miền Trung. "
    "Hàng nghìn hộ dân phải sơ tán khỏi vùng ngập sâu. "
    "Chính quyền tỉnh đã huy động lực lượng cứu hộ đến vùng lũ."
)
FLOOD_B = (
    "Miền Trung chống lũ\n"
    "Lũ lớn do mưa kéo dài làm ngập nhiều huyện ở các tỉnh miền Trung. "
    "Lực lượng cứu hộ đã đưa hàng nghìn hộ dân ra khỏi vùng ngập sâu. "
    "Nước lũ bắt đầu rút vào chiều nay."
)
FOOTBALL = (
    "Đội tuyển thắng trận\n"
    "Đội tuyển bóng đá giành chiến thắng hai bàn trong trận giao hữu tối qua. "
    "Huấn luyện viên hài lòng với lối chơi của các cầu thủ trẻ."
)


def _units(texts: list[str]):
    docs = prepare(texts)
    return docs, sentence_units(docs, [_sentences(d) for d in docs])


def test_the_article_unlike_the_others_is_the_least_central() -> None:
    _, units = _units([FLOOD_A, FLOOD_B, FOOTBALL])
    cent = doc_centrality(units)
    assert set(cent) == {0, 1, 2}
    assert min(cent, key=cent.get) == 2
    assert cent[0] > cent[2] and cent[1] > cent[2]


def test_the_prior_boosts_central_articles_and_is_neutral_when_off_or_alone() -> None:
    _, units = _units([FLOOD_A, FLOOD_B, FOOTBALL])
    prior = doc_prior(units, 0.5)
    by_doc = {u.doc_index: p for u, p in zip(units, prior, strict=True)}
    assert by_doc[0] > 1 > by_doc[2] and by_doc[1] > 1
    assert doc_prior(units, 0.0) == [1.0] * len(units)
    _, alone = _units([FLOOD_A])
    assert doc_centrality(alone) == {0: 0.0}
    assert doc_prior(alone, 0.5) == [1.0] * len(alone)


def test_a_strong_prior_keeps_the_summary_in_the_central_articles() -> None:
    docs = prepare([FOOTBALL, FLOOD_A, FLOOD_B])
    model = dataclasses.replace(load_model(), doc_prior=5.0)
    s = summarize_cluster(docs, 40, model)
    assert s.sentences and all(x.doc != docs[0].doc for x in s.sentences)


def test_an_older_model_file_without_the_prior_reads_as_no_prior() -> None:
    data = load_model().to_json()
    data.pop("doc_prior")
    assert parse_model(data).doc_prior == 0.0
    assert load_model().doc_prior == pytest.approx(0.35)
