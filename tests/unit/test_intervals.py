"""Spans asked which of them hold an offset or overlap a range, against the plain scan they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presslens.pipeline.intervals import Intervals

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda s: (s[0], s[0] + s[1])), max_size=30)


@given(spans, st.integers(0, 240), st.integers(1, 30))
def test_overlapping_finds_what_a_scan_finds(given_spans: list[tuple[int, int]], start: int, length: int) -> None:
    end = start + length
    expected = {i for i, (s, e) in enumerate(given_spans) if s < end and start < e}
    assert set(Intervals(given_spans).overlapping(start, end)) == expected


def test_holds_nested_and_touching_spans() -> None:
    intervals = Intervals([(10, 50), (20, 30), (50, 60)])
    assert intervals.holds(25) and intervals.holds(49) and intervals.holds(50)
    assert not intervals.holds(9) and not intervals.holds(60)
    assert sorted(intervals.overlapping(29, 51)) == [0, 1, 2]
