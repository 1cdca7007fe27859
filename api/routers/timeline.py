"""Bilateral timeline: `/timeline/{a}/{b}?interval=day|week|month` -> the series of kg.timeline.

In: two actor codes, an interval, an optional period; out: `Timeline.to_dict()` as JSON (intervals
with counts and scores, turning points, scored events, and the hypothetical/negated ones apart).
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from api.deps import StoreDep
from api.problems import problem_responses
from api.routers.events import check_period
from api.routers.relations import ActorPath, resolve_pair
from api.ids import actor_id_of

router = APIRouter(tags=["relations"])


class IntervalName(str, Enum):
    day = "day"
    week = "week"
    month = "month"


@router.get("/timeline/{a}/{b}", response_model=dict[str, Any],
            responses=problem_responses(400, 404, 422, 503), summary="Timeline of two actors")
def read_timeline(request: Request, store: StoreDep, a: ActorPath, b: ActorPath,
                  interval: IntervalName = IntervalName.month,
                  window: Annotated[int, Query(ge=1, le=52, description="Rolling-mean window.")] = 3,
                  from_: Annotated[date | None, Query(alias="from")] = None,
                  to: Annotated[date | None, Query()] = None) -> dict[str, Any]:
    """Events per interval both ways, scored by PLOVER weights, with turning points."""
    from kg.timeline import build_timeline

    a_iri, b_iri = resolve_pair(request, store, a, b)
    start, end = check_period(from_, to)
    timeline = build_timeline(store, actor_id_of(a_iri), actor_id_of(b_iri), interval=interval.value,
                              window=window, start=start, end=end)
    return timeline.to_dict()
