"""Page rendering: data dicts -> HTML through the Jinja2 templates in viz/templates.

One data function per page (home_data, actor_data here; network_data and timeline_data beside)
feeds both the HTML page and its JSON twin. Assets are linked under /static, or inlined when a page
is written as one offline file (single_file=True).
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.errors import UnknownActor
from kg.timeline_data import resolve_actor
from viz.assets import TEMPLATES_DIR, asset_text
from viz.evidence import actor_facts, actor_partners, graph_counts, list_events, search_actors


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=select_autoescape(["html"]))
    env.globals["asset_text"] = asset_text
    from viz.network import dumps
    env.filters["tojs"] = dumps
    return env


def render_page(template: str, **context) -> str:
    """Render one template; every page gets `single_file` and `json_href`."""
    context.setdefault("single_file", False)
    context.setdefault("json_href", None)
    return _env().get_template(template).render(**context)


def home_data(store, q: str | None = None, limit: int = 15) -> dict:
    """Home page: actor search results, recent events, what is in the graph."""
    return {"q": q or "", "results": search_actors(store, q) if q else [],
            "recent": list_events(store, limit=limit), "counts": graph_counts(store)}


def actor_data(store, actor_id: str, limit: int = 25) -> dict:
    """One actor: facts (names, kind, roles, sameAs), partners by type, recent events."""
    iri = resolve_actor(store, actor_id)
    facts = actor_facts(store, iri)
    if not facts:
        raise UnknownActor(f"Unknown actor {actor_id!r}; expected an id like 'country/USA'.")
    from kg.timeline_data import actor_id_of
    return {"id": actor_id_of(str(iri)), "facts": facts, "partners": actor_partners(store, iri),
            "recent": list_events(store, actor=iri, limit=limit)}
