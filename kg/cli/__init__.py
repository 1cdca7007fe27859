"""Command line: `geokg ingest|query|export|stats|actors|extract|eval|timeline|viz|serve`.

Each command is a thin wrapper over a plain function; the stages are imported inside the commands
so `geokg --help` is fast and a missing piece says so. Settings come from GEOKG_* variables,
overridden by the global options. Any KGError ends the command with one line and exit status 1.
This module holds the group, its global options and error handling; the commands are in
kg/cli/ingest.py (articles in: ingest, extract, eval), kg/cli/query.py (the store and gazetteer
read as text: query, export, stats, actors) and kg/cli/views.py (timeline, viz, serve).
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import ingest, query, views
from kg.errors import KGError

__all__ = ["cli", "main"]


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


for _command in (ingest.ingest_command, ingest.extract_command, ingest.eval_command, query.query_command,
                 query.export_command, query.stats_command, query.actors_command, views.timeline_command,
                 views.viz_command, views.serve_command):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Console entry point (`geokg`)."""
    cli.main(args=argv, prog_name="geokg")
