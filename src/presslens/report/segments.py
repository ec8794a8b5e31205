"""Cut a text at span offsets into pieces, so each piece is escaped on its own and only our markup wraps it.

Layers may nest (a name inside a quote): a piece records, for each layer, the span that covers it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from presslens.model import Span


@dataclass(frozen=True)
class Piece:
    text: str
    start: int
    layers: Mapping[str, Span]


def cut(text: str, layers: Mapping[str, Sequence[Span]], start: int = 0, end: int | None = None) -> list[Piece]:
    """``text[start:end]`` in pieces at every span boundary; within one layer, a span overlapping an
    earlier one is left out, so each piece has at most one span per layer."""
    end = len(text) if end is None else end
    kept: dict[str, list[Span]] = {name: _non_overlapping(spans, start, end) for name, spans in layers.items()}
    bounds = {start, end}
    for spans in kept.values():
        for span in spans:
            bounds.update((span.start, span.end))
    cuts = sorted(bounds)
    pieces: list[Piece] = []
    for left, right in zip(cuts, cuts[1:]):
        covering = {name: s for name, spans in kept.items() for s in spans if s.start <= left and right <= s.end}
        pieces.append(Piece(text[left:right], left, covering))
    return pieces


def _non_overlapping(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    out: list[Span] = []
    cursor = start
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= cursor and span.end <= end and span.end > span.start:
            out.append(span)
            cursor = span.end
    return out
