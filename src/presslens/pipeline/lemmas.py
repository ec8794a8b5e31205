"""Lemmas: the English lemmatizer's, asked once per kind of word.

spaCy's lemmatizer works token by token through Token objects, and its rule mode caches only some of its
answers: about 7.5 ms per 800-word article once warm. A lemma depends only on the word, its part of
speech and its morphology, so :class:`ArrayLemmatizer` reads those columns with ``Doc.to_array``, asks
the pipeline's own lemmatizer once per new combination and writes every lemma back in one call: the
same lemmas (a test compares them with spaCy's on real articles) in about a tenth of the time. A word
made of a prefix and a word ('co-founded', kept whole by the tokenizer: ``prefixed_words``) has the prefix
before its word's lemma ('co-found'), where spaCy's rules, knowing no such word, cut it wrong ('co-founde').
"""

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from presslens.pipeline.prefixed_words import split_prefix

#: Lemmatizer modes whose answer depends on nothing but the word, its part of speech and its morphology.
_MODES = ("lookup", "pos_lookup", "rule")
#: Answers kept before the memory starts over: it grows with the vocabulary read, a long-running worker's too.
_KNOWN_LIMIT = 1_000_000


class ArrayLemmatizer:
    """The pipeline's lemmatizer, asked once per (word, part of speech, morphology) and remembered."""

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None  # the pipeline's own, handed over by use_array_lemmatizer
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            raise ValueError("the array lemmatizer has no lemmatizer to ask: put it in place with use_array_lemmatizer")
        if len(doc) == 0:
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        if len(self._known) > _KNOWN_LIMIT:
            self._known.clear()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not lemmatizer.overwrite:
                continue  # set before, by the attribute ruler: spaCy's lemmatizer keeps it too
            key = (orth, pos, morph)
            found = self._known.get(key)
            if found is None:
                found = self._known[key] = strings.add(_lemma(lemmatizer, doc[i]))
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def _lemma(lemmatizer: Lemmatizer, token: Token) -> str:
    """The lemmatizer's lemma, and for a prefixed word the prefix before the lemma of the word after it
    ('co-founded': 'co-found'), which the lemmatizer's rules, knowing no such word, cut wrong ('co-founde')."""
    parts = split_prefix(token.text)
    if parts is None:
        return lemmatizer.lemmatize(token)[0]
    prefix, word = parts
    alone = Doc(token.vocab, words=[word], pos=[token.pos_], morphs=[str(token.morph)])
    return prefix + lemmatizer.lemmatize(alone[0])[0]


# No `from __future__ import annotations` in this module: spaCy validates a factory's arguments against
# the types of its signature, read at run time.
@Language.factory("presslens_array_lemmatizer", assigns=["token.lemma"])
def _make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer()


def use_array_lemmatizer(nlp: Language) -> None:
    """Put the array lemmatizer in the place of the pipeline's own (same name), when its mode allows."""
    original = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(original, Lemmatizer) and original.mode in _MODES:
        faster = nlp.replace_pipe("lemmatizer", "presslens_array_lemmatizer")
        faster.lemmatizer = original  # type: ignore[attr-defined]
