"""Reported speech and conditions: what saying an event makes of it.

In: events found for one trigger, the predicate that carries it, and the Arguments reader.
Out: the events recoded. "Trump said a strike on Colombia sounds good" is a threat, not a strike;
"Dushanbe said Kyrgyz troops shelled a Tajik post" is an accusation by Tajikistan (the shelling is only alleged); "Russia
will halt talks if the US deploys missiles" is a threat; "France said Iraq must cooperate with
inspectors" is a demand on Iraq, and the cooperation it asks for is not an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.triggers import type_of
from kg.model import Event
from kg.ontology import EVENT_TYPES

SPEECH_VERBS = frozenset({"say", "tell", "state", "declare", "announce", "write", "add", "claim", "insist",
                          "argue", "assert", "note", "post", "stress", "maintain", "report", "allege"})
# Verbs that report a demand when the clause they govern says what another must do.
DEMAND_SPEECH = SPEECH_VERBS | {"reiterate", "remind", "repeat", "demand", "warn"}
# Acts that, said of another, accuse it: "said Petro had allowed cartels to flourish".
WRONGDOING = frozenset({"violate", "breach", "harbour", "harbor", "shelter", "sponsor", "fund", "finance", "arm",
                        "allow", "enable", "abet", "interfere", "meddle", "smuggle", "lie", "cheat", "steal",
                        "sabotage", "provoke", "destabilise", "destabilize", "spy", "plot", "orchestrate",
                        "incite", "aid", "collude", "work", "abuse", "undermine", "deceive", "mislead",
                        "betray", "contravene", "flout", "fail", "ignore", "stray", "renege", "bully", "obstruct",
                        "harass", "intimidate"})
# Duties a state is said not to have done: "said Cambodia had not shown good faith", "had not shared any
# information" accuse it.
NEGLECTED = frozenset({"show", "share", "honour", "honor", "keep", "respect", "comply", "fulfil", "fulfill",
                       "cooperate", "implement"})
# Verbs that state a finding: "London has concluded that Moscow was behind the attack".
FINDING_VERBS = frozenset({"conclude", "find", "determine", "assess", "establish"})
# "would face consequences", "would be held responsible for the consequences", "would pay a price".
PENALTY_VERBS = frozenset({"face", "bear", "pay", "suffer", "be", "hold"})
PENALTIES = frozenset({"consequence", "price", "repercussion", "retaliation", "retribution"})
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "'ll"})
OBLIGATION_MODALS = frozenset({"must", "should"})
MATERIAL_CONFLICT = frozenset(t for t, e in EVENT_TYPES.items() if e.quad == "MConf") - {"PROTEST"}
# Steps that, held over another's head ("if", "unless"), make a threat.
CONDITIONAL_THREATS = MATERIAL_CONFLICT | {"RETREAT"}


def distinct(ms: list[Mention]) -> list[Mention]:
    """Mentions with one per actor code, in order."""
    out, seen = [], set()
    for m in ms:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


def speech_governor(predicate: Token) -> Token | None:
    """The speech verb whose reported clause holds the predicate ("X said [...]")."""
    t = predicate
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in SPEECH_VERBS:
            return t.head
        if t.dep_ not in ("conj", "xcomp", "ccomp", "acl", "nsubj", "nsubjpass", "dobj", "pobj", "prep"):
            return None
        t = t.head
    return None


def obligation(tok: Token) -> Token | None:
    """'X said Iraq must cooperate': the speech verb, when tok heads a clause of what another must do."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp":
        return None
    mandative = tok.tag_ == "VB" and tok.head.lemma_.lower() in ("insist", "demand") and not any(
        c.dep_ == "aux" for c in tok.children)  # "Baku insists that Armenia first amend its constitution"
    if not mandative and not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if tok.head.lemma_.lower() == "make" and any(c.dep_ in ("oprd", "ccomp", "acomp") and c.lower_ == "clear"
                                                 for c in tok.head.children):
        return tok.head  # "I have made clear that Iran must stop these attacks"
    return tok.head if tok.head.lemma_.lower() in DEMAND_SPEECH else None


