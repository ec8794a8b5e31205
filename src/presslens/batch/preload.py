"""Imported by the fork server of the local engine before it forks any worker: the analyzer loaded once
there, and shared by every worker through copy-on-write pages.

Loading it in each worker instead costs about 2 s of CPU apiece, and two workers faulting in their pages
at the same time took about twice as long each as one alone (most of it in the kernel). The analyzer
loaded here has the technique model; a batch without it builds its own analyzer in each worker from the
same loaded pipeline and gazetteer. The warm-up analysis fills the lazily built tables too;
``gc.freeze`` then keeps the collector of a worker from writing to (and so copying) the pages of
everything loaded here.
"""

from __future__ import annotations

import gc

WARM_UP = (
    "Ministry says talks resume\n"
    'BAGHDAD (Reuters) - The minister said on Tuesday that "the talks will resume next week", '
    "according to a statement, two days after the vote of January 3, 2020.\n"
)


def _load() -> None:
    from presslens.batch.work import analyzer_for
    from presslens.ingest.article import build_article

    analyzer = analyzer_for(techniques_model=True)
    analyzer.analyze(build_article(WARM_UP, source=None, headline_first_line=True))


try:
    _load()
except Exception:  # noqa: BLE001 - a worker that finds nothing loaded loads it itself, and reports what fails
    pass
gc.freeze()
