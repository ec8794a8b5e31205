"""The array lemmatizer gives exactly the lemmas spaCy's own lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA

from presslens import Analyzer, read_articles
from presslens.pipeline.lemmas import ArrayLemmatizer, use_array_lemmatizer
from tests.conftest import FIXTURES, SEED

# Contractions and "n't" (lemmas the attribute ruler sets before the lemmatizer), plural and singular
# nouns, verb forms, comparatives, verbs ending in a silent e ('hoping').
TRICKY = (
    "They didn't say that. Y'all know nothin' about it, he said, and those men, who'd been told, weren't there.\n\n"
    "The mayor is hoping the councils' budgets grew bigger and better; she was running, ran, runs.\n"
)


def test_the_pipeline_asks_its_lemmatizer_through_arrays(analyzer: Analyzer) -> None:
    assert isinstance(analyzer.nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert [t.lemma_ for t in analyzer.nlp("She is hoping.")][:3] == ["she", "be", "hope"]


def test_a_past_or_plural_form_ending_in_a_silent_e_keeps_its_e(analyzer: Analyzer) -> None:
    doc = analyzer.nlp("Protesters hated the doses. Corpses lay there. He taped it and dined. Their motives were ruses.")
    lemmas = {t.text: t.lemma_ for t in doc if t.text in ("hated", "doses", "Corpses", "taped", "dined", "motives", "ruses")}
    assert lemmas == {"hated": "hate", "doses": "dose", "Corpses": "corpse", "taped": "tape", "dined": "dine", "motives": "motive", "ruses": "ruse"}


def test_a_prefixed_word_has_the_prefix_before_the_lemma_of_its_word(analyzer: Analyzer) -> None:
    doc = analyzer.nlp("She co-founded the group, was re-elected and co-hosts the show with her ex-wives. He un-did it.")
    assert [t.lemma_ for t in doc if "-" in t.text] == ["co-found", "re-elect", "co-host", "ex-wife", "un-do"]


def test_lemmas_equal_spacys(analyzer: Analyzer) -> None:
    name = f"{analyzer.nlp.meta['lang']}_{analyzer.nlp.meta['name']}"
    stock, ours = spacy.load(name), spacy.load(name)
    use_array_lemmatizer(ours)
    assert isinstance(ours.get_pipe("lemmatizer"), ArrayLemmatizer) and ours.pipe_names == stock.pipe_names
    corpus = [a.text for a in read_articles(sorted((FIXTURES / "corpus").glob("*.json"))) if not isinstance(a, Exception)]
    texts = [TRICKY, SEED.read_text("utf-8"), *corpus, TRICKY]  # the last one from what is remembered
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert [t.lemma_ for t in theirs] == [t.lemma_ for t in mine]
        assert (theirs.to_array([LEMMA]) == mine.to_array([LEMMA])).all()
    assert len(ours("")) == 0  # an empty text has nothing to ask


def test_without_a_lemmatizer_to_ask_it_says_so(analyzer: Analyzer) -> None:
    with pytest.raises(ValueError, match="use_array_lemmatizer"):
        ArrayLemmatizer()(analyzer.nlp.make_doc("words"))
