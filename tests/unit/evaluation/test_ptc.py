"""The task's SI metric and the reliability table of span probabilities, on spans small enough to count by hand."""

from __future__ import annotations

from presslens.evaluation.ptc import PtcArticle, TechniqueSpan, reliability, si_scores

ARTICLE = PtcArticle("1", "x" * 100, [TechniqueSpan(10, 20, "Loaded_Language"), TechniqueSpan(50, 90, "Doubt")])


def test_si_gives_partial_credit_by_overlap_in_both_directions() -> None:
    # one span covers half of the first gold span; the other lies on no gold span
    scores = si_scores({"1": [(15, 20), (30, 40)]}, {"1": [(10, 20), (50, 90)]})
    assert scores["precision"] == 0.5  # (5/5 + 0) / 2 predicted
    assert scores["recall"] == 0.25  # (5/10 + 0) / 2 gold


def test_reliability_counts_spans_by_probability_band_and_label() -> None:
    predicted = {
        "1": [
            (12, 18, "Loaded_Language", 0.95),  # on a gold span of its label
            (55, 60, "Loaded_Language", 0.85),  # on a gold span of another label
            (0, 5, "Doubt", 0.1),  # on none
            (60, 70, "Doubt", 0.2),  # a band's lower bound belongs to it
            (60, 70, "Doubt", 1.0),  # and the top band holds 1.0
        ]
    }
    table = {row["probability"]: row for row in reliability(predicted, [ARTICLE])}
    assert list(table) == ["0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0"]
    assert table["0.0-0.2"] == {"probability": "0.0-0.2", "spans": 1, "on_a_gold_span": 0.0, "on_a_gold_span_of_its_label": 0.0}
    assert table["0.2-0.4"]["spans"] == 1 and table["0.2-0.4"]["on_a_gold_span_of_its_label"] == 1.0
    assert table["0.4-0.6"] == {"probability": "0.4-0.6", "spans": 0, "on_a_gold_span": None, "on_a_gold_span_of_its_label": None}
    assert table["0.8-1.0"]["spans"] == 3
    assert table["0.8-1.0"]["on_a_gold_span"] == 1.0
    assert table["0.8-1.0"]["on_a_gold_span_of_its_label"] == 0.667
