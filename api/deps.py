"""Dependencies of the routes: the request's app state in, the store, settings and guards out.

`StoreDep` and `SettingsDep` give a route what `create_app` put on `app.state`; `require_token`
guards the write routes; `read_body` reads a request body no larger than `max_body_bytes`;
`run_query` is the one way REST routes call the store (bounded in time and rows).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, Request
from rdflib.term import Node

from kg.config import Settings
from kg.errors import StoreError, TooLarge, Unauthorized, UpdateRefused
from kg.store.base import QueryResult, Store

class WritesDisabled(UpdateRefused):
    title = "Writes disabled"


WRITES_DISABLED = ("Writes are disabled: this server has no token configured. Start it with "
                   "GEOKG_TOKEN=<secret> and send 'Authorization: Bearer <secret>' to POST articles.")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("The store is not open: the app was started without its lifespan "
                         "(use `with TestClient(app)` or run it under uvicorn).")
    return store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]


def require_token(request: Request) -> None:
    """Refuse a write unless a token is configured and the request carries it as a Bearer token."""
    settings: Settings = request.app.state.settings
    if not settings.token:
        raise WritesDisabled(WRITES_DISABLED)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("This route needs 'Authorization: Bearer <token>' with the server's "
                           "GEOKG_TOKEN.")
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise Unauthorized("The bearer token does not match the server's GEOKG_TOKEN.")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"The body is {int(declared):,} bytes, over the limit of {limit:,} "
                       f"(GEOKG_MAX_BODY_BYTES); send fewer articles per request.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"The body passed the limit of {limit:,} bytes (GEOKG_MAX_BODY_BYTES); "
                           f"send fewer articles per request.")
        chunks.append(chunk)
    return b"".join(chunks)


def run_query(store: Store, settings: Settings, sparql: str,
              bindings: Mapping[str, Node] | None = None, max_rows: int | None = None) -> QueryResult:
    """A prepared query of the API with bound values, under the configured time bound."""
    return store.query(sparql, bindings=bindings, timeout=settings.query_timeout,
                       max_rows=max_rows or settings.query_max_rows)
