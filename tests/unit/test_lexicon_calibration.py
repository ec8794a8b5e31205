"""The lexicon's probabilities: counted on PTC's gold spans, smoothed toward the lexicon-wide share, and
shipped for every line of the lexicon."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from presslens.evaluation.ptc import PtcArticle, TechniqueSpan
from presslens.pipeline import rhetoric
from presslens.pipeline.rhetoric import LEXICON_CALIBRATION, _Pattern, calibration_key, lexicon, lexicon_detect, lexicon_lines, lexicon_regex
from presslens.train.lexicon import PRIOR_MATCHES, calibrate

LINES = [("brutal", "Loaded_Language", "a loaded word"), ("so-called", "Doubt", "casts doubt"), ("never seen", "Slogans", "unmatched")]
ARTICLES = [
    PtcArticle("1", "A brutal attack. The so-called plan.", [TechniqueSpan(2, 8, "Loaded_Language"), TechniqueSpan(21, 30, "Loaded_Language")]),
    PtcArticle("2", "Brutal weather, brutal prices.", []),
]


def test_a_pattern_s_probability_is_its_share_on_gold_spans_of_its_label_smoothed() -> None:
    share, table = calibrate(LINES, ARTICLES)
    assert share == 1 / 4  # of the lexicon's 4 matches, 1 on a gold span of its pattern's label
    brutal, so_called, unmatched = (table[calibration_key(p, label)] for p, label, _ in LINES)
    assert (brutal["matches"], brutal["on_its_label"]) == (3, 1)
    assert (so_called["matches"], so_called["on_its_label"]) == (1, 0)  # on a gold span, of another label
    assert brutal["probability"] == round((1 + PRIOR_MATCHES * share) / (3 + PRIOR_MATCHES), 3)
    assert unmatched == {"matches": 0, "on_its_label": 0, "probability": share}


def test_every_lexicon_line_ships_with_its_measured_probability() -> None:
    shipped = json.loads(resources.files("presslens.resources").joinpath(LEXICON_CALIBRATION).read_text("utf-8"))
    assert set(shipped["patterns"]) == {calibration_key(pattern, label) for pattern, label, _ in lexicon_lines()}
    assert {pattern.probability for pattern in lexicon()} == {v["probability"] for v in shipped["patterns"].values()}
    assert all(0 < pattern.probability < 1 for pattern in lexicon())


def test_a_lexicon_match_carries_its_patterns_probabilities_most_likely_label_first(monkeypatch: pytest.MonkeyPatch) -> None:
    two_labels = (
        _Pattern(lexicon_regex("occupying forces"), "Loaded_Language", "loaded", 0.1),
        _Pattern(lexicon_regex("occupying forces"), "Name_Calling,Labeling", "a label", 0.3),
    )
    monkeypatch.setattr(rhetoric, "lexicon", lambda: two_labels)
    (hit,) = lexicon_detect("The occupying forces left; nothing else here.")
    assert hit.labels == (("Name_Calling,Labeling", 0.3), ("Loaded_Language", 0.1))