def wrongdoing(tok: Token) -> Token | None:
    """'Tehran said the tanker had violated maritime rules': the speech verb, when tok is a wrong it reports."""
    no_right = tok.lemma_.lower() == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("right", "business")
                                                    and any(k.lower_ == "no" for k in c.children) for c in tok.children)
    # "said Belarus was behind the attack" accuses Belarus ("the US was behind him" backs someone)
    behind = tok.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" and any(
        g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children) for c in tok.children)
    # "said Russia was responsible for the attack" (not "would be responsible for the consequences": a threat)
    behind = behind or tok.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() == "responsible" and any(
            k.dep_ == "prep" and k.lower_ == "for" and any(type_of(g) in ("ASSAULT", "COERCE") for g in k.children)
            for k in c.children) for c in tok.children)
    neglect = tok.lemma_.lower() in NEGLECTED and any(c.dep_ == "neg" for c in tok.children) and not any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children)  # "had not shown good faith" (not "would not")
    if (tok.lemma_.lower() not in WRONGDOING and not no_right and not behind and not neglect) or \
            tok.dep_ not in ("ccomp", "conj"):
        return None  # "said the European countries had no right to trigger the mechanism" accuses them
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS | FINDING_VERBS:
        return None
    if not neglect and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in tok.children):
        return None  # "would work together" is a plan, not a wrong done
    if tok.lemma_.lower() == "work" and (any(c.lower_ == "together" for c in tok.children) or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
        return None  # "was working with a militia" accuses; "work together" does not
    return clause.head


def open_options(tok: Token) -> Token | None:
    """'Trump said "all options are on the table"', 'no option is taken off the table': the speech verb, when tok
    heads a clause that keeps force open (a threat to whoever the speaker is at odds with)."""
    lemma = tok.lemma_.lower()
    table = any(g.lower_ == "table" for c in tok.children if c.dep_ in ("prep", "dobj", "prt")
                for g in [c, *c.children])
    military = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() == "option" and any(
        k.lower_ == "military" for k in c.children)]
    if military and lemma in ("be", "remain", "stay") and not any(c.dep_ == "neg" for c in tok.children) and any(
            c.dep_ == "acomp" and c.lower_ in ("available", "open") for c in tok.children):
        return speech_governor(tok)  # "said military options remained available to the commander in chief"
    if not table or lemma not in ("be", "remain", "stay", "take"):
        return None
    options = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "option"]
    if lemma == "take":  # "no option is taken off the table": none is dropped
        if not any(k.lower_ == "no" for c in options for k in c.children) or \
                not any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return None
    elif not options or any(c.dep_ == "neg" for c in tok.children) or not any(
            c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return None
    return speech_governor(tok)


def penalty(tok: Token) -> Token | None:
    """'Tehran said the UAE would be responsible for the consequences', 'warned Seoul would pay a heavy price':
    the speech verb, when tok heads a clause that promises another a penalty."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in DEMAND_SPEECH:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    if lemma in ("go", "leave") and any(c.lower_ in ("unanswered", "unpunished") for c in tok.children):
        return tok.head  # "said India's strikes would not go unanswered", "would not leave any invasion unanswered"
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if lemma == "regret" or (lemma in PENALTY_VERBS and any(t.lemma_.lower() in PENALTIES for t in tok.subtree)):
        return tok.head
    return None


def obliged(tok: Token) -> bool:
    """Whether a token sits in a clause of what someone must or should do (content, not an act)."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in t.children) and t.dep_ == "ccomp":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def conditional(predicate: Token) -> bool:
    """'will withdraw its force unless...', 'may halt mediation if...': the step is held over someone."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in predicate.children)


def reported(events: list[Event], predicate: Token, args) -> list[Event]:
    """Reported speech: a speaker's own future strike is a threat; a strike on the speaker an accusation."""
    if events and conditional(predicate):
        for e in events:
            if e.type in CONDITIONAL_THREATS and not e.negated:
                e.type, e.mode, e.hypothetical = "THREATEN", None, False
    speech = speech_governor(predicate)
    if speech is None or not events:
        return events
    speakers = [m for m in args.subjects(speech) if m.state_level and m.code]
    if not speakers:
        return events
    codes = {m.code for m in speakers}
    out = []
    for e in events:
        if e.type in MATERIAL_CONFLICT - {"MOBILIZE"} and e.source in codes and not e.negated and (
                e.hypothetical or _present_about_past(speech, predicate)) and (e.type != "SANCTION" or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in predicate.children)
                and not decided(predicate)):
            # "said Washington would impose severe sanctions": a threat; "said the bloc was preparing new
            # measures against Minsk": sanctions to come
            e.type, e.mode, e.hypothetical = "THREATEN", None, False
        elif e.type == "ASSAULT" and e.hypothetical and not e.negated and not {e.source, e.target} & codes \
                and speech.i < predicate.i:  # "Stoltenberg said Russia was planning a full-scale attack on
            out += [_charge(e, speaker) for speaker in distinct(speakers)]  # Ukraine": a charge against the
            continue  # planner, not an attack
        elif e.type in MATERIAL_CONFLICT | {"ACCUSE"} and e.target in codes and e.source not in codes and not e.negated:
            out += [_charge(e, speaker) for speaker in distinct(speakers)]
            if e.type in MATERIAL_CONFLICT and speech.i < predicate.i:
                continue  # "Kinshasa said Rwandan drones struck": alleged by the one hit, the accusation is the event;
                # "Drones struck the post, Kinshasa said": a trailing attribution sources a reported fact
        out.append(e)
    return out


