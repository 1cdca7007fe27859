"""Evaluation stage, evidence part: do matched events come from the sentences the gold cites?

In: one gold item (title, text, events with a verbatim `evidence` span each), the predicted events
of that article (each with `sentence`, `start`, `end` and an `evidence` list of further
{sentence, start, end}, offsets into title + "\\n\\n" + text as kg/extract/pipeline.py reads it)
and the triples both sides share. Out: counts in an `EvidenceScore` and, per matched triple whose
sentences do not all hold a gold span, an error entry. kg/evaluate.py calls it per article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

Triple = tuple[str, str, str]
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass
class EvidenceScore:
    """Evidence counts over matched triples whose gold cites evidence.

    recall: share of such triples with a predicted sentence holding a gold span of the triple;
    precision: share of their predicted sentences holding a gold span of the triple.
    Both are None (not available) when no such triple carries predicted sentences.
    """

    triples: int = 0  # matched triples whose gold events cite evidence
    measured: int = 0  # of which the prediction carries sentences
    found: int = 0  # of which a predicted sentence holds a gold span
    sentences: int = 0  # distinct predicted sentences of the measured triples
    supported: int = 0  # of which hold a gold span of their triple
    headline_misses: int = 0  # measured triples not found, read from the headline alone
    headline_extra: int = 0  # sentences holding no gold span that are the headline of an article with a body

    @property
    def recall(self) -> float | None:
        return self.found / self.measured if self.measured else None

    @property
    def precision(self) -> float | None:
        return self.supported / self.sentences if self.sentences else None

    def to_dict(self) -> dict:
        return {"triples": self.triples, "measured": self.measured, "found": self.found,
                "sentences": self.sentences, "supported": self.supported,
                "headline_misses": self.headline_misses, "headline_extra": self.headline_extra,
                "recall": None if self.recall is None else round(self.recall, 4),
                "precision": None if self.precision is None else round(self.precision, 4)}


def normalise_span(text: str) -> str:
    """NFC, straight quotes and hyphens, one space, lower case: for comparing text without offsets.

    >>> normalise_span("  Spain’s  call\\n")
    "spain's call"
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def article_text(item: dict) -> str:
    """Title and text joined as the extractor offsets them (kg.model.Article.full_text)."""
    title, text = item.get("title") or "", item.get("text") or ""
    return f"{title}\n\n{text}" if title and text else title or text


def _occurrences(full: str, span: str) -> list[tuple[int, int]]:
    found, at = [], full.find(span)
    while span and at >= 0:
        found.append((at, at + len(span)))
        at = full.find(span, at + 1)
    return found


def gold_spans(events: list[dict], triple_of: Callable[[dict], Triple]) -> dict[Triple, list[str]]:
    """Distinct evidence spans of each triple, over the events that are not negated."""
    spans: dict[Triple, list[str]] = {}
    for event in events:
        span = event.get("evidence")
        if not event.get("negated") and isinstance(span, str) and span.strip():
            triple_spans = spans.setdefault(triple_of(event), [])
            if span not in triple_spans:
                triple_spans.append(span)
    return spans


def predicted_sentences(events: list[dict], triple: Triple, triple_of: Callable[[dict], Triple],
                        full: str) -> list[dict]:
    """Distinct sentences a triple was read from: {"start","end","sentence","aligned"}.

    `aligned` says the offsets point at that sentence in `full`; a prediction whose `evidence` is
    a string (a gold file scored as predictions) gives a sentence without offsets.
    """
    out, seen = [], set()
    for event in events:
        if event.get("negated") or event.get("source") == event.get("target") or triple_of(event) != triple:
            continue
        extra = event.get("evidence")
        if isinstance(extra, str):
            extra = [{"sentence": extra}]
        for mention in [event, *(extra if isinstance(extra, list) else [])]:
            sentence = _sentence(mention, full)
            if sentence is None:
                continue
            aligned = sentence["aligned"]
            key = (sentence["start"], sentence["end"]) if aligned else normalise_span(sentence["sentence"])
            if key not in seen:
                seen.add(key)
                out.append(sentence)
    return out


