"""The FastAPI application: JSON API under ``/api``, pages under ``/``, static files.

``create_app(store_or_url, token=...)``: read-only unless a token is configured, in which case
``POST /api/ingest`` ingests articles for requests bearing ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import event
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from sukien.api.schemas import Error
from sukien.store import Store, open_store

TOKEN_ENV = "SUKIEN_API_TOKEN"
STATIC = Path(__file__).resolve().parent.parent / "ui" / "static"

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "Malformed request"},
    404: {"model": Error, "description": "Not found"},
    422: {"model": Error, "description": "Invalid parameter"},
}


def _sqlite_read_only(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _pg_read_only(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET default_transaction_read_only = on")
    cur.close()
    dbapi_conn.commit()


def open_read_only(url: str) -> Store:
    """A store whose connections refuse writes (SQLite ``query_only``, PostgreSQL read-only)."""
    store = open_store(url)  # migrates first if needed
    store.engine.dispose()
    hook = _sqlite_read_only if store.dialect == "sqlite" else _pg_read_only
    event.listen(store.engine, "connect", hook)
    return store


def missing_sqlite_file(url: str) -> str | None:
    """The path of a SQLite database URL whose file does not exist, else None."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        path = url[len("sqlite:///") :].split("?", 1)[0]
        if not os.path.exists(path):
            return path
    return None


def create_app(
    store: Store | str,
    *,
    token: str | None = None,
    read_only: bool | None = None,
) -> FastAPI:
    """The app over ``store`` (a ``Store`` or a database URL).

    ``token`` (or the ``SUKIEN_API_TOKEN`` environment variable) enables the write endpoint.
    A URL is opened read-only when no token is configured.
    """
    token = (token if token is not None else os.environ.get(TOKEN_ENV)) or None
    if isinstance(store, str):
        ro = read_only if read_only is not None else token is None
        store = open_read_only(store) if ro else open_store(store)

    app = FastAPI(
        title="sukien API",
        summary="Who does what with whom, when and where, read from Vietnamese news.",
        version="1",
        responses=ERRORS,
        docs_url=None,  # Swagger UI and ReDoc load their code from a CDN: /api-docs instead
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token

    _errors(app)

    from sukien.api.routes import router as api_router
    from sukien.ui.pages import router as pages_router

    app.include_router(api_router, prefix="/api")
    app.include_router(pages_router)

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        from sukien.ui.charts import plotly_js_path

        return FileResponse(plotly_js_path(), media_type="text/javascript")

    @app.get("/api-docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs() -> str:
        from sukien.ui.links import ServerLinks
        from sukien.ui.render import render

        return render("apidocs.html", ServerLinks(), paths=app.openapi()["paths"])

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def get_session(request: Request) -> Iterator[Session]:
    """A session for one request; nothing is committed (reads only)."""
    store: Store = request.app.state.store
    with store.Session() as s:
        try:
            yield s
        finally:
            s.rollback()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "text/html" not in request.headers.get(
        "accept", ""
    )


def _error_response(request: Request, status: int, message: str, detail: Any = None):  # noqa: ANN202
    if _wants_json(request):
        body = Error(status=status, error=message, detail=detail).model_dump()
        return JSONResponse(body, status_code=status)
    from sukien.ui.links import ServerLinks
    from sukien.ui.render import render

    html = render("error.html", ServerLinks(), status=status, message=message)
    return HTMLResponse(html, status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such path: {request.url.path}"
        resp = _error_response(request, exc.status_code, msg)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):  # noqa: ANN202
        problems = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            problems.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
        detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        status = 400 if any(e.get("type") == "json_invalid" for e in exc.errors()) else 422
        return _error_response(request, status, "invalid request: " + "; ".join(problems), detail)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):  # noqa: ANN202
        return _error_response(request, 500, f"internal error: {type(exc).__name__}")
