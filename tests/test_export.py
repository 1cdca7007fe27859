"""kg/export.py: every format from a small real store, read back where a reader exists."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.errors import BadInput
from kg.export import CSV_COLUMNS, FORMATS, export
from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.ontology import event_iri
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

ACTORS = [Actor("country/USA", "country", "United States", "USA", "Q30"),
          Actor("country/COL", "country", "Colombia", "COL", "Q739")]
CALL = Event("USA", "COL", "CONSULT", "phone", "2026-01-07", "day", confidence=0.9,
             sentence="Trump spoke by phone with Petro on Wednesday.", start=10, end=55)
THREAT = Event("USA", "COL", "THREATEN", None, "2026-01", "month", hypothetical=True, confidence=0.6,
               sentence="Washington could impose tariffs on Colombia, officials said.", start=60, end=120)


@pytest.fixture(scope="module")
def store():
    store = open_store_by_name("memory")
    for n, events in ((1, [CALL, THREAT]), (2, [CALL])):
        article = Article(id=f"https://example.org/{n}", title=f"Article {n}", published=date(2026, 1, 7),
                          url=f"https://example.org/{n}", source=f"Wire {n}")
        extraction = Extraction(article, ACTORS, events)
        store.put_graph(str(article_graph_iri(article.id)), extraction_to_triples(extraction))
    return store


def _export(store, format) -> bytes:
    out = io.BytesIO()
    export(store, format, out)
    return out.getvalue()


@pytest.mark.parametrize("format, rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_rdf_triples(store, format, rdflib_format):
    graph = Graph().parse(data=_export(store, format), format=rdflib_format)
    merged = Graph().parse(data=store.dump("ntriples"), format="nt")
    assert len(graph) == len(merged) > 30
    assert set(graph) == set(merged)


def test_export_turtle_uses_prefixes(store):
    assert b"@prefix geo: <https://w3id.org/geokg/ontology#>" in _export(store, "ttl")
    nodes = json.loads(_export(store, "jsonld"))  # expanded JSON-LD: a list of node objects
    assert str(event_iri(CALL.event_id())) in {node["@id"] for node in nodes}


@pytest.mark.parametrize("format, rdflib_format", [("nquads", "nquads"), ("trig", "trig")])
def test_export_rdf_keeps_article_graphs(store, format, rdflib_format):
    dataset = Dataset()
    dataset.parse(data=_export(store, format), format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {str(article_graph_iri(f"https://example.org/{n}")) for n in (1, 2)}
    assert sum(1 for _ in dataset.quads()) == len(store)


def test_export_graphml(store):
    nxgraph = nx.read_graphml(io.BytesIO(_export(store, "graphml")))
    assert set(nxgraph) == {"country/USA", "country/COL"}
    assert nxgraph.nodes["country/COL"]["wikidata"] == "Q739"
    edges = {data["type"]: data for _, _, data in nxgraph.edges(data=True)}
    assert set(edges) == {"CONSULT", "THREATEN"}
    assert edges["CONSULT"]["weight"] == 1 and edges["CONSULT"]["first"] == "2026-01-07"


def test_export_csv_gdelt_like(store):
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv").decode("utf-8"))))
    assert list(rows[0]) == CSV_COLUMNS
    by_type = {row["EventCode"]: row for row in rows}
    assert set(by_type) == {"CONSULT", "THREATEN"}
    call = by_type["CONSULT"]
    assert (call["GLOBALEVENTID"], call["SQLDATE"], call["Actor1Code"], call["Actor1Name"], call["Actor2Code"]) == \
        (CALL.event_id(), "20260107", "USA", "United States", "COL")
    assert (call["EventRootCode"], call["QuadClass"], call["GoldsteinScale"]) == ("04", "1", "1.5")
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("2", "2", "2")
    assert call["SOURCEURL"] == "https://example.org/1" and call["Sentence"] == CALL.sentence
    threat = by_type["THREATEN"]
    assert (threat["SQLDATE"], threat["DatePrecision"], threat["Hypothetical"], threat["Negated"]) == \
        ("20260100", "month", "1", "0")
    assert (threat["QuadClass"], threat["GoldsteinScale"], threat["Confidence"]) == ("3", "-3.5", "0.6")


def test_export_unknown_format(store):
    with pytest.raises(BadInput, match="unknown export format"):
        _export(store, "xlsx")
    assert set(FORMATS) == {"ttl", "nt", "nquads", "trig", "jsonld", "graphml", "csv"}
