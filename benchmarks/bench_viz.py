"""Benchmark of the network page: build, serve, page weight and time to a stable layout in Chromium.

Synthetic stores of 500, 5,000 and 20,000 events (random pairs among 150 countries, skewed so a few
pairs carry many events, random PLOVER types and dates in 2025), written through kg.triples into the
in-memory store, 500 events an article. For each: network_data (projection + pyvis + evidence),
the HTML render, GET /viz/network through uvicorn on loopback, the page's bytes, and the time
vis-network takes to stabilise and freeze in headless Chromium (window.geokgStableMs).

    .venv/bin/python benchmarks/bench_viz.py [--sizes 500,5000,20000]
"""

from __future__ import annotations

import argparse
import random
import socket
import threading
import time
import urllib.request
from datetime import date, timedelta

from kg.config import Settings
from kg.model import Article, Event
from kg.ontology import EVENT_TYPES
from kg.store import open_store
from kg.triples import article_graph_iri, article_to_triples, event_to_triples
from viz.network import network_data, network_html

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


def synthetic_store(n_events: int, seed: int = 7):
    rng = random.Random(seed)
    codes = sorted({"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) for _ in range(400)})[:150]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(codes))]
    types = list(EVENT_TYPES)
    store = open_store(Settings(store="memory"))
    for batch in range(0, n_events, 500):
        article = Article(id=f"https://bench.example/{batch}", title=f"Synthetic article {batch}")
        graph = article_graph_iri(article.id)
        triples = article_to_triples(article)
        for i in range(batch, min(batch + 500, n_events)):
            source, target = rng.choices(codes, weights, k=2)
            if source == target:
                continue
            day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
            sentence = f"{source} and {target}: synthetic event number {i}."
            event = Event(source, target, rng.choice(types), date=day.isoformat(), date_precision="day",
                          sentence=sentence, start=i * 100, end=i * 100 + len(sentence))
            triples += event_to_triples(event, graph)
        store.put_graph(str(graph), triples)
    return store


def _serve(store):
    import uvicorn

    from api.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(store="memory"), store=store),
                                           host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def _stable_ms(browser, url: str) -> float:
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    page.goto(url, timeout=120_000)
    page.wait_for_function("window.geokgStable === true", timeout=300_000)
    value = page.evaluate("window.geokgStableMs || 0")
    page.close()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print("| events | edges drawn (of) | nodes | network_data | HTML render | GET /viz/network | page weight "
          "| stable in Chromium |")
    print("|---|---|---|---|---|---|---|---|")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=FLAGS)
        for size in (int(s) for s in args.sizes.split(",")):
            store = synthetic_store(size)
            t0 = time.perf_counter()
            data = network_data(store)
            t1 = time.perf_counter()
            network_html(data)
            t2 = time.perf_counter()
            server, base = _serve(store)
            t3 = time.perf_counter()
            body = urllib.request.urlopen(base + "/viz/network", timeout=300).read()
            t4 = time.perf_counter()
            stable = _stable_ms(browser, base + "/viz/network")
            server.should_exit = True
            print(f"| {size:,} | {data['shown_edges']:,} ({data['total_edges']:,}) | {len(data['nodes'])} "
                  f"| {1000 * (t1 - t0):,.0f} ms | {1000 * (t2 - t1):,.0f} ms | {1000 * (t4 - t3):,.0f} ms "
                  f"| {len(body) / 1024:,.0f} KiB | {stable:,.0f} ms |", flush=True)
            store.close()
        browser.close()


if __name__ == "__main__":
    main()
