"""Embedded store writes: the bulk path, blank nodes, repeated names, bad terms, and a killed writer."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

import kg.store.oxigraph as oxstore
from kg.errors import BadInput
from kg.store import open_store_by_name

EX = "http://example.org/"
P = URIRef(EX + "p")
ROOT = Path(__file__).resolve().parents[1]

UNION_IS_EXACT = [  # both must be False when the default graph is exactly the set-union of the named graphs
    "ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }",
    "ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }",
]


def _graph(i: int, size: int = 30) -> tuple[str, list[tuple]]:
    """Graph i: its own triples, plus three shared with every other graph (as actors are)."""
    own = [(URIRef(f"{EX}s{i}-{j}"), P, Literal(f"{i}-{j}")) for j in range(size)]
    shared = [(URIRef(f"{EX}actor{k}"), P, Literal(f"actor {k}", lang="en")) for k in range(3)]
    return f"{EX}graph/{i}", own + shared


def _count(store, where: str) -> int:
    return int(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0][0])


def _assert_consistent(store, sizes: dict[str, int]) -> None:
    """Every listed graph whole, and the default graph their set-union."""
    for graph in store.graphs():
        assert _count(store, f"GRAPH <{graph}> {{ ?s ?p ?o }}") == sizes[graph], graph
    for ask in UNION_IS_EXACT:
        assert store.query(ask).boolean is False


@pytest.fixture
def small_bulk(monkeypatch):
    """Bulk writes from 100 quads, 500 quads a call: small tests take the bulk path, in several calls."""
    monkeypatch.setattr(oxstore, "BULK_QUADS", 100)
    monkeypatch.setattr(oxstore, "BULK_CHUNK", 500)


def test_store_bulk_write_matches_transactional_write(tmp_path, small_bulk):
    graphs = [_graph(i) for i in range(40)]  # 40 x 33 triples x 2 quads: 6 bulk calls
    bulk = open_store_by_name("oxigraph", path=tmp_path / "bulk")
    reference = open_store_by_name("memory")  # in memory: always one transactional load
    try:
        assert bulk.put_graphs(graphs) == reference.put_graphs(graphs) == 40 * 33
        assert bulk.graphs() == reference.graphs() and len(bulk) == 40 * 33
        assert set(bulk.dump("nquads").splitlines()) == set(reference.dump("nquads").splitlines())
        assert _count(bulk, "?s ?p ?o") == 40 * 30 + 3  # shared triples once in the union
        _assert_consistent(bulk, {g: len(t) for g, t in graphs})
        assert bulk.put_graphs(graphs) == 40 * 33 and len(bulk) == 40 * 33  # again: nothing added
        bulk.put_graphs([_graph(0, size=2)])  # a stored graph replaced, not bulk-added
        assert _count(bulk, f"GRAPH <{EX}graph/0> {{ ?s ?p ?o }}") == 5
        _assert_consistent(bulk, {g: len(t) for g, t in graphs} | {f"{EX}graph/0": 5})
    finally:
        bulk.close()
        reference.close()


def test_store_bulk_write_survives_reopen(tmp_path, small_bulk):
    path = tmp_path / "store"
    with open_store_by_name("oxigraph", path=path) as store:
        store.put_graphs([_graph(i) for i in range(10)])
    with open_store_by_name("oxigraph", path=path) as store:
        assert len(store.graphs()) == 10 and len(store) == 330
        assert store.query("ASK { ?s ?p '9-29' }").boolean


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_store_same_graph_twice_in_one_call_keeps_the_last(tmp_path, backend):
    with open_store_by_name(backend, path=tmp_path / "store") as store:
        name, first = _graph(1)
        second = [(URIRef(EX + "x"), P, Literal("second"))]
        assert store.put_graphs([(name, first), (EX + "graph/2", second), (name, second)]) == 2
        assert store.graphs() == [name, EX + "graph/2"]
        assert [str(r[0]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["second"]


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_store_blank_node_is_one_node_across_graphs(tmp_path, backend):
    node = BNode()
    with open_store_by_name(backend, path=tmp_path / "store") as store:
        store.put_graph(EX + "g1", [(node, P, Literal("in g1"))])
        store.put_graph(EX + "g2", [(node, URIRef(EX + "q"), Literal("in g2")), (URIRef(EX + "a"), P, Literal("_:x"))])
        rows = store.query("SELECT ?s WHERE { ?s <http://example.org/p> 'in g1' ; <http://example.org/q> 'in g2' }").rows
        assert rows == [(node,)]


def test_store_literal_escapes_round_trip(tmp_path, small_bulk):
    hard = ['quote " backslash \\ tab \t', "line\nbreak\r", "unicode é 北京 \U0001F30D", "} GRAPH <x> { ", ""]
    triples = [(URIRef(f"{EX}s{i}"), P, Literal(text)) for i, text in enumerate(hard)]
    triples += [(URIRef(f"{EX}pad{i}"), P, Literal(i)) for i in range(60)]  # enough for the bulk path
    with open_store_by_name("oxigraph", path=tmp_path / "store") as store:
        assert store.put_graph(EX + "g", triples) == 65
        got = {str(s): o for s, o in store.query("SELECT ?s ?o WHERE { ?s ?p ?o }").rows}
        assert [got[f"{EX}s{i}"] for i in range(len(hard))] == [Literal(text) for text in hard]
        assert got[f"{EX}pad7"] == Literal(7)


@pytest.mark.parametrize("bad", [("not a term", P, Literal("x")), (URIRef(EX + "a"), P, ["unhashable"]),
                                 (URIRef("http://bad iri"), P, Literal("x"))])
def test_store_bad_term_refused_and_nothing_written(bad):
    with open_store_by_name("memory") as store:
        with pytest.raises(BadInput):
            store.put_graphs([(EX + "ok", [(URIRef(EX + "a"), P, Literal("fine"))]), (EX + "bad", [bad])])
        assert len(store) == 0 and store.graphs() == []


_WRITER = """
import sys
import kg.store.oxigraph as oxstore
from kg.store import open_store_by_name
sys.path.insert(0, sys.argv[2])
from test_store_writes import _graph
oxstore.BULK_QUADS, oxstore.BULK_CHUNK = 100, 2_000
store = open_store_by_name("oxigraph", path=sys.argv[1])
for batch in range(1_000):
    store.put_graphs([_graph(i, size=60) for i in range(batch * 40, batch * 40 + 40)])
    print(batch, flush=True)
