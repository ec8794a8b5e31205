"""Paths, directories and stdin to articles, one result per article, errors included."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from presslens.errors import InputError, UnsupportedInputError
from presslens.ingest.article import build_article
from presslens.ingest.decode import decode_bytes
from presslens.ingest.html import parse_html
from presslens.ingest.records import parse_json_document, parse_json_lines
from presslens.model import Article
from presslens.settings import SUPPORTED_SUFFIXES

STDIN = "-"
#: An input written as a web address ('https://…', 's3://…'), which a file path never starts with.
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Paths as given, with directories replaced by their supported files in sorted order."""
    for path in paths:
        if str(path) == STDIN or _ADDRESS.match(str(path)):
            yield str(path)  # as written: a Path would fold the address's '//'
            continue
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


def read_articles(paths: Iterable[str | Path], published: date | None = None) -> Iterator[Article | InputError]:
    """Every article in the inputs; an input that cannot be read yields its error instead."""
    for path in expand_paths(paths):
        for item in _read_one(path):
            if isinstance(item, Article) and published is not None:
                item = item.model_copy(update={"published": published})
            yield item


def _read_one(path: str | Path) -> Iterator[Article | InputError]:
    if isinstance(path, str) and _ADDRESS.match(path):
        yield UnsupportedInputError(
            "a web address: presslens reads files, folders and standard input and downloads nothing; save the page "
            "(curl -o page.html URL) and analyse the file, or give `presslens batch` an fsspec address (s3://…)",
            source=path,
        )
        return
    if path == STDIN:
        data, source, suffix = sys.stdin.buffer.read(), "<stdin>", None
    else:
        source = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield InputError(f"cannot read the file ({exc.strerror or exc})", source=source)
            return
        suffix = Path(path).suffix.lower()
    try:
        text = decode_bytes(data, source)
        yield from parse_text(text, source, suffix)
    except InputError as exc:
        yield exc


def parse_text(text: str, source: str, suffix: str | None = None) -> Iterator[Article | InputError]:
    """Parse decoded text by suffix, or by its look when the suffix is unknown (stdin)."""
    if suffix is None:
        suffix = _sniff_suffix(text)
    if suffix in (".html", ".htm"):
        yield parse_html(text, source)
    elif suffix == ".json":
        yield from parse_json_document(text, source)
    elif suffix == ".jsonl":
        yield from parse_json_lines(text, source)
    elif suffix == ".txt":
        yield build_article(text, source=source, headline_first_line=True)
    else:
        raise UnsupportedInputError(
            f"unsupported file type '{suffix}': use one of {', '.join(SUPPORTED_SUFFIXES)}", source=source
        )


def _sniff_suffix(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return ".html"
    if head.startswith("{") and "\n{" in text.strip():
        return ".jsonl"
    if head.startswith(("{", "[")):
        return ".json"
    return ".txt"
