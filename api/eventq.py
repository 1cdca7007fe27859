"""Event queries of the REST routes: validated filters in, SPARQL text and `EventPublic` out.

Query text is assembled from fixed fragments chosen by which filters are present. Values from the
request are passed as bindings, or, where the join order matters (`match_parts(inline=True)`), as
IRIs already checked against the store and serialised by pyoxigraph (validated and escaped), the
same way bindings reach the store; never pasted raw. A page (api/eventpage.py) is found in two
steps: the ordered event IRIs (newest first, keyset cursor on date then IRI), then their details
(`events_by_iri`), looked up through a VALUES block of those IRIs, which the store itself returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from api.deps import run_query
from api.ids import actor_id_of
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


def match_parts(f: EventFilter, inline: bool) -> tuple[list[str], dict]:
    """Patterns and filters that say which events match f, apart from dates and the cursor.

    inline=True writes actor and type IRIs into the text (serialised by pyoxigraph, as bindings
    are) rather than binding them: a bound IRI is joined first, which makes Oxigraph read every
    event of that actor, where a date window should lead the join instead.
    """
    parts, bindings = [], {}

    def value(name: str, term) -> str:
        if inline:
            return term_text(term)
        bindings[name] = term
        return "?" + name

    for name in ("actor", "source", "target"):
        if (term := getattr(f, name)) is not None:
            parts.append(_ROLE_PATTERNS[name].replace(f"?f_{name}", value(f"f_{name}", term)))
    if f.pair is not None:
        a, b = value("f_a", f.pair[0]), value("f_b", f.pair[1])
        parts.append(f"?event geo:source|geo:target {a} . ?event geo:source|geo:target {b} .")
    if f.types:
        names = [value(f"f_type{i}", PLOVER[t]) for i, t in enumerate(f.types)]
        parts.append(f"?event geo:eventType ?type . FILTER(?type IN ({', '.join(names)}))")
    elif not parts:  # no actor or pair pattern names the events
        parts.append("?event a geo:Event .")
    if f.mode:
        parts.append("?event geo:mode ?mode . FILTER(STRENDS(STR(?mode), ?f_mode))")
        bindings["f_mode"] = Literal("/" + f.mode)
    return parts, bindings


def _flags(f: EventFilter) -> str | None:
    """The events' flags to leave out: hypothetical and negated ones unless asked for."""
    flags = [name for name, shown in (("negated", f.include_negated), ("hypothetical", f.include_hypothetical))
             if not shown]
    return f"{'|'.join('geo:' + n for n in flags)} true" if flags else None


def _period_and_cursor(f: EventFilter, cursor: list | None, bindings: dict) -> list[str]:
    parts = []
    if f.start:
        parts.append('FILTER(?d != "" && ?d >= SUBSTR(?f_start, 1, STRLEN(?d)))')
        bindings["f_start"] = Literal(f.start)
    if f.end:
        parts.append('FILTER(?d != "" && ?d <= SUBSTR(?f_end, 1, STRLEN(?d)))')
        bindings["f_end"] = Literal(f.end)
    if cursor is not None:
        parts.append("FILTER(?d < ?c_d || (?d = ?c_d && STR(?event) > ?c_e))")
        bindings["c_d"], bindings["c_e"] = Literal(cursor[0]), Literal(cursor[1])
    return parts


def _select(parts: list[str], limit: int | None = None) -> str:
    where = "\n  ".join(parts)
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return PREFIXES + f"SELECT DISTINCT ?event ?d WHERE {{\n  {where}\n}} ORDER BY DESC(?d) ?event{tail}"


def page_query(f: EventFilter, cursor: list | None, before: str | None = None) -> tuple[str, dict]:
    """Events matching f, newest first (?event ?d, ?d the date's text or "" when undated), led by
    the filters' own patterns; `before` keeps only those dated before it or undated."""
    parts, bindings = match_parts(f, inline=False)
    parts.append('OPTIONAL { ?event geo:date ?date } BIND(COALESCE(STR(?date), "") AS ?d)')
    if (flags := _flags(f)) is not None:  # an anti-join over the few flagged events, not a probe per event
        parts.append(f"MINUS {{ ?event {flags} }}")
    parts += _period_and_cursor(f, cursor, bindings)
    if before is not None:
        parts.append("FILTER(?d < ?b_d)")
        bindings["b_d"] = Literal(before)
    return _select(parts), bindings


def window_query(f: EventFilter, cursor: list | None, dates: Iterable[Literal], limit: int) -> tuple[str, dict]:
    """Like page_query, but only events on the given dates, and led by those dates."""
    matched, bindings = match_parts(f, inline=True)
    # The BIND comes after the patterns: it closes a basic graph pattern, and what follows would be
    # evaluated apart (every event of the actor) and joined, instead of probed per windowed event.
    parts = [f"VALUES ?date {{ {' '.join(term_text(d) for d in dates)} }}", "?event geo:date ?date ."]
    parts += matched + ["BIND(STR(?date) AS ?d)"]
    if (flags := _flags(f)) is not None:  # few events per window: probe each
        parts.append(f"FILTER NOT EXISTS {{ ?event {flags} }}")
    parts += _period_and_cursor(f, cursor, bindings)
    return _select(parts, limit), bindings


def undated_query(f: EventFilter, cursor: list | None, limit: int) -> tuple[str, dict]:
    """Like page_query, but only the events without a date (listed last, ?d = "")."""
    parts, bindings = match_parts(f, inline=False)
    parts.append('MINUS { ?event geo:date ?date } BIND("" AS ?d)')
    if (flags := _flags(f)) is not None:
        parts.append(f"MINUS {{ ?event {flags} }}")
    parts += _period_and_cursor(f, cursor, bindings)
    return _select(parts, limit), bindings


def driver_count_queries(f: EventFilter) -> list[str]:
    """Cheap index counts, each an upper bound of how many events match f (none: no such bound)."""
    queries = []
    for name in ("actor", "source", "target"):
        if (term := getattr(f, name)) is not None:
            pattern = _ROLE_PATTERNS[name].replace(f"?f_{name}", term_text(term))
            queries.append(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    for term in f.pair or ():
        queries.append(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ ?event geo:source|geo:target {term_text(term)} }}")
    if f.types:
        values = " ".join(term_text(PLOVER[t]) for t in f.types)
        queries.append(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?type {{ {values} }} "
                                  f"?event geo:eventType ?type }}")
    return queries


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
