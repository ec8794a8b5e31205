"""Techniques on the seed: the spans a reader should see flagged, in the right voice, and none on plain reporting."""

from __future__ import annotations

from presslens import Analysis


def test_should_flag_spans(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    flagged = 0
    for gold in shared_gold["rhetoric_should_flag"]:
        start, end = gold["span"]["start"], gold["span"]["end"]
        hits = [t for t in seed_analysis.techniques if t.start < end and start < t.end and {l.label for l in t.labels} & set(gold["techniques"])]
        if not hits:
            continue
        expected_voice = "outlet" if gold["voice"] == "outlet" else "quote"
        assert any(t.voice == expected_voice for t in hits), gold["span"]["text"]
        flagged += 1
    assert flagged >= 5


def test_quoted_techniques_name_their_speaker(seed_analysis: Analysis) -> None:
    names = {e.id: e.canonical for e in seed_analysis.entities}
    quoted = [t for t in seed_analysis.techniques if t.voice == "quote"]
    assert quoted and all(names.get(t.speaker or "") for t in quoted)
    assert all(t.reason for t in seed_analysis.techniques)


def test_plain_reporting_clause_is_not_flagged(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    start = text.index("the IRCC said in a statement on Tuesday")
    end = start + len("the IRCC said in a statement on Tuesday")
    assert not [t for t in seed_analysis.techniques if t.start < end and start < t.end]
