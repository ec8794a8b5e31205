"""Attribution on the seed against the hand annotation: every quote with kind, speaker, cue, content and date."""

from __future__ import annotations

import json
import re
from pathlib import Path

from presslens import Analysis, Quote

GOLDEN = Path(__file__).with_name("seed.quotes.json")


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(m.start() + start, m.end() + start) for start, end in spans for m in re.finditer(r"\w+", text[start:end])}


def token_overlap(text: str, ours: list[tuple[int, int]], gold: list[tuple[int, int]]) -> float:
    """Token F1 between two sets of spans of the same text."""
    a, b = _tokens(text, ours), _tokens(text, gold)
    if not a or not b:
        return 0.0
    common = len(a & b)
    return 2 * common / (len(a) + len(b))


def _match(analysis: Analysis, gold: dict) -> Quote | None:  # type: ignore[type-arg]
    """The quote whose content, all its pieces, overlaps the gold content most (at least 0.8)."""
    text = analysis.article.text
    wanted = [(gold["content"]["start"], gold["content"]["end"])]

    def overlap(quote: Quote) -> float:
        return token_overlap(text, [(s.start, s.end) for s in (quote.content, *quote.continuation)], wanted)

    best = max(analysis.quotes, key=overlap)
    return best if overlap(best) >= 0.8 else None


def test_every_gold_quote_is_found_right(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    canonical = {e.id: e.canonical for e in seed_analysis.entities}
    for gold in shared_gold["quotes"]:
        quote = _match(seed_analysis, gold)
        assert quote is not None, f"not found: {gold['content']['text'][:60]}"
        where = gold["content"]["text"][:40]
        assert quote.kind == gold["kind"], where
        assert canonical.get(quote.speaker.entity or "") == gold["speaker"], where
        assert quote.cue is not None and (quote.cue.start, quote.cue.end) == (gold["cue"]["start"], gold["cue"]["end"]), where
        if "said_on" in gold:
            assert quote.said_on is not None and quote.said_on.isoformat() == gold["said_on"], where
    assert len(seed_analysis.quotes) == len(shared_gold["quotes"])


def test_outlet_claims_are_unattributed(seed_analysis: Analysis, shared_gold: dict) -> None:  # type: ignore[type-arg]
    voice = {(s.start, s.end) for s in seed_analysis.outlet_voice}
    assert voice == {(c["start"], c["end"]) for c in shared_gold["unattributed_outlet_claims"]}


def test_speaker_routes(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    routes = {text[q.speaker.span.start : q.speaker.span.end]: q.speaker.via for q in seed_analysis.quotes if q.speaker.span}
    assert routes["The statement"] == "document"
    assert routes["It"] == "pronoun" and routes["He"] == "pronoun"
    assert routes["the secretary general of the Badr Organization"] == "role"
    variant = [q for q in seed_analysis.quotes if q.speaker.variant]
    assert [text[q.speaker.span.start : q.speaker.span.end] for q in variant if q.speaker.span] == ["al-Kashimi"]


def test_seed_quotes_match_golden_file(seed_analysis: Analysis, update_golden: bool) -> None:
    text = seed_analysis.article.text
    view = [
        {
            "kind": q.kind,
            "cue": q.cue_lemma,
            "speaker": text[q.speaker.span.start : q.speaker.span.end] if q.speaker.span else None,
            "entity": q.speaker.entity,
            "via": q.speaker.via,
            "content": [[s.start, s.end] for s in (q.content, *q.continuation)],
            "said_on": q.said_on.isoformat() if q.said_on else None,
            "channel": q.channel,
            "confidence": q.confidence,
        }
        for q in seed_analysis.quotes
    ]
    if update_golden:
        GOLDEN.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert view == json.loads(GOLDEN.read_text("utf-8"))
