"""End-to-end: the pages in headless Chromium (Playwright, /usr/bin/chromium), served by uvicorn.

Every page must load with no console error and no request leaving 127.0.0.1. In CI a missing
Chromium fails; elsewhere the tests skip and say what to install. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from kg.config import Settings
from kg.articles import read_articles
from kg.ingest import ingest, load_nlp
from kg.timeline import build_timeline
from test_timeline import open_memory_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
SEEDS = Path(__file__).parent.parent / "seeds"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = ("/usr/bin/chromium is missing: run `bash .ci/install-browser` as root "
               "(Debian: apt-get install chromium chromium-driver) to run the browser tests")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The real app over the seeds (ingested with the real pipeline), on a free loopback port."""
    import uvicorn

    from api.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    store = open_memory_store(tmp)
    settings = Settings(store="memory", data=tmp)
    report = ingest(store, read_articles([SEEDS], settings), nlp=load_nlp(settings.spacy_model))
    assert report.failed == 0 and report.events > 0, report.to_dict()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(settings, store=store)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 20 s")
        time.sleep(0.05)
    uv.store = store
    uv.base = f"http://127.0.0.1:{port}"
    yield uv
    uv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    """A page that records console errors and refuses any request not to 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.errors, page.outside = [], []
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))

    def guard(route):
        url = route.request.url
        if url.startswith("http://127.0.0.1:") or url.startswith("data:"):
            route.continue_()
        else:
            page.outside.append(url)
            route.abort()

    page.route("**/*", guard)
    yield page
    context.close()


def _open(page, url: str, shot: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)
    assert page.errors == [], page.errors
    assert page.outside == [], page.outside


def _wait_stable(page) -> None:
    page.wait_for_function("window.geokgStable === true", timeout=30_000)


@pytest.mark.parametrize("path,shot", [("/", "home"), ("/?q=colombia", "home-search"),
                                       ("/viz/actor/country/USA", "actor-usa")])
def test_browser_page_loads_offline_without_errors(page, server, path, shot):
    _open(page, server.base + path, shot)
    assert page.locator("main h1").count() == 1


def test_browser_network_shows_usa_col_edge(page, server):
    _open(page, server.base + "/viz/network", "network")
    _wait_stable(page)
    ids = page.evaluate("window.geokgNetwork.body.data.nodes.getIds()")
    assert {"country/USA", "country/COL"} <= set(ids)
    assert page.evaluate("window.geokgNetwork.getConnectedNodes('country/USA')").count("country/COL") >= 1
    page.screenshot(path=str(ARTIFACTS / "network-stable.png"), full_page=True)


def test_browser_type_filter_changes_what_is_drawn(page, server):
    _open(page, server.base + "/viz/network", "network-all")
    _wait_stable(page)
    before = page.evaluate("window.geokgNetwork.body.data.edges.length")
    page.locator("details summary").click()
    page.locator("input[name=types][value=CONSULT]").check()
    page.locator("#filters button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    _wait_stable(page)
    after = page.evaluate("window.geokgNetwork.body.data.edges.get().map(e => Object.keys(e.types))")
    page.screenshot(path=str(ARTIFACTS / "network-consult.png"), full_page=True)
    assert 0 < len(after) < before
    assert all(types == ["CONSULT"] for types in after)
    assert page.errors == [] and page.outside == []


def test_browser_clicking_an_edge_shows_its_evidence(page, server):
    _open(page, server.base + "/viz/network?types=CONSULT", "network-click")
    _wait_stable(page)
    # The middle of the drawn (curved) USA -> COL edge, in page coordinates.
    point = page.evaluate("""() => {
        const net = window.geokgNetwork;
        const edge = net.body.data.edges.get({filter: e => e.from === 'country/USA' && e.to === 'country/COL'})[0];
        const mid = net.body.edges[edge.id].edgeType.getPoint(0.5);
        const dom = net.canvasToDOM(mid), box = document.getElementById('network').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    evidence = page.locator("#evidence-body .evidence-sentence")
    evidence.first.wait_for(timeout=5000)
    page.screenshot(path=str(ARTIFACTS / "network-evidence.png"), full_page=True)
    sentences = " ".join(evidence.all_inner_texts())
    assert "phone call" in sentences and "Petro" in sentences


def test_browser_timeline_draws_usa_col_events(page, server):
    _open(page, server.base + "/viz/timeline/USA/COL?interval=month", "timeline-usa-col")
    expected = build_timeline(server.store, "USA", "COL", interval="month")
    marks = page.locator("svg.tl-chart circle.mark")
    assert marks.count() == len(expected.events) >= 3
    marks.first.hover()
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible", timeout=3000)
    assert "COL" in tooltip.inner_text()
    assert page.locator("li.event").count() == len(expected.events) + len(expected.apart) + len(expected.undated)
    assert "phone call" in page.locator("ol.events").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "timeline-hover.png"), full_page=True)
