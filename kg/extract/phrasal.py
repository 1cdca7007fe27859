"""Phrasal verbs: verbs whose particle, negation, modal or object decides the event they tell.

In: a verb token, its lemma and part of speech, and the type the trigger lexicon gives the verb.
Out: (PLOVER type, mode) or None. "Would defend its territory", "would not hesitate to", "did not
rule out a military option", "ready to fight" threaten; "lashed out at" accuses; "walked out of"
and "pulled out of a summit" protest; troops that "crossed the border" attack; loans "rolled over" and
jets "handed over" aid; "would not accept" rejects; "held Israel responsible" accuses; "threw its weight
behind" supports; "took the matter to the Security Council" requests; "would take Washington to court"
threatens, "took Australia to the WTO" accuses; a state reopening its border lifts a closure; "put
relations on hold" and "degraded relations" cut ties; "the court ordered Venezuela to refrain" demands.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import (ASKING_NOUNS, BLAME, CLOSABLE, FORCE_OPTIONS, FORCES, MEETINGS, OCCASIONS, OWN_GROUND, PRAISE,
                                READY, RELIEF, WEAPONS, WRONG, WRONG_NOUNS)
from kg.extract.objects import objects_of


# Verbs that say "as" what they judge: "described the remarks as economic coercion".
DESCRIBING = frozenset({"describe", "characterise", "characterize", "denounce", "brand", "label"})
# Verbs that name what they describe: "described the memorandum as an attack", "as 'historic'".
NAMING = frozenset({"describe", "brand", "label", "characterise", "characterize", "term"})
# Verbs that, denied, refuse someone's act: "said they would not apply them" (the sanctions), "does not
# recognise the decision", "would not comply with the order".
# Of those, the ones that take what they follow by preposition: "comply with the order", "abide by the ruling".
FLOUTING_BY_PREPOSITION = frozenset({"comply", "abide"})
FLOUTING = frozenset({"apply", "implement", "enforce", "recognise", "recognize", "obey", "honour", "honor",
                      "respect"}) | FLOUTING_BY_PREPOSITION
FLOUTED = frozenset({"decision", "order", "ruling", "verdict", "sanction", "measure", "restriction", "ban", "tariff",
                     "result", "outcome", "resolution", "law", "agreement", "deal", "it", "they", "this", "that"})


# What is asked, offered or put forward, and so can be turned down.
ASKED = ASKING_NOUNS | {"offer", "invitation", "proposal", "plan", "proposition", "overture", "ultimatum"}


# Every lemma a rule below reads (a quick way out for all other verbs).
PHRASAL_LEMMAS = frozenset({"open", "reopen", "put", "place", "degrade", "lower", "reduce", "scale", "order", "direct",
                            "instruct", "defend", "hesitate", "rule", "lash", "walk", "pull", "stay", "roll", "cross",
                            "block", "accept", "take", "give", "bow", "yield", "cave", "succumb", "stand", "turn",
                            "hold", "hand", "throw", "back", "climb"}) \
    | DESCRIBING \
    | NAMING \
    | FLOUTING


def future(tok: Token) -> bool:
    """Whether a verb is told in the future: "will", "would", "shall"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children)


