"""Bilateral timelines over a store filled with hand-made events (through kg.triples)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.config import Settings
from kg.errors import BadInput, UnknownActor
from kg.model import Actor, Article, Event
from kg.timeline import build_timeline, draw_chart, timeline_from_events
from kg.timeline_data import TimelineEvent
from kg.triples import actor_to_triples, article_graph_iri, article_to_triples, event_to_triples

ACTORS = [Actor("country/USA", "country", "United States", "USA", "Q30"),
          Actor("country/COL", "country", "Colombia", "COL", "Q739"),
          Actor("country/VEN", "country", "Venezuela", "VEN", "Q717")]


def _event(source, target, type_, date_, mode=None, precision="day", **flags) -> Event:
    sentence = flags.pop("sentence", f"{source} {type_} {target} on {date_}.")
    return Event(source, target, type_, mode, date_, precision, sentence=sentence, start=0,
                 end=len(sentence), **flags)


def put_article(store, article_id: str, title: str, events: list[Event], published=date(2026, 1, 7)) -> None:
    """One article's graph, as ingest writes it: article node, actors, events with evidence."""
    article = Article(id=article_id, title=title, url=article_id, published=published)
    graph = article_graph_iri(article.id)
    triples = article_to_triples(article)
    for actor in ACTORS:
        triples += actor_to_triples(actor)
    for offset, event in enumerate(events):
        event.start, event.end = offset * 100, offset * 100 + len(event.sentence)
        triples += event_to_triples(event, graph)
    store.put_graph(str(graph), list(dict.fromkeys(triples)))


def open_memory_store(tmp_path):
    from kg.store import open_store
    return open_store(Settings(store="memory", data=tmp_path))


@pytest.fixture
def store(tmp_path):
    store = open_memory_store(tmp_path)
    put_article(store, "https://example.org/usa-col", "Trump and Petro", [
        _event("COL", "USA", "ACCUSE", "2025-09-15", sentence="Petro accused Washington of meddling."),
        _event("USA", "COL", "SANCTION", "2025-10-24", sentence="The U.S. sanctioned Colombia's president."),
        _event("USA", "COL", "CONSULT", "2026-01-07", mode="phone",
               sentence="Trump spoke with Petro by phone on Wednesday."),
        _event("USA", "COL", "ASSAULT", "2026-02", precision="month", hypothetical=True,
               sentence="Trump said strikes on Colombia could follow."),
        _event("COL", "USA", "AGREE", "2026-01-08", negated=True, sentence="Colombia did not agree to talks."),
        _event("USA", "VEN", "ASSAULT", "2026-01-03", sentence="U.S. forces struck Caracas."),
    ])
    # A second article reports the phone call again: one event, two sources.
    put_article(store, "https://example.org/call-again", "The call", [
        _event("USA", "COL", "CONSULT", "2026-01-07", mode="phone",
               sentence="The two presidents held a phone call, officials said."),
    ])
    yield store
    store.close()


def test_timeline_counts_pair_both_directions_by_month(store):
    tl = build_timeline(store, "USA", "COL", interval="month")
    rows = tl.to_rows()
    assert [r["period"] for r in rows] == ["2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01"]
    assert [r["events"] for r in rows] == [1, 1, 0, 0, 1]
    assert (rows[0]["a_to_b"], rows[0]["b_to_a"]) == (0, 1)
    assert (rows[1]["a_to_b"], rows[1]["b_to_a"]) == (1, 0)
    assert rows[1]["MConf"] == 1 and rows[0]["VConf"] == 1 and rows[4]["VCoop"] == 1
    assert all(e.target != "country/VEN" and e.source != "country/VEN" for e in tl.events)


def test_timeline_counts_an_event_reported_twice_once(store):
    tl = build_timeline(store, "USA", "COL", interval="day")
    calls = [e for e in tl.events if e.type == "CONSULT"]
    assert len(calls) == 1
    assert {ev["sentence"] for ev in calls[0].evidence} == {
        "Trump spoke with Petro by phone on Wednesday.", "The two presidents held a phone call, officials said."}
    assert {ev["url"] for ev in calls[0].evidence} == {"https://example.org/usa-col", "https://example.org/call-again"}
    assert tl.intervals[-1].start == "2026-01-07" and tl.intervals[-1].score == 1.5


