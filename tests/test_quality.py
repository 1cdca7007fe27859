"""Quality floors: extraction scored against the gold sets must not fall below today's figures.

Each floor sits just under the score measured when it was set (see README, "Evaluation"); raise it
when the extractor improves, never lower it to make a change pass. The PLOVER peer suite is read
from ../shared/peer-suites where that folder exists (it is not part of the project).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
PEER_SUITE = ROOT.parent / "shared" / "peer-suites" / "plover_gsr.jsonl"

# (gold file, gold field, floor on events F1, floor on actor F1)
FLOORS = {
    "dev": (ROOT / "eval" / "dev.jsonl", "events", 0.88, 0.96),
    "dev2": (ROOT / "eval" / "dev2.jsonl", "events", 0.85, 0.95),
    "dev3": (ROOT / "eval" / "dev3.jsonl", "events", 0.805, 0.93),
    # dev4 0.80 -> 0.795 in the fourteenth session: 0.804 -> 0.79999 (P 0.900, R 0.720), three false alarms from
    # general rules (an answer aimed at every state of a list's act, a reported airspace breach by an unnamed
    # aircraft, "disappointing" aimed at the wrong party); back to 0.80 in the sixteenth (0.802)
    "dev4": (ROOT / "eval" / "dev4.jsonl", "events", 0.80, 0.97),
    "dev5": (ROOT / "eval" / "dev5.jsonl", "events", 0.79, 0.94),
    "dev6": (ROOT / "eval" / "dev6.jsonl", "events", 0.695, 0.95),
    "dev7": (ROOT / "eval" / "dev7.jsonl", "events", 0.61, 0.95),
    "dev8": (ROOT / "eval" / "dev8.jsonl", "events", 0.69, 0.96),
    "dev9": (ROOT / "eval" / "dev9.jsonl", "events", 0.61, 0.97),
    "dev10": (ROOT / "eval" / "dev10.jsonl", "events", 0.625, 0.96),
    "dev11": (ROOT / "eval" / "dev11.jsonl", "events", 0.665, 0.94),
    "dev12": (ROOT / "eval" / "dev12.jsonl", "events", 0.71, 0.95),
    "dev13": (ROOT / "eval" / "dev13.jsonl", "events", 0.69, 0.95),
    "dev14": (ROOT / "eval" / "dev14.jsonl", "events", 0.70, 0.95),
    "dev15": (ROOT / "eval" / "dev15.jsonl", "events", 0.685, 0.95),
    "dev16": (ROOT / "eval" / "dev16.jsonl", "events", 0.74, 0.95),
    "dev17": (ROOT / "eval" / "dev17.jsonl", "events", 0.625, 0.95),
    "dev18": (ROOT / "eval" / "dev18.jsonl", "events", 0.725, 0.95),
    "dev19": (ROOT / "eval" / "dev19.jsonl", "events", 0.64, 0.95),
    "dev20": (ROOT / "eval" / "dev20.jsonl", "events", 0.64, 0.94),
    "dev21": (ROOT / "eval" / "dev21.jsonl", "events", 0.69, 0.95),
    # dev22 (opinion pieces and interview transcripts): 0.305 when added, 0.329 at the fifteenth session's end (blind),
    # 0.436 after the sixteenth session opened it for tuning
    "dev22": (ROOT / "eval" / "dev22.jsonl", "events", 0.42, 0.93),
    # dev23 (multilateral meeting coverage and business press, blind): 0.446 when added, 0.525 at the sixteenth
    # session's end
    "dev23": (ROOT / "eval" / "dev23.jsonl", "events", 0.52, 0.92),
    "constructions": (ROOT / "eval" / "constructions.jsonl", "events", 0.765, 0.97),
    "heldout": (ROOT / "eval" / "heldout.jsonl", "events", 0.76, 0.95),
    "seeds": (ROOT / "eval" / "seeds.jsonl", "events", 0.97, 0.98),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_gold_set_stays_above_floor(nlp, name):
    path, field, event_floor, actor_floor = FLOORS[name]
    report = evaluate(path, nlp=nlp, gold_field=field)
    assert report.gold_events > 0
    assert report.events.f1 >= event_floor, f"{name}: events F1 {report.events.f1:.3f} < floor {event_floor}"
    assert report.actors.f1 >= actor_floor, f"{name}: actors F1 {report.actors.f1:.3f} < floor {actor_floor}"


@pytest.mark.skipif(not PEER_SUITE.exists(), reason=f"peer suite not found at {PEER_SUITE}")
# state level 0.635 since the eleventh session (was 0.645): a cancelled visit is PROTEST by GUIDELINES §13 where
# PLOVER codes SANCTION; asylum granted now reads as AID (a pair the state-level gold leaves out), and with it the
# rebels' "treason charges" become a Rwandan accusation of Uganda (a false alarm, left: see the closing note).
# Events 0.602 -> 0.599 and state level 0.635 -> 0.645 in the thirteenth session: a country's rebels are not its
# state (GUIDELINES §1), where PLOVER codes "Ivory Coast rebels" and "Rwandan rebels" as the state
@pytest.mark.parametrize("field, floor", [("events", 0.595), ("events_state_level", 0.64)])
def test_quality_plover_peer_suite_stays_above_floor(nlp, field, floor):
    report = evaluate(PEER_SUITE, nlp=nlp, gold_field=field)
    assert report.events.f1 >= floor, f"PLOVER {field}: F1 {report.events.f1:.3f} < floor {floor}"
    # the naive coder (entities, country names, keyword triggers, first actor as source) scores 0.16
    assert report.events.precision > 0.5
