"""In-memory store (tests, one-off runs): named graphs in, SPARQL out, nothing written to disk.

Backed by pyoxigraph's in-memory Store rather than an rdflib Dataset: the same engine, SPARQL
dialect and term handling as the default on-disk backend (so one test suite speaks for both), and
it is 10 to 300 times faster than rdflib's SPARQL on the store benchmark (STACK.md, BENCHMARKS.md).
"""

from __future__ import annotations

from kg.store.oxigraph import OxigraphStore


class MemoryStore(OxigraphStore):
    """A pyoxigraph Store held in memory; gone when closed."""

    name = "memory"

    def __init__(self) -> None:
        super().__init__(path=None)
