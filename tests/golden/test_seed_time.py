"""Time on the seed against the hand annotation, with and without the publication date."""

from __future__ import annotations

from presslens import Analysis, Analyzer, read_articles
from tests.conftest import SEED


def _view(analysis: Analysis) -> set[tuple[int, int, str, str | None, str | None]]:
    return {(t.start, t.end, t.type, t.value, t.mod) for t in analysis.timexes}


def test_gold_timexes(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    gold = {(t["start"], t["end"], t["type"], t["value"], t.get("mod")) for t in shared_gold["timexes"]}
    assert gold <= _view(seed_analysis)
    assert seed_analysis.publication.source == "input"


def test_derived_date_finding(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    (gold,) = [f for f in shared_gold["findings"] if f["kind"] == "derived_date"]
    (ours,) = [f for f in seed_analysis.findings if f.kind == "derived_date"]
    assert ours.span is not None and (ours.span.start, ours.span.end) == (gold["span"]["start"], gold["span"]["end"])
    assert ours.value == gold["value"]
    assert "the bill" in ours.why and "2020-01-03" in ours.why


def test_timeline_orders_events_and_statements(seed_analysis: Analysis) -> None:
    assert [(e.when, e.kind) for e in seed_analysis.timeline] == [
        ("2020-01-01", "derived"),
        ("2020-01-03", "event"),
        ("2021-12-28", "statement"),
        ("2021-12-29", "statement"),
    ]


def test_without_publication_date_the_year_is_inferred(analyzer: Analyzer, shared_gold: dict) -> None:  # type: ignore[type-arg]
    (article,) = read_articles([SEED])
    assert not isinstance(article, Exception)
    analysis = analyzer.analyze(article)
    publication = analysis.publication
    assert publication.source == "inferred" and publication.date is None
    assert publication.earliest is not None and publication.latest is not None
    assert publication.earliest.year == publication.latest.year == 2021
    evidence = {analysis.text_of(e.span) for e in publication.evidence}
    assert {"the end of 2021", "the current year"} <= evidence
    by_span = {(t.start, t.end): t for t in analysis.timexes}
    current_year = by_span[(2639, 2666)]
    assert (current_year.value, current_year.mod, current_year.inferred) == ("2021", "END", True)
    tuesday = by_span[(562, 569)]
    assert tuesday.inferred and tuesday.value is not None and tuesday.value.startswith("2021")
    assert not by_span[(635, 650)].inferred
