"""Nominal frames: the source and target phrases of an event told by a noun.

In: a trigger noun, its PLOVER type and the Arguments reader. Out: (sources, targets, predicate, retype,
reciprocal). A noun's frame is its possessive, compounds and prepositions ("U.S. strikes on Venezuela",
"the Trump-Petro call"), the light verb that carries it ("imposed sanctions on"), the verb whose subject
suffers it ("came under shelling from Cambodia") or holds it ("at war with Ukraine").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Arguments
from kg.extract.clauses import hyphened, verb_above
from kg.extract.implicit import code_mention
from kg.extract.victims import post_country, struck_place, victim_subject
from kg.extract.speech import SPEECH_VERBS, speech_governor
from kg.extract.lexicon import (REMARK_NOUNS, BROKERING, CLASH_LEMMAS, FORUMS, GO_BETWEEN, LIGHT_VERBS, MUTUAL_NOUNS,
                                ONGOING_WARS, PROVOKE_VERBS, RECIPROCAL_VERBS, RETYPE, SUFFER_VERBS, VENUE_NOUNS,
                                WEAPONS)
from kg.extract.triggers import trigger_of, type_of
from kg.ontology import SYMMETRIC_TYPES

# Acts whose victim is not the one a reaction to them is aimed at.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# Types whose object may be an event told before ("condemned the sanctions").
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST", "THREATEN", "CONCEDE"})
# Types that, with no target in the sentence, answer the last actor who acted against the source.
ANSWER_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST"})


def nominal_frame(tok: Token, type_: str, args: Arguments):
    """Arguments of a nominal trigger: its own modifiers, then the light verb that carries it."""
    if tok.lemma_.lower() in ("investigation", "probe", "inquiry") and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return [], [], tok, None, False  # "said it was cooperating with the Finnish investigation": no charge
    if type_ == "CONSULT" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in HALTING:
        return [], [], tok.head, None, False  # "halted accession talks with the EU": a cut, no meeting
    if type_ in ("CONSULT", "COOPERATE", "AID") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in BANNING:
        return [], [], tok.head, None, False  # "resolutions that ban military cooperation with the North": none
    poss = [m for c in tok.children if c.dep_ == "poss" for m in args.actors(c)]
    unknown_owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" and not any(m.state_level for m in args.actors(c))
                        for c in tok.children)  # "in response to Pelosi's visit": hers, whoever she acts for
    if type_ == "REQUEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon", "on") and \
            tok.head.head.pos_ in ("VERB", "AUX"):  # "convened a meeting at the request of Cambodia": Cambodia
        verb = tok.head.head                        # asked whoever convened it
        asker = poss or args.prep_actors(tok, {"of", "from", "by"})
        asked = [m for m in args.subjects(verb) or args.passive_doers(verb) if m.code not in {a.code for a in asker}]
        return asker, asked, verb, None, False
    if tok.lemma_.lower() in ("war", "conflict", "odds") and tok.dep_ == "pobj" and tok.head.lower_ == "at":
        holder = tok.head.head  # "Russia has been at war with Ukraine", "The RSF, at war with the army since 2023,"
        if any(c.lower_ in ("technically", "formally", "officially") for c in (*tok.head.children, *holder.children)):
            return [], [], tok, None, False  # "the two countries, which remain technically at war": no fighting told
        sides = args.subjects(holder) if holder.pos_ in ("VERB", "AUX") else args.actors(holder)
        foes = [m for m in args.prep_actors(tok, {"with"}) if m.code not in {s.code for s in sides}]
        return sides, foes, holder if holder.pos_ in ("VERB", "AUX") else tok, None, True
    mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            for m in args.actors(c) if m.code not in FORUMS]  # (not "a WTO complaint": a forum is no party)
    by = ("by", "from") if type_ in REACTION_TYPES | {"ASSAULT"} else ("by",)  # "condemnation from Armenia",
    # "shelling from Cambodia"
    agents = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in by
              for g in c.children for m in args.actors(g)]
    reduced = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in BROKERING
                    and not (type_ in SYMMETRIC_TYPES and c.lemma_.lower() in BACKING)  # "the proposed agreement,
                    and any(k.dep_ == "agent" for k in c.children)), None)  # backed by Egypt and Qatar": not theirs;
    # a broker is no party (GUIDELINES)
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
        args.prep_actors(tok, {"against"}) or [  # "a complaint at the UN" is where, not against whom; "a complaint
            m for m in args.prep_actors(tok, {"with"}) if m.actor.kind == "country"] or [  # with Washington" (a
            m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "about") for g in c.children  # state);
            for k in g.children if k.dep_ == "poss" for m in args.actors(k)]  # "over China's barley duties": China
    if tok.lemma_.lower() in MUTUAL_NOUNS:
        targets += args.prep_actors(tok, {"between"}) or [  # "the clashes that broke out on Saturday between the
            m for c in tok.children if c.dep_ in ("relcl", "acl") for m in args.prep_actors(c, {"between"})]  # army
        # and the RSF": the parser hangs "between" on the clause
        holders = [tok] + ([tok.head] if tok.dep_ == "nsubj" else [])  # "Fighting flared along the disputed border
        borders = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in (  # between Kyrgyzstan
            "along", "on", "at", "across") for g in c.children if g.lemma_.lower() in ("border", "frontier")]  # and
        sides = [m for g in borders for m in args.prep_actors(g, {"between"})]  # Tajikistan": the two sides
        targets += sides if not targets and len({m.code for m in sides}) == 2 else []
    clashed = args.prep_actors(tok, {"with"}) if tok.lemma_.lower() in CLASH_LEMMAS | {"war"} else []  # "fought a
    # brief war with Georgia": each side fights the other
    targets += clashed  # "firefights with Cambodian soldiers": both fire
    if clashed and not (poss or agents) and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"):
        agents = [m for c in tok.head.head.children if c.dep_ == "nsubjpass" for m in args.actors(c)
                  if m.code not in {k.code for k in clashed}]  # "soldiers were killed in clashes with the M23"
    if reduced is not None and not targets:
        targets = args.prep_targets(reduced, type_)
    if not targets and type_ in ("ASSAULT", "COERCE"):  # "US airstrikes conducted on Iraqi soil"
        targets = [m for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in (
            "conduct", "carry", "launch", "stage", "mount") for m in args.prep_targets(c, type_)]
    targets = targets or payer
    brokered = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in GO_BETWEEN]
    if not targets and type_ in SYMMETRIC_TYPES and brokered:  # "a truce brokered by Qatar between Congo and the M23"
        verb = verb_above(tok)  # "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar"
        targets = [m for c in brokered for m in args.prep_actors(c, {"between"})] or (
            args.subjects(verb) if verb is not None else [])
    if not targets and type_ in ("AGREE", "CONSULT"):  # "agreements to normalise relations with Israel"
        targets = [m for c in tok.children if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)
                   for k in c.children if k.dep_ == "dobj" for m in args.prep_actors(k, {"with"})]
    if not targets and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":  # "aid package for Ukraine"
        targets = args.prep_targets(tok.head, type_)
    if not targets and type_ in ("SANCTION", "CONCEDE"):  # "the tariffs he had ordered on goods from Mexico"
        targets = [m for c in tok.children if c.dep_ in ("relcl", "acl") for m in args.prep_targets(c, type_)]
    if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        targets = args.prep_targets(tok.head.head, type_)  # "a wave of airstrikes against Iran"
    if not targets and type_ == "SANCTION":  # "restrictions on military cooperation with Azerbaijan", "a ban on
        targets = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")  # arms sales to X"
                   for g in c.children if g.dep_ == "pobj" for m in args.prep_actors(g, {"with", "to"})]
    if not targets and type_ == "SANCTION":  # "tariffs on steel imported from Canada, Mexico and the EU"
        targets = [m for t in tok.subtree if t.dep_ == "acl" and t.lemma_.lower() in ("import", "make", "produce")
                   for m in args.prep_actors(t, {"from", "in"})]
    if not targets and type_ == "SANCTION":  # "tariffs of 25 percent on Chinese goods"
        targets = [m for t in tok.subtree if t.dep_ == "prep" and t.lower_ in ("on", "against") and t.head.i != tok.i
                   for g in t.children if g.dep_ == "pobj" for m in args.actors(g)]
    if tok.lemma_.lower() in ("ceasefire", "truce") and not targets:  # "a ceasefire along its border with Cambodia"
        verb = verb_above(tok)
        sides = {m.code for m in args.subjects(verb)} if verb is not None else set()
        targets = [m for g in (k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("along", "in", "on")
                               and not (c.lower_ == "in" and len(sides) > 1)  # not "Thailand and Cambodia Agree
                               for k in c.children) for m in args.actors(g)]  # Ceasefire in Malaysia": where
    if not targets and tok.lemma_.lower() == "use":  # "use of water cannons against Philippine vessels", "that
        used = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]  # damaged
        targets = [m for g in used for m in args.prep_targets(g, type_)] + [  # two of Manila's vessels"
            m for g in used for r in g.children if r.dep_ == "relcl" for k in r.children if k.dep_ == "dobj"
            for m in args.actors(k)]
    if not targets and type_ == "CONCEDE" and tok.lemma_.lower() in ("licence", "license"):
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])  # "a licence allowing Chevron to resume
        targets = [m for h in holders for c in h.children if c.dep_ in ("acl", "relcl", "xcomp")  # operations in
                   for t in c.subtree if t.dep_ == "prep" and t.lower_ == "in"  # Venezuela": the state it operates
                   for g in t.children for m in args.actors(g)]  # in
    if not targets and type_ == "ACCUSE" and tok.lemma_.lower() in ("investigation", "probe", "inquiry"):
        probed = [g for h in [tok] + ([tok.head] if tok.dep_ == "dobj" else []) for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "into" for g in c.children]  # (however the parser hangs it)
        targets = [m for g in probed for m in args.actors(g) + args.prep_actors(g, {"from"})] + [
            m for h in [tok.head] if probed and tok.dep_ == "dobj" for m in args.prep_actors(h, {"from"})]
        # "an anti-subsidy investigation into electric vehicles from China", "a probe into Chinese steel": whose
        # goods are probed
    if not targets and type_ == "ACCUSE" and tok.lemma_.lower() in REMARK_NOUNS:
        targets = [m for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "about" for g in t.children
                   for m in args.actors(g)]  # "derogatory remarks on social media about Indian Prime Minister Modi"
    if not targets and type_ == "ASSAULT":  # "a barrage of 18 drones and three missiles aimed at U.S. warships"
        targets = _aimed_at(tok, args)
    sufferer = _sufferer(tok) if type_ in ("ASSAULT", "COERCE") else None
    if sufferer is not None and not targets:  # "Thai troops came under shelling", "encountered gunfire"
        targets = args.subjects(sufferer)
        agents = agents or args.prep_actors(sufferer, {"from", "by"})  # "encountered gunfire from Cambodia"
    carrier = _carrier(tok) if sufferer is None else None
    predicate, retype, reciprocal, subjects = tok, None, False, []
    if carrier is None:
        carrier = headline_verb(tok)  # "U.S. Lifts Sanctions on Syria", the verb parsed as a compound
    if carrier is not None:
        predicate = carrier
        lemma = base_verb(carrier)
        if tok.dep_ in ("dobj", "nsubjpass") or carrier.i < tok.i:  # "restrictions were relaxed" eases them
            retype = retyped(type_, lemma)
        reciprocal = lemma in RECIPROCAL_VERBS or tok.lemma_.lower() in ("tie", "relation")
        subjects = args.subjects(carrier) if not unknown_owner else []
        if not subjects and lemma in ENGAGED:  # "India and the U.S. have been engaged in negotiations"
            subjects = [m for c in carrier.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
        if lemma in ENDING_VERBS and type_ in ("ASSAULT", "COERCE", "MOBILIZE"):
            subjects = []  # "talks to end the war in Yemen": the ender wages nothing here
        if lemma in GO_BETWEEN and type_ in SYMMETRIC_TYPES:
            subjects = []  # a go-between is no party (GUIDELINES, mediation); the parties are "between"
        if lemma == "join":  # "Britain joins the U.S. boycott": the owner acts too
            subjects, mods, poss = subjects + mods + poss, [], []
    told_by = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS | {
        "impose", "send", "give", "provide", "deliver", "place", "slap"} and not any(
        t.lower_ in ("that", "which", "who", "whom", "whose") for t in c.subtree)]  # (a bare relative: "under
    # which four Arab states normalised relations" tells another act)
    if told_by and not (poss or agents):  # "the sanctions the European Union imposed on Russia", "the aid it has
        doers = [m for c in told_by for k in c.children if k.dep_ == "nsubj" for m in args.actors(k)]  # sent into
        if doers:  # Gaza": the relative clause's subject did it (not whoever thanks for it)
            agents, subjects = doers, []
            targets = targets or [m for c in told_by for m in args.prep_targets(c, type_) + args.prep_actors(
                c, {"into"}) if m.code not in {d.code for d in doers}]
    met = _met_before(tok) if carrier is None and not (poss or agents or mods) else None
    if met is not None:  # "After talks with Putin and Poroshenko, Merkel and Hollande spoke": they met them
        subjects = args.subjects(met)
    doer = None if sufferer is not None else verb_above(tok) if tok.dep_ == "dobj" or (  # "held up a photo
        type_ == "PROTEST" and tok.dep_ == "pobj" and not any(c.dep_ == "prep" for c in tok.children)) else None
    if not (poss or agents or subjects or mods) and doer is not None and trigger_of(doer) is None and type_ in (
            "ASSAULT", "COERCE", "MOBILIZE", "PROTEST") and doer.lemma_.lower() not in ENDING_VERBS:  # in protest";
        # "Ankara launches strikes"; not "cites a threat", not "talks to end the war in Yemen"
        subjects = args.subjects(doer)
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if not (poss or agents or subjects or mods) and amount is not None and amount.ent_type_ == "MONEY" and \
            amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ == "VERB" and amount.head.lemma_.lower() not in (
                "pledge", "promise", "offer", "commit", "vow", "propose", "seek", "request"):  # "announced $1 billion
        subjects = args.subjects(amount.head) or args.passive_doers(amount.head)  # in military aid for Ukraine"
        # (a pledged sum is a promise, the verb's own event)
    struck = [m for m in mods if m.how == "METONYM"] if type_ in ("ASSAULT", "COERCE") and not hyphened(tok) else []
    if struck and not targets:  # "After the Caracas Raid": a capital before an attack is the place hit, not the
        mods, targets = [m for m in mods if m not in struck], struck  # attacker ("the Kyiv strike")
    if mods and targets and type_ in ("CONSULT", "AGREE") and all(m.how == "METONYM" for m in mods) and \
            not hyphened(tok):  # "the Jakarta meeting between ASEAN and Myanmar", "Doha Meeting With Taliban": a
        mods = []  # capital before the talks is where they were held (not "the Washington-Moscow talks")
    if poss or agents:
        sources, targets = poss or agents, targets or mods
        if not poss:  # "pressure from the United States and the EU": from them, not at each other
            targets = [m for m in targets if m.code not in {a.code for a in agents}]
    elif subjects:
        sources, targets = subjects, targets or mods
    else:  # "U.S. strikes": the modifier acts; "hybrid threats", "nuclear threat": a topic, not a threatener
        sources = mods if type_ != "THREATEN" else []
    if type_ == "CONSULT" and not targets and carrier is not None and carrier.lemma_.lower() in (
            "receive", "get", "take"):  # "received a phone call from his French counterpart", "a visit from Iran's
        targets = args.prep_actors(tok, {"from"}) + args.prep_actors(carrier, {"from"})  # president"
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
    if type_ in SYMMETRIC_TYPES and not sources and targets and not unknown_owner:  # "deployed troops under a
        # deal with Washington"
        verb = verb_above(tok)
        if verb is not None and (verb.lemma_.lower() in GO_BETWEEN or type_of(verb) in REACTION_TYPES):
            verb = None  # "helped facilitate the ceasefire between Pakistan and India", "hailed the deal between": no party
        sources = [m for m in (args.subjects(verb) if verb is not None else []) if m.code not in {t.code for t in targets}]
        speech = speech_governor(verb) if verb is not None and not sources and len(targets) == 1 and \
            tok.lemma_.lower() in ("call", "conversation") else None  # "came after a phone call with Sheinbaum,
        sources = [m for m in args.subjects(speech) if m.code != targets[0].code] if speech is not None else sources
        # Trump said": the teller was on the call
    if type_ == "CONSULT" and not sources and targets:  # "was back in Qatar after a day of talks in Cairo with
        sources = [m for m in _after_clause_subjects(tok, args) if m.code not in {t.code for t in targets}]  # Egypt"
    withs = args.prep_actors(tok, {"with"}) if type_ in SYMMETRIC_TYPES and not sources and len(targets) > 1 else []
    if len({m.code for m in withs}) > 1 and not args.prep_actors(tok, {"between"}):  # "the visit includes meetings with Macron and Trump":
        codes = {m.code for m in targets}                  # the visitor meets each, they do not meet each other
        sources = [code_mention(e.source) for e in reversed(args.events) if e.type == type_ and e.target in codes
                   and e.source not in codes][:1]
        targets = targets if sources else []
    return sources, targets, predicate, retype, reciprocal or bool(clashed)


# Verbs whose subject stops or weighs an act rather than does it: "talks to end the war in Yemen".
ENDING_VERBS = frozenset({"end", "stop", "halt", "resolve", "settle", "prevent", "avert", "avoid", "discuss",
                          "mediate", "investigate", "condemn", "document", "witness", "survive"})
# Verbs that stop talks rather than hold them ("halted accession talks"; the verb is the event).
HALTING = frozenset({"halt", "suspend", "freeze", "end", "break", "cancel", "scrap", "abandon", "postpone", "boycott",
                     "skip", "snub", "shun"})
# Verbs that forbid an exchange: what they forbid does not take place (the ban itself is the verb's event).
BANNING = frozenset({"ban", "prohibit", "forbid", "outlaw", "bar"})
# Verbs that carry an act they are "in": "engaged in firefights", "locked in talks".
ENGAGED = frozenset({"engage", "participate", "involve", "embroil", "lock", "mire"})

def _sufferer(tok: Token) -> Token | None:
    """The verb whose subject suffers an attack named as its object: "came under shelling", "faced gunfire"."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFER_VERBS - {"come"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in ("come", "be"):
        return tok.head.head
    return None


