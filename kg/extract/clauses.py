"""Clauses: what the clause around a trigger says about it.

In: a trigger token (and its predicate). Out: yes/no answers and actors: whether the trigger is only
the content of a threat, demand or offer ("threatened tariffs on Mexico": no tariffs yet); whether a
vow is hostile ("vowed to respond"); whether the doers are told as "both sides" or act on "each
other"; who fought a nameless fight a truce ended; what "which" stands for; whether troops went at
a government's request, to "the border", or to drills named "Russian-Belarusian"; whether a
mention names a place ("across Yemen") rather than whom an act hit.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.actors import Mention
from kg.extract.arguments import Arguments
from kg.extract.lexicon import ASKING_NOUNS, DOCUMENTS, LIGHT_VERBS, ONGOING_WARS, RESPONSES
from kg.extract.modality import (ACCUSATIONS, DENIALS, infinitive_list, misplaced_conj, speakers_act,
                                 told_before_charge)
from kg.extract.speech import distinct
from kg.extract.triggers import WATERS, call_for_clause, trigger_of, type_of, waters_hit
from kg.model import Event

# Types whose complement is only said, not done: the content is not coded.
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})
# Acts that sides told together ("both sides", "each other") do to each other.
BOTH_SIDES_TYPES = frozenset({"RETREAT", "CONCEDE", "ACCUSE", "THREATEN", "REJECT", "ASSAULT", "COERCE", "SANCTION",
                              "MOBILIZE"})
# Verbs that only frame another ("stop supporting", "keep attacking"): look through them.
ASPECTUAL = frozenset({"stop", "halt", "cease", "end", "begin", "start", "continue", "keep", "resume"})


# Nouns for words said, whose "that" clause is their content: "remarks that an attack could justify...".
SAID_NOUNS = frozenset({"remark", "comment", "claim", "suggestion", "assertion", "allegation", "warning", "statement",
                        "speculation", "fear", "concern", "rumour", "rumor", "report", "scenario", "argument"})


def faced(tok: Token) -> bool:
    """Whether a token sits in an "in the face of" phrase: "mend ties in the face of threats from Pyongyang"
    names a backdrop, not an act told."""
    return any(a.lemma_.lower() == "face" and a.dep_ == "pobj" and a.head.lower_ == "in"
               for a in [tok, *tok.ancestors][:4])


# Verbs that keep someone "from" doing something.
PREVENTING = frozenset({"ban", "bar", "prevent", "stop", "block", "prohibit", "forbid", "keep", "restrict", "exclude",
                        "deter", "dissuade", "discourage"})


# Verbs that answer what was asked.
ANSWERING = frozenset({"reject", "refuse", "decline", "deny", "turn", "dismiss", "rebuff", "spurn", "accept", "grant",
                       "approve", "heed", "consider", "meet", "fulfil", "fulfill"})  # (not "backed Mali's request":
# a third party's support, the ask being made of someone else)


def answered_ask(tok: Token) -> bool:
    """An ask with its asker named, answered by the verb it is the object of: "turned down Caracas's request",
    "refused Russia's demand", "granted Kyiv's request"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ASKING_NOUNS and tok.dep_ in ("dobj", "nsubjpass") and \
        tok.head.lemma_.lower() in ANSWERING and any(c.dep_ == "poss" for c in tok.children)




# Verbs that answer a charge by denying it.
DENYING = DENIALS | {"rebut"}


