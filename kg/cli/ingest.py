"""Commands that take articles in: `geokg ingest` (into the store), `extract` (JSON lines out), `eval`.

Also how ingest reports: a line per article as it is stored, the summary, then warnings grouped by
message and errors, each naming its input.
"""

from __future__ import annotations

import json
import sys

import click

from kg.cli.context import opened_store, settings_of


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


@click.command("ingest")
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

    settings = settings_of(ctx)
    nlp = load_nlp(settings.spacy_model)
    errors: list = []
    articles = read_articles(paths, settings, errors=errors)
    show = sys.stderr.isatty() if progress is None else progress
    with opened_store(ctx) as store:
        report = ingest(store, articles, nlp=nlp, replace=replace, workers=workers, progress=show,
                        read_errors=errors, on_article=_print_outcome, batch_size=batch or settings.ingest_batch)
        click.echo(report.summary() + f"; the store holds {len(store):,} triples")
    _report_problems(report.errors, report.warnings)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.pass_context
def extract_command(ctx, paths, fmt) -> None:
    """Print the actors and events of articles, one JSON line each, without storing them."""
    from kg.articles import read_articles
    from kg.ingest import GazetteerMatcher, load_nlp

    settings = settings_of(ctx)
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


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False), required=False)
@click.option("--errors", is_flag=True, help="List each article's misses and false alarms.")
@click.option("--field", default="events", show_default=True,
              help="The gold list to score against (the peer suite also has events_state_level).")
@click.pass_context
def eval_command(ctx, gold, pred, errors, field) -> None:
    """Score extraction against a gold file (extracting it first when no predictions are given)."""
    from kg.evaluate import evaluate, format_report

    click.echo(format_report(evaluate(gold, pred, settings=settings_of(ctx), gold_field=field), errors))
