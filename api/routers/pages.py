"""HTML pages and their JSON twins, plus /static (every script and style served from here, no CDN).

Routes: `/`, `/viz/network` (+ `.json`), `/viz/timeline/{a}/{b}` (+ `.json`), `/viz/actor/{id}`
(+ `.json`), `/static/{path}`. Each page and its twin come from one data function in viz/. The store
is the one the app opened (`app.state.store`). KGErrors propagate to the app's problem handler.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from kg.errors import BadInput
from kg.ontology import EVENT_TYPES
from viz.assets import asset_path, media_type
from viz.network import network_data, network_html
from viz.pages import actor_data, home_data, render_page
from viz.timeline import timeline_data, timeline_page_html

router = APIRouter(tags=["pages"])
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

Interval = Annotated[str, Query(pattern="^(day|week|month)$", description="Bucket size: day, week or month.")]
Window = Annotated[int, Query(ge=1, le=24, description="Rolling mean over this many intervals.")]


def _store(request: Request):
    from api.deps import get_store  # says plainly when the app runs without its store
    return get_store(request)


def _network_filters(start: str | None, end: str | None, types: list[str] | None, actor: str | None,
                     depth: int, min_weight: int, include: str | None) -> dict:
    flags = {f.strip() for f in (include or "").split(",") if f.strip()}
    unknown = flags - {"hypothetical", "negated"}
    if unknown:
        raise BadInput(f"Unknown include flag(s) {', '.join(sorted(unknown))}; expected hypothetical, negated.")
    split = [t.strip().upper() for value in (types or []) for t in value.split(",") if t.strip()]
    bad_types = [t for t in split if t not in EVENT_TYPES]
    if bad_types:
        raise BadInput(f"Unknown event type(s) {', '.join(bad_types)}; expected PLOVER types: {', '.join(EVENT_TYPES)}.")
    for name, value in (("start", start), ("end", end)):
        if value and not _DATE.fullmatch(value):
            raise BadInput(f"Bad {name} date {value!r}; expected YYYY-MM-DD, YYYY-MM or YYYY.")
    return {"start": start or None, "end": end or None, "types": split or None, "actor": actor or None,
            "depth": depth, "min_weight": min_weight,
            "include_hypothetical": "hypothetical" in flags, "include_negated": "negated" in flags}


@router.get("/", response_class=HTMLResponse, summary="Home: search actors, recent events, graph contents")
async def home(request: Request, q: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
    data = await run_in_threadpool(home_data, _store(request), q)
    return HTMLResponse(render_page("home.html", title="Home", json_href="/viz/home.json", **data))


@router.get("/viz/home.json", summary="JSON twin of the home page")
async def home_json(request: Request, q: Annotated[str | None, Query(max_length=100)] = None) -> JSONResponse:
    return JSONResponse(await run_in_threadpool(home_data, _store(request), q))


@router.get("/viz/network", response_class=HTMLResponse, summary="Interactive network (pyvis / vis-network)")
async def network_page(request: Request, start: str | None = None, end: str | None = None,
                       types: Annotated[list[str] | None, Query()] = None, actor: str | None = None,
                       depth: Annotated[int, Query(ge=1, le=3)] = 1,
                       min_weight: Annotated[int, Query(ge=1)] = 1, include: str | None = None) -> HTMLResponse:
    filters = _network_filters(start, end, types, actor, depth, min_weight, include)
    data = await run_in_threadpool(network_data, _store(request), **filters)
    return HTMLResponse(network_html(data))


@router.get("/viz/network.json", summary="JSON twin of the network page: nodes, edges, options, filters")
async def network_json(request: Request, start: str | None = None, end: str | None = None,
                       types: Annotated[list[str] | None, Query()] = None, actor: str | None = None,
                       depth: Annotated[int, Query(ge=1, le=3)] = 1,
                       min_weight: Annotated[int, Query(ge=1)] = 1, include: str | None = None) -> JSONResponse:
    filters = _network_filters(start, end, types, actor, depth, min_weight, include)
    return JSONResponse(await run_in_threadpool(network_data, _store(request), **filters))


@router.get("/viz/timeline/{a}/{b}.json", summary="JSON twin of the timeline page")
async def timeline_json(request: Request, a: str, b: str, interval: Interval = "month",
                        window: Window = 3) -> JSONResponse:
    return JSONResponse(await run_in_threadpool(timeline_data, _store(request), a, b, interval, window))


@router.get("/viz/timeline/{a}/{b}", response_class=HTMLResponse, summary="Bilateral timeline page")
async def timeline_page(request: Request, a: str, b: str, interval: Interval = "month",
                        window: Window = 3) -> HTMLResponse:
    return HTMLResponse(await run_in_threadpool(timeline_page_html, _store(request), a, b, interval, window))


@router.get("/viz/actor/{actor_id:path}.json", summary="JSON twin of the actor page")
async def actor_json(request: Request, actor_id: str) -> JSONResponse:
    return JSONResponse(await run_in_threadpool(actor_data, _store(request), actor_id))


@router.get("/viz/actor/{actor_id:path}", response_class=HTMLResponse, summary="One actor: roles, partners, events")
async def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    data = await run_in_threadpool(actor_data, _store(request), actor_id)
    return HTMLResponse(render_page("actor.html", a=data, title=data["id"], json_href=f"/viz/actor/{data['id']}.json"))


@router.get("/static/{name:path}", include_in_schema=False)
async def static(name: str) -> FileResponse:
    path = asset_path(name)
    return FileResponse(path, media_type=media_type(path), headers={"Cache-Control": "public, max-age=3600"})
