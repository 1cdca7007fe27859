"""schemathesis against the app's own OpenAPI: for generated requests on every operation, no 5xx,
and every response matches its documented status, media type and schema. Examples are bounded so
the run stays well under two minutes."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_schema_conformance,
                                 status_code_conformance)

from api.app import create_app
from kg.config import Settings
from kg.extract.pipeline import Extraction
from kg.model import Actor, Article, Event
from kg.store import open_store_by_name
from kg.triples import article_graph_iri, extraction_to_triples

MAX_EXAMPLES = 12


def build_app():
    store = open_store_by_name("memory")
    usa = Actor("country/USA", "country", "United States", "USA", wikidata="Q30")
    col = Actor("country/COL", "country", "Colombia", "COL", wikidata="Q739")
    article = Article(id="https://example.org/call", title="Trump and Petro speak", text="...")
    events = [Event("USA", "COL", "CONSULT", "phone", "2026-01-07", "day", sentence="They spoke.", start=0, end=11),
              Event("COL", "USA", "ACCUSE", None, "2026-01", "month", sentence="Petro accused.", start=12, end=26)]
    store.put_graph(article_graph_iri(article.id),
                    extraction_to_triples(Extraction(article, [usa, col], events)))
    # No token: POST /articles answers 403 (documented); the schema of its body is still exercised.
    return create_app(Settings(store="memory", query_timeout=5.0), store=store)


@schemathesis.serializer("application/sparql-query")
def _sparql_query_body(ctx, value) -> bytes:
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else str(value).encode()


APP = build_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.exclude(path_regex="^/(viz|static)|^/$").parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_schema_conformance(case):
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance])
