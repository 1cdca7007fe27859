"""Evaluation stage: gold JSON Lines + predicted extractions -> precision/recall/F1 report.

In: a gold file (eval/*.jsonl, or a peer suite such as plover_gsr.jsonl) and either a file of
`geokg extract --format jsonl` lines or a spaCy pipeline to extract with. Out: a `Report` with
event scores over (source, target, type) per article, micro-averaged (direction ignored for the
symmetric types), the same without hypothetical events, actor scores, per-type scores, the
misses and false alarms of each article, and whether matched events were read from the sentences
the gold cites as evidence (kg/evaluate_evidence.py). Gold format: eval/README.md and eval/GUIDELINES.md.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import BadInput
from kg.evaluate_evidence import EvidenceScore, format_evidence, format_evidence_errors, score_evidence
from kg.ontology import EVENT_TYPES, SYMMETRIC_TYPES

Triple = tuple[str, str, str]


@dataclass
class Score:
    """Counts of one comparison, with precision, recall and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Report:
    """What `score` finds; `to_dict()` is the JSON form, `format_report` the text form."""

    articles: int = 0
    articles_with_events: int = 0
    articles_predicted: int = 0  # gold articles that had a prediction line
    gold_events: int = 0  # distinct non-negated gold triples
    pred_events: int = 0
    events: Score = field(default_factory=Score)  # not negated (hypothetical included)
    factual: Score = field(default_factory=Score)  # not negated, not hypothetical
    actors: Score = field(default_factory=Score)
    actor_articles: int = 0  # articles whose gold lists actors
    per_type: dict[str, Score] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)  # {"id","missed","false_alarms"} per article
    evidence: EvidenceScore = field(default_factory=EvidenceScore)  # over matched triples
    evidence_errors: list[dict] = field(default_factory=list)  # matched triples with a sentence holding no gold span

    def to_dict(self) -> dict:
        return {
            "articles": self.articles, "articles_with_events": self.articles_with_events,
            "articles_predicted": self.articles_predicted, "gold_events": self.gold_events,
            "pred_events": self.pred_events, "events": self.events.to_dict(),
            "factual": self.factual.to_dict(), "actors": self.actors.to_dict(),
            "actor_articles": self.actor_articles,
            "per_type": {t: s.to_dict() for t, s in self.per_type.items()},
            "errors": self.errors, "evidence": self.evidence.to_dict(),
            "evidence_errors": self.evidence_errors,
        }


def event_triple(event: dict) -> Triple:
    """(source, target, type), the pair sorted for symmetric types.

    >>> event_triple({"source": "USA", "target": "COL", "type": "CONSULT"})
    ('COL', 'USA', 'CONSULT')
    """
    source, target, type_ = str(event["source"]), str(event["target"]), str(event["type"])
    if type_ in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return source, target, type_


def event_triples(events: list[dict], hypothetical: bool = True) -> set[Triple]:
    """Distinct triples of events that are not negated (and not hypothetical unless asked)."""
    return {event_triple(e) for e in events
            if not e.get("negated") and (hypothetical or not e.get("hypothetical"))
            and e.get("source") != e.get("target")}


def actor_codes(labels: list[str]) -> set[str]:
    """Country and organisation codes of an `actors` list, people folded to their country.

    >>> sorted(actor_codes(["USA", "Gustavo Petro|COL", "Nobody|"]))
    ['COL', 'USA']
    """
    codes = set()
    for label in labels:
        code = label.rsplit("|", 1)[1] if "|" in label else label
        if code:
            codes.add(code)
    return codes


def _check_event(event: object, where: str) -> None:
    if not isinstance(event, dict):
        raise BadInput(f"{where}: an event must be an object with source, target and type")
    for key in ("source", "target", "type"):
        if not isinstance(event.get(key), str) or not event[key]:
            raise BadInput(f"{where}: event {event!r} lacks {key!r}; expected a non-empty string")
    if event["type"] not in EVENT_TYPES:
        raise BadInput(f"{where}: unknown event type {event['type']!r}; expected one of "
                       f"{', '.join(EVENT_TYPES)}")


def load_gold(path: str | Path, gold_field: str = "events") -> list[dict]:
    """Read and check a gold file; each item gets its `gold_field` list as `events`.

    Accepts this project's gold format and the peer-suite format ({"id","text","events"}).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise BadInput(f"Cannot read gold file {path}: {e.strerror}") from e
    items, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadInput(f"{where}: not JSON ({e.msg}); expected one object a line") from e
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise BadInput(f"{where}: expected an object with a string 'id'")
        if item["id"] in seen:
            raise BadInput(f"{where}: id {item['id']!r} repeats; ids must be unique")
        seen.add(item["id"])
        if not (item.get("text") or item.get("title")):
            raise BadInput(f"{where}: item {item['id']!r} has neither text nor title")
        events = item.get(gold_field)
        if not isinstance(events, list):
            raise BadInput(f"{where}: item {item['id']!r} has no list {gold_field!r}")
        for event in events:
            _check_event(event, where)
        items.append(item | {"events": events})
    if not items:
        raise BadInput(f"Gold file {path} holds no items; expected JSON Lines")
    return items


def load_predictions(path: str | Path) -> list[dict]:
    """Read `geokg extract --format jsonl` output."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise BadInput(f"Cannot read predictions {path}: {e.strerror}") from e
    preds = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                pred = json.loads(line)
            except json.JSONDecodeError as e:
                raise BadInput(f"{path}:{number}: not JSON ({e.msg})") from e
            if not isinstance(pred, dict) or "id" not in pred:
                raise BadInput(f"{path}:{number}: expected an extraction line with an 'id'")
            preds.append(pred)
    return preds


