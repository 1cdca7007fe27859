"""Ingest in batches: the same outcomes, order and store as one article at a time; an outcome
reported only once its graph is stored; an article the store refuses fails alone; a run stopped or
killed mid-way keeps whole articles only, and a rerun finishes it. Real articles (seeds/, tests/data)."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import kg.ingest
import kg.store.oxigraph as oxstore
from kg.articles import read_articles
from kg.ingest import ingest
from kg.model import Article
from kg.store import open_store_by_name
from kg.triples import article_graph_iri

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "articles"
UNION_IS_EXACT = [  # both False when the default graph is exactly the set-union of the article graphs
    "ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }",
    "ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }",
]


def real_articles() -> list[Article]:
    """The 18 seeds and the 6 articles of tests/data/articles."""
    return list(read_articles([SEEDS, DATA]))


def copies(articles: list[Article], n: int) -> list[Article]:
    """n copies of each article under new ids: many real articles."""
    return [dataclasses.replace(a, id=f"{a.id}/copy-{i}") for i in range(n) for a in articles]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return real_articles()


@pytest.fixture
def small_bulk(monkeypatch):
    """On disk, bulk writes from 100 quads, 600 a call: a batch of real articles takes the bulk path."""
    monkeypatch.setattr(oxstore, "BULK_QUADS", 100)
    monkeypatch.setattr(oxstore, "BULK_CHUNK", 600)


def _run(store, articles, nlp=None, **options) -> tuple:
    """Ingest, checking that each outcome is reported only once its graph is in the store."""
    def on_article(outcome):
        if outcome.status in ("ingested", "replaced", "skipped"):
            assert store.has_graph(article_graph_iri(outcome.article.id)), outcome
        else:
            assert not store.has_graph(article_graph_iri(outcome.article.id)), outcome
        seen.append(outcome)

    seen: list = []
    report = ingest(store, articles, nlp=nlp, on_article=on_article, **options)
    assert seen == report.outcomes
    rows = [(o.article.id, o.status, o.actors, o.events, o.triples, o.message) for o in report.outcomes]
    return report, rows


def _counts(report) -> tuple:
    return (report.read, report.ingested, report.replaced, report.skipped, report.failed, report.events,
            report.triples, report.errors, report.warnings)


@pytest.mark.parametrize("batch_size", [2, 5, 200])
def test_ingest_batches_match_one_article_at_a_time(articles, ingest_nlp, batch_size):
    # Some already stored, a repeat within the run, then --replace over all of it.
    run = articles + [articles[7], articles[0]]
    with open_store_by_name("memory") as one, open_store_by_name("memory") as many:
        for store, size in ((one, 1), (many, batch_size)):
            ingest(store, articles[:4], nlp=ingest_nlp, batch_size=size)
        first_one, rows_one = _run(one, run, ingest_nlp, batch_size=1)
        first_many, rows_many = _run(many, run, ingest_nlp, batch_size=batch_size)
        assert rows_many == rows_one and _counts(first_many) == _counts(first_one)
        assert [r[1] for r in rows_one] == ["skipped"] * 4 + ["ingested"] * 20 + ["skipped"] * 2
        assert set(many.dump().splitlines()) == set(one.dump().splitlines())
        prefix = ingest(open_store_by_name("memory"), articles[:4], nlp=ingest_nlp)
        assert first_many.triples + prefix.triples == len(many)
        again_one, rows_one = _run(one, run, ingest_nlp, replace=True, batch_size=1)
        again_many, rows_many = _run(many, run, ingest_nlp, replace=True, batch_size=batch_size)
        assert rows_many == rows_one and _counts(again_many) == _counts(again_one)
        assert [r[1] for r in rows_many] == ["replaced"] * 24 + ["skipped"] * 2
        assert set(many.dump().splitlines()) == set(one.dump().splitlines())


def test_ingest_writes_a_batch_a_store_call(articles, monkeypatch):
    with open_store_by_name("memory") as store:
        calls: list[int] = []
        put_graphs = store.put_graphs
        monkeypatch.setattr(store, "put_graphs", lambda items: calls.append(len(items)) or put_graphs(items))
        ingest(store, articles, batch_size=10)
        assert calls == [10, 10, 4]
        calls.clear()
        ingest(store, articles + [dataclasses.replace(articles[0], id="new")], batch_size=10)
        assert calls == [1]  # skipped articles are not written
        monkeypatch.setattr(kg.ingest, "BATCH_SECONDS", 0.0)  # slow extraction: nothing waits for a full batch
        calls.clear()
        ingest(store, copies(articles[:3], 1), batch_size=10)
        assert calls == [1, 1, 1]


def test_ingest_refused_article_fails_alone_in_its_batch(articles):
    bad = dataclasses.replace(articles[3], id="bad-url", url="https://example.org/\ud800", path=None)  # as from JSON
    run = articles[:3] + [bad] + articles[4:8]
    with open_store_by_name("memory") as store:
        report, rows = _run(store, run, batch_size=200)
        assert [r[1] for r in rows] == ["ingested"] * 3 + ["failed"] + ["ingested"] * 4
        assert rows[3][5].startswith("not stored: not a valid RDF term")
        assert report.failed == 1 and len(report.errors) == 1 and report.errors[0].startswith("bad-url: not stored")
        assert len(store.graphs()) == 7 and report.triples == len(store)
        for ask in UNION_IS_EXACT:
            assert store.query(ask).boolean is False


def test_ingest_stopped_by_extraction_keeps_what_was_extracted(articles, monkeypatch):
    import kg.extract.pipeline as pipeline

    class Stop(BaseException):  # as Ctrl-C, or a worker dying: not one article's failure
        pass

    def extract_article(nlp, article):
        if article is articles[5]:
            raise Stop()
        return kg.ingest.GazetteerMatcher().extract(article)

    monkeypatch.setattr(pipeline, "extract_article", extract_article)
    with open_store_by_name("memory") as store:
        reported: list = []
        with pytest.raises(Stop):
            ingest(store, articles, nlp=object(), batch_size=200, on_article=reported.append)
        assert [o.article for o in reported] == articles[:5]
        assert len(store.graphs()) == 5
        rest = ingest(store, articles, batch_size=200)
        assert (rest.skipped, rest.ingested) == (5, len(articles) - 5)


def test_ingest_on_disk_bulk_batches_match_memory(tmp_path, articles, small_bulk):
    many = copies(articles, 3)
    with open_store_by_name("memory") as reference, open_store_by_name("oxigraph", path=tmp_path / "s") as disk:
        ingest(reference, many, batch_size=1)
        first, _ = _run(disk, many, batch_size=10)
        assert first.ingested == len(many) == 72 and first.triples == len(disk) == len(reference)
        assert set(disk.dump().splitlines()) == set(reference.dump().splitlines())
        again, rows = _run(disk, many, batch_size=10)
        assert again.skipped == 72 and again.triples == 0
        replaced, rows = _run(disk, many, replace=True, batch_size=10)
        assert replaced.replaced == 72 and set(disk.dump().splitlines()) == set(reference.dump().splitlines())
        for ask in UNION_IS_EXACT:
            assert disk.query(ask).boolean is False


_INGESTER = """
import sys
sys.path.insert(0, sys.argv[2])
import kg.store.oxigraph as oxstore
from kg.ingest import ingest
from kg.store import open_store_by_name
from test_ingest_batches import copies, real_articles
oxstore.BULK_QUADS, oxstore.BULK_CHUNK = 100, 2_000
store = open_store_by_name("oxigraph", path=sys.argv[1])
ingest(store, copies(real_articles(), 50), batch_size=20,
       on_article=lambda outcome: print(outcome.status, outcome.article.id, flush=True))
