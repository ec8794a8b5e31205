from unittest.mock import patch

import pytest

from presslens import Analyzer, build_article
from presslens.errors import InputTooLargeError
from presslens.pipeline.nlp import make_doc, pipe_in_batches
from presslens.settings import MAX_ARTICLE_CHARS


def test_a_dash_against_a_quotation_mark_is_split_from_it(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("her record—“the longest expansion”—and 2015–16")]
    assert words == ["her", "record", "—", "“", "the", "longest", "expansion", "”", "—", "and", "2015–16"]


def test_a_quotation_mark_written_against_the_next_word_is_split_from_it(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("surprising,”Clinton said. Sekulow said:“We will. The U.S.”The end")]
    assert words == ["surprising", ",", "”", "Clinton", "said", ".", "Sekulow", "said", ":", "“", "We", "will", ".", "The", "U.S.", "”", "The", "end"]


def test_a_prefix_and_the_lowercase_word_after_its_hyphen_are_one_word_as_the_pipeline_learnt_them(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("co-founder re-elected non-profit e-mail anti-Trump self-described well-known (co-host)")]
    assert words == ["co-founder", "re-elected", "non-profit", "e-mail", "anti", "-", "Trump", "self", "-", "described", "well", "-", "known", "(", "co-host", ")"]
    doc = analyzer.nlp("Hany Farid, who co-developed the system with Microsoft, said it was hard.")
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("ROOT", "relcl")] == [("co-developed", "relcl"), ("said", "ROOT")]


def test_a_dash_the_pipeline_never_saw_parses_as_the_em_dash(analyzer: Analyzer) -> None:
    text = "The plan is dangerous — and it is absurd — to the citizens, the group said."
    em_dash, bar = analyzer.nlp(text), analyzer.nlp(text.replace("—", "―"))
    assert [(t.tag_, t.dep_, t.head.i) for t in bar] == [(t.tag_, t.dep_, t.head.i) for t in em_dash]
    assert [t.tag_ for t in bar if t.text == "―"] == [":", ":"]


def test_a_no_break_space_reads_as_a_space_and_every_offset_holds(analyzer: Analyzer) -> None:
    text = "The general\u00a0stumped for Clinton\u00a0in Iowa on Veteran’s Day, and the campaign touted his endorsement on its Facebook page."
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=False))
    assert analysis.article.text == text
    assert [(analysis.text_of(q.speaker.span), analysis.text_of(q.content)) for q in analysis.quotes if q.speaker.span] == [
        ("the campaign", "his endorsement on its Facebook page")
    ]
    assert not any(t.is_space for t in make_doc(analyzer.nlp, text))


def test_contractions_with_a_curly_apostrophe_parse_as_the_straight_ones(analyzer: Analyzer) -> None:
    text = "It’s not hard to see. I’m fine. He’d said so. We’ve won. She’ll go. It won’t work. Trump’s plan. IT’S HERE."
    curly, straight = analyzer.nlp(text), analyzer.nlp(text.replace("’", "'"))
    assert [(t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_.replace("’", "'")) for t in curly] == [
        (t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_) for t in straight
    ]
    assert [t.lemma_ for t in curly if "’" in t.text] == ["be", "be", "have", "have", "will", "not", "’s", "be"]


def test_a_contracted_has_before_a_reporting_verb_with_a_clause_or_an_object_is_no_passive(analyzer: Analyzer) -> None:
    doc = analyzer.nlp("She’s said that the plan won’t work. He's always denied it. It's said that he left. She's told that she must go.")
    subjects = [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in ("say", "deny", "tell")]
    assert subjects == [("She", "nsubj", "said"), ("He", "nsubj", "denied"), ("It", "nsubjpass", "said"), ("She", "nsubjpass", "told")]
    assert [t.lemma_ for t in doc if t.lower_ in ("’s", "'s")] == ["have", "have", "be", "be"]


def test_a_name_read_as_a_modal_before_a_past_verb_is_its_subject(analyzer: Analyzer) -> None:
    doc = analyzer.nlp('"We will be in uncharted territory," May told the BBC. May has said so. Prices may rise. May I ask?')
    may = [(t.text, t.tag_, t.dep_) for t in doc if t.lower_ == "may"]
    assert may == [("May", "NNP", "nsubj"), ("May", "NNP", "nsubj"), ("may", "MD", "aux"), ("May", "MD", "aux")]


def test_a_line_going_on_in_lower_case_continues_the_sentence_above_it(analyzer: Analyzer) -> None:
    text = (
        "EU leaders meet today\n\nIt is believed that if the U.K. requested it, then the E.U.\nwould agree to extend the date.\n"
        "'This has been a disaster,' Tucker Carlson said on Friday.\n'How can we let them go on as if it never happened?'\n"
        "he said.\n\nlower case after a blank line is a new paragraph."
    )
    a = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    sentences = [a.text_of(s) for s in a.sentences]
    assert "It is believed that if the U.K. requested it, then the E.U.\nwould agree to extend the date." in sentences
    assert "EU leaders meet today" in sentences and "lower case after a blank line is a new paragraph." in sentences
    asked = next(q for q in a.quotes if a.text_of(q.content).startswith("How can we"))
    assert (a.text_of(q.cue) if (q := asked).cue else None, q.speaker.via) == ("said", "pronoun")


def test_documents_go_through_the_pipeline_in_batches_of_a_few_thousand_tokens_in_order(analyzer: Analyzer) -> None:
    nlp = analyzer.nlp
    texts = ["Short one.", "A second, longer sentence about Baghdad on Tuesday.", "Third " * 30, "Fourth."]
    docs = [nlp.make_doc(text) for text in texts]
    sizes: list[int] = []
    real_pipe = nlp.pipe

    def counted(batch: list, batch_size: int) -> object:
        sizes.append(sum(len(doc) for doc in batch))
        assert batch_size == len(batch)
        return real_pipe(batch, batch_size=batch_size)

    with patch.object(nlp, "pipe", counted):
        parsed = list(pipe_in_batches(nlp, docs, max_tokens=15))
    assert [doc.text for doc in parsed] == texts
    assert all(doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB") for doc in parsed)
    assert sizes == [3 + 10, 30, 2]  # the 30-token document is longer than a batch: it goes alone
    assert [e.text for e in parsed[1].ents] == [e.text for e in nlp(texts[1]).ents]


def test_an_article_longer_than_the_limit_is_refused_before_the_parser_sees_it(analyzer: Analyzer) -> None:
    assert analyzer.nlp.max_length >= MAX_ARTICLE_CHARS  # whatever build_article lets through, the parser takes
    with pytest.raises(InputTooLargeError, match="split it into articles"):
        build_article("word " * (MAX_ARTICLE_CHARS // 5 + 1), source="book.txt", headline_first_line=False)


def test_suffixes_are_split_from_the_end_of_a_word_of_any_length(analyzer: Analyzer) -> None:
    tokens = [t.text for t in analyzer.nlp.make_doc("costs 50%, (" + "a" * 150 + ").")]
    assert tokens == ["costs", "50", "%", ",", "(", "a" * 150, ")", "."]
    assert len(analyzer.nlp.make_doc("“" * 20_000)) == 20_000  # a run of marks splits into marks (its time: bench/slow_inputs.py)
