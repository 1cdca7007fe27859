"""The OpenAPI pages /docs (Swagger UI) and /redoc work offline: every script, style and icon they
name is served by the app itself, and each of those URLs answers 200 with real content."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from kg.store import open_store_by_name


class _Resources(HTMLParser):
    """URLs a page loads: script src, link href, img src, and the spec URL a ReDoc tag names."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href", "img": "src", "redoc": "spec-url"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.urls.append(value)


def resources(html: str) -> list[str]:
    parser = _Resources()
    parser.feed(html)
    return parser.urls


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(store=open_store_by_name("memory"))) as c:
        yield c


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_page_loads_only_local_assets(client, page):
    response = client.get(page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    urls = resources(response.text)
    assert any(u.endswith(".js") for u in urls), urls
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"{page} loads {url} from another host"
        assert url.startswith("/"), url
    # No CDN or web-font host anywhere in the page, not even in inline script.
    for host in ("cdn.", "unpkg", "jsdelivr", "googleapis", "http://", "https://"):
        assert host not in response.text, f"{page} mentions {host}"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_every_asset_of_the_docs_answers(client, page):
    for url in resources(client.get(page).text):
        asset = client.get(url)
        assert asset.status_code == 200, url
        if url.endswith(".js"):
            assert "javascript" in asset.headers["content-type"]
            assert len(asset.content) > 100_000, f"{url} is too small to be the real bundle"
        elif url.endswith(".css"):
            assert asset.headers["content-type"].startswith("text/css")
            assert b"swagger-ui" in asset.content
        elif url.endswith(".png"):
            assert asset.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_forbid_loading_from_other_hosts(client, page):
    policy = client.get(page).headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'"
    for name in ("script-src", "style-src", "img-src", "connect-src"):
        sources = directives[name].split()
        assert "'self'" in sources
        assert not [s for s in sources if "." in s or s.startswith("http") or s == "*"], (name, sources)


def test_other_routes_carry_no_docs_policy(client):
    assert "content-security-policy" not in client.get("/health").headers


def test_swagger_ui_reads_this_apps_spec_and_skips_the_online_validator(client):
    html = client.get("/docs").text
    assert "url: '/openapi.json'" in html
    assert '"validatorUrl": null' in html
    spec = client.get("/openapi.json")
    assert spec.status_code == 200
    assert spec.json()["info"]["title"] == "geokg"


def test_the_docs_files_are_not_in_the_api_description(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith(("/static-docs", "/docs", "/redoc"))]


def test_unknown_docs_asset_is_404(client):
    assert client.get("/static-docs/no-such-file.js").status_code == 404
