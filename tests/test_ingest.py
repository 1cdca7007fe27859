"""Ingest: seeds into a store, idempotence, a killed run finished, replace, failures reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.articles import ReadError, read_articles
from kg.config import Settings
from kg.ingest import FALLBACK_WARNING, GazetteerMatcher, IngestReport, ingest
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "articles"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data=tmp_path / "data", store="memory")


@pytest.fixture
def mem_store(settings):
    from kg.store import open_store

    with open_store(settings) as store:
        yield store


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return list(read_articles([SEEDS]))


def _graphs(store) -> set[str]:
    return {str(g) for g in store.graphs()}


def test_ingest_seeds_records_articles_and_actors(mem_store, seeds, ingest_nlp):
    report = ingest(mem_store, seeds, nlp=ingest_nlp)
    assert (report.read, report.ingested, report.skipped, report.failed) == (18, 18, 0, 0)
    assert len(_graphs(mem_store)) == 18
    assert report.triples == len(mem_store) > 0
    call = report.outcomes[0]
    assert call.article.title == "Trump and Petro hold first phone call"
    assert {"USA", "COL"} <= set(call.actors)
    assert any(label.startswith("Donald Trump|USA") for label in call.actors)
    assert any(label.startswith("Gustavo Petro|COL") for label in call.actors)
    if ingest_nlp is None:  # the fallback records actors only
        assert report.events == 0 and FALLBACK_WARNING in report.warnings
    else:  # the phone call at least
        assert call.events >= 1 and report.events >= call.events
    rows = mem_store.query("""
        PREFIX geo: <https://w3id.org/geokg/ontology#>
        SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a geo:Article }""").rows
    assert int(rows[0][0]) == 18


def test_ingest_twice_adds_no_triple(mem_store, seeds, ingest_nlp):
    first = ingest(mem_store, seeds, nlp=ingest_nlp)
    size, graphs = len(mem_store), _graphs(mem_store)
    second = ingest(mem_store, list(read_articles([SEEDS])), nlp=ingest_nlp)
    assert (second.read, second.skipped, second.ingested, second.triples) == (18, 18, 0, 0)
    assert len(mem_store) == size and _graphs(mem_store) == graphs
    assert first.ingested == 18


def test_ingest_killed_run_finished_by_rerun(tmp_path, seeds, ingest_nlp):
    from kg.store import open_store

    with open_store(Settings(data=tmp_path / "whole", store="memory")) as whole:
        ingest(whole, seeds, nlp=ingest_nlp)
        expected_size, expected_graphs = len(whole), _graphs(whole)
    with open_store(Settings(data=tmp_path / "halves", store="memory")) as store:
        half = ingest(store, seeds[:9], nlp=ingest_nlp)  # the run that was killed after nine articles
        rest = ingest(store, seeds, nlp=ingest_nlp)
        assert (half.ingested, rest.skipped, rest.ingested) == (9, 9, 9)
        assert len(store) == expected_size and _graphs(store) == expected_graphs


def test_ingest_replace_rewrites_without_duplicates(mem_store, seeds, ingest_nlp):
    ingest(mem_store, seeds, nlp=ingest_nlp)
    size = len(mem_store)
    report = ingest(mem_store, seeds, nlp=ingest_nlp, replace=True)
    assert (report.replaced, report.ingested, report.skipped) == (18, 0, 0)
    assert len(mem_store) == size


def test_ingest_same_article_twice_in_one_run(mem_store, seeds, ingest_nlp):
    report = ingest(mem_store, [seeds[0], seeds[1], seeds[0]], nlp=ingest_nlp)
    assert [o.status for o in report.outcomes] == ["ingested", "ingested", "skipped"]
    assert len(_graphs(mem_store)) == 2


def test_ingest_reports_read_errors_and_keeps_good_articles(mem_store, tmp_path, ingest_nlp):
    (tmp_path / "good.txt").write_text("Colombia and Venezuela reopened their border.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    errors: list[ReadError] = []
    report = ingest(mem_store, read_articles([tmp_path], errors=errors), nlp=ingest_nlp, read_errors=errors)
    assert (report.ingested, report.failed) == (1, 1)
    assert len(report.errors) == 1 and "empty.txt" in report.errors[0] and "empty file" in report.errors[0]
    assert {"COL", "VEN"} <= set(report.outcomes[0].actors)


def test_ingest_failed_extraction_recorded_others_stored(mem_store, seeds, monkeypatch):
    import kg.extract.pipeline as pipeline
    from kg.extract.pipeline import Extraction

    def extract_article(nlp, article):
        if "Greenland" in article.title:
            raise ValueError("boom")
        return Extraction(article=article)

    monkeypatch.setattr(pipeline, "extract_article", extract_article)
    report = ingest(mem_store, seeds, nlp=object())
    greenland = sum("Greenland" in a.title for a in seeds)
    assert greenland == 3
    assert (report.failed, report.ingested) == (greenland, 18 - greenland)
    assert all("extraction failed (ValueError: boom)" in e for e in report.errors)
    assert len(_graphs(mem_store)) == 18 - greenland


def test_ingest_fallback_actors_are_time_aware(seeds):
    matcher = GazetteerMatcher()
    then = Article(id="x", text="Trump met Petro in Washington.", published=seeds[0].published)
    labels = {a.label for a in matcher.actors(then)}
    assert {"USA", "Donald Trump|USA", "Gustavo Petro|COL"} <= labels
    roles = {a.id: a.role for a in matcher.actors(then)}
    assert roles["person/donald-trump"]


def test_ingest_report_summary_counts():
    report = IngestReport(read=3, ingested=2, skipped=1, events=4, triples=40)
    assert report.summary().startswith("3 read, 2 ingested, 0 replaced, 1 skipped")


def test_ingest_workers_match_one_process(tmp_path, seeds, nlp):
    from kg.store import open_store

    with open_store(Settings(data=tmp_path / "one", store="memory")) as one, \
            open_store(Settings(data=tmp_path / "two", store="memory")) as two:
        ingest(one, seeds, nlp=nlp, workers=1)
        report = ingest(two, seeds, nlp=nlp, workers=2)
        assert report.ingested == 18
        assert _graphs(one) == _graphs(two) and len(one) == len(two)
