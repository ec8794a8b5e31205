"""Lemmas the English lemmatizer gets wrong for words the attribution rules look up.

Its rules strip 'hoping', 'hoped' and 'hopes' down to 'hop', so 'she is hoping that …' would not
find 'hope' among the reporting verbs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Word form -> the lemma it has.
_LEMMAS = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}


@Language.component("presslens_lemmas", assigns=["token.lemma"])
def fix_lemmas(doc: Doc) -> Doc:
    for token in doc:
        lemma = _LEMMAS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc
