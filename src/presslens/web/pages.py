"""The HTML pages: analyse, article view, corpus, quotes, entity, story, conflicts, stats, API."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from presslens.corpus import list_stories, queries, story_view, tables
from presslens.corpus.results import ArticleFilters, QuoteFilters
from presslens.errors import InputError, NotFoundError
from presslens.ingest.decode import decode_bytes
from presslens.model import Analysis
from presslens.report.html import asset, report_context
from presslens.report.segments import cut
from presslens.settings import MAX_INPUT_BYTES, WEB_MAX_TEXT_CHARS
from presslens.web.charts import bar_chart, column_chart
from presslens.web.service import AnalysisTimeout, Service

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def _service(request: Request) -> Service:
    return request.app.state.service


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    page = request.app.state.templates.get_template(name).render(request=request, **context)
    return HTMLResponse(page, status_code=status)


@router.get("/", response_class=HTMLResponse)
def corpus(
    request: Request,
    filters: Annotated[ArticleFilters, Query()],
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    with _service(request).store.read() as conn:
        result = queries.browse(conn, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        stories = list_stories(conn)
    active = {k: v for k, v in filters.model_dump().items() if v}
    return _render(request, "corpus.html", result=result, filters=filters, active=active, page=page, page_size=PAGE_SIZE, stories=stories)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _render(request, "analyze.html", error=None, max_chars=WEB_MAX_TEXT_CHARS, max_bytes=MAX_INPUT_BYTES)


@router.post("/analyze")
async def analyze_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    service = _service(request)
    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        return _form_error(request, f"'{published}' is not a date in the form YYYY-MM-DD")
    try:
        if file is not None and file.filename:
            data = await file.read(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                return _form_error(request, f"the file is larger than {MAX_INPUT_BYTES // 1024 // 1024} MB", 413)
            name = file.filename.rsplit("/", 1)[-1]
            suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else None
            if suffix not in (".txt", ".html", ".htm"):
                return _form_error(request, "upload a .txt or .html file", 415)
            article = service.read(decode_bytes(data, name), name, suffix, when)
        else:
            # browsers submit a textarea with CRLF line ends: the same text pasted is the same article
            article = service.read(text.replace("\r\n", "\n"), "pasted text", ".txt", when)
        analysis = await service.analyze(article)
    except InputError as exc:
        return _form_error(request, exc.message)
    except AnalysisTimeout as exc:
        return _form_error(request, str(exc), 503)
    return RedirectResponse(f"/articles/{analysis.article.id}", status_code=303)


def _form_error(request: Request, message: str, status: int = 400) -> HTMLResponse:
    return _render(request, "analyze.html", status, error=message, max_chars=WEB_MAX_TEXT_CHARS, max_bytes=MAX_INPUT_BYTES)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    store = _service(request).store
    analysis = _analysis(store, article_id)
    with store.read() as conn:
        e = tables.entities
        links = {
            r.entity_id: f"/entities/{r.corpus_entity}"
            for r in conn.execute(select(e.c.entity_id, e.c.corpus_entity).where(e.c.article_id == analysis.article.id))
            if r.corpus_entity
        }
        story = conn.scalar(select(tables.stories.c.story_id).where(tables.stories.c.article_id == analysis.article.id))
    return _render(request, "article.html", story=story, **report_context(analysis, links))


def _analysis(store: Any, article_id: str) -> Analysis:
    if not article_id.isalnum() or len(article_id) > 64:
        raise HTTPException(404, "No such article.")
    analysis = store.analysis(article_id)
    if analysis is None:
        raise HTTPException(404, "No such article in the corpus.")
    return analysis


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    with _service(request).store.read() as conn:
        try:
            profile = queries.entity_profile(conn, entity_id)
        except NotFoundError:
            raise HTTPException(404, "No such entity in the corpus.") from None
    months: dict[str, int] = {}
    for point in profile.timeline:
        key = point.when.strftime("%Y-%m")
        months[key] = months.get(key, 0) + 1
    chart = column_chart(sorted(months.items()), "mentions and quotes", title=f"{profile.name} over time")
    return _render(request, "entity.html", profile=profile, chart=chart)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    filters: Annotated[QuoteFilters, Query()],
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    active = {k: v for k, v in filters.model_dump(mode="json").items() if v}
    with _service(request).store.read() as conn:
        try:
            found = queries.find_quotes(conn, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)
            quoted = queries.sources(conn, filters.model_copy(update={"speaker": None}), limit=12)
        except NotFoundError as exc:
            found, quoted, error = None, None, exc.message
        else:
            error = None
        outlets = queries.outlets(conn)
    context = {
        "found": found, "sources": quoted, "error": error, "filters": filters, "active": active, "page": page, "page_size": PAGE_SIZE,
        "outlets": outlets,
    }  # fmt: skip
    return _render(request, "quotes.html", status=404 if error else 200, **context)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    store = _service(request).store
    with store.read() as conn:
        try:
            view = story_view(conn, story_id)
        except NotFoundError:
            raise HTTPException(404, "No such story in the corpus.") from None
    first = _analysis(store, view.first.id)
    columns = []
    for version in view.versions:
        other = _analysis(store, version.article.id)
        removed = [e.first_span for e in version.edits if e.first_span]
        added = [e.span for e in version.edits if e.span]
        columns.append(
            {
                "version": version,
                "first_pieces": cut(first.article.text, {"edit": removed}, _start(first)),
                "pieces": cut(other.article.text, {"edit": added}, _start(other)),
                "notes": {(e.span or e.first_span).start: e for e in version.edits if e.span or e.first_span},
                "headlines": [e for e in version.edits if e.note == "headline"],
            }
        )
    return _render(request, "story.html", view=view, first=first, columns=columns)


def _start(analysis: Analysis) -> int:
    article = analysis.article
    return article.dateline.span.start if article.dateline else article.body_start


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request) -> HTMLResponse:
    return _render(request, "conflicts.html", found=_service(request).conflicts())


@router.get("/stats", response_class=HTMLResponse)
def stats(request: Request) -> HTMLResponse:
    with _service(request).store.read() as conn:
        by_outlet = queries.stats(conn, "outlet")
        by_month = queries.stats(conn, "month")
    charts = {
        "outlet": bar_chart([(g.group, g.techniques_per_1000_words) for g in by_outlet], "techniques per 1,000 words"),
        "unattributed": bar_chart([(g.group, round(100 * g.unattributed_share, 1)) for g in by_outlet], "% of sentences unattributed"),
        "month": column_chart([(g.group, g.techniques_per_1000_words) for g in by_month if g.group != "(undated)"], "techniques per 1,000 words"),
    }
    return _render(request, "stats.html", by_outlet=by_outlet, by_month=by_month, charts=charts)


@router.get("/assets/{name}")
def assets(name: str) -> Response:
    """The article view's stylesheet and script, shared with the standalone report."""
    types = {"report.css": "text/css", "report.js": "text/javascript"}
    if name not in types:
        raise HTTPException(404, "No such file.")
    return Response(asset(name), media_type=types[name], headers={"cache-control": "max-age=3600"})


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    return _render(request, "api.html", schema=request.app.openapi())