def retyped(type_: str, lemma: str) -> tuple | None:
    """What a verb done to a trigger noun makes of it: sanctions "lifted" are a RETREAT, "eased" a CONCEDE,
    help "offered" an AGREE; None when the verb changes nothing."""
    if lemma not in RETYPE or type_ in ("CONCEDE", "SUPPORT"):  # "offered support" backs
        return None
    retype = RETYPE[lemma]
    if type_ in ("THREATEN", "REJECT") and retype[0] == "RETREAT":
        return ("CONCEDE", None)  # "Trump drops Mexico tariff threat", "Turkey lifted its veto": a threat or a
        # refusal given up is a concession
    if retype[0] == "AGREE" and type_ in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"):
        return None  # "the EU proposed new sanctions on Russia": measures to come, no offer to Russia
    return retype


def base_verb(verb: Token) -> str:
    """A carrier verb's lemma, with "roll back" read as "ease" and a headline's "Lifts" as "lift"."""
    if verb.lemma_.lower() == "roll" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return "ease"  # "rolled back export curbs": eased, not lifted
    low = verb.lower_
    if (verb.pos_ == "PROPN" and low.endswith("s")) or (verb.pos_ == "ADJ" and low.endswith("ed")):
        return next((b for b in (low[:-1], low[:-2]) if b in RETYPE), low)  # "Lifts", "were relaxed" (tagged
    return verb.lemma_.lower()                                              # an adjective)


