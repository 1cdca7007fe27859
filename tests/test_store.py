"""Store backends: one suite run on memory, on-disk Oxigraph and a real Oxigraph server (SPARQL 1.1)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.config import Settings
from kg.errors import BadInput, BadQuery, QueryTimeout, StoreError, StoreLocked, UpdateRefused
from kg.store import open_store, open_store_by_name
from kg.store.sparql import query_form, with_values

EX = "http://example.org/"
G1, G2 = EX + "graph/1", EX + "graph/2"


def _triples(n: int, graph_tag: str = "a") -> list[tuple]:
    return [(URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(f"{graph_tag}-{i}")) for i in range(n)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server process on a free port (plain default graph: the store keeps the union)."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path_factory.mktemp("oxserver")), "--bind", f"127.0.0.1:{port}",
         ], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(base + "/query", params={"query": "ASK {}"}, timeout=1.0)
            break
        except httpx.TransportError:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()}")
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(params=["memory", "oxigraph", pytest.param("sparql", marks=pytest.mark.server)])
def store(request, tmp_path):
    if request.param == "sparql":
        base = request.getfixturevalue("oxigraph_server")
        store = open_store_by_name("sparql", query_url=base + "/query", update_url=base + "/update")
        store.update("DROP SILENT ALL")
    else:
        store = open_store_by_name(request.param, path=tmp_path / "store")
    yield store
    store.close()


def test_store_put_graph_counts_and_lists(store):
    assert store.put_graph(G1, _triples(3)) == 3
    assert store.has_graph(G1) and not store.has_graph(G2)
    assert store.graphs() == [G1]
    assert len(store) == 3


def test_store_put_graph_replaces(store):
    store.put_graph(G1, _triples(5, "old"))
    store.put_graph(G1, _triples(2, "new"))
    rows = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o").rows
    assert [str(r[0]) for r in rows] == ["new-0", "new-1"]
    assert len(store) == 2


def test_store_put_graph_idempotent(store):
    store.put_graph(G1, _triples(4))
    store.put_graph(G2, _triples(1, "b"))
    before = len(store)
    store.put_graph(G1, _triples(4))
    assert len(store) == before == 5


def test_store_remove_graph(store):
    store.put_graph(G1, _triples(2))
    store.put_graph(G2, _triples(2, "b"))
    store.remove_graph(G1)
    store.remove_graph(EX + "missing")  # no error
    assert store.graphs() == [G2]
    assert len(store) == 2


def test_store_query_sees_union_of_graphs_with_bindings(store):
    store.put_graph(G1, [(URIRef(EX + "usa"), RDFS.label, Literal("United States"))])
    store.put_graph(G2, [(URIRef(EX + "usa"), URIRef(EX + "partner"), URIRef(EX + "col")),
                         (URIRef(EX + "col"), RDFS.label, Literal("Colombia", lang="es"))])
    query = "SELECT ?label ?n WHERE { ?a <http://example.org/partner> ?b . ?b ?l ?label . BIND(1 AS ?n) }"
    result = store.query(query, bindings={"a": URIRef(EX + "usa")})
    assert result.kind == "SELECT" and result.vars == ["label", "n"]
    assert result.rows == [(Literal("Colombia", lang="es"), Literal(1))]
    assert store.query(query, bindings={"a": URIRef(EX + "col")}).rows == []
    counted = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o = ?want) }",
                          bindings={"want": Literal("United States")})
    assert int(counted.rows[0][0]) == 1


def test_store_union_is_a_set(store):
    shared = _triples(2, "shared")
    store.put_graph(G1, shared + _triples(1, "one"))
    store.put_graph(G2, shared)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    join = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s ?q ?o2 }"
    assert int(store.query(count).rows[0][0]) == 3  # each shared triple once
    assert int(store.query(join).rows[0][0]) == 5  # s0: 2 x 2, s1: 1 x 1 (a bag union would give 4 x 4 + 2 x 2)
    store.put_graph(G1, _triples(1, "one"))  # G1 no longer states the shared triples; G2 still does
    assert int(store.query(count).rows[0][0]) == 3
    store.remove_graph(G2)
    assert [str(r[0]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["one-0"]
    store.remove_graph(G1)
    assert store.query("ASK { ?s ?p ?o }").boolean is False and len(store) == 0


def test_store_binding_cannot_inject(store):
    store.put_graph(G1, _triples(2))
    hostile = Literal('a-0" } } ; DROP ALL ; SELECT * { ?s ?p "')
    result = store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": hostile})
    assert result.rows == [] and len(store) == 2


def test_store_ask_and_construct(store):
    store.put_graph(G1, _triples(3))
    assert store.query("ASK { ?s ?p 'a-1' }").boolean is True
    assert store.query("ASK { ?s ?p 'zzz' }").boolean is False
    result = store.query("CONSTRUCT { ?s a <http://example.org/Thing> } WHERE { ?s ?p ?o }")
    assert result.kind == "CONSTRUCT"
    assert set(result.graph.subjects(RDF.type, URIRef(EX + "Thing"))) == {URIRef(f"{EX}s{i}") for i in range(3)}


def test_store_max_rows_truncates(store):
    store.put_graph(G1, _triples(5))
    result = store.query("SELECT ?s WHERE { ?s ?p ?o }", max_rows=2)
    assert len(result.rows) == 2 and result.truncated
    assert not store.query("SELECT ?s WHERE { ?s ?p ?o }", max_rows=5).truncated


def test_store_bad_query(store):
    with pytest.raises(BadQuery):
        store.query("SELECT ?s WHERE { ?s ?p }")


@pytest.mark.parametrize("update", ["INSERT DATA { <http://a> <http://b> <http://c> }", "DROP ALL",
                                    "PREFIX x: <http://x/>\n# SELECT\nDELETE WHERE { ?s ?p ?o }"])
def test_store_query_refuses_update(store, update):
    store.put_graph(G1, _triples(1))
    with pytest.raises(UpdateRefused):
        store.query(update)
    assert len(store) == 1


@pytest.mark.parametrize("format", ["nquads", "trig"])
def test_store_dump_load_round_trip(store, format):
    store.put_graph(G1, _triples(3) + [(URIRef(EX + "d"), URIRef(EX + "on"), Literal("2026-01", datatype=XSD.gYearMonth))])
    store.put_graph(G2, [(URIRef(EX + "x"), RDFS.label, Literal('quote " and\nnewline', lang="en"))])
    before = set(store.dump("nquads").splitlines())
    data = store.dump(format)
    store.remove_graph(G1)
    store.remove_graph(G2)
    assert len(store) == 0
    assert store.load(data, format) == 5
    assert store.graphs() == [G1, G2] and len(store) == 5
    assert set(store.dump("nquads").splitlines()) == before


def test_store_load_refuses_triples_outside_a_graph(store):
    data = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    with pytest.raises(BadInput, match="outside a named graph"):
        store.load(data, "ntriples")
    assert store.load(data, "ntriples", graph=G1) == 1 and store.graphs() == [G1]


def test_store_dump_turtle_merges_graphs(store):
    store.put_graph(G1, _triples(2))
    store.put_graph(G2, _triples(2))  # the same triples in a second graph
    assert len(Graph().parse(data=store.dump("turtle"), format="turtle")) == 2


# ---------------------------------------------------------------- embedded store only

def test_store_query_timeout(tmp_path):
    store = open_store_by_name("memory")
    store.put_graph(G1, _triples(3000))
    with pytest.raises(QueryTimeout):
        store.query("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }", timeout=0.05)
    assert store.query("ASK { ?s ?p 'a-7' }", timeout=5).boolean  # still usable


_OPEN_IN_CHILD = """
import sys
from kg.store import open_store_by_name
from kg.errors import KGError
try:
    open_store_by_name("oxigraph", path=sys.argv[1]).close()
    print("opened")
