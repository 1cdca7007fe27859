"""The evidence measure of the scorer: were matched events read from the sentences the gold cites?"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import evaluate, format_report, main, score
from kg.evaluate_evidence import article_text

EVAL = Path(__file__).resolve().parent.parent / "eval"

# A headline and a three-sentence article written for these tests.
TITLE = "Colombia Recalls Envoy After U.S. Sanctions"
TEXT = ("The United States imposed sanctions on Colombia's president on Friday. "
        "Bogotá recalled its ambassador from Washington for consultations. "
        "Ecuador and Colombia held talks on border security in Quito.")
SENTENCES = [TITLE, *(s if s.endswith(".") else s + "." for s in TEXT.split(". "))]
SANCTION_SPAN = "The United States imposed sanctions on Colombia's president"
RECALL_SPAN = "Bogotá recalled its ambassador from Washington"
TALKS_SPAN = "Ecuador and Colombia held talks"


def gold_event(source: str, target: str, type_: str, evidence: str | None, negated: bool = False) -> dict:
    event = {"source": source, "target": target, "type": type_, "negated": negated, "hypothetical": False}
    return event if evidence is None else event | {"evidence": evidence}


GOLD_EVENTS = [gold_event("USA", "COL", "SANCTION", SANCTION_SPAN),
               gold_event("COL", "USA", "SANCTION", RECALL_SPAN),
               gold_event("ECU", "COL", "CONSULT", TALKS_SPAN)]


def sentence(n: int) -> dict:
    """The n-th sentence (0 = the headline) as the pipeline gives it, offsets into title + text."""
    full = article_text({"title": TITLE, "text": TEXT})
    start = full.find(SENTENCES[n])
    return {"sentence": SENTENCES[n], "start": start, "end": start + len(SENTENCES[n])}


def pred_event(source: str, target: str, type_: str, n: int | None, *more: int, negated: bool = False) -> dict:
    """A prediction read from sentence n, with sentences `more` merged into its evidence."""
    event = {"source": source, "target": target, "type": type_, "negated": negated, "hypothetical": False}
    if n is None:
        return event
    return event | sentence(n) | {"evidence": [sentence(m) for m in more]}


def run(pred_events: list[dict], gold_events: list[dict] = GOLD_EVENTS):
    return score([{"id": "a", "title": TITLE, "text": TEXT, "events": gold_events}],
                 [{"id": "a", "title": TITLE, "events": pred_events}])


def test_evaluate_evidence_right_sentences_score_one():
    report = run([pred_event("USA", "COL", "SANCTION", 1), pred_event("COL", "USA", "SANCTION", 2),
                  pred_event("COL", "ECU", "CONSULT", 3)])  # symmetric: the pair is sorted on both sides
    assert report.events.tp == 3
    assert (report.evidence.recall, report.evidence.precision) == (1.0, 1.0)
    assert report.evidence.to_dict()["found"] == 3 and report.evidence_errors == []


def test_evaluate_evidence_wrong_sentence_is_a_miss():
    report = run([pred_event("USA", "COL", "SANCTION", 2), pred_event("COL", "USA", "SANCTION", 2)])
    assert report.events.tp == 2 and report.errors[0]["false_alarms"] == []
    assert (report.evidence.recall, report.evidence.precision) == (0.5, 0.5)
    assert report.evidence_errors == [{
        "id": "a", "triple": ["USA", "COL", "SANCTION"], "found": False, "gold": [SANCTION_SPAN],
        "predicted": [{"start": sentence(2)["start"], "sentence": SENTENCES[2], "holds": False,
                       "headline": False}]}]
    text = format_report(report, errors=True)
    assert "a: USA COL SANCTION miss" in text and f"gold      {SANCTION_SPAN}" in text
    assert f"- @{sentence(2)['start']}" in text


def test_evaluate_evidence_merged_wrong_sentence_lowers_precision():
    report = run([pred_event("USA", "COL", "SANCTION", 1, 3)])
    assert (report.evidence.recall, report.evidence.precision) == (1.0, 0.5)
    assert report.evidence.headline_extra == 0
    [err] = report.evidence_errors
    assert err["found"] and [s["holds"] for s in err["predicted"]] == [True, False]
    assert "a: USA COL SANCTION extra" in format_report(report, errors=True)


def test_evaluate_evidence_headline_restating_an_event_is_counted_apart():
    report = run([pred_event("COL", "USA", "SANCTION", 0, 2)])
    assert (report.evidence.recall, report.evidence.precision) == (1.0, 0.5)
    assert report.evidence.headline_extra == 1 and report.evidence.headline_misses == 0
    report = run([pred_event("COL", "USA", "SANCTION", 0)])
    assert report.evidence.recall == 0.0 and report.evidence.headline_misses == 1
    assert "1 of 1 misses read from the headline alone" in format_report(report)


def test_evaluate_evidence_any_gold_span_of_the_triple_counts():
    gold = GOLD_EVENTS + [gold_event("USA", "COL", "SANCTION", "sanctions on Colombia's president on Friday"),
                          gold_event("COL", "USA", "SANCTION", "Colombia Recalls Envoy")]
    report = run([pred_event("USA", "COL", "SANCTION", 1), pred_event("COL", "USA", "SANCTION", 0, 2)], gold)
    assert (report.evidence.recall, report.evidence.precision) == (1.0, 1.0)
    assert report.evidence.sentences == 3 and report.evidence.headline_extra == 0


def test_evaluate_evidence_ignores_negated_mentions():
    gold = GOLD_EVENTS + [gold_event("USA", "COL", "SANCTION", "Bogotá recalled", negated=True)]
    pred = [pred_event("USA", "COL", "SANCTION", 1), pred_event("USA", "COL", "SANCTION", 2, negated=True)]
    report = run(pred, gold)
    assert (report.evidence.recall, report.evidence.precision) == (1.0, 1.0)


@pytest.mark.parametrize("pred, holds", [
    # offsets from another layout of the article (no headline): compared as text
    ({"sentence": SENTENCES[1], "start": 0, "end": len(SENTENCES[1])}, True),
    ({"sentence": SENTENCES[2], "start": 0, "end": len(SENTENCES[2])}, False),
    # typographic quotes and spacing differ
    ({"sentence": SENTENCES[1].replace("'", "’").replace(" on ", "  on ")}, True),
    # a gold file scored as predictions: evidence is a span, not a list
    ({"evidence": SANCTION_SPAN}, True),
])
def test_evaluate_evidence_falls_back_to_text_when_offsets_do_not_line_up(pred, holds):
    report = run([{"source": "USA", "target": "COL", "type": "SANCTION"} | pred])
    assert report.evidence.measured == 1 and report.evidence.recall == float(holds)


@pytest.mark.parametrize("pred_events, gold_events, why", [
    ([pred_event("USA", "COL", "SANCTION", None)], GOLD_EVENTS, "predictions carry no sentences"),
    ([pred_event("USA", "COL", "SANCTION", 1)], [gold_event("USA", "COL", "SANCTION", None)],
     "no matched triple cites gold evidence"),
    ([], GOLD_EVENTS, "no matched triple cites gold evidence"),
])
def test_evaluate_evidence_not_available(pred_events, gold_events, why):
    report = run(pred_events, gold_events)
    assert report.evidence.recall is None and report.evidence.precision is None
    assert report.evidence.to_dict()["recall"] is None and report.evidence.to_dict()["precision"] is None
    text = format_report(report)
    assert "n/a" in text and why in text


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "title": TITLE, "text": TEXT, "events": GOLD_EVENTS},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "a", "title": TITLE, "actors": ["COL", "ECU", "USA"],
                                "events": [pred_event("USA", "COL", "SANCTION", 1, 2),
                                           pred_event("ECU", "COL", "CONSULT", 1)]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, pred


def test_evaluate_evidence_in_json_and_cli(files, tmp_path, capsys):
    assert main([str(files[0]), str(files[1]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"]["tp"] == 2 and report["errors"][0]["missed"] == [["COL", "USA", "SANCTION"]]
    assert report["evidence"].items() >= {"measured": 2, "found": 1, "sentences": 3, "supported": 1,
                                          "recall": 0.5, "precision": 0.3333}.items()
    triples = [e["triple"] for e in report["evidence_errors"]]
    assert triples == [["COL", "ECU", "CONSULT"], ["USA", "COL", "SANCTION"]]
    result = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "eval", *map(str, files), "--errors"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "evidence recall          0.500  1/2 matched triples" in result.output
    assert "evidence precision       0.333  1/3 predicted sentences" in result.output
    assert "a: COL ECU CONSULT miss" in result.output


def test_evaluate_evidence_of_the_pipeline_on_seeds(nlp):
    report = evaluate(EVAL / "seeds.jsonl", nlp=nlp)
    evidence = report.evidence
    # every seed event cites evidence and every extracted event carries its sentence
    assert evidence.triples == evidence.measured == report.events.tp > 0
    assert 0.0 <= evidence.precision <= 1.0 and 0.0 <= evidence.recall <= 1.0
    assert evidence.recall >= 0.95  # 24/24 on 2026-11-28
    assert "evidence recall" in format_report(report)
