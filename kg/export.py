"""Export: the store in, one file out (Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, GDELT-like CSV).

RDF formats come from the store's own dump (ttl, nt and jsonld merge the article graphs; nquads
and trig keep them); Turtle and TriG use the geo:, id:, plover: ... prefixes; JSON-LD is expanded
(a list of node objects, no @context). GraphML is the NetworkX projection (kg.graph.project). The CSV has one row per
distinct event, in GDELT's column names where they apply (EventCode is the PLOVER type,
EventRootCode its CAMEO root, QuadClass 1..4 as GDELT numbers them, GoldsteinScale the PLOVER
score), then our own columns: DatePrecision, Negated, Hypothetical, Confidence, Sentence. SQLDATE
is YYYYMMDD, with 00 for the day or month a coarser date does not give.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from kg.errors import BadInput
from kg.ontology import EVENT_TYPES, PLOVER, QUAD_CLASSES, event_score
from kg.store import PREFIXES, SPARQL_PREFIXES, Store

FORMATS = ("ttl", "nt", "nquads", "trig", "jsonld", "graphml", "csv")
_DUMP = {"ttl": "turtle", "nt": "ntriples", "nquads": "nquads", "trig": "trig", "jsonld": "nquads"}

CSV_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode",
               "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
               "SOURCEURL", "DatePrecision", "Negated", "Hypothetical", "Confidence", "Sentence"]

CSV_QUERY = SPARQL_PREFIXES + """
SELECT ?e ?source ?target ?type ?mode ?date ?precision ?negated ?hypothetical (MAX(?conf) AS ?confidence)
       (COUNT(DISTINCT ?ev) AS ?mentions) (COUNT(DISTINCT ?pub) AS ?sources) (COUNT(DISTINCT ?a) AS ?articles)
       (MIN(?url) AS ?sourceurl) (MIN(?sent) AS ?sentence) WHERE {
  ?e a geo:Event ; geo:source ?source ; geo:target ?target ; geo:eventType ?type .
  OPTIONAL { ?e geo:mode ?mode }
  OPTIONAL { ?e geo:date ?date }
  OPTIONAL { ?e geo:datePrecision ?precision }
  OPTIONAL { ?e geo:negated ?negated }
  OPTIONAL { ?e geo:hypothetical ?hypothetical }
  OPTIONAL { ?e geo:confidence ?conf }
  OPTIONAL { ?e geo:evidence ?ev . ?ev geo:article ?a .
             OPTIONAL { ?ev geo:sentence ?sent }
             OPTIONAL { ?a geo:url ?url }
             OPTIONAL { ?a dcterms:publisher ?pub } }
}
GROUP BY ?e ?source ?target ?type ?mode ?date ?precision ?negated ?hypothetical
ORDER BY ?date ?e"""

NAMES_QUERY = SPARQL_PREFIXES + "SELECT ?a (MIN(?l) AS ?label) ?code WHERE { ?a geo:code ?code ; rdfs:label ?l } GROUP BY ?a ?code"


def export(store: Store, format: str, out: BinaryIO) -> None:
    """Write the whole store to `out` (a binary file) in `format`: one of FORMATS."""
    if format not in FORMATS:
        raise BadInput(f"unknown export format {format!r}; expected one of {', '.join(FORMATS)}")
    if format == "graphml":
        _write_graphml(store, out)
    elif format == "csv":
        _write_csv(store, out)
    else:
        _write_rdf(store, format, out)


def _write_rdf(store: Store, format: str, out: BinaryIO) -> None:
    import pyoxigraph as ox

    data = store.dump(_DUMP[format])
    if format == "nt" or format == "nquads":
        out.write(data)
        return
    source = ox.RdfFormat.TURTLE if format == "ttl" else ox.RdfFormat.N_QUADS if format == "jsonld" else ox.RdfFormat.TRIG
    items = list(ox.parse(data, format=source))
    if format == "jsonld":  # one JSON-LD document of the merged graphs
        items = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in items))
    target = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}[format]
    out.write(ox.serialize(items, format=target, prefixes=PREFIXES))


def _write_graphml(store: Store, out: BinaryIO) -> None:
    import networkx as nx

    from kg.graph import project

    nxgraph = project(store, include_hypothetical=True, include_negated=True)
    flat = nx.MultiDiGraph()  # GraphML takes scalars only: lists joined, None dropped
    for node, attrs in nxgraph.nodes(data=True):
        flat.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
    for source, target, key, attrs in nxgraph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **{k: " ".join(v) if isinstance(v, list) else v
                                                 for k, v in attrs.items() if v is not None})
    nx.write_graphml(flat, out)


def _code_and_name(iri, names: dict) -> tuple[str, str]:
    code, label = names.get(str(iri), (None, None))
    local = str(iri).rsplit("/id/", 1)[-1]
    return code or local.split("/", 1)[-1], label or ""


def _sqldate(value) -> str:
    if value is None:
        return ""
    parts = str(value).split("-") + ["00", "00"]
    return "".join(parts[:3])


def csv_rows(store: Store) -> list[dict]:
    """The GDELT-like rows, one per distinct event."""
    names = {str(r["a"]): (str(r["code"]), str(r["label"])) for r in store.query(NAMES_QUERY).dicts()}
    rows = []
    for r in store.query(CSV_QUERY).dicts():
        type_ = str(r["type"]).removeprefix(str(PLOVER))
        mode = str(r["mode"]).rsplit("/", 1)[-1] if r["mode"] is not None else None
        actor1, actor2 = _code_and_name(r["source"], names), _code_and_name(r["target"], names)
        rows.append({
            "GLOBALEVENTID": str(r["e"]).rsplit("/", 1)[-1], "SQLDATE": _sqldate(r["date"]),
            "Actor1Code": actor1[0], "Actor1Name": actor1[1], "Actor2Code": actor2[0], "Actor2Name": actor2[1],
            "EventCode": type_, "EventRootCode": EVENT_TYPES[type_].cameo,
            "QuadClass": QUAD_CLASSES.index(EVENT_TYPES[type_].quad) + 1,
            "GoldsteinScale": event_score(type_, mode), "NumMentions": int(r["mentions"]),
            "NumSources": int(r["sources"]), "NumArticles": int(r["articles"]),
            "SOURCEURL": str(r["sourceurl"] or ""), "DatePrecision": str(r["precision"] or "unknown"),
            "Negated": int(bool(r["negated"] is not None and r["negated"].toPython())),
            "Hypothetical": int(bool(r["hypothetical"] is not None and r["hypothetical"].toPython())),
            "Confidence": float(r["confidence"]) if r["confidence"] is not None else "",
            "Sentence": str(r["sentence"] or ""),
        })
    return rows


def _write_csv(store: Store, out: BinaryIO) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_rows(store))
    text.flush()
    text.detach()  # leave `out` open for the caller
