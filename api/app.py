"""The FastAPI service: settings (and optionally a ready store) in, an ASGI app out.

`create_app` opens the store once (in the lifespan, unless a store is handed in), keeps it on
`app.state.store` with the settings and a write lock, and adds the routers, CORS and the problem
handlers. The OpenAPI pages `/docs` (Swagger UI) and `/redoc` load their scripts, styles and icon
from the app itself (`DOCS_ASSETS`, files shipped by the fastapi-offline package), never from a CDN.
Served by `geokg serve` (uvicorn); tests build their own app.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi_offline import FastAPIOffline

from api.eventpage import DateCache
from api.problems import install_problem_handlers, use_problem_media_type
from api.routers import actors, articles, events, graph, meta, pages, queries, relations, sparql, timeline
from kg import __version__
from kg.config import Settings
from kg.store.base import Store

DESCRIPTION = """
A knowledge graph of geopolitical relations built from news: countries, leaders, organisations and
armed groups, and the PLOVER-typed, dated, sourced events between them.

* **SPARQL 1.1 Protocol** at `/sparql` (read-only, bounded in time and rows).
* **Canned queries** at `/queries`.
* **REST**: actors, events, relations between two actors, timelines, neighbourhoods, articles.

Actor ids in paths and filters: `USA` (ISO 3166-1 alpha-3), `NATO`, `country/COL`,
`person/gustavo-petro`. Lists are paginated with an opaque `cursor` (pass `next` back).
Errors are RFC 9457 problem details (`application/problem+json`).
"""

TAGS = [
    {"name": "sparql", "description": "SPARQL 1.1 Protocol endpoint and canned queries."},
    {"name": "actors", "description": "Countries, people, organisations and armed groups."},
    {"name": "events", "description": "PLOVER-typed events with their evidence."},
    {"name": "relations", "description": "What two actors did to each other, and over time."},
    {"name": "graph", "description": "Neighbourhoods in the actor network."},
    {"name": "articles", "description": "The news articles behind the graph; ingest over HTTP."},
    {"name": "service", "description": "Health and size of the service."},
]

DOCS_ASSETS = "/static-docs"  # where the Swagger UI and ReDoc files are served
# No call to the online validator (Swagger UI's default): the docs must work without internet.
SWAGGER_UI_PARAMETERS = {"validatorUrl": None}
# The docs pages may load nothing from another host (ReDoc's bundle would fetch its maker's logo).
# Inline script and style: the pages' start-up script and ReDoc's styles; blob: ReDoc's search worker.
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")


class DocsPolicy:
    """ASGI middleware: a Content-Security-Policy on the docs pages, so they stay on this server."""

    def __init__(self, app: Any, paths: set[str]) -> None:
        self.app, self.paths = app, paths

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)

        async def send_with_policy(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      (b"content-security-policy", DOCS_POLICY.encode())]
            await send(message)

        await self.app(scope, receive, send_with_policy)


def _open_store(settings: Settings) -> Store:
    from kg.store import open_store

    return open_store(settings)


def create_app(settings: Settings | None = None, store: Store | None = None, nlp: Any = None) -> FastAPI:
    """The API over `store`, or over the store that `settings` names (opened at startup).

    nlp: the extraction pipeline POST /articles ingests with; None loads `settings.spacy_model` on
    the first POST, False ingests with the gazetteer fallback (articles and actors, no events).
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = None
        if getattr(app.state, "store", None) is None:
            opened = app.state.store = _open_store(settings)
        try:
            yield
        finally:
            if opened is not None:
                opened.close()
                app.state.store = None

    app = FastAPIOffline(title="geokg", version=__version__, description=DESCRIPTION,
                         openapi_tags=TAGS, lifespan=lifespan, static_url=DOCS_ASSETS,
                         swagger_ui_parameters=SWAGGER_UI_PARAMETERS)
    app.state.settings = settings
    app.state.store = store
    app.state.write_lock = threading.Lock()
    app.state.nlp = nlp
    app.state.actor_cache = {}
    # Dates of events are cached only while nothing but this app can write to the store.
    app.state.date_cache = DateCache(trusted=store is None and settings.store != "sparql")
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "OPTIONS"],
                           allow_headers=["Authorization", "Content-Type", "Accept"],
                           expose_headers=["X-GeoKG-Truncated", "Link"])
    app.add_middleware(DocsPolicy, paths={"/docs", "/redoc"})
    install_problem_handlers(app)
    for module in (meta, sparql, queries, actors, events, relations, timeline, graph, articles, pages):
        app.include_router(module.router)

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes, tags=app.openapi_tags)
            app.openapi_schema = use_problem_media_type(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
