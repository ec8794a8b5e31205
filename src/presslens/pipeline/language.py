"""Is the text English? The share of English stop words says so cheaply, from the parse we already have."""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc

from presslens.settings import ENGLISH_STOPWORD_MIN_SHARE


def english_share(doc: Doc) -> float:
    """Share of alphabetic tokens that are English stop words (about 0.4-0.5 in English news); read
    from the doc's arrays, as a Token object per word costs more than the count."""
    if not len(doc):
        return 0.0
    flags = doc.to_array([IS_ALPHA, IS_STOP])
    alpha = flags[:, 0] == 1
    words = int(alpha.sum())
    return float((flags[alpha, 1] == 1).sum()) / words if words else 0.0


def looks_english(doc: Doc) -> bool:
    return english_share(doc) >= ENGLISH_STOPWORD_MIN_SHARE
