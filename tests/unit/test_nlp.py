from presslens import Analyzer


def test_a_dash_against_a_quotation_mark_is_split_from_it(analyzer: Analyzer) -> None:
    words = [t.text for t in analyzer.nlp.tokenizer("her record—“the longest expansion”—and 2015–16")]
    assert words == ["her", "record", "—", "“", "the", "longest", "expansion", "”", "—", "and", "2015–16"]
