"""The SPARQL 1.1 Protocol endpoint: formats, read-only, bounds; and real clients (SPARQLWrapper,
rdflib's SPARQLStore) over HTTP against uvicorn started by the test itself."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import xml.etree.ElementTree as ET

import pytest
import uvicorn
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from api.app import create_app
from api.sparql import check_query
from kg.config import Settings
from kg.errors import UpdateRefused
from kg.ontology import GEO, ID
from kg.store import open_store_by_name

PREFIX = "PREFIX geo: <https://w3id.org/geokg/ontology#>\n"
SELECT = PREFIX + "SELECT ?event ?type WHERE { ?event a geo:Event ; geo:eventType ?type } ORDER BY ?event"
CONSTRUCT = PREFIX + "CONSTRUCT { ?event geo:eventType ?type } WHERE { ?event a geo:Event ; geo:eventType ?type }"


def build_store(events: int = 5, noise: int = 0):
    """`events` events (with a label holding a tab, a newline and a quote) plus `noise` filler triples."""
    store = open_store_by_name("memory")
    triples = []
    for i in range(events):
        event = ID[f"event/{i:020x}"]
        triples += [(event, RDF.type, GEO.Event), (event, GEO.eventType, URIRef(f"https://w3id.org/geokg/plover/T{i}")),
                    (event, GEO.confidence, Literal(0.5 + i / 100)),
                    (event, GEO.sentence, Literal(f'said "x"\tthen\nleft {i}', lang="en"))]
    store.put_graph(str(ID["article/events"]), triples)
    for chunk in range(0, noise, 5000):
        store.put_graph(str(ID[f"article/noise{chunk}"]),
                        [(ID[f"n/{i}"], GEO.code, Literal(i)) for i in range(chunk, min(noise, chunk + 5000))])
    return store


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(store="memory", query_max_rows=100), store=build_store())) as client:
        yield client


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    for word in words:
        assert word.lower() in body["detail"].lower(), body["detail"]
    return body


def test_api_sparql_get_json(client):
    response = client.get("/sparql", params={"query": SELECT})
    assert response.headers["content-type"] == "application/sparql-results+json"
    body = response.json()
    assert body["head"]["vars"] == ["event", "type"] and len(body["results"]["bindings"]) == 5
    assert body["results"]["bindings"][0]["event"] == {"type": "uri", "value": str(ID["event/" + "0" * 20])}


def test_api_sparql_post_form_and_body_agree(client):
    form = client.post("/sparql", data={"query": SELECT}).json()
    direct = client.post("/sparql", content=SELECT.encode(), headers={"Content-Type": "application/sparql-query"}).json()
    assert form == direct == client.get("/sparql", params={"query": SELECT}).json()


def test_api_sparql_literal_terms_in_json(client):
    body = client.get("/sparql", params={"query": PREFIX + "SELECT ?s ?c WHERE { ?e geo:sentence ?s ; "
                                         "geo:confidence ?c } ORDER BY ?c LIMIT 1"}).json()
    row = body["results"]["bindings"][0]
    assert row["s"] == {"type": "literal", "value": 'said "x"\tthen\nleft 0', "xml:lang": "en"}
    assert row["c"]["datatype"] == "http://www.w3.org/2001/XMLSchema#double"


@pytest.mark.parametrize("accept,media", [
    ("application/sparql-results+xml", "application/sparql-results+xml"), ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml")])
def test_api_sparql_result_formats(client, accept, media):
    query = PREFIX + "SELECT ?e ?s WHERE { ?e geo:sentence ?s } ORDER BY ?e"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.headers["content-type"].split(";")[0] == media
    if media.endswith("xml"):
        ns = "{http://www.w3.org/2005/sparql-results#}"
        results = ET.fromstring(response.content).find(f"{ns}results")
        assert len(results) == 5
        assert results[0].find(f"{ns}binding[@name='s']/{ns}literal").text == 'said "x"\tthen\nleft 0'
    elif media == "text/csv":
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["e", "s"] and rows[1][1] == 'said "x"\tthen\nleft 0' and len(rows) == 6
    elif media == "text/tab-separated-values":
        lines = response.text.rstrip("\n").split("\n")
        assert lines[0] == "?e\t?s" and len(lines) == 6 and lines[1].count("\t") == 1


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_api_sparql_construct_formats(client, accept, fmt):
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.content, format=fmt)
    assert len(graph) == 5 and len(set(graph.subjects(GEO.eventType))) == 5


def test_api_sparql_describe_and_ask(client):
    event = str(ID["event/" + "0" * 20])
    described = client.get("/sparql", params={"query": f"DESCRIBE <{event}>"}, headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=described.text, format="turtle")) == 4
    ask = client.get("/sparql", params={"query": f"ASK {{ <{event}> ?p ?o }}"})
    assert ask.json() == {"head": {}, "boolean": True}
    xml = client.get("/sparql", params={"query": "ASK { ?s ?p 'nothing' }"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>false</boolean>" in xml.text
    assert_problem(client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"}), 406, "ASK")


def test_api_sparql_row_bound_says_so():
    settings = Settings(store="memory", query_max_rows=3)
    with TestClient(create_app(settings, store=build_store())) as client:
        response = client.get("/sparql", params={"query": SELECT})
        assert response.headers["x-geokg-truncated"] == "true" and "3 rows" in response.headers["warning"]
        body = response.json()
        assert len(body["results"]["bindings"]) == 3 and body["truncated"] is True
        whole = client.get("/sparql", params={"query": SELECT + " LIMIT 3"})
        assert "x-geokg-truncated" not in whole.headers


@pytest.mark.parametrize("method,kwargs", [
    ("get", {"params": {"query": "DROP ALL"}}),
    ("get", {"params": {"query": "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }"}}),
    ("get", {"params": {"update": "CLEAR ALL"}}),
    ("post", {"data": {"update": "DELETE WHERE { ?s ?p ?o }"}}),
    ("post", {"data": {"query": "LOAD <http://example.org/data.ttl>"}}),
    ("post", {"content": b"DELETE WHERE { ?s ?p ?o }", "headers": {"Content-Type": "application/sparql-update"}}),
    ("post", {"content": b"DELETE WHERE { ?s ?p ?o }", "headers": {"Content-Type": "application/sparql-query"}}),
])
def test_api_sparql_updates_refused(client, method, kwargs):
    before = client.get("/stats").json()["quads"]
    assert_problem(getattr(client, method)("/sparql", **kwargs), 403, "read-only")
    assert client.get("/stats").json()["quads"] == before


def test_api_sparql_keywords_inside_strings_are_not_updates(client):
    query = PREFIX + 'SELECT ?e WHERE { ?e geo:sentence ?s FILTER(?s != "DROP ALL; DELETE") } # INSERT'
    assert client.get("/sparql", params={"query": query}).status_code == 200


def test_api_sparql_service_refused_unless_allowed(client):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    assert_problem(client.get("/sparql", params={"query": query}), 403, "GEOKG_ALLOW_SERVICE")
    assert check_query(query, allow_service=True) == "SELECT"
    with pytest.raises(UpdateRefused):
        check_query("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", allow_service=True)


def test_api_sparql_syntax_error_has_parser_message(client):
    body = assert_problem(client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"}), 400)
    assert "syntax" in body["detail"].lower() and "1" in body["detail"]
    assert_problem(client.get("/sparql"), 400, "query=")
    assert_problem(client.get("/sparql", params=[("query", SELECT), ("query", SELECT)]), 400, "2 times")
    assert_problem(client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"}), 415,
                   "application/sparql-query")
    assert_problem(client.get("/sparql", params={"query": SELECT, "format": "pdf"}), 406, "pdf")
    dataset = {"query": SELECT, "default-graph-uri": "http://example.org/g"}
    assert_problem(client.get("/sparql", params=dataset), 400, "FROM or GRAPH")


def test_api_sparql_runaway_query_is_bounded():
    """A count over a cartesian product of a 10k-triple store (10^7 rows, seconds of work) is
    answered with a 503 at the time bound; the service keeps answering."""
    settings = Settings(store="memory", query_timeout=0.3)
    with TestClient(create_app(settings, store=build_store(noise=10_000))) as client:
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?c < 1000) }"
        body = assert_problem(client.get("/sparql", params={"query": query}), 503, "0.3 s")
        assert body["title"] == "Query timed out"
        assert client.get("/health").json()["status"] == "ok"


def test_api_sparql_streaming_runaway_is_cut_by_rows():
    """A streaming cartesian product (10^12 rows) stops at the row bound (or the time bound)."""
    settings = Settings(store="memory", query_timeout=5.0, query_max_rows=1000)
    with TestClient(create_app(settings, store=build_store(noise=10_000))) as client:
        response = client.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
        assert response.status_code in (200, 503)
        if response.status_code == 200:
            assert response.headers["x-geokg-truncated"] == "true"
            assert len(response.json()["results"]["bindings"]) == 1000


# ---------------------------------------------------------------- real clients over HTTP

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server_url():
    app = create_app(Settings(store="memory", query_max_rows=1000), store=build_store())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/sparql"
    server.should_exit = True
    thread.join(10)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_api_sparqlwrapper_select_ask_construct(server_url, method):
    from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(server_url)
    if method == "POST":
        client.setMethod(POST)
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["type"]["value"].rsplit("/", 1)[-1] for r in rows] == ["T0", "T1", "T2", "T3", "T4"]
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == 5
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 5


def test_api_sparqlwrapper_errors(server_url):
    from urllib.error import HTTPError

    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(server_url)
    client.setReturnFormat(JSON)
    client.setQuery("SELECT ?s WHERE { ?s ")
    with pytest.raises(QueryBadFormed):
        client.query()
    client.setQuery("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }")
    client.setMethod("POST")
    with pytest.raises(HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    assert "read-only" in json.loads(refused.value.read())["detail"]


def test_api_rdflib_sparqlstore(server_url):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(query_endpoint=server_url))
    rows = list(graph.query(SELECT))
    assert len(rows) == 5 and isinstance(rows[0][0], URIRef)
    assert len(list(graph.triples((None, RDF.type, GEO.Event)))) == 5
    assert (ID["event/" + "0" * 20], RDF.type, GEO.Event) in graph
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert len(constructed) == 5
    with pytest.raises(Exception):  # rdflib's SPARQLStore is read-only on its side too
        graph.update("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }")
