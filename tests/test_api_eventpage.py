"""Pages of /events found by walking dates give exactly what the filter-led query gives: the same
events in the same order with the same cursors, page after page, for every kind of filter; and
the cache of dates follows writes."""

from __future__ import annotations

import random

import pytest
from fastapi.testclient import TestClient

import api.eventpage as eventpage
from api.app import create_app
from api.eventpage import DateCache, date_groups, event_page
from api.eventq import EventFilter
from api.ids import decode_cursor
from kg.config import Settings
from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.ontology import actor_iri
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

CODES = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]
WEIGHTS = [40, 25, 15, 10, 6, 4]  # a busy actor and rare ones
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "SANCTION"]


def _events(n: int, seed: int) -> list[Event]:
    """n events over a few months: many share a day (ties broken by IRI), some dated by month or
    year, some undated, some negated or hypothetical."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        source, target = rng.choices(CODES, WEIGHTS, k=2)
        if source == target:
            target = CODES[(CODES.index(source) + 1) % len(CODES)]
        day = f"2025-{rng.randint(10, 12):02d}-{rng.randint(1, 28):02d}"
        date, precision = rng.choices([(day, "day"), (day[:7], "month"), ("2025", "year"), (None, "unknown")],
                                      [80, 10, 4, 6])[0]
        type_ = rng.choice(TYPES)
        mode = "phone" if type_ == "CONSULT" and rng.random() < 0.5 else None
        out.append(Event(source, target, type_, mode, date, precision, negated=rng.random() < 0.05,
                         hypothetical=rng.random() < 0.08, sentence=f"Event {i}.", start=0, end=9))
    return out


@pytest.fixture(scope="module")
def store():
    s = open_store_by_name("memory")
    events = _events(700, seed=3)
    actors = [Actor(f"country/{c}", "country", f"Country {c}", c) for c in CODES]
    for k in range(0, len(events), 10):
        article = Article(id=f"https://example.org/a{k}", title=f"Article {k}", text="...")
        s.put_graph(article_graph_iri(article.id), extraction_to_triples(Extraction(article, actors, events[k:k + 10])))
    yield s
    s.close()


SETTINGS = Settings(store="memory")


def _all_pages(store, f: EventFilter, limit: int) -> list[tuple[list[str], str | None]]:
    pages, cursor = [], None
    for _ in range(1000):
        items, cursor = event_page(store, SETTINGS, f, decode_cursor(cursor, 2), limit)
        pages.append(([item.id for item in items], cursor))
        if cursor is None:
            return pages
    raise AssertionError("pagination did not end")


def _by(monkeypatch, walk: bool) -> None:
    monkeypatch.setattr(eventpage, "WALK_MIN_MATCHES", 0)
    monkeypatch.setattr(eventpage, "prefer_walk", lambda matches, dated, need: walk)


def _iri(code: str):
    return actor_iri(f"country/{code}")


FILTERS = {
    "busy actor": EventFilter(actor=_iri("AAA")),
    "rare actor": EventFilter(actor=_iri("FFF")),
    "source and target": EventFilter(source=_iri("AAA"), target=_iri("BBB")),
    "pair": EventFilter(pair=(_iri("BBB"), _iri("AAA"))),
    "type and mode": EventFilter(types=["CONSULT"], mode="phone"),
    "two types": EventFilter(types=["ASSAULT", "SANCTION"], actor=_iri("CCC")),
    "period": EventFilter(actor=_iri("AAA"), start="2025-11-03", end="2025-12-10"),
    "open period": EventFilter(start="2025-12-01"),
    "flags shown": EventFilter(actor=_iri("BBB"), include_negated=True, include_hypothetical=True),
    "nothing": EventFilter(),
}


@pytest.mark.parametrize("name", list(FILTERS))
@pytest.mark.parametrize("limit", [4, 11, 50])
def test_walk_pages_equal_filter_led_pages(store, monkeypatch, name, limit):
    f = FILTERS[name]
    _by(monkeypatch, walk=False)
    led = _all_pages(store, f, limit)
    _by(monkeypatch, walk=True)
    walked = _all_pages(store, f, limit)
    assert walked == led
    listed = [i for ids, _ in led for i in ids]
    assert len(listed) == len(set(listed)), "an event listed twice"
    if name != "period" and limit == 11:
        assert len(led) > 2, "the filter should span several pages"


def test_walk_reads_windows_of_dates_and_reaches_undated_events_last(store, monkeypatch):
    _by(monkeypatch, walk=True)
    windows = []
    real = eventpage.window_query
    monkeypatch.setattr(eventpage, "window_query", lambda *a, **k: windows.append(len(a[2])) or real(*a, **k))
    f, items, cursor = EventFilter(actor=_iri("AAA")), [], None
    while True:
        page, cursor = event_page(store, SETTINGS, f, decode_cursor(cursor, 2), 7)
        items += page
        if cursor is None:
            break
    assert windows and min(windows) >= 1
    dates = [item.date or "" for item in items]
    assert dates == sorted(dates, reverse=True)
    assert dates[-1] == "" and dates[0].startswith("2025-12")
    assert "2025" in dates and "2025-11" in dates  # year and month precision sort after their days


def test_walk_falls_back_to_filter_led_query_below_walked_dates(store, monkeypatch):
    """A rare filter walked anyway: after reading more events than the filter matches, the walk
    hands over to the filter-led query, and the pages are still the same."""
    f = EventFilter(actor=_iri("FFF"), types=["SANCTION"])
    _by(monkeypatch, walk=False)
    led = _all_pages(store, f, 3)
    _by(monkeypatch, walk=True)
    calls = []
    real = eventpage._led_by_filters
    monkeypatch.setattr(eventpage, "_led_by_filters", lambda *a, **k: calls.append(k) or real(*a, **k))
    assert _all_pages(store, f, 3) == led
    assert any(k.get("before") for k in calls)


def test_dates_group_by_text_newest_first_with_counts(store):
    groups = date_groups(store, SETTINGS)
    texts = [g.text for g in groups]
    assert texts == sorted(texts, reverse=True)
    assert "2025" in texts and "2025-10" in texts and "" not in texts
    total = store.query("PREFIX geo: <https://w3id.org/geokg/ontology#> "
                        "SELECT (COUNT(*) AS ?n) WHERE { ?e geo:date ?d }").rows[0][0].toPython()
    assert sum(g.events for g in groups) == int(total)


def test_untrusted_cache_recomputes_and_trusted_cache_holds_until_invalidated():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    loose = DateCache(trusted=False)
    assert (loose.count("q", compute), loose.count("q", compute)) == (1, 2)
    calls.clear()
    held = DateCache(trusted=True)
    assert (held.count("q", compute), held.count("q", compute)) == (1, 1)
    held.invalidate()
    assert held.count("q", compute) == 2
    with held.writing():  # a write under way: read through, keep nothing
        assert (held.count("q", compute), held.count("q", compute)) == (3, 4)
    assert (held.count("q", compute), held.count("q", compute)) == (5, 5)


def test_app_caches_dates_only_for_a_store_it_opened_and_ingest_drops_them(tmp_path):
    handed = create_app(store=open_store_by_name("memory"))
    assert handed.state.date_cache.trusted is False
    app = create_app(Settings(store="oxigraph", data=tmp_path, token="t0ken"), nlp=False)
    assert app.state.date_cache.trusted is True
    with TestClient(app) as client:
        assert client.get("/events", params={"limit": 1}).status_code == 200
        before = app.state.date_cache.generation
        response = client.post("/articles", headers={"Authorization": "Bearer t0ken"},
                               json={"title": "Talks", "text": "Colombia and Venezuela held talks."})
        assert response.status_code == 200, response.text
        assert app.state.date_cache.generation > before
