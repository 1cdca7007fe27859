"""Neighbourhoods: `/graph/neighbors/{id}?depth=&from=&to=` -> the ego network of an actor.

In: an actor id, a depth (1..3) and an optional period; out: `NeighborsPublic`: actors within
`depth` hops over events that happened, and the edges between them aggregated per directed pair and
type (count of distinct events). Found hop by hop (the frontier as a VALUES block of IRIs the store
returned); capped at MAX_NODES actors.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from rdflib import Literal, URIRef

from api.deps import SettingsDep, StoreDep, run_query
from api.eventq import PREFIXES, type_and_mode, values_block
from api.ids import actor_id_of, resolve_actor
from api.problems import problem_responses
from api.routers.events import check_period
from api.schemas import EdgePublic, NeighborsPublic, NodePublic
from kg.config import Settings
from kg.store.base import Store

router = APIRouter(tags=["graph"])

MAX_NODES = 500


def _hop(store: Store, settings: Settings, frontier: list[URIRef], start: str | None,
         end: str | None) -> list[tuple]:
    parts = [values_block("x", frontier),
             "{ ?event geo:source ?x } UNION { ?event geo:target ?x }",
             "?event a geo:Event ; geo:source ?s ; geo:target ?t ; geo:eventType ?type .",
             "FILTER NOT EXISTS { ?event geo:negated true } FILTER NOT EXISTS { ?event geo:hypothetical true }"]
    bindings: dict = {}
    if start or end:
        parts.append('?event geo:date ?date . BIND(STR(?date) AS ?d)')
    if start:
        parts.append("FILTER(?d >= SUBSTR(?f_start, 1, STRLEN(?d)))")
        bindings["f_start"] = Literal(start)
    if end:
        parts.append("FILTER(?d <= SUBSTR(?f_end, 1, STRLEN(?d)))")
        bindings["f_end"] = Literal(end)
    where = "\n  ".join(parts)
    sparql = PREFIXES + f"SELECT ?s ?t ?type (COUNT(DISTINCT ?event) AS ?n) WHERE {{\n  {where}\n}} GROUP BY ?s ?t ?type"
    return run_query(store, settings, sparql, bindings or None).rows


def _describe(store: Store, settings: Settings, nodes: list[URIRef]) -> dict[str, tuple]:
    sparql = PREFIXES + (f"SELECT ?x (SAMPLE(?k) AS ?kind) (MIN(?l) AS ?name) WHERE {{ {values_block('x', nodes)}\n"
                         "  OPTIONAL { ?x geo:kind ?k } OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x")
    rows = run_query(store, settings, sparql).rows
    return {str(x): (k, n) for x, k, n in rows}


@router.get("/graph/neighbors/{actor_id:path}", response_model=NeighborsPublic,
            responses=problem_responses(400, 404, 422, 503), summary="Ego network of an actor")
def neighbors(request: Request, store: StoreDep, settings: SettingsDep,
              actor_id: Annotated[str, Path(description="USA, NATO, country/COL ...", examples=["USA"])],
              depth: Annotated[int, Query(ge=1, le=3, description="Hops from the actor.")] = 1,
              from_: Annotated[date | None, Query(alias="from")] = None,
              to: Annotated[date | None, Query()] = None) -> NeighborsPublic:
    """Actors within `depth` hops and the typed, counted edges among them."""
    center = resolve_actor(store, actor_id, request.app.state.actor_cache)
    start, end = check_period(from_, to)
    distance = {center: 0}
    edges: dict[tuple, int] = {}
    frontier, truncated = [center], False
    for hop in range(1, depth + 1):
        found = []
        for i in range(0, len(frontier), 100):
            for s, t, type_iri, n in _hop(store, settings, frontier[i:i + 100], start, end):
                edges[(s, t, type_and_mode(type_iri)[0])] = int(n.toPython())
                found += [x for x in (s, t) if x not in distance]
        frontier = []
        for node in dict.fromkeys(found):
            if len(distance) >= MAX_NODES:
                truncated = True
                break
            distance[node] = hop
            frontier.append(node)
        if not frontier:
            break
    nodes = list(distance)
    info: dict[str, tuple] = {}
    for i in range(0, len(nodes), 100):
        info.update(_describe(store, settings, nodes[i:i + 100]))
    return NeighborsPublic(
        center=actor_id_of(center), depth=depth, truncated=truncated,
        nodes=[NodePublic(id=actor_id_of(x), kind=_s(info.get(str(x), (None, None))[0]),
                          name=_s(info.get(str(x), (None, None))[1]), distance=d) for x, d in distance.items()],
        edges=[EdgePublic(source=actor_id_of(s), target=actor_id_of(t), type=ty, count=n)
               for (s, t, ty), n in sorted(edges.items()) if s in distance and t in distance])


def _s(term) -> str | None:
    return None if term is None else str(term)
