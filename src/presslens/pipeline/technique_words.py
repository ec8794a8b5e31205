"""Which technique a span is, read from its words: a linear classifier over the span's words and word
pairs, its length, how often it recurs in the article, the words around it and its punctuation.

The encoder sees a window of subword tokens; these features see what it cannot: that the same phrase
recurs three times in the article (Repetition), that the span is a whole short sentence ending in "!"
(Slogans), that it is between quotation marks. Its probabilities are combined with the model's, and its
weights name the words behind a label, so a reader sees why.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

FILE_NAME = "technique_words.npz"
_WORD = re.compile(r"\w+")
_QUOTE = re.compile(r"[\"“”]")
#: What \w+ leaves of a contraction's second half ("won't" -> 'won', 't'): no word to show a reader.
_CLITICS = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})


def span_features(text: str, start: int, end: int) -> list[str]:
    """The binary features of the span text[start:end], each once, in a fixed order."""
    span = text[start:end]
    lower = span.lower()
    words = _WORD.findall(lower)
    n = len(words)
    found = [f"w={w}" for w in words] + [f"b={x}_{y}" for x, y in zip(words, words[1:])]
    found.append(f"len={n if n < 10 else 15 if n < 20 else 30}")
    repeats = text.lower().count(lower) if len(lower) > 2 else 1
    found.append(f"rep={min(repeats, 4)}")
    before, after = text[max(0, start - 40) : start].lower(), text[end : end + 40].lower()
    found += [f"pre={w}" for w in _WORD.findall(before)[-3:]] + [f"post={w}" for w in _WORD.findall(after)[:3]]
    if "!" in span or after[:2].strip().startswith("!"):
        found.append("excl")
    if _QUOTE.search(text[max(0, start - 2) : end + 2]):
        found.append("quote")
    if span.isupper():
        found.append("caps")
    if "?" in span:
        found.append("q?")
    if words:
        found += [f"first={words[0]}", f"last={words[-1]}"]
    if n <= 6:
        found.append(f"full={' '.join(words)}")
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    ends = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    sentence_end = min(ends) if ends else len(text)
    if len(text[sentence_start + 1 : start].strip()) < 3 and len(text[end:sentence_end].strip()) < 3:
        found.append("whole")
    pieces = span.split()
    found.append(f"upper_share={round(sum(p[0].isupper() for p in pieces) / max(1, len(pieces)), 1)}")
    return list(dict.fromkeys(found))


class TechniqueWords:
    """The trained classifier: one weight per feature and label, an intercept per label, and the weight
    its log-probabilities get against the model's when the two are combined."""

    def __init__(self, labels: list[str], features: list[str], weights: np.ndarray, intercept: np.ndarray, share: float) -> None:
        self.labels = labels
        self.index = {feature: i for i, feature in enumerate(features)}
        self.features = features
        self.weights = weights  # [features, labels]
        self.intercept = intercept  # [labels]
        self.share = share

    @classmethod
    def load(cls, path: Path) -> TechniqueWords:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                [str(label) for label in data["labels"]],
                [str(feature) for feature in data["features"]],
                data["weights"].astype(np.float32),
                data["intercept"].astype(np.float32),
                float(data["share"]),
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            features=np.array(self.features),
            weights=self.weights.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            share=np.float32(self.share),
        )

    def _rows(self, text: str, start: int, end: int) -> list[int]:
        return [self.index[f] for f in span_features(text, start, end) if f in self.index]

    def probabilities(self, text: str, start: int, end: int) -> np.ndarray:
        """The label probabilities of one span, in ``labels`` order."""
        scores = self.intercept + self.weights[self._rows(text, start, end)].sum(0)
        e = np.exp(scores - scores.max())
        return e / e.sum()

    def combine(self, model_probabilities: np.ndarray, text: str, start: int, end: int) -> np.ndarray:
        """The model's and these words' probabilities as one distribution (a weighted product)."""
        mine = self.probabilities(text, start, end)
        log = self.share * np.log(mine + 1e-9) + (1 - self.share) * np.log(model_probabilities + 1e-9)
        e = np.exp(log - log.max())
        return e / e.sum()

    def evidence(self, text: str, start: int, end: int, label: str, top: int = 3) -> list[str]:
        """The span's words and phrases that speak most for the label ('w=martyred' -> 'martyred'), stop
        words alone and pieces of a contraction left out: 'at' and the 't' of "won't" are no reason a
        reader can check."""
        column = self.labels.index(label)
        rows = [(self.weights[i, column], self.features[i]) for i in self._rows(text, start, end)]
        words = [(w, f.split("=", 1)[1].replace("_", " ")) for w, f in rows if f.startswith(("w=", "b=", "full=")) and w > 0]
        telling = [word for _, word in sorted(words, reverse=True) if not set(word.split()) <= STOP_WORDS and not set(word.split()) & _CLITICS]
        return list(dict.fromkeys(telling))[:top]
