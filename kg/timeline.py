"""Bilateral timelines: the events between two actors (store, SPARQL) -> a scored series by interval.

In: a Store and two actor codes ("USA", "COL", "org/NATO", "person/gustavo-petro"). Out: a
`Timeline` with, per day/week/month, event counts by direction, type and quad class, a score from
PLOVER's -10..+10 weights (see `DEFAULT_WEIGHTS`; override any type or "TYPE/mode" with
`weights=`), its rolling mean, and the turning points where the rolling score changes sign, with
the events that drove them. An event reported by many articles is one event (one IRI) and counts
once. Hypothetical and negated events are listed apart (`Timeline.apart`) and never scored.

    >>> tl = build_timeline(store, "USA", "COL", interval="month")   # doctest: +SKIP
    >>> tl.to_rows()[0]["score"]                                      # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kg.errors import BadInput
from kg.ontology import EVENT_TYPES, QUAD_CLASSES, event_score
from kg.timeline_data import TimelineEvent, fetch_pair_events, resolve_actor

INTERVALS = ("day", "week", "month")
MAX_INTERVALS = 5000  # beyond this a chart is unreadable and the table useless: ask for a coarser one

# PLOVER's scores per type (kg.ontology), plus the modes that carry their own (CONSULT/phone 1.5).
DEFAULT_WEIGHTS: dict[str, float] = {name: t.score for name, t in EVENT_TYPES.items()} | {"CONSULT/phone": 1.5}

__all__ = ["Interval", "Timeline", "TimelineEvent", "TurningPoint", "build_timeline", "draw_chart",
           "DEFAULT_WEIGHTS", "INTERVALS", "timeline_from_events"]


@dataclass
class Interval:
    """One period of the series; `start` is its first day (ISO)."""

    start: str
    count: int = 0
    a_to_b: int = 0
    b_to_a: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[str, int] = field(default_factory=dict)
    score: float = 0.0  # sum of the weights of the interval's scored events
    mean: float | None = None  # score / count, None when empty
    rolling: float = 0.0  # mean of `score` over the last `window` intervals
    events: list[str] = field(default_factory=list)  # event ids


@dataclass
class TurningPoint:
    """Where the rolling score changes sign."""

    start: str  # the interval where the new sign begins
    towards: str  # "cooperation" or "conflict"
    before: float
    after: float
    drivers: list[str] = field(default_factory=list)  # ids of the events that pushed it over


@dataclass
class Timeline:
    a: str
    b: str
    interval: str
    window: int
    weights: dict[str, float]
    intervals: list[Interval] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)  # scored, dated, by date
    apart: list[TimelineEvent] = field(default_factory=list)  # hypothetical or negated: never scored
    undated: list[TimelineEvent] = field(default_factory=list)  # happened, date unknown: not placed
    turning_points: list[TurningPoint] = field(default_factory=list)

    def to_rows(self) -> list[dict]:
        """One flat row per interval, for a table or CSV."""
        rows = []
        for iv in self.intervals:
            row = {"period": iv.start, "events": iv.count, "a_to_b": iv.a_to_b, "b_to_a": iv.b_to_a,
                   "score": round(iv.score, 2), "rolling": round(iv.rolling, 2)}
            row |= {q: iv.by_quad.get(q, 0) for q in QUAD_CLASSES}
            row["types"] = " ".join(f"{t}:{n}" for t, n in sorted(iv.by_type.items()))
            rows.append(row)
        return rows

    def to_dict(self) -> dict:
        """Everything, JSON-ready: what /timeline/{a}/{b} and /viz/timeline/{a}/{b}.json serve."""
        totals = Counter(e.type for e in self.events)
        return {
            "a": self.a, "b": self.b, "interval": self.interval, "window": self.window,
            "weights": self.weights,
            "totals": {"events": len(self.events), "apart": len(self.apart), "undated": len(self.undated),
                       "by_type": dict(sorted(totals.items())),
                       "score": round(sum(e.score or 0 for e in self.events), 2)},
            "intervals": [asdict(iv) for iv in self.intervals],
            "turning_points": [asdict(tp) for tp in self.turning_points],
            "events": [e.to_dict() for e in self.events],
            "apart": [e.to_dict() for e in self.apart],
            "undated": [e.to_dict() for e in self.undated],
        }


def build_timeline(store, a: str, b: str, interval: str = "month", window: int = 3,
                   weights: Mapping[str, float] | None = None,
                   start: str | None = None, end: str | None = None) -> Timeline:
    """The timeline of the pair (a, b), both directions, from the store."""
    a_iri, b_iri = resolve_actor(store, a), resolve_actor(store, b)
    if a_iri == b_iri:
        raise BadInput(f"A timeline needs two different actors; got {a!r} twice.")
    events = fetch_pair_events(store, a_iri, b_iri)
    if start or end:
        events = [e for e in events if e.date is None
                  or ((not start or e.date[:len(start)] >= start) and (not end or e.date[:len(end)] <= end))]
    return timeline_from_events(events, a, b, interval=interval, window=window, weights=weights)


def timeline_from_events(events: list[TimelineEvent], a: str, b: str, interval: str = "month",
                         window: int = 3, weights: Mapping[str, float] | None = None) -> Timeline:
    """Aggregate already-fetched events (one per event id) into a Timeline. Pure."""
    if interval not in INTERVALS:
        raise BadInput(f"Unknown interval {interval!r}; expected one of {', '.join(INTERVALS)}.")
    if window < 1:
        raise BadInput(f"Rolling window must be 1 or more intervals; got {window}.")
    table = dict(DEFAULT_WEIGHTS) | dict(weights or {})
    unknown = [k for k in (weights or {}) if k.split("/")[0] not in EVENT_TYPES]
    if unknown:
        raise BadInput(f"Unknown event type in weights: {', '.join(unknown)}; "
                       f"expected PLOVER types like {', '.join(list(EVENT_TYPES)[:4])} or 'CONSULT/phone'.")
    tl = Timeline(a=a, b=b, interval=interval, window=window, weights=table)
    for event in sorted(events, key=lambda e: (e.date or "", e.id)):
        if event.negated or event.hypothetical:
            event.score = None
            tl.apart.append(event)
        elif not event.date:
            event.score = _weight(table, event)
            tl.undated.append(event)
        else:
            event.score = _weight(table, event)
            tl.events.append(event)
    tl.intervals = _bucket(tl.events, interval, window)
    tl.turning_points = _turning_points(tl.intervals, {e.id: e for e in tl.events})
    return tl


def draw_chart(timeline: Timeline, path: str | Path) -> Path:
    """Draw the timeline to `path`: .html (self-contained SVG page, no script from outside) or .png."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from viz.timeline import chart_page_html
        path.write_text(chart_page_html(timeline), encoding="utf-8")
    elif suffix == ".png":
        _draw_png(timeline, path)
    else:
        raise BadInput(f"Cannot draw a chart as {path.name!r}; use a name ending in .html or .png.")
    return path


