"""TempEval-3 (TimeBank + AQUAINT, TimeML): documents with their creation time and gold TIMEX3s, and the
task's scorer: extraction strict and relaxed P/R/F1, and type and value F1 over relaxed matches."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None


@dataclass
class TimeMLDocument:
    name: str
    corpus: str
    dct: date
    text: str
    timexes: list[GoldTimex]


def parse_timeml(name: str, corpus: str, xml: str) -> TimeMLDocument:
    """The text between <TEXT> tags with its tags removed, and the TIMEX3s at offsets into it."""
    dct_match = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', xml)
    if dct_match is None:
        raise ValueError(f"{name}: no document creation time")
    body = xml[xml.index("<TEXT>") + len("<TEXT>") : xml.index("</TEXT>")]
    out: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    cursor = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[cursor : tag.start()])
        out.append(chunk)
        length += len(chunk)
        cursor = tag.end()
        closing, name_, attrs = tag.group(1), tag.group(2), tag.group(3)
        if name_ != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            timexes.append(GoldTimex(start, length, attributes.get("type", ""), attributes.get("value", ""), attributes.get("mod")))
            open_timex = None
    out.append(html.unescape(body[cursor:]))
    return TimeMLDocument(name, corpus, date.fromisoformat(dct_match.group(1)), "".join(out), timexes)


def load_corpus(root: Path, corpus: str) -> Iterator[TimeMLDocument]:
    for path in sorted((root / corpus).glob("*.tml")):
        yield parse_timeml(path.stem, corpus, path.read_text(encoding="utf-8"))


def halves(docs: list[TimeMLDocument]) -> tuple[list[TimeMLDocument], list[TimeMLDocument]]:
    """A corpus cut in two by a fixed rule: within each source (the letters its names start with: APW,
    NYT, XIE), documents in name order go to the first and the second half in turn."""
    first: list[TimeMLDocument] = []
    second: list[TimeMLDocument] = []
    by_source: dict[str, list[TimeMLDocument]] = {}
    for doc in docs:
        by_source.setdefault(re.match(r"[A-Za-z_]*", doc.name).group(), []).append(doc)  # type: ignore[union-attr]
    for source in sorted(by_source):
        for n, doc in enumerate(sorted(by_source[source], key=lambda d: d.name)):
            (first if n % 2 == 0 else second).append(doc)
    return first, second


@dataclass(frozen=True)
class PredictedTimex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimexCounts:
    predicted: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: TimexCounts) -> None:
        for field_ in ("predicted", "gold", "strict", "relaxed", "type_correct", "value_correct"):
            setattr(self, field_, getattr(self, field_) + getattr(other, field_))

    def report(self) -> dict[str, float | int]:
        def f(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return round(p, 4), round(r, 4), round(2 * p * r / (p + r) if p + r else 0.0, 4)

        strict, relaxed, type_, value = f(self.strict), f(self.relaxed), f(self.type_correct), f(self.value_correct)
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "strict_p": strict[0], "strict_r": strict[1], "strict_f": strict[2],
            "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f": relaxed[2],
            "type_f": type_[2],
            "type_accuracy": round(self.type_correct / self.relaxed, 4) if self.relaxed else 0.0,
            "value_f": value[2],
            "value_accuracy": round(self.value_correct / self.relaxed, 4) if self.relaxed else 0.0,
        }


def score_timexes(predicted: Sequence[PredictedTimex], gold: Sequence[GoldTimex]) -> TimexCounts:
    """TempEval-3 counting: each gold timex matches at most one overlapping prediction (relaxed), strict
    when the extents are equal; type and value are judged on relaxed matches."""
    counts = TimexCounts(predicted=len(predicted), gold=len(gold))
    used: set[int] = set()
    for g in gold:
        candidates = [(i, p) for i, p in enumerate(predicted) if i not in used and p.start < g.end and g.start < p.end]
        if not candidates:
            continue
        i, p = max(candidates, key=lambda c: (c[1].start == g.start and c[1].end == g.end, min(c[1].end, g.end) - max(c[1].start, g.start)))
        used.add(i)
        counts.relaxed += 1
        counts.strict += p.start == g.start and p.end == g.end
        counts.type_correct += p.type == g.type
        counts.value_correct += p.value == g.value
    return counts
