"""Events: `/events` (filtered, cursor-paginated) and `/events/{id}` (with every evidence sentence).

In: validated query parameters; out: `EventsPublic` / `EventDetail`. Actor filters accept `USA`,
`NATO`, `country/COL`, `person/gustavo-petro`; unknown actors are a 404 problem.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Query, Request

from api.deps import SettingsDep, StoreDep, run_query
from api.eventpage import event_page
from api.eventq import ALL_MODES, PREFIXES, EventFilter, events_by_iri
from api.ids import decode_cursor, event_iri_of, resolve_actor
from api.problems import problem_responses
from api.schemas import ArticleRef, EventDetail, EventsPublic, EvidencePublic
from kg.errors import BadInput, NotFound
from kg.ontology import EVENT_TYPES

router = APIRouter(tags=["events"])

EventType = Enum("EventType", {name: name for name in EVENT_TYPES}, type=str)
EventMode = Enum("EventMode", {name.replace("-", "_"): name for name in ALL_MODES}, type=str)


class Include(str, Enum):
    hypothetical = "hypothetical"
    negated = "negated"


ActorParam = Annotated[str | None, Query(max_length=120, examples=["USA"],
                                         description="USA, NATO, country/COL or person/gustavo-petro.")]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Cursor = Annotated[str | None, Query(max_length=1000, description="The `next` of the previous page.")]

_EVIDENCE = PREFIXES + """SELECT ?evidence ?sentence ?start ?end ?article ?articleId ?title ?url ?published
WHERE {
  ?event geo:evidence ?evidence . ?evidence geo:sentence ?sentence .
  OPTIONAL { ?evidence geo:start ?start } OPTIONAL { ?evidence geo:end ?end }
  OPTIONAL { ?evidence geo:article ?article .
             OPTIONAL { ?article geo:articleId ?articleId } OPTIONAL { ?article dcterms:title ?title }
             OPTIONAL { ?article geo:url ?url } OPTIONAL { ?article geo:published ?published } }
} ORDER BY ?article ?start"""


def parse_include(values: list[Include] | None) -> set[str]:
    """`include=hypothetical,negated` or repeated `include=` -> the set of names."""
    return {v.value for v in values or []}


def check_period(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    if start and end and start > end:
        raise BadInput(f"from={start} is after to={end}; give a period that starts before it ends.")
    return (start.isoformat() if start else None, end.isoformat() if end else None)


@router.get("/events", response_model=EventsPublic, responses=problem_responses(400, 404, 422, 503),
            summary="Events, filtered and paginated")
def list_events(request: Request, store: StoreDep, settings: SettingsDep,
                actor: ActorParam = None, source: ActorParam = None, target: ActorParam = None,
                type: Annotated[list[EventType] | None, Query(description="PLOVER type(s).")] = None,
                mode: Annotated[EventMode | None, Query(description="PLOVER mode, e.g. phone.")] = None,
                from_: Annotated[date | None, Query(alias="from", description="First day (YYYY-MM-DD).")] = None,
                to: Annotated[date | None, Query(description="Last day (YYYY-MM-DD).")] = None,
                include: Annotated[list[Include] | None, Query(
                    description="Also list hypothetical and/or negated events.")] = None,
                limit: Limit = 50, cursor: Cursor = None) -> EventsPublic:
    """Events newest first; hypothetical and negated events only when `include` asks for them."""
    cache = request.app.state.actor_cache
    start, end = check_period(from_, to)
    flags = parse_include(include)
    f = EventFilter(
        actor=resolve_actor(store, actor, cache) if actor else None,
        source=resolve_actor(store, source, cache) if source else None,
        target=resolve_actor(store, target, cache) if target else None,
        types=[t.value for t in type or []], mode=mode.value if mode else None, start=start, end=end,
        include_negated="negated" in flags, include_hypothetical="hypothetical" in flags)
    items, next_cursor = event_page(store, settings, f, decode_cursor(cursor, 2), limit,
                                    getattr(request.app.state, "date_cache", None))
    return EventsPublic(items=items, next=next_cursor)


@router.get("/events/{event_id}", response_model=EventDetail, responses=problem_responses(404, 422, 503),
            summary="One event with its evidence")
def read_event(store: StoreDep, settings: SettingsDep, event_id: str) -> EventDetail:
    """An event with every sentence that reports it and the article of each."""
    iri = event_iri_of(event_id)
    found = events_by_iri(store, settings, [iri])
    if not found:
        raise NotFound(f"No event {event_id[:100]!r} in the graph; /events lists the events there are.")
    evidence = []
    for row in run_query(store, settings, _EVIDENCE, {"event": iri}).dicts():
        article = None
        if row.get("article") is not None:
            article = ArticleRef(id=str(row.get("articleId") or row["article"]), iri=str(row["article"]),
                                 title=_str(row.get("title")), url=_str(row.get("url")),
                                 published=_str(row.get("published")))
        evidence.append(EvidencePublic(sentence=str(row["sentence"]), start=_int(row.get("start")),
                                       end=_int(row.get("end")), article=article))
    return EventDetail(**found[0].model_dump(), iri=str(iri), evidence=evidence)


def _str(term) -> str | None:
    return None if term is None else str(term)


def _int(term) -> int | None:
    try:
        return None if term is None else int(term.toPython())
    except (TypeError, ValueError):
        return None
