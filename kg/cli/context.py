"""What every command takes from the click context: the settings, and the store they name, opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click


def settings_of(ctx: click.Context):
    """The kg.config.Settings the global options and GEOKG_* variables made."""
    return ctx.find_object(dict)["settings"]


@contextmanager
def opened_store(ctx: click.Context) -> Iterator:
    """The store the settings name, closed when the command ends."""
    from kg.store import open_store

    store = open_store(settings_of(ctx))
    try:
        yield store
    finally:
        store.close()
