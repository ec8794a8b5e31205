"""The presslens web app: server-rendered pages and a JSON API over a corpus store (FastAPI + Jinja2)."""

from __future__ import annotations

import logging
from importlib import resources

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from presslens import __version__
from presslens.corpus import Store
from presslens.errors import NotFoundError
from presslens.settings import WEB_ANALYSIS_SECONDS, WEB_MAX_BODY_BYTES
from presslens.web import api, pages
from presslens.web.security import BodyLimit, SecurityHeaders
from presslens.web.service import Service

log = logging.getLogger("presslens.web")


def templates() -> Jinja2Templates:
    """The web templates, with the report's article view beside them; autoescaped, strict."""
    loader = jinja2.ChoiceLoader(
        [jinja2.PackageLoader("presslens.web", "templates"), jinja2.PackageLoader("presslens.report", "templates")]
    )
    environment = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    return Jinja2Templates(env=environment)


def create_app(
    store: Store,
    *,
    analysis_seconds: float = WEB_ANALYSIS_SECONDS,
    max_body_bytes: int = WEB_MAX_BODY_BYTES,
    techniques_model: bool = True,
) -> FastAPI:
    """The app over an open store. OpenAPI at /openapi.json; the interactive docs pages are off (they load from a CDN)."""
    app = FastAPI(
        title="presslens",
        version=__version__,
        description="Who said what, when, about whom, and with which rhetoric: analyses of news articles and a corpus of them.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = Service(store, analysis_seconds, techniques_model)
    app.state.templates = templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("presslens.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return _error(request, 500, "Something went wrong on our side; the error was logged.")

    return app


def _error(request: Request, status: int, message: str) -> Response:
    """An error as JSON under /api, as a page elsewhere; never a stack trace or a file path."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    page = request.app.state.templates.get_template("error.html").render(request=request, status=status, message=message)
    return HTMLResponse(page, status_code=status)
