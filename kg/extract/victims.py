"""Victims: whom an act hits when its phrase names no one directly.

"Venezuela mourns after U.S. raid": the sentence's subject; "a missile strike on a city in central
Ukraine": the country the place lies in; "closed its embassy in Washington": the host country;
"sent troops to Saudi Arabia to deter Iran": the one deterred, not the host; "walked out of the
IAEA board meeting", "pulled out of a summit in Tunis": the meeting's organisation, else its host.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.arguments import Arguments
from kg.extract.implicit import code_mention
from kg.extract.triggers import type_of

# Verbs of harm whose place is where an attack struck: "strikes killed 25 people across Gaza".
HARM_VERBS = frozenset({"kill", "wound", "injure", "hit", "destroy", "damage", "flatten", "obliterate"})
# Verbs of a purpose that aims a force at someone: "to deter Iran".
DETER_VERBS = frozenset({"deter", "counter", "confront", "intimidate", "pressure", "contain", "warn"})


def post_country(posts: list[Token], args: Arguments, sources: list[Mention]) -> list[Mention]:
    """Whose a closed embassy or consulate concerns: its owner, else the country it stands in."""
    codes = {m.code for m in sources}
    posts = [p for p in posts if p.lemma_.lower() in ("embassy", "consulate", "mission")]
    owners = [m for p in posts for m in args.actors(p) if m.code not in codes]
    return owners or [m for p in posts for m in args.prep_actors(p, {"in", "at"}) if m.code not in codes]


def struck_place(tok: Token, args: Arguments, sources: list[Mention]) -> list[Mention]:
    """'a Russian missile strike on a city in central Ukraine', 'Israeli strikes killed 25 people across
    the Gaza Strip': the country where what was hit lies."""
    codes = {m.code for m in sources}
    hit = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
    places = [m for g in hit for m in args.prep_actors(g, {"in"})]
    if not places and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in HARM_VERBS:
        places = args.prep_actors(tok.head, {"in", "across", "inside"}) + [
            m for c in tok.head.children if c.dep_ == "dobj" for m in args.prep_actors(c, {"in", "across"})]
    if not places:  # "airstrikes that destroyed three Iranian nuclear facilities", "missiles that hit Israeli cities"
        hitting = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in HARM_VERBS | {"target"}]
        places = [m for v in hitting for c in v.children if c.dep_ == "dobj"
                  for m in args.actors(c) + args.prep_actors(c, {"in", "across"})]
    return [m for m in places if m.code not in codes]


def victim_subject(tok: Token, args: Arguments, sources: list[Mention]) -> list[Mention]:
    """'Venezuela mourns after U.S. raid': the sentence's subject is the one hit."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("after", "following", "amid") and head.head.pos_ in ("VERB", "PROPN", "NOUN"):
        verb = head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "declares mourning after raid"
            verb = verb.head
        subs = [m for c in verb.children if c.dep_ == "nsubj" for m in args.actors(c)]
        codes = {s.code for s in sources}
        return [m for m in subs if m.code not in codes]
    if tok.dep_ == "dobj" and tok.lemma_.lower() in ("sanction", "tariff", "levy", "duty") and \
            type_of(head) in ("ACCUSE", "REJECT") and head.lemma_.lower() != "deny":
        codes = {s.code for s in sources}  # "Rwanda condemned the UK's recent sanctions": those on Rwanda
        return [m for m in args.subjects(head) if m.code not in codes and m.actor.kind == "country"]
    return []


def purpose_targets(tok: Token, args: Arguments) -> list[Mention]:
    """'sent troops to Saudi Arabia to deter Iran': the force is aimed at Iran, not at its host."""
    return [m for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DETER_VERBS
            for k in c.children if k.dep_ in ("dobj", "prep") for m in args.actors(k)]


# A deployment's purpose of fighting someone's insurgents: "troops deployed in Niger to fight Islamist militants".
FIGHTING = frozenset({"fight", "combat", "battle", "tackle", "defeat", "crush", "hunt", "quell"})
INSURGENTS = frozenset({"militant", "insurgent", "insurgency", "rebel", "rebellion", "jihadist", "terrorist",
                        "terrorism", "extremist", "militia", "bandit", "gang"})


def against_insurgents(tok: Token, args: Arguments) -> list[Mention] | None:
    """Whom troops are sent to fight when the purpose is a host's insurgents ("to take on M23 rebels", "to fight
    Islamist militants"): the armed groups named (maybe none); None when the deployment has no such purpose."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue  # a purpose: "to fight", "to help fight"
        if c.lemma_.lower() == "help":  # "to help fight an insurgency"
            c = next((k for k in c.children if k.dep_ in ("xcomp", "ccomp")), c)
        verb = c.lemma_.lower()
        if verb in FIGHTING or (verb == "take" and any(k.lower_ == "on" for k in c.children)):
            foes = [t for k in c.children if k.dep_ in ("dobj", "prep", "prt") for t in k.subtree]
            groups = [m for t in foes for m in args.actors(t) if m.actor.kind == "group"]
            if groups or any(t.lemma_.lower() in INSURGENTS for t in foes):
                return list({m.code: m for m in groups}.values())
    return None


