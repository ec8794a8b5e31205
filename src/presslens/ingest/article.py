"""Assemble an :class:`Article` from a text and what the source says about it."""

from __future__ import annotations

import re
from datetime import date

from presslens.ingest.dateline import find_dateline
from presslens.model import Article, Span
from presslens.errors import InputTooLargeError
from presslens.settings import MAX_ARTICLE_CHARS, MAX_HEADLINE_CHARS


#: A byline on the body's first line, and the space after it: 'By Anna Petrova'.
_BYLINE_LINE = re.compile(r"By[ \t]+[A-Z][^\n.!?]{1,78}\n\s*")


def _a_datelined_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the first line is the story's opening paragraph, not a headline: it opens with a wire dateline
    and ends as a sentence ends ('GAZA CITY, Nov 12 (WAFA) - Israeli forces killed …, medical sources said.')."""
    return text[start:end].endswith((".", "!", "?", '"', "”")) and find_dateline(text, start) is not None


def build_article(
    text: str,
    *,
    source: str | None,
    headline_first_line: bool,
    headline: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    language: str | None = None,
) -> Article:
    """Find the headline (first line, when asked) and the dateline, and fix the body offset.

    The text is kept whole; headline and dateline are spans into it. A text longer than
    ``MAX_ARTICLE_CHARS`` is refused with the reason (a book or a feed dump is no article to parse at once).
    """
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputTooLargeError(
            f"the text has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} analysed as one article "
            "(PRESSLENS_MAX_ARTICLE_CHARS): split it into articles",
            source=source,
        )
    headline_span = None
    body_start = len(text) - len(text.lstrip())
    if headline_first_line:
        first_end = text.find("\n", body_start)
        rest = text[first_end:] if first_end >= 0 else ""
        end = first_end
        while end > body_start and text[end - 1].isspace():
            end -= 1
        if (
            first_end >= 0 and rest.strip() and first_end - body_start <= MAX_HEADLINE_CHARS
            and not _a_datelined_paragraph(text, body_start, end)
        ):
            headline_span = Span(start=body_start, end=end)
            headline = text[body_start:end]
            body_start = first_end + len(rest) - len(rest.lstrip())
    dateline = find_dateline(text, body_start)
    if dateline is not None:
        after = dateline.span.end
        body_start = after + len(text[after:]) - len(text[after:].lstrip())
    elif (byline := _BYLINE_LINE.match(text, body_start)) is not None:
        dateline = find_dateline(text, byline.end())  # 'By Anna Petrova' above 'NEW DELHI (Reuters) -': the body keeps its byline
    if outlet is None and dateline is not None and dateline.outlet is not None:
        outlet = dateline.outlet.text_in(text)
    return Article(
        id=Article.content_id(text),
        source=source,
        url=url,
        outlet=outlet,
        headline=headline,
        headline_span=headline_span,
        dateline=dateline,
        body_start=body_start,
        published=published,
        language=language,
        text=text,
    )
