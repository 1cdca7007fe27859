"""API benchmark: a 100k-event store in, requests/s and p50/p99 latency printed (Markdown rows).

Builds a synthetic store (benchmarks/synthetic.py) in the embedded on-disk Oxigraph backend, then
  1. in-process baseline: the same route functions called directly on the store, one at a time;
  2. served: uvicorn in a child process over the same store, driven from this process over loopback
     by httpx clients in a thread pool, each endpoint for a fixed time.
Endpoints: `/events?actor=` (busiest country: first page and page 10; median country),
`/relations/{a}/{b}` (busiest pair), and `/sparql` with a dyad query (events of the busiest pair by
date, SPARQL JSON).

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--seconds 10] [--threads 8] [--data DIR]

With --data DIR the store is built there once and reused by later runs (building 100k events takes
minutes). Responses other than 200 are counted as errors, not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from api.eventpage import DateCache  # noqa: E402
from api.sparql import serialize  # noqa: E402
from benchmarks.synthetic import synthetic_extractions  # noqa: E402
from kg.config import Settings  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.triples import article_graph_iri, extraction_to_triples  # noqa: E402

LATER_PAGE = 10
DYAD = """PREFIX geo: <https://w3id.org/geokg/ontology#>
SELECT ?event ?type ?date WHERE {{
  ?event geo:source <https://w3id.org/geokg/id/country/{a}> ; geo:target <https://w3id.org/geokg/id/country/{b}> ;
         geo:eventType ?type .
  OPTIONAL {{ ?event geo:date ?date }}
}} ORDER BY ?date ?event"""


def build(settings: Settings, n_events: int) -> tuple[str, list[str], str]:
    """Write the synthetic store; return the busiest country, the busiest pair, a median country."""
    extractions = synthetic_extractions(n_events, seed=11)
    codes, pairs = Counter(), Counter()
    for extraction in extractions:
        for e in extraction.events:
            if "/" not in e.source and "/" not in e.target:
                codes.update([e.source, e.target])
                pairs[(e.source, e.target)] += 1
    started = time.perf_counter()
    with open_store(settings) as store:
        graphs = [(article_graph_iri(x.article.id), extraction_to_triples(x)) for x in extractions]
        for i in range(0, len(graphs), 500):
            store.put_graphs(graphs[i:i + 500])
        print(f"# built {n_events:,} events, {len(extractions):,} articles, {len(store):,} quads "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
    ranked = codes.most_common()
    return ranked[0][0], list(pairs.most_common(1)[0][0]), ranked[len(ranked) // 2][0]


def _summary(latencies: list[float], elapsed: float, errors: int = 0) -> tuple[float, float, float, int, int]:
    ordered = sorted(latencies) or [float("nan")]
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return len(latencies) / elapsed, statistics.median(ordered) * 1000, p99 * 1000, len(latencies), errors


def in_process(settings: Settings, calls: dict, seconds: float) -> dict[str, tuple]:
    """Route functions called directly, sequentially, for `seconds` each."""
    from api.routers.events import list_events
    from api.routers.relations import read_relation

    out = {}
    with open_store(settings) as store:
        # As in the served app, which opens the store itself and so may cache the store's dates.
        state = SimpleNamespace(actor_cache={}, date_cache=DateCache(trusted=True))
        request = SimpleNamespace(app=SimpleNamespace(state=state))
        cursor = None
        for _ in range(LATER_PAGE - 1):  # the cursor of a later page, for both runs
            cursor = list_events(request, store, settings, actor=calls["actor"], cursor=cursor).next
        calls["cursor"] = cursor
        work = {
            "events": lambda: list_events(request, store, settings, actor=calls["actor"]).model_dump_json(),
            "events_later": lambda: list_events(request, store, settings, actor=calls["actor"],
                                                cursor=calls["cursor"]).model_dump_json(),
            "events_median": lambda: list_events(request, store, settings,
                                                 actor=calls["median"]).model_dump_json(),
            "relations": lambda: read_relation(request, store, settings, *calls["pair"]).model_dump_json(),
            "sparql": lambda: serialize(store.query(calls["dyad"], timeout=settings.query_timeout,
                                                    max_rows=settings.query_max_rows), "json"),
        }
        for name, fn in work.items():
            fn()  # warm
            latencies, started = [], time.perf_counter()
            while time.perf_counter() - started < seconds:
                t = time.perf_counter()
                fn()
                latencies.append(time.perf_counter() - t)
            out[name] = _summary(latencies, time.perf_counter() - started)
            print(f"# in-process {name}: {out[name]}", flush=True)
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def served(settings: Settings, calls: dict, seconds: float, threads: int) -> dict[str, tuple]:
    """uvicorn in a child process; this process drives it with `threads` concurrent clients."""
    port = _free_port()
    env = os.environ | {"GEOKG_DATA": str(settings.data), "GEOKG_STORE": "oxigraph",
                        "GEOKG_QUERY_TIMEOUT": str(settings.query_timeout)}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
                               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                              env=env, cwd=Path(__file__).resolve().parent.parent)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        a, b = calls["pair"]
        requests = {
            "events": ("GET", "/events", {"params": {"actor": calls["actor"]}}),
            "events_later": ("GET", "/events", {"params": {"actor": calls["actor"], "cursor": calls["cursor"]}}),
            "events_median": ("GET", "/events", {"params": {"actor": calls["median"]}}),
            "relations": ("GET", f"/relations/{a}/{b}", {}),
            "sparql": ("POST", "/sparql", {"content": calls["dyad"].encode(), "headers": {
                "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}}),
        }
        out = {}
        for name, (method, path, kwargs) in requests.items():
            with httpx.Client(base_url=base, timeout=60) as client:
                client.request(method, path, **kwargs).raise_for_status()  # warm
                stop = time.perf_counter() + seconds

                def drive() -> tuple[list[float], int]:
                    latencies, errors = [], 0
                    while time.perf_counter() < stop:
                        t = time.perf_counter()
                        response = client.request(method, path, **kwargs)
                        if response.status_code == 200:
                            latencies.append(time.perf_counter() - t)
                        else:
                            errors += 1
                    return latencies, errors

                started = time.perf_counter()
                with ThreadPoolExecutor(threads) as pool:
                    results = list(pool.map(lambda _: drive(), range(threads)))
                out[name] = _summary([x for r, _ in results for x in r], time.perf_counter() - started,
                                     sum(e for _, e in results))
                print(f"# uvicorn {name}: {out[name]}", flush=True)
        return out
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="Time per endpoint and mode.")
    parser.add_argument("--threads", type=int, default=8, help="Concurrent clients of the load generator.")
    parser.add_argument("--data", type=Path, help="Folder to build the store in once and reuse.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geokg-bench-api-") as tmp:
        settings = Settings(store="oxigraph", data=args.data or Path(tmp), query_timeout=30.0)
        marker = settings.data / f"built-{args.events}.json"
        if marker.exists() and len(json.loads(marker.read_text())) == 3:
            actor, pair, median = json.loads(marker.read_text())
            print(f"# reusing the store in {settings.data}", flush=True)
        else:
            actor, pair, median = build(settings, args.events)
            marker.write_text(json.dumps([actor, pair, median]))
        calls = {"actor": actor, "pair": pair, "median": median, "dyad": DYAD.format(a=pair[0], b=pair[1])}
        print(f"# actor={actor} (busiest) median={median} pair={pair[0]}-{pair[1]}; {args.seconds:g} s per "
              f"endpoint; {args.threads} client threads", flush=True)
        base = in_process(settings, calls, args.seconds)
        http = served(settings, calls, args.seconds, args.threads)
    labels = {"events": f"`/events?actor={actor}` (busiest actor)",
              "events_later": f"`/events?actor={actor}&cursor=` (its page {LATER_PAGE})",
              "events_median": f"`/events?actor={median}` (median actor)",
              "relations": f"`/relations/{pair[0]}/{pair[1]}` (busiest pair)",
              "sparql": "`/sparql` dyad query (JSON)"}
    print("| endpoint | in-process req/s | p50 | p99 | uvicorn req/s | p50 | p99 | answered | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, label in labels.items():
        (r1, a1, b1, _, _), (r2, a2, b2, n2, e2) = base[name], http[name]
        print(f"| {label} | {r1:,.1f} | {a1:,.1f} ms | {b1:,.1f} ms | {r2:,.1f} | {a2:,.1f} ms | {b2:,.1f} ms "
              f"| {n2:,} | {e2:,} |")


if __name__ == "__main__":
    main()
