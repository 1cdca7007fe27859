"""SPARQL 1.1 Protocol endpoint: `/sparql` GET and POST in, negotiated results out.

Read-only: updates (as `query=`, `update=` or an application/sparql-update body) are refused with
403, SERVICE unless `allow_service`. Bounded: `query_timeout` seconds (503 past it) and
`query_max_rows` rows (the result is cut and says so in `X-GeoKG-Truncated: true`).
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from api.deps import SettingsDep, StoreDep, read_body
from api.problems import problem_responses
from api.sparql import UnsupportedMediaType, check_query, negotiate, serialize
from kg.config import Settings
from kg.errors import BadQuery, QueryTimeout, UpdateRefused
from kg.store.base import Store

router = APIRouter(tags=["sparql"])

TRUNCATED_HEADER = "X-GeoKG-Truncated"
_EXAMPLE = ("PREFIX geo: <https://w3id.org/geokg/ontology#>\n"
            "SELECT ?event ?type ?date WHERE { ?event a geo:Event ; geo:eventType ?type . "
            "OPTIONAL { ?event geo:date ?date } } LIMIT 10")
_RESULT_CONTENT = {media: {} for media in (
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
    "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json",
    "application/rdf+xml")}
_RESPONSES = {200: {"description": "Query results, in the negotiated format.", "content": _RESULT_CONTENT,
                    "headers": {TRUNCATED_HEADER: {
                        "description": "Present when the rows were cut at GEOKG_QUERY_MAX_ROWS.",
                        "schema": {"type": "string", "enum": ["true"]}}}}}
_RESPONSES.update(problem_responses(400, 403, 406, 413, 415, 422, 503))


def _refuse_dataset(params) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise BadQuery(f"'{name}' is not supported: every query sees the union of the article graphs "
                           f"as its default graph; name graphs in the query with FROM or GRAPH instead.")


def _only(values: list[str] | None, name: str) -> str | None:
    if not values:
        return None
    if len(values) > 1:
        raise BadQuery(f"'{name}' was given {len(values)} times; send exactly one.")
    return values[0]


async def _run(store: Store, settings: Settings, query: str, accept: str | None,
               format_: str | None) -> Response:
    form = check_query(query, settings.allow_service)
    fmt, media = negotiate(form, accept, format_)

    def work():
        return store.query(query, timeout=settings.query_timeout, max_rows=settings.query_max_rows)

    try:  # the store bounds the query itself; this is the backstop if it cannot stop in time
        result = await asyncio.wait_for(run_in_threadpool(work), settings.query_timeout + 5.0)
    except TimeoutError as e:
        raise QueryTimeout(f"The query ran past {settings.query_timeout:g} s and was stopped; "
                           f"narrow it (LIMIT, a date range, fewer joins).") from e
    body = await run_in_threadpool(serialize, result, fmt)
    headers = {"Vary": "Accept"}
    if result.truncated:
        headers[TRUNCATED_HEADER] = "true"
        headers["Warning"] = (f'199 geokg "result cut at {settings.query_max_rows} rows '
                              f'(GEOKG_QUERY_MAX_ROWS); add LIMIT/OFFSET to page through it"')
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Response(body, media_type=media + charset, headers=headers)


@router.get("/sparql", responses=_RESPONSES, summary="SPARQL query (GET)",
            response_class=Response)
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep,
                     query: str | None = Query(None, description="A SPARQL 1.1 query.",
                                               examples=[_EXAMPLE]),
                     format: str | None = Query(None, description="Override Accept: json, xml, "
                                                "csv, tsv, turtle, nt, jsonld, rdfxml.")) -> Response:
    """Run a read-only SPARQL query given as `query=`; results by Accept header."""
    params = request.query_params
    if "update" in params:
        raise UpdateRefused("SPARQL update refused: this endpoint is read-only. "
                            "Add data with POST /articles (bearer token) or `geokg ingest`.")
    _refuse_dataset(params)
    text = _only(params.getlist("query"), "query")
    if text is None:
        raise BadQuery("No query: pass a SPARQL query as ?query=...")
    return await _run(store, settings, text, request.headers.get("accept"), format)


@router.post("/sparql", responses=_RESPONSES, summary="SPARQL query (POST)", response_class=Response,
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/sparql-query": {"schema": {"type": "string"}, "example": _EXAMPLE},
                 "application/x-www-form-urlencoded": {"schema": {
                     "type": "object", "properties": {"query": {"type": "string"}},
                     "required": ["query"]}, "example": {"query": _EXAMPLE}}}}})
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep,
                      format: str | None = Query(None, description="Override Accept.")) -> Response:
    """Run a read-only SPARQL query sent as a form (`query=`) or an application/sparql-query body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, settings.max_body_bytes)
    if content_type == "application/sparql-update":
        raise UpdateRefused("SPARQL update refused: this endpoint is read-only. "
                            "Add data with POST /articles (bearer token) or `geokg ingest`.")
    _refuse_dataset(request.query_params)
    if content_type == "application/sparql-query":
        text = _decode(body)
    elif content_type == "application/x-www-form-urlencoded":
        fields = parse_qs(_decode(body), keep_blank_values=True)
        if "update" in fields:
            raise UpdateRefused("SPARQL update refused: this endpoint is read-only. "
                                "Add data with POST /articles (bearer token) or `geokg ingest`.")
        _refuse_dataset(fields)
        text = _only(fields.get("query"), "query") or _only(request.query_params.getlist("query"), "query")
        if text is None:
            raise BadQuery("No query: the form needs a 'query' field.")
    else:
        raise UnsupportedMediaType(
            f"Content-Type {content_type or '(none)'!r} cannot carry a query; send "
            f"application/sparql-query or application/x-www-form-urlencoded with query=...")
    return await _run(store, settings, text, request.headers.get("accept"), format)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadQuery(f"The body is not UTF-8 (byte {e.start}); send the query in UTF-8.") from e
