"""Rows of an analysis for the store and the batch tables."""

from __future__ import annotations

from datetime import datetime, timezone

from presslens import Analyzer, build_article
from presslens.corpus.rows import analysis_rows


def test_a_pronoun_meaning_an_unnamed_person_is_stored_under_the_words_that_named_them(analyzer: Analyzer) -> None:
    text = (
        "Ireland's agriculture minister said a no-deal Brexit would cripple his country's farms. "
        "He said the farmers had been hit by the fall of sterling."
    )
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=False))
    rows = analysis_rows(analysis, datetime.now(timezone.utc))["quotes"]
    assert [r["speaker_text"] for r in rows] == ["Ireland's agriculture minister"] * 2