def rejected_charge(tok: Token) -> bool:
    """A charge with its accuser named, denied by the verb it is the object of: "Kyiv rejected Moscow's
    accusation", "dismissed the allegations by Washington" (the charge was made, against the denier)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ACCUSATIONS and tok.dep_ == "dobj" and \
        tok.head.lemma_.lower() in DENYING and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children)


def summit_hosts(tok: Token, predicate: Token, args: Arguments) -> list[Mention]:
    """The organisations whose summit an act took place at: "met Trudeau on the sidelines of the G20 summit",
    "are expected to meet at the Group of 20 summit", "signed the deal at an ASEAN meeting"."""
    venues = _venues(tok, predicate, ("at", "on", "during"))
    venues += [k for g in venues if g.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
               for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for k in p.children if k.dep_ == "pobj"]
    held = ("summit", "meeting", "conference", "gathering")
    return [m for g in venues if g.lemma_.lower() in held or (g.i in args.by_token and any(  # "the Group of 20
        t.lemma_.lower() in held for t in g.subtree)) for m in args.actors(g) if m.actor.kind == "org"]  # summit"


def swallowed_verb(tok: Token, by_token: dict) -> bool:
    """A verb the parser read as a modifier inside one long name: "Egyptian President Abdel Fattah al-Sisi telephoned
    Hassan Sheikh", "...al-Sisi hosted Jordan's King Abdullah", parsed as a single noun phrase. Only a meeting or
    call verb between two named people (the second maybe named by his country first)."""
    return tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("amod", "compound") and tok.lemma_.lower() in (
        "telephone", "phone", "call", "meet", "host", "receive") and tok.i > 0 and tok.i + 1 < len(tok.doc) and \
        tok.i - 1 in by_token and tok.i + 1 in by_token and by_token[tok.i - 1].actor.kind == "person" and \
        (by_token[tok.i + 1].actor.kind == "person" or (
            by_token[tok.i + 1].actor.kind == "country" and tok.doc[by_token[tok.i + 1].end - 1].dep_ == "poss"))


def at_summit(tok: Token, predicate: Token) -> bool:
    """An act told as done at a summit, whoever held it: "signed the convention at the Fifth Caspian Summit"."""
    return any(g.lemma_.lower() == "summit" or any(t.lower_ == "summit" for t in g.subtree)
               for g in _venues(tok, predicate, ("at", "during")))


def hosted_by(tok: Token, predicate: Token, args: Arguments) -> list[Mention]:
    """Who hosted the talks or the ceremony an act took place at: "signed the accords in a ceremony hosted by
    President Donald Trump", "two rounds of talks between Somalia and Ethiopia hosted by Turkey", "agreed to a
    ceasefire following a meeting hosted by Anwar"."""
    venues = [tok] + _venues(tok, predicate, ("at", "in", "during", "following", "after"))
    homes = [m for g in _venues(tok, predicate, ("at",)) if g.lemma_.lower() in HOMES
             for k in g.children if k.dep_ == "poss" for m in args.actors(k)]  # "met at Anwar Ibrahim's residence"
    return homes + [m for g in venues for a in g.children if a.dep_ == "acl" and a.lemma_.lower() == "host"
                    for c in a.children if c.dep_ == "agent" for k in c.children for m in args.actors(k)]


# A leader's house talks are held at: its owner hosts them.
HOMES = frozenset({"residence", "palace", "home", "dacha", "estate", "retreat", "farm", "ranch"})