def test_timeline_keeps_hypothetical_and_negated_apart_unscored(store):
    tl = build_timeline(store, "USA", "COL")
    assert sorted((e.type, e.hypothetical, e.negated) for e in tl.apart) == [
        ("AGREE", False, True), ("ASSAULT", True, False)]
    assert all(e.score is None for e in tl.apart)
    assert "ASSAULT" not in {t for iv in tl.intervals for t in iv.by_type}
    assert tl.to_dict()["totals"]["score"] == -3.0 - 6.0 + 1.5


def test_timeline_scores_with_plover_weights_and_overrides(store):
    assert [iv.score for iv in build_timeline(store, "USA", "COL").intervals if iv.count] == [-3.0, -6.0, 1.5]
    custom = build_timeline(store, "USA", "COL", weights={"SANCTION": -8.0, "CONSULT/phone": 2.5})
    assert [iv.score for iv in custom.intervals if iv.count] == [-3.0, -8.0, 2.5]
    assert custom.weights["SANCTION"] == -8.0


def test_timeline_weeks_start_on_monday_and_gaps_are_filled(store):
    tl = build_timeline(store, "COL", "USA", interval="week")
    assert tl.intervals[0].start == "2025-09-15"  # a Monday
    assert all(date.fromisoformat(iv.start).weekday() == 0 for iv in tl.intervals)
    assert len(tl.intervals) == 17
    assert tl.intervals[0].a_to_b == 1  # seen from COL, the accusation goes a -> b


@pytest.mark.parametrize("window,expected", [(1, [-3.0, -6.0, 0.0, 0.0, 1.5]), (3, [-3.0, -4.5, -3.0, -2.0, 0.5])])
def test_timeline_rolling_mean(store, window, expected):
    tl = build_timeline(store, "USA", "COL", window=window)
    assert [iv.rolling for iv in tl.intervals] == expected


def test_timeline_turning_point_names_the_driving_events():
    events = [TimelineEvent(id="e1", type="SANCTION", source="country/USA", target="country/COL",
                            direction="a_to_b", date="2025-10-02", quad="MConf"),
              TimelineEvent(id="e2", type="AID", source="country/USA", target="country/COL",
                            direction="a_to_b", date="2025-11-20", quad="MCoop"),
              TimelineEvent(id="e3", type="ACCUSE", source="country/COL", target="country/USA",
                            direction="b_to_a", date="2025-11-21", quad="VConf"),
              TimelineEvent(id="e4", type="ASSAULT", source="country/USA", target="country/COL",
                            direction="a_to_b", date="2026-01-05", quad="MConf")]
    tl = timeline_from_events(events, "USA", "COL", interval="month", window=1)
    assert [(tp.start, tp.towards) for tp in tl.turning_points] == [
        ("2025-11-01", "cooperation"), ("2026-01-01", "conflict")]
    assert tl.turning_points[0].drivers == ["e2"]
    assert tl.turning_points[1].drivers == ["e4"]
    assert tl.turning_points[0].before == -6.0 and tl.turning_points[0].after == 7.0


def test_timeline_unknown_actor_and_bad_options(store):
    with pytest.raises(UnknownActor, match="ISO3"):
        build_timeline(store, "USAA", "COL")
    with pytest.raises(BadInput, match="interval"):
        build_timeline(store, "USA", "COL", interval="year")
    with pytest.raises(BadInput, match="Unknown event type"):
        build_timeline(store, "USA", "COL", weights={"SANCTIONS": -8})
    with pytest.raises(BadInput, match="two different actors"):
        build_timeline(store, "USA", "country/USA")


def test_timeline_no_events_gives_empty_series(store):
    tl = build_timeline(store, "COL", "VEN")
    assert tl.intervals == [] and tl.to_rows() == [] and tl.turning_points == []


def test_draw_chart_html_is_one_offline_file_with_a_mark_per_event(store, tmp_path):
    tl = build_timeline(store, "USA", "COL", interval="week")
    path = draw_chart(tl, tmp_path / "chart.html")
    html = path.read_text()
    assert html.count('<circle class="mark') == len(tl.events) == 3
    assert "Trump spoke with Petro by phone on Wednesday." in html
    assert "<script src=" not in html and 'rel="stylesheet"' not in html


def test_draw_chart_png_or_says_what_to_install(store, tmp_path):
    tl = build_timeline(store, "USA", "COL")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        with pytest.raises(BadInput, match="pip install"):
            draw_chart(tl, tmp_path / "chart.png")
        return
    path = draw_chart(tl, tmp_path / "chart.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_draw_chart_refuses_other_formats(store, tmp_path):
    with pytest.raises(BadInput, match=".html or .png"):
        draw_chart(build_timeline(store, "USA", "COL"), tmp_path / "chart.pdf")