def _weight(table: Mapping[str, float], event: TimelineEvent) -> float:
    if event.mode and f"{event.type}/{event.mode}" in table:
        return table[f"{event.type}/{event.mode}"]
    if event.type in table:
        return table[event.type]
    return event_score(event.type, event.mode)


def _period_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if interval == "month":
        return day.replace(day=1)
    return day


def _next_period(day: date, interval: str) -> date:
    if interval == "day":
        return day + timedelta(days=1)
    if interval == "week":
        return day + timedelta(days=7)
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _parse_date(text: str) -> date:
    """'2026-01-07', '2026-01' or '2026' -> the first day it can mean."""
    parts = (text.split("T")[0].split("-") + ["1", "1"])[:3]
    return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))


def _bucket(events: list[TimelineEvent], interval: str, window: int) -> list[Interval]:
    if not events:
        return []
    placed = [(_period_start(_parse_date(e.date), interval), e) for e in events]
    first, last = placed[0][0], max(p for p, _ in placed)
    by_start: dict[date, Interval] = {}
    cursor = first
    while cursor <= last:
        by_start[cursor] = Interval(start=cursor.isoformat())
        if len(by_start) > MAX_INTERVALS:
            raise BadInput(f"{first}..{last} spans more than {MAX_INTERVALS} {interval}s; "
                           f"ask for a coarser interval (week or month) or a shorter period.")
        cursor = _next_period(cursor, interval)
    for start, event in placed:
        iv = by_start[start]
        iv.count += 1
        iv.a_to_b += event.direction == "a_to_b"
        iv.b_to_a += event.direction == "b_to_a"
        iv.by_type[event.type] = iv.by_type.get(event.type, 0) + 1
        iv.by_quad[event.quad] = iv.by_quad.get(event.quad, 0) + 1
        iv.score += event.score or 0.0
        iv.events.append(event.id)
    series = list(by_start.values())
    for i, iv in enumerate(series):
        iv.mean = round(iv.score / iv.count, 3) if iv.count else None
        recent = series[max(0, i - window + 1): i + 1]
        iv.rolling = round(sum(r.score for r in recent) / len(recent), 3)
    return series


def _turning_points(series: list[Interval], events: Mapping[str, TimelineEvent]) -> list[TurningPoint]:
    points, sign, value = [], 0, 0.0
    for iv in series:
        new = (iv.rolling > 0) - (iv.rolling < 0)
        if new == 0:
            continue  # a zero keeps the last sign: only an actual crossing counts
        if sign and new != sign:
            pushing = [events[i] for i in iv.events if (events[i].score or 0) * new > 0]
            pushing.sort(key=lambda e: -abs(e.score or 0))
            points.append(TurningPoint(start=iv.start, towards="cooperation" if new > 0 else "conflict",
                                       before=value, after=iv.rolling, drivers=[e.id for e in pushing[:5]]))
        sign, value = new, iv.rolling
    return points


def _draw_png(timeline: Timeline, path: Path) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise BadInput("Drawing a PNG needs matplotlib: pip install 'matplotlib>=3.8' "
                       "(or pip install -e '.[test]'), or ask for an .html chart, which needs nothing.") from e
    xs = [_parse_date(iv.start) for iv in timeline.intervals]
    fig, ax = plt.subplots(figsize=(10, 4))
    ax.bar(xs, [iv.score for iv in timeline.intervals], width=_bar_width(timeline.interval),
           color=["#2e7d32" if iv.score >= 0 else "#c62828" for iv in timeline.intervals], alpha=0.6,
           label="score")
    ax.plot(xs, [iv.rolling for iv in timeline.intervals], color="#1f3b73", label=f"rolling mean ({timeline.window})")
    ax.axhline(0, color="#555", linewidth=0.8)
    ax.set_title(f"{timeline.a} – {timeline.b}: PLOVER score by {timeline.interval}")
    ax.legend(loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _bar_width(interval: str) -> float:
    return {"day": 0.8, "week": 5.0, "month": 20.0}[interval]
