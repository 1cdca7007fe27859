"""Actors: `/actors?q=&kind=` (search, cursor-paginated) and `/actors/{id}` (names, roles, counts).

In: a search text and kind, or an actor id (`USA`, `NATO`, `country/COL`, `person/gustavo-petro`);
out: `ActorsPublic` / `ActorPublic`, read from the store with bound values; a person's offices with
their dates come from the gazetteer, plus the roles articles stated (with the date attested).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from rdflib import Literal

from api.deps import SettingsDep, StoreDep, run_query
from api.eventq import PREFIXES
from api.ids import actor_id_of, decode_cursor, encode_cursor, resolve_actor
from api.problems import problem_responses
from api.schemas import ActorCounts, ActorPublic, ActorsPublic, ActorSummary, RolePublic
from kg.errors import KGError
from kg.model import ACTOR_KINDS
from kg.triples import participant_iri

router = APIRouter(tags=["actors"])

KindParam = Annotated[str | None, Query(pattern="^(" + "|".join(ACTOR_KINDS) + ")$",
                                        description="country, person, org or group.")]

_ABOUT = PREFIXES + """SELECT ?p ?o WHERE {
  ?actor ?p ?o . FILTER(?p IN (rdfs:label, geo:kind, geo:code, owl:sameAs, geo:country, geo:role))
}"""
_ROLES = PREFIXES + """SELECT DISTINCT ?role ?country ?start ?end ?attested WHERE {
  ?holding a geo:RoleHolding ; geo:person ?actor ; geo:role ?role .
  OPTIONAL { ?holding geo:country ?country } OPTIONAL { ?holding geo:start ?start }
  OPTIONAL { ?holding geo:end ?end } OPTIONAL { ?holding geo:attested ?attested }
} ORDER BY ?start ?attested"""
_COUNTS = PREFIXES + """SELECT
  (COUNT(DISTINCT ?out) AS ?as_source) (COUNT(DISTINCT ?in) AS ?as_target) (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  { ?out geo:source ?actor } UNION { ?out geo:sourceActor ?actor } UNION
  { ?in geo:target ?actor } UNION { ?in geo:targetActor ?actor } UNION { ?article geo:mentions ?actor }
}"""


def _search_query(q: str | None, kind: str | None, cursor: list | None) -> tuple[str, dict]:
    parts, bindings = ["?actor geo:kind ?kind ; geo:code ?code .", "OPTIONAL { ?actor rdfs:label ?name }"], {}
    if kind:
        parts.append("FILTER(STR(?kind) = ?f_kind)")
        bindings["f_kind"] = Literal(kind)
    if q:
        parts.append("FILTER(CONTAINS(LCASE(STR(?name)), ?f_q) || CONTAINS(LCASE(STR(?code)), ?f_q))")
        bindings["f_q"] = Literal(q.lower())
    if cursor is not None:
        parts.append("FILTER(STR(?actor) > ?c_actor)")
        bindings["c_actor"] = Literal(cursor[0])
    where = "\n  ".join(parts)
    return (PREFIXES + "SELECT ?actor (SAMPLE(?kind) AS ?k) (SAMPLE(?code) AS ?c) (MIN(?name) AS ?n)\n"
            f"WHERE {{\n  {where}\n}} GROUP BY ?actor ORDER BY ?actor"), bindings


@router.get("/actors", response_model=ActorsPublic, responses=problem_responses(400, 422, 503),
            summary="Search actors")
def list_actors(store: StoreDep, settings: SettingsDep,
                q: Annotated[str | None, Query(max_length=200, examples=["colomb"],
                                               description="Part of a name or code.")] = None,
                kind: KindParam = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 100,
                cursor: Annotated[str | None, Query(max_length=1000)] = None) -> ActorsPublic:
    """Actors whose name or code contains `q`, of one kind if given, by id."""
    sparql, bindings = _search_query(q, kind, decode_cursor(cursor, 1))
    rows = run_query(store, settings, sparql, bindings, max_rows=limit + 1).rows
    items = [ActorSummary(id=actor_id_of(a), kind=_s(k), code=_s(c), name=_s(n)) for a, k, c, n in rows[:limit]]
    next_cursor = encode_cursor([str(rows[limit - 1][0])]) if len(rows) > limit else None
    return ActorsPublic(items=items, next=next_cursor)


@router.get("/actors/{actor_id:path}", response_model=ActorPublic,
            responses=problem_responses(404, 422, 503), summary="One actor")
def read_actor(request: Request, store: StoreDep, settings: SettingsDep,
               actor_id: Annotated[str, Path(description="USA, NATO, country/COL, person/gustavo-petro.",
                                             examples=["USA"])]) -> ActorPublic:
    """Names, kind, Wikidata link, roles with dates and event/article counts of an actor."""
    iri = resolve_actor(store, actor_id, request.app.state.actor_cache)
    about: dict[str, list] = {}
    for p, o in run_query(store, settings, _ABOUT, {"actor": iri}).rows:
        about.setdefault(str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], []).append(o)
    names = sorted({str(n) for n in about.get("label", [])})
    roles = [RolePublic(role=str(r), country=actor_id_of(c) if c is not None else None,
                        start=_s(s), end=_s(e), attested=_s(a))
             for r, c, s, e, a in run_query(store, settings, _ROLES, {"actor": iri}).rows]
    roles = _gazetteer_roles(actor_id_of(iri)) + roles
    for role in sorted({str(r) for r in about.get("role", [])} - {r.role for r in roles}):
        roles.append(RolePublic(role=role))
    counts = run_query(store, settings, _COUNTS, {"actor": iri}).rows
    src, tgt, art = (int(v.toPython()) if v is not None else 0 for v in counts[0]) if counts else (0, 0, 0)
    first = lambda key: _s(sorted(about.get(key, []))[0]) if about.get(key) else None  # noqa: E731
    country = first("country")
    return ActorPublic(id=actor_id_of(iri), iri=str(iri), kind=first("kind"), code=first("code"),
                       name=names[0] if names else None, names=names, wikidata=first("sameAs"),
                       country=actor_id_of(country) if country else None, roles=roles,
                       counts=ActorCounts(events_as_source=src, events_as_target=tgt, articles=art))


def _gazetteer_roles(actor_id: str) -> list[RolePublic]:
    """Offices the gazetteer records for a person, with their dates (none for other kinds)."""
    if not actor_id.startswith("person/"):
        return []
    from kg.gazetteer import load_default

    try:
        held = load_default().roles_on(actor_id, None)
    except KGError:  # a person found in text only
        return []
    return [RolePublic(role=r.role, country=actor_id_of(participant_iri(r.country)), start=r.start.isoformat(),
                       end=r.end.isoformat() if r.end else None) for r in sorted(held, key=lambda r: r.start)]


def _s(term) -> str | None:
    return None if term is None else str(term)
