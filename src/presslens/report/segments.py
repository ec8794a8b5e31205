"""Cut a text at span offsets into pieces, so each piece is escaped on its own and only our markup wraps it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from presslens.model import Span

S = TypeVar("S", bound=Span)


@dataclass(frozen=True)
class Piece(Generic[S]):
    text: str
    span: S | None


def cut(text: str, spans: Sequence[S], start: int = 0, end: int | None = None) -> list[Piece[S]]:
    """``text[start:end]`` as plain pieces and span pieces; a span overlapping an earlier one is left out."""
    end = len(text) if end is None else end
    pieces: list[Piece[S]] = []
    cursor = start
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor or span.end > end or span.start < start:
            continue
        if span.start > cursor:
            pieces.append(Piece(text[cursor : span.start], None))
        pieces.append(Piece(text[span.start : span.end], span))
        cursor = span.end
    if cursor < end:
        pieces.append(Piece(text[cursor:end], None))
    return pieces
