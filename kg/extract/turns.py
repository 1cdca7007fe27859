"""Turns: who speaks in an interview or press-conference transcript.

In: the article text before parsing; later a parsed Doc with its actor mentions. Out: the speaker labels at
line starts ("Q:", "A:", "Lavrov:", "MARSUDI:"), kept as (offset, label) on `doc._.turns`, and the actor a
sentence's turn speaks for: "A:" is the interviewee (the one told speaking in the lead before the first turn),
a name is the person of that name, "Q:" is a reporter (no state). So "We will respond" in an answer is the
interviewee's state, and "your government" in a question is it too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.actors import Mention

if not Doc.has_extension("turns"):
    Doc.set_extension("turns", default=None)

# A speaker label at a line's start: "Q:", "A:", "Lavrov:", "Foreign Minister Wong:", "MARSUDI:"
TURN_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}):(?=[ \t])")
QUESTION_LABELS = frozenset({"q", "question", "reporter", "journalist", "interviewer"})
ANSWER_LABELS = frozenset({"a", "answer"})


def find_turns(text: str) -> list[tuple[int, str]]:
    """The speaker labels of a transcript, with where each starts; none unless the text has a question and an
    answer label or two named speakers each with more than one turn (a digest's headings are not turns)."""
    turns = [(m.start(1), m.group(1)) for m in TURN_LABEL.finditer(text)]
    labels = [label.lower() for _, label in turns]
    if any(k in QUESTION_LABELS for k in labels) and any(k in ANSWER_LABELS for k in labels):
        return turns
    named = [k for k in labels if k not in QUESTION_LABELS | ANSWER_LABELS]
    return turns if any(k in QUESTION_LABELS for k in labels) and named else []


def blank_short_labels(text: str, turns: list[tuple[int, str]]) -> str:
    """'Q:' and 'A:' blanked (same length), so the parser does not read the letter into the sentence."""
    for start, label in turns:
        if label.lower() in QUESTION_LABELS | ANSWER_LABELS:
            text = text[:start] + " " * (len(label) + 1) + text[start + len(label) + 1:]
    return text


def turn_label(tok: Token) -> str | None:
    """The label of the turn a token's sentence belongs to."""
    turns = tok.doc._.turns or []
    start = tok.sent.start_char
    before = [label for offset, label in turns if offset <= start]
    return before[-1] if before else None


def asked_of(tok: Token) -> bool:
    """Whether the token is in a question turn."""
    label = turn_label(tok)
    return label is not None and label.lower() in QUESTION_LABELS


def turn_speaker(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """The state-level actor an answer's "we" or "I" speaks for: the interviewee for "A:", the person named by
    the label for a name; nothing for a question or outside a transcript."""
    label = turn_label(tok)
    if label is None or label.lower() in QUESTION_LABELS:
        return []
    if label.lower() in ANSWER_LABELS:
        return interviewee(tok.doc, mentions)
    words = {w.lower() for w in label.split()}
    return [m for m in mentions if m.actor.kind == "person" and m.state_level and
            words & {w.lower() for w in m.actor.name.split()}][:1]


def interviewee(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The one a transcript's answers are from: the state-level person named most often before the first turn
    (the first of them on a tie), else the state-level person named most often in the whole text."""
    turns = doc._.turns or []
    first = turns[0][0] if turns else len(doc.text)
    people = [m for m in mentions if m.actor.kind == "person" and m.state_level]
    lead = [m for m in people if doc[m.start].idx < first] or people
    if not lead:
        return []
    counts = {m.actor.id: sum(k.actor.id == m.actor.id for k in lead) for m in lead}
    best = max(counts.values())
    return [next(m for m in lead if counts[m.actor.id] == best)]
