"""Command line: `geokg ingest|query|export|stats|actors|extract|eval|timeline|viz|serve`.

Each command is a thin wrapper over a plain function; the stages are imported inside the commands
so `geokg --help` is fast and a missing piece says so. Settings come from GEOKG_* variables,
overridden by the global options. Any KGError ends the command with one line and exit status 1.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from kg.errors import KGError, UnknownActor

EXPORT_FORMATS = ("ttl", "nt", "nquads", "trig", "jsonld", "graphml", "csv")


class _Group(click.Group):
    """Turns every KGError raised by a command into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as e:
            raise click.ClickException(" ".join(str(e.detail).split())) from None
        except ImportError as e:  # a stage not written yet, or a broken install
            name = getattr(e, "name", None) or ""
            if name.split(".")[0] not in ("kg", "api", "viz"):
                raise
            raise click.ClickException(f"'geokg {ctx.invoked_subcommand}' needs {name}, which is missing "
                                       f"from this install ({e}); update or reinstall geokg") from None


def _settings(ctx: click.Context):
    return ctx.find_object(dict)["settings"]


@contextmanager
def _open_store(ctx: click.Context):
    from kg.store import open_store

    store = open_store(_settings(ctx))
    try:
        yield store
    finally:
        store.close()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the embedded store [env GEOKG_DATA; default: the user data folder].")
@click.option("--store", type=click.Choice(["oxigraph", "memory", "sparql"]),
              help="Store backend [env GEOKG_STORE; default: oxigraph].")
@click.option("--query-url", help="SPARQL query endpoint (with --store sparql).")
@click.option("--update-url", help="SPARQL update endpoint (with --store sparql).")
@click.option("--model", help="spaCy pipeline to extract with [env GEOKG_SPACY_MODEL].")
@click.version_option(package_name="geokg")
@click.pass_context
def cli(ctx: click.Context, data, store, query_url, update_url, model) -> None:
    """geokg: a knowledge graph of geopolitical relations built from news."""
    from pydantic import ValidationError

    from kg.config import Settings

    given = {"data": data, "store": store, "query_url": query_url, "update_url": update_url,
             "spacy_model": model}
    try:
        settings = Settings(**{k: v for k, v in given.items() if v is not None})
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise click.ClickException(f"Bad setting ({problems}); check the GEOKG_* variables") from None
    ctx.ensure_object(dict)["settings"] = settings


def _title_of(article) -> str:
    title = article.title or " ".join(article.text.split())[:70]
    return title if len(title) <= 70 else title[:69] + "…"


def _print_outcome(outcome) -> None:
    line = f"{outcome.status:<9}{outcome.article.id}  {_title_of(outcome.article)}"
    if outcome.status in ("ingested", "replaced"):
        line += f"\n         actors: {', '.join(outcome.actors) or '-'}; events: {outcome.events}"
    elif outcome.message:
        line += f"  ({outcome.message})"
    click.echo(line)


def group_warnings(warnings: list[str]) -> list[str]:
    """"path: message" warnings, once per message, with how many inputs it concerns."""
    by_message: dict[str, list[str]] = {}
    for warning in warnings:
        where, sep, message = warning.partition(": ")
        if not sep:
            where, message = "", warning
        by_message.setdefault(message, []).append(where)
    lines = []
    for message, places in by_message.items():
        places = [p for p in places if p]
        if len(places) > 1:
            lines.append(f"{message} ({len(places)} inputs: {places[0]} ... {places[-1]})")
        else:
            lines.append(f"{places[0]}: {message}" if places else message)
    return lines


def _report_problems(errors: list[str], warnings: list[str]) -> None:
    for warning in group_warnings(warnings):
        click.echo(f"warning: {warning}", err=True)
    if len(errors) == 1:
        raise click.ClickException(errors[0])
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        raise click.ClickException(f"{len(errors)} inputs could not be used; each is named above")


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--replace", is_flag=True, help="Re-extract articles already in the store.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for extraction.")
@click.option("--batch", type=click.IntRange(1), help="Articles written to the store together "
              "[env GEOKG_INGEST_BATCH; default: 200].")
@click.option("--progress/--no-progress", default=None, help="Progress bar [default: when stderr is a terminal].")
@click.pass_context
def ingest_command(ctx, paths, replace, workers, batch, progress) -> None:
    """Read articles (files, folders, or - for stdin) and add them to the store."""
    from kg.articles import read_articles
    from kg.ingest import ingest, load_nlp

    settings = _settings(ctx)
    nlp = load_nlp(settings.spacy_model)
    errors: list = []
    articles = read_articles(paths, settings, errors=errors)
    show = sys.stderr.isatty() if progress is None else progress
    with _open_store(ctx) as store:
        report = ingest(store, articles, nlp=nlp, replace=replace, workers=workers, progress=show,
                        read_errors=errors, on_article=_print_outcome, batch_size=batch or settings.ingest_batch)
        click.echo(report.summary() + f"; the store holds {len(store):,} triples")
    _report_problems(report.errors, report.warnings)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.pass_context
