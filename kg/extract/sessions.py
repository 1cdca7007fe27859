"""Meeting coverage: states whose representatives speak at a body's session consult that body.

A write-up of a Security Council or General Assembly session, an OSCE ministerial or an Arab League
summit tells one speaker after another ("Vassily Nebenzia of the Russian Federation said...", "the
representative of China stressed..."). Each state shown speaking there takes part in the session:
CONSULT (`multilateral`) with the body (GUIDELINES §23). Only a representative's words count, and only
in an article that tells the body sitting ("the Security Council met", "the Assembly adopted").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import Mention
from kg.extract.speech import DEMAND_SPEECH

# Who speaks for a state at a session.
DELEGATES = frozenset({"representative", "delegate", "delegation", "ambassador", "envoy", "speaker", "observer"})
# What a body does when it sits: "the Council met", "the Assembly adopted a resolution".
SITTING = frozenset({"meet", "convene", "adopt", "vote", "hold", "open", "debate", "hear", "reject", "approve"})
# Names of a body's sitting organs, and of its sessions.
ORGANS = frozenset({"council", "assembly", "conference", "summit", "ministerial", "session", "meeting"})
# Whom a speaker at a session addresses: "told the ministers", "addressed the meeting".
AUDIENCES = frozenset({"minister", "delegate", "delegation", "meeting", "session", "summit", "gathering",
                       "participant", "conference", "forum", "leader"})  # (not "told his counterpart")
# Speech verbs of a session's record.
SESSION_SPEECH = DEMAND_SPEECH | {"address", "brief", "stress", "emphasise", "emphasize", "underline", "urge",
                                  "condemn", "welcome", "express", "voice", "regret", "recall", "point", "highlight",
                                  "reject"}


def sitting_body(doc: Doc, mentions: list[Mention]) -> Mention | None:
    """The organisation whose session the article tells as held: the doer of a sitting verb ("the Security Council
    met", "the Assembly adopted") or where one spoke or met ("told the General Assembly", "at an emergency
    session of the Council"); not a session only asked for or to come ("the council was due to meet")."""
    for m in mentions:
        if m.actor.kind != "org":
            continue
        root = doc[m.start:m.end].root
        head = root.head if root.dep_ == "compound" else root  # "a Security Council session", "the OSCE
        held = head if head.lemma_.lower() in ORGANS else root  # Ministerial Council met"
        if held.dep_ in ("nsubj", "nsubjpass") and held.head.lemma_.lower() in SITTING and not _to_come(held.head):
            return m
        if any(c.dep_ == "acl" and c.lemma_.lower() in ("hold", "convene") and c.tag_ == "VBN"
               for c in held.children):
            return m  # "the emergency Security Council session held on Monday"
        if held.dep_ == "pobj" and held.head.lower_ in ("at", "during", "before") or (
                held.dep_ == "dobj" and held.head.lemma_.lower() in ("address", "tell", "brief")):
            return m
    return None


def _to_come(verb: Token) -> bool:
    """A sitting told as planned or asked for: "was due to meet", "will convene", "to hold an urgent meeting"."""
    return any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "may", "might", "shall")
               for c in verb.children) or verb.head.lower_ in ("due", "expected", "set", "scheduled")


def delegate_of(subject: Token, by_token: dict[int, Mention]) -> bool:
    """Whether a speech verb's subject is a state's delegate: "the representative of China", "Egypt's delegate",
    "Vassily Nebenzia of the Russian Federation" (a name with "of" and a state)."""
    if subject.i in by_token and by_token[subject.i].actor.kind != "person":
        return False  # "the Democratic Republic of Congo said": the state itself, no delegate
    if subject.lemma_.lower() in DELEGATES:
        return True
    return subject.pos_ == "PROPN" and any(  # "Vassily Nebenzia of the Russian Federation" (not "Argentina's
        c.dep_ == "prep" and c.lower_ == "of" and any(  # Milei said": a leader's words are told from anywhere)
            g.i in by_token and by_token[g.i].actor.kind == "country" for g in c.children) for c in subject.children)


def speakers(doc: Doc, args) -> list[tuple[Token, list[Mention]]]:
    """(speech verb, the states its delegate subject speaks for) for each delegate's statement in the doc."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SESSION_SPEECH:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and (delegate_of(c, args.by_token) or (
            tok.lemma_.lower() in ("tell", "address", "brief") and any(  # "Lavrov told the ministers that...":
                k.dep_ in ("dobj", "dative") and k.lemma_.lower() in AUDIENCES and not any(  # there (not "told a
                    a.lower_ in ("news", "press", "joint") for a in k.children) for k in tok.children)))]  # news
            # conference")
        states = [m for m in args.subjects(tok) if m.actor.kind in ("country", "org") or m.state_level] \
            if subjects else []
        if states:
            out.append((tok, states))
    return out
