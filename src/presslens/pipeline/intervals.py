"""Character spans sorted once and asked many times which of them hold an offset or overlap a range.

A transcript or a live blog has thousands of quotes; asking every quote about every word made the
analysis of such a text grow with the square of its length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Half-open spans (start, end), kept with their position in the input."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        order = sorted(enumerate(spans), key=lambda item: item[1])
        self._index = [i for i, _ in order]
        self._spans = [span for _, span in order]
        self._starts = [start for start, _ in self._spans]
        self._reach = list(accumulate((end for _, end in self._spans), max))  # the furthest end up to here

    def overlapping(self, start: int, end: int) -> list[int]:
        """Input positions of the spans that share a character with [start, end)."""
        found = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self._spans[i][1] > start:
                found.append(self._index[i])
            i -= 1
        return found

    def holds(self, offset: int) -> bool:
        """Whether a span holds the character at ``offset``."""
        return bool(self.overlapping(offset, offset + 1))