def extract_command(ctx, paths, fmt) -> None:
    """Print the actors and events of articles, one JSON line each, without storing them."""
    from kg.articles import read_articles
    from kg.ingest import GazetteerMatcher, load_nlp

    settings = _settings(ctx)
    nlp = load_nlp(settings.spacy_model)
    errors: list = []
    articles = read_articles(paths, settings, errors=errors)
    if nlp is None:
        matcher = GazetteerMatcher()
        extractions = (matcher.extract(article) for article in articles)
    else:
        from kg.extract.pipeline import extract_articles

        extractions = extract_articles(nlp, articles)
    for extraction in extractions:
        click.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
    _report_problems([str(e) for e in errors if e.fatal], [str(e) for e in errors if not e.fatal])


@cli.command("query")
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_context
def query_command(ctx, sparql, fmt) -> None:
    """Run a SPARQL query (text, @file.rq, or - for stdin) over every article's graph.

    The prefixes geo: id: plover: wd: rdf: rdfs: owl: skos: prov: xsd: need no PREFIX line.
    """
    from kg.sparqltext import format_result, read_query, with_default_prefixes

    text = with_default_prefixes(read_query(sparql))
    with _open_store(ctx) as store:
        result = store.query(text)
    click.echo(format_result(result, fmt))


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="nquads", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: stdout].")
@click.pass_context
def export_command(ctx, fmt, out) -> None:
    """Write the whole graph as RDF, GraphML or GDELT-like CSV."""
    from kg.export import export

    with _open_store(ctx) as store:
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


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def stats_command(ctx, as_json) -> None:
    """Count articles, actors by kind, events by type and triples."""
    with _open_store(ctx) as store:
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


@cli.command("actors")
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


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False), required=False)
@click.option("--errors", is_flag=True, help="List each article's misses and false alarms.")
@click.option("--field", default="events", show_default=True,
              help="The gold list to score against (the peer suite also has events_state_level).")
@click.pass_context
def eval_command(ctx, gold, pred, errors, field) -> None:
    """Score extraction against a gold file (extracting it first when no predictions are given)."""
    from kg.evaluate import evaluate, format_report

    click.echo(format_report(evaluate(gold, pred, settings=_settings(ctx), gold_field=field), errors))


@cli.command("timeline")
@click.argument("a")
@click.argument("b")
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="month", show_default=True)
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), help="Also draw it to FILE.html or FILE.png.")
@click.pass_context
def timeline_command(ctx, a, b, interval, chart) -> None:
    """Events between two actors (ISO3, org id or name) over time, with a cooperation/conflict score."""
    from kg.timeline import build_timeline, draw_chart

    with _open_store(ctx) as store:
        timeline = build_timeline(store, a, b, interval=interval)
    rows = timeline.to_rows()
    if rows:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue().rstrip("\n"))
    else:
        click.echo(f"no dated events between {a} and {b}")
    if chart is not None:
        click.echo(f"wrote {draw_chart(timeline, chart)}", err=True)


@cli.command("viz")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="HTML file to write.")
@click.option("--start", help="First date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--end", help="Last date.")
@click.option("--type", "types", multiple=True, help="PLOVER event type to keep (repeatable).")
@click.option("--actor", help="Only this actor's neighbourhood.")
@click.pass_context
def viz_command(ctx, out, start, end, types, actor) -> None:
    """Write the interactive network page as one self-contained HTML file."""
    from viz.network import write_network_html

    filters = {k: v for k, v in (("start", start), ("end", end), ("types", list(types)), ("actor", actor)) if v}
    with _open_store(ctx) as store:
        path = write_network_html(store, out, **filters)
    click.echo(f"wrote {path}")


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def serve_command(ctx, host, port) -> None:
    """Serve the REST API, SPARQL endpoint and pages."""
    import uvicorn

    from api.app import create_app

    click.echo(f"geokg on http://{host}:{port}/ (store: {_settings(ctx).store}); Ctrl-C to stop", err=True)
    uvicorn.run(create_app(_settings(ctx)), host=host, port=port, log_level="info")


def main(argv: list[str] | None = None) -> None:
    """Console entry point (`geokg`)."""
    cli.main(args=argv, prog_name="geokg")