def headline_verb(tok: Token) -> Token | None:
    """A title-case verb the parser hung on a trigger noun as a compound: "U.S. Lifts Sanctions on Syria"."""
    return next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"
                 and c.lower_.endswith("s") and base_verb(c) in RETYPE), None)


# Verbs that put forces into an exercise or a position.
DISPATCHING = frozenset({"order", "send", "put", "deploy", "move", "dispatch", "throw"})


# Meetings a sentence's subject is told to have had before it acted: "After talks with Putin, Merkel said".
MET_AFTER = frozenset({"talk", "talks", "meeting", "negotiation", "call", "conversation", "consultation"})


def _met_before(tok: Token) -> Token | None:
    """The verb whose subject had the talks an "after" phrase tells: "After talks with Putin, Merkel said"."""
    spell = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
        "hour", "day", "week", "round") else tok  # "After some sixteen hours of talks with Putin"
    if tok.lemma_.lower() in MET_AFTER and spell.dep_ == "pobj" and spell.head.lower_ in ("after", "following") and \
            spell.head.head.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return spell.head.head
    return None


def _carrier(tok: Token) -> Token | None:
    """The light verb a nominal trigger hangs from ("imposed sanctions", "near completion of a framework")."""
    if tok.lemma_.lower() in ONGOING_WARS and any(c.dep_ == "poss" for c in tok.children):
        return None  # "sought weapons for its war in Ukraine": the war is its owner's, not the seeker's act
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in ("retaliate", "respond"):
        return tok.head.head  # "Beijing retaliated with an anti-dumping probe into European brandy"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head  # "arrived in Amman on a visit", "was in Warsaw for talks with..."
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.dep_ == "dobj" and \
            tok.head.head.head.pos_ == "VERB" and trigger_of(tok.head.head) is None and \
            tok.head.head.lemma_.lower() not in ("way", "door", "path", "road"):  # not "support for the operation",
        # not "paved the way for talks"
        return tok.head.head.head  # "sent paratroopers for joint drills with Belarusian units"
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and (tok.head.head.lemma_.lower() in ENGAGED or (
            tok.lemma_.lower() in ("contact", "touch", "talks") and tok.head.head.lemma_ in ("be", "remain", "stay"))):
        return tok.head.head  # "Lao forces engaged in firefights with Cambodian soldiers"
    if tok.dep_ == "pobj" and tok.head.lower_ == "into" and tok.head.head.lemma_.lower() in DISPATCHING and \
            type_of(tok) == "MOBILIZE":
        return tok.head.head  # "ordered 5,600 troops into military exercises near the border with Guyana"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB" and \
            tok.lemma_.lower() in ("call", "conversation"):
        return tok.head.head  # "In a phone call on Tuesday, Muttaqi expressed regret to his Tajik counterpart",
        # "invited New Zealand's prime minister to visit Hanoi during a phone call"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "by", "over") and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in SPEECH_VERBS:
        return tok.head.head  # "told Trump in a phone call"
    carried = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS
               and (any(k.dep_ == "dobj" and k.lower_ in ("that", "which") for k in c.children) or (
                   not any(k.dep_ == "dobj" for k in c.children)
                   and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)))]  # "that" misread as mark
    if carried and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in RETYPE):  # not "waived restrictions
        return carried[0]  # that Congress imposed": "the sanctions that ECOWAS had placed on Niger"
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            lemma = t.head.lemma_.lower()
            return t.head if lemma in LIGHT_VERBS or base_verb(t.head) in RETYPE else None
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of" and (
                t.head.head.pos_ == "NOUN" or t.head.head.lower_ in ("most", "some", "all", "many", "much", "half")):
            # "a package of sanctions", "lifted most of the trade curbs"
            t = t.head.head
            continue
        if t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head
            continue
        return None
    return None


