"""Hostile and broken inputs: each gives an article or a coded error naming it, never a crash or a hang."""

from __future__ import annotations

import time

import pytest

from presslens import Analyzer, Article, InputError
from presslens.ingest.decode import decode_bytes
from presslens.ingest.sources import parse_text

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]><html><body><p>&lol9;</p><p>The minister said the talks had failed again on Monday.</p></body></html>"
)
HOSTILE_HTML = {
    "billion_laughs": BILLION_LAUGHS,
    "deep_nesting": "<html><body>" + "<div>" * 5000 + "<p>The minister said the talks failed on Monday in Paris.</p>" + "</div>" * 5000 + "</body></html>",
    "script_only": "<html><body><script>alert(1)</script></body></html>",
}
HOSTILE_TEXT = {
    "rtl_and_mixed": "عنوان\nقال الوزير إن المحادثات فشلت. The minister said talks failed. שלום עולם.",
    "long_token": "Headline\n" + "x" * 200_000 + " said the minister.",
    "long_sentence": "Headline\n" + "The minister said that " + "the talks and " * 3_000 + "failed.",
    "control_characters": "Headline\nThe minister\u202e said\u200b the talks\ufeff failed.\x07",
    "brackets_in_names": 'Headline\nas Bin [ Bin Brett I " As bin , Prince put ] Smith ’s Salman said Salman bin " As as Brett.',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_HTML))
def test_hostile_html(name: str) -> None:
    started = time.perf_counter()
    try:
        results = list(parse_text(HOSTILE_HTML[name], f"{name}.html", ".html"))
    except InputError as exc:
        results = [exc]
    assert time.perf_counter() - started < 30
    for item in results:
        assert isinstance(item, Article | InputError)
        if isinstance(item, Article):
            assert "lollollol" not in item.text


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXT))
def test_hostile_text_is_analysed_with_spans_inside(name: str, analyzer: Analyzer) -> None:
    (article,) = parse_text(decode_bytes(HOSTILE_TEXT[name].encode("utf-8"), name), name, ".txt")
    assert isinstance(article, Article)
    analysis = analyzer.analyze(article)
    for span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(article.text)
    for entity in analysis.entities:  # a name neither starts nor ends on a space ('Bin [ Bin' is no name 'Bin ')
        assert all((words := analysis.text_of(m)) and words == words.strip() for m in entity.mentions)


def test_five_hundred_quotes_are_all_found(analyzer: Analyzer) -> None:
    text = "Headline\n" + " ".join(f"“This is the point number {i} that we make,” Jane Holt said." for i in range(500))
    (article,) = parse_text(text, "many.txt", ".txt")
    assert isinstance(article, Article)
    analysis = analyzer.analyze(article)
    assert len(analysis.quotes) == 500
    assert {analysis.text_of(q.speaker.span) for q in analysis.quotes if q.speaker.span} == {"Jane Holt"}
