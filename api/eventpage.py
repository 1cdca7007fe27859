"""Pages of events, newest first: validated filters and a keyset cursor in, one page out.

Two ways to find the page, with identical results (same rows, order and cursors):

* led by the filters (`page_query`): every matching event is read with its date and sorted. Its
  cost grows with the number of matches: ~1 s for an actor in a fifth of a 100k-event graph.
* a date walk (`window_query`): the store's distinct dates, newest first, are read in windows of a
  few dates each; a window is led by its dates (index lookups of the events on those days), so a
  page costs in proportion to the events on the days it spans, not to the actor's history. Windows
  widen when they come back short; when the walk has looked at more events than the filters match,
  the rest of the page comes from the filter-led query below the walked dates; undated events
  (listed last) come from `undated_query`.

The walk pays when many events match (n² > (page size) x (dated events), n from cheap index
counts); a rare actor's page is cheaper led by the actor. The dates and their event counts come
from one grouped query (~50 ms on 100k events), cached in `DateCache` while the app is the store's
only writer (it opened the store itself and it is not a remote endpoint) and dropped on ingest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rdflib import Literal

from api.deps import run_query
from api.eventq import (PREFIXES, EventFilter, driver_count_queries, events_by_iri, page_query, undated_query,
                        window_query)
from api.ids import encode_cursor
from api.schemas import EventPublic
from kg.config import Settings
from kg.store.base import Store

WALK_MIN_MATCHES = 1000  # fewer matches than this: the filter-led query costs milliseconds anyway
MAX_WINDOW_DATES = 1000  # dates in one VALUES block
_DATES = PREFIXES + "SELECT ?date (COUNT(*) AS ?n) WHERE { ?event geo:date ?date } GROUP BY ?date"


@dataclass(frozen=True)
class DateGroup:
    """One date as text (what events sort on), its literals (2026 as gYear, as string...) and events."""

    text: str
    literals: tuple[Literal, ...]
    events: int


class DateCache:
    """The store's dates and index counts, kept while `trusted` (this app is the only writer)."""

    def __init__(self, trusted: bool) -> None:
        self.trusted = trusted
        self.generation = 0
        self._lock = threading.Lock()
        self._dates: tuple[int, list[DateGroup]] | None = None
        self._counts: dict[str, tuple[int, int]] = {}
        self._writers = 0

    def invalidate(self) -> None:
        """Forget everything: the store was written to."""
        with self._lock:
            self.generation += 1
            self._dates, self._counts = None, {}

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around a write: nothing is cached while it runs, and what was cached is forgotten."""
        with self._lock:
            self._writers += 1
        self.invalidate()
        try:
            yield
        finally:
            with self._lock:
                self._writers -= 1
            self.invalidate()

    def dates(self, compute: Callable[[], list[DateGroup]]) -> list[DateGroup]:
        return self._cached("dates", compute)

    def count(self, sparql: str, compute: Callable[[], int]) -> int:
        return self._cached(sparql, compute)

    def _cached(self, key: str, compute: Callable):
        with self._lock:
            keep = self.trusted and not self._writers
            generation = self.generation
            found = self._dates if key == "dates" else self._counts.get(key)
        if not keep:
            return compute()
        if found is not None and found[0] == generation:
            return found[1]
        value = compute()
        with self._lock:
            if self.generation == generation and not self._writers:  # not written to meanwhile
                if key == "dates":
                    self._dates = (generation, value)
                elif len(self._counts) < 4096:
                    self._counts[key] = (generation, value)
        return value


def date_groups(store: Store, settings: Settings) -> list[DateGroup]:
    """Distinct event dates newest first (by their text, as pages sort), with event counts."""
    rows = run_query(store, settings, _DATES, max_rows=10_000_000).rows
    merged: dict[str, tuple[list[Literal], int]] = {}
    for date, n in rows:
        literals, events = merged.get(str(date), ([], 0))
        merged[str(date)] = (literals + [date], events + int(n.toPython()))
    return [DateGroup(text, tuple(lits), events) for text, (lits, events) in sorted(merged.items(), reverse=True)]


def event_page(store: Store, settings: Settings, f: EventFilter, cursor: list | None, limit: int,
               cache: DateCache | None = None) -> tuple[list[EventPublic], str | None]:
    """One page of events matching f, newest first, and the cursor of the next page."""
    rows = page_rows(store, settings, f, cursor, limit + 1, cache or DateCache(trusted=False))
    page, more = rows[:limit], len(rows) > limit
    items = events_by_iri(store, settings, [row[0] for row in page])
    next_cursor = encode_cursor([str(page[-1][1]), str(page[-1][0])]) if more and page else None
    return items, next_cursor


def page_rows(store: Store, settings: Settings, f: EventFilter, cursor: list | None, need: int,
              cache: DateCache) -> list[tuple]:
    """The first `need` (event, date text) rows after the cursor, by whichever way is cheaper."""
    matches = _matches(store, settings, f, cache)
    if matches is not None and matches < WALK_MIN_MATCHES:
        return _led_by_filters(store, settings, f, cursor, need)
    groups = cache.dates(lambda: date_groups(store, settings))
    dated = sum(g.events for g in groups)
    matches = dated if matches is None else matches
    if not prefer_walk(matches, dated, need):
        return _led_by_filters(store, settings, f, cursor, need)
    return _walk(store, settings, f, cursor, need, _in_range(groups, f, cursor), matches, dated)


def prefer_walk(matches: int, dated: int, need: int) -> bool:
    """Walk the dates when it reads fewer events: about need x dated / matches of them, against
    the `matches` that the filter-led query reads (a walk's event costs a little less)."""
    return matches * matches > need * dated


def _matches(store: Store, settings: Settings, f: EventFilter, cache: DateCache) -> int | None:
    """The smallest index count bounding the events f matches; None when f names no index."""
    counts = [cache.count(q, lambda q=q: int(run_query(store, settings, q).rows[0][0].toPython()))
              for q in driver_count_queries(f)]
    return min(counts) if counts else None


def _led_by_filters(store: Store, settings: Settings, f: EventFilter, cursor: list | None, need: int,
                    before: str | None = None) -> list[tuple]:
    sparql, bindings = page_query(f, cursor, before)
    return run_query(store, settings, sparql, bindings, max_rows=need).rows


def _in_range(groups: list[DateGroup], f: EventFilter, cursor: list | None) -> list[DateGroup]:
    """The dates a page can still come from: not after the cursor, within from/to (the same tests
    as the queries' FILTERs, on the text of the date)."""
    return [g for g in groups
            if (cursor is None or g.text <= cursor[0])
            and (not f.start or (g.text != "" and g.text >= f.start[:len(g.text)]))
            and (not f.end or (g.text != "" and g.text <= f.end[:len(g.text)]))]


def _walk(store: Store, settings: Settings, f: EventFilter, cursor: list | None, need: int,
          groups: list[DateGroup], matches: int, dated: int) -> list[tuple]:
    """Rows from windows of dates, newest first; `matches` bounds what the filters match (what the
    filter-led query reads), `dated` counts the events with a date."""
    rows: list[tuple] = []
    want = max(64.0, 2.0 * need * dated / max(matches, 1))  # events a first window should hold
    examined, i = 0, 0
    while i < len(groups) and len(rows) < need:
        j, events = i, 0
        while j < len(groups) and (j == i or events < want) and j - i < MAX_WINDOW_DATES:
            events += groups[j].events
            j += 1
        dates = [lit for g in groups[i:j] for lit in g.literals]
        sparql, bindings = window_query(f, cursor, dates, need - len(rows))
        rows += run_query(store, settings, sparql, bindings, max_rows=need).rows
        examined, i, want = examined + events, j, want * 2
        if len(rows) < need and i < len(groups) and examined > matches:
            # The walk has cost what the filter-led query would: let it finish below the walked dates.
            return rows + _led_by_filters(store, settings, f, cursor, need - len(rows), before=groups[i - 1].text)
    if len(rows) < need and not f.start and not f.end:
        sparql, bindings = undated_query(f, cursor, need - len(rows))
        rows += run_query(store, settings, sparql, bindings, max_rows=need).rows
    return rows