def _venues(tok: Token, predicate: Token, preps: tuple[str, ...]) -> list[Token]:
    """The places an act is told to have taken place at: the objects of these prepositions on the trigger or its
    verb ("met Trudeau on the sidelines of...", "signed the accords in a ceremony...")."""
    return [g for h in {tok.i: tok, predicate.i: predicate}.values() for c in h.children
            if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


# Texts put to a vote.
DRAFTS = frozenset({"draft", "resolution", "text", "motion", "proposal", "amendment"})


def suppressed_content(tok: Token) -> bool:
    """The content of a threat, demand, offer, refusal or accusation: said, not done."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" and \
            type_of(tok.head.head) in ("SANCTION", "ACCUSE", "COERCE"):
        return True  # "blacklisted 42 Chinese companies for supporting Russia's military": the reason given, by the
        # sanctioner, for what others did (not the sanctioner's own support)
    if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and any(k.dep_ == "nsubj" for k in c.children)
                                  for c in tok.children):
        return False  # "threw out a case that Sudan had brought": the relative clause tells it was done
    if tok.lemma_.lower() in ONGOING_WARS and any(c.dep_ == "poss" for c in tok.children):
        return False  # "sought weapons for its war in Ukraine", "support for Russia's war": a war going on
    if any(a.dep_ in ("acl", "ccomp") and a.head.lemma_.lower() in SAID_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in a.children) for a in [tok, *tok.ancestors][:4]):
        return True  # "Takaichi's remarks that a Chinese attack on Taiwan could justify...": what was said
    draft = tok if tok.dep_ == "relcl" else next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if draft is not None and draft.head.lemma_.lower() in DRAFTS and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in draft.children) and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in draft.children):
        return True  # "vetoed a draft resolution that would have condemned the annexation": never adopted
    if answered_ask(tok) or rejected_charge(tok):
        return False  # "the IMF turned down Venezuela's request for a loan": the request was made
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join" and any(
            c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN" for c in tok.children):
        return False  # "refused to join EU sanctions against Russia": the EU's sanctions stand (only the joining
        # is refused, told by the refusal)
    t, hops = tok, 0
    while t.head.i != t.i and hops < 4:
        t = infinitive_list(t)  # "urged Iran to restore..., account for... and return to talks": all asked for
        dep, head = t.dep_, t.head
        if dep not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "acl", "advcl"):
            return False
        if told_before_charge(t):
            return False  # "Pakistan accuses India of backing separatists, a charge New Delhi denies"
        if misplaced_conj(t) or (dep == "conj" and speakers_act(t, head)):
            return False  # "called on both sides to show restraint and offered to mediate", "denied that its
            # aircraft had violated any airspace and accused the pilots": the speaker's own act
        if head.lemma_.lower() in ("call", "press", "push", "appeal") and call_for_clause(t):
            return True  # "called for Moscow to withdraw its recognition": what is asked for is not done
        if dep == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING:
            return True  # "banning Russian airlines from flying to Georgia": what is stopped is not done
        if dep == "acl" and any(c.dep_ == "agent" for c in t.children):
            return False  # "a deal brokered by Qatar": the brokering happened
        if dep == "acl" and t.tag_ == "VBG" and head.lemma_.lower() in DOCUMENTS:
            return False  # "signed a joint statement backing the operation": what the signed text does, they do
        if dep == "prep" and t.lower_ in ("in", "at", "during", "after", "before", "following", "amid", "since") \
                and not (t.lower_ == "in" and head.lemma_.lower() in ("engage", "participate", "take", "join")):
            return False  # "signed a deal in a ceremony hosted by Trump": a circumstance, not the content (but
            # "urged both to engage in dialogue": what they are asked to do)
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "when", "while", "as",
                                                                     "because", "until") for c in t.children):
            return False  # "agreed to restore ties, seven years after the rivals cut them": what happened before
        if dep == "advcl" and t.i == tok.i and t.tag_ == "VBG" and t.doc[t.i - 1].text == "," and t.i > head.i \
                and type_of(t) in ("ACCUSE", "REQUEST"):
            return False  # "had blocked the bids, accusing both countries of...": an act of its own alongside
        if dep == "pobj" and t.head.lower_ in ("on", "against") and t.head.head.pos_ == "NOUN" and \
                type_of(t.head.head) == "SANCTION":
            return True  # "restrictions on military cooperation with Azerbaijan": what is restricted
        if t.i == tok.i and dep == "dobj" and head.lemma_.lower() in ("seek", "request") and \
                type_of(tok) in ("AID", "COOPERATE", "SUPPORT"):
            return True  # "Sri Lanka sought an IMF bailout": the asking is the event, the help not given
        if head.pos_ in ("VERB", "NOUN", "PROPN") and head.i != tok.i:
            carried = t.i == tok.i and dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS
            trig = None if carried or head.lemma_.lower() in ASPECTUAL else trigger_of(head)
            if trig is not None:
                if trig.type == "REJECT" and dep == "dobj" and t.i == tok.i and head.lemma_.lower() != "deny" and \
                        type_of(tok) in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE"):
                    return False  # "rejected US sanctions against Sudan": they were imposed (a denial says not)
                if dep == "xcomp" and head.lemma_.lower() == "agree" and type_of(tok) == "SANCTION":
                    return False  # "EU ministers agreed to broaden sanctions against Minsk": the decision (§3)
                if trig.type in CONTENT_TYPES and dep != "conj":
                    return True
                if trig.type == "ACCUSE" and dep in ("pcomp", "pobj", "prep"):
                    return True
                if dep in ("ccomp", "xcomp"):  # "accused India of helping fund the war": what the charge's
                    return suppressed_content(head)  # act does is the charge too
        t, hops = head, hops + 1
    return False


def verb_above(tok: Token) -> Token | None:
    """The nearest verb a token hangs from: "sent paratroopers for joint drills" -> sent."""
    return next((a for a in tok.ancestors if a.pos_ == "VERB"), None)


def fighters(tok: Token, args: Arguments) -> list[Mention]:
    """The parties of the clause a nameless fight is told in: "A and B agreed to a truce after days of fighting"."""
    verb = verb_above(tok)
    if verb is None or not any(a.lower_ in ("after", "following", "amid", "since") for a in tok.ancestors
                               if a.i > verb.i or a.head.i == verb.i):
        return []
    if type_of(verb) in ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN"):
        return []  # "U.S. and British forces strike Houthi targets after Red Sea attacks": allies, not foes
    parties = distinct([m for m in args.subjects(verb) if m.state_level and m.code])
    return parties if len(parties) > 1 else []


def both_sides(predicate: Token, tok: Token) -> bool:
    """Whether the doers are told as 'both sides', 'each side' or act on 'each other', 'the other'."""
    heads = {predicate.i: predicate, tok.i: tok}
    if predicate.dep_ in ("xcomp", "conj"):  # "troops from both sides began pulling back"
        heads[predicate.head.i] = predicate.head
    words = [t for h in heads.values() for c in h.children
             if c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj", "prep") for t in c.subtree]
    return any(t.lower_ in ("both", "each") and t.head.lemma_.lower() in ("side", "party", "country", "army", "force",
                                                                          "military", "rival", "neighbour", "neighbor")
               for t in words) or any(t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ in ("the", "each")
                                      for t in words) or any(t.lower_ == "another" and t.nbor(-1).lower_ == "one" for t in words)


def hostile(clause: Token) -> bool:
    if clause.lemma_.lower() in RESPONSES | {"avenge", "punish", "hit", "response", "retaliation", "reprisal",
                                             "countermeasure", "revenge"}:
        return True  # "vowed to respond"
    if clause.lemma_.lower() == "answer" and any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in clause.children):
        return True  # "vowed to answer with levies", "would answer in kind"
    while clause.lemma_.lower() in ASPECTUAL and any(c.dep_ == "xcomp" for c in clause.children):
        clause = next(c for c in clause.children if c.dep_ == "xcomp")  # "pledged to keep supporting Ukraine"
    if type_of(clause) in ("SUPPORT", "AID", "COOPERATE", "AGREE"):
        return False  # "supporting Ukraine against Russia's invasion" is support
    if clause.lemma_.lower() in ("lift", "ease", "remove", "drop", "end", "suspend", "halt", "pause", "scrap", "waive"):
        return False  # "pledging to lift sanctions" undoes a hostile act
    if any(c.dep_ == "dobj" and type_of(c) in ("ASSAULT", "COERCE", "SANCTION") for c in clause.children):
        return True  # "vowed to stage counter-attacks", "vowed to impose tariffs"
    if any(t.lower_ == "against" and t.dep_ == "prep" for t in clause.subtree):
        return True  # "vowed to strengthen its deterrent against the United States"
    trig = trigger_of(clause)  # "promised to retaliate"; "agreed to stop firing" is no threat
    return trig is not None and trig.type in ("ASSAULT", "COERCE", "THREATEN")


def antecedent(noun: Token) -> Token:
    """What 'which' stands for: the noun, or when it is no event ("began exercises earlier this month, which
    Ethiopia criticised") the event its clause tells."""
    if trigger_of(noun) is not None or noun.pos_ == "PROPN":
        return noun
    for anc in [noun] * (noun.pos_ == "VERB") + list(noun.ancestors)[:3]:
        if anc.pos_ == "VERB":
            told = [c for c in anc.children if c.dep_ == "dobj" and trigger_of(c) is not None]
            return told[0] if told else anc if trigger_of(anc) is not None else noun
    return noun


def located(doc: Doc, m: Mention) -> bool:
    """Whether a mention names where something happened ("across Yemen", "in Lebanon"), not whom."""
    head = doc[m.end - 1] if m.start >= 0 else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in ("in", "across", "inside", "throughout")


def asked(found: list[Event], sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether the targets asked the sources for help before ("Tokayev asked the bloc for help"), and no force
    passed between them ("urged India not to push further" is no call for Indian jets)."""
    helpers, helped = {m.code for m in sources}, {m.code for m in targets}
    if any(e.type in ("ASSAULT", "COERCE", "THREATEN") and not e.negated and {e.source, e.target} & helpers
           and {e.source, e.target} & helped for e in found):
        return False
    return any(e.type == "REQUEST" and not e.negated and e.source in helped and e.target in helpers
               and set(re.findall(r"[a-z]+", e.sentence.lower())) & HELP_ASKED for e in found)


# What a call for help names: "asked the bloc for help", "requested troops".
HELP_ASKED = frozenset({"help", "assistance", "aid", "support", "troops", "forces", "protection", "reinforcements",
                        "intervene", "intervention", "deploy", "peacekeepers", "soldiers", "police"})


def at_request(verb: Token) -> bool:
    """'deployed at President Tokayev's request', 'at the request of Baghdad'."""
    return any(t.lemma_.lower() == "request" and t.head.lower_ in ("at", "upon", "on") for t in verb.subtree)


def policing(verb: Token) -> bool:
    """Whether the forces sent are police ("Kenyan police officers landed in Haiti"): sent to help keep order,
    not a show of force."""
    return any(t.lemma_.lower() in ("police", "gendarme", "policeman") for c in verb.children
               if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree)


def overflight(verb: Token) -> bool:
    """Whether missiles fired went over or near a state rather than at it: "fired a ballistic missile over
    northern Japan", "a missile that landed in the sea west of Hokkaido" (a show of force, GUIDELINES §8)."""
    if verb.lemma_.lower() not in ("fire", "launch", "test") or verb.pos_ != "VERB":
        return False
    shots = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("missile", "rocket", "icbm")]
    if not shots:
        return False
    heads = [verb, *shots]
    if any(k.dep_ == "prep" and k.lower_ in ("at", "on", "against", "into", "toward", "towards", "onto") and not any(
            g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in WATERS for g in k.children)
           for h in heads for k in h.children):
        return False  # "at Israel" (not "on Tuesday", not "into waters off Taiwan")
    if waters_hit(verb):
        return True  # "fired ballistic missiles into waters off Taiwan", "into Japan's exclusive economic zone"
    return any(k.dep_ == "prep" and k.lower_ in ("over", "near", "off") for h in heads for k in h.children) or any(
        k.dep_ == "relcl" and k.lemma_.lower() in ("land", "fall", "splash", "come", "fly") for s in shots
        for k in s.children)


def in_return(verb: Token) -> bool:
    """Whether an act is told as an answer with no one named: "downgraded relations in return", "in retaliation"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (however the parser hangs it)
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in ("return", "response", "retaliation", "kind", "reply") and not any(
            k.dep_ == "prep" for k in g.children) for g in c.children) for h in heads for c in h.children)


def capital_struck(m, noun: Token) -> bool:
    """Whether a mention is a capital named as the compound of an attack noun: "the Caracas raid" names the place
    hit, never the attacker."""
    return m.how == "METONYM" and noun.doc[m.end - 1].dep_ == "compound" and noun.doc[m.end - 1].head.i == noun.i


def hyphened(tok: Token) -> bool:
    """Whether two modifiers of a noun are joined by a hyphen: "Russian-Belarusian exercises"."""
    return any(t.text == "-" and t.i < tok.i for t in tok.subtree)


def to_the_border(verb: Token) -> bool:
    """Whether forces go to a border no one is named on: "along the border", "to the frontier"."""
    return any(g.lemma_.lower() in ("border", "frontier", "boundary") and not any(
        c.dep_ in ("compound", "amod", "poss", "prep") and c.lower_ not in ("its", "their", "the") for c in g.children)
        for k in verb.children if k.dep_ == "prep" and k.lower_ in ("along", "to", "near", "on", "at")
        for g in k.children if g.dep_ == "pobj")


def in_condition(tok: Token) -> bool:
    """Whether a trigger sits in an "if" or "unless" clause: "would take countermeasures if she met McCarthy",
    "warned of consequences if the vessel was not released". The condition is not told as an event
    (GUIDELINES: only the threat or promise made is)."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.dep_ not in ("dobj", "pobj", "prep", "xcomp", "conj", "compound", "nsubj", "nsubjpass") or t.head.i == t.i:
            return False
        t = t.head
    return False
