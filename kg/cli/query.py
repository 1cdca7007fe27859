"""Commands that read the store or the gazetteer as text: `geokg query`, `export`, `stats`, `actors`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli.context import opened_store
from kg.errors import UnknownActor

EXPORT_FORMATS = ("ttl", "nt", "nquads", "trig", "jsonld", "graphml", "csv")


@click.command("query")
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_context
def query_command(ctx, sparql, fmt) -> None:
    """Run a SPARQL query (text, @file.rq, or - for stdin) over every article's graph.

    The prefixes geo: id: plover: wd: rdf: rdfs: owl: skos: prov: xsd: need no PREFIX line.
    """
    from kg.sparqltext import format_result, read_query, with_default_prefixes

    text = with_default_prefixes(read_query(sparql))
    with opened_store(ctx) as store:
        result = store.query(text)
    click.echo(format_result(result, fmt))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="nquads", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: stdout].")
@click.pass_context
def export_command(ctx, fmt, out) -> None:
    """Write the whole graph as RDF, GraphML or GDELT-like CSV."""
    from kg.export import export

    with opened_store(ctx) as store:
        if out is None:
            export(store, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return
        with open(out, "wb") as stream:
            export(store, fmt, stream)
    click.echo(f"wrote {out} ({out.stat().st_size:,} bytes)", err=True)


def store_stats(store) -> dict:
    """Articles, actors by kind, events by type, named graphs and triples of a store."""
    from kg.ontology import GEO

    kinds = {"country": GEO.Country, "person": GEO.Person, "org": GEO.Organisation, "group": GEO.ArmedGroup}
    values = " ".join(f'(<{iri}> "{kind}")' for kind, iri in kinds.items())
    count = lambda q: int(store.query(q).rows[0][0])
    actors = store.query(f"SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES (?class ?kind) {{ {values} }} "
                         f"?x a ?class }} GROUP BY ?kind")
    events = store.query(f"SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{GEO.Event}> ; "
                         f"<{GEO.eventType}> ?type }} GROUP BY ?type ORDER BY DESC(?n)")
    return {
        "articles": count(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{GEO.Article}> }}"),
        "actors": {str(kind): int(n) for kind, n in actors.rows},
        "events": {str(t).rstrip("/").rsplit("/", 1)[-1]: int(n) for t, n in events.rows},
        "graphs": len(store.graphs()),
        "triples": len(store),
    }


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def stats_command(ctx, as_json) -> None:
    """Count articles, actors by kind, events by type and triples."""
    with opened_store(ctx) as store:
        stats = store_stats(store)
    if as_json:
        click.echo(json.dumps(stats, indent=2))
        return
    click.echo(f"articles  {stats['articles']:>8,}")
    click.echo(f"actors    {sum(stats['actors'].values()):>8,}  "
               + ", ".join(f"{k} {n:,}" for k, n in sorted(stats["actors"].items())))
    click.echo(f"events    {sum(stats['events'].values()):>8,}  "
               + ", ".join(f"{k} {n:,}" for k, n in stats["events"].items()))
    click.echo(f"graphs    {stats['graphs']:>8,}")
    click.echo(f"triples   {stats['triples']:>8,}")


def resolve_name(name: str, on=None, gazetteer=None) -> list:
    """What a name resolves to on a date (Actor list); raises UnknownActor when nothing does."""
    if gazetteer is None:
        from kg.ingest import load_gazetteer

        gazetteer = load_gazetteer()
    actors = gazetteer.resolve(name, on=on)
    if not actors:
        raise UnknownActor(f"No actor known as {name!r}{f' on {on}' if on else ''}; try a country name "
                           f"('Colombia'), an ISO3 code ('COL'), an organisation ('NATO') or a leader's name")
    return actors


@click.command("actors")
@click.argument("name")
@click.option("--on", "on", help="Date the name is read on (ISO, '7 January 2026', ...) [default: today].")
@click.pass_context
def actors_command(ctx, name, on) -> None:
    """Show what a name (country, capital, leader, organisation) resolves to."""
    from datetime import date

    from kg.articles import parse_date

    day = parse_date(on, "--on") if on else date.today()
    for actor in resolve_name(name, day):
        fields = [f"{actor.id}", f"kind={actor.kind}", f"name={actor.name}"]
        fields += [f"{k}={v}" for k, v in (("country", actor.country), ("role", actor.role),
                                            ("wikidata", actor.wikidata)) if v]
        click.echo("  ".join(fields))