def phrasal_trigger(tok: Token, lemma: str, pos: str, base: str | None) -> tuple | None:
    """The event a verb tells with its particle, negation or modal, as the fields of a Trigger (type, mode, and
    for a threat or refusal made as it is said, now and negation_inside); () when the phrase tells no event
    at all; None when it tells nothing of its own (the lexicon decides)."""
    if pos != "VERB":
        return None
    if lemma not in PHRASAL_LEMMAS and not (tok.dep_ == "xcomp" and tok.head.lower_ in READY):
        return None  # most verbs: nothing to read here (this runs for every verb)
    denied = any(c.dep_ == "neg" for c in tok.children)
    objects = objects_of(tok)
    if lemma in ("open", "reopen") and objects & CLOSABLE:
        if objects & {"embassy", "consulate", "mission"}:
            return ("SUPPORT", None)  # "opened an embassy in Tehran": diplomatic ties
        if lemma == "reopen" and not any(c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.children)
                                         for c in tok.children):
            return ("RETREAT", None)  # "Lithuania reopened its crossings with Belarus": a closure lifted
        return ("COOPERATE", None)  # "he and Japarov opened two road checkpoints that had been closed"
    if lemma in ("put", "place") and objects & {"relation", "tie", "cooperation", "talk"} and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in ("hold", "ice") for g in c.children)
            for c in tok.children):
        return ("SANCTION", "discontinue")  # "Panama put relations with Venezuela on hold"
    if lemma in ("put", "place") and any(c.dep_ == "prep" and c.lower_ == "under" and any(
            g.lemma_.lower() in ("sanction", "embargo") for g in c.children) for c in tok.children):
        return ("SANCTION", "discontinue")  # "Washington placed Petro under sanctions"
    if lemma in ("degrade", "lower", "reduce", "scale") and objects & {"relation", "tie"}:
        return ("SANCTION", "discontinue")  # "degraded its diplomatic relations with Thailand"
    if lemma in ("order", "direct", "instruct") and any(c.dep_ == "xcomp" for c in tok.children) and any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
        return ("REQUEST", None)  # "the court ordered Venezuela to refrain from any action"
    if lemma == "defend" and future(tok) and all(c.lemma_.lower() in OWN_GROUND for c in tok.children
                                                   if c.dep_ == "dobj"):
        return ("THREATEN", None, True)
    if lemma == "defend" and any(c.dep_ == "dobj" and c.lemma_.lower() not in OWN_GROUND and any(
            p.dep_ == "poss" and p.lower_ in ("its", "their", "his", "her", "our") for p in c.children)
            for c in tok.children) and not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return ()  # "India defended its energy trade with Russia": a policy justified, no one backed
    if lemma == "hesitate" and denied and any(c.dep_ == "xcomp" for c in tok.children):
        return ("THREATEN", None, True, True)
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")  # "refused to rule out force"
    if lemma == "rule" and (denied or refused) and any(c.lower_ == "out" for c in tok.children) and \
            objects_of(tok) & FORCE_OPTIONS:
        return ("THREATEN", None, True, True)
    if tok.dep_ == "xcomp" and tok.head.lower_ in READY and base in ("ASSAULT", "COERCE"):
        return ("THREATEN", None, True)  # "its troops were ready to fight at any time"
    if lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and (
            objects & ASKED or any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children)):
        return ("REJECT", None)  # "turned down Caracas's request for a loan", "turned down the invitation"
    if lemma in ("throw", "put") and "weight" in objects and any(c.dep_ == "prep" and c.lower_ == "behind"
                                                                 for c in tok.children):
        return ("SUPPORT", None)  # "Poland threw its weight behind Ukraine's membership bid"
    if lemma == "hand" and any((c.dep_ == "prt" and c.lower_ == "over") or c.dep_ == "dative" for c in tok.children) \
            and objects & (
            WEAPONS | RELIEF | {"aircraft", "helicopter", "boat", "vessel", "ship", "warship", "plane", "vehicle"}):
        return ("AID", None)  # "the Netherlands handed over F-16 jets to Ukraine", "handed Sri Lanka a Dornier
        # aircraft" (not a suspect, a base: no aid)
    if lemma == "hold" and any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in (
            "responsible", "accountable", "liable", "culpable") for c in tok.children):
        return ("ACCUSE", "allege")  # "Iran held Israel responsible for the killing", "holds Kyiv responsible"
    if lemma == "lash" and any(c.lower_ == "out" for c in tok.children):
        return ("ACCUSE", "disapprove")  # "lashed out at the decision"
    if lemma == "stand" and any(c.dep_ == "prep" and c.lower_ in ("by", "with", "behind") and any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return ("SUPPORT", None)  # "said it stood with its Philippine allies", "stands by its steadfast ally"
    if lemma == "walk" and any(c.lower_ in ("out", "away") for c in tok.children):
        return ("PROTEST", "boycott")  # "the envoy walked out of the session"
    if lemma in ("pull", "stay") and any(c.lower_ in ("out", "away") and any(
            k.lower_ in ("of", "from") and any(g.lemma_.lower() in MEETINGS | OCCASIONS for g in k.children)
            for k in c.children) for c in tok.children):
        return ("PROTEST", "boycott")  # "pulled out of a summit in Tunis", "would stay away from its meetings",
        # "stayed away from the Victory Day parade in Moscow"
    if lemma == "roll" and any(t.lower_ == "over" for t in tok.subtree) and any(
            t.lemma_.lower() in ("loan", "debt", "credit") for t in tok.subtree):
        return ("AID", None)  # "China rolled over $2.3 billion in loans to Pakistan"
    if lemma == "cross" and any(c.dep_ == "nsubj" and c.lemma_.lower() in FORCES for c in tok.children) and \
            objects_of(tok) & {"border", "frontier", "boundary"}:
        return ("ASSAULT", None)  # "Rwandan troops had crossed the border": an incursion
    if lemma == "block" and objects_of(tok) & {"vessel", "ship", "boat", "convoy", "shipment", "supply", "road",
                                               "access", "entry", "mission"}:
        return ("COERCE", "restrict")  # "the coast guard blocked its supply vessel"
    if lemma == "block" and objects_of(tok) & {"bid", "resolution", "membership", "accession", "motion", "proposal",
                                               "deal", "sale", "statement", "declaration", "package", "plan",
                                               "sanction", "measure", "loan", "budget", "effort", "attempt",
                                               "push", "initiative", "move"}:
        return ("REJECT", None)  # "Hungary blocked Sweden's bid", "Russia blocked the resolution", "blocked the
        # EU's sanctions package"
    if lemma in NAMING and any(c.dep_ == "dobj" and (c.lower_ in ("which", "that") or any(
            t.pos_ == "PROPN" for t in c.subtree)) for c in tok.children):  # what is described names someone:
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]  # not
        if any(t.lemma_.lower() in BLAME for g in named for t in g.subtree):  # "described the unrest as a coup"
            return ("ACCUSE", "disapprove")  # "described the memorandum as an attack on its sovereignty"
        if any(t.lemma_.lower() in PRAISE for g in named for t in g.subtree):
            return ("SUPPORT", None)  # "a joint declaration that he described as 'historic'"
    said_of = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "as" hung on the verb or on its object
    judged = [g for t in said_of for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj"] if lemma in DESCRIBING else []
    if lemma in DESCRIBING and any(
            g.lemma_.lower() in WRONG_NOUNS or any(a.lower_ in WRONG for a in g.children) for g in judged):
        return ("ACCUSE", "disapprove")  # "described the remarks as economic coercion"
    if not denied and (
            (lemma in ("back", "climb") and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children))
            or (lemma == "cave" and any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children))):
        return ("CONCEDE", "yielded")  # "Colombia backed down after Trump ordered tariffs": gave way to the other
    if denied and (lemma in ("bow", "yield", "cave", "succumb") or (lemma == "give" and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in tok.children))):
        return ("REJECT", None, True, True)  # "Niger would not give in to threats", "will not bow to pressure"
    if lemma in FLOUTING and denied and (any(c.dep_ == "dobj" and c.lemma_.lower() in FLOUTED for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "by") for c in tok.children)):
        return ("REJECT", None, True, True)  # "would not apply them", "did not recognise the decision"
    if lemma == "accept" and denied:
        return ("REJECT", None, True, True)  # "would not accept being tutored", "does not accept the ruling"
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() == "council" for g in c.children) for c in tok.children):
        return ("REQUEST", None)  # "took the matter to the U.N. Security Council"
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() in ("court", "tribunal") or g.text in ("ICJ", "ICC", "WTO") for g in c.children)
            for c in tok.children):
        taken = [c for c in tok.children if c.dep_ == "dobj"]
        if future(tok) and not any(c.lemma_.lower() in ("case", "matter", "issue", "dispute") for c in taken):
            return ("THREATEN", None, True)  # "would take Washington to international courts"
        return ("ACCUSE", "allege")  # "took Australia to the WTO"; "will take the case to the ICJ": a complaint to
        # come, hypothetical (GUIDELINES §11, §12; dev2 coded it a threat)
    return None
