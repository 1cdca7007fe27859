"""Modality: whether an event trigger is negated or hypothetical, from its place in the parse.

In: the trigger token and its predicate (the verb that carries it: itself, or the light verb of a
nominal trigger). Out: (negated, hypothetical). "did not meet", "denied attacking", "refused to
meet" are negated; "will meet", "plans to", "could", "a potential meeting", "arrangements are
underway for", "weighs talks", "Trump to attend" (headline future), "any intervention" are
hypothetical. `background` tells an event recalled as history ("the 2015 nuclear deal") from news.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import LEAVE_LEMMAS, ONGOING_WARS, SPEECH_ACTS, SPEECH_LEMMAS

MODALS = {"will", "would", "could", "may", "might", "shall", "should", "can", "'ll", "wo", "ca"}
# Verbs whose complement has not happened (yet).
HYPO_HEADS = {
    "plan", "propose", "seek", "intend", "aim", "want", "consider", "weigh", "prepare", "expect",
    "hope", "try", "offer", "promise", "pledge", "vow", "agree", "threaten", "wish", "mull",
    "explore", "contemplate", "near", "discuss", "schedule", "set", "urge", "call", "ask",
    "demand", "invite", "push", "press", "push", "seek", "eye", "eyes", "float", "suggest",
    "signal", "ready", "poise", "due", "likely", "able", "willing", "decide",
    "hop",  # the pinned model's lemma of "hoped": "hoped to negotiate with the Eritrean government"
}
HYPO_ADJ = {"potential", "possible", "planned", "proposed", "future", "upcoming", "prospective",
            "expected", "likely", "eventual", "hypothetical", "mooted", "anticipated", "scheduled"}
HYPO_NOUNS = {"arrangement", "plan", "preparation", "proposal", "prospect", "possibility", "hope",
              "call", "bid", "offer", "push", "effort", "talk", "door", "way", "path", "road", "process", "procedure",
              "mechanism", "initiative", "attempt", "campaign", "drive", "programme", "program"}
# Light verbs whose nominal object is not (yet) an event: "weighs talks", "nears a deal".
HYPO_CARRIERS = {"near", "weigh", "propose", "plan", "consider", "seek", "mull", "eye", "discuss",
                 "prepare", "schedule", "arrange", "explore", "float", "want", "expect"}
NEG_HEADS = {"deny", "refuse", "decline", "fail", "reject", "rule", "short", "avoid", "refrain"}  # "stopped short of criticising"
NEG_WORDS = {"not", "n't", "never", "no"}
CALLED_OFF = {"cancel", "scrap", "abandon", "scupper", "cancelled"}


def asked_whether(verb: Token) -> bool:
    """A verb asked about in an inverted question ("Did India strike Pakistan?"): its auxiliary before its
    subject and a question mark ending the sentence. What a question takes for granted ("Since Washington
    has put tariffs on our steel, will you retaliate?") is not asked."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and subjects and c.i < min(subjects)]
    return bool(inverted) and verb.sent.text.rstrip().endswith("?") and not any(  # not "Why did Russia attack?":
        t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start:min(inverted)])  # that it did is given


