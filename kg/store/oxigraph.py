"""Embedded store: pyoxigraph on disk (the default backend) or in memory; named graphs in, SPARQL out.

Writes: `put_graphs` turns each graph's rdflib triples into N-Triples statements (terms validated
by pyoxigraph, their text cached) and hands Oxigraph one TriG document, which its Rust parser reads
far faster than Python builds pyoxigraph Quads. New graphs go in whole: a small write is one
transactional `Store.load`; a big one on disk (BULK_QUADS or more) goes through `bulk_load`, which
writes sorted SST files and, in Oxigraph 0.5 (read in its source), ingests all of a call's files in
one RocksDB IngestExternalFiles, which RocksDB records atomically (after a crash none of the files
is ingested). That holds for a call under the loader's 1,000,000-quad chunk, so calls stay under
BULK_CHUNK and a graph never spans two. An existing graph is replaced by one SPARQL update
`DELETE ...; DROP SILENT GRAPH ...; INSERT DATA ...`, which Oxigraph applies all or nothing. So a
crash leaves the old graph or the new one, never half of one (tests/test_store_writes.py kills a
writer to check); the SST files a killed bulk write leaves behind are deleted at the next open.
Graphs holding blank nodes go through `Store.extend` of pyoxigraph Quads instead: a parser renames
blank nodes per document, and a BNode must stay one node across articles.
Reads: every query sees the union of the named graphs as its default graph. pyoxigraph's own
`use_default_graph_as_union` is a bag (a triple stated by k article graphs matches k times, and a
join of n such patterns k^n times), so the store keeps the default graph itself as the set-union:
each write adds the new triples to it and removes those no other named graph still holds, in
the same transaction.
Time bounds: pyoxigraph has no query timeout. A query with a timeout runs in a worker thread
(pyoxigraph releases the GIL while it evaluates) and the caller gets QueryTimeout at the deadline.
What is bounded: streaming SELECT/CONSTRUCT results stop being consumed at the deadline, so the
worker ends soon after. What is not: a query whose first row needs the whole evaluation (GROUP BY,
ORDER BY, COUNT over a huge join) keeps its worker busy until Oxigraph finishes; the caller is
released on time, the CPU is not.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.term import Node

from kg.errors import BadInput, BadQuery, QueryTimeout, StoreError, StoreLocked
from kg.store.base import QueryResult, Store, Triple
from kg.store.sparql import refuse_updates, replace_graph_update, with_values
from kg.store.terms import from_ox, statement, to_ox

__all__ = ["OxigraphStore", "from_ox", "quads_by_graph", "serialize_quads", "statement", "to_ox"]

FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
           "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
QUAD_FORMATS = {"nquads", "nq", "trig"}
BULK_QUADS = 20_000  # from this many new quads a write goes to disk as SST files (bulk_load): faster from ~15k
BULK_CHUNK = 500_000  # quads per bulk_load call; under Oxigraph's 1,000,000 a call is one atomic ingest


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise BadInput(f"not a valid graph IRI: {iri!r} ({e})") from e


def _quads(name: str, body: str) -> list[ox.Quad]:
    """Statements (N-Triples text, blank node labels kept) as quads in graph <name> and the default graph."""
    graph = ox.NamedNode(name[1:-1])
    triples = list(ox.parse(body.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples] + \
        [ox.Quad(t.subject, t.predicate, t.object) for t in triples]


def _format(format: str) -> ox.RdfFormat:
    try:
        return FORMATS[format]
    except KeyError:
        raise BadInput(f"unknown RDF format {format!r}; expected one of {', '.join(sorted(FORMATS))}") from None


def serialize_quads(rows: Iterable[tuple], format: str) -> bytes:
    """(s, p, o, g) rows of rdflib terms serialised; graph names dropped for triple formats."""
    rdf_format = _format(format)
    if format in QUAD_FORMATS:
        items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in rows]
    else:
        items = list(dict.fromkeys(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o, *_ in rows))
    return ox.serialize(items, format=rdf_format)


def quads_by_graph(data: bytes, format: str, graph: str | None = None) -> dict[str, list[Triple]]:
    """Serialised RDF parsed into {graph IRI: triples}; triples outside a named graph go to `graph`."""
    try:
        quads = list(ox.parse(data, format=_format(format)))
    except SyntaxError as e:
        raise BadInput(f"cannot read {format} data: {e}") from e
    graphs: dict[str, list[Triple]] = {}
    for quad in quads:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            if graph is None:
                raise BadInput(f"the {format} data has triples outside a named graph; name a graph to load them into")
            key = graph
        else:
            key = quad.graph_name.value
        graphs.setdefault(key, []).append((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    return graphs


class OxigraphStore(Store):
    """pyoxigraph Store: on disk at `path`, or in memory when path is None."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self._store = self._open(self.path)

    @staticmethod
    def _open(path: Path | None) -> ox.Store:
        if path is None:
            return ox.Store()
        try:
            store = ox.Store(str(path))
        except (OSError, RuntimeError) as e:
            message = str(e)
            if "lock" in message.lower():
                raise StoreLocked(f"the store at {path} is in use by another geokg process (serve?); stop it "
                                  "or use --data to pick another folder") from e
            raise StoreError(f"the store at {path} cannot be opened ({message}); it may be corrupt or half-"
                             "written: move that folder aside and ingest again, or use --data to pick "
                             "another folder") from e
        for orphan in path.glob("bulk-*.sst"):  # SST files of a bulk write that was killed (we hold the lock)
            if orphan.stem.removeprefix("bulk-").isdigit():
                orphan.unlink(missing_ok=True)
        return store

    @property
    def _ox(self) -> ox.Store:
        if self._store is None:
            raise StoreError("this store is closed; open it again with open_store()")
        return self._store

    # ------------------------------------------------------------------ writes

    def put_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        return self.put_graphs([(graph, triples)])

    def put_graphs(self, items: Iterable[tuple[str, Iterable[Triple]]]) -> int:
        """Write several named graphs; new ones in one write (atomic per call, see the module doc), existing
        ones replaced one by one. A name given twice keeps its last triples, as put_graph twice would."""
        named: dict[str, Iterable[Triple]] = {}
        for graph, triples in items:
            named.pop(str(graph), None)
            named[str(graph)] = triples
        fresh: list[tuple[str, list[str]]] = []
        total = 0
        for graph, triples in named.items():
            name = _named_node(graph)
            lines = list(dict.fromkeys(statement(s, p, o) for s, p, o in triples))
            total += len(lines)
            if self._ox.contains_named_graph(name):
                self._write(self._ox.update, replace_graph_update(str(name), " .\n".join(lines)))
            elif lines:  # the triples in their graph, and in the default graph (the set-union)
                fresh.append((str(name), lines))
        if fresh:
            self._insert(fresh)
        return total

    def _insert(self, fresh: list[tuple[str, list[str]]]) -> None:
        """New graphs (IRI in <>, distinct statements) into their graph and the default graph."""
        documents = [(name, " .\n".join(lines) + " .\n", 2 * len(lines)) for name, lines in fresh]
        if any("_:" in body for _, body, _ in documents):
            self._write(self._ox.extend, [quad for name, body, _ in documents for quad in _quads(name, body)])
            return
        size = sum(n for _, _, n in documents)
        if self.path is None or size < BULK_QUADS:
            return self._load(self._ox.load, documents)
        chunk: list[tuple[str, str, int]] = []
        chunk_size = 0
        for document in documents:
            if document[2] > BULK_CHUNK:  # too big for one atomic bulk call: a transaction of its own
                self._load(self._ox.load, [document])
                continue
            if chunk and chunk_size + document[2] > BULK_CHUNK:
                self._load(self._ox.bulk_load, chunk)
                chunk, chunk_size = [], 0
            chunk.append(document)
            chunk_size += document[2]
        if chunk:
            self._load(self._ox.bulk_load, chunk)

    def _load(self, method, documents: list[tuple[str, str, int]]) -> None:
        """One TriG document holding each graph twice: named, and in the default graph."""
        data = "".join(f"{name} {{\n{body}}}\n{body}" for name, body, _ in documents).encode("utf-8")
        try:
            method(data, format=ox.RdfFormat.TRIG, lenient=True)  # terms were validated one by one
        except (SyntaxError, OSError, RuntimeError) as e:
            raise StoreError(f"writing to the store at {self.path or 'memory'} failed: {e}") from e

    def _write(self, method, argument) -> None:
        try:
            method(argument)
        except SyntaxError as e:
            raise BadQuery(f"SPARQL update: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"writing to the store at {self.path or 'memory'} failed: {e}") from e

    def remove_graph(self, graph: str) -> None:
        name = ox.NamedNode(str(graph))
        if self._ox.contains_named_graph(name):
            self._write(self._ox.update, replace_graph_update(str(name), None))

    def update(self, sparql: str) -> None:
        self._write(self._ox.update, sparql)

    # ------------------------------------------------------------------ reads

    def has_graph(self, graph: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(str(graph)))

    def graphs(self) -> list[str]:
        return sorted(name.value for name in self._ox.named_graphs() if isinstance(name, ox.NamedNode))

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> QueryResult:
        refuse_updates(sparql)
        # VALUES rather than pyoxigraph's substitutions, which refuse a variable not in the SELECT
        # projection (as in an aggregate), and so that every backend binds the same way.
        sparql = with_values(sparql, {name: term if isinstance(term, Node) else Literal(term)
                                      for name, term in (bindings or {}).items()})
        if timeout is None:
            return self._evaluate(sparql, max_rows, None)
        deadline = time.monotonic() + timeout
        outcome: dict = {}

        def work() -> None:
            try:
                outcome["result"] = self._evaluate(sparql, max_rows, deadline)
            except BaseException as e:  # handed to the caller's thread, without the frames that hold
                outcome["error"] = e.with_traceback(None)  # pyoxigraph iterators (they must die here)

        worker = threading.Thread(target=work, name="geokg-query", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive() or isinstance(outcome.get("error"), QueryTimeout):
            raise QueryTimeout(f"the query ran past its {timeout:g} s limit; add filters or a LIMIT, "
                               "or raise the limit (GEOKG_QUERY_TIMEOUT)")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def _evaluate(self, sparql: str, max_rows: int | None,
                  deadline: float | None) -> QueryResult:
        try:
            answer = self._ox.query(sparql)
        except SyntaxError as e:
            raise BadQuery(f"SPARQL syntax error: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"the query failed in the store: {e}") from e
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            graph = Graph()
            for triple in self._bounded(answer, None, deadline):
                graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
            return QueryResult("CONSTRUCT", graph=graph)
        names = [v.value for v in answer.variables]
        rows, truncated = [], False
        for solution in self._bounded(answer, max_rows, deadline):
            if solution is None:
                truncated = True
                break
            rows.append(tuple(from_ox(solution[i]) for i in range(len(names))))
        return QueryResult("SELECT", vars=names, rows=rows, truncated=truncated)

    @staticmethod
    def _bounded(items, max_rows: int | None, deadline: float | None):
        """Items until the deadline (QueryTimeout) or max_rows (then one None marks the cut)."""
        for count, item in enumerate(items):
            if deadline is not None and time.monotonic() > deadline:
                raise QueryTimeout("deadline passed")
            if max_rows is not None and count >= max_rows:
                yield None
                return
            yield item

    def dump(self, format: str = "nquads") -> bytes:
        rdf_format = _format(format)
        if format in QUAD_FORMATS:  # the named graphs; the default graph is derived from them
            quads = (q for q in self._ox.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
            return ox.serialize(quads, format=rdf_format)
        return self._ox.dump(format=rdf_format, from_graph=ox.DefaultGraph())

    def __len__(self) -> int:
        """Quads in named graphs (the default graph, their union, is not counted)."""
        union = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return len(self._ox) - int(next(iter(union))[0].value)

    def optimize(self) -> None:
        """Compact the files on disk (worth it after a big ingest: bulk writes leave many small files that
        queries must all read until RocksDB's background compaction merges them); harmless in memory."""
        try:
            self._ox.optimize()
        except (OSError, RuntimeError) as e:
            raise StoreError(f"compacting the store at {self.path or 'memory'} failed: {e}") from e

    def close(self) -> None:
        """Flush and release the store (and its lock on disk)."""
        if self._store is not None:
            if self.path is not None:
                self._store.flush()
            self._store = None
