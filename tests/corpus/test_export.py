"""Quotes as CSV: every column, joint speakers in one cell, and text a spreadsheet would run kept as text."""

from __future__ import annotations

import csv
import io
from datetime import date

from presslens.corpus.export import QUOTE_COLUMNS, write_quotes_csv
from presslens.corpus.results import ArticleRef, QuoteRecord
from presslens.model import Span


def _quote(content: str, **fields: object) -> QuoteRecord:
    article = ArticleRef(id="a1", headline="=HYPERLINK(\"http://x\")", outlet="Wire, Inc.", published=date(2022, 5, 3), url=None)
    values = {"quote_id": "Q1", "kind": "indirect", "speaker": "Nancy Pelosi", "speaker_entity": "nancy-pelosi", "speaker_text": "Pelosi",
              "cue": "said", "negated": False, "said_on": None, "channel": None, "span": Span(start=10, end=40)}
    values.update(fields)
    return QuoteRecord(article=article, content=content, **values)  # type: ignore[arg-type]


def test_each_quote_is_one_row_under_the_header() -> None:
    table = io.StringIO()
    quotes = [
        _quote("the report, “all of it”, must be public", joint_speakers=["Charles Schumer", "Mike Johnson"], said_on=date(2022, 5, 2)),
        _quote("-5% was the figure\nnext line", negated=True),
    ]
    write_quotes_csv(quotes, table)
    header, *rows = list(csv.reader(io.StringIO(table.getvalue())))
    assert tuple(header) == QUOTE_COLUMNS and len(rows) == 2
    first, second = (dict(zip(header, row)) for row in rows)
    assert first["said_with"] == "Charles Schumer; Mike Johnson" and first["said_on"] == "2022-05-02" and first["outlet"] == "Wire, Inc."
    assert first["quote"] == "the report, “all of it”, must be public" and first["negated"] == "false" and first["url"] == ""
    assert second["quote"] == "'-5% was the figure\nnext line" and second["negated"] == "true" and second["start"] == "10"
    assert first["headline"] == "'=HYPERLINK(\"http://x\")"