def _charge(e: Event, speaker) -> Event:
    """The speaker's accusation of the one who did (or plans) the act e reports."""
    return Event(**{**e.to_dict(), "source": speaker.code, "type": "ACCUSE", "mode": "allege", "hypothetical": False,
                    "negated": False, "source_actor": speaker.actor.id if speaker.actor.kind == "person" else None,
                    "target_actor": e.source_actor, "target": e.source, "evidence": []})


def decided(predicate: Token) -> bool:
    """A measure announced as decided, not held over anyone: "said it would expel two Russian diplomats",
    "will close Russia's consulate", "would immediately impose sanctions" (GUIDELINES §7: a hypothetical
    SANCTION, not a threat); ending an arrangement is done by saying so: "said it would terminate a military
    intelligence-sharing agreement with Japan" (GUIDELINES §11). Conditions make them threats (above)."""
    return predicate.lemma_.lower() in DECIDED_MEASURES or any(
        c.dep_ == "advmod" and c.lower_ == "immediately" for c in predicate.children)


# Measures announced as decided: expelling, closing, and ending or leaving an arrangement.
DECIDED_MEASURES = frozenset({"expel", "close", "terminate", "scrap", "sever", "recall", "withdraw", "quit", "revoke",
                              "cancel"})


def _present_about_past(speech: Token, predicate: Token) -> bool:
    """A present-tense clause reported in the past: an opinion or plan, not a report of an act."""
    if speech.tag_ != "VBD":
        return False
    clause = predicate
    while clause.head.i != clause.i and clause.head.i != speech.i:
        clause = clause.head
    return clause.tag_ in ("VBZ", "VBP")


def accusers(predicate: Token, sources: list[Mention], args) -> list[Mention]:
    """'Moscow said Ukrainian forces shelled the plant': no victim is named, but the speaker accuses the doers."""
    speech = speech_governor(predicate)
    if speech is None:
        return []
    codes = {m.code for m in sources if m.code}
    return [m for m in args.subjects(speech) if m.state_level and m.code and m.code not in codes]
