"""The Propaganda Techniques Corpus (SemEval-2020 Task 11): articles, technique spans, our own
train/dev split by article, and the task's metrics (SI span-overlap F1, TC micro-F1)."""

from __future__ import annotations

import hashlib
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The 14 labels, spelled as in the data set.
TECHNIQUES = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)


@dataclass(frozen=True)
class TechniqueSpan:
    start: int
    end: int
    label: str


@dataclass
class PtcArticle:
    id: str
    text: str
    spans: list[TechniqueSpan] = field(default_factory=list)


def load_articles(root: Path, split: str = "train") -> list[PtcArticle]:
    """Articles read as UTF-8 with a leading byte-order mark kept (it counts in the offsets)."""
    folder = root / split
    labels: dict[str, list[TechniqueSpan]] = defaultdict(list)
    label_dir = folder / "labels-task-flc-tc"
    if label_dir.exists():
        for path in sorted(label_dir.glob("*.labels")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    article_id, label, start, end = line.split("\t")
                    labels[article_id].append(TechniqueSpan(int(start), int(end), label))
    articles = []
    for path in sorted((folder / "articles").glob("article*.txt")):
        article_id = path.stem.removeprefix("article")
        articles.append(PtcArticle(article_id, path.read_bytes().decode("utf-8"), sorted(labels.get(article_id, []), key=lambda s: (s.start, s.end))))
    return articles


def split_articles(articles: Sequence[PtcArticle], dev_share: float = 0.2, seed: int = 13) -> tuple[list[PtcArticle], list[PtcArticle]]:
    """A fixed train/dev split by article (the task's own dev set is kept aside)."""
    ids = sorted(a.id for a in articles)
    random.Random(seed).shuffle(ids)
    dev = set(ids[: round(len(ids) * dev_share)])
    return [a for a in articles if a.id not in dev], [a for a in articles if a.id in dev]


def data_hash(articles: Iterable[PtcArticle]) -> str:
    """SHA-256 over the articles' ids, texts and spans: what a model was trained or scored on."""
    digest = hashlib.sha256()
    for article in sorted(articles, key=lambda a: a.id):
        digest.update(article.id.encode())
        digest.update(article.text.encode("utf-8"))
        for span in article.spans:
            digest.update(f"{span.start}:{span.end}:{span.label}".encode())
    return digest.hexdigest()


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans as one, as the task's SI gold is."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def si_scores(predicted: dict[str, list[tuple[int, int]]], gold: dict[str, list[tuple[int, int]]]) -> dict[str, float]:
    """SI: P = (1/|S|) Σ |s∩t|/|s|, R = (1/|T|) Σ |s∩t|/|t| over same-article pairs; F1 of the two."""
    precision_sum = recall_sum = 0.0
    n_pred = n_gold = 0
    for article_id in set(predicted) | set(gold):
        ours = merge_spans(predicted.get(article_id, []))
        theirs = merge_spans(gold.get(article_id, []))
        n_pred += len(ours)
        n_gold += len(theirs)
        for s in ours:
            for t in theirs:
                overlap = min(s[1], t[1]) - max(s[0], t[0])
                if overlap > 0:
                    precision_sum += overlap / (s[1] - s[0])
                    recall_sum += overlap / (t[1] - t[0])
    p = precision_sum / n_pred if n_pred else 0.0
    r = recall_sum / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def tc_micro_f1(predicted: dict[tuple[str, int, int], list[str]], gold: dict[tuple[str, int, int], list[str]]) -> float:
    """TC: for every gold span (with as many labels as it has gold instances), the predicted labels;
    micro-F1 over instances, where the same span's labels match in any order."""
    correct = total_gold = total_pred = 0
    for key, labels in gold.items():
        ours = predicted.get(key, [])[: len(labels)]
        total_gold += len(labels)
        total_pred += len(ours)
        correct += sum((Counter(ours) & Counter(labels)).values())
    p = correct / total_pred if total_pred else 0.0
    r = correct / total_gold if total_gold else 0.0
    return round(2 * p * r / (p + r) if p + r else 0.0, 4)


def gold_tc(articles: Iterable[PtcArticle]) -> dict[tuple[str, int, int], list[str]]:
    out: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for article in articles:
        for span in article.spans:
            out[(article.id, span.start, span.end)].append(span.label)
    return dict(out)


def gold_si(articles: Iterable[PtcArticle]) -> dict[str, list[tuple[int, int]]]:
    return {a.id: merge_spans((s.start, s.end) for s in a.spans) for a in articles}


#: Probability bands of the reliability table: [0, 0.2), [0.2, 0.4), … [0.8, 1].
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def reliability(predicted: dict[str, list[tuple[int, int, str, float]]], articles: Iterable[PtcArticle]) -> list[dict[str, object]]:
    """What a span's probability is worth: for the predicted spans (start, end, likeliest label, its
    probability) in each probability band, how many there are, and the share that overlap a gold
    technique span at all and one of the same label."""
    gold = {a.id: a.spans for a in articles}
    bands = list(zip(BANDS, BANDS[1:]))
    counts = [[0, 0, 0] for _ in bands]  # spans, on a gold span, on a gold span of their label
    for article_id, spans in predicted.items():
        for start, end, label, probability in spans:
            band = next(i for i, (low, high) in enumerate(bands) if probability < high or high == BANDS[-1])
            touched = [g for g in gold.get(article_id, []) if g.start < end and start < g.end]
            counts[band][0] += 1
            counts[band][1] += bool(touched)
            counts[band][2] += any(g.label == label for g in touched)
    return [
        {
            "probability": f"{low:.1f}-{high:.1f}",
            "spans": n,
            "on_a_gold_span": round(on_gold / n, 3) if n else None,
            "on_a_gold_span_of_its_label": round(same / n, 3) if n else None,
        }
        for (low, high), (n, on_gold, same) in zip(bands, counts)
    ]
