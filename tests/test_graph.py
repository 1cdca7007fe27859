"""kg/graph.py: the NetworkX projection of a small real store, its filters, ego networks, centrality."""

from __future__ import annotations

from datetime import date

import pytest

from kg.errors import BadInput, UnknownActor
from kg.extract.pipeline import Extraction
from kg.graph import centrality, ego, project
from kg.model import Actor, Article, Event
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

ACTORS = [Actor("country/USA", "country", "United States", "USA", "Q30"),
          Actor("country/COL", "country", "Colombia", "COL", "Q739"),
          Actor("country/VEN", "country", "Venezuela", "VEN", "Q717"),
          Actor("org/NATO", "org", "NATO", "NATO", "Q7184")]


def _event(source, target, type_, day, mode=None, **flags) -> Event:
    return Event(source, target, type_, mode, f"2026-01-{day:02d}", "day", sentence=f"{source} {type_} {target}.",
                 start=day * 100, end=day * 100 + 20, **flags)


def _article(n: int, *events: Event) -> Extraction:
    article = Article(id=f"https://example.org/{n}", title=f"Article {n}", published=date(2026, 1, 10),
                      url=f"https://example.org/{n}", source="Example Wire" if n % 2 else "Other Post")
    return Extraction(article, ACTORS, list(events))


@pytest.fixture(scope="module")
def store():
    store = open_store_by_name("memory")
    call = _event("USA", "COL", "CONSULT", 7, "phone")
    for extraction in (
        _article(1, call, _event("COL", "USA", "ACCUSE", 5), _event("USA", "VEN", "ASSAULT", 3, "aerial")),
        _article(2, call, _event("USA", "VEN", "ASSAULT", 4, "aerial"),
                 _event("USA", "COL", "SANCTION", 8, hypothetical=True), _event("COL", "USA", "REJECT", 9, negated=True)),
        _article(3, _event("org/NATO", "VEN", "ACCUSE", 6)),
    ):
        store.put_graph(str(article_graph_iri(extraction.article.id)), extraction_to_triples(extraction))
    return store


def test_graph_nodes_carry_actor_attributes(store):
    nxgraph = project(store)
    assert set(nxgraph) == {"country/USA", "country/COL", "country/VEN", "org/NATO"}
    assert nxgraph.nodes["country/USA"].items() >= {"label": "United States", "kind": "country", "code": "USA",
                                                    "wikidata": "Q30"}.items()
    assert nxgraph.nodes["org/NATO"]["kind"] == "org"


def test_graph_edges_aggregate_distinct_events(store):
    nxgraph = project(store)
    call = nxgraph.edges["country/USA", "country/COL", "CONSULT"]
    assert call["weight"] == 1 and call["score"] == 1.5  # reported twice, one event; a phone call scores 1.5
    strikes = nxgraph.edges["country/USA", "country/VEN", "ASSAULT"]
    assert strikes["weight"] == 2 and strikes["score"] == -18.0
    assert (strikes["first"], strikes["last"]) == ("2026-01-03", "2026-01-04") and len(strikes["events"]) == 2
    assert not nxgraph.has_edge("country/USA", "country/COL", "SANCTION")  # hypothetical
    assert not nxgraph.has_edge("country/COL", "country/USA", "REJECT")  # negated


def test_graph_flags_included_on_request(store):
    nxgraph = project(store, include_hypothetical=True, include_negated=True)
    assert nxgraph.has_edge("country/USA", "country/COL", "SANCTION")
    assert nxgraph.has_edge("country/COL", "country/USA", "REJECT")


@pytest.mark.parametrize("kwargs, edges", [
    ({"start": "2026-01-05"}, {"CONSULT", "ACCUSE"}),
    ({"end": date(2026, 1, 4)}, {"ASSAULT"}),
    ({"start": "2026-01-04", "end": "2026-01-05"}, {"ASSAULT", "ACCUSE"}),
    ({"types": ["accuse"]}, {"ACCUSE"}),
    ({"min_weight": 2}, {"ASSAULT"}),
])
def test_graph_filters(store, kwargs, edges):
    assert {key for _, _, key in project(store, **kwargs).edges(keys=True)} == edges


def test_graph_actor_neighbourhood(store):
    assert set(project(store, actor="VEN")) == {"country/VEN", "country/USA", "org/NATO"}
    assert set(project(store, actor="country/VEN", depth=2)) == {"country/VEN", "country/USA", "org/NATO",
                                                                 "country/COL"}
    assert set(ego(project(store), "country/COL", 1)) == {"country/COL", "country/USA"}


def test_graph_bad_filters(store):
    with pytest.raises(BadInput, match="unknown event type"):
        project(store, types=["PHONECALL"])
    with pytest.raises(UnknownActor):
        project(store, actor="XXX")


def test_graph_centrality(store):
    scores = centrality(project(store))
    assert max(scores, key=lambda n: scores[n]["degree"]) == "country/USA"
    assert scores["country/USA"]["weighted_degree"] == 4  # CONSULT 1 + ASSAULT 2 + ACCUSE 1 in
    assert scores["country/VEN"]["pagerank"] > scores["org/NATO"]["pagerank"]
    assert abs(sum(s["pagerank"] for s in scores.values()) - 1) < 1e-6
