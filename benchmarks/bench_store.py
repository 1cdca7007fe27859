"""Store benchmark: synthetic events in, ingest throughput and five query latencies printed.

Builds stores of 10k and 100k synthetic events (benchmarks/synthetic.py) in the embedded on-disk
Oxigraph store (kg.store, the default backend), the in-memory Oxigraph store, and an rdflib
in-memory Graph as baseline, then times five typical queries on each. Run:

    .venv/bin/python benchmarks/bench_store.py [--sizes 10000 100000] [--rdflib-bound 120]
        [--backends disk memory rdflib] [--batch 200]
    .venv/bin/python benchmarks/bench_store.py --ingest [--sizes 10000] [--backends disk] [--batch N]

Ingest is `put_graphs` of pre-built article graphs, --batch new graphs a call (1 is what `geokg
ingest` does, one article at a time); on disk it ends with `optimize()` (a compaction), timed apart
and counted in the events/s, so the queries read a settled store.

With --ingest the same articles go through `kg.ingest.ingest()` (the `geokg ingest` path: the
duplicate check, triples, writes, the report), its extraction replaced by a lookup of the pre-built
synthetic extractions, so only extraction is left out; --batch is then passed as its batch_size
(left out: ingest's default). Queries are timed in a fresh process-like state: the store closed
and opened again, first run (cold) and median of 3; then after `optimize()`.

Oxigraph query figures are the median of 3 runs after one warm-up; rdflib's are one run (it has
no cache to warm and is slow). An rdflib query past --rdflib-bound seconds is abandoned and
reported as skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Graph, Literal  # noqa: E402
from rdflib.namespace import XSD  # noqa: E402

from benchmarks.synthetic import synthetic_extractions  # noqa: E402
from kg.ontology import ID  # noqa: E402
from kg.store import SPARQL_PREFIXES, open_store_by_name  # noqa: E402
from kg.triples import article_graph_iri, extraction_to_triples  # noqa: E402

QUERIES = {
    "dyad events by date": """SELECT DISTINCT ?e ?type ?date WHERE {
        ?e geo:source ?a ; geo:target ?b ; geo:eventType ?type ; geo:date ?date } ORDER BY ?date""",
    "dyad counts by type, month": """SELECT ?type ?month (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e geo:source ?a ; geo:target ?b ; geo:eventType ?type ; geo:date ?date .
        BIND(SUBSTR(STR(?date), 1, 7) AS ?month) } GROUP BY ?type ?month ORDER BY ?month ?type""",
    "top 20 actors by degree": """SELECT ?actor (COUNT(DISTINCT ?e) AS ?degree) WHERE {
        { ?e geo:source ?actor } UNION { ?e geo:target ?actor } } GROUP BY ?actor ORDER BY DESC(?degree) LIMIT 20""",
    "date-range filter (one month)": """SELECT DISTINCT ?e ?date WHERE {
        ?e geo:date ?date FILTER(?date >= ?from && ?date <= ?to) }""",
    "two-hop neighbours": """SELECT DISTINCT ?n2 WHERE {
        ?a (^geo:source/geo:target)|(^geo:target/geo:source) ?n1 .
        ?n1 (^geo:source/geo:target)|(^geo:target/geo:source) ?n2 FILTER(?n2 != ?a) }""",
}


def _bindings(name: str, pair: tuple) -> dict:
    if name.startswith("dyad"):
        return {"a": pair[0], "b": pair[1]}
    if name.startswith("two-hop"):
        return {"a": pair[1]}
    if name.startswith("date-range"):
        return {"from": Literal("2021-03-01", datatype=XSD.date), "to": Literal("2021-03-31", datatype=XSD.date)}
    return {}


def _build(n_events: int) -> tuple[list, list, float]:
    started = time.perf_counter()
    extractions = synthetic_extractions(n_events, seed=7)
    graphs = [(str(article_graph_iri(x.article.id)), extraction_to_triples(x)) for x in extractions]
    return extractions, graphs, time.perf_counter() - started


def _busiest_pair(extractions) -> tuple:
    counts: dict[tuple, int] = {}
    for x in extractions:
        for e in x.events:
            if "/" not in e.source and "/" not in e.target:
                counts[(e.source, e.target)] = counts.get((e.source, e.target), 0) + 1
    source, target = max(counts, key=counts.get)
    return ID[f"country/{source}"], ID[f"country/{target}"], counts[(source, target)]


def _median_ms(run, repeat: int = 3) -> tuple[float, int]:
    rows = run()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, rows


def _bounded_ms(run, bound: float) -> tuple[float | None, int | None]:
    outcome: dict = {}

    def work():
        started = time.perf_counter()
        outcome["rows"] = run()
        outcome["ms"] = (time.perf_counter() - started) * 1000

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(bound)
    return (outcome["ms"], outcome["rows"]) if "ms" in outcome else (None, None)


def bench_size(n_events: int, rdflib_bound: float, backends: list[str], batch: int = 200) -> None:
    extractions, graphs, build_s = _build(n_events)
    n_triples = sum(len(t) for _, t in graphs)
    events = sum(len(x.events) for x in extractions)
    source, target, pair_events = _busiest_pair(extractions)
    print(f"\n## {n_events:,} events ({events:,} event mentions, {len(graphs):,} articles, {n_triples:,} quads)")
    print(f"building triples (extraction_to_triples): {build_s:.1f} s, {n_events / build_s:,.0f} events/s")
    print(f"dyad: {source.rsplit('/', 1)[-1]} -> {target.rsplit('/', 1)[-1]}, {pair_events} events")

    results: dict[str, dict] = {}
    folder = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    try:
        for backend in [b for b in ("oxigraph (disk)", "oxigraph (memory)") if b.split()[-1].strip("()") in backends]:
            store = open_store_by_name("oxigraph", path=folder / "store") if "disk" in backend \
                else open_store_by_name("memory")
            started = time.perf_counter()
            for i in range(0, len(graphs), batch):
                store.put_graphs(graphs[i:i + batch])
            ingest = time.perf_counter() - started
            results[backend] = {"ingest": ingest}
            if "disk" in backend:  # compact the files the bulk writes left, so queries read a settled store
                store.optimize()
                results[backend] = {"ingest": time.perf_counter() - started, "put": ingest,
                                    "optimize": time.perf_counter() - started - ingest}
            for name, text in QUERIES.items():
                query = SPARQL_PREFIXES + text
                bindings = _bindings(name, (source, target))
                results[backend][name] = _median_ms(lambda: len(store.query(query, bindings).rows))
            if "disk" in backend:
                store.close()
                disk = sum(f.stat().st_size for f in (folder / "store").rglob("*") if f.is_file())
                results[backend]["disk"] = disk
            del store
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    if "rdflib" not in backends:
        return _print(results, n_events, rdflib_bound)
    graph = Graph()
    started = time.perf_counter()
    for _, triples in graphs:
        for triple in triples:
            graph.add(triple)
    results["rdflib Graph"] = {"ingest": time.perf_counter() - started}
    for name, text in QUERIES.items():
        query = SPARQL_PREFIXES + text
        bindings = _bindings(name, (source, target))
        results["rdflib Graph"][name] = _bounded_ms(lambda: len(list(graph.query(query, initBindings=bindings))),
                                                    rdflib_bound)
    _print(results, n_events, rdflib_bound)


def bench_ingest(n_events: int, backends: list[str], batch: int | None) -> None:
    """Time kg.ingest.ingest over the synthetic articles (extraction looked up, not run)."""
    import kg.extract.pipeline as pipeline
    from kg.ingest import ingest

    extractions = synthetic_extractions(n_events, seed=7)
    by_id = {x.article.id: x for x in extractions}
    pipeline.extract_article = lambda nlp, article: by_id[article.id]  # what ingest calls with one worker
    articles = [x.article for x in extractions]
    source, target, _ = _busiest_pair(extractions)
    options = {} if batch is None else {"batch_size": batch}
    print(f"\n## ingest(), {n_events:,} events, {len(articles):,} articles, batch {batch or 'default'}")
    for backend in [b for b in ("disk", "memory") if b in backends]:
        folder = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
        try:
            path = folder / "store"
            store = open_store_by_name("oxigraph", path=path) if backend == "disk" else open_store_by_name("memory")
            started = time.perf_counter()
            report = ingest(store, articles, nlp=object(), **options)
            elapsed = time.perf_counter() - started
            line = (f"{backend}: {report.summary()}; {elapsed:.1f} s, {n_events / elapsed:,.0f} events/s, "
                    f"{len(articles) / elapsed:,.0f} articles/s")
            if backend == "disk":
                started = time.perf_counter()
                store.close()
                line += f"; close {time.perf_counter() - started:.1f} s"
                store = open_store_by_name("oxigraph", path=path)
            print(line)
            for stage in (["reopened", "optimized"] if backend == "disk" else ["in memory"]):
                if stage == "optimized":
                    started = time.perf_counter()
                    store.optimize()
                    print(f"optimize {time.perf_counter() - started:.1f} s")
                cells = []
                for name, text in QUERIES.items():
                    query, bindings = SPARQL_PREFIXES + text, _bindings(name, (source, target))
                    started = time.perf_counter()
                    store.query(query, bindings)
                    cold = (time.perf_counter() - started) * 1000
                    ms, rows = _median_ms(lambda: len(store.query(query, bindings).rows))
                    cells.append(f"{name}: {cold:,.0f} ms first, {ms:,.1f} ms ({rows} rows)")
                print(f"  {stage}: " + "; ".join(cells))
            store.close()
            if backend == "disk":
                files = [f for f in path.rglob("*") if f.is_file()]
                print(f"  {sum(f.stat().st_size for f in files) / 2**20:,.0f} MiB on disk, {len(files)} files")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _print(results: dict, n_events: int, rdflib_bound: float) -> None:
    print("\n| | ingest (events/s) | " + " | ".join(QUERIES) + " |")
    print("|---|---|" + "---|" * len(QUERIES))
    for backend, figures in results.items():
        cells = []
        for name in QUERIES:
            ms, rows = figures[name]
            cells.append(f"skipped (> {rdflib_bound:g} s)" if ms is None else f"{ms:,.1f} ms ({rows} rows)")
        disk = f", {figures['disk'] / 2**20:,.0f} MiB on disk" if "disk" in figures else ""
        split = f": {figures['put']:.1f} s put_graphs + {figures['optimize']:.1f} s optimize" if "put" in figures else ""
        print(f"| {backend} | {n_events / figures['ingest']:,.0f} ({figures['ingest']:.1f} s{split}{disk}) | "
              + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rdflib-bound", type=float, default=120.0,
                        help="seconds after which an rdflib query is abandoned and reported as skipped")
    parser.add_argument("--backends", nargs="+", default=["disk", "memory", "rdflib"],
                        help="which of disk (Oxigraph on disk), memory (Oxigraph in memory), rdflib to run")
    parser.add_argument("--batch", type=int, default=None,
                        help="article graphs per put_graphs call [default 200]; with --ingest, ingest's batch_size")
    parser.add_argument("--ingest", action="store_true", help="time kg.ingest.ingest instead of put_graphs")
    args = parser.parse_args()
    if args.ingest:
        print(f"# geokg ingest benchmark, {time.strftime('%Y-%m-%d %H:%M')}, load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        for size in args.sizes:
            bench_ingest(size, args.backends, args.batch)
        print(f"load average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        return
    args.batch = args.batch or 200
    print(f"# geokg store benchmark, {time.strftime('%Y-%m-%d')}, Python {sys.version.split()[0]}, "
          f"{args.batch} graphs a put_graphs call, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for size in args.sizes:
        bench_size(size, args.rdflib_bound, args.backends, args.batch)


if __name__ == "__main__":
    main()