def boycotted(tok: Token, args: Arguments, codes: set[str]) -> list[Mention]:
    """Whom leaving a meeting protests against: "the IAEA board meeting": the IAEA; "a Japan-Africa summit in
    Tunis": its host; "Hungarian-hosted meetings": Hungary."""
    held = [g for c in tok.children if c.lower_ in ("out", "away") for k in c.children
            if k.lower_ in ("of", "from") for g in k.children if g.dep_ == "pobj"]
    out: list[Mention] = []
    for g in held:
        named = args.actors(g) + [m for c in g.children if c.dep_ == "amod" and c.lower_ == "hosted"
                                  for k in c.children if k.dep_ == "npadvmod" for m in args.actors(k)]
        orgs = [m for m in named if m.actor.kind == "org"]
        out += [m for m in orgs or args.prep_actors(g, {"in"}) or named if m.code not in codes]
    return out


def complained_of(objects: list[Token], args: Arguments, found: list, codes: set[str]) -> list[Mention]:
    """Whom a complaint was against: "withdrew a complaint it had filed against the curbs": whoever imposed them."""
    against = [g for c in objects for t in c.subtree if t.lower_ == "against" for g in t.children]
    return [m for g in against for m in args.actors(g) + args.event_reference(g, found, type_of(g), codes)
            if m.code not in codes]


# Participles of captivity: "the release of its citizens detained in Iran" is asked of Iran.
CAPTIVITY = frozenset({"detain", "hold", "jail", "imprison", "arrest", "seize", "abduct", "kidnap", "capture"})


def captors(tok: Token, args: Arguments, sources: list[Mention]) -> list[Mention]:
    """Who holds the captives whose release a demand asks for: "its demand for the immediate release of its
    citizens detained in Iran" -> Iran; "urged the release of sailors held by the Houthis" -> the Houthis."""
    codes = {m.code for m in sources}
    if not any(t.lemma_.lower() in ("release", "freedom", "return", "free") for t in tok.subtree):
        return []
    held = [t for t in tok.subtree if t.lemma_.lower() in CAPTIVITY and t.tag_ == "VBN" and t.dep_ in ("acl", "relcl")]
    named = [m for t in held for m in args.prep_actors(t, {"in", "by"}) + args.passive_doers(t) if m.code not in codes]
    if named:
        return named
    own = [m for t in tok.subtree if t.lemma_.lower() in ("release", "freedom") for c in t.children if c.dep_ == "poss"
           for m in args.actors(c) if m.actor.kind == "person" and m.code not in codes]
    if own:  # "Japan called for Suu Kyi's release": held by her own state, named by no act told
        return own[:1]
    seized = [e for e in args.events if e.type == "COERCE" and not e.negated and not e.hypothetical
              and e.source not in codes and e.source != e.target]  # "called for the swift release of the Hankuk
    seized.sort(key=lambda e: e.target in codes)  # Chemi" after Iran seized it: whoever last seized, theirs first
    return [code_mention(seized[-1].source)] if seized else []


def sent_to_friend(verb: Token, targets: list[Mention], args: Arguments) -> bool:
    """Whether troops are sent to the states themselves ("sent 600 paratroopers to Lithuania and Poland"), not
    near them ("to the border with Poland", "into Idlib") and not to exercise or deter ("for joint drills",
    "to deter Iran"): what decides whether the move is help or a show of force is told elsewhere."""
    if verb.lemma_.lower() not in ("send", "deploy", "dispatch", "station", "rush", "fly"):
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "sent 600 paratroopers to Lithuania"
    places = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
    places += [k for g in places for k in g.conjuncts]
    named = {args.by_token[g.i].code for g in places if g.i in args.by_token}
    if not named or {m.code for m in targets} - named:
        return False
    drills = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.lemma_.lower() in ("drill", "exercise", "manoeuvre", "maneuver", "game", "deterrence")]
    aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in (
        "deter", "counter", "pressure", "intimidate", "warn", "confront", "exercise", "drill")]
    return not drills and not aims
