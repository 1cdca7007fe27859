"""kg/triples.py: articles, actors, events and extractions as triples, and events back."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.ontology import GEO, ID, PLOVER, WD, actor_iri, event_iri
from kg.store import SPARQL_PREFIXES, open_store_by_name
from kg.triples import (actor_to_triples, article_graph_iri, article_to_triples, date_literal, event_to_triples,
                        events_from_graph, evidence_iri, extraction_to_triples, participant_iri)

TEXT = ("Trump, Petro Hold First Phone Call\n\nU.S. President Donald Trump spoke by phone with Colombian "
        "President Gustavo Petro on Wednesday. Petro said the call was cordial.")


def _call(sentence_start: int = 36, **changes) -> Event:
    fields = dict(source="USA", target="COL", type="CONSULT", mode="phone", date="2026-01-07",
                  date_precision="day", confidence=0.9, sentence="U.S. President Donald Trump spoke by phone "
                  "with Colombian President Gustavo Petro on Wednesday.", start=sentence_start, end=sentence_start + 95,
                  source_actor="person/donald-trump", target_actor="person/gustavo-petro")
    return Event(**(fields | changes))


@pytest.fixture
def extraction() -> Extraction:
    article = Article(id="https://example.org/news/trump-petro-call", text=TEXT.split("\n\n", 1)[1],
                      title="Trump, Petro Hold First Phone Call", published=date(2026, 1, 7),
                      url="https://example.org/news/trump-petro-call", source="Example Wire")
    actors = [Actor("country/USA", "country", "United States", "USA", "Q30"),
              Actor("country/COL", "country", "Colombia", "COL", "Q739"),
              Actor("person/donald-trump", "person", "Donald Trump", "donald-trump", "Q22686", "USA", "head_of_state"),
              Actor("person/gustavo-petro", "person", "Gustavo Petro", "gustavo-petro", "Q1379977", "COL",
                    "head_of_state")]
    events = [_call(evidence=[{"sentence": "Petro said the call was cordial.", "start": 132, "end": 164}]),
              Event("COL", "USA", "ACCUSE", None, "2026-01", "month", hypothetical=True, sentence="x",
                    start=0, end=1)]
    roles = [{"person": "person/gustavo-petro", "name": "Gustavo Petro", "role": "head_of_state", "country": "COL",
              "sentence": "Colombian President Gustavo Petro"}]
    return Extraction(article, actors, events, roles=roles)


def test_triples_article_graph_iri_is_stable_and_distinct():
    assert article_graph_iri("a") == article_graph_iri("a") != article_graph_iri("b")
    assert str(article_graph_iri("a")).startswith(str(ID["article/"]))


def test_triples_article(extraction):
    graph = Graph()
    for t in article_to_triples(extraction.article):
        graph.add(t)
    iri = article_graph_iri(extraction.article.id)
    assert graph.value(iri, RDF.type) == GEO.Article
    assert graph.value(iri, GEO.published) == Literal("2026-01-07", datatype=XSD.date)
    assert str(graph.value(iri, GEO.articleId)) == extraction.article.id


def test_triples_actor_person(extraction):
    trump = actor_iri("person/donald-trump")
    triples = set(actor_to_triples(extraction.actors[2]))
    assert {(trump, RDF.type, GEO.Person), (trump, RDFS.label, Literal("Donald Trump")),
            (trump, OWL.sameAs, WD.Q22686), (trump, GEO.country, actor_iri("country/USA")),
            (trump, GEO.role, Literal("head_of_state"))} <= triples
    usa = set(actor_to_triples(extraction.actors[0]))
    assert (actor_iri("country/USA"), GEO.iso3, Literal("USA")) in usa


@pytest.mark.parametrize("value, datatype", [("2026-01-07", XSD.date), ("2026-01", XSD.gYearMonth),
                                             ("2026", XSD.gYear), (None, None), ("last week", None)])
def test_triples_date_literal(value, datatype):
    literal = date_literal(value)
    assert (literal.datatype if literal is not None else None) == datatype


@pytest.mark.parametrize("code, local", [("USA", "country/USA"), ("org/NATO", "org/NATO"),
                                         ("group/HAMAS", "group/HAMAS"), ("NATO", "org/NATO"),
                                         ("WEF", "org/WEF"), ("LAS", "org/LAS"), ("HAMAS", "group/HAMAS"),
                                         ("M23", "group/M23")])
def test_triples_participant_iri(code, local):
    assert participant_iri(code) == ID[local]


def test_triples_event_node_and_evidence(extraction):
    article = article_graph_iri(extraction.article.id)
    event = extraction.events[0]
    iri = event_iri(event.event_id())
    triples = set(event_to_triples(event, article))
    assert {(iri, RDF.type, GEO.Event), (iri, GEO.source, ID["country/USA"]), (iri, GEO.target, ID["country/COL"]),
            (iri, GEO.eventType, PLOVER.CONSULT), (iri, GEO.mode, PLOVER["CONSULT/phone"]),
            (iri, GEO.date, Literal("2026-01-07", datatype=XSD.date)), (iri, GEO.negated, Literal(False)),
            (iri, GEO.sourceActor, ID["person/donald-trump"]), (iri, PROV.hadPrimarySource, article)} <= triples
    evidence = {o for s, p, o in triples if p == GEO.evidence}
    assert evidence == {evidence_iri(article, 36, 131), evidence_iri(article, 132, 164)}
    assert (evidence_iri(article, 132, 164), GEO.sentence, Literal("Petro said the call was cordial.")) in triples


def test_triples_extraction_round_trip(extraction):
    graph = Graph()
    for t in extraction_to_triples(extraction):
        graph.add(t)
    back = {e.event_id(): e for e in events_from_graph(graph)}
    assert set(back) == {e.event_id() for e in extraction.events}
    call = back[extraction.events[0].event_id()]
    assert (call.sentence, call.start, call.end) == (extraction.events[0].sentence, 36, 131)
    assert call.evidence == extraction.events[0].evidence
    assert call.confidence == 0.9 and call.mode == "phone" and call.target_actor == "person/gustavo-petro"
    accuse = back[extraction.events[1].event_id()]
    assert accuse.hypothetical and accuse.date == "2026-01" and accuse.mode is None


def test_triples_role_holding_has_provenance(extraction):
    graph = Graph()
    for t in extraction_to_triples(extraction):
        graph.add(t)
    (holding,) = graph.subjects(RDF.type, GEO.RoleHolding)
    assert graph.value(holding, GEO.person) == ID["person/gustavo-petro"]
    assert graph.value(holding, GEO.country) == ID["country/COL"]
    assert graph.value(holding, PROV.wasDerivedFrom) == article_graph_iri(extraction.article.id)
    assert graph.value(holding, GEO.attested) == Literal("2026-01-07", datatype=XSD.date)


def test_triples_same_event_two_articles_is_one_node(extraction):
    store = open_store_by_name("memory")
    first = extraction_to_triples(extraction)
    other = Article(id="https://example.org/other", title="Trump and Petro spoke", published=date(2026, 1, 8))
    second = extraction_to_triples(Extraction(other, extraction.actors, [_call(sentence_start=0)]))
    store.put_graph(str(article_graph_iri(extraction.article.id)), first)
    store.put_graph(str(article_graph_iri(other.id)), second)
    result = store.query(SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?ev) AS ?evidence) "
                         "(COUNT(DISTINCT ?a) AS ?articles) WHERE { ?e a ?cls ; geo:eventType ?type ; ?has ?ev ; ?src ?a . "
                         "?ev ?inarticle ?a }",
                         {"cls": GEO.Event, "type": PLOVER.CONSULT, "has": GEO.evidence, "src": PROV.hadPrimarySource, "inarticle": GEO.article})
    assert [int(v) for v in result.rows[0]] == [1, 3, 2]
    # the same article twice adds nothing
    before = len(store)
    store.put_graph(str(article_graph_iri(extraction.article.id)), extraction_to_triples(extraction))
    assert len(store) == before
