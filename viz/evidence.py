"""Evidence and listings for the pages: Store -> sentences, articles, recent events, actor facts (SPARQL).

Every query binds its values through `bindings` (never pasted into the text); the event pattern is
the one kg.timeline_data uses, so pages and timelines read the same vocabulary.
"""

from __future__ import annotations

from rdflib import Literal

from kg.timeline_data import EVENT_PATTERN, EVENT_PREFIXES, actor_id_of, type_of

_EVIDENCE = EVENT_PREFIXES + """
SELECT ?event ?sentence ?article ?url ?title WHERE {
  ?event geo:evidence ?evidence . ?evidence geo:sentence ?sentence .
  OPTIONAL { ?evidence geo:article ?article .
             OPTIONAL { ?article geo:url ?url } OPTIONAL { ?article dcterms:title ?title } }
}"""

_EVENTS = EVENT_PREFIXES + """
SELECT ?actor ?event ?source ?target ?type ?mode ?date ?precision ?negated ?hypothetical ?confidence
       ?sentence ?article ?url ?title
WHERE {""" + EVENT_PATTERN + """
  %s
}
ORDER BY DESC(STR(?date)) ?event
"""

# Bound variables stay in each projection: some engines (Oxigraph) substitute only projected ones.


def evidence_by_event(store) -> dict[str, list[dict]]:
    """Every evidence sentence with its article, by event id (the IRI's last segment)."""
    out: dict[str, list[dict]] = {}
    for row in store.query(_EVIDENCE).dicts():
        item = _evidence(row)
        items = out.setdefault(str(row["event"]).rsplit("/", 1)[-1], [])
        if item not in items:
            items.append(item)
    return out


def list_events(store, actor=None, limit: int = 20) -> list[dict]:
    """Latest events (all, or those of one actor IRI), newest first, one dict per event."""
    where = "" if actor is None else "FILTER(?source = ?actor || ?target = ?actor)"
    result = store.query(_EVENTS % where, {"actor": actor} if actor is not None else None)
    events: dict[str, dict] = {}
    for row in result.dicts():
        key = str(row["event"])
        if key not in events:
            if len(events) >= limit:
                continue
            type_, mode = type_of(row["type"])
            events[key] = {
                "id": key.rsplit("/", 1)[-1], "type": type_,
                "mode": str(row["mode"]).rsplit("/", 1)[-1] if row.get("mode") is not None else mode,
                "source": actor_id_of(str(row["source"])), "target": actor_id_of(str(row["target"])),
                "date": _s(row.get("date")),
                "negated": _s(row.get("negated")) in ("true", "1"),
                "hypothetical": _s(row.get("hypothetical")) in ("true", "1"), "evidence": []}
        item = _evidence(row)
        if item["sentence"] and item not in events[key]["evidence"]:
            events[key]["evidence"].append(item)
    return list(events.values())


_COUNTS = EVENT_PREFIXES + """
SELECT ?what ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a geo:Event ; geo:eventType ?t . BIND("event" AS ?what) BIND("" AS ?kind) }
  UNION { ?x a ?class . FILTER(?class IN (geo:Country, geo:Person, geo:Organisation, geo:ArmedGroup))
          BIND("actor" AS ?what) BIND(STR(?class) AS ?kind) }
  UNION { ?x a geo:Article . BIND("article" AS ?what) BIND("" AS ?kind) }
} GROUP BY ?what ?kind
"""

_SEARCH = EVENT_PREFIXES + """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?q ?actor (SAMPLE(?label) AS ?name) WHERE {
  ?actor rdfs:label|geo:code ?label .
  FILTER(CONTAINS(LCASE(STR(?label)), ?q))
} GROUP BY ?q ?actor ORDER BY ?name LIMIT 50
"""

_ACTOR = EVENT_PREFIXES + """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor ?p ?o WHERE { ?actor ?p ?o }
"""

_PARTNERS = EVENT_PREFIXES + """
SELECT ?actor ?partner ?type (COUNT(DISTINCT ?event) AS ?n) WHERE {
  { ?event geo:source ?actor ; geo:target ?partner } UNION { ?event geo:target ?actor ; geo:source ?partner }
  ?event a geo:Event ; geo:eventType ?type .
} GROUP BY ?actor ?partner ?type
"""


def graph_counts(store) -> dict:
    """What is in the graph: events, articles, actors by kind."""
    out = {"events": 0, "articles": 0, "actors": {}}
    for row in store.query(_COUNTS).dicts():
        n = int(row["n"].toPython())
        if str(row["what"]) == "actor":
            out["actors"][str(row["kind"]).rsplit("#", 1)[-1].lower()] = n
        else:
            out[str(row["what"]) + "s"] = n
    return out


def search_actors(store, q: str) -> list[dict]:
    """Actors whose name contains q (case-insensitive)."""
    q = q.strip().lower()
    if not q:
        return []
    rows = store.query(_SEARCH, {"q": Literal(q)}).dicts()
    return [{"id": actor_id_of(str(r["actor"])), "name": _s(r["name"])} for r in rows]


def actor_facts(store, iri) -> dict:
    """Predicate -> values of one actor (names, kind, sameAs, roles...)."""
    facts: dict[str, list[str]] = {}
    for row in store.query(_ACTOR, {"actor": iri}).dicts():
        key = str(row["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        facts.setdefault(key, []).append(actor_id_of(str(row["o"])))
    return facts


def actor_partners(store, iri) -> list[dict]:
    """Partners of one actor with event counts by type, most events first."""
    partners: dict[str, dict] = {}
    for row in store.query(_PARTNERS, {"actor": iri}).dicts():
        pid = actor_id_of(str(row["partner"]))
        p = partners.setdefault(pid, {"id": pid, "events": 0, "types": {}})
        n = int(row["n"].toPython())
        p["events"] += n
        type_ = type_of(row["type"])[0]
        p["types"][type_] = p["types"].get(type_, 0) + n
    return sorted(partners.values(), key=lambda p: (-p["events"], p["id"]))


def _evidence(row: dict) -> dict:
    return {k: _s(row.get(k)) for k in ("sentence", "article", "url", "title")}


def _s(term) -> str | None:
    return None if term is None else str(term)
