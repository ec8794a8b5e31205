from presslens import Analyzer, build_article


def test_a_dash_against_a_quotation_mark_is_split_from_it(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("her record—“the longest expansion”—and 2015–16")]
    assert words == ["her", "record", "—", "“", "the", "longest", "expansion", "”", "—", "and", "2015–16"]


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
