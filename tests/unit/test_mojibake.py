"""Mojibake is flagged with its likely reading, and the text is left as given."""

from presslens import Analyzer, build_article
from presslens.pipeline.mojibake import mojibake_finding


def test_mis_decoded_words_give_one_finding_with_the_first_word_and_its_reading() -> None:
    text = "Detainees at GuantÃ¡namo Bay, JuliÃ¡n Castro said, â€œwill wait.â€\x9d"
    finding = mojibake_finding(text)
    assert finding is not None and finding.kind == "mojibake"
    assert finding.span is not None and text[finding.span.start : finding.span.end] == "GuantÃ¡namo"
    assert finding.likely == "Guantánamo" and finding.value == "4"
    assert "'JuliÃ¡n' → 'Julián'" in finding.why


def test_clean_accents_quotes_and_dashes_are_no_mojibake() -> None:
    assert mojibake_finding("Café owners in Zürich and São Paulo said “no” — twice, at 5°C, for £10 or €12.") is None


def test_a_word_mis_decoded_twice_and_decomposed_is_read_and_one_that_lost_a_byte_is_not_guessed() -> None:
    twice = "Fran" + "A\u0303\x83A\u0302\xa7" + "ois"  # 'FranÃƒÂ§ois' with its Ã and Â decomposed
    finding = mojibake_finding(f"President {twice} Hollande spoke.")
    assert finding is not None and finding.likely == "François"
    lost = "Jes" + "A\u0303\x83A\u0302" + "os"  # the last byte of 'ú' is gone
    finding = mojibake_finding(f"Mayor {lost} Garcia spoke.")
    assert finding is not None and finding.likely is None


def test_the_analysis_reports_it_and_keeps_the_text_as_given(analyzer: Analyzer) -> None:
    text = "Officials at GuantÃ¡namo said the prison would stay open until next year."
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=False))
    (finding,) = [f for f in analysis.findings if f.kind == "mojibake"]
    assert finding.likely == "Guantánamo" and analysis.article.text == text