def modality(trigger: Token, predicate: Token) -> tuple[bool, bool]:
    """(negated, hypothetical) of an event with this trigger and predicate."""
    negated = hypothetical = False
    for tok in {trigger, predicate}:
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                negated = True
            if child.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("no", "neither")
                                                             for d in child.children):
                negated = True  # "no officials from the four countries will attend"
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS and not any(
                    t.text in (":", ";") for t in tok.doc[child.i + 1:tok.i]):  # "what sanctions could not: U.S.
                hypothetical = True  # aircraft struck...": the modal of another clause, misattached
            if child.dep_ == "amod" and child.lower_ in HYPO_ADJ:
                hypothetical = True
            if child.dep_ == "det" and child.lower_ == "any" and tok.pos_ == "NOUN":
                hypothetical = True  # "any Israeli counterattack", "any intervention": none has happened
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                hypothetical = True
    if predicate.i != trigger.i and predicate.lemma_.lower() in HYPO_CARRIERS:
        hypothetical = True
    if asked_whether(predicate):
        hypothetical = True  # "Did India strike Pakistan?", "Will your government expel the ambassador?"
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in ("impossible", "unthinkable", "inconceivable")
            for c in trigger.head.children):
        negated = True  # "Moon said dialogue with Pyongyang was impossible": no talks
    if predicate.dep_ == "conj" and predicate.pos_ == "VERB" and predicate.lemma_.lower() not in SPEECH_ACTS | {
            "call", "say", "ask"} and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in predicate.children) and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in predicate.head.children):
        hypothetical = True  # "said Tehran would remain in the accord and negotiate with the others": both to come
        # (not "said Moscow would respond and accused Poland", the parser hanging the speaker's act on the content)
    # Headline future: "Trump to Attend Forum" (an infinitive with nothing governing it).
    if predicate.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        hypothetical = True
    if predicate.lower_ == "to" or (predicate.dep_ == "ROOT" and predicate.tag_ == "TO"):
        hypothetical = True
    if predicate.dep_ == "xcomp" and predicate.head.lemma_ == "be" and any(  # "Rwandan troops are to withdraw"
            c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        hypothetical = True
    # Walk up through complements: "plans to impose", "denied attacking", "arrangements for a meeting".
    if predicate.dep_ == "nsubjpass" and predicate.head.lemma_.lower() in CALLED_OFF:
        negated = True  # "U.S.-Iran talks set for Sunday have been canceled": they did not take place
    ongoing = trigger.lemma_.lower() in ONGOING_WARS and any(c.dep_ == "poss" for c in trigger.children)
    tok, hops = predicate, 0
    while tok.head.i != tok.i and hops < 5 and not ongoing:  # "sought weapons for its war in Ukraine": going on
        if told_before_charge(tok):
            break  # "Pakistan accuses India of backing separatists, a charge New Delhi denies": told as done
        if misplaced_conj(tok):
            tok = tok.head.head  # "called on both sides to show restraint and offered to mediate": the offer is
            continue             # the caller's second act, not part of what is asked
        if tok.dep_ == "conj" and speakers_act(tok, tok.head):
            break  # "denied that its aircraft had violated any airspace and accused the pilots": not denied
        tok = infinitive_list(tok)  # "urged Iran to restore..., account for... and return to talks"
        dep, head = tok.dep_, tok.head
        if dep == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            dep = "acl"  # "a process to reimpose sanctions", parsed as a relative clause
        if dep not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "advcl", "conj", "nsubj"):
            break
        lemma = head.lemma_.lower()
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "after", "while", "since", "because", "when")
                                  and c.i < tok.i for c in tok.children) and not any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
            break  # "called on Guyana to reject interference, as the ministers met for talks": the meeting happened
        if dep == "prep" and tok.lower_ in ("at", "during") and (head.lemma_.lower() == "agree" and head.tag_ in (
                "VBD", "VBN") or head.dep_ == "dobj" and head.head.tag_ == "VBD"):
            break  # "an exchange agreed at their first direct talks", "agreed a ceasefire at talks in Doha": the
            # talks where it was agreed took place
        if dep == "prep" and tok.lower_ in ("after", "following", "since", "during", "amid"):
            break  # "agreed to pause tariffs after a call with Sheinbaum": the call that led to it happened
        if dep == "prep" and tok.lower_ in ("to", "for") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("door", "way", "path", "road") for c in head.children):
            hypothetical = True  # "opened the door to membership talks", "paved the way for talks"
        if dep in ("xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj", "acl"):
            if lemma in NEG_HEADS and dep != "pobj":
                negated = True
            if (lemma in HYPO_HEADS or lemma in HYPO_NOUNS or head.lower_ in HYPO_ADJ) and head.lower_ != "talks":
                # "talk of a meeting" is not one; "talks hosted by China" took place
                hypothetical = True
            if any(c.dep_ == "neg" for c in head.children) and dep in ("xcomp", "ccomp"):
                negated = True
            if dep == "acl" and lemma in HYPO_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                negated = True  # "said it had no plans to strike targets in Poland"
            if any(c.dep_ in ("aux",) and c.lower_ in MODALS for c in head.children) and dep == "xcomp":
                hypothetical = True
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            hypothetical = True  # "will travel to Washington to meet Trump": the purpose of a plan is planned
        if head.lower_ in ("underway", "planned", "expected"):
            hypothetical = True
        tok, hops = head, hops + 1
    # "arrangements are underway for a meeting": the trigger hangs off 'underway'.
    for anc in trigger.ancestors:
        if anc.lower_ in ("underway", "planned", "mooted") or anc.lemma_.lower() in ("arrangement", "preparation"):
            hypothetical = True
            break
        if anc.dep_ == "ROOT":
            break
    return negated, hypothetical


