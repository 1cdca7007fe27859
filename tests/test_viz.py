"""Pages and their JSON twins over a store of hand-made events: data functions, HTML, routes, assets."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from kg.config import Settings
from test_timeline import _event, open_memory_store, put_article
from viz.assets import asset_path
from viz.network import network_data, network_html, write_network_html

# Anything the browser would load from elsewhere (links to articles are fine: they are not loaded).
CDN = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)


@pytest.fixture
def store(tmp_path):
    store = open_memory_store(tmp_path)
    put_article(store, "https://example.org/usa-col", "Trump and Petro", [
        _event("USA", "COL", "CONSULT", "2026-01-07", mode="phone",
               sentence="Trump spoke with Petro by phone on Wednesday."),
        _event("USA", "COL", "SANCTION", "2025-10-24", sentence="The U.S. sanctioned Colombia's president."),
        _event("COL", "USA", "ACCUSE", "2025-09-15", sentence="Petro accused Washington of meddling."),
        _event("USA", "VEN", "ASSAULT", "2026-01-03", sentence="U.S. forces struck Caracas."),
        _event("USA", "COL", "ASSAULT", "2026-02", precision="month", hypothetical=True,
               sentence="Trump said strikes on Colombia could follow."),
    ])
    yield store
    store.close()


@pytest.fixture
def client(store, tmp_path):
    from api.app import create_app

    with TestClient(create_app(Settings(store="memory", data=tmp_path), store=store)) as client:
        yield client


def _edge(data: dict, source: str, target: str) -> dict:
    return next(e for e in data["edges"] if (e["from"], e["to"]) == (source, target))


def test_network_data_aggregates_pairs_with_evidence(store):
    data = network_data(store)
    ids = {n["id"] for n in data["nodes"]}
    assert {"country/USA", "country/COL", "country/VEN"} <= ids
    edge = _edge(data, "country/USA", "country/COL")
    assert edge["value"] == 2 and edge["types"] == {"CONSULT": 1, "SANCTION": 1}
    assert edge["color"] == "#c0392b"  # a sanction outweighs a call: conflict
    assert "Trump spoke with Petro by phone on Wednesday." in {ev["sentence"] for ev in edge["evidence"]}
    assert _edge(data, "country/COL", "country/USA")["types"] == {"ACCUSE": 1}
    usa = next(n for n in data["nodes"] if n["id"] == "country/USA")
    ven = next(n for n in data["nodes"] if n["id"] == "country/VEN")
    assert usa["size"] > ven["size"]  # size by degree
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_network_data_filters_types_and_flags(store):
    data = network_data(store, types=["CONSULT"])
    assert [(e["from"], e["to"], e["types"]) for e in data["edges"]] == [
        ("country/USA", "country/COL", {"CONSULT": 1})]
    assert _edge(data, "country/USA", "country/COL")["color"] == "#2e8b57"
    with_plans = network_data(store, types=["ASSAULT"], include_hypothetical=True)
    assert {(e["from"], e["to"]) for e in with_plans["edges"]} == {
        ("country/USA", "country/VEN"), ("country/USA", "country/COL")}


def test_network_data_keeps_the_heaviest_edges(store):
    data = network_data(store, max_edges=1)
    assert data["shown_edges"] == 1 and data["total_edges"] == 3
    assert (data["edges"][0]["from"], data["edges"][0]["to"]) == ("country/USA", "country/COL")


def test_write_network_html_is_one_offline_file(store, tmp_path):
    path = write_network_html(store, tmp_path / "graph.html")
    html = path.read_text()
    assert not CDN.search(html), CDN.search(html)
    assert "<script src=" not in html and "bootstrap" not in html.lower()
    assert "vis.Network" in html and len(html) > 400_000  # vis-network inlined
    embedded = json.loads(re.search(r'id="network-data" type="application/json">(.*?)</script>', html, re.S)
                          .group(1).replace("<\\/", "</"))
    assert len(embedded["edges"]) == 3


def test_network_html_escapes_script_endings(store):
    data = network_data(store)
    data["edges"][0]["evidence"] = [{"sentence": "</script><script>alert(1)</script>"}]
    html = network_html(data)
    assert "</script><script>alert(1)" not in html


@pytest.mark.parametrize("path,needle", [
    ("/", "Recent events"),
    ("/?q=colom", "country/COL"),
    ("/viz/network", 'id="network"'),
    ("/viz/network?types=CONSULT", "1 edges"),
    ("/viz/timeline/USA/COL", "Trump spoke with Petro by phone on Wednesday."),
    ("/viz/timeline/USA/COL?interval=week&window=2", "week"),
    ("/viz/actor/country/USA", "country/COL"),
    ("/viz/actor/USA", "Q30"),
])
def test_pages_render_without_cdn(client, path, needle):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert needle in response.text
    assert not CDN.search(response.text), CDN.search(response.text)


@pytest.mark.parametrize("path,key", [
    ("/viz/home.json", "counts"), ("/viz/network.json", "edges"),
    ("/viz/timeline/USA/COL.json", "intervals"), ("/viz/actor/country/USA.json", "partners"),
])
def test_pages_have_json_twins(client, path, key):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert key in response.json()


def test_network_json_twin_matches_data_function(client, store):
    assert client.get("/viz/network.json?types=SANCTION").json()["edges"] == \
        json.loads(json.dumps(network_data(store, types=["SANCTION"])["edges"]))


def test_timeline_page_marks_each_scored_event(client):
    html = client.get("/viz/timeline/USA/COL").text
    assert html.count('<circle class="mark') == 3
    assert "planned / possible" in html  # the hypothetical strike, listed apart


@pytest.mark.parametrize("path,status,detail", [
    ("/viz/timeline/USA/XXX", 404, "Unknown actor"),
    ("/viz/timeline/USA/COL?interval=year", 422, ""),
    ("/viz/actor/country/ZZZ", 404, "Unknown actor"),
    ("/viz/network?include=secret", 400, "include"),
    ("/static/../kg/config.py", 404, ""),
    ("/static/vendor/bootstrap.min.css", 404, "vendor"),
    ("/viz/network?types=SANCTIONS", 400, "Unknown event type"),
    ("/viz/network.json?start=last-week", 400, "YYYY-MM-DD"),
])
def test_pages_errors(client, path, status, detail):
    response = client.get(path)
    assert response.status_code == status, response.text
    assert detail in response.text


def test_static_serves_vis_network_from_pyvis(client):
    response = client.get("/static/vendor/vis-network.min.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "vis-network" in response.text[:2000]
    assert asset_path("vendor/vis-network.min.js").parent.parent.parent.name == "pyvis"
    assert client.get("/static/network.js").status_code == 200
