"""Event queries of the REST routes: validated filters in, pages of `EventPublic` out.

Query text is assembled from fixed fragments chosen by which filters are present; every value
from the request (actor IRIs, type, dates, cursor) is passed as a binding, never pasted. A page is
found in two steps: the ordered event IRIs (newest first, keyset cursor on date then IRI), then
their details, looked up through a VALUES block of those IRIs, which the store itself returned and
pyoxigraph serialises (validated and escaped) - one binding row cannot carry many values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from api.deps import run_query
from api.ids import actor_id_of, encode_cursor
from api.schemas import EventPublic
from kg.config import Settings
from kg.ontology import EVENT_TYPES, GEO, PLOVER, event_score
from kg.store.base import Store
from kg.store.sparql import term_text

PREFIXES = """PREFIX geo: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
ALL_MODES = sorted({mode for t in EVENT_TYPES.values() for mode in t.modes})

# Alternative paths rather than UNIONs: the bound value reaches the index lookup (a UNION branch is
# evaluated on its own, before the bindings are joined in).
_ROLE_PATTERNS = {
    "actor": "?event geo:source|geo:target|geo:sourceActor|geo:targetActor ?f_actor .",
    "source": "?event geo:source|geo:sourceActor ?f_source .",
    "target": "?event geo:target|geo:targetActor ?f_target .",
}
_DETAIL_PREDICATES = {str(GEO[name]): name for name in (
    "source", "target", "eventType", "mode", "date", "datePrecision", "negated", "hypothetical",
    "sourceActor", "targetActor", "confidence", "evidence")}


@dataclass
class EventFilter:
    """Validated filters of /events; actor values are IRIs already checked to exist."""

    actor: URIRef | None = None
    source: URIRef | None = None
    target: URIRef | None = None
    pair: tuple[URIRef, URIRef] | None = None  # either direction
    types: list[str] = field(default_factory=list)
    mode: str | None = None
    start: str | None = None
    end: str | None = None
    include_negated: bool = False
    include_hypothetical: bool = False


def _page_query(f: EventFilter, cursor: list | None) -> tuple[str, dict]:
    parts, bindings = [], {}
    for name in ("actor", "source", "target"):
        if (value := getattr(f, name)) is not None:
            parts.append(_ROLE_PATTERNS[name])
            bindings[f"f_{name}"] = value
    if f.pair is not None:
        parts.append("?event geo:source|geo:target ?f_a . ?event geo:source|geo:target ?f_b .")
        bindings["f_a"], bindings["f_b"] = f.pair
    if f.types:
        names = [f"f_type{i}" for i in range(len(f.types))]
        parts.append(f"?event geo:eventType ?type . FILTER(?type IN ({', '.join('?' + n for n in names)}))")
        bindings.update({n: PLOVER[t] for n, t in zip(names, f.types)})
    elif not parts:  # no actor or pair pattern names the events
        parts.append("?event a geo:Event .")
    if f.mode:
        parts.append("?event geo:mode ?mode . FILTER(STRENDS(STR(?mode), ?f_mode))")
        bindings["f_mode"] = Literal("/" + f.mode)
    parts.append('OPTIONAL { ?event geo:date ?date } BIND(COALESCE(STR(?date), "") AS ?d)')
    if f.start:
        parts.append('FILTER(?d != "" && ?d >= SUBSTR(?f_start, 1, STRLEN(?d)))')
        bindings["f_start"] = Literal(f.start)
    if f.end:
        parts.append('FILTER(?d != "" && ?d <= SUBSTR(?f_end, 1, STRLEN(?d)))')
        bindings["f_end"] = Literal(f.end)
    flags = [name for name, shown in (("negated", f.include_negated), ("hypothetical", f.include_hypothetical))
             if not shown]
    if flags:
        parts.append(f"FILTER NOT EXISTS {{ ?event {'|'.join('geo:' + n for n in flags)} true }}")
    if cursor is not None:
        parts.append("FILTER(?d < ?c_d || (?d = ?c_d && STR(?event) > ?c_e))")
        bindings["c_d"], bindings["c_e"] = Literal(cursor[0]), Literal(cursor[1])
    where = "\n  ".join(parts)
    return PREFIXES + f"SELECT DISTINCT ?event ?d WHERE {{\n  {where}\n}} ORDER BY DESC(?d) ?event", bindings


