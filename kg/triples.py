"""Triples: Article, Actor, Event and Extraction in, rdflib triples out (and events back), pure.

One named graph per article (`article_graph_iri`) holds everything its extraction yields: the
article node, the actors it mentions, its events with their evidence, roles stated in its text.
An event's IRI depends only on `Event.event_id()`, so two articles reporting one event share the
event node and each adds its own geo:Evidence node (IRI from article and offsets) in its own graph.

>>> from kg.model import Article, Event
>>> article = Article(id="https://example.org/a", title="U.S. sanctions Colombia")
>>> event = Event(source="USA", target="COL", type="SANCTION", date="2026-01", date_precision="month",
...               sentence="U.S. sanctions Colombia", start=0, end=23)
>>> triples = event_to_triples(event, article_graph_iri(article.id))
>>> (event_iri(event.event_id()), GEO.eventType, PLOVER["SANCTION"]) in triples
True
>>> [str(o.datatype) for s, p, o in triples if p == GEO.date]
['http://www.w3.org/2001/XMLSchema#gYearMonth']
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from types import SimpleNamespace

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.model import Actor, Article, Event
from kg.ontology import GEO, ID, PLOVER, WD, actor_iri, event_iri, type_iri
from kg.store.base import Triple

# Terms looked up once: rdflib's namespace attribute access costs more than the rest of a triple.
G = SimpleNamespace(**{name: GEO[name] for name in (
    "Actor", "Article", "Evidence", "Event", "RoleHolding", "articleId", "published", "url", "code", "kind", "iso3",
    "country", "role", "source", "target", "eventType", "datePrecision", "negated", "hypothetical",
    "confidence", "mode", "date", "sourceActor", "targetActor", "evidence", "sentence", "start", "end",
    "article", "person", "attested", "mentions")})
TYPE, LABEL, SAME_AS, PRIMARY_SOURCE, DERIVED_FROM = (RDF.type, RDFS.label, OWL.sameAs, PROV.hadPrimarySource,
                                                     PROV.wasDerivedFrom)
TRUE, FALSE = Literal(True), Literal(False)
_actor_iri = lru_cache(maxsize=100_000)(actor_iri)
_type_iri = lru_cache(maxsize=1024)(type_iri)


@lru_cache(maxsize=100_000)
def _literal(value: str | int) -> Literal:
    return Literal(value)


KIND_CLASSES = {"country": GEO.Country, "person": GEO.Person, "org": GEO.Organisation,
                "group": GEO.ArmedGroup}
CLASS_KINDS = {v: k for k, v in KIND_CLASSES.items()}
_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date), (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
               (re.compile(r"^\d{4}$"), XSD.gYear))


def _digest(text: str, size: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def article_graph_iri(article_id: str) -> URIRef:
    """IRI of an article, which is also the name of the graph holding its extraction.

    >>> str(article_graph_iri("sha256:0123"))
    'https://w3id.org/geokg/id/article/e88869a38f28b0ca'
    """
    return ID[f"article/{_digest(article_id)}"]


def evidence_iri(article: URIRef, start: int, end: int) -> URIRef:
    """IRI of the evidence node for the sentence at start..end of an article."""
    return ID[f"evidence/{str(article).rsplit('/', 1)[-1]}/{start}-{end}"]


@lru_cache(maxsize=100_000)
def date_literal(value: str | None) -> Literal | None:
    """A date string as xsd:date, xsd:gYearMonth or xsd:gYear by its shape; None if absent or unknown.

    >>> date_literal("2026").datatype == XSD.gYear, date_literal("soon")
    (True, None)
    """
    if not value:
        return None
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value):
            return Literal(value, datatype=datatype)
    return None


def article_to_triples(article: Article) -> list[Triple]:
    """The article node: id, title, publication date, URL, source, language."""
    iri = article_graph_iri(article.id)
    triples: list[Triple] = [(iri, TYPE, G.Article), (iri, G.articleId, Literal(article.id))]
    if article.title:
        triples.append((iri, DCTERMS.title, Literal(article.title)))
    if article.published:
        triples.append((iri, G.published, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        triples.append((iri, G.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        triples.append((iri, DCTERMS.publisher, Literal(article.source)))
    if article.language:
        triples.append((iri, DCTERMS.language, Literal(article.language)))
    return triples


def actor_to_triples(actor: Actor) -> list[Triple]:
    """Type, label, code (and ISO3 for a country), Wikidata sameAs; country and role for a person."""
    iri = _actor_iri(actor.id)
    triples: list[Triple] = [
        (iri, TYPE, KIND_CLASSES.get(actor.kind, G.Actor)),
        (iri, LABEL, _literal(actor.name)),
        (iri, G.code, _literal(actor.code)),
        (iri, G.kind, _literal(actor.kind)),
    ]
    if actor.kind == "country":
        triples.append((iri, G.iso3, _literal(actor.code)))
    if actor.wikidata:
        triples.append((iri, SAME_AS, WD[actor.wikidata]))
    if actor.country:
        triples.append((iri, G.country, _actor_iri(f"country/{actor.country}")))
    if actor.role:
        triples.append((iri, G.role, _literal(actor.role)))
    return triples


@lru_cache(maxsize=100_000)
def participant_iri(code: str) -> URIRef:
    """IRI of an event's source/target: a country's ISO3, an organisation's or group's id, or an actor id.

    The gazetteer decides the kind, so three-letter acronyms (WEF, LAS) stay organisations:

    >>> [str(participant_iri(c)).rsplit("/id/", 1)[1] for c in ("COL", "WEF", "HAMAS", "org/NATO")]
    ['country/COL', 'org/WEF', 'group/HAMAS', 'org/NATO']
    """
    if "/" in code:
        return _actor_iri(code)
    return _actor_iri(_kind_of(code))


@lru_cache(maxsize=4096)
def _kind_of(code: str) -> str:
    from kg.gazetteer import load_default

    gaz = load_default()
    if code in gaz.countries:
        return f"country/{code}"
    if code in gaz.orgs:
        return f"{gaz.orgs[code].kind}/{code}"
    return f"country/{code}" if re.fullmatch(r"[A-Z]{3}", code) else f"org/{code}"


def participant_code(iri: URIRef) -> str:
    """The inverse of participant_iri: a country's ISO3, else the actor id ("org/NATO")."""
    local = str(iri).removeprefix(str(ID))
    return local.removeprefix("country/") if local.startswith("country/") else local


