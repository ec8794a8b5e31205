"""The seed article end to end: against the hand annotation in ../shared and against our checked-in golden file."""

from __future__ import annotations

import json
from pathlib import Path

from presslens import Analysis
from tests.conftest import assert_spans_inside

GOLDEN = Path(__file__).with_name("seed.entities.json")


def _entity_view(analysis: Analysis) -> list[dict[str, object]]:
    return [
        {
            "canonical": e.canonical,
            "label": e.label,
            "mentions": [[m.start, m.end, analysis.text_of(m), m.origin, m.variant] for m in e.mentions],
        }
        for e in analysis.entities
    ] + [{"finding": f.kind, "span": [f.span.start, f.span.end] if f.span else None, "likely": f.likely} for f in analysis.findings]


def test_every_gold_cluster_with_all_its_mentions_and_label(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    for gold in shared_gold["entities"]:
        ours = [e for e in seed_analysis.entities if e.canonical == gold["canonical"]]
        assert ours, f"no cluster named {gold['canonical']}"
        entity = ours[0]
        assert entity.label == gold["label"], gold["canonical"]
        spans = {(m.start, m.end) for m in entity.mentions}
        assert spans == {(m["start"], m["end"]) for m in gold["mentions"]}, gold["canonical"]


def test_gold_entity_findings(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    ours = {(f.kind, f.span.start, f.span.end, f.likely) for f in seed_analysis.findings if f.span}
    for gold in shared_gold["findings"]:
        if gold["kind"] in ("name_variant", "place_misspelling"):
            assert (gold["kind"], gold["span"]["start"], gold["span"]["end"], gold["likely"]) in ours


def test_dateline_and_headline(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    article = seed_analysis.article
    assert article.headline == shared_gold["headline"]
    assert article.dateline is not None and article.dateline.place and article.dateline.outlet
    assert (article.dateline.place.start, article.dateline.place.end) == (shared_gold["dateline"]["place"]["start"], shared_gold["dateline"]["place"]["end"])
    assert (article.dateline.outlet.start, article.dateline.outlet.end) == (shared_gold["dateline"]["outlet"]["start"], shared_gold["dateline"]["outlet"]["end"])


def test_seed_matches_golden_file(seed_analysis: Analysis, update_golden: bool) -> None:
    view = _entity_view(seed_analysis)
    if update_golden:
        GOLDEN.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert view == json.loads(GOLDEN.read_text("utf-8"))


def test_seed_spans_lie_inside_the_text(seed_analysis: Analysis) -> None:
    assert_spans_inside(seed_analysis)
    sentences = [seed_analysis.text_of(s) for s in seed_analysis.sentences[:3]]
    assert sentences[0] == "Iraqi Resistance: U.S. Not Serious About Leaving"
    assert sentences[1] == "BAGDHAD (Dispatches) –"
    assert sentences[2].startswith("The Iraqi Resistance Coordination Commission (IRCC) says")
