"""Train the technique-words classifier beside a technique model: a multinomial logistic regression
(scikit-learn) over ``span_features`` of PTC's gold spans, fitted on the model's fit articles; its
strength and its share against the model chosen by TC micro-F1 on the model's calibration articles.
The model's dev articles are never read, so bench/rhetoric.py still scores on unseen articles."""

from __future__ import annotations

import json
import time
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from presslens.evaluation.ptc import TECHNIQUES, PtcArticle, data_hash, gold_tc, load_articles, split_articles, tc_micro_f1
from presslens.pipeline.rhetoric import TechniqueModel, softmax
from presslens.pipeline.technique_words import FILE_NAME, TechniqueWords, span_features

RECORD_NAME = "technique_words.json"


@dataclass(frozen=True)
class WordsConfig:
    regularisation: list[float]
    shares: list[float]
    max_iterations: int

    @classmethod
    def load(cls, path: Path | None = None) -> WordsConfig:
        text = path.read_text("utf-8") if path else resources.files(__package__).joinpath("technique_words.toml").read_text("utf-8")
        return cls(**tomllib.loads(text))


def train(data: Path, model_dir: Path, out: Path, config: WordsConfig, log: Any = print) -> dict[str, Any]:
    """Fit, choose on the calibration articles, write the classifier and its record into ``out``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    split = json.loads((model_dir / "training.json").read_text("utf-8"))["config"]
    articles = load_articles(data / "ptc", "train")
    rest, dev = split_articles(articles, split["dev_share"], split["split_seed"])
    fit, calibration = split_articles(rest, split["calibration_share"], split["split_seed"])
    log(f"{len(fit)} articles to fit, {len(calibration)} to choose; the {len(dev)} dev articles are not read")
    started = time.time()
    x_rows, y = [], []
    for article in fit:
        for (_, start, end), labels in gold_tc([article]).items():
            features = dict.fromkeys(span_features(article.text, start, end), 1)
            x_rows += [features] * len(labels)
            y += labels
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(x_rows)
    model = TechniqueModel(model_dir)
    model.words = None  # the model alone: its own probabilities are what the words are combined with
    spans = _calibration_spans(model, calibration)
    best: tuple[float, float, float, TechniqueWords | None] = (-1.0, 0.0, 0.0, None)
    for strength in config.regularisation:
        fitted = LogisticRegression(C=strength, max_iter=config.max_iterations).fit(x, y)
        weights, intercept = _in_label_order(fitted, x.shape[1])
        words = TechniqueWords(list(TECHNIQUES), list(vectoriser.get_feature_names_out()), weights, intercept, 0.0)
        for share in config.shares:
            words.share = share
            score = _tc(words, spans)
            log(f"C {strength}, share {share}: calibration TC micro-F1 {score:.4f}")
            if score > best[0]:
                best = (score, strength, share, TechniqueWords(words.labels, words.features, words.weights, words.intercept, share))
    score, strength, share, chosen = best
    assert chosen is not None
    out.mkdir(parents=True, exist_ok=True)
    chosen.save(out / FILE_NAME)
    record = {
        "config": config.__dict__,
        "model": split["name"],
        "trained_on": date.today().isoformat(),
        "training_seconds": round(time.time() - started),
        "fit_spans": len(y),
        "features": len(chosen.features),
        "regularisation": strength,
        "share": share,
        "calibration_tc_micro_f1": score,
        "calibration_tc_micro_f1_model_alone": _tc(None, spans),
        "data": {"fit": data_hash(fit), "calibration": data_hash(calibration)},
        "size_bytes": (out / FILE_NAME).stat().st_size,
    }
    (out / RECORD_NAME).write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    return record


def _in_label_order(fitted: Any, features: int) -> tuple[np.ndarray, np.ndarray]:
    """Weights [features, labels] and intercepts in TECHNIQUES order; a label the fit articles never
    show gets no weights and the intercept of the rarest label seen."""
    classes = list(fitted.classes_)
    coef = fitted.coef_ if len(classes) > 2 else np.vstack([-fitted.coef_[0] / 2, fitted.coef_[0] / 2])
    bias = fitted.intercept_ if len(classes) > 2 else np.array([-fitted.intercept_[0] / 2, fitted.intercept_[0] / 2])
    weights = np.zeros((features, len(TECHNIQUES)), dtype=np.float32)
    intercept = np.full(len(TECHNIQUES), bias.min(), dtype=np.float32)
    for column, label in enumerate(TECHNIQUES):
        if label in classes:
            weights[:, column] = coef[classes.index(label)]
            intercept[column] = bias[classes.index(label)]
    return weights, intercept


Span = tuple[PtcArticle, int, int, list[str], np.ndarray]


def _calibration_spans(model: TechniqueModel, articles: list[PtcArticle]) -> list[Span]:
    """Each gold span of the articles with its labels and the model's own probabilities."""
    spans: list[Span] = []
    for article in articles:
        offsets, _, logits = model.token_scores(article.text)
        for (_, start, end), labels in gold_tc([article]).items():
            inside = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
            probabilities = softmax(logits[inside].mean(0)) if inside else np.full(len(TECHNIQUES), 1 / len(TECHNIQUES))
            spans.append((article, start, end, labels, probabilities))
    return spans


def _tc(words: TechniqueWords | None, spans: list[Span]) -> float:
    predicted, gold = {}, {}
    for article, start, end, labels, probabilities in spans:
        combined = words.combine(probabilities, article.text, start, end) if words is not None else probabilities
        ranked = [TECHNIQUES[i] for i in np.argsort(-combined)]
        predicted[(article.id, start, end)] = ranked[: len(labels)]
        gold[(article.id, start, end)] = labels
    return tc_micro_f1(predicted, gold)
