"""Canned queries: the `.rq` files of api/queries, listed at `/queries`, run at `/queries/{name}`.

In: a query name and its declared parameters as query-string values; out: `QueryInfoPublic` or
rows (`QueryRowsPublic`, or a SPARQL results format by `format=`). A file declares its parameters
in header comments, `# param: NAME KIND [DEFAULT] -- description`, with KIND one of actor, type,
date, int, string; values are checked for their kind and bound, never pasted into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from api.deps import SettingsDep, StoreDep, run_query
from api.ids import resolve_actor
from api.problems import problem_responses
from api.schemas import QueryInfoPublic, QueryParamPublic, QueryRowsPublic
from api.sparql import MEDIA_TYPES, negotiate, serialize
from kg.errors import BadInput, NotFound
from kg.ontology import EVENT_TYPES, PLOVER

router = APIRouter(tags=["sparql"])

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
KINDS = ("actor", "type", "date", "int", "string")
_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s+(\w+)(?:\s+(?!--)(\S+))?\s*(?:--\s*(.*))?$")
_META = re.compile(r"^#\s*(title|description):\s*(.*)$")


@dataclass
class CannedQuery:
    name: str
    sparql: str
    title: str = ""
    description: str = ""
    params: list[QueryParamPublic] = field(default_factory=list)

    def info(self) -> QueryInfoPublic:
        return QueryInfoPublic(name=self.name, title=self.title or self.name, description=self.description,
                               params=self.params, sparql=self.sparql)


def parse_canned(name: str, text: str) -> CannedQuery:
    """A canned query from the text of its .rq file (header comments declare its parameters)."""
    query = CannedQuery(name=name, sparql=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if meta := _META.match(line):
            setattr(query, meta.group(1), meta.group(2).strip())
        elif param := _PARAM.match(line):
            pname, kind, default, doc = param.groups()
            if kind not in KINDS:
                raise BadInput(f"{name}.rq: parameter {pname} has kind {kind!r}; use one of {', '.join(KINDS)}.")
            query.params.append(QueryParamPublic(name=pname, kind=kind, required=default is None,
                                                 default=default, description=(doc or "").strip()))
    return query


@lru_cache(maxsize=1)
def load_canned(folder: Path = QUERIES_DIR) -> dict[str, CannedQuery]:
    """Every .rq file of the folder, by name (file name without .rq)."""
    return {p.stem: parse_canned(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def bind_value(request: Request, store, param: QueryParamPublic, raw: str) -> Node:
    """A typed value for one parameter, or BadInput/UnknownActor saying what is expected."""
    if param.kind == "actor":
        return resolve_actor(store, raw, request.app.state.actor_cache)
    if param.kind == "type":
        if raw.upper() not in EVENT_TYPES:
            raise BadInput(f"Parameter {param.name}={raw[:50]!r} is not a PLOVER type; expected one of "
                           f"{', '.join(EVENT_TYPES)}.")
        return PLOVER[raw.upper()]
    if param.kind == "date":
        try:
            return Literal(date.fromisoformat(raw).isoformat())
        except ValueError:
            raise BadInput(f"Parameter {param.name}={raw[:50]!r} is not a date; expected YYYY-MM-DD.") from None
    if param.kind == "int":
        if not re.fullmatch(r"-?\d{1,12}", raw):
            raise BadInput(f"Parameter {param.name}={raw[:50]!r} is not an integer.")
        return Literal(int(raw), datatype=XSD.integer)
    return Literal(raw)


@router.get("/queries", response_model=list[QueryInfoPublic], summary="List canned queries")
def list_queries() -> list[QueryInfoPublic]:
    """The canned queries, with their parameters and SPARQL text."""
    return [q.info() for q in load_canned().values()]


@router.get("/queries/{name}", response_model=QueryRowsPublic,
            responses={200: {"content": {m: {} for m in MEDIA_TYPES.values()}},
                       **problem_responses(400, 404, 406, 422, 503)},
            summary="Run a canned query")
def run_canned(request: Request, store: StoreDep, settings: SettingsDep, name: str,
               limit: int = Query(100, ge=1, le=10_000, description="Most rows returned."),
               format: str | None = Query(None, pattern="^(json|xml|csv|tsv)$",
                                          description="A SPARQL results format instead of plain JSON rows.")):
    """Run a canned query; its parameters (see /queries) go in the query string."""
    query = load_canned().get(name)
    if query is None:
        raise NotFound(f"No canned query {name[:100]!r}; /queries lists them: {', '.join(load_canned())}.")
    bindings = {}
    for param in query.params:
        raw = request.query_params.get(param.name, param.default)
        if raw is None:
            raise BadInput(f"Canned query {name} needs parameter {param.name!r} ({param.kind}: "
                           f"{param.description or 'see /queries'}).")
        bindings[param.name] = bind_value(request, store, param, raw)
    result = run_query(store, settings, query.sparql, bindings, max_rows=limit)
    if format:
        fmt, media = negotiate("SELECT", None, format)
        headers = {"X-GeoKG-Truncated": "true"} if result.truncated else {}
        return Response(serialize(result, fmt), media_type=media, headers=headers)
    rows = [{v: (None if t is None else t.toPython() if isinstance(t, Literal) and
                 isinstance(t.toPython(), (int, float, bool, str)) else str(t))
             for v, t in zip(result.vars, row)} for row in result.rows]
    return QueryRowsPublic(query=name, vars=result.vars, rows=rows, truncated=result.truncated)
