"""presslens: who said what, when, about whom, and with which rhetoric, in news articles.

    >>> import presslens
    >>> analysis = presslens.analyze("BEIRUT (Wire) – The minister said on Monday ...")
    >>> [e.canonical for e in analysis.entities]
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING  # noqa: E402

from presslens.errors import InputError, ModelError, PresslensError  # noqa: E402
from presslens.ingest.article import build_article  # noqa: E402
from presslens.ingest.sources import read_articles  # noqa: E402
from presslens.model import (  # noqa: E402
    Analysis,
    Article,
    Entity,
    Finding,
    Mention,
    Publication,
    Quote,
    Speaker,
    Span,
    Technique,
    Timex,
    analysis_json_schema,
)
from presslens.settings import SCHEMA_VERSION  # noqa: E402

if TYPE_CHECKING:
    from datetime import date

    from presslens.pipeline.analyzer import Analyzer


def __getattr__(name: str) -> object:
    """``Analyzer`` is imported on first use: it loads spaCy, which commands that only query a corpus never need."""
    if name == "Analyzer":
        from presslens.pipeline.analyzer import Analyzer

        return Analyzer
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")


def analyze(article: Article | str, *, published: date | None = None, model: str | None = None) -> Analysis:
    """Analyse one article; a string is read like a ``.txt`` file (first line the headline, if there are several)."""
    if isinstance(article, str):
        article = build_article(article, source=None, headline_first_line=True)
    if published is not None:
        article = article.model_copy(update={"published": published})
    from presslens.pipeline.analyzer import Analyzer

    return Analyzer(model).analyze(article)


__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Analyzer",
    "Article",
    "Entity",
    "Finding",
    "InputError",
    "Mention",
    "ModelError",
    "PresslensError",
    "Publication",
    "Quote",
    "Speaker",
    "Span",
    "Technique",
    "Timex",
    "__version__",
    "analysis_json_schema",
    "analyze",
    "build_article",
    "read_articles",
]
