"""The PolNeAR loader and the attribution scorer, on a document written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.evaluation.attribution import Attribution, score_document, score_outlet_voice, tokens
from presslens.evaluation.polnear import parse_ann

TEXT = "The mayor said the bridge would reopen. Critics believe it is unsafe.\nShe added: “It is safe.”"
ANN = (
    "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe bridge would reopen\n"
    "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 40 47\tCritics\nT6\tCue 48 55\tbelieve\nT7\tContent 56 68\tit is\nunsafe\n"
    "T8\tAttribution 48 55\tbelieve\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T9\tDiscuss 70 73\tShe\nE3\tDiscuss:T9\n"
)


def test_relations_are_read_by_offsets_even_when_a_span_wraps() -> None:
    relations = parse_ann(ANN)
    assert len(relations) == 2
    assert [TEXT[s:e] for s, e in relations[1].content] == ["it is unsafe"]
    assert relations[0].source == ((0, 9),)


def test_scores_for_a_partial_match_and_a_miss() -> None:
    gold = [Attribution(content=r.content, cue=r.cue, source=r.source) for r in parse_ann(ANN)]
    predicted = [Attribution(content=[(19, 38)], cue=[(10, 14)], source=[(4, 9)])]
    report = score_document(TEXT, predicted, gold).report()
    assert report["match30_p"] == 1.0 and report["match30_r"] == 0.5
    assert report["match80_p"] == 0.0 and report["exact_p"] == 0.0  # 3 of the 4 gold words
    assert report["speaker_pairs"] == 1 and report["speaker_exact"] == 0.0 and report["speaker_overlap"] == 1.0
    assert len(tokens(TEXT, [(0, 14)])) == 3


def test_predictions_matching_gold_outside_the_subset_leave_precision_alone() -> None:
    relations = parse_ann(ANN)
    speech = [Attribution(content=relations[0].content)]
    belief = [Attribution(content=relations[1].content)]
    predicted = [Attribution(content=relations[0].content), Attribution(content=relations[1].content)]
    report = score_document(TEXT, predicted, speech, ignored=belief).report()
    assert report["predicted"] == 1 and report["match30_p"] == 1.0


def test_the_outlet_s_voice_is_a_sentence_no_gold_attribution_touches() -> None:
    text = "The bridge closed in May. The mayor said it would reopen. Traffic is heavy."
    gold = [Attribution(content=[(41, 56)], cue=[(36, 40)], source=[(26, 35)])]
    sentences = [(0, 25), (26, 57), (58, 75)]
    report = score_outlet_voice(text, sentences, voice=[(0, 25), (26, 57)], gold=gold).report()
    assert (report["sentences"], report["gold"], report["predicted"]) == (3, 2, 2)
    assert report["p"] == 0.5 and report["r"] == 0.5 and report["all_sentences_p"] == round(2 / 3, 4)


SHARED_POLNEAR = Path(__file__).resolve().parents[4] / "shared" / "data" / "polnear"


@pytest.mark.skipif(not SHARED_POLNEAR.exists(), reason="PolNeAR lives in ../shared/data")
def test_attribution_floor_on_the_first_dev_documents(analyzer) -> None:  # type: ignore[no-untyped-def]
    """A fast subset of bench/attribution.py with a pinned floor, lowered only on purpose."""
    from presslens import build_article
    from presslens.evaluation.attribution import Counts
    from presslens.evaluation.polnear import load_split

    docs = list(load_split(SHARED_POLNEAR, "dev"))[:12]
    total = Counts()
    articles = [build_article(d.text, source=d.name, headline_first_line=True, published=d.published) for d in docs]
    for doc, analysis in zip(docs, analyzer.analyze_many(articles)):
        predicted = [Attribution(content=[(s.start, s.end) for s in (q.content, *q.continuation)]) for q in analysis.quotes]
        gold = [Attribution(content=g.content) for g in doc.attributions]
        total.add(score_document(doc.text, predicted, gold))
    report = total.report()
    assert report["match30_f"] >= 0.80, report  # measured 0.870
