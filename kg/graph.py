"""NetworkX projection: the store in, a networkx.MultiDiGraph of actors and aggregated events out.

Never a second truth: rebuilt from the store on demand. Nodes are actors keyed by their id
("country/USA", "org/NATO") with label, kind, code and wikidata; edges are events aggregated per
directed (source, target, type), keyed by type, with weight (distinct events), score (sum of PLOVER
scores), first and last dates and the event ids. Hypothetical and negated events are left out
unless asked for. networkx is imported inside the functions.

>>> from kg.store import open_store_by_name
>>> nxgraph = project(open_store_by_name("memory"))
>>> nxgraph.number_of_nodes(), nxgraph.number_of_edges()
(0, 0)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kg.ontology import EVENT_TYPES, ID, PLOVER, event_score
from kg.store import SPARQL_PREFIXES, Store
from kg.store.base import Triple  # noqa: F401  (for readers of the signatures)

EVENTS_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?e ?source ?target ?type ?mode ?date ?negated ?hypothetical WHERE {
  ?e a geo:Event ; geo:source ?source ; geo:target ?target ; geo:eventType ?type ;
     geo:negated ?negated ; geo:hypothetical ?hypothetical .
  OPTIONAL { ?e geo:mode ?mode }
  OPTIONAL { ?e geo:date ?date }
}"""

ACTORS_QUERY = SPARQL_PREFIXES + """
SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) (SAMPLE(?c) AS ?code) (SAMPLE(?w) AS ?wikidata) WHERE {
  ?a geo:kind ?k .
  OPTIONAL { ?a rdfs:label ?l }
  OPTIONAL { ?a geo:code ?c }
  OPTIONAL { ?a owl:sameAs ?w }
} GROUP BY ?a"""


def actor_id(iri) -> str:
    """The actor id of an actor IRI: "country/USA"."""
    return str(iri).removeprefix(str(ID))


def date_key(value: str | date | None) -> str | None:
    """A date of any precision as a comparable YYYY-MM-DD string (month and year: their first day).

    >>> date_key("2026"), date_key("2026-03"), date_key(date(2026, 3, 9))
    ('2026-01-01', '2026-03-01', '2026-03-09')
    """
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    return {4: text + "-01-01", 7: text + "-01"}.get(len(text), text[:10])


def _node_attrs(iri, row: dict | None) -> dict:
    local = actor_id(iri)
    kind, _, code = local.partition("/")
    attrs = {"label": code, "kind": kind, "code": code, "wikidata": None, "iri": str(iri)}
    if row:
        attrs.update({k: str(row[k]) for k in ("label", "kind", "code") if row.get(k) is not None})
        if row.get("wikidata") is not None:
            attrs["wikidata"] = str(row["wikidata"]).rsplit("/", 1)[-1]
    return attrs


def _keep(row: dict, start: str | None, end: str | None, types: set[str] | None,
          include_hypothetical: bool, include_negated: bool) -> bool:
    if types is not None and row["type"] not in types:
        return False
    if row["negated"] and not include_negated or row["hypothetical"] and not include_hypothetical:
        return False
    if start is None and end is None:
        return True
    key = date_key(row["date"])
    return key is not None and (start is None or key >= start) and (end is None or key <= end)


def _event_rows(store: Store) -> Iterable[dict]:
    for row in store.query(EVENTS_QUERY).dicts():
        type_ = str(row["type"]).removeprefix(str(PLOVER))
        yield {"event": str(row["e"]).rsplit("/", 1)[-1], "source": row["source"], "target": row["target"],
               "type": type_, "mode": str(row["mode"]).rsplit("/", 1)[-1] if row["mode"] is not None else None,
               "date": str(row["date"]) if row["date"] is not None else None,
               "negated": bool(row["negated"] is not None and row["negated"].toPython()),
               "hypothetical": bool(row["hypothetical"] is not None and row["hypothetical"].toPython())}


