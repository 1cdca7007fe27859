"""Network page: store -> NetworkX projection (kg.graph.project) -> pyvis nodes/edges -> data or HTML.

`network_data(store, **filters)` is the one function behind /viz/network and /viz/network.json;
`write_network_html(store, out_path, **filters)` writes the page as one file that opens offline
(vis-network inlined from the pyvis package, no CDN). Multi-edges (one per event type) are
aggregated into one drawn edge per directed pair, coloured by net cooperation (green) or conflict
(red) and as wide as its event count; the heaviest `max_edges` are kept. Layout: a bounded
stabilisation, then physics is frozen in the browser (viz/static/network.js).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from kg.ontology import EVENT_TYPES, event_score
from viz.evidence import evidence_by_event

KIND_COLOURS = {"country": "#4a7bd0", "person": "#e0a030", "org": "#8e5cc4", "group": "#5b5b5b"}
COOP, CONFLICT, NEUTRAL = "#2e8b57", "#c0392b", "#9a9a9a"
MAX_EDGES = 5000


def network_data(store, start: str | None = None, end: str | None = None, types: list[str] | None = None,
                 actor: str | None = None, depth: int = 1, min_weight: int = 1,
                 include_hypothetical: bool = False, include_negated: bool = False,
                 max_edges: int = MAX_EDGES, evidence_per_edge: int = 3) -> dict:
    """Nodes, edges, vis options and the filters used: the JSON twin of the network page."""
    from kg.graph import project
    from pyvis.network import Network

    filters = {"start": start, "end": end, "types": list(types or []), "actor": actor, "depth": depth,
               "min_weight": min_weight, "include_hypothetical": include_hypothetical,
               "include_negated": include_negated}
    nxgraph = project(store, start=start, end=end, types=types or None,
                      include_hypothetical=include_hypothetical, include_negated=include_negated,
                      actor=actor, depth=depth, min_weight=min_weight)
    pairs = _aggregate(nxgraph)
    total_edges = len(pairs)
    pairs.sort(key=lambda p: -p["count"])
    pairs = pairs[:max_edges]
    degree: dict[str, int] = {}
    for p in pairs:
        degree[p["from"]] = degree.get(p["from"], 0) + p["count"]
        degree[p["to"]] = degree.get(p["to"], 0) + p["count"]
    evidence = evidence_by_event(store) if pairs and evidence_per_edge else {}

    net = Network(directed=True)  # directed: pyvis checks duplicates of undirected edges in O(E^2)
    for node in sorted(degree):
        attrs = nxgraph.nodes[node] if node in nxgraph else {}
        kind = attrs.get("kind") or _kind_of(node)
        label = attrs.get("label") or attrs.get("code") or node.rsplit("/", 1)[-1]
        net.add_node(node, label=str(label), shape="dot", color=KIND_COLOURS.get(kind, "#777"),
                     size=round(8 + 6 * math.log2(1 + degree[node]), 1),
                     title=f"{attrs.get('name') or label} ({kind})\n{degree[node]} events", kind=kind)
    for i, p in enumerate(pairs):
        colour = COOP if p["score"] > 0 else CONFLICT if p["score"] < 0 else NEUTRAL
        net.add_edge(p["from"], p["to"], id=i, color=colour, value=p["count"], title=_edge_title(p),
                     types=p["types"], score=p["score"], first=p["first"], last=p["last"],
                     evidence=_edge_evidence(p["events"], evidence, evidence_per_edge))
    nodes, edges, *_ = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": vis_options(len(nodes), len(edges)),
            "filters": filters, "total_edges": total_edges, "shown_edges": len(edges),
            "kinds": KIND_COLOURS, "types": list(EVENT_TYPES)}


def vis_options(n_nodes: int, n_edges: int) -> dict:
    """vis-network options: a light solver and a bounded stabilisation, so 5,000+ edges settle."""
    big = n_edges > 1000
    return {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "scaling": {"min": 1, "max": 10}, "smooth": False if big else {"type": "continuous"},
                  "selectionWidth": 3},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "navigationButtons": False},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110,
                                         "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 300 if big else 600,
                                      "updateInterval": 50},
                    "timestep": 0.5, "minVelocity": 1.0},
    }


def network_html(data: dict, single_file: bool = False) -> str:
    """The network page; with single_file, every asset inlined so the file opens offline."""
    from viz.pages import render_page
    return render_page("network.html", data=data, single_file=single_file,
                       json_href="/viz/network.json", title="Network")


def write_network_html(store, out_path: str | Path, **filters) -> Path:
    """Write the network page, filtered as `network_data`, as one self-contained HTML file."""
    out_path = Path(out_path)
    out_path.write_text(network_html(network_data(store, **filters), single_file=True), encoding="utf-8")
    return out_path


def _kind_of(node: str) -> str:
    return node.split("/", 1)[0] if "/" in node else "country" if len(node) == 3 and node.isupper() else "org"


def _aggregate(nxgraph) -> list[dict]:
    """MultiDiGraph edges keyed by type -> one record per directed pair."""
    pairs: dict[tuple, dict] = {}
    for u, v, key, attrs in nxgraph.edges(keys=True, data=True):
        type_ = attrs.get("type") or key
        count = int(attrs.get("weight", attrs.get("count", 1)) or 1)
        p = pairs.setdefault((u, v), {"from": u, "to": v, "count": 0, "score": 0.0, "types": {},
                                      "first": None, "last": None, "events": []})
        p["count"] += count
        p["types"][type_] = p["types"].get(type_, 0) + count
        p["score"] += count * (event_score(type_) if type_ in EVENT_TYPES else 0.0)
        for end, pick in (("first", min), ("last", max)):
            value = attrs.get(end)
            if value:
                p[end] = pick(p[end], str(value)) if p[end] else str(value)
        p["events"].extend(str(e) for e in (attrs.get("events") or attrs.get("event_ids") or []))
    for p in pairs.values():
        p["score"] = round(p["score"], 2)
    return list(pairs.values())


def _edge_title(p: dict) -> str:
    types = ", ".join(f"{t} {n}" for t, n in sorted(p["types"].items(), key=lambda kv: -kv[1]))
    span = f"\n{p['first']} – {p['last']}" if p["first"] else ""
    return f"{p['from']} → {p['to']}: {p['count']} events\n{types}\nnet score {p['score']:+g}{span}"


def _edge_evidence(event_ids: list[str], evidence: dict, limit: int) -> list[dict]:
    out = []
    for event_id in event_ids:
        for item in evidence.get(event_id.rsplit("/", 1)[-1], []):
            out.append(item)
            if len(out) >= limit:
                return out
    return out


def dumps(data) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