# What others do to a deal or talks without being parties: "an agreement backed by Egypt and Qatar".
BACKING = frozenset({"back", "support", "endorse", "propose", "draft", "welcome", "reject", "oppose", "push", "present",
                     "draw"})  # "a draft agreement drawn up by Washington and the World Bank"
AIMING = frozenset({"aim", "target", "direct", "fire", "launch"})


def _aimed_at(tok: Token, args: Arguments) -> list:
    """Whom the weapons of an attack were aimed at, however the parser hung them: "a barrage on Tuesday of
    18 drones and three missiles aimed at U.S. and British warships"."""
    clause = _index(verb_above(tok))
    weapons = [t for t in tok.sent if t.i > tok.i and t.lemma_.lower() in WEAPONS and _index(verb_above(t)) == clause]
    return [m for t in weapons for acl in t.children if acl.dep_ == "acl" and acl.lemma_.lower() in AIMING
            for m in args.prep_actors(acl, {"at", "toward", "towards", "against"}) + [
                m for c in acl.children if c.dep_ == "dobj" and acl.lemma_.lower() == "target" for m in args.actors(c)]]


def _index(tok: Token | None) -> int:
    return -1 if tok is None else tok.i


def _after_clause_subjects(tok: Token, args: Arguments) -> list:
    """Who held talks told as the time of a clause: "A Hamas delegation was back in Qatar after a day of talks
    with Egyptian mediators", "left Cairo following talks with": the clause's subject."""
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in ("after", "following") and anc.head.pos_ in ("VERB", "AUX"):
            return args.subjects(anc.head)
        if anc.pos_ in ("VERB", "AUX"):
            return []
    return []
