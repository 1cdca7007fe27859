"""Store interface: named graphs of RDF in, SPARQL results out, whatever the backend.

Every backend (in-memory, on-disk Oxigraph, remote SPARQL 1.1 server) implements this class.
Terms crossing the interface are rdflib terms (URIRef, Literal, BNode). Queries see the union of
all named graphs as their default graph, so a query needs no GRAPH clause to see every article.
That union is a set: a triple stated by two article graphs matches once (the backends keep it so).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from rdflib import Graph
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


@dataclass
class QueryResult:
    """The answer to one SPARQL query.

    kind SELECT: vars and rows (tuples of rdflib terms, None where unbound);
    kind ASK: boolean; kind CONSTRUCT/DESCRIBE: graph.
    truncated is True when max_rows cut the rows.
    """

    kind: Literal["SELECT", "ASK", "CONSTRUCT"]
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    def dicts(self) -> list[dict[str, Node | None]]:
        """Rows as {var: term} dicts."""
        return [dict(zip(self.vars, row)) for row in self.rows]


class Store(ABC):
    """One RDF dataset, one named graph per article."""

    name: str = "abstract"

    @abstractmethod
    def put_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        """Write a named graph whole and atomically, replacing any graph of that name.

        Returns the number of triples in the graph. A crash mid-write leaves the old graph or
        the new one, never half of one.
        """

    def put_graphs(self, items: Iterable[tuple[str, Iterable[Triple]]]) -> int:
        """Write several named graphs (each as put_graph would); returns the number of triples.

        Backends may batch them (the embedded store writes new graphs in one transaction).
        """
        return sum(self.put_graph(graph, triples) for graph, triples in items)

    def load(self, data: bytes, format: str = "nquads", graph: str | None = None) -> int:
        """Add serialised RDF (nquads, trig, turtle, ntriples, jsonld), replacing each named graph it holds.

        Triples outside a named graph go to `graph`; without one they are refused (BadInput).
        """
        from kg.store.oxigraph import quads_by_graph

        return self.put_graphs(quads_by_graph(data, format, graph).items())

    @abstractmethod
    def has_graph(self, graph: str) -> bool:
        """Whether a named graph exists (an article already ingested)."""

    @abstractmethod
    def remove_graph(self, graph: str) -> None:
        """Drop a named graph; no error when missing."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of all named graphs."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> QueryResult:
        """Run a read-only SPARQL query; bindings are bound safely (never pasted into text).

        Raises kg.errors.BadQuery on a syntax error, QueryTimeout past timeout seconds,
        UpdateRefused for an update.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update (internal use: ingest, maintenance)."""

    @abstractmethod
    def dump(self, format: str = "nquads") -> bytes:
        """Serialise the whole dataset: nquads, trig, or (merged graphs) turtle, ntriples."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None:
        """Release files and connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