def _sentence(mention: object, full: str) -> dict | None:
    if not isinstance(mention, dict):
        return None
    text, start, end = mention.get("sentence"), mention.get("start"), mention.get("end")
    text = text if isinstance(text, str) and text.strip() else None
    offsets = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(full)
    if offsets and (text is None or full[start:end].strip() == text.strip()):
        return {"start": start, "end": end, "sentence": text or full[start:end].strip(), "aligned": True}
    if text is None:
        return None
    return {"start": start if isinstance(start, int) else None, "end": end if isinstance(end, int) else None,
            "sentence": text, "aligned": False}


def holds(sentence: dict, span: str, full: str) -> bool:
    """Whether a predicted sentence contains a gold span: by offsets when both line up, else by text."""
    where = _occurrences(full, span) if sentence["aligned"] else []
    if where:
        return any(sentence["start"] <= start and end <= sentence["end"] for start, end in where)
    return normalise_span(span) in normalise_span(sentence["sentence"])


def score_evidence(item: dict, pred_events: list[dict], matched: set[Triple], counts: EvidenceScore,
                   triple_of: Callable[[dict], Triple]) -> list[dict]:
    """Add one article's matched triples to `counts`; entries for those with a sentence holding no gold span."""
    full = article_text(item)
    # the gold cites the body when an article has one; a headline restating an event is counted apart
    headline_end = len(item.get("title") or "") if item.get("text") else 0
    spans = gold_spans(item["events"], triple_of)
    errors = []
    for triple in sorted(matched & spans.keys()):
        counts.triples += 1
        sentences = predicted_sentences(pred_events, triple, triple_of, full)
        if not sentences:
            continue
        counts.measured += 1
        for sentence in sentences:
            sentence["holds"] = any(holds(sentence, span, full) for span in spans[triple])
            sentence["headline"] = sentence["aligned"] and sentence["start"] < headline_end
        found = any(s["holds"] for s in sentences)
        counts.found += found
        counts.sentences += len(sentences)
        counts.supported += sum(s["holds"] for s in sentences)
        counts.headline_misses += not found and all(s["headline"] for s in sentences)
        counts.headline_extra += sum(s["headline"] and not s["holds"] for s in sentences)
        if not all(s["holds"] for s in sentences):
            errors.append({"id": item["id"], "triple": list(triple), "found": found, "gold": spans[triple],
                           "predicted": [{k: s[k] for k in ("start", "sentence", "holds", "headline")}
                                         for s in sentences]})
    return errors


def format_evidence(counts: EvidenceScore) -> list[str]:
    """Lines of the text report: evidence recall and precision with their counts, or n/a."""
    if counts.recall is None:
        why = "no matched triple cites gold evidence" if not counts.triples else "predictions carry no sentences"
        return [f"{'evidence R, P':<22}{'n/a':>8}{'n/a':>8}  ({why})"]
    unmeasured, misses, others = (counts.triples - counts.measured, counts.measured - counts.found,
                                  counts.sentences - counts.supported)
    return [
        f"{'evidence recall':<22}{counts.recall:>8.3f}  {counts.found}/{counts.measured} matched triples"
        + (f" ({unmeasured} more without predicted sentences)" if unmeasured else "")
        + (f"; {counts.headline_misses} of {misses} misses read from the headline alone" if misses else ""),
        f"{'evidence precision':<22}{counts.precision:>8.3f}  "
        f"{counts.supported}/{counts.sentences} predicted sentences"
        + (f"; {counts.headline_extra} of {others} others are the headline" if others else ""),
    ]


def format_evidence_errors(errors: list[dict], width: int = 110) -> list[str]:
    """Text lines for `--errors`: each matched triple, its gold spans, its sentences (+ holds a span)."""
    if not errors:
        return []
    lines = ["evidence: 'miss' = no predicted sentence holds a gold span, 'extra' = some hold none; "
             "+ holds one, - does not, h headline that does not"]
    for err in errors:
        lines.append(f"{err['id']}: {' '.join(err['triple'])} {'extra' if err['found'] else 'miss'}")
        lines += [f"  gold      {_cut(span, width)}" for span in err["gold"]]
        for s in err["predicted"]:
            mark = "+" if s["holds"] else "h" if s["headline"] else "-"
            at = "?" if s["start"] is None else s["start"]
            lines.append(f"  {mark} @{at:<6} {_cut(s['sentence'], width)}")
    return lines


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