"""


def test_store_killed_writer_leaves_whole_graphs_and_a_rerun_finishes(tmp_path):
    path = tmp_path / "store"
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(Path(__file__).parent)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(3):  # let it write three batches, then kill it in the middle of whatever comes next
            assert child.stdout.readline(), child.stderr.read()
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    wanted = [_graph(i, size=60) for i in range(400)]
    with open_store_by_name("oxigraph", path=path) as store:
        stored = store.graphs()
        assert len(stored) >= 120 and not list(path.glob("bulk-*.sst"))
        _assert_consistent(store, {g: len(t) for g, t in wanted})
        store.put_graphs([(g, t) for g, t in wanted if not store.has_graph(g)])  # the rerun skips stored graphs
        assert len(store.graphs()) == 400 and len(store) == 400 * 63
        assert _count(store, "?s ?p ?o") == 400 * 60 + 3
        _assert_consistent(store, {g: len(t) for g, t in wanted})


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_store_optimize_keeps_the_data(tmp_path, small_bulk, backend):
    with open_store_by_name(backend, path=tmp_path / "store") as store:
        graphs = [_graph(i) for i in range(8)]
        store.put_graphs(graphs)
        before = set(store.dump("nquads").splitlines())
        store.optimize()
        assert set(store.dump("nquads").splitlines()) == before and len(store) == 8 * 33
        _assert_consistent(store, {g: len(t) for g, t in graphs})


def test_store_open_deletes_a_killed_bulk_writes_files(tmp_path):
    path = tmp_path / "store"
    open_store_by_name("oxigraph", path=path).close()
    (path / "bulk-1234567890.sst").write_bytes(b"left by a killed bulk write")
    (path / "bulk-notes.sst").write_bytes(b"not the loader's")
    with open_store_by_name("oxigraph", path=path) as store:
        assert not (path / "bulk-1234567890.sst").exists() and (path / "bulk-notes.sst").exists()
        assert len(store) == 0
