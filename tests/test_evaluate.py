"""Scoring of extractions against gold, and the validity of the gold files in eval/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import BadInput
from kg.evaluate import actor_codes, evaluate, format_report, load_gold, score, type_counts
from kg.ontology import EVENT_TYPES

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
PEER = ROOT.parent / "shared" / "peer-suites" / "plover_gsr.jsonl"


def _ids(name: str) -> frozenset:
    """The first column of a gazetteer CSV in kg/data (comment and header lines skipped)."""
    lines = [line for line in (ROOT / "kg" / "data" / name).read_text("utf-8").splitlines()
             if line and not line.startswith("#")]
    return frozenset(line.split(",", 1)[0] for line in lines[1:])


# Country codes (ISO 3166-1 alpha-3, plus XKX for Kosovo) and organisation and armed-group ids as the
# gazetteer writes them: a gold id it cannot produce could never be matched.
ISO3 = _ids("countries.csv")
ORGS = _ids("orgs.csv")
GOLD_FILES = {"dev.jsonl": 46, "dev2.jsonl": 25, "dev3.jsonl": 30, "dev4.jsonl": 30, "dev5.jsonl": 30,
              "dev6.jsonl": 30, "dev7.jsonl": 30, "dev8.jsonl": 30,
              "dev9.jsonl": 30, "dev10.jsonl": 30, "dev11.jsonl": 30, "dev12.jsonl": 30,
              "dev13.jsonl": 30, "dev14.jsonl": 30, "dev15.jsonl": 30, "dev16.jsonl": 30,
              "dev17.jsonl": 30, "dev18.jsonl": 30, "dev19.jsonl": 30, "dev20.jsonl": 30,
              "dev21.jsonl": 30, "dev22.jsonl": 30, "dev23.jsonl": 30,
              "constructions.jsonl": 220, "heldout.jsonl": 20, "seeds.jsonl": 18}
EVENT_KEYS = {"source", "target", "type", "mode", "negated", "hypothetical", "date", "evidence"}
ITEM_KEYS = {"id", "title", "text", "published", "source", "region", "hard_cases", "actors", "events"}


def ev(source: str, target: str, type_: str, negated: bool = False, hypothetical: bool = False) -> dict:
    return {"source": source, "target": target, "type": type_, "negated": negated,
            "hypothetical": hypothetical}


def gold_and_pred(gold_events: list[dict], pred_events: list[dict]):
    return [{"id": "a", "text": "t", "events": gold_events}], [{"id": "a", "events": pred_events}]


def test_evaluate_perfect_prediction_scores_one():
    events = [ev("USA", "COL", "SANCTION"), ev("USA", "COL", "CONSULT"), ev("ESP", "USA", "ACCUSE")]
    report = score(*gold_and_pred(events, events))
    assert (report.events.precision, report.events.recall, report.events.f1) == (1.0, 1.0, 1.0)
    assert report.events.tp == 3 and report.errors == []


def test_evaluate_empty_prediction_scores_zero_recall():
    report = score(*gold_and_pred([ev("USA", "COL", "SANCTION")], []))
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 0, 1)
    assert report.events.recall == 0.0 and report.events.f1 == 0.0
    assert report.errors == [{"id": "a", "missed": [["USA", "COL", "SANCTION"]], "false_alarms": []}]


def test_evaluate_missing_prediction_line_counts_as_empty():
    report = score([{"id": "a", "text": "t", "events": [ev("USA", "COL", "ASSAULT")]}], [])
    assert report.articles_predicted == 0 and report.events.fn == 1


def test_evaluate_symmetric_type_ignores_direction():
    report = score(*gold_and_pred([ev("USA", "COL", "CONSULT")], [ev("COL", "USA", "CONSULT")]))
    assert report.events.tp == 1 and report.events.fp == 0


def test_evaluate_asymmetric_type_wrong_direction_is_miss_and_false_alarm():
    report = score(*gold_and_pred([ev("USA", "COL", "SANCTION")], [ev("COL", "USA", "SANCTION")]))
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert report.per_type["SANCTION"].to_dict()["support"] == 1


def test_evaluate_negated_events_are_ignored_on_both_sides():
    gold = [ev("USA", "COL", "CONSULT"), ev("USA", "IRN", "CONSULT", negated=True)]
    pred = [ev("USA", "COL", "CONSULT"), ev("USA", "IRN", "CONSULT", negated=True)]
    assert score(*gold_and_pred(gold, pred)).events.to_dict()["f1"] == 1.0
    # a denial predicted as a real event is a false alarm
    report = score(*gold_and_pred(gold, [ev("USA", "COL", "CONSULT"), ev("USA", "IRN", "CONSULT")]))
    assert (report.events.tp, report.events.fp) == (1, 1)


def test_evaluate_hypothetical_variant_leaves_them_out():
    gold = [ev("USA", "COL", "CONSULT", hypothetical=True), ev("USA", "COL", "SANCTION")]
    pred = [ev("USA", "COL", "SANCTION")]
    report = score(*gold_and_pred(gold, pred))
    assert (report.events.tp, report.events.fn) == (1, 1)
    assert report.factual.f1 == 1.0
    # a predicted plan with the flag missing counts in the main score, not in the factual one
    report = score(*gold_and_pred([ev("USA", "COL", "SANCTION")],
                                  [ev("USA", "COL", "SANCTION"), ev("USA", "COL", "CONSULT", hypothetical=True)]))
    assert report.events.fp == 1 and report.factual.fp == 0


def test_evaluate_duplicate_events_count_once():
    report = score(*gold_and_pred([ev("USA", "VEN", "ASSAULT")],
                                  [ev("USA", "VEN", "ASSAULT"), ev("USA", "VEN", "ASSAULT")]))
    assert (report.events.tp, report.events.fp, report.pred_events) == (1, 0, 1)


def test_evaluate_micro_average_over_articles():
    gold = [{"id": "a", "text": "t", "events": [ev("USA", "COL", "SANCTION"), ev("USA", "VEN", "ASSAULT")]},
            {"id": "b", "text": "t", "events": [ev("CHN", "TWN", "MOBILIZE")]}]
    pred = [{"id": "a", "events": [ev("USA", "COL", "SANCTION")]},
            {"id": "b", "events": [ev("CHN", "TWN", "MOBILIZE"), ev("CHN", "USA", "ACCUSE")]}]
    report = score(gold, pred)
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 1, 1)
    assert report.events.precision == pytest.approx(2 / 3) and report.events.recall == pytest.approx(2 / 3)


def test_evaluate_actors_fold_people_to_country():
    assert actor_codes(["USA", "Donald Trump|USA", "Gustavo Petro|COL"]) == {"USA", "COL"}
    gold = [{"id": "a", "text": "t", "events": [], "actors": ["USA", "COL", "Gustavo Petro|COL"]}]
    report = score(gold, [{"id": "a", "events": [], "actors": ["USA", "Donald Trump|USA", "VEN"]}])
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (1, 1, 1)


def test_evaluate_from_files_and_report_text(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "title": "T", "text": "Body.", "published": "2026-01-07",
                                "events": [ev("USA", "COL", "CONSULT")], "actors": ["USA", "COL"]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "x", "title": "T", "published": "2026-01-07", "actors": ["USA"],
                                "events": [ev("COL", "USA", "CONSULT"), ev("USA", "COL", "THREATEN")],
                                "warnings": []}) + "\n")
    report = evaluate(gold, pred)
    assert report.to_dict()["events"]["precision"] == 0.5
    text = format_report(report, errors=True)
    assert "false alarm  USA COL THREATEN" in text and "THREATEN" in text


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "text": "t", "events": [{"source": "USA", "target": "COL", "type": "CALL"}]}',
     "unknown event type"),
    ('{"id": "a", "text": "t", "events": [{"source": "USA", "type": "SANCTION"}]}', "lacks 'target'"),
    ('{"id": "a", "text": "t"}', "no list 'events'"),
    ('{"text": "t", "events": []}', "string 'id'"),
    ("not json", "not JSON"),
])
def test_evaluate_load_gold_rejects_bad_lines(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(BadInput, match=message):
        load_gold(path)


@pytest.mark.parametrize("name", sorted(GOLD_FILES))
def test_evaluate_gold_file_is_valid(name):
    items = load_gold(EVAL / name)
    assert len(items) >= GOLD_FILES[name]
    for item in items:
        assert ITEM_KEYS <= item.keys(), item["id"]
        for code in actor_codes(item["actors"]):
            assert code in ISO3 or code in ORGS, (item["id"], code)
        full = f"{item['title']}\n{item['text']}"
        for event in item["events"]:
            assert EVENT_KEYS <= event.keys(), (item["id"], event)
            assert event["type"] in EVENT_TYPES
            assert event["source"] != event["target"], (item["id"], event)
            for code in (event["source"], event["target"]):
                assert code in ISO3 or code in ORGS, (item["id"], code)
                assert code in actor_codes(item["actors"]), (item["id"], code)
            assert event["mode"] is None or event["mode"] in EVENT_TYPES[event["type"]].modes, event
            assert isinstance(event["negated"], bool) and isinstance(event["hypothetical"], bool)
            assert event["evidence"] and event["evidence"] in full, (item["id"], event["evidence"])


def test_evaluate_dev_set_covers_every_type():
    counts = type_counts(load_gold(EVAL / "dev.jsonl"))
    assert {t for t, n in counts.items() if n >= 4} == set(EVENT_TYPES)


def test_evaluate_heldout_covers_ten_types_and_ids_are_disjoint():
    held = load_gold(EVAL / "heldout.jsonl")
    assert len(type_counts(held)) >= 10
    dev_ids = {item["id"] for item in load_gold(EVAL / "dev.jsonl")}
    assert dev_ids.isdisjoint(item["id"] for item in held)


@pytest.mark.skipif(not PEER.exists(), reason="peer suite lives in ../shared, absent here")
def test_evaluate_loads_peer_suite_both_fields():
    items = load_gold(PEER)
    state = load_gold(PEER, gold_field="events_state_level")
    assert len(items) == len(state) == 201
    assert sum(len(i["events"]) for i in items) == 232
    assert sum(len(i["events"]) for i in state) == 167
    report = score(items, [{"id": i["id"], "events": i["events"]} for i in items])
    assert report.events.f1 == 1.0 and report.actor_articles == 0


def test_evaluate_extracts_when_no_predictions_given(nlp):
    report = evaluate(EVAL / "seeds.jsonl", nlp=nlp)
    assert report.articles == report.articles_predicted == 18
    # the seed article's phone call is the plainest event of the set: a pipeline that misses it is broken
    assert all(["COL", "USA", "CONSULT"] not in err["missed"] for err in report.errors if err["id"] == "seed-article")
    assert report.actors.recall > 0.5
