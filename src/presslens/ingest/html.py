"""HTML pages: main text, title, date and site name through trafilatura."""

from __future__ import annotations

from datetime import date

from presslens.errors import MalformedInputError
from presslens.ingest.article import build_article
from presslens.model import Article


def parse_html(html: str, source: str) -> Article:
    """Extract the article of an HTML page; the headline becomes the first line of the text."""
    import trafilatura  # here: most runs read no HTML, and it takes about 0.09 s to import

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except (ValueError, TypeError) as exc:  # trafilatura raises these on pages it cannot parse
        raise MalformedInputError(f"the HTML could not be parsed ({exc})", source=source) from None
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        raise MalformedInputError("the HTML page has no main text", source=source)
    title = (doc.title or "").strip() or None
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return build_article(
        text,
        source=source,
        headline_first_line=title is not None,
        url=doc.url,
        outlet=doc.sitename,
        published=_parse_date(doc.date),
        language=doc.language,
    )


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
