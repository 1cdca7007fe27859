"""Timeline data access: a Store and two actor IRIs -> the events between them (SPARQL, bound safely).

One `TimelineEvent` per event IRI, whatever the number of articles that report it; every evidence
sentence with its article is kept on the event. The vocabulary used is kg/triples.py's.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from rdflib import URIRef

from kg.errors import UnknownActor
from kg.ontology import EVENT_TYPES, ID, PLOVER, actor_iri

_ACTOR_KINDS = ("country", "org", "group", "person")


@dataclass
class TimelineEvent:
    """One event between the pair, as the timeline needs it."""

    id: str
    type: str
    source: str  # actor id, e.g. "country/USA"
    target: str
    direction: str  # "a_to_b" or "b_to_a"
    date: str | None = None
    precision: str = "unknown"
    mode: str | None = None
    quad: str = ""
    negated: bool = False
    hypothetical: bool = False
    confidence: float | None = None
    score: float | None = None  # set by the timeline: None when not scored
    evidence: list[dict] = field(default_factory=list)  # {"sentence", "article", "url", "title"}

    def to_dict(self) -> dict:
        return asdict(self)


def actor_id_of(iri: str) -> str:
    """'https://w3id.org/geokg/id/country/USA' -> 'country/USA'."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def resolve_actor(store, code: str) -> URIRef:
    """An actor code ('USA', 'NATO', 'country/USA', 'person/gustavo-petro') -> its IRI in the store."""
    code = code.strip()
    if not code or not re.fullmatch(r"[A-Za-z0-9_.\-/]+", code):
        raise UnknownActor(f"Unknown actor {code!r}; expected an ISO3 code like 'USA', an organisation "
                           f"like 'NATO' or an id like 'person/gustavo-petro'.")
    if "/" in code:
        candidates = [code]
    else:
        candidates = [f"{kind}/{code.upper() if kind != 'person' else code}" for kind in _ACTOR_KINDS]
    for candidate in candidates:
        iri = actor_iri(candidate)
        if store.query("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }", {"iri": iri}).boolean:
            return iri
    raise UnknownActor(f"Unknown actor {code!r}: no country, organisation, group or person with that code "
                       f"in the graph; expected an ISO3 code like 'USA' or an id like 'org/NATO'.")


# The event pattern over kg/triples.py's vocabulary; ?event ?source ?target bound or matched.
EVENT_PREFIXES = """
PREFIX geo: <https://w3id.org/geokg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
EVENT_PATTERN = """
  ?event a geo:Event ; geo:source ?source ; geo:target ?target ; geo:eventType ?type .
  OPTIONAL { ?event geo:mode ?mode }
  OPTIONAL { ?event geo:date ?date }
  OPTIONAL { ?event geo:datePrecision ?precision }
  OPTIONAL { ?event geo:negated ?negated }
  OPTIONAL { ?event geo:hypothetical ?hypothetical }
  OPTIONAL { ?event geo:confidence ?confidence }
  OPTIONAL { ?event geo:evidence ?evidence . ?evidence geo:sentence ?sentence .
             OPTIONAL { ?evidence geo:article ?article .
                        OPTIONAL { ?article geo:url ?url } OPTIONAL { ?article dcterms:title ?title } } }
"""

# Bound variables stay in the projection: some engines (Oxigraph) substitute only projected ones.
_PAIR_QUERY = EVENT_PREFIXES + """
SELECT ?a ?b ?event ?source ?target ?type ?mode ?date ?precision ?negated ?hypothetical ?confidence
       ?sentence ?article ?url ?title
WHERE {
  { ?event geo:source ?a ; geo:target ?b } UNION { ?event geo:source ?b ; geo:target ?a }
""" + EVENT_PATTERN + """
}
"""


def fetch_pair_events(store, a: URIRef, b: URIRef) -> list[TimelineEvent]:
    """Every event from a to b or b to a, one per event IRI, evidence merged."""
    result = store.query(_PAIR_QUERY, {"a": a, "b": b})
    events: dict[str, TimelineEvent] = {}
    for row in result.dicts():
        event = events.get(str(row["event"]))
        if event is None:
            event = events[str(row["event"])] = _event_from_row(row, a)
        item = {k: _text(row.get(k)) for k in ("sentence", "article", "url", "title")}
        if item["sentence"] and item not in event.evidence:
            event.evidence.append(item)
    return list(events.values())


def type_of(iri) -> tuple[str, str | None]:
    """PLOVER concept IRI -> (type, mode): plover/CONSULT/phone -> ('CONSULT', 'phone')."""
    local = str(iri)[len(str(PLOVER)):] if str(iri).startswith(str(PLOVER)) else str(iri).rsplit("/", 1)[-1]
    type_, _, mode = local.partition("/")
    return type_, mode or None


def _event_from_row(row: dict, a: URIRef) -> TimelineEvent:
    type_, mode = type_of(row["type"])
    if row.get("mode") is not None:
        mode = _text(row["mode"]).rsplit("/", 1)[-1]
    iri = str(row["event"])
    return TimelineEvent(
        id=iri.rsplit("/", 1)[-1], type=type_, mode=mode,
        source=actor_id_of(str(row["source"])), target=actor_id_of(str(row["target"])),
        direction="a_to_b" if row["source"] == a else "b_to_a",
        date=_text(row.get("date")), precision=_text(row.get("precision")) or "unknown",
        quad=EVENT_TYPES[type_].quad if type_ in EVENT_TYPES else "",
        negated=_flag(row.get("negated")), hypothetical=_flag(row.get("hypothetical")),
        confidence=float(row["confidence"].toPython()) if row.get("confidence") is not None else None,
    )


def _text(term) -> str | None:
    return None if term is None else str(term)


def _flag(term) -> bool:
    return term is not None and str(term).lower() in ("true", "1")