def _person_iri(value: str) -> URIRef:
    return _actor_iri(value if "/" in value else f"person/{value}")


def event_to_triples(event: Event, article_iri: URIRef) -> list[Triple]:
    """The event node (shared across articles) and its evidence nodes in this article."""
    iri = event_iri(event.event_id())
    triples: list[Triple] = [
        (iri, TYPE, G.Event),
        (iri, G.source, participant_iri(event.source)),
        (iri, G.target, participant_iri(event.target)),
        (iri, G.eventType, _type_iri(event.type)),
        (iri, G.datePrecision, _literal(event.date_precision)),
        (iri, G.negated, TRUE if event.negated else FALSE),
        (iri, G.hypothetical, TRUE if event.hypothetical else FALSE),
        (iri, G.confidence, Literal(float(event.confidence))),
        (iri, PRIMARY_SOURCE, article_iri),
    ]
    if event.mode:
        triples.append((iri, G.mode, _type_iri(event.type, event.mode)))
    if (date := date_literal(event.date)) is not None:
        triples.append((iri, G.date, date))
    if event.source_actor:
        triples.append((iri, G.sourceActor, _person_iri(event.source_actor)))
    if event.target_actor:
        triples.append((iri, G.targetActor, _person_iri(event.target_actor)))
    mentions = [{"sentence": event.sentence, "start": event.start, "end": event.end}, *event.evidence]
    for mention in mentions:
        node = evidence_iri(article_iri, int(mention.get("start", 0)), int(mention.get("end", 0)))
        triples += [
            (iri, G.evidence, node),
            (node, TYPE, G.Evidence),
            (node, G.sentence, Literal(mention.get("sentence", ""))),
            (node, G.start, _literal(int(mention.get("start", 0)))),
            (node, G.end, _literal(int(mention.get("end", 0)))),
            (node, G.article, article_iri),
        ]
    return triples


