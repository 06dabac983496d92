"""The cleaner's learned models: numpy inference, features in step with the extractor, reproducible training."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from kabar.clean import features, headline
from kabar.clean.model import Model, load
from kabar.train.learners import fit_gbdt, fit_logreg

DEVNEWS = Path(__file__).resolve().parents[2] / ".." / "shared" / "devnews" / "gold"


def test_shipped_models_read_the_features_the_extractors_make():
    load("boilerplate_lines.json").check(features.NAMES)
    load("headline.json").check(headline.NAMES)
    with pytest.raises(ValueError, match="differ"):
        load("headline.json").check(features.NAMES)


@pytest.mark.parametrize("fit", [fit_logreg, fit_gbdt])
def test_learners_separate_a_simple_rule_and_run_in_numpy(fit):
    rng = np.random.default_rng(11)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] + 0.2 * X[:, 1] > 0).astype(float)
    model = Model({**fit(X, y), "features": ["a", "b", "c"]})
    accuracy = ((model.predict(X) >= 0.5) == (y == 1)).mean()
    assert accuracy > 0.9 and model.predict(np.zeros((0, 3))).shape == (0,)


@pytest.mark.skipif(not DEVNEWS.exists(), reason="../shared/devnews not found: the training data is absent")
def test_training_reproduces_the_shipped_line_model(tmp_path):
    from kabar.train import boilerplate as tb
    out = tmp_path / "lines.json"
    assert tb.main(["--out", str(out)]) == 0
    fresh, shipped = json.loads(out.read_text()), json.loads((Path(tb.MODEL_OUT)).read_text())
    assert fresh["threshold"] == shipped["threshold"]
    assert np.allclose(fresh["coef"], shipped["coef"], atol=1e-6)
