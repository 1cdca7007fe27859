"""Frames: the source and target phrases of one verb trigger, from the dependency parse.

In: a trigger verb, its PLOVER type and the Arguments reader (plus the events found so far).
Out: (sources, targets) as Mentions. A verb's frame is its subject or passive agent, objects,
type-fitting prepositions and the clauses it governs ("threatened to break relations with Russia").
A noun's frame is in kg/extract/nominal.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.clauses import antecedent, capital_struck, swallowed_verb, verb_above
from kg.extract.implicit import code_mention
from kg.extract.victims import boycotted, complained_of, post_country, purpose_targets
from kg.extract.lexicon import (CLASH_LEMMAS, COMPLAINTS, FORCE_OPTIONS, FORCES, GO_BETWEEN, GOODS, MUTUAL_NOUNS,
                                RECIPROCAL_VERBS, RELIEF, TOPIC_VERBS, WEAPONS, WRONG_NOUNS)
from kg.extract.references import GENERIC_EVENT_NOUNS
from kg.extract.objects import objects_of
from kg.extract.nominal import ANSWER_TYPES, HOSTILE_ACTS, REACTION_TYPES, nominal_frame
from kg.extract.phrasal import FLOUTING_BY_PREPOSITION
from kg.extract.triggers import call_for_clause, trigger_of, type_of
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

# What a closure or ban stops going to or coming from a state: "flights to and from Mali".
TRAFFIC = frozenset({"flight", "import", "export", "good", "travel", "ship", "vessel", "aircraft", "airline",
                     "traffic", "trade", "product", "shipment", "visitor", "tourist"})
# Nouns for the doing of an act named after "of": "the signing of a peace deal between A and B".
ACT_OF = frozenset({"signing", "conclusion", "adoption", "announcement", "implementation", "launch", "start"})


# What help is used against: its object is the foe, not the one helped ("help defend Saudi Arabia" is not in it).
REPELLING = frozenset({"shoot", "down", "intercept", "counter", "repel", "fight", "destroy", "deter", "stop", "repulse",
                       "prevent", "defeat", "contain", "curb"})
# Places an attack is aimed at, whose country it hits: "drones across multiple regions in Ukraine".
STRUCK_PLACES = frozenset({"region", "city", "town", "village", "area", "target", "site", "position", "facility",
                           "base", "infrastructure", "district", "province", "part", "capital", "port", "airport"})


# State occasions a foreign leader attends: "attended the inauguration", "the swearing-in ceremony".
CEREMONIES = frozenset({"ceremony", "inauguration", "funeral", "parade", "celebration", "commemoration", "coronation"})
# Verbs that bring a body into being: "the charter establishing the alliance".
FOUNDING = frozenset({"establish", "create", "found", "form", "launch", "set"})


def verbal_frame(tok: Token, type_: str, args: Arguments, found: list[Event]):
    """Arguments of a verb: subject (or passive agent), objects, prepositions, its clauses."""
    stative = tok.lemma_.lower() == "oppose" and not any(c.dep_ == "agent" for c in tok.children)  # "is opposed to"
    held = tok.dep_ == "acl" and tok.tag_ == "VBN" and type_ == "COERCE" and tok.head.pos_ in ("NOUN", "PROPN")
    if not stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or held or (  # "Palestinians
            # imprisoned in Israel": Israel holds them;
            tok.dep_ in ("acl", "advcl") and any(c.dep_ == "agent" for c in tok.children)):  # "a ceremony hosted by
        # Trump", "Backed by the Rwandan army, M23 rebels..."
        targets = [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        sources = args.passive_doers(tok)
        if not targets and tok.tag_ == "VBN" and type_ not in ("CONSULT", "AGREE") and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):  # a participle: "M23 rebels, backed by
            targets = args.actors(tok.head) if tok.dep_ == "acl" else (  # Rwanda", "Backed by the Rwandan army,
                args.subjects(tok.head) if tok.dep_ == "advcl" else [])  # M23 rebels launched..."
        # "British troops would be deployed to Estonia", "the last French soldiers were withdrawn from Niger":
        # theirs, to or from there
        moved = type_ in ("RETREAT", "AID") and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in FORCES | WEAPONS | RELIEF | GOODS for c in tok.children)
        if not sources and (type_ == "MOBILIZE" or moved):
            sources, targets = targets, []
        if not sources and tok.lemma_.lower() == "expel":  # "two Russian diplomats were expelled from Moldova"
            sources = args.prep_actors(tok, {"from"})
        if type_ == "CONSULT" and sources and not targets and tok.dep_ != "acl":  # "the meeting was brokered by"
            targets = args.last_meeting()
        if tok.dep_ == "acl" and tok.lemma_.lower() in GO_BETWEEN and type_of(tok.head) in ("AGREE", "CONCEDE", "CONSULT"):
            args.exclude = set()  # "a truce brokered by Qatar": the broker is no party (GUIDELINES, mediation)
            return [], []
        summit = [m for m in args.actors(tok.head) if m.actor.kind == "org"] if tok.dep_ == "acl" and \
            type_ == "CONSULT" and tok.head.lemma_.lower() in ("summit", "meeting", "conference") else []
        if summit:  # "a Shanghai Cooperation Organisation summit hosted by Uzbekistan": the host meets the body
            targets = summit
        elif tok.dep_ == "acl" and type_ == "CONSULT":  # the guests: whoever the sentence says took part
            verb = verb_above(tok)
            targets = args.subjects(verb) if verb is not None else []
            if not targets and any(c.lower_ == "the" for c in tok.head.children):  # "The talks, hosted by
                # Turkey's foreign minister, produced no agreement": the two
                targets = args.hosted([tok.head], found, {m.code for m in sources})  # sides of the talks told
                # (not "an informal meeting of EU ministers hosted by Hungary")
        if not targets and type_ in REACTION_TYPES:  # "the deal was welcomed by the AU"
            codes = {m.code for m in sources}
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    trig = trigger_of(c)
                    targets += args.event_reference(c, found, trig.type if trig else None, codes)
    else:
        sources = args.subjects(tok) or [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        asked = [g for c in tok.children if tok.lemma_.lower() == "call" and call_for_clause(c)
                 for g in c.children if g.dep_ == "nsubj"]
        if asked:  # "called for Russia to withdraw": Russia is asked (and "lawmakers called for Moscow to..." asks
            return sources, [m for g in asked for m in args.actors(g)]  # their own state: no edge)
        args.exclude = {s.code for s in sources}
        targets = [m for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                   and not (tok.lemma_.lower() in TOPIC_VERBS and c.dep_ == "dobj")
                   and not _apposed(c, tok)
                   and not any(swallowed_verb(t, args.by_token) for t in c.subtree)  # "condemned the accord...,
                   # and al-Sisi telephoned Hassan Sheikh", the call read as the object
                   and not (type_ in REACTION_TYPES and c.dep_ == "dobj" and c.lower_ in ("it", "this", "that")
                            and not any(k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ in ("of", "for"))
                                        for k in tok.children))  # not "urged it to release", "accusing it of"
                   for m in (_doers(c, args) if type_ in ("ACCUSE", "PROTEST", "REJECT", "SUPPORT") else None)
                   or _not_struck(c, args.actors(c))]  # "called it a historic decision": it is the act, not a state
        violated = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("violation", "breach",
                    "infringement") and not any(k.dep_ == "poss" for k in c.children)]
        if violated and type_ in ("ACCUSE", "PROTEST", "REJECT"):  # "condemned this flagrant violation of the
            victims = {m.code for m in targets} - {s.code for s in sources}  # sovereignty of Qatar": at whoever
            codes = victims | {s.code for s in sources}                      # last acted against Qatar, or used force
            targets = args.implicit_target(found, victims) or args.aggressor(found, codes) or targets
        if targets:  # "thanked the IMF, as well as China, India and Japan": the parser hangs "as well as" on the verb
            targets += [m for c in tok.children if c.dep_ == "cc" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj" for m in args.actors(g)]
    args.exclude = {s.code for s in sources}
    targets = [m for m in targets if m.code not in args.exclude]  # "reinforced its troops": its own, not a target
    purpose = purpose_targets(tok, args) if type_ == "MOBILIZE" else []
    preps = purpose or args.prep_targets(tok, type_)
    if type_ == "ACCUSE" and (targets or any(c.dep_ == "dobj" for c in tok.children)):  # "of ...": the charge
        preps = [m for m in preps if m.code in {t.code for t in args.prep_actors(tok, {"against", "on", "to"})}]
    if targets and type_ in ("ACCUSE", "PROTEST", "REJECT") and any(
            c.dep_ == "dobj" and type_of(c) in HOSTILE_ACTS for c in tok.children):  # "condemned the Iranian attacks
        preps = [m for m in preps if m.code not in {t.code for t in args.prep_actors(tok, {"against", "on"})}]
        # of 8 January on Iraqi bases": the parser hangs the victims on the verb
    if targets or (type_ in SYMMETRIC_TYPES and len({m.code for m in sources}) > 1):
        # "met Kristersson in Vilnius", "detained two Britons in Kabul", "the ministers of Egypt, Jordan and
        # Saudi Arabia met in Cairo": the city is where, not whom
        where = {m.code for m in args.prep_actors(tok, {"in"})} - {m.code for m in targets}
        preps = [m for m in preps if m.code not in where]
    if type_ == "RETREAT" and not targets and not preps:  # "pulled its troops out of Niger"
        preps = [m for c in tok.children if c.lower_ == "out" for k in c.children if k.lower_ == "of"
                 for g in k.children if g.pos_ == "PROPN" for m in args.actors(g) if m.code not in args.exclude]
        # (not "pulled out of the Iran nuclear deal": a deal left is a SANCTION, read from the noun)
    if tok.lemma_.lower() in ("recapture", "retake", "wrest", "seize", "capture") and not targets:
        preps += [m for m in args.prep_actors(tok, {"from"}) if m.code not in {s.code for s in sources}]  # "recaptured
        # the territory from Armenian forces"
    if tok.lemma_.lower() in CLASH_LEMMAS | RECIPROCAL_VERBS:  # "clashed with Chinese troops", "swapped prisoners
        # with Ukraine"
        preps += [m for m in args.prep_actors(tok, {"with"}) if m.code not in {s.code for s in sources}]
    if type_ in ("COOPERATE", "AID") and preps:  # "extradited a Russian suspect to the US": to whom
        targets = []
    targets += preps
    codes = {s.code for s in sources}
    targets = [m for m in targets if m.code not in codes]  # "welcomed the release of an Australian": not Australia
    if not targets and type_ in SYMMETRIC_TYPES:  # "agreed to a ceasefire with Hamas", "agreed on a truce with"
        targets = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
                   if g.dep_ == "pobj" and type_of(g) in SYMMETRIC_TYPES for m in args.prep_actors(g, {"with"})
                   if m.code not in codes]
    if not targets and type_ == "CONSULT" and tok.lemma_.lower() in ("leave", "depart"):
        targets = [m for m in args.prep_actors(tok, {"for"}) if m.code not in codes]  # "left Taipei for Guatemala"
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i not in args.by_token]
    if not objects and type_ in REACTION_TYPES:  # "called the suspension 'unacceptable'", the object misread as
        objects = [g for c in tok.children if c.dep_ in ("oprd", "attr") for g in c.children  # a modifier of the
                   if g.dep_ in ("nmod", "compound", "npadvmod") and g.i < c.i and g.i not in args.by_token  # name
                   and (type_of(g) is not None or g.lemma_.lower() in GENERIC_EVENT_NOUNS)]
    if not objects and type_ in REACTION_TYPES:  # "called the sanctions 'illegal'", the adjective misread as
        objects = [c for c in tok.children if c.dep_ == "oprd" and c.i not in args.by_token and any(  # a modifier
            k.dep_ in ("det", "poss") for k in c.children)  # ("called Monday's expulsions a provocative gesture")
            and (type_of(c) is not None or c.lemma_.lower() in GENERIC_EVENT_NOUNS)][:1]
    if not objects and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and type_ in REACTION_TYPES:
        objects = [tok.head]  # "a request Ramaphosa refused": the noun is what was refused
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"  # "retaliated with tariffs on X"
                for g in c.children if g.dep_ == "pobj" and type_of(g) == type_]
    if not objects and not targets and type_ in ("ACCUSE", "PROTEST", "REJECT", "SUPPORT"):  # "lashed out at
        objects = [g for c in tok.children if c.dep_ == "prep" and (  # the decision", "would not comply with the order"
                       c.lower_ in ("at", "over", "against", "about") or (
                           c.lower_ in ("with", "by") and tok.lemma_.lower() in FLOUTING_BY_PREPOSITION))
                   for g in c.children if g.dep_ == "pobj" and g.i not in args.by_token
                   and (g.lemma_.lower() in GENERIC_EVENT_NOUNS or type_of(g) is not None)]
    objects = [antecedent(c.head.head) if c.lower_ in ("which", "that") and c.head.dep_ == "relcl" else
               antecedent(c.head.head) if c.lower_ == "which" and c.head.dep_ in ("advcl", "ccomp") and c.i > 0
               and c.nbor(-1).text == "," else c for c in objects]  # "held drills last week, which Bolivia criticised"
    if not targets and objects and type_ in REACTION_TYPES:  # "rejected a proposal by Cairo" (by on the verb)
        targets = [m for m in args.prep_actors(tok, {"by"}) if m.code not in codes]
    if not targets:  # "threatened further action against Russia"; "condemned the attacks on Port Sudan" is
        for c in objects:  # aimed at the attackers, not at those attacked
            if type_ in ("ACCUSE", "PROTEST", "REJECT", "SUPPORT") and (
                    type_of(c) in HOSTILE_ACTS or c.lemma_.lower() in WRONG_NOUNS):  # "their violation of Iraq's
                targets += [m for k in c.children if k.dep_ == "poss" for m in args.actors(k)  # airspace": the violator
                            if m.code not in codes]  # "condemned Iran's attack against Israel": Iran
                continue
            targets += [m for m in args.prep_targets(c, type_) if m.code not in codes]
            if type_ == "THREATEN" and (c.lemma_.lower() in FORCE_OPTIONS or tok.lemma_.lower() == "defend"):
                # "a military option in Venezuela", "would defend every inch of its territory against Ethiopia"
                targets += [m for t in c.subtree if t.dep_ == "prep" and t.lower_ in ("in", "against", "on")
                            for g in t.children if g.dep_ == "pobj" for m in args.actors(g) if m.code not in codes]
    if not targets and type_ == "THREATEN" and tok.lemma_.lower() == "defend":  # "would defend every inch of its
        targets = args.aggressor(found, codes)  # land": against whoever last used force on it, not the last caller
    if not targets and type_ in REACTION_TYPES:  # "condemned the sanctions"
        for c in objects + [g for c in objects if c.lemma_.lower() in ACT_OF for p in c.children  # "hailed the
                            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]:  # signing of a deal between"
            # "the deal between Ethiopia and Somaliland", "a proposal by Cairo"
            trig = trigger_of(c)
            preps = {"by", "between", "from"} | ({"with"} if trig and trig.type in SYMMETRIC_TYPES else set())
            targets += [m for m in args.prep_actors(c, preps) if m.code not in codes]
            targets += [m for k in [*c.children, *(k for k in tok.children if k.dep_ == "advcl" and k.i > c.i)]
                        if k.dep_ in ("acl", "advcl") and k.tag_ == "VBN" and any(  # "rejects an arbitration
                            g.dep_ == "agent" for g in k.children)  # ruling, won by the Philippines" (or so misread)
                        for m in args.passive_doers(k) if m.code not in codes]
        judged = [k for c in objects if trigger_of(c) is None for k in c.children
                  if k.dep_ in ("nmod", "compound") and trigger_of(k) is not None]  # "called the sanctions
        for c in (judged + objects) if not targets else []:  # 'interference'", the act parsed as a modifier
            trig = trigger_of(c)
            targets += args.event_reference(c, found, trig.type if trig else None, codes, praise=type_ == "SUPPORT")
            if not targets and trig is not None and trig.type in HOSTILE_ACTS and any(
                    k.dep_ == "relcl" for k in c.children):  # "denounced the sanctions that ECOWAS had placed on
                targets = [m for m in nominal_frame(c, trig.type, args)[0] if m.code not in codes]  # Niger": ECOWAS
    if not targets and type_ == "ASSAULT":  # "launched over 200 drones across multiple regions in Ukraine"
        targets = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("across", "at", "on", "over", "into",
                                                                              "against", "toward", "towards")
                   for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in STRUCK_PLACES
                   for m in args.prep_actors(g, {"in", "of"}) if m.code not in codes]
    if not targets and type_ == "ASSAULT":  # "struck air bases and command posts around Caracas": where they lie
        hit = [g for c in tok.children if c.dep_ == "dobj" for g in [c, *c.conjuncts]
               if g.lemma_.lower() in STRUCK_PLACES | {"post", "camp"} or g.lower_ == "bases"]  # (lemma "basis")
        targets = [m for g in hit + [tok] * bool(hit)
                   for m in args.prep_actors(g, {"around", "near", "outside", "inside"}) if m.code not in codes]
    if not targets and type_ == "THREATEN":  # "had threatened for weeks to block the move": at whoever made it
        for g in (g for c in tok.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"):
            trig = trigger_of(g)
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
                           for c in g.children)  # "to block the move", not "to order further action"
            if definite and (trig is not None or g.lemma_.lower() in GENERIC_EVENT_NOUNS):
                targets += args.event_reference(g, found, trig.type if trig else None, codes)
    if not targets and type_ in ("SANCTION", "RETREAT"):  # "closed its airspace to all flights to and from Mali",
        targets = [m for t in tok.subtree if t.pos_ == "ADP" and t.lower_ in ("to", "from")  # "banned imports from
                   and (t.head if t.dep_ == "prep" else t.head.head).lemma_.lower() in TRAFFIC  # Russia" ("and from":
                   for g in t.children if g.dep_ == "pobj" for m in args.actors(g) if m.code not in codes]  # a conj)
    if not targets and type_ in ("SANCTION", "RETREAT", "COOPERATE"):  # "reopened its crossing points on the border
        borders = [t for c in objects for t in c.subtree if t.lemma_.lower() in ("border", "frontier")]  # with Belarus"
        targets = [m for t in borders + [tok] * any(c in borders for c in objects)  # "its border with X", misparsed
                   for m in args.prep_actors(t, {"with"}) if m.code not in codes]
    if not targets and type_ == "SANCTION":  # "suspended all commercial transactions between member states and
        targets = [m for c in objects if c.lemma_.lower() in TRAFFIC | {"transaction", "link"}
                   for m in args.prep_actors(c, {"between"}) if m.code not in codes]  # Niger": the one outside
    if not targets and type_ in ("SANCTION", "SUPPORT"):  # "closed its embassy in Washington", "opened one in Tehran"
        targets = post_country(objects, args, sources)
    if not targets and type_ == "REQUEST":  # "called for new elections in Venezuela"
        wanted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        ended = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in (  # "demanded an immediate
            "end", "halt", "stop", "cessation")]  # end to the incursions by Myanmar troops": of those named on it
        wanted += ended  # only ("urged an end to the fighting" with no one named: no event, GUIDELINES §15)
        targets = [m for g in wanted for m in args.actors(g) + args.prep_actors(g, {"in", "from", "by", "of"})
                   if m.code not in codes]
        targets = targets or [m for g in wanted for t in g.subtree if t.lemma_.lower() in MUTUAL_NOUNS  # "called for
                              for m in args.prep_actors(t, {"with"}) if m.code not in codes]  # an end to its war with X"
        for t in (t for g in wanted for t in g.subtree if t.pos_ == "NOUN") if not targets else ():
            trig = trigger_of(t)  # "called for an end to the fighting": on those who fight
            if trig is not None and trig.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
                targets = [m for m in nominal_frame(t, trig.type, args)[0] if m.code not in codes] or (
                    [] if ended else args.parties(trig.type, codes))  # "an end to the incursions by Myanmar troops"
                break
    if not targets and type_ == "REQUEST" and tok.dep_ == "conj" and type_of(tok.head) == "CONSULT":
        met = [c for c in tok.head.children if c.dep_ == "dobj"]  # "spoke to Kagame by phone and urged a ceasefire",
        targets = [m for m in [m for c in met for m in args.actors(c) + args.prep_actors(c, {"with"})]  # "held talks
                   + args.prep_actors(tok.head, {"to", "with"}) if m.code not in codes]  # with Modi and urged...": asks
        # the one it met
    if not targets and type_ == "CONSULT" and tok.lemma_.lower() == "attend" and not objects and any(
            g.lemma_.lower() == "observer" for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children):  # "Chinese and American diplomats attended as observers": the talks told
        targets = [m for m in args.last_meeting(hosts=False) if m.code not in codes]
    if not targets and type_ == "CONSULT" and tok.lemma_.lower() == "attend":  # "attended Monday's ceremony": the
        targets = [m for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in CEREMONIES  # state whose
                   for m in args.owner_before(c) if m.code not in codes]  # ceremony was told before
    if not targets and tok.lemma_.lower() in ("host", "mediate", "broker"):  # "Singapore hosted the talks (between A and B)"
        targets = args.hosted(objects, found, codes)
    if not targets and type_ == "AGREE" and _offers_mediation(tok):  # "called on both sides to show restraint and
        targets = args.disputants(tok, codes)  # offered to mediate", "offered to help settle the dispute": to the two
    if type_ == "REJECT" and tok.lemma_.lower() == "deny" and (
            any(c.dep_ in ("xcomp", "ccomp", "pcomp") or (c.dep_ == "dobj" and c.tag_ == "VBG") for c in tok.children)
            or any(c.dep_ == "dobj" and (c.lower_ in ("which", "that") or any(
                k.dep_ == "det" and k.lower_ in ("any", "all") for k in c.children)) for c in tok.children)):
        # "denied arming the group", "which both countries deny", "denied any plan to invade": the charge is denied
        # to whoever made it, not to those the denied act was about
        targets = args.accusers(found, codes)
        if targets:
            args.exclude = set()
            return sources, targets
    if type_ == "RETREAT" and tok.lemma_.lower() == "withdraw" and not any(c.dep_ == "prep" for c in tok.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINTS for c in tok.children):
        args.exclude = set()  # "withdrew a complaint it had filed against the curbs": to whom the curbs were the
        return sources, complained_of(objects, args, found, codes)  # complaint's
    addressee = type_ in ("REQUEST", "ACCUSE") and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                                       for c in tok.children)  # "accused the West of arming Ukraine"
    met_with = type_ == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    together = tok.lemma_.lower() == "agree" and len(codes) > 1  # "Abe and Trump agreed to increase pressure on
    # the North": the parties are the two, what they agreed on is no party (not "both pledged to keep supporting
    # Ukraine", a promise to Ukraine)
    if together and not targets:  # "Denmark and Sweden agreed to share their findings with Germany": with Germany
        targets = [m for c in tok.children if c.dep_ == "xcomp" for t in c.subtree
                   if t.dep_ == "prep" and t.lower_ == "with" and verb_above(t) == c
                   for m in args.prep_actors(t.head, {"with"}) if m.code not in codes]
    decided = tok.lemma_.lower() == "agree" and any(  # "agreed to impose sanctions on Russia": the sanctions are the
        type_of(t) == "SANCTION" for c in tok.children  # event, Russia no party to the agreement
        if c.dep_ == "xcomp" and type_of(c) != "CONCEDE" for t in c.subtree)
    if not targets and not addressee and not met_with and not together and not decided:  # "threatened to break
        targets = args.complement_targets(tok, sources)  # relations with Russia" (not "urged Congress to...", not
        # "met with his aides to discuss X")
    if not targets and type_ == "SANCTION":  # "banning Russian airlines from flying to Georgia": where they may
        targets = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"  # no longer go
                   for g in c.children if g.dep_ == "pcomp"
                   for m in args.prep_actors(g, {"to", "into"}) if m.code not in codes]
    if not targets and type_ == "ACCUSE" and tok.lemma_.lower() in ("blame", "condemn", "denounce", "criticise",
                                                                    "criticize"):
        targets = [m for c in tok.children if c.dep_ == "dobj" and c.i not in args.by_token  # "blamed pressure
                   for m in args.prep_actors(c, {"from", "by"}) if m.code not in codes]  # from the United States"
    if not targets and tok.lemma_.lower() == "attend" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "summit" and any(k.lower_ in ("the", "that") for k in c.children)
            for c in tok.children):  # "Putin, who also attended the summit": the body whose summit was told
        held = ([m for m in args.actors(t) + (args.subjects(t.head) if t.dep_ == "dobj" else [])  # (or held by it:
                 if m.actor.kind == "org"] for t in reversed(tok.doc[:tok.i]) if t.lemma_.lower() == "summit")
        targets = next((orgs for orgs in held if orgs), [])  # "the East African Community held a virtual summit")
    if not targets and type_ == "REJECT":  # "claims Colombia denies"
        targets = args.implicit_target([e for e in found if e.type == "ACCUSE"], codes)
    if not targets and type_ == "MOBILIZE" and tok.lemma_.lower() == "fire":  # "fired hundreds of warning shots at
        targets = [m for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "at"  # a Russian aircraft", "at" hung
                   for g in t.children for m in args.actors(g) if m.code not in codes]  # on the misread "warning"
    if not targets and type_ == "PROTEST":  # "walked out of the IAEA board meeting"
        targets = boycotted(tok, args, codes)
    if not targets and type_ == "AID":  # "rolled over $2.3 billion in loans to Pakistan"
        targets = [m for c in tok.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "prep"
                   and t.lower_ == "to" for g in t.children for m in args.actors(g) if m.code not in codes]
    if not targets:  # "ordered diplomats from seven countries to leave, including those of Argentina and Chile"
        targets = [m for c in [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "dobj"))] for k in c.children
                   if k.dep_ == "prep" and k.lower_ == "including" for g in k.children if g.dep_ == "pobj"
                   for m in args.actors(g) if m.code not in codes]
    if not targets and type_ in ANSWER_TYPES and not objects and not any(  # not "criticized Bolsonaro" (his own)
            c.dep_ == "dobj" and c.pos_ == "PROPN" and args.actors(c) for c in tok.children):
        # "called Washington's decision a provocation and said Moscow would respond in kind": whom the same
        # sentence's words were aimed at, else the last to act against the source
        said = [e for e in found if e.start == tok.sent.start_char and e.source in codes and e.target not in codes
                and e.type in ANSWER_TYPES and not e.negated]
        targets = [code_mention(said[-1].target)] if said else args.answered(found, codes)
    if tok.lemma_.lower() == "help" and not any(c.dep_ in ("dobj", "dative") for c in tok.children) and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in REPELLING for c in tok.children):
        targets = []  # "sent a battery to Ukraine to help shoot down Russian airstrikes": what it repels is not helped
    if type_ in ("CONCEDE", "RETREAT") and objects_of(tok) & COMPLAINTS:  # "suspended its WTO case": the body the
        venue = {t.i for c in tok.children if c.dep_ == "dobj" for k in c.children  # case was brought at is not
                 if k.dep_ in ("compound", "nmod", "amod") for t in k.subtree}      # the one it eases towards
        targets = [m for m in targets if m.start not in venue] or [
            m for m in args.counterpart(found, {s.code for s in sources}) if m.actor.kind != "org"]
    if type_ in ("AGREE", "COOPERATE"):  # "signed the charter establishing the Alliance of Sahel States": the body
        founded = {t.i for c in tok.children if c.dep_ == "dobj" for a in c.subtree  # founded is no party
                   if a.dep_ == "acl" and a.lemma_.lower() in FOUNDING for k in a.children if k.dep_ == "dobj"
                   for t in k.subtree}
        targets = [m for m in targets if m.start not in founded]
    args.exclude = set()
    return sources, targets


def _doers(obj: Token, args: Arguments) -> list:
    """Whose wrongs a list of them is: "condemned Iran's attack against Israel, as well as their violation of
    Jordan's airspace" is aimed at Iran, not at Jordan (empty when the acts name no doer)."""
    acts = [obj, *obj.conjuncts]
    if not all(type_of(a) in HOSTILE_ACTS or a.lemma_.lower() in WRONG_NOUNS for a in acts):
        return []
    return [m for a in acts for k in a.children if k.dep_ == "poss" for m in args.actors(k)]



