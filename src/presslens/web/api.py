"""The JSON API: the same pydantic models as the CLI's JSON and the Python API; a name or id the corpus lacks is a 404
(the app's NotFoundError handler)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from presslens.corpus import list_stories, queries, story_view
from presslens.corpus.export import quote_csv_lines
from presslens.corpus.results import (
    ArticleFilters,
    ArticlePage,
    Conflicts,
    EntityProfile,
    GroupStats,
    QuoteFilters,
    QuoteRecord,
    SearchHit,
    SourcesReport,
    StoryGroup,
    StoryView,
)
from presslens.errors import InputError
from presslens.model import Analysis
from presslens.settings import WEB_MAX_TEXT_CHARS
from presslens.web.service import AnalysisTimeout, Service

router = APIRouter(prefix="/api")


class AnalyzeRequest(BaseModel):
    text: str = Field(max_length=WEB_MAX_TEXT_CHARS, description="The article; the first line is the headline when more lines follow.")
    headline: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: date | None = None
    store: bool = Field(default=False, description="Also keep the analysis in the corpus.")


def _service(request: Request) -> Service:
    return request.app.state.service


@router.post("/analyze", response_model=Analysis, summary="Analyse one article")
async def analyze(request: Request, body: AnalyzeRequest) -> Analysis:
    service = _service(request)
    try:
        article = service.read(body.text, "api", ".txt", body.published, headline=body.headline, url=body.url, outlet=body.outlet)
        return await service.analyze(article, store=body.store)
    except InputError as exc:
        raise HTTPException(400, exc.message) from None
    except AnalysisTimeout as exc:
        raise HTTPException(503, str(exc)) from None


@router.get("/articles", response_model=ArticlePage, summary="Articles under filters, with facets")
def articles(
    request: Request,
    filters: Annotated[ArticleFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ArticlePage:
    with _service(request).store.read() as conn:
        return queries.browse(conn, filters, limit, offset)


@router.get("/articles/{article_id}", response_model=Analysis, summary="The stored analysis of an article")
def article(request: Request, article_id: str) -> Analysis:
    analysis = _service(request).store.analysis(article_id) if article_id.isalnum() else None
    if analysis is None:
        raise HTTPException(404, "no such article")
    return analysis


@router.get("/search", response_model=list[SearchHit], summary="Full-text search")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[SearchHit]:
    with _service(request).store.read() as conn:
        return queries.search(conn, q, limit)


@router.get("/quotes", response_model=list[QuoteRecord], summary="Who said what, when, about whom: quotes under filters")
def quotes(
    request: Request,
    response: Response,
    filters: Annotated[QuoteFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[QuoteRecord]:
    """The quotes in the order they were said (or published); the X-Total-Count header counts them all."""
    with _service(request).store.read() as conn:
        found = queries.find_quotes(conn, filters, limit, offset)
    response.headers["X-Total-Count"] = str(found.total)
    return found.quotes


@router.get(
    "/quotes.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "A header row, then one row per quote."}},
    summary="The same quotes as CSV, one row per quote",
)
def quotes_csv(request: Request, filters: Annotated[QuoteFilters, Query()], limit: Annotated[int | None, Query(ge=1)] = None) -> Response:
    """Streamed from the store a chunk at a time: every quote under the filters (or the first `limit`)."""
    store = _service(request).store
    with store.read() as conn:
        total = queries.count_quotes(conn, filters)  # a name the corpus lacks is a 404 before anything is sent

    def lines() -> Iterator[str]:
        with store.read() as conn:
            yield from quote_csv_lines(queries.iter_quotes(conn, filters, limit))

    headers = {"content-disposition": 'attachment; filename="presslens-quotes.csv"', "x-total-count": str(total)}
    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/sources", response_model=SourcesReport, summary="Who the quotes under filters quote, most quoted first")
def sources(request: Request, filters: Annotated[QuoteFilters, Query()], limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> SourcesReport:
    with _service(request).store.read() as conn:
        return queries.sources(conn, filters, limit)


@router.get("/entities/{entity_id}", response_model=EntityProfile, summary="A corpus entity")
def entity(request: Request, entity_id: str) -> EntityProfile:
    with _service(request).store.read() as conn:
        return queries.entity_profile(conn, entity_id)


@router.get("/stories", response_model=list[StoryGroup], summary="Story groups")
def stories(request: Request) -> list[StoryGroup]:
    with _service(request).store.read() as conn:
        return list_stories(conn)


@router.get("/stories/{story_id}", response_model=StoryView, summary="A story's variant view")
def story(request: Request, story_id: str) -> StoryView:
    with _service(request).store.read() as conn:
        return story_view(conn, story_id)


@router.get("/stats", response_model=list[GroupStats], summary="Techniques, attribution and quotes per outlet or month")
def stats(request: Request, by: Literal["outlet", "month"] = "outlet") -> list[GroupStats]:
    with _service(request).store.read() as conn:
        return queries.stats(conn, by)


@router.get("/conflicts", response_model=Conflicts, summary="Events dated differently, and the same words given to different speakers, across articles")
def conflicts(request: Request) -> Conflicts:
    return _service(request).conflicts()
