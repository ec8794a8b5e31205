from datetime import date

from presslens import Analyzer, build_article
from presslens.model import Span
from presslens.report.html import render_report
from presslens.report.segments import cut


def test_cut_keeps_every_character_and_drops_overlaps_within_a_layer() -> None:
    text = "Hadi al-Amiri said"
    names = [Span(start=0, end=13), Span(start=5, end=13), Span(start=14, end=18)]
    quote = [Span(start=5, end=18)]
    pieces = cut(text, {"entity": names, "quote": quote})
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.layers.get("entity"), p.layers.get("quote")) for p in pieces] == [
        ("Hadi ", names[0], None),
        ("al-Amiri", names[0], quote[0]),
        (" ", None, quote[0]),
        ("said", names[2], quote[0]),
    ]


def test_article_strings_are_escaped(analyzer: Analyzer) -> None:
    text = (
        "<script>alert(1)</script> headline\n"
        "The <img src=x onerror=alert(2)> minister Jane Holt said on Monday that the <b>plan</b> was not going to work."
    )
    article = build_article(text, source="<svg onload=alert(3)>", headline_first_line=True, url="javascript:alert(4)")
    html = render_report(analyzer.analyze(article))
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html and "<b>plan" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_report_is_self_contained(analyzer: Analyzer) -> None:
    html = render_report(analyzer.analyze(build_article("Jane Holt said the budget would pass.", source=None, headline_first_line=False)))
    assert "http://" not in html and "https://" not in html and "<link" not in html


def test_a_time_counted_from_an_earlier_date_says_which(analyzer: Analyzer) -> None:
    article = build_article("Jane Holt fled in June 1998 and returned later that year.", source=None, headline_first_line=False)
    analysis = analyzer.analyze(article)
    june, later = analysis.timexes
    assert (later.value, later.counted_from) == ("1998", june.id)
    assert f"counted from {june.id}" in render_report(analysis)


def test_a_quote_broken_by_its_cue_is_underlined_and_listed_whole(analyzer: Analyzer) -> None:
    text = "“We will not back down from this fight,” Jane Holt said on Monday, “and we will win it in the end.”"
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=False))
    (quote,) = analysis.quotes
    html = render_report(analysis)
    assert "We will not back down from this fight … and we will win it in the end." in html
    assert html.count(f'title="{quote.id} · direct quote') >= 2  # both pieces are underlined as the quote in the article view


def test_a_negated_quote_says_so_and_is_not_dated_as_said(analyzer: Analyzer) -> None:
    article = build_article("Jane Holt did not mention the vote on Monday.", source=None, headline_first_line=False)
    html = render_report(analyzer.analyze(article.model_copy(update={"published": date(2021, 12, 30)})))
    assert "indirect · negated: not said · “did not mention”" in html
    assert " · on 2021-12-27" in html and "said 2021-12-27" not in html
    assert "· indirect quote (negated: not said) · Jane Holt" in html  # the span's own tooltip


def test_a_joint_statement_is_its_speakers_together(analyzer: Analyzer) -> None:
    article = build_article("Nancy Pelosi and Charles Schumer said the report must be public. Schumer said the vote would come soon.", source=None, headline_first_line=False)
    html = render_report(analyzer.analyze(article))
    assert "indirect quote · Nancy Pelosi and Charles Schumer" in html and "indirect quote · Charles Schumer" in html


def test_the_report_names_the_technique_model_or_says_the_lexicon_looked_alone(analyzer: Analyzer) -> None:
    article = build_article("Jane Holt said the vile thugs martyred our heroes.", source=None, headline_first_line=False)
    assert "techniques techniques-v4</span>" in render_report(analyzer.analyze(article))
    lexicon_only = Analyzer(techniques_model=False)
    assert "techniques lexicon alone</span>" in render_report(lexicon_only.analyze(article))
