"""JSON and JSON Lines: records with ``text`` and optional ``headline``, ``url``, ``outlet``, ``published``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from presslens.errors import EmptyInputError, InputError, MalformedInputError
from presslens.ingest.article import build_article
from presslens.model import Article

_STRING_FIELDS = ("headline", "url", "outlet", "language")


def parse_json_document(text: str, source: str) -> Iterator[Article | InputError]:
    """A ``.json`` file: one record, or a list of records."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedInputError(f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", source=source)
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records):
        where = f"{source}[{index}]" if isinstance(value, list) else source
        yield _record_or_error(record, where)


def parse_json_lines(text: str, source: str) -> Iterator[Article | InputError]:
    """A ``.jsonl`` file: one record per line; a bad line is reported and the others go on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(f"invalid JSON line: {exc.msg} at column {exc.colno}", source=where)
            continue
        yield _record_or_error(record, where)


def _record_or_error(record: Any, source: str) -> Article | InputError:
    try:
        return record_to_article(record, source)
    except InputError as exc:
        return exc


def record_to_article(record: Any, source: str) -> Article:
    if not isinstance(record, dict):
        raise MalformedInputError(f"expected a JSON object, got {type(record).__name__}", source=source)
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInputError("the record has no string field 'text'", source=source)
    if not text.strip():
        raise EmptyInputError("the record's text is empty or only whitespace", source=source)
    fields: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise MalformedInputError(f"field '{name}' must be a string", source=source)
        fields[name] = value
    return build_article(
        text.removeprefix("\ufeff"),
        source=source,
        headline_first_line=False,
        headline=fields["headline"],
        url=fields["url"],
        outlet=fields["outlet"],
        language=fields["language"],
        published=_published(record.get("published"), source),
    )


def _published(value: Any, source: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInputError("field 'published' must be a date string YYYY-MM-DD", source=source)
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise MalformedInputError(f"field 'published' is not a date: {value!r}", source=source) from None
