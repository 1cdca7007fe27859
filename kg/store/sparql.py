"""Remote store: any SPARQL 1.1 server by query and update URLs (SPARQL 1.1 Protocol over HTTP).

Named graphs in (as SPARQL updates), SPARQL results out, as rdflib terms. Talks HTTP with httpx
directly: rdflib's SPARQLUpdateStore mishandles the default graph (STACK.md).

The store keeps its default graph as the set-union of its named graphs itself (each write is
one update request that maintains both), so the server needs no union-default-graph option and
must not have one (`oxigraph serve` without `--union-default-graph`; Fuseki without
`unionDefaultGraph`), or triples would count twice. One update request must be applied all or
nothing (Oxigraph and Fuseki do).
Bindings (on every backend) become a VALUES block placed first in the query's WHERE group, each
term serialised by pyoxigraph (validated and escaped), never pasted user text. So a bound variable
is seen by the top-level group, its FILTERs and OPTIONALs, not inside a sub-SELECT. Bound in time by the HTTP
timeout; max_rows cuts the rows after they arrive (the server computes them all).
This module also holds the query-text helpers the embedded backends share.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import BadQuery, QueryTimeout, StoreError, UpdateRefused
from kg.store.base import QueryResult, Store, Triple

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''.*?(?<!\\)'''|\"\"\".*?(?<!\\)\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<word>[A-Za-z_][\w-]*)
  | (?P<brace>[{}])
  | (?P<other>\S)
""", re.X | re.S)
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def _tokens(sparql: str):
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup != "comment":
            yield match


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE, or None when no form can be told.

    >>> query_form("PREFIX ex: <http://ex/> # SELECT in a comment\\n insert data { ex:a ex:b ex:c }")
    'UPDATE'
    """
    for match in _tokens(sparql):
        word = match.group().upper() if match.lastgroup == "word" else ""
        if word in QUERY_FORMS:
            return word
        if word in UPDATE_WORDS:
            return "UPDATE"
    return None


def refuse_updates(sparql: str) -> str | None:
    """The query form, raising UpdateRefused for an update."""
    form = query_form(sparql)
    if form == "UPDATE":
        raise UpdateRefused("SPARQL updates are refused here: queries are read-only. Use SELECT, ASK, "
                            "CONSTRUCT or DESCRIBE (data changes go through `geokg ingest`).")
    return form


def term_text(term: Node) -> str:
    """A term in SPARQL/N-Triples syntax, validated and escaped by pyoxigraph."""
    from kg.store.oxigraph import to_ox

    if isinstance(term, BNode):
        raise BadQuery("a blank node cannot be bound in a query; bind an IRI or a literal")
    return str(to_ox(term))


def with_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with a VALUES block of the bindings placed first in its WHERE group.

    >>> with_values("SELECT ?e WHERE { ?e ?p ?x }", {"x": Literal("a\\"b")})
    'SELECT ?e WHERE { VALUES (?x) { ("a\\\\"b") } ?e ?p ?x }'
    """
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(term_text(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }}"
    depth, seen_where, form = 0, False, query_form(sparql)
    for match in _tokens(sparql):
        text = match.group()
        if match.lastgroup == "word" and text.upper() == "WHERE" and depth == 0:
            seen_where = True
        elif text == "{":
            if depth == 0 and (form != "CONSTRUCT" or seen_where):
                return sparql[:match.end()] + block + sparql[match.end():]
            depth += 1
        elif text == "}":
            depth -= 1
    return sparql + block  # DESCRIBE <x> with no WHERE: a trailing VALUES


def replace_graph_update(name: str, body: str | None) -> str:
    """One SPARQL update replacing named graph `name` (an IRI in <>) by `body` (N-Triples lines, or None).

    The store's default graph is kept as the set-union of its named graphs: triples only this graph
    held leave the default graph, the new ones join it. All in one request, so all or nothing.
    """
    update = (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
              f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }} ;\n"
              f"DROP SILENT GRAPH {name}")
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {name} {{\n{body} .\n}}\n{body} .\n}}"
    return update


def term_from_json(value: dict) -> Node | None:
    """One term of SPARQL 1.1 JSON results as an rdflib term."""
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = None
        return Literal(value["value"], datatype=URIRef(datatype) if datatype else None)
    return None


class SparqlStore(Store):
    """A store behind SPARQL 1.1 query and update endpoints."""

    name = "sparql"

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 30.0):
        import httpx

        if not query_url:
            raise StoreError("store=sparql needs a query URL (GEOKG_QUERY_URL), e.g. http://host:7878/query")
        self.query_url, self.update_url = query_url, update_url
        self._http = httpx.Client(timeout=timeout)
        self._httpx = httpx

    def _post(self, url: str, timeout: float | None, **kwargs):
        try:
            response = self._http.post(url, timeout=timeout if timeout is not None else self._http.timeout,
                                       **kwargs)
        except self._httpx.TimeoutException as e:
            raise QueryTimeout(f"the SPARQL server at {url} did not answer within {timeout} s") from e
        except self._httpx.HTTPError as e:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {e}; is it running?") from e
        if response.status_code == 400:
            raise BadQuery(f"the SPARQL server refused the request: {response.text.strip()[:500]}")
        if response.status_code >= 300:
            raise StoreError(f"the SPARQL server at {url} answered {response.status_code}: "
                             f"{response.text.strip()[:300]}")
        return response

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> QueryResult:
        form = refuse_updates(sparql)
        text = with_values(sparql, {name: term if isinstance(term, Node) else Literal(term)
                                    for name, term in (bindings or {}).items()})
        accept = ("application/n-triples" if form in ("CONSTRUCT", "DESCRIBE")
                  else "application/sparql-results+json")
        response = self._post(self.query_url, timeout, data={"query": text}, headers={"Accept": accept})
        if form in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult("CONSTRUCT", graph=Graph().parse(data=response.text, format="nt"))
        try:
            body = response.json()
        except json.JSONDecodeError as e:
            raise StoreError(f"the SPARQL server at {self.query_url} sent no JSON results: {e}") from e
        if "boolean" in body:
            return QueryResult("ASK", boolean=bool(body["boolean"]))
        names = body["head"].get("vars", [])
        solutions = body["results"]["bindings"]
        truncated = max_rows is not None and len(solutions) > max_rows
        rows = [tuple(term_from_json(s[n]) if n in s else None for n in names)
                for s in (solutions[:max_rows] if truncated else solutions)]
        return QueryResult("SELECT", vars=names, rows=rows, truncated=truncated)

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError("this SPARQL store has no update URL (GEOKG_UPDATE_URL); it is read-only")
        self._post(self.update_url, None, content=sparql.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def put_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        distinct = list(dict.fromkeys(triples))
        body = " .\n".join(" ".join(term_text(t) for t in triple) for triple in distinct)
        self.update(replace_graph_update(term_text(URIRef(graph)), body))
        return len(distinct)

    def has_graph(self, graph: str) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph)}).boolean)

    def remove_graph(self, graph: str) -> None:
        self.update(replace_graph_update(term_text(URIRef(graph)), None))

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(row[0]) for row in rows)

    def dump(self, format: str = "nquads") -> bytes:
        from kg.store.oxigraph import serialize_quads

        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return serialize_quads(rows, format)

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0])

    def close(self) -> None:
        self._http.close()
