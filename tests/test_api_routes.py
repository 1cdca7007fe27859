"""REST routes through TestClient over a small hand-made graph: bodies, filters, pages, errors."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg.config import Settings
from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

TOKEN = "test-token-123"
USA = Actor("country/USA", "country", "United States", "USA", wikidata="Q30")
COL = Actor("country/COL", "country", "Colombia", "COL", wikidata="Q739")
VEN = Actor("country/VEN", "country", "Venezuela", "VEN", wikidata="Q717")
NATO = Actor("org/NATO", "org", "NATO", "NATO", wikidata="Q7184")
PETRO = Actor("person/gustavo-petro", "person", "Gustavo Petro", "gustavo-petro", country="COL",
              role="head_of_state")
CALL = Event("USA", "COL", "CONSULT", "phone", "2026-01-07", "day", confidence=0.9,
             sentence="Trump spoke by phone with Petro on Wednesday.", start=0, end=45,
             target_actor="person/gustavo-petro")
SANCTION = Event("USA", "COL", "SANCTION", None, "2025-10", "month", confidence=0.8,
                 sentence="Washington imposed sanctions on Petro in October.", start=46, end=95)
THREAT = Event("COL", "USA", "THREATEN", None, "2026-01-05", "day", hypothetical=True,
               sentence="Petro said Colombia could cut ties.", start=96, end=131)
DENIED = Event("USA", "VEN", "ASSAULT", "aerial", "2026-01-03", "day", negated=True,
               sentence="The Pentagon denied striking Venezuela.", start=0, end=39)
STRIKE = Event("USA", "VEN", "ASSAULT", "aerial", "2026-01-02", "day",
               sentence="U.S. aircraft struck targets in Venezuela.", start=40, end=82)
NATO_MEET = Event("NATO", "COL", "CONSULT", None, "2025", "year",
                  sentence="NATO met Colombian officials.", start=83, end=111)


def _articles() -> list[Extraction]:
    a1 = Article(id="https://example.org/call", title="Trump and Petro speak by phone", text="...",
                 published=date(2026, 1, 7), url="https://example.org/call", source="Example Wire")
    a2 = Article(id="https://example.org/venezuela", title="Strikes on Venezuela", text="...",
                 published=date(2026, 1, 4))
    a3 = Article(id="sha256:0000aaaa", title="Second report of the call", text="...", published=date(2026, 1, 8))
    call_again = Event(**{**CALL.to_dict(), "sentence": "The two leaders talked by phone.", "start": 0, "end": 32,
                          "confidence": 0.7})
    stated = {"person": "gustavo-petro", "name": "Gustavo Petro", "role": "head_of_state", "country": "COL",
              "sentence": "Colombian President Gustavo Petro said the call was cordial."}
    return [Extraction(a1, [USA, COL, PETRO], [CALL, SANCTION, THREAT], roles=[stated]),
            Extraction(a2, [USA, VEN, NATO, COL], [DENIED, STRIKE, NATO_MEET]),
            Extraction(a3, [USA, COL], [call_again])]


def build_store():
    store = open_store_by_name("memory")
    for extraction in _articles():
        store.put_graph(article_graph_iri(extraction.article.id), extraction_to_triples(extraction))
    return store


@pytest.fixture()
def client():
    app = create_app(Settings(store="memory", token=TOKEN, max_body_bytes=20_000), store=build_store(), nlp=False)
    with TestClient(app) as client:
        yield client


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"].startswith("http")
    for word in words:
        assert word.lower() in body["detail"].lower(), body["detail"]
    return body


def test_api_health_and_stats(client):
    assert client.get("/health").json()["status"] == "ok"
    stats = client.get("/stats").json()
    assert stats["articles"] == 3 and stats["events"] == 6
    assert stats["actors"] == {"country": 3, "org": 1, "person": 1}
    assert stats["event_types"]["ASSAULT"] == 2


def test_api_actors_search_and_pages(client):
    assert [a["id"] for a in client.get("/actors", params={"q": "colom"}).json()["items"]] == ["country/COL"]
    assert [a["id"] for a in client.get("/actors", params={"kind": "org"}).json()["items"]] == ["org/NATO"]
    first = client.get("/actors", params={"limit": 2}).json()
    second = client.get("/actors", params={"limit": 2, "cursor": first["next"]}).json()
    third = client.get("/actors", params={"limit": 2, "cursor": second["next"]}).json()
    ids = [a["id"] for page in (first, second, third) for a in page["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 5 and third["next"] is None


@pytest.mark.parametrize("given,expected", [("USA", "country/USA"), ("usa", "country/USA"),
                                            ("country/COL", "country/COL"), ("NATO", "org/NATO"),
                                            ("person/gustavo-petro", "person/gustavo-petro")])
def test_api_actor_ids_accepted(client, given, expected):
    assert client.get(f"/actors/{given}").json()["id"] == expected


def test_api_actor_detail(client):
    usa = client.get("/actors/USA").json()
    assert usa["wikidata"] == "http://www.wikidata.org/entity/Q30" and usa["names"] == ["United States"]
    assert usa["counts"] == {"events_as_source": 4, "events_as_target": 1, "articles": 3}
    petro = client.get("/actors/person/gustavo-petro").json()
    assert petro["country"] == "country/COL"
    assert {"role": "head_of_state", "country": "country/COL", "start": "2022-08-07", "end": None,
            "attested": None} in petro["roles"]  # from the gazetteer, with dates
    assert {"role": "head_of_state", "country": "country/COL", "start": None, "end": None,
            "attested": "2026-01-07"} in petro["roles"]  # stated in an article
    assert petro["counts"]["events_as_target"] == 1


@pytest.mark.parametrize("path", ["/actors/USAA", "/actors/planet/MARS", "/events?actor=XYZ",
                                  "/relations/USA/ATLANTIS", "/graph/neighbors/NOPE"])
def test_api_unknown_actor_is_404_problem(client, path):
    assert_problem(client.get(path), 404, "unknown actor")


def test_api_events_default_hides_negated_and_hypothetical(client):
    items = client.get("/events").json()["items"]
    assert {e["type"] for e in items} == {"CONSULT", "SANCTION", "ASSAULT"}
    assert not any(e["negated"] or e["hypothetical"] for e in items)
    dates = [e["date"] for e in items]
    assert dates == sorted(dates, reverse=True)
    everything = client.get("/events", params=[("include", "hypothetical"), ("include", "negated")]).json()
    assert len(everything["items"]) == 6


def test_api_events_filters(client):
    def ids(**params):
        return sorted(e["id"] for e in client.get("/events", params=params).json()["items"])

    assert ids(actor="VEN") == [STRIKE.event_id()]
    assert ids(source="COL", include="hypothetical") == [THREAT.event_id()]
    assert ids(target="person/gustavo-petro") == [CALL.event_id()]
    assert ids(type="SANCTION") == [SANCTION.event_id()]
    assert ids(mode="phone") == [CALL.event_id()]
    assert ids(**{"from": "2026-01-01", "to": "2026-01-06"}) == [STRIKE.event_id()]
    # a month and a year overlap the period: both kept
    assert ids(**{"from": "2025-10-15", "to": "2025-10-20"}) == sorted([SANCTION.event_id(), NATO_MEET.event_id()])
    assert ids(actor="NATO") == [NATO_MEET.event_id()]


def test_api_events_one_event_reported_twice(client):
    call = next(e for e in client.get("/events", params={"type": "CONSULT", "mode": "phone"}).json()["items"])
    assert call["reports"] == 2 and call["confidence"] == 0.9 and call["score"] == 1.5


def test_api_events_cursor_walks_every_event_once(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 2, "include": ["negated", "hypothetical"]} | ({"cursor": cursor} if cursor else {})
        page = client.get("/events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 6


@pytest.mark.parametrize("params,status,word", [
    ({"type": "BOMB"}, 422, "type"), ({"from": "yesterday"}, 422, "from"), ({"limit": 0}, 422, "limit"),
    ({"include": "rumours"}, 422, "include"), ({"cursor": "not-a-cursor"}, 400, "cursor"),
    ({"from": "2026-02-01", "to": "2026-01-01"}, 400, "after"), ({"mode": "catapult"}, 422, "mode")])
def test_api_events_bad_filters_are_problems(client, params, status, word):
    assert_problem(client.get("/events", params=params), status, word)


def test_api_event_detail_has_every_sentence_and_article(client):
    body = client.get(f"/events/{CALL.event_id()}").json()
    sentences = sorted(e["sentence"] for e in body["evidence"])
    assert sentences == ["The two leaders talked by phone.", "Trump spoke by phone with Petro on Wednesday."]
    assert {e["article"]["id"] for e in body["evidence"]} == {"https://example.org/call", "sha256:0000aaaa"}
    assert body["target_actor"] == "person/gustavo-petro"
    assert_problem(client.get("/events/0123456789abcdef0123"), 404, "no event")
    assert_problem(client.get("/events/zzz"), 404, "hex")


def test_api_relation_counts_and_ends(client):
    body = client.get("/relations/USA/COL").json()
    assert body["total"] == 2
    assert {(c["type"], c["direction"], c["count"]) for c in body["counts"]} == {
        ("CONSULT", "a_to_b", 1), ("SANCTION", "a_to_b", 1)}
    assert body["first"]["type"] == "SANCTION" and body["last"]["type"] == "CONSULT"
    assert [e["type"] for e in body["latest"]] == ["CONSULT", "SANCTION"]
    reverse = client.get("/relations/COL/USA").json()
    assert {c["direction"] for c in reverse["counts"]} == {"b_to_a"}
    assert_problem(client.get("/relations/USA/USA"), 400, "two different")


def test_api_timeline(client):
    body = client.get("/timeline/USA/COL", params={"interval": "month"}).json()
    assert body["totals"]["events"] == 2 and body["totals"]["apart"] == 1
    assert [iv["start"] for iv in body["intervals"] if iv["count"]] == ["2025-10-01", "2026-01-01"]
    assert_problem(client.get("/timeline/USA/COL", params={"interval": "year"}), 422, "interval")


def test_api_neighbors(client):
    one = client.get("/graph/neighbors/COL").json()
    assert {n["id"] for n in one["nodes"]} == {"country/COL", "country/USA", "org/NATO"}
    two = client.get("/graph/neighbors/COL", params={"depth": 2}).json()
    assert {n["id"]: n["distance"] for n in two["nodes"]}["country/VEN"] == 2
    assert {"source": "country/USA", "target": "country/VEN", "type": "ASSAULT", "count": 1} in two["edges"]
    dated = client.get("/graph/neighbors/COL", params={"from": "2026-01-01"}).json()
    assert {n["id"] for n in dated["nodes"]} == {"country/COL", "country/USA"}
    assert_problem(client.get("/graph/neighbors/COL", params={"depth": 9}), 422, "depth")


def test_api_articles(client):
    items = client.get("/articles").json()["items"]
    assert len(items) == 3
    call = next(a for a in items if a["id"] == "https://example.org/call")
    by_key = client.get(f"/articles/{call['iri'].rsplit('/', 1)[-1]}").json()
    by_url = client.get("/articles/https://example.org/call").json()
    assert by_key == by_url and by_key["source"] == "Example Wire"
    assert by_key["mentions"] == ["country/COL", "country/USA", "person/gustavo-petro"]
    assert len(by_key["events"]) == 3
    assert_problem(client.get("/articles/https://example.org/missing"), 404, "no article")


def test_api_post_articles_needs_token(client):
    article = {"title": "Colombia and Venezuela sign a border deal", "published": "2026-01-09"}
    assert_problem(client.post("/articles", json=article), 401, "bearer")
    bad = client.post("/articles", json=article, headers={"Authorization": "Bearer wrong"})
    assert_problem(bad, 401, "does not match")
    ok = client.post("/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["ingested"] == 1 and ok.json()["articles"][0]["status"] == "ingested"
    again = client.post("/articles", json=[article], headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["skipped"] == 1 and again["ingested"] == 0
    assert client.get("/stats").json()["articles"] == 4


@pytest.mark.parametrize("body,word", [(b"{not json", "not json"), (b'{"title": ""}', "neither"),
                                       (b'{"title": "x", "colour": "red"}', "colour"), (b"[]", "1 to")])
def test_api_post_articles_bad_body(client, body, word):
    response = client.post("/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                               "Content-Type": "application/json"})
    assert_problem(response, 400, word)


def test_api_post_articles_too_large(client):
    huge = {"title": "big", "text": "word " * 10_000}
    response = client.post("/articles", json=huge, headers={"Authorization": f"Bearer {TOKEN}"})
    assert_problem(response, 413, "limit")
    assert client.get("/stats").json()["articles"] == 3


def test_api_writes_disabled_without_token():
    app = create_app(Settings(store="memory"), store=build_store())
    with TestClient(app) as client:
        response = client.post("/articles", json={"title": "x"}, headers={"Authorization": "Bearer x"})
        assert_problem(response, 403, "GEOKG_TOKEN")


def test_api_canned_queries(client):
    listed = {q["name"]: q for q in client.get("/queries").json()}
    assert {"events-between", "events-of-type", "top-partners", "latest-events"} <= set(listed)
    assert [p["name"] for p in listed["events-between"]["params"]] == ["a", "b"]
    rows = client.get("/queries/events-between", params={"a": "USA", "b": "COL"}).json()["rows"]
    assert len(rows) == 3 and rows[0]["date"] == "2026-01-07"
    partners = client.get("/queries/top-partners", params={"actor": "USA"}).json()["rows"]
    assert [(r["partner"].rsplit("/", 1)[-1], r["events"]) for r in partners] == [("COL", 2), ("VEN", 1)]
    typed = client.get("/queries/events-of-type", params={"type": "assault", "from": "2026-01-01"}).json()
    assert len(typed["rows"]) == 1
    csv = client.get("/queries/latest-events", params={"format": "csv", "limit": 2})
    assert csv.headers["content-type"].startswith("text/csv") and len(csv.text.strip().splitlines()) == 3
    assert csv.headers["x-geokg-truncated"] == "true"
    assert_problem(client.get("/queries/events-between", params={"a": "USA"}), 400, "'b'")
    assert_problem(client.get("/queries/events-of-type", params={"type": "BOMB"}), 400, "PLOVER")
    assert_problem(client.get("/queries/nope"), 404, "events-between")


def test_api_not_found_and_method_not_allowed_are_problems(client):
    assert_problem(client.get("/no/such/route"), 404, "/docs")
    assert_problem(client.delete("/events"), 405, "DELETE")


def test_api_cors_from_settings():
    app = create_app(Settings(store="memory", cors_origins=["https://example.org"]), store=build_store())
    with TestClient(app) as client:
        response = client.get("/health", headers={"Origin": "https://example.org"})
        assert response.headers["access-control-allow-origin"] == "https://example.org"
        other = client.get("/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_api_openapi_documents_problems_and_examples(client):
    spec = client.get("/openapi.json").json()
    events = spec["paths"]["/events"]["get"]
    assert "application/problem+json" in events["responses"]["422"]["content"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert spec["components"]["schemas"]["EventPublic"]["examples"]
    assert "/timeline/{a}/{b}" in spec["paths"] and "/sparql" in spec["paths"]