def score(gold_items: list[dict], pred_items: list[dict]) -> Report:
    """Compare predictions to gold, article by article (matched on `id`)."""
    preds = {str(p["id"]): p for p in pred_items}
    report = Report(articles=len(gold_items))
    type_counts: dict[str, Score] = {t: Score() for t in EVENT_TYPES}
    for item in gold_items:
        pred = preds.get(str(item["id"]))
        report.articles_predicted += pred is not None
        pred_events = (pred or {}).get("events") or []
        gold_set, pred_set = event_triples(item["events"]), event_triples(pred_events)
        report.articles_with_events += bool(gold_set)
        report.gold_events += len(gold_set)
        report.pred_events += len(pred_set)
        report.events.add(gold_set, pred_set)
        report.factual.add(event_triples(item["events"], hypothetical=False),
                           event_triples(pred_events, hypothetical=False))
        for type_, counts in type_counts.items():
            counts.add({t for t in gold_set if t[2] == type_}, {t for t in pred_set if t[2] == type_})
        if "actors" in item:
            report.actor_articles += 1
            report.actors.add(actor_codes(item["actors"]), actor_codes((pred or {}).get("actors") or []))
        report.evidence_errors += score_evidence(item, pred_events, gold_set & pred_set, report.evidence,
                                                 event_triple)
        missed, false_alarms = sorted(gold_set - pred_set), sorted(pred_set - gold_set)
        if missed or false_alarms:
            report.errors.append({"id": item["id"], "missed": [list(t) for t in missed],
                                  "false_alarms": [list(t) for t in false_alarms]})
    report.per_type = {t: s for t, s in type_counts.items() if s.tp + s.fp + s.fn}
    return report


def predict(gold_items: list[dict], nlp) -> list[dict]:
    """Extract every gold item's article with `nlp`; lines as `geokg extract` prints them."""
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    preds = []
    for item in gold_items:
        published = item.get("published")
        article = Article(id=str(item["id"]), text=item.get("text") or "", title=item.get("title") or "",
                          published=date.fromisoformat(published) if published else None,
                          source=item.get("source"))
        preds.append(extract_article(nlp, article).to_json())
    return preds


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None, settings=None, nlp=None,
             gold_field: str = "events") -> Report:
    """Score a predictions file against gold, or extract the gold articles first when none is given."""
    gold_items = load_gold(gold_path, gold_field)
    if pred_path is not None:
        return score(gold_items, load_predictions(pred_path))
    if nlp is None:
        from kg.config import Settings
        from kg.extract.pipeline import load_pipeline

        nlp = load_pipeline((settings or Settings()).spacy_model)
    return score(gold_items, predict(gold_items, nlp))


def _row(name: str, s: Score) -> str:
    return f"{name:<22}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"


def format_report(report: Report, errors: bool = False) -> str:
    """The report as a text table; with `errors`, each article's misses and false alarms, and evidence errors."""
    head = f"{'':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
    lines = [
        f"articles {report.articles} (with gold events {report.articles_with_events}, "
        f"predicted {report.articles_predicted}); gold events {report.gold_events}, "
        f"predicted {report.pred_events}",
        head,
        _row("events", report.events),
        _row("events, no hypoth.", report.factual),
        _row(f"actors ({report.actor_articles} art.)", report.actors),
        *format_evidence(report.evidence),
        "",
        f"{'per type':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    lines += [_row(t, s) for t, s in sorted(report.per_type.items())]
    if errors:
        lines.append("")
        for err in report.errors:
            lines.append(f"{err['id']}:")
            lines += [f"  missed       {' '.join(t)}" for t in err["missed"]]
            lines += [f"  false alarm  {' '.join(t)}" for t in err["false_alarms"]]
        lines += [""] + format_evidence_errors(report.evidence_errors) if report.evidence_errors else []
    return "\n".join(lines)


def type_counts(gold_items: list[dict]) -> Counter:
    """Annotated events per type (every event line, flags included)."""
    return Counter(e["type"] for item in gold_items for e in item["events"])


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.evaluate GOLD [PRED] [--errors] [--json] [--field F]`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kg.evaluate", description=main.__doc__)
    parser.add_argument("gold")
    parser.add_argument("pred", nargs="?")
    parser.add_argument("--errors", action="store_true", help="print misses and false alarms")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--field", default="events", help="gold field to score, e.g. events_state_level")
    args = parser.parse_args(argv)
    report = evaluate(args.gold, args.pred, gold_field=args.field)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
