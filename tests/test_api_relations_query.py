"""/relations reads a pair's events with sub-selects hash-joined per direction: the same rows as
the plain formulation (either actor as source or target, events that happened, each once)."""

from __future__ import annotations

import pytest

from api.eventq import PREFIXES
from api.routers.relations import pair_events_query
from kg.ontology import actor_iri
from tests.test_api_eventpage import store  # noqa: F401  (its synthetic store fixture)

PLAIN = PREFIXES + """SELECT DISTINCT ?event ?source ?type ?d WHERE {
  ?event geo:source|geo:target ?a . ?event geo:source|geo:target ?b .
  FILTER NOT EXISTS { ?event geo:negated|geo:hypothetical true }
  ?event geo:source ?source ; geo:eventType ?type .
  OPTIONAL { ?event geo:date ?date } BIND(COALESCE(STR(?date), "") AS ?d)
}"""


def _rows(result) -> list[tuple[str, ...]]:
    return sorted(tuple(str(term) for term in row) for row in result.rows)


@pytest.mark.parametrize("a,b", [("AAA", "BBB"), ("BBB", "AAA"), ("AAA", "FFF"), ("EEE", "DDD")])
def test_pair_query_matches_the_plain_formulation(store, a, b):  # noqa: F811
    a_iri, b_iri = actor_iri(f"country/{a}"), actor_iri(f"country/{b}")
    fast = _rows(store.query(pair_events_query(a_iri, b_iri)))
    plain = _rows(store.query(PLAIN, {"a": a_iri, "b": b_iri}))
    assert fast == plain
    assert fast, "the pair should have events"
    sources = {row[1] for row in fast}
    if (a, b) in (("AAA", "BBB"), ("BBB", "AAA")):
        assert sources == {str(a_iri), str(b_iri)}, "both directions"


def test_pair_with_no_events_is_empty(store):  # noqa: F811
    assert store.query(pair_events_query(actor_iri("country/AAA"), actor_iri("country/ZZZ"))).rows == []
