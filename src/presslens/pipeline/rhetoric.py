"""Propaganda and persuasion techniques at the span level (the 14 labels of SemEval-2020 Task 11).

Two paths, each explainable: the technique model shipped with presslens (3 layers of all-MiniLM-L6-v2
fine-tuned on PTC, run with onnxruntime: a per-token tagger finds the spans, a span classifier labels them), and
a lexicon of loaded words and patterns that runs without it. Every span says whose voice it is in
(the outlet's, or a quoted speaker's) and why it was flagged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from presslens import settings
from presslens.errors import ModelError
from presslens.model import Quote, Technique, TechniqueLabel
from presslens.pipeline.intervals import Intervals
from presslens.pipeline.notices import notice_spans
from presslens.pipeline.technique_words import FILE_NAME as WORDS_FILE
from presslens.pipeline.technique_words import TechniqueWords
from presslens.pipeline.windows import token_windows
from presslens.resources import read_lines

#: Where the default technique model lives inside the package.
MODEL_DIR = f"models/{settings.DEFAULT_TECHNIQUE_MODEL}"
#: Model spans with fewer letters than this are dropped.
_MIN_LETTERS = 4


@dataclass(frozen=True)
class Detected:
    start: int
    end: int
    labels: tuple[tuple[str, float], ...]  # (label, probability), most likely first
    source: str
    reason: str


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def softmax(x: np.ndarray) -> np.ndarray:
    """Probabilities from logits along the last axis."""
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


class TechniqueModel:
    """The ONNX technique model: token probabilities for span identification, span classification."""

    def __init__(self, directory: Path, session: object | None = None) -> None:
        """``session``: what runs the network instead of the folder's ONNX file (a teacher in training)."""
        from tokenizers import Tokenizer

        config = json.loads((directory / "config.json").read_text("utf-8"))
        self.labels: list[str] = config["labels"]
        self.max_tokens: int = config["max_tokens"]
        self.threshold: float = config["si_threshold"]
        self.low: float = config["si_low"]
        self.gap: int = config["si_gap"]
        self.name: str = config["name"]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        if session is None:
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            # CUDA when onnxruntime-gpu offers it (GPU batch workers), else the CPU
            providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in onnxruntime.get_available_providers()]
            session = onnxruntime.InferenceSession(str(directory / config["onnx"]), options, providers=providers)
        self.session: Any = session
        words = directory / WORDS_FILE
        self.words = TechniqueWords.load(words) if words.exists() else None
        if self.words is not None and self.words.labels != self.labels:
            raise ValueError(f"{words} was trained for other labels than {directory / 'config.json'}")

    def token_scores(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
        """Character offsets of the tokens, the probability that each is inside a technique, and their
        span-class logits. The probability is the mean of the tagger's 'inside any technique' output and
        its strongest single-technique output, which found spans better on the calibration articles than
        either alone. Each window goes through the model on its own: no padding to compute."""
        windows = token_windows(self.tokenizer, text, self.max_tokens)
        if not windows:
            empty = np.zeros((0, len(self.labels)), dtype=np.float32)
            return [], empty[:, 0], empty
        probs, logits = [], []
        for window in windows:
            ids = np.asarray([window.ids], dtype=np.int64)
            tokens, spans = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
            inside = _sigmoid(tokens[0, 1:-1])  # inside any technique, then inside each one
            probs.append((inside[:, 0] + inside[:, 1:].max(1)) / 2)
            logits.append(spans[0, 1:-1])
        offsets = [o for w in windows for o in w.offsets]
        return offsets, np.concatenate(probs), np.concatenate(logits)

    def detect(self, text: str, scores: tuple[list[tuple[int, int]], np.ndarray, np.ndarray] | None = None) -> list[Detected]:
        """Spans where a technique is likely, each with its labels and the words that carry it
        (from ``token_scores`` when the caller already has them)."""
        offsets, probs, span_logits = scores if scores is not None else self.token_scores(text)
        found = []
        for first, last in _spans(probs, offsets, text, self.threshold, self.low, self.gap):
            start, end = _model_span(text, offsets[first][0], offsets[last][1])
            if sum(ch.isalpha() for ch in text[start:end]) < _MIN_LETTERS:
                continue  # a lone "at" or "of" is no place to show a technique
            strongest = first + int(probs[first : last + 1].argmax())
            # the chance of each technique here: that one is used at all (the surest word's) times its share
            labels = tuple((label, round(p * float(probs[strongest]), 3)) for label, p in self.classify(span_logits[first : last + 1], text, start, end))
            trigger = _trigger(text, offsets[first : last + 1], probs[first : last + 1])
            reason = f"the model's strongest word here is '{trigger}'"
            if self.words is not None and (evidence := self.words.evidence(text, start, end, labels[0][0])):
                reason += f"; words that point to {labels[0][0].replace('_', ' ')}: {', '.join(repr(word) for word in evidence)}"
            found.append(Detected(start, end, labels, "model", reason))
        return found

    def classify(self, span_logits: np.ndarray, text: str, start: int, end: int) -> tuple[tuple[str, float], ...]:
        """Labels of the span text[start:end] from its tokens' span-class logits, with its words'
        classifier where the model has one, most likely first, down to 10 %."""
        probabilities = softmax(span_logits.mean(0))
        if self.words is not None:
            probabilities = self.words.combine(probabilities, text, start, end)
        order = np.argsort(-probabilities)
        return tuple((self.labels[i], round(float(probabilities[i]), 3)) for i in order if probabilities[i] >= 0.1 or i == order[0])


def _trigger(text: str, offsets: list[tuple[int, int]], probs: np.ndarray) -> str:
    """The word of a span the model is surest of, whole ('bereft', not its piece 'ft'), passing over
    words that carry no meaning of their own ('a', 'the'), which a reader cannot check."""
    words = [text[slice(*_whole_words(text, *offsets[i]))] for i in np.argsort(-probs, kind="stable")]
    return next((w for w in words if w.lower() not in _EMPTY_WORDS and sum(c.isalpha() for c in w) > 1), words[0])


#: Words with no meaning of their own to show as a span's trigger; 'all', 'never' and 'only' keep theirs.
_EMPTY_WORDS = frozenset(
    "a an the of to at in on for with by from as and or but that this these those it its is are was were be been being "
    "has have had do does did will would can could i we you he she they me us him her them my our your his their".split()
)


def _spans(probs: np.ndarray, offsets: list[tuple[int, int]], text: str, threshold: float, low: float, gap: int) -> list[tuple[int, int]]:
    """Runs of tokens at ``low`` or above that hold one at ``threshold`` or above: a span grows from
    its surest word over the weaker words around it."""
    return [(first, last) for first, last in _runs(probs >= low, offsets, text, gap) if probs[first : last + 1].max() >= threshold]


def _runs(mask: np.ndarray, offsets: list[tuple[int, int]], text: str, gap: int) -> list[tuple[int, int]]:
    """Runs of flagged tokens, bridging up to ``gap`` unflagged tokens and never crossing a line end."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(mask)
    while i < n:
        if not mask[i]:
            i += 1
            continue
        j = last = i
        while j + 1 < n and "\n" not in text[offsets[j][1] : offsets[j + 1][0]]:
            j += 1
            if mask[j]:
                last = j
            elif j - last > gap:
                break
        runs.append((i, last))
        i = last + 1
    return runs


#: A capitalised word and one space right before a span: the start of the name the span begins inside.
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w’'-]* $")


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span cut inside a word ('U' or 'S' of 'U.S.') to the whole word, and one cut inside a
    name ('States' of 'the United States') to the whole name."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".'’-" and start > 1 and text[start - 2].isalnum()):
        start -= 1
    for _ in range(3):
        name = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if not text[start : start + 1].isupper() or name is None:
            break
        start = name.start()
    while end < len(text) and (text[end].isalnum() or text[end] in ".'’-" and end + 1 < len(text) and text[end + 1].isalnum()):
        end += 1
    return start, end


#: Function words a span ends with when the model's run spills one word past the loaded words: "defying
#: the", "is one of the parties to the".
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:[\s,;:]+(?:the|a|an|of|to|at|in|on|for|with|and|or|but|that|by|from|as))+[\s,;:]*$", re.IGNORECASE)


def _model_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a run of the model's tokens: whole words, without the function words it ends with nor
    a quotation mark whose pair lies outside it."""
    start, end = _whole_words(text, start, end)
    trailing = _TRAILING_FUNCTION_WORDS.search(text, start, end)
    end = start + len(text[start:end].rstrip()) if trailing is None or trailing.start() == start else trailing.start()
    if (leading := _LEADING_FUNCTION_WORDS.match(text, start, end)) is not None and re.search(r"\w", text[leading.end() : end]):
        start = leading.end()  # 'of “treachery”': the preposition is the sentence's, not the technique's
    marks = [i for i in range(start, end) if text[i] in _QUOTE_MARKS]
    if len(marks) % 2:  # a mark whose pair lies outside: take the pair, or else neither
        opens = text[marks[-1]] in "“‘" or text[marks[-1]] in "\"'" and (marks[-1] == 0 or text[marks[-1] - 1].isspace())
        if opens and end < len(text) and text[end] in _QUOTE_MARKS:  # '“treachery' and its '”'
            end += 1
        elif not opens and start > 0 and text[start - 1] in _QUOTE_MARKS:  # 'hard” border' and its '“'
            start -= 1
        else:  # 'No Deal’' of 'Members Prefer No Deal’'
            start += text[start] in _QUOTE_MARKS
            end -= start < end and text[end - 1] in _QUOTE_MARKS
    return start, end


#: Quotation marks a span may begin or end with.
_QUOTE_MARKS = "\"'‘’“”"
#: Function words a run of the model's tokens may start with before the loaded words: 'of “treachery”'.
_LEADING_FUNCTION_WORDS = re.compile(r"(?:(?:of|to|at|in|on|for|with|by|from|and|or|but|as)\s+)+", re.IGNORECASE)


def choose_threshold(model: TechniqueModel, articles: Sequence[object]) -> tuple[float, float, int]:
    """The token thresholds (a span's strongest token, every token of it) and the gap bridged inside a
    span with the best SI F1 on held-out articles (not the evaluation ones)."""
    from presslens.evaluation.ptc import gold_si, si_scores

    scored = [(a, model.token_scores(a.text)) for a in articles]  # type: ignore[attr-defined]
    gold = gold_si(articles)  # type: ignore[arg-type]
    best = (0.0, 0.5, 0.5, 1)
    steps = [round(float(x), 2) for x in np.arange(0.05, 0.95, 0.05)]
    for threshold in steps:
        for low in (x for x in steps if x <= threshold):
            for gap in (1, 3, 6):
                predicted = {
                    a.id: [_model_span(a.text, offsets[f][0], offsets[l][1]) for f, l in _spans(probs, offsets, a.text, threshold, low, gap)]  # type: ignore[attr-defined]
                    for a, (offsets, probs, _) in scored
                }
                best = max(best, (si_scores(predicted, gold)["f1"], threshold, low, gap))
    return best[1], best[2], best[3]


def _model_folder(name: str) -> Path:
    """The folder of the technique model shipped in presslens under this name, else the folder ``name``."""
    shipped = Path(str(resources.files("presslens.resources").joinpath("models", name)))
    return shipped if (shipped / "config.json").exists() else Path(name)


@lru_cache(maxsize=2)
def technique_model(name: str) -> TechniqueModel | None:
    """The technique model named so (``settings.TECHNIQUE_MODEL``); None when the default's files are
    absent (a source checkout without them). Any other name must name a model."""
    directory = _model_folder(name)
    if not (directory / "config.json").exists():
        if name == settings.DEFAULT_TECHNIQUE_MODEL:
            return None
        raise ModelError(f"no technique model named {name!r}: neither one shipped in presslens nor a folder holding a trained one (PRESSLENS_TECHNIQUE_MODEL)")
    return TechniqueModel(directory)


def chosen_model() -> TechniqueModel | None:
    """The technique model the settings name (``PRESSLENS_TECHNIQUE_MODEL``), the default one unless told."""
    return technique_model(settings.TECHNIQUE_MODEL)


# ---- the lexicon baseline ----------------------------------------------------------------------------


#: Each lexicon pattern's share of matches on a PTC gold span of its label (``presslens train lexicon``).
LEXICON_CALIBRATION = "rhetoric_lexicon_calibration.json"


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    label: str
    reason: str
    probability: float  # how often its matches lie on a gold span of its label in PTC's training articles


def lexicon_lines() -> list[tuple[str, str, str]]:
    """The lexicon as written: each line's regex, label and reason."""
    return [(pattern, label, reason) for pattern, label, reason in (line.split("\t") for line in read_lines("rhetoric_lexicon.tsv"))]


def lexicon_regex(pattern: str) -> re.Pattern[str]:
    """A lexicon regex as it is matched: whole words, any case."""
    return re.compile(rf"(?<![\w-]){pattern}(?![\w-])", re.IGNORECASE)


def calibration_key(pattern: str, label: str) -> str:
    """A lexicon line's identity in its calibration: its label and regex (one regex may carry two labels)."""
    return f"{label}\t{pattern}"


@lru_cache(maxsize=1)
def lexicon() -> tuple[_Pattern, ...]:
    """The lexicon's patterns, each with the probability its calibration measured (the lexicon-wide share
    for a pattern added since)."""
    calibration = json.loads(resources.files("presslens.resources").joinpath(LEXICON_CALIBRATION).read_text("utf-8"))
    patterns = []
    for pattern, label, reason in lexicon_lines():
        measured = calibration["patterns"].get(calibration_key(pattern, label), {}).get("probability", calibration["lexicon_wide_share"])
        patterns.append(_Pattern(lexicon_regex(pattern), label, reason, measured))
    return tuple(patterns)


def lexicon_detect(text: str, start: int = 0) -> list[Detected]:
    """Spans the lexicon flags, longest first where they overlap."""
    hits = []
    for pattern in lexicon():
        for match in pattern.regex.finditer(text, start):
            hits.append(Detected(match.start(), match.end(), ((pattern.label, pattern.probability),), "lexicon", f"'{match.group(0)}': {pattern.reason}"))
    hits.sort(key=lambda d: (-(d.end - d.start), d.start))
    kept: list[Detected] = []
    covering: dict[int, list[int]] = {}  # character offset -> the kept hits over it
    for hit in hits:
        overlapping = [kept[k] for k in sorted({k for i in range(hit.start, hit.end) for k in covering.get(i, ())})]
        if overlapping and not (
            all(k.start <= hit.start and hit.end <= k.end for k in overlapping) and all(hit.labels[0][0] not in dict(k.labels) for k in overlapping)
        ):
            continue  # kept only as a second technique on the same words ("occupying forces": loaded, and a label)
        for i in range(hit.start, hit.end):
            covering.setdefault(i, []).append(len(kept))
        kept.append(hit)
    merged: dict[tuple[int, int], Detected] = {}
    for hit in sorted(kept, key=lambda d: (d.start, d.end)):
        key = (hit.start, hit.end)
        if key in merged:
            same = merged[key]
            labels = tuple(sorted(same.labels + hit.labels, key=lambda label: -label[1]))
            merged[key] = Detected(hit.start, hit.end, labels, "lexicon", f"{same.reason}; {hit.reason.split(': ', 1)[1]}")
        else:
            merged[key] = hit
    return list(merged.values())


# ---- in an analysis ----------------------------------------------------------------------------------


def find_techniques(text: str, body_start: int, quotes: Sequence[Quote], definitions: dict[str, str], use_model: bool = True) -> list[Technique]:
    """Technique spans of the article, model first, lexicon where the model found nothing, with voice and
    reason; none on the page's notices ('Also on rt.com …', 'READ MORE: …'), another story's words."""
    detected: list[Detected] = []
    model = chosen_model() if use_model else None
    if model is not None:
        detected = [d for d in model.detect(text) if d.end > body_start]
    found_by_model = Intervals((d.start, d.end) for d in detected)
    for hit in lexicon_detect(text, body_start):
        same = [detected[i] for i in found_by_model.overlapping(hit.start, hit.end)]
        if not any(hit.labels[0][0] in dict(d.labels) for d in same):
            detected.append(hit)
    notices = notice_spans(text)
    detected = [d for d in detected if not notices.holds(d.start)]
    parts = [(quote, part) for quote in quotes for part in (quote.content, *quote.continuation)]
    quoted = Intervals((part.start, part.end + 1) for _, part in parts)
    out = []
    for number, item in enumerate(sorted(detected, key=lambda d: (d.start, d.end)), start=1):
        quote = _quote_around(item, [parts[i][0] for i in quoted.overlapping(item.start, item.end)])
        label = item.labels[0][0]
        out.append(
            Technique(
                id=f"R{number}",
                start=item.start,
                end=item.end,
                labels=[TechniqueLabel(label=l, probability=p) for l, p in item.labels],
                source=item.source,  # type: ignore[arg-type]
                voice="quote" if quote else "outlet",
                quote=quote.id if quote else None,
                speaker=quote.speaker.entity if quote else None,
                reason=f"{item.reason}. {label.replace('_', ' ')}: {definitions.get(label, '')}".strip(),
            )
        )
    return out


def _quote_around(item: Detected, quotes: Iterable[Quote]) -> Quote | None:
    """The quote whose words hold most of the span, if they hold at least half of it (a model span may
    run over the cue between two quotes of one speaker: "... not serious, stressing that ...")."""
    def share(quote: Quote) -> float:
        inside = sum(max(0, min(item.end, part.end + 1) - max(item.start, part.start)) for part in (quote.content, *quote.continuation))
        return inside / max(1, item.end - item.start)

    best = max(quotes, key=share, default=None)
    return best if best is not None and share(best) >= 0.5 else None


@lru_cache(maxsize=1)
def definitions() -> dict[str, str]:
    """Label -> a one-line definition a reader can check the span against."""
    return dict(line.split("\t", 1) for line in read_lines("techniques.tsv"))  # type: ignore[misc]
