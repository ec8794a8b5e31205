from presslens import Analyzer


def test_a_dash_against_a_quotation_mark_is_split_from_it(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("her record—“the longest expansion”—and 2015–16")]
    assert words == ["her", "record", "—", "“", "the", "longest", "expansion", "”", "—", "and", "2015–16"]


def test_a_name_read_as_a_modal_before_a_past_verb_is_its_subject(analyzer: Analyzer) -> None:
    doc = analyzer.nlp('"We will be in uncharted territory," May told the BBC. May has said so. Prices may rise. May I ask?')
    may = [(t.text, t.tag_, t.dep_) for t in doc if t.lower_ == "may"]
    assert may == [("May", "NNP", "nsubj"), ("May", "NNP", "nsubj"), ("may", "MD", "aux"), ("May", "MD", "aux")]