"""


@pytest.mark.parametrize("reported", [1, 150])
def test_ingest_killed_run_leaves_whole_articles_and_a_rerun_finishes(tmp_path, articles, reported):
    path = tmp_path / "store"
    child = subprocess.Popen([sys.executable, "-c", _INGESTER, str(path), str(Path(__file__).parent)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    try:
        for _ in range(reported):  # kill it after that many outcomes, in whatever comes next
            line = child.stdout.readline()
            assert line, child.stderr.read()
            lines.append(line.split())
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    many = copies(articles, 50)
    with open_store_by_name("memory") as reference, open_store_by_name("oxigraph", path=path) as store:
        ingest(reference, many, batch_size=500)
        assert not list(path.glob("bulk-*.sst"))
        assert all(store.has_graph(article_graph_iri(id)) for status, id in lines)  # reported: stored
        assert len(store.graphs()) < len(many)  # killed before the end
        wanted = set(reference.dump().splitlines())
        sizes = dict(reference.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows)
        got = set(store.dump().splitlines())
        assert got <= wanted
        for graph, n in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows:
            assert n == sizes[graph], graph  # each stored article whole
        for ask in UNION_IS_EXACT:
            assert store.query(ask).boolean is False
        stored = len(store.graphs())
        rest = ingest(store, many, batch_size=20)
        assert (rest.skipped, rest.ingested, rest.failed) == (stored, len(many) - stored, 0)
        assert set(store.dump().splitlines()) == wanted and len(store) == len(reference)
        for ask in UNION_IS_EXACT:
            assert store.query(ask).boolean is False
