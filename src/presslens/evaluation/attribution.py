"""Scoring predicted attributions against gold ones, with the metrics of the attribution literature.

- content match at a coverage threshold (the Gender Gap Tracker's metric): a prediction matches a gold
  attribution when its content covers at least that share of the gold content's tokens (one-to-one,
  greedy by coverage); precision over predictions, recall over gold;
- exact content match: the same token set;
- token-overlap F1 of the content, cue and source roles, over all tokens of all documents;
- speaker accuracy on pairs matched at 30 % coverage: the predicted speaker's tokens equal the gold
  source's (exact), or share one with it (any overlap); pairs whose gold has no source are left out;
- the outlet's own voice, sentence by sentence: a body sentence no gold attribution touches (no token of
  a content, cue or source in it) is the outlet's; precision and recall of the sentences predicted so.

Tokens are runs of word characters, so punctuation and quotation marks never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Spans = Sequence[tuple[int, int]]
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Attribution:
    content: Spans
    cue: Spans = ()
    source: Spans = ()
    direct: bool = False
    speech: bool = True


def tokens(text: str, spans: Spans) -> frozenset[int]:
    """Start offsets of the word tokens inside the spans."""
    out: set[int] = set()
    for start, end in spans:
        out.update(m.start() + start for m in _WORD.finditer(text[start:end]))
    return frozenset(out)


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched: dict[str, int] = field(default_factory=dict)
    speaker_pairs: int = 0
    speaker_exact: int = 0
    speaker_overlap: int = 0
    role_tp: dict[str, int] = field(default_factory=dict)
    role_pred: dict[str, int] = field(default_factory=dict)
    role_gold: dict[str, int] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.speaker_pairs += other.speaker_pairs
        self.speaker_exact += other.speaker_exact
        self.speaker_overlap += other.speaker_overlap
        for mine, theirs in ((self.matched, other.matched), (self.role_tp, other.role_tp), (self.role_pred, other.role_pred), (self.role_gold, other.role_gold)):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0) + value

    def report(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {"predicted": self.predicted, "gold": self.gold}
        for name, hits in sorted(self.matched.items()):
            p, r = _ratio(hits, self.predicted), _ratio(hits, self.gold)
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f"] = round(p, 4), round(r, 4), round(_f(p, r), 4)
        for role in ("content", "cue", "source"):
            p = _ratio(self.role_tp.get(role, 0), self.role_pred.get(role, 0))
            r = _ratio(self.role_tp.get(role, 0), self.role_gold.get(role, 0))
            out[f"token_{role}_f"] = round(_f(p, r), 4)
        out["speaker_pairs"] = self.speaker_pairs
        out["speaker_exact"] = round(_ratio(self.speaker_exact, self.speaker_pairs), 4)
        out["speaker_overlap"] = round(_ratio(self.speaker_overlap, self.speaker_pairs), 4)
        return out


THRESHOLDS = {"match30": 0.3, "match80": 0.8}


def score_document(
    text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution], ignored: Iterable[Attribution] = ()
) -> Counts:
    """Counts for one document. Predictions that match an ``ignored`` gold attribution (outside the
    subset being scored) and none of ``gold`` are left out of precision."""
    counts = Counts(gold=len(gold))
    pred_tokens = [tokens(text, p.content) for p in predicted]
    gold_tokens = [tokens(text, g.content) for g in gold]
    ignored_tokens = [tokens(text, g.content) for g in ignored]
    for name, threshold in THRESHOLDS.items():
        counts.matched[name] = len(_match(pred_tokens, gold_tokens, threshold))
    counts.matched["exact"] = len(_match(pred_tokens, gold_tokens, 1.0, exact=True))
    pairs = _match(pred_tokens, gold_tokens, THRESHOLDS["match30"])
    matched_preds = {p for p, _ in pairs}
    leftover = [i for i in range(len(predicted)) if i not in matched_preds]
    ignorable = {leftover[i] for i, _ in _match([pred_tokens[j] for j in leftover], ignored_tokens, THRESHOLDS["match30"])}
    counts.predicted = len(predicted) - len(ignorable)
    for p, g in pairs:
        gold_source = tokens(text, gold[g].source)
        if not gold_source:
            continue
        ours = tokens(text, predicted[p].source)
        counts.speaker_pairs += 1
        counts.speaker_exact += ours == gold_source
        counts.speaker_overlap += bool(ours & gold_source)
    kept = [p for i, p in enumerate(predicted) if i not in ignorable]
    for role in ("content", "cue", "source"):
        ours = frozenset().union(*(tokens(text, getattr(p, role)) for p in kept))
        theirs = frozenset().union(*(tokens(text, getattr(g, role)) for g in gold))
        counts.role_tp[role] = len(ours & theirs)
        counts.role_pred[role] = len(ours)
        counts.role_gold[role] = len(theirs)
    return counts


def _match(pred: list[frozenset[int]], gold: list[frozenset[int]], threshold: float, exact: bool = False) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction, gold), greedily by coverage of the gold content."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if not g or not p:
                continue
            if exact:
                if p == g:
                    candidates.append((1.0, i, j))
                continue
            coverage = len(p & g) / len(g)
            if coverage >= threshold:
                candidates.append((coverage, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class VoiceCounts:
    """Body sentences: in the outlet's own voice by the gold, by the prediction, by both."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    both: int = 0

    def add(self, other: VoiceCounts) -> None:
        self.sentences += other.sentences
        self.gold += other.gold
        self.predicted += other.predicted
        self.both += other.both

    def report(self) -> dict[str, float | int]:
        p, r = _ratio(self.both, self.predicted), _ratio(self.both, self.gold)
        return {
            "sentences": self.sentences,
            "gold": self.gold,
            "predicted": self.predicted,
            "p": round(p, 4),
            "r": round(r, 4),
            "f": round(_f(p, r), 4),
            "all_sentences_p": round(_ratio(self.gold, self.sentences), 4),  # calling every sentence the outlet's
        }


def score_outlet_voice(text: str, sentences: Spans, voice: Spans, gold: Sequence[Attribution]) -> VoiceCounts:
    """Counts for one document's body ``sentences``, of which ``voice`` are predicted the outlet's own."""
    attributed = frozenset().union(*(tokens(text, [*g.content, *g.cue, *g.source]) for g in gold))
    counts = VoiceCounts()
    for start, end in sentences:
        words = tokens(text, [(start, end)])
        if not words:
            continue
        own = not words & attributed
        said = any(s < end and start < e for s, e in voice)
        counts.sentences += 1
        counts.gold += own
        counts.predicted += said
        counts.both += own and said
    return counts