def role_to_triples(role: dict, article: Article) -> list[Triple]:
    """A role stated in text ({"person","name","role","country","sentence"}) as a geo:RoleHolding."""
    article_iri = article_graph_iri(article.id)
    person = _person_iri(str(role["person"]))
    key = "|".join(str(role.get(k) or "") for k in ("person", "role", "country"))
    iri = ID[f"role/{_digest(key + '|' + article.id)}"]
    triples: list[Triple] = [
        (iri, TYPE, G.RoleHolding),
        (iri, G.person, person),
        (iri, G.role, Literal(str(role.get("role") or ""))),
        (iri, DERIVED_FROM, article_iri),
    ]
    if role.get("country"):
        triples.append((iri, G.country, _actor_iri(f"country/{role['country']}")))
    if role.get("sentence"):
        triples.append((iri, G.sentence, Literal(str(role["sentence"]))))
    if article.published:
        triples.append((iri, G.attested, Literal(article.published.isoformat(), datatype=XSD.date)))
    for key in ("start", "end"):
        if (value := date_literal(str(role[key]) if role.get(key) else None)) is not None:
            triples.append((iri, GEO[key], value))
    if role.get("name"):
        triples.append((person, LABEL, Literal(str(role["name"]))))
    return triples


def extraction_to_triples(extraction) -> list[Triple]:
    """The whole named graph of one article's extraction (a kg.extract.pipeline.Extraction)."""
    article = extraction.article
    article_iri = article_graph_iri(article.id)
    triples = article_to_triples(article)
    for actor in extraction.actors:
        triples += actor_to_triples(actor)
        triples.append((article_iri, G.mentions, _actor_iri(actor.id)))
    for event in extraction.events:
        triples += event_to_triples(event, article_iri)
    for role in extraction.roles:
        triples += role_to_triples(role, article)
    return list(dict.fromkeys(triples))  # distinct, in order


def _value(graph: Graph, subject, predicate):
    value = graph.value(subject, predicate, any=True)
    return value.toPython() if isinstance(value, Literal) else value


def events_from_graph(graph: Graph | Iterable[Triple]) -> list[Event]:
    """Events back from triples (one article's graph, or a merge): the inverse of event_to_triples.

    Evidence sentences come back in offset order, the first as sentence/start/end, the rest in
    evidence. Where several articles gave different confidences, the highest is kept.
    """
    if not isinstance(graph, Graph):
        graph = _graph_of(graph)
    events = []
    for iri in sorted(graph.subjects(TYPE, G.Event)):
        type_ = str(graph.value(iri, G.eventType)).removeprefix(str(PLOVER))
        mode = graph.value(iri, G.mode)
        date = graph.value(iri, G.date)
        mentions = sorted(
            ({"sentence": str(graph.value(n, G.sentence) or ""), "start": int(graph.value(n, G.start)),
              "end": int(graph.value(n, G.end)), "article": graph.value(n, G.article)}
             for n in graph.objects(iri, G.evidence)),
            key=lambda m: (str(m["article"]), m["start"], m["end"]))
        first = mentions[0] if mentions else {"sentence": "", "start": 0, "end": 0}
        source_actor, target_actor = graph.value(iri, G.sourceActor), graph.value(iri, G.targetActor)
        confidences = [float(c) for c in graph.objects(iri, G.confidence)]
        events.append(Event(
            source=participant_code(graph.value(iri, G.source)),
            target=participant_code(graph.value(iri, G.target)),
            type=type_, mode=str(mode).rsplit("/", 1)[-1] if mode else None,
            date=str(date) if date is not None else None,
            date_precision=str(graph.value(iri, G.datePrecision) or "unknown"),
            negated=bool(_value(graph, iri, G.negated)), hypothetical=bool(_value(graph, iri, G.hypothetical)),
            confidence=max(confidences, default=0.5),
            sentence=first["sentence"], start=first["start"], end=first["end"],
            source_actor=participant_code(source_actor) if source_actor else None,
            target_actor=participant_code(target_actor) if target_actor else None,
            evidence=[{k: m[k] for k in ("sentence", "start", "end")} for m in mentions[1:]],
        ))
    return events


def _graph_of(triples: Iterable[Triple]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph
