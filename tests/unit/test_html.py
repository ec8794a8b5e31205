from datetime import date

import pytest

from presslens.errors import MalformedInputError
from presslens.ingest.html import parse_html
from tests.conftest import FIXTURES


def test_main_text_title_date_and_site() -> None:
    article = parse_html((FIXTURES / "wire-article.html").read_text("utf-8"), "wire-article.html")
    assert article.headline == "Port strike enters second week"
    assert article.headline_span is not None and article.headline_span.text_in(article.text) == article.headline
    assert article.published == date(2023, 3, 14)
    assert article.outlet == "Harbour Herald"
    assert article.url == "https://harbour-herald.example/2023/03/port-strike"
    assert article.text.count("Port strike enters second week") == 1
    assert "Dock workers" in article.text and "Privacy" not in article.text and "Sport" not in article.text
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text_in(article.text) == "ROTTERDAM"


def test_page_without_text_is_an_error() -> None:
    with pytest.raises(MalformedInputError, match="no main text"):
        parse_html("<html><head><title>Empty</title></head><body></body></html>", "empty.html")
