"""Is the text English? The share of English stop words says so cheaply, from the parse we already have."""

from __future__ import annotations

from spacy.tokens import Doc

from presslens.settings import ENGLISH_STOPWORD_MIN_SHARE


def english_share(doc: Doc) -> float:
    """Share of alphabetic tokens that are English stop words (about 0.4-0.5 in English news)."""
    words = [t for t in doc if t.is_alpha]
    if not words:
        return 0.0
    return sum(t.is_stop for t in words) / len(words)


def looks_english(doc: Doc) -> bool:
    return english_share(doc) >= ENGLISH_STOPWORD_MIN_SHARE
