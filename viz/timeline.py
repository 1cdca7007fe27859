"""Timeline page: kg.timeline.Timeline -> a plain SVG chart (drawn here, no chart library) -> HTML.

The chart shows the score per interval as bars, its rolling mean as a line, each scored event as a
mark at its date and weight (hover: the event; click: its row in the list), and the turning points.
`timeline_data` is the one function behind /viz/timeline/{a}/{b} and its .json twin;
`chart_page_html` is what `geokg timeline --chart FILE.html` writes (one file, opens offline).
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from kg.timeline import Timeline, build_timeline

WIDTH, HEIGHT = 960, 340
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 20, 40


def timeline_data(store, a: str, b: str, interval: str = "month", window: int = 3) -> dict:
    """The JSON twin of the timeline page (Timeline.to_dict())."""
    return build_timeline(store, a, b, interval=interval, window=window).to_dict()


def timeline_page_html(store, a: str, b: str, interval: str = "month", window: int = 3,
                       single_file: bool = False) -> str:
    """The timeline page of the pair, chart and event list."""
    return _page(build_timeline(store, a, b, interval=interval, window=window), single_file)


def chart_page_html(timeline: Timeline) -> str:
    """A self-contained HTML page with the chart and the event list (for --chart FILE.html)."""
    return _page(timeline, single_file=True)


def _page(timeline: Timeline, single_file: bool) -> str:
    from viz.pages import render_page
    data = timeline.to_dict()
    return render_page("timeline.html", tl=data, svg=render_svg(timeline), single_file=single_file,
                       title=f"{timeline.a} – {timeline.b}",
                       json_href=f"/viz/timeline/{timeline.a}/{timeline.b}.json?interval={timeline.interval}")


def _day(text: str) -> date:
    parts = (text.split("-") + ["1", "1"])[:3]
    return date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))


def _period_end(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def render_svg(timeline: Timeline) -> str:
    """The chart as an SVG element (string); an empty chart says there is nothing to draw."""
    if not timeline.intervals:
        return (f'<svg class="tl-chart" viewBox="0 0 {WIDTH} 80" role="img"><text x="{WIDTH / 2}" y="45" '
                f'text-anchor="middle">No dated events between {escape(timeline.a)} and '
                f'{escape(timeline.b)} to draw.</text></svg>')
    t0 = _day(timeline.intervals[0].start)
    t1 = _period_end(_day(timeline.intervals[-1].start), timeline.interval)
    span = max((t1 - t0).days, 1)
    values = [abs(iv.score) for iv in timeline.intervals] + [abs(e.score or 0) for e in timeline.events]
    ymax = max(values + [1.0]) * 1.1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + plot_w * (day - t0).days / span

    def y(value: float) -> float:
        return TOP + plot_h / 2 - (plot_h / 2) * value / ymax

    out = [f'<svg class="tl-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
           f'aria-label="PLOVER score of {escape(timeline.a)} and {escape(timeline.b)} by {timeline.interval}">']
    for tick in (ymax / 1.1, ymax / 2.2, 0, -ymax / 2.2, -ymax / 1.1):
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>'
                   f'<text class="axis" x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:+.0f}</text>')
    labels = _label_every(len(timeline.intervals))
    for i, iv in enumerate(timeline.intervals):
        start = _day(iv.start)
        x0, x1 = x(start), x(_period_end(start, timeline.interval))
        if iv.count:
            top, bottom = sorted((y(iv.score), y(0)))
            cls = "coop" if iv.score >= 0 else "conflict"
            out.append(f'<rect class="bar {cls}" x="{x0 + 1:.1f}" y="{top:.1f}" width="{max(x1 - x0 - 2, 1):.1f}" '
                       f'height="{max(bottom - top, 1):.1f}"><title>{escape(iv.start)}: {iv.count} events, '
                       f'score {iv.score:+g}, rolling {iv.rolling:+g}</title></rect>')
        if i % labels == 0:
            out.append(f'<text class="axis" x="{x0:.1f}" y="{HEIGHT - BOTTOM + 16}">{escape(iv.start)}</text>')
    points = " ".join(f"{(x(_day(iv.start)) + x(_period_end(_day(iv.start), timeline.interval))) / 2:.1f},"
                      f"{y(iv.rolling):.1f}" for iv in timeline.intervals)
    out.append(f'<polyline class="rolling" points="{points}"><title>rolling mean over '
               f'{timeline.window} {timeline.interval}s</title></polyline>')
    for tp in timeline.turning_points:
        tx = x(_day(tp.start))
        out.append(f'<line class="turn" x1="{tx:.1f}" x2="{tx:.1f}" y1="{TOP}" y2="{HEIGHT - BOTTOM}">'
                   f'<title>turn towards {tp.towards} ({tp.before:+g} → {tp.after:+g})</title></line>')
    out.append(f'<line class="zero" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    stacked: dict[tuple, int] = {}
    for event in timeline.events:
        day = _day(event.date)
        slot = stacked[(day, event.score)] = stacked.get((day, event.score), -1) + 1
        cls = "coop" if (event.score or 0) > 0 else "conflict" if (event.score or 0) < 0 else "neutral"
        sentence = event.evidence[0]["sentence"] if event.evidence else ""
        out.append(f'<circle class="mark {cls}" data-event="{escape(event.id)}" cx="{x(day) + 3 + 7 * slot:.1f}" '
                   f'cy="{y(event.score or 0):.1f}" r="5"><title>{escape(event.date)} {escape(event.source)} → '
                   f'{escape(event.target)} {escape(event.type)}{"/" + escape(event.mode) if event.mode else ""} '
                   f'({event.score:+g})\n{escape(sentence)}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def _label_every(n: int) -> int:
    return max(1, -(-n // 12))