except KGError as e:
    print(type(e).__name__, e)
"""


def _open_in_child(path: Path) -> str:
    return subprocess.run([sys.executable, "-c", _OPEN_IN_CHILD, str(path)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=60).stdout.strip()


def test_store_locked_by_another_process(tmp_path):
    path = tmp_path / "store"
    store = open_store_by_name("oxigraph", path=path)
    store.put_graph(G1, _triples(1))
    out = _open_in_child(path)
    assert out.startswith("StoreLocked") and f"the store at {path} is in use by another geokg process" in out
    store.close()
    assert _open_in_child(path) == "opened"


def test_store_corrupt_folder(tmp_path):
    path = tmp_path / "store"
    open_store_by_name("oxigraph", path=path).close()
    (path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="corrupt or half-written") as info:
        open_store_by_name("oxigraph", path=path)
    assert not isinstance(info.value, StoreLocked)


def test_store_open_from_settings(tmp_path):
    store = open_store(Settings(data=tmp_path))
    try:
        assert store.name == "oxigraph" and store.path == tmp_path / "store"
    finally:
        store.close()
    with pytest.raises(BadInput, match="unknown store backend"):
        open_store_by_name("fuseki")


def test_store_sparql_unreachable():
    store = open_store_by_name("sparql", query_url=f"http://127.0.0.1:{_free_port()}/query")
    with pytest.raises(StoreError, match="cannot reach"):
        store.query("ASK {}")


@pytest.mark.parametrize("text, form", [("SELECT * {}", "SELECT"), ("prefix a: <x:> ask {}", "ASK"),
                                        ("# INSERT\nCONSTRUCT WHERE {}", "CONSTRUCT"), ("LOAD <x:y>", "UPDATE"),
                                        ("SELECT ?s { ?s ?p 'DELETE' }", "SELECT")])
def test_store_query_form(text, form):
    assert query_form(text) == form


def test_store_with_values_goes_into_where_group():
    text = with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef(EX + "a")})
    assert text == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://example.org/a>) } ?s ?p ?o }"
    with pytest.raises(BadInput):
        with_values("SELECT * { ?s ?p ?o }", {"s": URIRef("http://bad iri>")})
