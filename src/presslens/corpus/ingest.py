"""Analyse inputs into the store: idempotent by content hash, resumable, every failure kept with its reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from presslens.corpus.linking import link_entities, link_new_entities
from presslens.corpus.results import IngestReport
from presslens.corpus.store import Store
from presslens.corpus.stories import group_stories
from presslens.errors import InputError
from presslens.ingest.sources import read_articles
from presslens.model import Article

if TYPE_CHECKING:
    from presslens.pipeline.analyzer import Analyzer

#: Called after each input with (source, outcome): outcome is 'added', 'stored' (there already) or 'failed'.
Progress = Callable[[str, str], None]


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    analyzer: Analyzer,
    *,
    published: date | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Analyse and store every article of the inputs that the store does not hold yet, then relink the corpus.

    Each article is committed on its own, so a crash loses at most the one being written,
    and a rerun skips what was stored (by content hash) without analysing it again. An article whose
    analysis raises or runs past ``ARTICLE_SECONDS`` is recorded as failed, and the others go on.
    """
    report = IngestReport()

    def note(source: str, outcome: str) -> None:
        if progress:
            progress(source, outcome)

    def fail(error: InputError) -> None:
        store.record_error(error)
        report.failed.append(str(error))
        note(error.source or "?", "failed")

    def new_articles() -> Iterator[Article]:
        for item in read_articles(paths, published=published):
            if isinstance(item, InputError):
                fail(item)
            elif store.known([item.id]):
                report.already_stored += 1
                note(item.source or "?", "stored")
            else:
                yield item

    for article, outcome in analyzer.analyze_each(new_articles()):
        if isinstance(outcome, InputError):
            fail(outcome)
            continue
        if store.add(outcome, source=article.source):
            report.added += 1
            note(article.source or "?", "added")
        else:
            report.already_stored += 1
            note(article.source or "?", "stored")
    report.corpus_entities, report.stories = relink(store)
    return report


def relink(store: Store, *, everything: bool = False) -> tuple[int, int]:
    """Join the articles added since the last relink into corpus entities and story groups (``everything``:
    recompute them all, as after a reanalysis replaced articles' entities); returns their counts."""
    with store.connect() as conn:
        return link_entities(conn) if everything else link_new_entities(conn), group_stories(conn, everything=everything)

