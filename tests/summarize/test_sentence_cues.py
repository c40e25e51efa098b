"""Sentence cues of the sentence model: reported speech, dates, plans."""

from __future__ import annotations

from sukien.summarize.features import SENTENCE_FEATURES, sentence_features, sentence_units
from sukien.summarize.model import load_model
from sukien.summarize.summarizer import _sentences, prepare

ARTICLE = (
    "Cầu mới qua sông\n"
    "Ông Nguyễn Văn An, giám đốc sở giao thông, cho biết cây cầu đã được nghiệm thu. "
    "Cây cầu dài hai cây số được khánh thành ngày 12/3. "
    "Thành phố sẽ xây thêm một cây cầu nữa vào năm 2030. "
    "Xe tải nặng không được đi qua cầu."
)


def _cues() -> list[dict[str, float]]:
    docs = prepare([ARTICLE])
    units = sentence_units(docs, [_sentences(d) for d in docs])
    rows = sentence_features(docs, units, {})
    names = ("reported", "date", "future")
    return [{n: row[SENTENCE_FEATURES.index(n)] for n in names} for row in rows]


def test_reported_speech_dates_and_plans_are_marked() -> None:
    said, date, plan, plain = _cues()
    assert said == {"reported": 1.0, "date": 0.0, "future": 0.0}
    assert date == {"reported": 0.0, "date": 1.0, "future": 0.0}
    assert plan["future"] == 1.0 and plan["date"] == 1.0  # "năm 2030"
    assert plain == {"reported": 0.0, "date": 0.0, "future": 0.0}


def test_the_model_weighs_reported_speech_down_and_plans_up() -> None:
    weights = dict(zip(SENTENCE_FEATURES, load_model().sentence, strict=True))
    assert weights["reported"] < 0 < weights["future"]
