"""The array-matching attribute ruler gives exactly what spaCy's Matcher-based one gives."""

from __future__ import annotations

import pickle

import spacy
from spacy.attrs import LEMMA, MORPH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from presslens import Analyzer, read_articles
from presslens.pipeline.tag_attributes import ArrayAttributeRuler, use_array_attribute_ruler
from tests.conftest import FIXTURES, SEED

# Odd tokens on purpose: contractions and "n't" (REGEX patterns), "that" as determiner and relative
# pronoun, auxiliaries (NOT_IN patterns), spaces after line ends, "something" tagged NN.
TRICKY = (
    "They didn't say that. Y'all know nothin' about it, he said, and that man, who'd been told, wasn't there.\n\n"
    "  Something   was done: the bill that passed was to be signed, but it wasn't.\n"
)


def _stock(analyzer: Analyzer) -> Language:
    """A fresh copy of the English pipeline, as spaCy ships it."""
    return spacy.load(f"{analyzer.nlp.meta['lang']}_{analyzer.nlp.meta['name']}")


def test_the_pipeline_uses_the_array_ruler(analyzer: Analyzer) -> None:
    assert isinstance(analyzer.nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)


def test_matches_and_attributes_equal_spacys(analyzer: Analyzer) -> None:
    stock = _stock(analyzer)
    ruler = stock.get_pipe("attribute_ruler")
    fast = ArrayAttributeRuler(stock.vocab)
    fast.add_patterns(ruler.patterns)
    corpus = [a.text for a in read_articles(sorted((FIXTURES / "corpus").glob("*.json"))) if not isinstance(a, Exception)]
    assert len(corpus) == 4
    texts = [TRICKY, SEED.read_text("utf-8"), *corpus]
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(texts))
    for doc in docs:
        assert fast.match(doc) == ruler.match(doc)
    faster = _stock(analyzer)
    use_array_attribute_ruler(faster)
    for theirs, ours in zip(stock.pipe(texts), faster.pipe(texts)):
        assert (theirs.to_array([POS, MORPH, LEMMA]) == ours.to_array([POS, MORPH, LEMMA])).all()


def test_a_pattern_only_the_matcher_knows_falls_back_to_it(analyzer: Analyzer) -> None:
    fast = ArrayAttributeRuler(analyzer.nlp.vocab)
    fast.add([[{"LOWER": "the"}, {"LENGTH": {">=": 4}, "OP": "+"}]], {"POS": "X"}, index=-1)
    doc = analyzer.nlp.make_doc("the bridge")
    doc[0].tag_, doc[1].tag_, doc[0].dep_, doc[1].dep_ = "DT", "NN", "det", "ROOT"
    doc[0].head = doc[1]
    assert fast.match(doc) == AttributeRuler.match(fast, doc) != []
    fast(doc)
    assert doc[1].pos_ == "X"


def test_the_ruler_survives_pickling(analyzer: Analyzer) -> None:
    """spaCy pickles pipelines to hand them to worker processes."""
    ruler = analyzer.nlp.get_pipe("attribute_ruler")
    doc = analyzer.nlp(TRICKY)
    copy = pickle.loads(pickle.dumps(ruler))
    assert isinstance(copy, ArrayAttributeRuler) and copy.match(doc) == ruler.match(doc)
