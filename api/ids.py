"""Identifiers in URLs <-> IRIs, and opaque page cursors.

In: what users type in paths and filters (`USA`, `NATO`, `country/COL`, `person/gustavo-petro`,
an event id, an article id or its key); out: IRIs checked against the store, or a clear 404.
Cursors are URL-safe base64 of a small JSON list (the sort key of the last item of a page).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from rdflib import URIRef

from kg.errors import BadInput, NotFound, UnknownActor
from kg.model import ACTOR_KINDS
from kg.ontology import ID, actor_iri
from kg.store.base import Store

_ACTOR_ID = re.compile(r"^(?:(country|person|org|group)/)?([A-Za-z0-9][A-Za-z0-9_.\-]{0,99})$")
_EVENT_ID = re.compile(r"^[0-9a-f]{8,64}$")
_ARTICLE_KEY = re.compile(r"^[0-9a-f]{16}$")
_ASK_EXISTS = "ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }"
_CACHE_SIZE = 4096
ACTOR_HELP = ("expected an ISO3 code like 'USA', an organisation like 'NATO', or an id like "
              "'country/COL', 'org/NATO' or 'person/gustavo-petro'")


def actor_id_of(iri) -> str:
    """'https://w3id.org/geokg/id/country/USA' -> 'country/USA'."""
    return str(iri).removeprefix(str(ID))


def actor_candidates(raw: str) -> list[str]:
    """Actor ids a typed value may stand for, most likely first; BadInput when it cannot be one.

    >>> actor_candidates("USA"), actor_candidates("person/gustavo-petro")
    (['country/USA', 'org/USA', 'group/USA'], ['person/gustavo-petro'])
    """
    match = _ACTOR_ID.match(raw.strip())
    if not match:
        raise UnknownActor(f"Unknown actor {raw[:100]!r}; {ACTOR_HELP}.")
    kind, code = match.groups()
    if kind:
        return [f"{kind}/{code}"]
    if re.fullmatch(r"[A-Za-z]{3}", code):
        return [f"country/{code.upper()}", f"org/{code.upper()}", f"group/{code.upper()}"]
    if code.isupper() or code.upper() == code:
        return [f"org/{code}", f"group/{code}"]
    return [f"person/{code.lower()}", f"org/{code.upper()}", f"group/{code.upper()}"]


def resolve_actor(store: Store, raw: str, cache: dict | None = None) -> URIRef:
    """The IRI of the actor a typed value names, checked to exist in the store."""
    key = raw.strip()
    if cache is not None and key in cache:
        return cache[key]
    for candidate in actor_candidates(key):
        iri = actor_iri(candidate)
        if store.query(_ASK_EXISTS, {"iri": iri}, timeout=5.0).boolean:
            if cache is not None:
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[key] = iri
            return iri
    raise UnknownActor(f"Unknown actor {raw[:100]!r}: no such country, organisation, group or "
                       f"person in the graph; {ACTOR_HELP}.")


def actor_kind_ok(kind: str | None) -> str | None:
    if kind is not None and kind not in ACTOR_KINDS:
        raise BadInput(f"Unknown kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}.")
    return kind


def event_iri_of(raw: str) -> URIRef:
    event_id = raw.strip().rsplit("/", 1)[-1].lower()
    if not _EVENT_ID.match(event_id):
        raise NotFound(f"No event {raw[:100]!r}: an event id is the hex string at the end of its "
                       f"IRI, as /events lists them.")
    return ID[f"event/{event_id}"]


def article_iri_of(raw: str) -> URIRef:
    """An article's IRI from its key (16 hex digits, as /articles lists it) or its full id/URL."""
    from kg.triples import article_graph_iri

    raw = raw.strip()
    if _ARTICLE_KEY.match(raw):
        return ID[f"article/{raw}"]
    if raw.startswith(str(ID) + "article/"):
        return URIRef(raw)
    return article_graph_iri(raw)


def encode_cursor(key: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, size: int) -> list | None:
    """The sort key a cursor carries; BadInput when it was not made by this API."""
    if not cursor:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if not isinstance(key, list) or len(key) != size or not all(isinstance(k, str) for k in key):
        raise BadInput("Invalid cursor; pass back the 'next' value of the previous page unchanged.")
    return key
