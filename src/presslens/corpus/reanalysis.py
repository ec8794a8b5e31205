"""Bring a store up to date: analyse stored articles again with the current pipeline, in place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from presslens.corpus.ingest import relink
from presslens.corpus.results import ReanalysisReport
from presslens.corpus.store import Store
from presslens.errors import StoreError
from presslens.model import Article

if TYPE_CHECKING:
    from presslens.pipeline.analyzer import Analyzer

#: Called after each article with (article id, outcome): 'reanalysed' or 'failed'.
Progress = Callable[[str, str], None]


def reanalyze(store: Store, analyzer: Analyzer, *, everything: bool = False, progress: Progress | None = None) -> ReanalysisReport:
    """Analyse again, from their stored text and metadata, the articles an older schema or another generator
    analysed (every article with ``everything``), then relink the corpus.

    Each article's new rows replace its old ones in one transaction, so a run killed at any point leaves
    every article with one whole analysis, and a rerun goes on with those still outdated. An article whose
    new analysis fails keeps its old one and is reported.
    """
    report = ReanalysisReport()

    def outdated() -> Iterator[Article]:
        after = ""
        while ids := store.outdated(analyzer.generator, after=after, everything=everything):
            for article_id in ids:
                try:
                    article = store.article(article_id)
                except StoreError as exc:  # its old analysis stays; the others go on
                    report.failed.append(f"article {article_id[:12]}: {exc}")
                    if progress:
                        progress(article_id, "failed")
                    continue
                if article is not None:
                    yield article
            after = ids[-1]

    for article, outcome in analyzer.analyze_each(outdated()):
        if isinstance(outcome, Exception):
            report.failed.append(f"article {article.id[:12]}: {outcome}")  # the error names the source
            if progress:
                progress(article.id, "failed")
            continue
        store.replace(outcome)
        report.reanalysed += 1
        if progress:
            progress(article.id, "reanalysed")
    report.corpus_entities, report.stories = relink(store, everything=True)
    return report