# What turns a future act of cooperation into a promise: "will support", "ready to work with",
# "offered to send troops". PLOVER codes such promises AGREE.
INTENT_MODALS = {"will", "would", "shall", "'ll"}
INTENT_HEADS = {"ready", "willing", "prepared", "offer", "pledge", "promise", "agree", "vow", "commit"}


# Cooperation that, promised or offered, is an AGREE (PLOVER); promised meetings stay CONSULT.
PROMISED_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


def intent(predicate: Token) -> bool:
    """Whether a predicate is promised or offered rather than done or merely scheduled."""
    if any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in predicate.children):
        return True
    if predicate.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        return True  # "Japan to Lift Export Curbs": a headline's announced step
    tok = predicate
    for _ in range(2):
        if tok.dep_ not in ("xcomp", "acl", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in INTENT_HEADS:
            return True
    return False


def left_by(tok: Token) -> Token | None:
    """The verb of leaving whose "from" or "of" object tok is: "withdrew from the deal", "pulled the US out of the
    deal"; None otherwise."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "of"):
        return None
    verb = tok.head.head if tok.head.head.lower_ != "out" else tok.head.head.head
    return verb if verb.lemma_.lower() in LEAVE_LEMMAS else None


def background(tok: Token) -> bool:
    """A nominal event recalled as history rather than reported as news."""
    if tok.head.lemma_.lower() in ("reaffirm", "reiterate", "renew", "honour", "honor", "uphold", "invoke"):
        return False  # "reaffirmed its 1951 Mutual Defense Treaty with the Philippines": today's act about it
    if left_by(tok) is not None:
        return False  # "withdrew from the 2015 nuclear deal": leaving it is today's news
    published = tok.doc._.published
    if published is not None and any(c.dep_ in ("nummod", "compound", "amod") and c.text.isdigit() and len(c.text) == 4
                                     and int(c.text) < published.year for c in tok.children):
        return True  # "the 2015 nuclear deal", "their 1951 treaty"
    head = tok.head
    long_ago = ("year", "decade", "month", "century")
    if tok.dep_ == "pobj" and head.lower_ in ("after", "since", "before") and (
            head.head.lemma_.lower() in long_ago
            or any(c.dep_ == "npadvmod" and c.lemma_.lower() in long_ago for c in head.children)):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("anniversary", "memory", "legacy")

def infinitive_list(verb: Token) -> Token:
    """A bare verb the parser hung on the main verb of "urged Iran to restore..., account for... and return to
    talks" is one more item of the infinitive list: the first infinitive stands for it."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return verb
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    infinitives = [c for c in first.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i]
    return infinitives[0] if first.tag_ in ("VBD", "VBZ", "VBP") and infinitives else verb


def misplaced_conj(verb: Token) -> bool:
    """A finite verb the parser conjoined to an infinitive complement ("called on both sides to show restraint
    and offered to mediate"): a tensed verb cannot be one more thing asked for, so it is the main verb's partner."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp" \
        and head.head.pos_ == "VERB"


def speakers_act(verb: Token, clause: Token) -> bool:
    """A speech act joined to the clause a speaker reported ("said Honduras had asked for aid and accused
    Beijing", "denied that its aircraft had violated any airspace and accused the pilots"): the speaker's own
    act, not more of what was reported."""
    return clause.dep_ == "ccomp" and verb.lemma_.lower() in SPEECH_ACTS and \
        clause.head.lemma_.lower() in SPEECH_LEMMAS | DENIALS and clause.head.i < clause.i and (
            any(a.lower_ == "had" for a in clause.children) or any(
                c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children))


# Nouns of a charge made ("Moscow's accusation"), and what a denial after a comma points back at ("..., a
# charge New Delhi denies", "..., a claim Kyiv disputes").
ACCUSATIONS = frozenset({"charge", "allegation", "accusation"})
CHARGES = ACCUSATIONS | {"claim", "assertion", "account", "version"}
# Verbs that deny a charge.
DENIALS = frozenset({"deny", "reject", "dispute", "dismiss", "refute"})


def told_before_charge(verb: Token) -> bool:
    """A clause the parser hung as what a later denial denies, when that denial has its own object pointing back
    at it: "Pakistan accuses India of backing separatists, a charge New Delhi denies" (the accusation is made)."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i and head.lemma_.lower() in DENIALS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHARGES and c.i > verb.i for c in head.children)