def _not_struck(obj: Token, found: list) -> list:
    """The actors an object names, less a capital before an attack noun: "condemned the Caracas raid" is aimed at
    the raider, not at the place hit."""
    if type_of(obj) not in ("ASSAULT", "COERCE"):
        return found
    return [m for m in found if not capital_struck(m, obj)]


def _apposed(obj: Token, verb: Token) -> bool:
    """An object the parser hung on a verb after a comma, where an apposition stands: "met at a naval base
    on Monday and unveiled a plan ..., the centrepiece of the AUKUS pact" (the plan is the centrepiece)."""
    before = obj.left_edge.i - 1
    return obj.dep_ == "dobj" and obj.pos_ == "NOUN" and before > verb.i + 1 and obj.doc[before].text == ","


# What a go-between offers to do about a quarrel: "offered to mediate", "offered to help settle the dispute".
SETTLING = frozenset({"mediate", "broker", "settle", "resolve", "defuse", "ease"})
QUARRELS = frozenset({"dispute", "crisis", "conflict", "tension", "row", "standoff", "quarrel", "feud", "difference"})


def _offers_mediation(tok: Token) -> bool:
    """'offered to mediate', 'offered to help settle the dispute', 'offered to play a constructive role in easing
    tensions': a go-between's offer, whose object (if any)
    is the quarrel itself (not "offered to mediate the release of hostages")."""
    if tok.lemma_.lower() not in ("offer", "volunteer"):
        return False
    done = [c for c in tok.children if c.dep_ == "xcomp"]
    done += [g for c in done if c.lemma_.lower() == "help" for g in c.children if g.dep_ in ("xcomp", "ccomp")]
    done += [g for c in done if c.lemma_.lower() == "play" and any(  # "to play a role in easing tensions"
        r.dep_ == "dobj" and r.lemma_.lower() == "role" for r in c.children)
             for h in [c, *c.children] if h.dep_ in ("xcomp", "dobj") for p in h.children if p.lower_ == "in"
             for g in p.children]
    return any(c.lemma_.lower() in SETTLING and all(
        k.lemma_.lower() in QUARRELS for k in c.children if k.dep_ == "dobj") for c in done)
