"""Service routes: `/health` (is the store answering) and `/stats` (what the graph holds).

In: the app's store; out: `HealthPublic` and `StatsPublic` (quads, articles, events, actors by
kind, events by PLOVER type; events counted once however many articles report them).
"""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep, run_query
from api.eventq import PREFIXES, type_and_mode
from api.problems import problem_responses
from api.schemas import HealthPublic, StatsPublic
from kg import __version__

router = APIRouter(tags=["service"])

_COUNTS = PREFIXES + """SELECT (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)
WHERE { { ?article a geo:Article } UNION { ?event a geo:Event } }"""
_KINDS = PREFIXES + "SELECT ?kind (COUNT(DISTINCT ?actor) AS ?n) WHERE { ?actor geo:kind ?kind } GROUP BY ?kind"
_TYPES = PREFIXES + """SELECT ?type (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event a geo:Event ; geo:eventType ?type }
GROUP BY ?type"""


@router.get("/health", response_model=HealthPublic, responses=problem_responses(503), summary="Health")
def health(store: StoreDep, settings: SettingsDep) -> HealthPublic:
    """`ok` when the store answers a query."""
    run_query(store, settings, "ASK { ?s ?p ?o }")
    return HealthPublic(status="ok", store=store.name, version=__version__)


@router.get("/stats", response_model=StatsPublic, responses=problem_responses(503), summary="Statistics")
def stats(store: StoreDep, settings: SettingsDep) -> StatsPublic:
    """Size of the graph: quads, articles, events, actors by kind, events by type."""
    counts = run_query(store, settings, _COUNTS).rows
    articles, events = (int(v.toPython()) for v in counts[0]) if counts else (0, 0)
    kinds = {str(k): int(n.toPython()) for k, n in run_query(store, settings, _KINDS).rows}
    types = {type_and_mode(t)[0]: int(n.toPython()) for t, n in run_query(store, settings, _TYPES).rows}
    return StatsPublic(quads=len(store), articles=articles, events=events, actors=kinds,
                       event_types=dict(sorted(types.items())))
