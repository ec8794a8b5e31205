"""What the web app does besides rendering: one shared analyzer, analyses under a time limit, the store."""

from __future__ import annotations

import asyncio
import threading
from datetime import date
from functools import cached_property
from typing import Any

from starlette.concurrency import run_in_threadpool

from presslens.corpus import Store, find_conflicts, relink
from presslens.corpus.results import Conflicts
from presslens.errors import InputError
from presslens.ingest.sources import parse_text
from presslens.model import Analysis, Article
from presslens.pipeline.analyzer import Analyzer
from presslens.settings import WEB_ANALYSIS_SECONDS, WEB_MAX_TEXT_CHARS


class AnalysisTimeout(Exception):
    """The analysis ran past the web app's time limit."""


class Service:
    """The store and an analyzer loaded on first use, shared by every request."""

    def __init__(self, store: Store, analysis_seconds: float = WEB_ANALYSIS_SECONDS, techniques_model: bool = True) -> None:
        self.store = store
        self.analysis_seconds = analysis_seconds
        self.techniques_model = techniques_model
        self._lock = threading.Lock()
        self._relink_lock = threading.Lock()
        self._relinking = False
        self._relink_again = False
        self._conflicts: tuple[tuple[Any, ...], Conflicts] | None = None

    def conflicts(self) -> Conflicts:
        """The corpus' conflicts, found again only when the store has changed: finding them reads every article."""
        version = self.store.version()
        cached = self._conflicts
        if cached is None or cached[0] != version:
            with self.store.read() as conn:
                cached = self._conflicts = (version, find_conflicts(conn))
        return cached[1]

    @cached_property
    def analyzer(self) -> Analyzer:
        return Analyzer(techniques_model=self.techniques_model)

    def read(self, text: str, source: str, suffix: str | None, published: date | None = None, **fields: str | None) -> Article:
        """One article from submitted text; an InputError says what is wrong with it."""
        if len(text) > WEB_MAX_TEXT_CHARS:
            raise InputError(f"the text has {len(text):,} characters; the limit is {WEB_MAX_TEXT_CHARS:,}", source=source)
        if not text.strip():
            raise InputError("the text is empty", source=source)
        items = list(parse_text(text, source, suffix))
        articles = [item for item in items if isinstance(item, Article)]
        if not articles:
            raise items[0] if items else InputError("no article in the input", source=source)
        article = articles[0]
        updates = {name: value for name, value in fields.items() if value}
        if published:
            updates["published"] = published
        return article.model_copy(update=updates) if updates else article

    async def analyze(self, article: Article, store: bool = True) -> Analysis:
        """Analyse in a worker thread within the time limit; stored (and the corpus relinked) when asked."""
        try:
            return await asyncio.wait_for(run_in_threadpool(self._analyze, article, store), self.analysis_seconds)
        except TimeoutError:
            raise AnalysisTimeout(f"the analysis took longer than {self.analysis_seconds:g} s and was abandoned") from None

    def _analyze(self, article: Article, store: bool) -> Analysis:
        with self._lock:  # one analysis at a time: the pipeline is shared
            analysis = self.analyzer.analyze(article)
            added = store and self.store.add(analysis, source=article.source)
        if added:
            self._relink_soon()
        return analysis

    def _relink_soon(self) -> None:
        """Join the new article into corpus entities and stories in the background: the answer does not
        wait, and articles added meanwhile are taken in by one more pass."""
        with self._relink_lock:
            if self._relinking:
                self._relink_again = True
                return
            self._relinking = True
        threading.Thread(target=self._relink_until_current, name="presslens-relink", daemon=True).start()

    def _relink_until_current(self) -> None:
        while True:
            relink(self.store)
            with self._relink_lock:
                if not self._relink_again:
                    self._relinking = False
                    return
                self._relink_again = False
