"""Frames: the source and target phrases of one event trigger, from the dependency parse.

In: a trigger token, its PLOVER type and the Arguments reader (plus the events found so far).
Out: (sources, targets, ...) as Mentions. A verb's frame is its subject or passive agent, objects,
type-fitting prepositions and the clauses it governs ("threatened to break relations with Russia");
a noun's frame is its possessive, compounds and prepositions ("U.S. strikes on Venezuela", "the
Trump-Petro call") and the light verb that carries it ("imposed sanctions on").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.clauses import antecedent, verb_above
from kg.extract.implicit import code_mention
from kg.extract.victims import boycotted, complained_of, post_country, purpose_targets, struck_place, victim_subject
from kg.extract.speech import SPEECH_VERBS
from kg.extract.lexicon import (BROKERING, CALM, CLASH_LEMMAS, COMPLAINTS, FORCE_OPTIONS, GO_BETWEEN, LIGHT_VERBS,
                                MUTUAL_NOUNS, PROVOKE_VERBS, RECIPROCAL_VERBS, RETYPE, SUFFER_VERBS, TOPIC_VERBS,
                                VENUE_NOUNS, WRONG_NOUNS)
from kg.extract.triggers import trigger_of, type_of
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

# Acts whose victim is not the one a reaction to them is aimed at.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# Types whose object may be an event told before ("condemned the sanctions").
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST", "THREATEN", "CONCEDE"})
# Types that, with no target in the sentence, answer the last actor who acted against the source.
ANSWER_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST"})


def nominal_frame(tok: Token, type_: str, args: Arguments):
    """Arguments of a nominal trigger: its own modifiers, then the light verb that carries it."""
    poss = [m for c in tok.children if c.dep_ == "poss" for m in args.actors(c)]
    if type_ == "REQUEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon", "on") and \
            tok.head.head.pos_ in ("VERB", "AUX"):  # "convened a meeting at the request of Cambodia": Cambodia
        verb = tok.head.head                        # asked whoever convened it
        asker = poss or args.prep_actors(tok, {"of", "from", "by"})
        asked = [m for m in args.subjects(verb) or args.passive_doers(verb) if m.code not in {a.code for a in asker}]
        return asker, asked, verb, None, False
    if tok.lemma_.lower() in ("war", "conflict", "odds") and tok.dep_ == "pobj" and tok.head.lower_ == "at":
        holder = tok.head.head  # "Russia has been at war with Ukraine", "The RSF, at war with the army since 2023,"
        sides = args.subjects(holder) if holder.pos_ in ("VERB", "AUX") else args.actors(holder)
        foes = [m for m in args.prep_actors(tok, {"with"}) if m.code not in {s.code for s in sides}]
        return sides, foes, holder if holder.pos_ in ("VERB", "AUX") else tok, None, True
    mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            for m in args.actors(c)]
    by = ("by", "from") if type_ in REACTION_TYPES | {"ASSAULT"} else ("by",)  # "condemnation from Armenia",
    # "shelling from Cambodia"
    agents = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in by
              for g in c.children for m in args.actors(g)]
    reduced = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in BROKERING
                    and any(k.dep_ == "agent" for k in c.children)), None)  # a broker is no party (GUIDELINES)
    payer = []
    if reduced is not None and reduced.lemma_.lower() in ("pay", "face", "bear", "suffer"):
        payer, reduced = args.passive_doers(reduced), None  # "tariffs paid by India": India is hit, not hitting
    if reduced is not None and not poss and not agents:  # "the sanctions imposed by London against Tehran"
        agents = args.passive_doers(reduced)
    blamed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("attribute", "blame")]
    if blamed and not poss and not agents:  # "an April 1 strike on the consular annex, attributed to Israel"
        agents = args.prep_actors(blamed[0], {"to", "on"})
    brokers = [c for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in BROKERING]
    if brokers and type_ in SYMMETRIC_TYPES:  # "US-Saudi brokered talks": the brokers meet those who talk
        verb = verb_above(tok)
        hosts = [m for b in brokers for m in args.actors(b)] + mods
        return hosts, args.subjects(verb) if verb is not None else [], tok, ("CONSULT", "third-party"), False
    targets = args.prep_targets(tok, type_) if tok.lemma_.lower() not in VENUE_NOUNS else \
        args.prep_actors(tok, {"against"})  # "a complaint at the UN" is where, not against whom
    if tok.lemma_.lower() in MUTUAL_NOUNS:
        targets += args.prep_actors(tok, {"between"})
    clashed = args.prep_actors(tok, {"with"}) if tok.lemma_.lower() in CLASH_LEMMAS else []
    targets += clashed  # "firefights with Cambodian soldiers": both fire
    if reduced is not None and not targets:
        targets = args.prep_targets(reduced, type_)
    targets = targets or payer
    if not targets and type_ in SYMMETRIC_TYPES:  # "a truce brokered by Qatar between Congo and the M23"
        targets = [m for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in GO_BETWEEN
                   for m in args.prep_actors(c, {"between"})]
    if not targets and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":  # "aid package for Ukraine"
        targets = args.prep_targets(tok.head, type_)
    if not targets and type_ in ("SANCTION", "CONCEDE"):  # "the tariffs he had ordered on goods from Mexico"
        targets = [m for c in tok.children if c.dep_ in ("relcl", "acl") for m in args.prep_targets(c, type_)]
    if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        targets = args.prep_targets(tok.head.head, type_)  # "a wave of airstrikes against Iran"
    if not targets and type_ == "SANCTION":  # "restrictions on military cooperation with Azerbaijan", "a ban on
        targets = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")  # arms sales to X"
                   for g in c.children if g.dep_ == "pobj" for m in args.prep_actors(g, {"with", "to"})]
    if not targets and type_ == "SANCTION":  # "tariffs of 25 percent on Chinese goods"
        targets = [m for t in tok.subtree if t.dep_ == "prep" and t.lower_ in ("on", "against") and t.head.i != tok.i
                   for g in t.children if g.dep_ == "pobj" for m in args.actors(g)]
    if tok.lemma_.lower() in ("ceasefire", "truce") and not targets:  # "a ceasefire along its border with Cambodia"
        targets = [m for g in (k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("along", "in", "on")
                               for k in c.children) for m in args.actors(g)]
    sufferer = _sufferer(tok) if type_ in ("ASSAULT", "COERCE") else None
    if sufferer is not None and not targets:  # "Thai troops came under shelling", "encountered gunfire"
        targets = args.subjects(sufferer)
        agents = agents or args.prep_actors(sufferer, {"from", "by"})  # "encountered gunfire from Cambodia"
    carrier = _carrier(tok) if sufferer is None else None
    predicate, retype, reciprocal, subjects = tok, None, False, []
    if carrier is not None:
        predicate = carrier
        lemma = carrier.lemma_.lower()
        if lemma in RETYPE and tok.dep_ == "dobj" and type_ != "CONCEDE":
            retype = RETYPE[lemma]
        reciprocal = lemma in RECIPROCAL_VERBS or tok.lemma_.lower() in ("tie", "relation")
        subjects = args.subjects(carrier)
        if not subjects and lemma in ENGAGED:  # "India and the U.S. have been engaged in negotiations"
            subjects = [m for c in carrier.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        if lemma in GO_BETWEEN and type_ in SYMMETRIC_TYPES:
            subjects = []  # a go-between is no party (GUIDELINES, mediation); the parties are "between"
        if lemma == "join":  # "Britain joins the U.S. boycott": the owner acts too
            subjects, mods, poss = subjects + mods + poss, [], []
    doer = None if sufferer is not None else verb_above(tok) if tok.dep_ == "dobj" or (  # "held up a photo
        type_ == "PROTEST" and tok.dep_ == "pobj" and not any(c.dep_ == "prep" for c in tok.children)) else None
    if not (poss or agents or subjects or mods) and doer is not None and trigger_of(doer) is None and type_ in (
            "ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):  # in protest"; "Ankara launches strikes"; not "cites a threat"
        subjects = args.subjects(doer)
    if poss or agents:
        sources, targets = poss or agents, targets or mods
    elif subjects:
        sources, targets = subjects, targets or mods
    else:  # "U.S. strikes": the modifier acts; "hybrid threats", "nuclear threat": a topic, not a threatener
        sources = mods if type_ != "THREATEN" else []
    if carrier is not None and not targets:
        targets = args.prep_targets(carrier, type_) if tok.lemma_.lower() not in VENUE_NOUNS else [
            m for t in carrier.subtree if t.lower_ == "against" for g in t.children for m in args.actors(g)]
        objects = ("dative", "dobj") if carrier.lemma_.lower() in SPEECH_VERBS else ("dative",)
        targets += [m for c in carrier.children if c.dep_ in objects for m in args.actors(c)]
        if not targets and type_ == "CONSULT":  # "expressed regret to his Tajik counterpart" in a call
            targets = [m for c in carrier.children if c.dep_ == "dobj" for m in args.prep_actors(c, {"to", "with"})]
    drawn = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else tok  # "condemnation and calls for"
    if type_ in REACTION_TYPES and drawn.dep_ == "dobj" and drawn.head.lemma_.lower() in PROVOKE_VERBS:
        provoker = [m for c in drawn.head.children if c.dep_ == "nsubj" for m in args.actors(c)]
        if carrier is not None and carrier.i == drawn.head.i:
            sources = [m for m in sources if m.code not in {p.code for p in provoker}]  # the provoker is no source
        targets = targets or provoker  # "the raid drew condemnation": of the raider
        sources = sources or args.prep_actors(drawn.head, {"from"})
    if sources and not targets and (type_ in ("REQUEST", "THREATEN") or (  # "its demand that Israel ease..."
            type_ == "AGREE" and tok.lemma_.lower() in ("assurance", "guarantee", "pledge", "promise")) or (
            type_ == "ACCUSE" and any(c.dep_ in ("acl", "ccomp") for c in tok.children))):  # "concerns that..."
        targets = args.complement_targets(tok, sources) or [
            m for c in tok.children if c.dep_ in ("acl", "ccomp") for t in c.subtree if t.dep_ in ("dobj", "pobj")
            for m in args.actors(t) if m.code not in {s.code for s in sources}]
    head_trig = trigger_of(tok.head) if tok.dep_ == "dobj" else None
    if sources and not targets and head_trig is not None and head_trig.type in REACTION_TYPES:
        targets = args.prep_actors(tok.head, {"into", "against", "on"})  # "condemns drone incursion | into Poland"
    if sources and type_ == "SANCTION" and not {m.code for m in targets} - {m.code for m in sources}:
        # "the closure of the U.S. consulate in Yekaterinburg", "of the Venezuelan embassy in Washington"
        targets = post_country([g for c in tok.children if c.lower_ == "of" for g in c.children], args, sources)
    if sources and not targets and type_ in ("ASSAULT", "COERCE", "SANCTION"):
        targets = victim_subject(tok, args, sources)
    if sources and not targets and type_ == "ASSAULT":
        targets = struck_place(tok, args, sources)
    if type_ == "CONSULT" and not sources and not targets and not (  # "arrangements are underway for a potential
            any(c.lower_ in ("a", "an") for c in tok.children)       # meeting"; "an informal meeting of EU ministers
            and any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of")  # hosted by Hungary" is
                    for c in tok.children)):                                                 # another
        sources = args.last_meeting()
    if type_ in SYMMETRIC_TYPES and not sources and targets:  # "deployed troops under a deal with Washington"
        verb = verb_above(tok)
        if verb is not None and (verb.lemma_.lower() in GO_BETWEEN or type_of(verb) in REACTION_TYPES):
            verb = None  # "helped facilitate the ceasefire between Pakistan and India", "hailed the deal between": no party
        sources = [m for m in (args.subjects(verb) if verb is not None else []) if m.code not in {t.code for t in targets}]
    withs = args.prep_actors(tok, {"with"}) if type_ in SYMMETRIC_TYPES and not sources and len(targets) > 1 else []
    if len({m.code for m in withs}) > 1 and not args.prep_actors(tok, {"between"}):  # "the visit includes meetings with Macron and Trump":
        codes = {m.code for m in targets}                  # the visitor meets each, they do not meet each other
        sources = [code_mention(e.source) for e in reversed(args.events) if e.type == type_ and e.target in codes
                   and e.source not in codes][:1]
        targets = targets if sources else []
    return sources, targets, predicate, retype, reciprocal or bool(clashed)


# Verbs that carry an act they are "in": "engaged in firefights", "locked in talks".
ENGAGED = frozenset({"engage", "participate", "involve", "embroil", "lock", "mire"})
# Nouns for the doing of an act named after "of": "the signing of a peace deal between A and B".
ACT_OF = frozenset({"signing", "conclusion", "adoption", "announcement", "implementation", "launch", "start"})


def verbal_frame(tok: Token, type_: str, args: Arguments, found: list[Event]):
    """Arguments of a verb: subject (or passive agent), objects, prepositions, its clauses."""
    stative = tok.lemma_.lower() == "oppose" and not any(c.dep_ == "agent" for c in tok.children)  # "is opposed to"
    if not stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.dep_ in ("acl", "advcl") and any(c.dep_ == "agent" for c in tok.children)):  # "a ceremony hosted by
        # Trump", "Backed by the Rwandan army, M23 rebels..."
        targets = [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        sources = args.passive_doers(tok)
        if not targets and tok.tag_ == "VBN" and type_ not in ("CONSULT", "AGREE") and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):  # a participle: "M23 rebels, backed by
            targets = args.actors(tok.head) if tok.dep_ == "acl" else (  # Rwanda", "Backed by the Rwandan army,
                args.subjects(tok.head) if tok.dep_ == "advcl" else [])  # M23 rebels launched..."
        if type_ == "MOBILIZE" and not sources:  # "British troops would be deployed to Estonia": theirs, to there
            sources, targets = targets, []
        if type_ == "CONSULT" and sources and not targets and tok.dep_ != "acl":  # "the meeting was brokered by"
            targets = args.last_meeting()
        if tok.dep_ == "acl" and tok.lemma_.lower() in GO_BETWEEN and type_of(tok.head) in ("AGREE", "CONCEDE"):
            args.exclude = set()  # "a truce brokered by Qatar": the broker is no party (GUIDELINES, mediation)
            return [], []
        if tok.dep_ == "acl" and type_ == "CONSULT":  # the guests: whoever the sentence says took part
            verb = verb_above(tok)
            targets = args.subjects(verb) if verb is not None else []
        if not targets and type_ in REACTION_TYPES:  # "the deal was welcomed by the AU"
            codes = {m.code for m in sources}
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    trig = trigger_of(c)
                    targets += args.event_reference(c, found, trig.type if trig else None, codes)
    else:
        sources = args.subjects(tok) or [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        args.exclude = {s.code for s in sources}
        targets = [m for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                   and not (tok.lemma_.lower() in TOPIC_VERBS and c.dep_ == "dobj")
                   and not (type_ in REACTION_TYPES and c.dep_ == "dobj" and c.lower_ in ("it", "this", "that"))
                   for m in args.actors(c)]  # "called it a historic decision": it is the act, not a state
    args.exclude = {s.code for s in sources}
    targets = [m for m in targets if m.code not in args.exclude]  # "reinforced its troops": its own, not a target
    purpose = purpose_targets(tok, args) if type_ == "MOBILIZE" else []
    preps = purpose or args.prep_targets(tok, type_)
    if type_ == "ACCUSE" and (targets or any(c.dep_ == "dobj" for c in tok.children)):  # "of ...": the charge
        preps = [m for m in preps if m.code in {t.code for t in args.prep_actors(tok, {"against", "on", "to"})}]
    if targets or (type_ in SYMMETRIC_TYPES and len({m.code for m in sources}) > 1):
        # "met Kristersson in Vilnius", "detained two Britons in Kabul", "the ministers of Egypt, Jordan and
        # Saudi Arabia met in Cairo": the city is where, not whom
        where = {m.code for m in args.prep_actors(tok, {"in"})} - {m.code for m in targets}
        preps = [m for m in preps if m.code not in where]
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
    if not targets and type_ == "CONSULT" and tok.lemma_.lower() in ("leave", "depart"):
        targets = [m for m in args.prep_actors(tok, {"for"}) if m.code not in codes]  # "left Taipei for Guatemala"
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i not in args.by_token]
    if not objects and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and type_ in REACTION_TYPES:
        objects = [tok.head]  # "a request Ramaphosa refused": the noun is what was refused
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"  # "retaliated with tariffs on X"
                for g in c.children if g.dep_ == "pobj" and type_of(g) == type_]
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
    if not targets and type_ in REACTION_TYPES:  # "condemned the sanctions"
        for c in objects + [g for c in objects if c.lemma_.lower() in ACT_OF for p in c.children  # "hailed the
                            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]:  # signing of a deal between"
            # "the deal between Ethiopia and Somaliland", "a proposal by Cairo"
            trig = trigger_of(c)
            preps = {"by", "between", "from"} | ({"with"} if trig and trig.type in SYMMETRIC_TYPES else set())
            targets += [m for m in args.prep_actors(c, preps) if m.code not in codes]
        for c in objects if not targets else []:
            trig = trigger_of(c)
            targets += args.event_reference(c, found, trig.type if trig else None, codes, praise=type_ == "SUPPORT")
            if not targets and trig is not None and trig.type in HOSTILE_ACTS and any(
                    k.dep_ == "relcl" for k in c.children):  # "denounced the sanctions that ECOWAS had placed on
                targets = [m for m in nominal_frame(c, trig.type, args)[0] if m.code not in codes]  # Niger": ECOWAS
    if not targets and type_ in ("SANCTION", "RETREAT", "COOPERATE"):  # "reopened its crossing points on the border
        borders = [t for c in objects for t in c.subtree if t.lemma_.lower() in ("border", "frontier")]  # with Belarus"
        targets = [m for t in borders + [tok] * any(c in borders for c in objects)  # "its border with X", misparsed
                   for m in args.prep_actors(t, {"with"}) if m.code not in codes]
    if not targets and type_ in ("SANCTION", "SUPPORT"):  # "closed its embassy in Washington", "opened one in Tehran"
        targets = post_country(objects, args, sources)
    if not targets and type_ == "REQUEST":  # "called for new elections in Venezuela"
        wanted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        targets = [m for g in wanted for m in args.actors(g) + args.prep_actors(g, {"in", "from", "by", "of"})
                   if m.code not in codes]
        targets = targets or [m for g in wanted for t in g.subtree if t.lemma_.lower() in MUTUAL_NOUNS  # "called for
                              for m in args.prep_actors(t, {"with"}) if m.code not in codes]  # an end to its war with X"
        for t in (t for g in wanted for t in g.subtree if t.pos_ == "NOUN") if not targets else ():
            trig = trigger_of(t)  # "called for an end to the fighting": on those who fight
            if trig is not None and trig.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
                targets = args.parties(trig.type, codes)
                break
    if not targets and type_ == "REQUEST" and any(  # "urged restraint", "called for calm": on those in conflict
            t.lemma_.lower() in CALM for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree):
        targets = args.parties("ASSAULT", codes)
    if not targets and tok.lemma_.lower() in ("host", "mediate", "broker"):  # "Singapore hosted the talks (between A and B)"
        targets = args.hosted(objects, found, codes)
    if type_ == "REJECT" and tok.lemma_.lower() == "deny" and (
            any(c.dep_ in ("xcomp", "ccomp", "pcomp") or (c.dep_ == "dobj" and c.tag_ == "VBG") for c in tok.children)
            or any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children)):
        # "denied arming the group", "which both countries deny": the charge is denied to whoever made it, not
        # to those the denied act was about
        targets = args.implicit_target([e for e in found if e.type == "ACCUSE"], codes)
        if targets:
            args.exclude = set()
            return sources, targets
    if type_ == "RETREAT" and tok.lemma_.lower() == "withdraw" and not any(c.dep_ == "prep" for c in tok.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINTS for c in tok.children):
        args.exclude = set()  # "withdrew a complaint it had filed against the curbs": to whom the curbs were the
        return sources, complained_of(objects, args, found, codes)  # complaint's
    addressee = type_ in ("REQUEST", "ACCUSE") and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                                       for c in tok.children)  # "accused the West of arming Ukraine"
    if not targets and not addressee:  # "threatened to break relations with Russia" (not "urged Congress to...")
        targets = args.complement_targets(tok, sources)
    if not targets and type_ == "REJECT":  # "claims Colombia denies"
        targets = args.implicit_target([e for e in found if e.type == "ACCUSE"], codes)
    if not targets and type_ == "PROTEST":  # "walked out of the IAEA board meeting"
        targets = boycotted(tok, args, codes)
    if not targets and type_ == "AID":  # "rolled over $2.3 billion in loans to Pakistan"
        targets = [m for c in tok.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "prep"
                   and t.lower_ == "to" for g in t.children for m in args.actors(g) if m.code not in codes]
    if not targets:  # "ordered diplomats from seven countries to leave, including those of Argentina and Chile"
        targets = [m for c in [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "dobj"))] for k in c.children
                   if k.dep_ == "prep" and k.lower_ == "including" for g in k.children if g.dep_ == "pobj"
                   for m in args.actors(g) if m.code not in codes]
    if not targets and type_ in ANSWER_TYPES and not objects:
        targets = args.answered(found, codes)
    args.exclude = set()
    return sources, targets


def _sufferer(tok: Token) -> Token | None:
    """The verb whose subject suffers an attack named as its object: "came under shelling", "faced gunfire"."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFER_VERBS - {"come"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in ("come", "be"):
        return tok.head.head
    return None


def _carrier(tok: Token) -> Token | None:
    """The light verb a nominal trigger hangs from ("imposed sanctions", "near completion of a framework")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head  # "arrived in Amman on a visit", "was in Warsaw for talks with..."
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.dep_ == "dobj" and \
            tok.head.head.head.pos_ == "VERB":
        return tok.head.head.head  # "sent paratroopers for joint drills with Belarusian units"
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in ENGAGED:
        return tok.head.head  # "Lao forces engaged in firefights with Cambodian soldiers"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB" and \
            tok.lemma_.lower() in ("call", "conversation") and tok.head.i < tok.head.head.i:
        return tok.head.head  # "In a phone call on Tuesday, Muttaqi expressed regret to his Tajik counterpart"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "by", "over") and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in SPEECH_VERBS:
        return tok.head.head  # "told Trump in a phone call"
    carried = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS
               and any(k.dep_ == "dobj" and k.lower_ in ("that", "which") for k in c.children)]
    if carried:
        return carried[0]  # "the sanctions that ECOWAS had placed on Niger"
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            lemma = t.head.lemma_.lower()
            return t.head if lemma in LIGHT_VERBS or lemma in RETYPE else None
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head
            continue
        if t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head
            continue
        return None
    return None
