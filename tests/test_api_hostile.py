"""Hostile and broken input: injection through REST parameters, huge bodies, bad tokens, and
ingest running while queries are answered. Nothing may change the data or take the service down."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg.config import Settings
from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

TOKEN = "hostile-test-token"
INJECTIONS = ["'> } ; DROP ALL #", "USA> } ; DROP ALL #", 'USA" } DROP ALL { "', "USA\n} DELETE WHERE { ?s ?p ?o",
              "<http://evil/>", "?s", "USA'; DROP TABLE events; --", "../../etc/passwd", "%00", "USA%3E%7D"]


def build_store():
    store = open_store_by_name("memory")
    usa = Actor("country/USA", "country", "United States", "USA", wikidata="Q30")
    col = Actor("country/COL", "country", "Colombia", "COL", wikidata="Q739")
    article = Article(id="https://example.org/call", title="Trump and Petro speak", text="...")
    event = Event("USA", "COL", "CONSULT", "phone", "2026-01-07", "day", sentence="They spoke.", start=0, end=11)
    store.put_graph(article_graph_iri(article.id), extraction_to_triples(Extraction(article, [usa, col], [event])))
    return store


@pytest.fixture()
def client():
    settings = Settings(store="memory", token=TOKEN, max_body_bytes=1_000_000)
    with TestClient(create_app(settings, store=build_store(), nlp=False)) as client:
        yield client


def _quads(client) -> int:
    return client.get("/stats").json()["quads"]


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("route", ["/events?actor={v}", "/events?source={v}", "/events?cursor={v}",
                                   "/actors?q={v}", "/actors/{v}", "/relations/USA/{v}", "/graph/neighbors/{v}",
                                   "/queries/top-partners?actor={v}", "/queries/events-of-type?type={v}",
                                   "/articles/{v}", "/events/{v}", "/timeline/{v}/COL"])
def test_api_injection_in_rest_parameters_is_inert(client, route, value):
    before = _quads(client)
    url = route.replace("{v}", value.replace("%", "%25").replace("#", "%23").replace("?", "%3F")
                        .replace("\n", "%0A").replace(" ", "%20"))
    response = client.get(url)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
    assert _quads(client) == before
    assert client.get("/events", params={"actor": "USA"}).json()["items"]


def test_api_injection_in_search_finds_nothing_and_matches_literally(client):
    assert client.get("/actors", params={"q": "'> } ; DROP ALL #"}).json()["items"] == []
    assert [a["id"] for a in client.get("/actors", params={"q": "state"}).json()["items"]] == ["country/USA"]


def test_api_hundred_megabyte_body_is_refused_early(client):
    def chunks():  # streamed: the server must stop reading at the limit, not buffer 100 MB
        block = b"x" * (1 << 20)
        for _ in range(100):
            yield block

    response = client.post("/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                   "Content-Type": "application/json"})
    assert response.status_code == 413
    assert "GEOKG_MAX_BODY_BYTES" in response.json()["detail"]
    declared = client.post("/sparql", content=b"x" * 2_000_000,
                           headers={"Content-Type": "application/sparql-query"})
    assert declared.status_code == 413


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", f"Bearer {TOKEN}x",
                                    f"bearer {TOKEN[:-1]}", "Token " + TOKEN])
def test_api_bad_tokens_are_refused(client, header):
    before = _quads(client)
    headers = {"Authorization": header} if header else {}
    response = client.post("/articles", json={"title": "Colombia expels U.S. diplomats"}, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert _quads(client) == before


def test_api_concurrent_ingest_and_queries(client):
    """Writers ingest 40 articles while readers query: no error, no lost or duplicated article."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    errors: list[str] = []
    stop = threading.Event()

    def write(n: int) -> None:
        batch = [{"id": f"concurrent-{n}-{i}", "title": f"Colombia and Brazil meet, round {n}-{i}",
                  "published": "2026-01-09"} for i in range(5)]
        for _ in range(2):  # the second time everything is skipped
            response = client.post("/articles", json=batch, headers=headers)
            if response.status_code != 200:
                errors.append(response.text)

    def read() -> None:
        while not stop.is_set():
            for url in ("/events?actor=USA", "/stats", "/actors?q=col", "/articles?limit=5"):
                response = client.get(url)
                if response.status_code != 200:
                    errors.append(response.text)
            sparql = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
            if sparql.status_code != 200:
                errors.append(sparql.text)

    with ThreadPoolExecutor(max_workers=6) as pool:
        readers = [pool.submit(read) for _ in range(2)]
        writers = [pool.submit(write, n) for n in range(8)]
        for future in writers:
            future.result()
        stop.set()
        for future in readers:
            future.result()
    assert errors == []
    assert client.get("/stats").json()["articles"] == 1 + 40
    listed, cursor = [], None
    while True:
        page = client.get("/articles", params={"limit": 500} | ({"cursor": cursor} if cursor else {})).json()
        listed += [a["id"] for a in page["items"]]
        if not (cursor := page["next"]):
            break
    assert len(listed) == len(set(listed)) == 41
