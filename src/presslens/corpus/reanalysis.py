"""Bring a store up to date: analyse stored articles again with the current pipeline, in place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from presslens.corpus.ingest import relink
from presslens.corpus.results import ReanalysisReport
from presslens.corpus.store import Store
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
                stored = store.analysis(article_id)
                if stored is not None:
                    yield stored.article
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
    report.corpus_entities, report.stories = relink(store)
    return report