def project(store: Store, start: str | date | None = None, end: str | date | None = None,
            types: Iterable[str] | None = None, include_hypothetical: bool = False, include_negated: bool = False,
            actor: str | None = None, depth: int | None = None, min_weight: int = 1):
    """The store as a networkx.MultiDiGraph, filtered by period, types, flags, actor neighbourhood, weight.

    actor is an actor id ("country/USA") or ISO3 ("USA"); depth (default 1 with an actor) is the
    number of hops around it. Unknown types raise BadInput.
    """
    import networkx as nx

    from kg.errors import BadInput, UnknownActor

    wanted = None if types is None else {t.upper() for t in types}
    if wanted is not None and (unknown := wanted - set(EVENT_TYPES)):
        raise BadInput(f"unknown event type(s) {', '.join(sorted(unknown))}; expected PLOVER types like "
                       f"{', '.join(list(EVENT_TYPES)[:4])}, ...")
    start_key, end_key = date_key(start), date_key(end)
    edges: dict[tuple, dict] = {}
    for row in _event_rows(store):
        if not _keep(row, start_key, end_key, wanted, include_hypothetical, include_negated):
            continue
        key = (row["source"], row["target"], row["type"])
        edge = edges.setdefault(key, {"events": set(), "score": 0.0, "first": None, "last": None})
        if row["event"] in edge["events"]:
            continue
        edge["events"].add(row["event"])
        edge["score"] += event_score(row["type"], row["mode"])
        if row["date"]:
            edge["first"] = min(filter(None, (edge["first"], row["date"])), key=date_key)
            edge["last"] = max(filter(None, (edge["last"], row["date"])), key=date_key)
    actors = {row["a"]: row for row in store.query(ACTORS_QUERY).dicts()}
    nxgraph = nx.MultiDiGraph()
    for (source, target, type_), edge in sorted(edges.items(), key=lambda item: tuple(map(str, item[0]))):
        if len(edge["events"]) < min_weight:
            continue
        for iri in (source, target):
            if actor_id(iri) not in nxgraph:
                nxgraph.add_node(actor_id(iri), **_node_attrs(iri, actors.get(iri)))
        nxgraph.add_edge(actor_id(source), actor_id(target), key=type_, type=type_, weight=len(edge["events"]),
                         score=round(edge["score"], 3), quad=EVENT_TYPES[type_].quad, first=edge["first"],
                         last=edge["last"], events=sorted(edge["events"]))
    if actor is None:
        return nxgraph
    node = actor if "/" in actor else f"country/{actor.upper()}"
    if node not in nxgraph:
        known = any(str(a).removeprefix(str(ID)) == node for a in actors)
        if not known:
            raise UnknownActor(f"unknown actor {actor!r}; expected an id like 'country/USA', an ISO3 like 'USA', "
                               "or 'org/NATO'")
        return nx.MultiDiGraph()
    return ego(nxgraph, node, 1 if depth is None else depth)


def ego(nxgraph, node: str, depth: int = 1):
    """The subgraph within `depth` hops of `node`, following edges either way."""
    import networkx as nx

    return nx.MultiDiGraph(nx.ego_graph(nxgraph, node, radius=depth, undirected=True))


def centrality(nxgraph) -> dict[str, dict[str, float]]:
    """Per node: degree (typed edges in and out), weighted degree (events) and PageRank (by events)."""
    import networkx as nx

    if nxgraph.number_of_nodes() == 0:
        return {}
    collapsed = nx.DiGraph()
    collapsed.add_nodes_from(nxgraph)
    for source, target, weight in nxgraph.edges(data="weight", default=1):
        previous = collapsed.get_edge_data(source, target, {"weight": 0})["weight"]
        collapsed.add_edge(source, target, weight=previous + weight)
    pagerank = nx.pagerank(collapsed, weight="weight")
    return {node: {"degree": float(nxgraph.degree(node)),
                   "weighted_degree": float(nxgraph.degree(node, weight="weight")),
                   "pagerank": pagerank[node]} for node in nxgraph}
