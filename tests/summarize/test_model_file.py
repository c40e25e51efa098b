"""The shipped model file: readable JSON whose features are the code's, finite weights."""

from __future__ import annotations

import json
import math

import pytest

from sukien.summarize.features import CONCEPT_FEATURES, SENTENCE_FEATURES
from sukien.summarize.model import DATA_DIR, MODEL_FILE, load_model, parse_model


def test_model_file_format() -> None:
    data = json.loads((DATA_DIR / MODEL_FILE).read_text(encoding="utf-8"))
    assert tuple(data["concept"]) == CONCEPT_FEATURES
    assert tuple(data["sentence"]) == SENTENCE_FEATURES
    for part in ("concept", "sentence"):
        assert all(isinstance(v, float) and math.isfinite(v) for v in data[part].values())
    assert 0 < data["alpha"] <= 2 and data["min_syllables"] >= 1
    model = load_model()
    assert len(model.concept) == len(CONCEPT_FEATURES)


def test_a_model_with_other_features_is_refused_with_the_reason() -> None:
    data = json.loads((DATA_DIR / MODEL_FILE).read_text(encoding="utf-8"))
    data["concept"].pop("df_frac")
    with pytest.raises(ValueError, match="concept features"):
        parse_model(data, "old.json")
