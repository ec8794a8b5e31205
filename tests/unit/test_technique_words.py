"""The technique-words classifier: its features see the article around a span, its probabilities
combine with the model's, its reasons are words a reader can find in the span, and it trains."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from presslens.evaluation.ptc import TECHNIQUES
from presslens.pipeline.rhetoric import MODEL_DIR, chosen_model
from presslens.pipeline.technique_words import FILE_NAME, TechniqueWords, span_features

SLOGAN = "Make America great again!"


def test_features_see_repetition_a_whole_exclaimed_sentence_and_quotes() -> None:
    text = f"He spoke.\n{SLOGAN}\nThey said “{SLOGAN}” twice."
    start = text.index(SLOGAN)
    features = span_features(text, start, start + len(SLOGAN))
    assert {"rep=2", "excl", "whole", "full=make america great again", "b=america_great", "len=4"} <= set(features)
    quoted = text.rindex(SLOGAN)
    assert "quote" in span_features(text, quoted, quoted + len(SLOGAN))
    assert "quote" not in features


def _toy(share: float) -> TechniqueWords:
    features = ["w=martyred", "w=at", "w=nation"]
    weights = np.zeros((3, len(TECHNIQUES)), dtype=np.float32)
    weights[0, TECHNIQUES.index("Loaded_Language")] = 2.0
    weights[1, TECHNIQUES.index("Loaded_Language")] = 1.0
    weights[2, TECHNIQUES.index("Flag-Waving")] = 2.0
    return TechniqueWords(list(TECHNIQUES), features, weights, np.zeros(len(TECHNIQUES), dtype=np.float32), share)


def test_saved_and_loaded_it_gives_the_same_probabilities(tmp_path: Path) -> None:
    words = _toy(0.5)
    words.save(tmp_path / FILE_NAME)
    loaded = TechniqueWords.load(tmp_path / FILE_NAME)
    text = "he was martyred at dawn"
    assert loaded.share == 0.5 and loaded.labels == list(TECHNIQUES)
    assert np.allclose(loaded.probabilities(text, 7, 23), words.probabilities(text, 7, 23))
    assert loaded.probabilities(text, 7, 23).sum() == pytest.approx(1.0)


def test_the_share_weighs_the_words_against_the_model() -> None:
    text = "our nation"
    model = np.full(len(TECHNIQUES), 0.01, dtype=np.float32)
    model[TECHNIQUES.index("Doubt")] = 1 - 0.01 * (len(TECHNIQUES) - 1)
    assert np.allclose(_toy(0.0).combine(model, text, 0, 10), model, atol=1e-6)
    assert np.allclose(_toy(1.0).combine(model, text, 0, 10), _toy(1.0).probabilities(text, 0, 10), atol=1e-6)
    assert TECHNIQUES[int(_toy(1.0).combine(model, text, 0, 10).argmax())] == "Flag-Waving"


def test_evidence_names_the_span_words_for_the_label_without_stop_words() -> None:
    text = "he was martyred at dawn"
    assert _toy(0.5).evidence(text, 7, 17, "Loaded_Language") == ["martyred"]  # 'at' has weight, but says nothing
    assert _toy(0.5).evidence(text, 7, 17, "Flag-Waving") == []


def test_evidence_leaves_out_the_pieces_of_a_contraction() -> None:
    features = ["w=won", "w=t", "b=won_t", "w=never"]
    weights = np.zeros((4, len(TECHNIQUES)), dtype=np.float32)
    weights[:, TECHNIQUES.index("Black-and-White_Fallacy")] = [1.0, 3.0, 2.0, 0.5]
    words = TechniqueWords(list(TECHNIQUES), features, weights, np.zeros(len(TECHNIQUES), dtype=np.float32), 0.5)
    text = "We won’t, never."
    assert words.evidence(text, 0, len(text), "Black-and-White_Fallacy") == ["won"]


def test_the_shipped_model_labels_with_its_words_classifier() -> None:
    model = chosen_model()
    assert model is not None and model.words is not None
    text = "The martyrs of our beloved nation will never be forgotten."
    offsets, _, logits = model.token_scores(text)
    labels = model.classify(logits[1:5], text, 4, 33)
    assert labels[0][1] >= labels[-1][1] and all(label in TECHNIQUES for label, _ in labels)


def _ptc(root: Path, articles: int) -> None:
    """A tiny PTC-shaped corpus: each article one loaded phrase and one flag-waving phrase."""
    folder = root / "ptc" / "train"
    (folder / "articles").mkdir(parents=True)
    (folder / "labels-task-flc-tc").mkdir()
    for n in range(articles):
        text = f"Report {n}.\nThe vile thugs attacked again.\nWe stand for our great nation.\n"
        (folder / "articles" / f"article{100 + n}.txt").write_text(text, "utf-8")
        loaded, flag = text.index("vile thugs"), text.index("our great nation")
        (folder / "labels-task-flc-tc" / f"article{100 + n}.task-flc-tc.labels").write_text(
            f"{100 + n}\tLoaded_Language\t{loaded}\t{loaded + 10}\n{100 + n}\tFlag-Waving\t{flag}\t{flag + 16}\n", "utf-8"
        )


def test_training_fits_on_fit_articles_and_chooses_on_calibration_ones(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from importlib import resources

    from presslens.train.technique_words import RECORD_NAME, WordsConfig, train

    _ptc(tmp_path / "data", 12)
    model_dir = Path(str(resources.files("presslens.resources").joinpath(MODEL_DIR)))
    record = train(tmp_path / "data", model_dir, tmp_path / "out", WordsConfig([1.0], [0.0, 0.8], 500), log=lambda _: None)
    assert (tmp_path / "out" / RECORD_NAME).exists() and record["share"] in (0.0, 0.8)
    assert record["fit_spans"] > 0 and record["calibration_tc_micro_f1"] >= record["calibration_tc_micro_f1_model_alone"]
    words = TechniqueWords.load(tmp_path / "out" / FILE_NAME)
    text = "The vile thugs attacked again."
    assert TECHNIQUES[int(words.probabilities(text, 4, 14).argmax())] == "Loaded_Language"
