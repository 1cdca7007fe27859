"""Commands that draw or serve the graph: `geokg timeline` (table and chart), `viz` (page), `serve`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from kg.cli.context import opened_store, settings_of


@click.command("timeline")
@click.argument("a")
@click.argument("b")
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="month", show_default=True)
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), help="Also draw it to FILE.html or FILE.png.")
@click.pass_context
def timeline_command(ctx, a, b, interval, chart) -> None:
    """Events between two actors (ISO3, org id or name) over time, with a cooperation/conflict score."""
    from kg.timeline import build_timeline, draw_chart

    with opened_store(ctx) as store:
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


@click.command("viz")
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
    with opened_store(ctx) as store:
        path = write_network_html(store, out, **filters)
    click.echo(f"wrote {path}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def serve_command(ctx, host, port) -> None:
    """Serve the REST API, SPARQL endpoint and pages."""
    import uvicorn

    from api.app import create_app

    click.echo(f"geokg on http://{host}:{port}/ (store: {settings_of(ctx).store}); Ctrl-C to stop", err=True)
    uvicorn.run(create_app(settings_of(ctx)), host=host, port=port, log_level="info")