def event_page(store: Store, settings: Settings, f: EventFilter, cursor: list | None,
               limit: int) -> tuple[list[EventPublic], str | None]:
    """One page of events matching f, newest first, and the cursor of the next page."""
    sparql, bindings = _page_query(f, cursor)
    result = run_query(store, settings, sparql, bindings, max_rows=limit + 1)
    rows = result.rows[:limit]
    more = len(result.rows) > limit
    items = events_by_iri(store, settings, [row[0] for row in rows])
    next_cursor = encode_cursor([str(rows[-1][1]), str(rows[-1][0])]) if more and rows else None
    return items, next_cursor


def events_by_iri(store: Store, settings: Settings, iris: Iterable[URIRef]) -> list[EventPublic]:
    """Details of the given events, in the given order (unknown IRIs are left out).

    One row per distinct (event, predicate, object): joining the optional properties instead would
    multiply rows (an event reported by k articles has k confidences and k evidence nodes).
    """
    iris = list(dict.fromkeys(iris))
    if not iris:
        return []
    sparql = PREFIXES + (f"SELECT DISTINCT ?event ?p ?o WHERE {{ {values_block('event', iris)}\n"
                         f"  ?event ?p ?o }}")
    result = run_query(store, settings, sparql, max_rows=max(settings.query_max_rows, 100 * len(iris)))
    props: dict[str, dict[str, list]] = {}
    for event, p, o in result.rows:
        name = _DETAIL_PREDICATES.get(str(p))
        if name is not None:
            props.setdefault(str(event), {}).setdefault(name, []).append(o)
    out = []
    for iri in iris:
        found = props.get(str(iri))
        if not found or not {"source", "target", "eventType"} <= found.keys():
            continue
        row = {"event": iri, "type": found["eventType"][0]} | {
            key: min(found[name], key=str) for name, key in _ROW_KEYS.items() if found.get(name)}
        confidences = [float(c.toPython()) for c in found.get("confidence", [])]
        out.append(event_public(row, confidences, len(set(found.get("evidence", [])))))
    return out


_ROW_KEYS = {"source": "source", "target": "target", "mode": "mode", "date": "date",
             "datePrecision": "precision", "negated": "negated", "hypothetical": "hypothetical",
             "sourceActor": "source_actor", "targetActor": "target_actor"}


def values_block(name: str, terms: Iterable[URIRef]) -> str:
    """`VALUES ?name { <iri> ... }` of terms the store returned, each validated by pyoxigraph."""
    return f"VALUES ?{name} {{ {' '.join(term_text(URIRef(t)) for t in terms)} }}"


def type_and_mode(type_iri, mode_iri=None) -> tuple[str, str | None]:
    """('CONSULT', 'phone') from plover:CONSULT and plover:CONSULT/phone."""
    type_ = str(type_iri).removeprefix(str(PLOVER)).split("/")[0]
    mode = str(mode_iri).rsplit("/", 1)[-1] if mode_iri is not None else None
    return type_, mode


def _flag(term) -> bool:
    return term is not None and str(term).lower() in ("true", "1")


def event_public(row: dict, confidences: list[float], reports: int) -> EventPublic:
    type_, mode = type_and_mode(row["type"], row.get("mode"))
    known = type_ in EVENT_TYPES
    return EventPublic(
        id=str(row["event"]).rsplit("/", 1)[-1], type=type_, mode=mode,
        source=actor_id_of(row["source"]), target=actor_id_of(row["target"]),
        source_actor=actor_id_of(row["source_actor"]) if row.get("source_actor") is not None else None,
        target_actor=actor_id_of(row["target_actor"]) if row.get("target_actor") is not None else None,
        date=str(row["date"]) if row.get("date") is not None else None,
        date_precision=str(row["precision"]) if row.get("precision") is not None else None,
        negated=_flag(row.get("negated")), hypothetical=_flag(row.get("hypothetical")),
        confidence=max(confidences) if confidences else None,
        quad=EVENT_TYPES[type_].quad if known else None,
        score=event_score(type_, mode) if known else None, reports=reports)
