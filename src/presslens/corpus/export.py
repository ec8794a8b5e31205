"""Quotes as CSV, for spreadsheets and statistics packages: one row per quote, the same columns from the CLI and the web app."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from presslens.corpus.results import QuoteRecord

QUOTE_COLUMNS = (
    "said_on", "published", "outlet", "headline", "url", "article_id", "quote_id", "speaker", "speaker_entity",
    "said_with", "kind", "negated", "cue", "channel", "quote", "start", "end",
)  # fmt: skip

#: A cell starting with one of these is a formula to a spreadsheet; quoted text must stay text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def quote_rows(records: Iterable[QuoteRecord]) -> Iterator[list[str]]:
    """The header, then each quote's cells, in QUOTE_COLUMNS' order."""
    yield list(QUOTE_COLUMNS)
    for r in records:
        yield [
            _cell(value)
            for value in (
                r.said_on, r.article.published, r.article.outlet, r.article.headline, r.article.url, r.article.id, r.quote_id,
                r.speaker, r.speaker_entity, "; ".join(r.joint_speakers), r.kind, str(r.negated).lower(), r.cue, r.channel,
                r.content, r.span.start, r.span.end,
            )
        ]  # fmt: skip


def write_quotes_csv(records: Iterable[QuoteRecord], stream: TextIO) -> None:
    csv.writer(stream).writerows(quote_rows(records))


def quote_csv_lines(records: Iterable[QuoteRecord]) -> Iterator[str]:
    """The same CSV a row at a time, for a response streamed to the client."""
    line = io.StringIO()
    writer = csv.writer(line)
    for row in quote_rows(records):
        writer.writerow(row)
        yield line.getvalue()
        line.seek(0)
        line.truncate()


def _cell(value: object) -> str:
    """The value as text; an article's text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    cell = str(value)
    return "'" + cell if isinstance(value, str) and cell.startswith(_FORMULA_STARTS) else cell
