"""Relations between two actors: `/relations/{a}/{b}` (counts by type and direction, first, last
and latest events).

In: two actor codes (`USA`, `COL`, `NATO`); out: `RelationPublic`, counting only events that
happened (neither negated nor hypothetical), each event once however many articles report it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from api.deps import SettingsDep, StoreDep, run_query
from api.eventq import PREFIXES, EventFilter, event_page, events_by_iri, type_and_mode
from api.ids import resolve_actor
from api.problems import problem_responses
from api.schemas import RelationPublic, TypeCount
from kg.errors import BadInput

router = APIRouter(tags=["relations"])

_PAIR = ("?event geo:source|geo:target ?a . ?event geo:source|geo:target ?b .\n"
         "  FILTER NOT EXISTS { ?event geo:negated true } FILTER NOT EXISTS { ?event geo:hypothetical true }")
_COUNTS = PREFIXES + f"""SELECT ?source ?type (COUNT(DISTINCT ?event) AS ?n) WHERE {{
  {_PAIR}
  ?event geo:source ?source ; geo:eventType ?type .
}} GROUP BY ?source ?type ORDER BY ?type ?source"""
_FIRST = PREFIXES + f"""SELECT ?event ?d WHERE {{
  {_PAIR}
  ?event geo:date ?date . BIND(STR(?date) AS ?d)
}} ORDER BY {{order}}"""

ActorPath = Annotated[str, Path(max_length=120, description="USA, COL, NATO or a person slug.",
                                examples=["USA"])]


def resolve_pair(request: Request, store, a: str, b: str):
    cache = request.app.state.actor_cache
    a_iri, b_iri = resolve_actor(store, a, cache), resolve_actor(store, b, cache)
    if a_iri == b_iri:
        raise BadInput(f"A relation needs two different actors; got {a!r} and {b!r}.")
    return a_iri, b_iri


@router.get("/relations/{a}/{b}", response_model=RelationPublic,
            responses=problem_responses(400, 404, 422, 503), summary="What two actors did to each other")
def read_relation(request: Request, store: StoreDep, settings: SettingsDep, a: ActorPath, b: ActorPath,
                  latest: Annotated[int, Query(ge=0, le=100, description="How many latest events.")] = 10,
                  ) -> RelationPublic:
    """Counts by type and direction, the first and last dated events, and the latest events."""
    a_iri, b_iri = resolve_pair(request, store, a, b)
    counts = []
    for source, type_iri, n in run_query(store, settings, _COUNTS, {"a": a_iri, "b": b_iri}).rows:
        counts.append(TypeCount(type=type_and_mode(type_iri)[0],
                                direction="a_to_b" if source == a_iri else "b_to_a", count=int(n.toPython())))
    ends = []
    for order in ("?d ?event", "DESC(?d) DESC(?event)"):
        rows = run_query(store, settings, _FIRST.replace("{order}", order), {"a": a_iri, "b": b_iri},
                         max_rows=1).rows
        ends += [rows[0][0]] if rows else []
    ends = events_by_iri(store, settings, ends) if ends else []
    items = []
    if latest:
        items, _ = event_page(store, settings, EventFilter(pair=(a_iri, b_iri)), None, latest)
    return RelationPublic(a=a, b=b, total=sum(c.count for c in counts), counts=counts,
                          first=ends[0] if ends else None, last=ends[-1] if ends else None, latest=items)
