"""Triggers: which words announce which PLOVER event type, and which verbs only carry one.

In: a spaCy Token. Out: a Trigger (type, mode) or None. The lexicon is data
(patterns/triggers.jsonl, lemma + part of speech); the few words whose type depends on their
neighbours ("called for" vs "called Petro", "cut ties" vs "restore ties", "war games") are
decided here, with the context word lists of kg/extract/lexicon.py; verbs whose particle, negation
or modal decides their type ("lashed out at", "would not hesitate to") in kg/extract/phrasal.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from kg.extract.lexicon import (REMARK_NOUNS, RECIPROCAL_VERBS, CAPTIVES, TIES_UP, TIES_DOWN, FORCES, WEAPONS, GOODS, RELIEF,
                                VERBAL_ATTACK, HANDED_OVER, PROJECTILES, CLOSABLE, ENVOYS, NO_COMMENT,
                                DIPLOMATIC_PROTEST_CARRIERS, RESPONSES, TALK_NOUNS, DISMAY, FALSE_WORDS, WRONG,
                                OPPOSED, PRAISE, WRONG_NOUNS, CONCERN_CARRIERS, BLAME, SEND_VERBS, POSITION_VERBS,
                                HELD_PEOPLE, BASES, POSTS, DRILLS, COMPLAINTS, MEETINGS, DOCUMENTS)
from kg.extract.modality import background
from kg.extract.objects import CARRIERS, objects_of, things
from kg.extract.phrasal import future, phrasal_trigger


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    now: bool = False  # a threat or refusal made as it is said ("would respond"): not hypothetical, whatever its tense
    negation_inside: bool = False  # its "not" is part of it ("would not hesitate to", "would not accept"): not negated


@lru_cache(maxsize=1)
def load_triggers() -> dict[tuple[str, str], Trigger]:
    """(lemma, "VERB"|"NOUN") -> Trigger, from patterns/triggers.jsonl."""
    table: dict[tuple[str, str], Trigger] = {}
    text = resources.files("kg.extract").joinpath("patterns/triggers.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            for pos in (("VERB", "NOUN") if row["pos"] == "ANY" else (row["pos"],)):
                table[(row["lemma"], pos)] = Trigger(row["type"], row.get("mode"))
    return table


def _callable(obj: Token) -> bool:
    """Whether a verb 'call' can be phoning this object: a named actor, a pronoun or a person word."""
    if obj.lower_ in ("which", "that", "what") and obj.head.dep_ == "relcl":
        return False  # "the decision, which it called a breach": the thing named
    return obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or obj.pos_ in ("PRON", "PROPN") or \
        obj.lemma_.lower() in ("counterpart", "leader", "president", "minister", "premier", "king", "chancellor",
                               "emir", "prince", "secretary", "envoy", "ambassador", "official", "government")


def type_of(tok: Token) -> str | None:
    """The PLOVER type a token announces, if any."""
    trig = trigger_of(tok)
    return trig.type if trig is not None else None


# Help that is material, not words: "military support", "financial support" is AID.
MATERIAL = frozenset({"military", "financial", "economic", "humanitarian", "budget", "budgetary", "monetary",
                      "fiscal", "logistical", "logistic", "material"})

# What is shot down in defence: intercepting them attacks no one ("intercepted the missiles"); jets are not in it.
INCOMING = frozenset({"missile", "rocket", "projectile", "airstrike", "strike", "attack", "shell", "bomb",
                      "munition", "barrage", "salvo"})  # not "drone": "downed a U.S. surveillance drone" is an attack

# Remarks that are themselves an attack: "derogatory remarks about Modi".
SCORNFUL = frozenset({"derogatory", "insulting", "offensive", "disparaging", "racist", "inflammatory", "defamatory",
                      "hostile", "abusive", "demeaning", "mocking"})

# Words that make a "war" something other than fighting: an era, or a dispute fought with duties or words.
NOT_FOUGHT = frozenset({"cold", "trade", "tariff", "price", "currency", "tech", "technology", "chip", "propaganda",
                        "information", "diplomatic", "media"})

# Nouns of a war feared, not fought: "the risk of war", "an incitement to war".
FEARED = frozenset({"risk", "fear", "danger", "spectre", "specter", "incitement", "brink", "prospect", "possibility",
                    "threat", "verge", "edge"})
# Verbs that make another's demand one's own: "a call echoed by the EU".
ECHOING = frozenset({"echo", "repeat", "second", "endorse", "back", "support", "join", "reiterate"})
# Time given in an ultimatum: "gave the junta one week to reinstate the president".
DEADLINES = frozenset({"week", "day", "hour", "month", "deadline", "ultimatum"})

# What states fight that is no foe: "fighting drug trafficking", "the fight against terrorism".
SCOURGES = frozenset({"trafficking", "crime", "terrorism", "corruption", "poverty", "inflation", "smuggling", "piracy",
                      "extremism", "disease", "pandemic", "wildfire", "drug", "narcotic", "cybercrime", "fraud",
                      "laundering", "climate", "hunger", "famine", "misinformation", "disinformation"})

# What burns in a fire that is a blaze, not gunfire: "the Warsaw mall fire", "a forest fire".
BLAZES = frozenset({"mall", "forest", "wild", "house", "building", "warehouse", "factory", "market", "shopping",
                    "centre", "center", "hotel", "plant", "depot", "bush", "grass", "store", "office", "cathedral"})

# Measures whose effects "hit" someone: no attack.
MEASURES = frozenset({"blockade", "sanction", "tariff", "ban", "embargo", "boycott", "curb", "restriction", "measure",
                      "levy", "duty", "control", "freeze", "crisis", "dispute", "row", "war"})


# Verbs that lower a trade levy, and the levies: "cut tariffs on European cars to 10 percent" is a concession
# (PLOVER CONCEDE, easing of economic sanctions), where "cut ties" or "cut aid" stops cooperation.
TRIMMING = frozenset({"cut", "lower", "reduce", "halve", "slash", "trim", "scrap", "waive", "eliminate", "remove"})
LEVIES = frozenset({"tariff", "duty", "levy", "tax"})


def call_for_clause(clause: Token) -> bool:
    """Whether a clause is what its verb "calls for", parsed as a clause marked "for" ("called for Russia to
    withdraw"), and the caller is a state's voice (not what "the agreement calls for": its plan)."""
    return clause.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "for" for k in clause.children) and not any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in DOCUMENTS or type_of(c) == "AGREE") for c in clause.head.children)


# What is delivered as words: "delivered a speech", "delivered a warning to Iran".
WORDS_DELIVERED = frozenset({"speech", "address", "message", "letter", "note", "warning", "protest", "demarche",
                             "démarche", "representation", "ultimatum", "remark", "statement", "verdict", "ruling",
                             "blow", "rebuke", "lecture", "report", "briefing", "invitation", "keynote", "sermon"})


# What is flown in to help: "flew search-and-rescue teams", "planeloads of flour and medicines".
CARGO = RELIEF | WEAPONS | {"planeload", "shipment", "cargo", "consignment", "hospital", "flour", "tonne", "ton"}
# Whom a travel advisory is given to: "told its citizens to avoid Japan".
TRAVELLERS = frozenset({"citizen", "national", "tourist", "traveller", "traveler", "student", "resident", "people"})
# Meetings whose cancelling is a snub: "called off a state visit to Denmark".
SNUBBED = frozenset({"visit", "meeting", "trip", "talk", "talks", "summit", "tour"})
# What relief arrives in, itself the subject of "arrived": "the first aid shipment reached Syria".
CONSIGNMENTS = frozenset({"shipment", "consignment", "planeload", "cargo", "aid", "supply", "delivery"})


# Bodies met by addressing them (GUIDELINES §20): "addressed a meeting of the OIC".
GATHERINGS = frozenset({"meeting", "summit", "session", "assembly", "conference", "gathering", "parliament",
                        "council", "congress", "forum"})


def _settled_statement(tok: Token) -> bool:
    """'Putin, Aliyev and Pashinyan signed the statement, which took effect at midnight': a statement that is the
    deal itself (told before, in force), not one that says something ("a joint statement backing the operation")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("statement", "declaration") and any(
        k.lower_ == "the" for k in c.children) and any(
        r.dep_ == "relcl" and r.lemma_.lower() in ("take", "enter", "come") for r in c.children) for c in tok.children)


# What leaders at a summit adopt together: "endorsed a set of common conclusions", "adopted a joint declaration".
JOINT_TEXTS = frozenset({"conclusion", "conclusions", "communique", "communiqué", "declaration", "roadmap"})


# Speaking to a body: "addressed the General Assembly" (any gathering), "told the council", "briefed a meeting
# of EU ministers" (a meeting of states, BODIES_TOLD: not "told parliament", "told a news conference").
SPEAKING_TO = frozenset({"address", "tell", "brief"})
BODIES_TOLD = frozenset({"council", "assembly", "meeting", "summit"})


def _joint_text(tok: Token) -> bool:
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in objects if c.lemma_.lower() in ("set", "series") for p in c.children if p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in JOINT_TEXTS or c.lower_ in JOINT_TEXTS for c in objects)


def subjects_of(tok: Token) -> list[Token]:
    """The subject words of a verb with their conjuncts; a plural subject counts twice ("the four leaders")."""
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    out = [k for c in subs for k in (c, *c.conjuncts)]
    return out + [c for c in subs if c.tag_ in ("NNS", "NNPS")]


def judging(tok: Token) -> bool:
    """The object of a verb that says what an act amounts to: "the operation constitutes ethnic cleansing"."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("constitute", "represent") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "amount")


def echoed_call(tok: Token) -> bool:
    """'a call echoed by the European Union', 'an appeal backed by France': a demand told before, made again."""
    return tok.lemma_.lower() in ("call", "appeal", "demand", "plea") and tok.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.lemma_.lower() in ECHOING and any(k.dep_ == "agent" for k in c.children)
        for c in tok.children)


# What those given a deadline are told to do: "gave American diplomats 72 hours to leave".
LEAVING = frozenset({"leave", "depart", "exit"})
# People a state orders out who are no state's envoys: sending them away is coercion (GUIDELINES §17).
RESIDENTS = frozenset({"citizen", "national", "resident", "worker", "migrant", "refugee", "people", "student"})
# What a state appeals against: "appealed the WTO panel ruling".
APPEALED = frozenset({"ruling", "verdict", "decision", "award", "judgment", "judgement", "finding", "report"})
# Leave one state grants another: "gave us clearance", "granted it permission to call".
CLEARANCES = frozenset({"clearance", "permission", "approval", "consent", "go-ahead", "authorisation",
                        "authorization"})
# A state's entry into a body, which members approve or block: "approved Syria's return to the League".
ADMISSIONS = frozenset({"return", "readmission", "membership", "accession", "bid", "candidacy", "application",
                        "admission", "entry"})
# Sea and air a state claims: missiles fired into them, ships sailed into them show force to that state.
WATERS = frozenset({"water", "waters", "sea", "zone", "airspace", "strait", "ocean"})
# What one state gives another as help: "gave Nepal petrol as a grant".
GIFTS = frozenset({"petrol", "diesel", "loan", "grant", "aid", "vaccine", "ventilator"})


def sent_away(tok: Token) -> Trigger:
    """A deadline to leave: an expulsion of envoys or troops (SANCTION), a deportation of residents (COERCE):
    "gave Qatari citizens fourteen days to leave the kingdom" (GUIDELINES §17)."""
    if any(c.dep_ in ("dative", "dobj") and c.lemma_.lower() in RESIDENTS for c in tok.children):
        return Trigger("COERCE", "deport")
    return Trigger("SANCTION", "expel")


def flown_in(tok: Token) -> list[Token]:
    """What a flying verb carries: its object, or what the parser hung on "in" ("had flown in more than 88 tonnes of
    food")."""
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]


def given(tok: Token) -> list[Token]:
    """What a giving verb gives: its object, or the noun its relative clause hangs on ("the fuel China gave Nepal")."""
    return [c for c in tok.children if c.dep_ == "dobj"] + ([tok.head] if tok.dep_ == "relcl" else [])


def waters_hit(verb: Token) -> list[Token]:
    """The sea or air zones a verb sends something into: "into waters off Taiwan", "into Indonesia's exclusive
    economic zone"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "through")
            for g in c.children if g.lemma_.lower() in WATERS]


def listing(tok: Token) -> Trigger | None:
    """Putting a state on a list of the distrusted, or taking it off one of the trusted, is a sanction; taking it
    off a blacklist lifts one."""
    lemma = tok.lemma_.lower()
    off = lemma in ("remove", "drop", "strike", "take", "delete", "exclude", "delist")
    on = lemma in ("add", "put", "place", "include", "blacklist")
    if not (off or on):
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in (("from", "off") if off else ("to", "on")):
            continue
        for g in c.children:
            words = {t.lemma_.lower() for t in g.subtree}  # "its list of state sponsors of terrorism"
            trusted = "whitelist" in words or (g.lemma_.lower() == "list" and words & {"white", "trusted", "preferred"})
            distrusted = g.lemma_.lower() == "blacklist" or (g.lemma_.lower() == "list" and words & {
                "entity", "black", "sanction", "sanctions", "grey", "gray", "watch", "terrorism", "terror"})
            if off and trusted or on and distrusted:
                return Trigger("SANCTION", "discontinue")
            if off and distrusted:
                return Trigger("RETREAT", None)
    return None


def armed(tok: Token) -> bool:
    """A verb whose subject is a fighting force: "Pakistan's air force hit back", "Indian jets struck"."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FORCES for c in tok.children)


def in_kind(tok: Token) -> bool:
    """'hit back', 'struck back', 'retaliated' told with nothing hit or used: a reply in the kind of what it answers."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "on", "after", "within", "for")
                                 for c in tok.children):
        return False  # "hit back at U.S. criticism", "retaliated with tariffs", "retaliated against Washington"
    back = tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "back"
    return tok.lemma_.lower() == "retaliate" or (back and tok.lemma_.lower() in ("hit", "strike"))


def trigger_of(tok: Token) -> Trigger | None:
    """The event a token announces, if any."""
    lemma, pos = tok.lemma_.lower(), tok.pos_
    if pos == "PROPN":  # headline words the tagger calls proper nouns
        pos = "NOUN" if tok.dep_ in ("compound", "nsubj", "dobj", "pobj") else "VERB"
    if pos == "NOUN" and (tok.dep_ == "attr" and tok.head.lemma_ == "be" or judging(tok)) and lemma in WRONG_NOUNS:
        return Trigger("ACCUSE", "judged")  # "Tusk said the incursion was a provocation", "said the operation
        # constitutes ethnic cleansing"
    if pos == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and lemma in ("step", "milestone", "event",
                                                                                    "moment", "development") \
            and any(c.dep_ == "amod" and c.lemma_.lower() in PRAISE for c in tok.children) and any(
            c.dep_ == "nsubj" and type_of(c) is not None for c in tok.head.children):
        return Trigger("SUPPORT", "judged")  # "Wang Yi said the summit was a positive step": of its parties
    if tok.lower_ in DISMAY and any(c.dep_ == "auxpass" for c in tok.children):
        return Trigger("ACCUSE", "disapprove")  # "said he was gravely alarmed by the use of force", read as a verb
    if pos == "ADJ" and (tok.dep_ in ("acomp", "amod") and tok.head.lemma_ == "be" or tok.dep_ == "amod" and (
            tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be" and tok.head.lower_ == "one")):  # "a politicised one"
        if lemma in DISMAY or lemma in WRONG:
            return Trigger("ACCUSE", "disapprove")
        if lemma in FALSE_WORDS or lemma in OPPOSED:
            return Trigger("REJECT", None)  # "the Kremlin said the decision was meaningless", "is opposed to"
    if pos not in ("VERB", "NOUN"):
        return None
    head = tok.head.lemma_.lower()
    if lemma in ("supply", "sell", "export") and pos == "VERB" and objects_of(tok) & GOODS and not objects_of(tok) & (
            WEAPONS | RELIEF):
        return Trigger("COOPERATE", None)  # "China, which supplies most of North Korea's oil": trade, not aid
    if lemma == "appeal" and pos == "VERB" and any(c.dep_ == "dobj" and (c.lemma_.lower() in APPEALED or c.lower_ in (
            "ruling", "findings")) for c in tok.children):  # ("ruling" is lemmatised "rule")
        return Trigger("REJECT", None)  # "India appealed the WTO panel ruling": rejects the side that won it (§21)
    if lemma in ("licence", "license") and pos == "NOUN" and head in ("issue", "grant", "give", "extend", "renew") \
            and tok.dep_ in ("dobj", "nsubjpass"):
        return Trigger("CONCEDE", None)  # "issued a licence allowing Chevron to resume operations in Venezuela": an
        # exemption from its own sanctions, granted to the sanctioned state (dev23 notes)
    if lemma in ("approve", "endorse", "back", "accept") and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ADMISSIONS and any(k.dep_ == "poss" for k in c.children)
            for c in tok.children):
        return Trigger("SUPPORT", None)  # "foreign ministers approved Syria's return to the League" (GUIDELINES §15)
    if lemma == "sell" and pos == "VERB" and objects_of(tok) & WEAPONS:
        return Trigger("COOPERATE", None)  # "has sold $100 billion of arms to Saudi Arabia": a sale, not aid
    if lemma in ("require", "impose", "introduce") and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("licence", "license", "permit") and any(
                p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in ("export", "import", "shipment")
                                                               for g in p.children) for p in c.children)
            for c in tok.children):
        return Trigger("SANCTION", None)  # "began requiring licences for exports to South Korea": trade curbed
    if lemma == "line" and pos == "NOUN" and any(c.lower_ in ("credit", "swap") or (c.lower_ == "of" and any(
            g.lower_ == "credit" for g in c.children)) for c in tok.children):
        return Trigger("AID", None)  # "extended a $1 billion credit line to Sri Lanka", "three lines of credit"
    if lemma in ("touch", "contact") and pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return Trigger("CONSULT", None)  # "said it was in touch with the Iranian government"
    if lemma == "expect" and tok.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("xcomp", "ccomp") and any(
            a.lower_ == "to" for a in c.children) and (c.dep_ == "xcomp" and any(k.dep_ == "dobj" for k in tok.children)
                                                       or any(k.dep_ == "nsubj" for k in c.children))
            for c in tok.children):
        return Trigger("REQUEST", None)  # "we expect Russia to use its influence on the separatists" (not "he
        # expected Greenlanders to choose partnership": a belief told)
    if lemma in ("put", "place") and pos == "VERB" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lemma_.lower() == "alert" for g in c.children) for c in tok.children):
        return Trigger("MOBILIZE", "troops")  # "Belarusian troops were put on high alert along the border"
    if lemma == "scramble" and pos == "VERB" and objects_of(tok) & (FORCES | {"fighter", "aircraft", "plane"}):
        return Trigger("MOBILIZE", "weapons")  # "South Korea scrambled fighter jets" (at the intruder)
    if lemma in ("sail", "escort", "fly", "steam") and pos == "VERB" and waters_hit(tok) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in FORCES | {"aircraft", "plane", "bomber"} for c in tok.children):
        return Trigger("MOBILIZE", "weapons")  # "coast guard ships escorted fishing boats into Indonesia's
        # exclusive economic zone"
    if lemma in ("phone", "telephone", "line") and pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
            and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in (*tok.children, *tok.head.head.children)):
        return Trigger("CONSULT", "phone")  # "spent those days on the phone to both foreign ministers"
    if pos == "VERB" and (lemma in ("table", "sponsor", "draft", "submit", "circulate", "co-sponsor") or (
            lemma == "put" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "forward" for c in tok.children))) \
            and (any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("draft", "resolution", "text")
                     for c in tok.children) or (tok.dep_ == "acl" and tok.head.lemma_.lower() in ("draft", "resolution",
                                                                                              "text"))):
        return Trigger("SUPPORT", "drafted")  # "Algeria tabled a draft resolution": backs the body's act (GUIDELINES
        # §18), aimed at the body named or the council told before (events.py)
    listed = listing(tok) if pos == "VERB" else None
    if listed is not None:  # "removed South Korea from its list of trusted trading partners", "added 12 Chinese
        return listed       # firms to its Entity List"
    if in_kind(tok):
        return Trigger("ASSAULT", "in kind")  # "Pakistan's air force hit back the next day", "Beijing retaliated":
        # the kind of the act it answers (frames.returned)
    if tok.lower_ in ("hit", "hits", "hitting") and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "back":
        return None  # "Canada, Mexico and EU Hit Back at U.S. Tariffs": a reply, in whatever kind
    if lemma == "stand" and pos == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("with", "behind", "by")
                                                   for c in tok.children):
        return Trigger("SUPPORT", None)  # "The United States stands with its ally", "stood by Kyiv"
    if echoed_call(tok):
        return Trigger("REQUEST", None)  # "urged both to refrain..., a call echoed by the EU": the EU asks the same
    if lemma == "speak" and pos == "VERB" and tok.dep_ == "advcl" and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "to", "by") for c in tok.children):
        return None  # "Speaking in Turkmenistan's capital, Putin said": where he spoke, no one spoken with
    if lemma == "war" and any(c.lower_ in NOT_FOUGHT for c in tok.children):
        return None  # "the biggest such move since the Cold War", "Colombia's trade war with Ecuador": not fighting
    if lemma in ("war", "conflict", "confrontation", "escalation") and (
            tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to") and tok.head.head.lemma_.lower() in FEARED
            or tok.dep_ == "acl" and tok.head.lemma_.lower() in FEARED):  # (the parser's "incitement [to war]")
        return None  # "an incitement to war between Ethiopia and Egypt", "fears of a war": none is fought
    if lemma in ("sign", "ink") and pos == "VERB" and objects_of(tok) & {"statement", "letter", "petition", "law",
                                                                       "bill", "decree", "order", "legislation"} \
            and not _settled_statement(tok):
        return None  # "ten countries signed a joint statement backing the operation", "signed into force a law
        # suspending cooperation with the IAEA": what it says is the event
    if lemma in ("entry", "travel", "access") and any(c.lower_ == "free" and any(
            k.lower_ == "visa" for k in c.children) for c in tok.children) and (
            head in ("grant", "extend", "restore", "offer", "allow", "introduce", "expand", "resume")
            or (tok.dep_ == "ROOT" and any(c.dep_ == "compound" and c.lower_ in ("grants", "extends", "restores",
                                                                                  "offers", "resumes")
                                           for c in tok.children))):
        return Trigger("CONCEDE", None)  # "China extended visa-free entry to citizens of France", "China Restores
        # Visa-Free Entry for Japanese Travellers": a restriction eased
    if lemma in ("requirement", "regime") and any(c.dep_ == "compound" and c.lower_ == "visa" for c in tok.children):
        return Trigger("SANCTION", "discontinue")  # "eased visa requirements for Somali nationals" (an easing
        # retypes it), "imposed a visa regime on Georgians"
    if pos == "NOUN" and (lemma in ("videoconference", "teleconference", "videocall") or (
            lemma in ("conference", "link", "summit", "meeting") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("video", "virtual", "online") for c in tok.children))):
        return Trigger("CONSULT", "phone")  # "the leaders of Russia, China and Iran held a video conference"
    if lemma in ("deliver", "hand") and pos == "VERB" and objects_of(tok) & WORDS_DELIVERED:
        return None  # "delivered a speech in Minsk", "delivered a protest note to China": words, no aid (the note,
        # warning or demarche is its own event)
    if lemma in ("hit", "strike") and pos == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MEASURES for c in tok.children):
        return None  # "the Chinese blockade has also hit German manufacturers": a measure's cost, no attack
    if lemma == "share" and pos == "VERB" and objects_of(tok) & {"border", "frontier", "coastline", "boundary", "sea",
                                                                  "history", "concern", "view", "value", "goal"}:
        return None  # "Brazil, which shares a border with both countries": neighbours, not partners in an act
    if lemma == "leave" and pos == "VERB" and any(c.lower_ == "off" and c.dep_ in ("prt", "prep")
                                                  for c in tok.children):
        return Trigger("SANCTION", "discontinue")  # "the decision to leave Cuba, Venezuela and Nicaragua off the guest
        # list": kept out
    if pos == "VERB" and lemma in ("tell", "urge", "advise", "warn", "ask", "caution") and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in TRAVELLERS or c.tag_ == "NNPS") for c in tok.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("avoid", "travel", "visit", "go", "reconsider")
            for c in tok.children):
        return Trigger("SANCTION", "advisory")  # "China told its citizens to avoid travelling to Japan", "advised
        # Americans not to travel to Venezuela": a travel advisory (GUIDELINES §11)
    if lemma == "tell" and pos == "VERB" and any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")
                                                 for c in tok.children) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return Trigger("REQUEST", None)  # "Trump told Israel not to drop its bombs", "told Caracas to release them"
    if pos == "VERB" and (lemma in ("cancel", "scrap", "scrub") or (lemma == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children))) and objects_of(tok) & SNUBBED:
        return Trigger("PROTEST", "cancelled")  # "called off a planned meeting with Sogavare", "cancelled a visit by
        # Russia's deputy prime minister": a snub (GUIDELINES §13)
    if lemma == "call" and pos == "VERB" and objects_of(tok) & {"meeting", "session", "summit", "vote"} and not any(
            c.dep_ in ("oprd", "attr", "xcomp") for c in tok.children):  # (not "called the vote an act of aggression")
        return Trigger("REQUEST", None)  # "called an open meeting of the U.N. Security Council"
    if lemma == "call":
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"
                 and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)}  # "called on Tuesday"
        if pos == "VERB" and (preps & {"for", "on", "upon"} or any(call_for_clause(c) for c in tok.children)):
            return Trigger("REQUEST", None)  # "called for Russia to withdraw", parsed as a clause
        if pos == "NOUN" and ("for" in preps or any(c.dep_ in ("acl", "relcl") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)):
            return Trigger("REQUEST", None)  # "Caracas's call for direct talks", "calls by the UN to adopt..."
        late = [a for c in tok.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]
        late += [k for a in late for k in a.children if k.dep_ == "conj"]  # "called the move 'unprecedented' and
        # 'illegal'"
        if pos == "VERB" and any(a.lemma_.lower() in WRONG | DISMAY for a in late):
            return Trigger("ACCUSE", "disapprove")  # "called the seizure unacceptable", its adjective misparsed
        if pos == "VERB" and any(c.dep_ in ("oprd", "xcomp", "attr") and c.lemma_.lower() in FALSE_WORDS
                                 for c in [*tok.children, *late]):
            return Trigger("REJECT", None)  # "an allegation Paris called false"
        if any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
            if any(c.dep_ in ("oprd", "attr") and (c.lemma_.lower() in WRONG_NOUNS or any(
                    a.dep_ == "amod" and a.lemma_.lower() in WRONG for a in c.children)) for c in tok.children):
                return Trigger("ACCUSE", "disapprove")  # "in response to what it called Israeli aggression", "what it
                # called an illegal move"
            return None  # "what he called a special military operation": naming, not blaming
        if pos == "VERB" and any(c.dep_ in ("oprd", "xcomp", "attr") and any(t.lemma_.lower() in PRAISE for t in c.subtree)
                                 for c in tok.children):
            return Trigger("SUPPORT", None)  # "called the deal a turning point", "called it a historic decision"
        named = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] + [
            a for c in tok.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]  # "called the
        # raid 'a flagrant violation of international law'", the name hung on the object
        if pos == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in WRONG_NOUNS for c in tok.children):
            return Trigger("ACCUSE", "disapprove")  # "the decision, which it called a breach of the bloc's principles"
        if pos == "VERB" and any(t.lemma_.lower() in BLAME for c in named for t in c.subtree):
            return Trigger("ACCUSE", "disapprove")  # "called the move an act of aggression"
        if pos == "VERB" and any(c.pos_ == "ADJ" and c.lemma_.lower() in WRONG for c in named):
            return Trigger("ACCUSE", "disapprove")  # "Brown called the decision disappointing"
        if pos == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in WRONG_NOUNS and any(
                k.dep_ in ("nmod", "compound") and k.pos_ == "NOUN" for k in c.children) for c in tok.children):
            return Trigger("ACCUSE", "disapprove")  # "called the sanctions 'interference'", the act a modifier
        if named:
            return None  # "called the deployment a mission for humanity": naming, not blaming
        if pos == "VERB" and not any(c.dep_ == "dobj" and _callable(c) for c in tok.children):
            return None  # "a move Venezuela called a provocation": naming, not phoning
        return Trigger("CONSULT", "phone")
    if lemma == "reserve" and pos == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("right", "option")
                                                    for c in tok.children):
        return Trigger("THREATEN", None)  # "reserved the right to respond", "reserves all options"
    if lemma == "order" and pos == "VERB" and any(c.lower_ == "out" for c in tok.children) and objects_of(tok) & (
            ENVOYS | {"diplomat", "ambassador", "attache", "consul", "staff"}):
        return Trigger("SANCTION", "expel")  # "ordering a Canadian diplomat out within five days"
    if lemma in ("hold", "keep") and pos == "VERB" and (objects_of(tok) & HELD_PEOPLE or (
            tok.dep_ == "relcl" and tok.head.lemma_.lower() in HELD_PEOPLE and any(
                c.dep_ == "dobj" and c.lower_ in ("whom", "who", "that") for c in tok.children))):
        return Trigger("COERCE", "detain")  # "an Australian writer whom Chinese authorities have held"
    if lemma in ("have", "keep", "maintain") and pos == "VERB" and objects_of(tok) & FORCES and any(
            c.dep_ == "prep" and c.lower_ == "in" for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
            for c in h.children) and not any(c.dep_ == "xcomp" for c in tok.children):
        return Trigger("COOPERATE", "stationed")  # "France, which has about 1,500 troops in Niger": forces kept in a
        # state with its consent (a show of force where the two are at odds: events.py)
    if lemma in ("have", "maintain", "operate", "host") and pos == "VERB" and objects_of(tok) & BASES:
        return Trigger("COOPERATE", None)  # "has military bases in both countries", "hosts Russia's base"
    if lemma == "keep" and pos == "VERB" and any(c.dep_ in ("xcomp", "oprd", "ccomp") and c.lower_ in (
            "informed", "briefed", "updated", "abreast") for c in tok.children):
        return Trigger("CONSULT", None)  # "Saudi Arabia had kept Washington informed about the talks"
    if lemma == "join" and pos == "VERB" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in (
            "leader", "president", "counterpart", "minister", "premier", "head")) for c in tok.children):
        return Trigger("CONSULT", "visit")  # "is expected to join the two leaders in Khujand"
    if lemma == "protest" and pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(
            c.dep_ == "prep" for c in tok.children):
        return Trigger("PROTEST", "demo")  # "held up a photograph in protest" (not "in protest at the invasion")
    if lemma in ("measure", "step", "action") and pos == "NOUN" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("retaliatory", "reciprocal", "punitive") for c in tok.children):
        return Trigger("SANCTION", None)  # "Brazil will adopt proportional retaliatory measures"
    if lemma == "attack" and pos == "NOUN" and any(c.dep_ == "amod" and c.lower_ in VERBAL_ATTACK for c in tok.children):
        return Trigger("ACCUSE", "disapprove")  # "mounted a sharp attack on India and Russia": words, not force
    if lemma in ("conflict", "confrontation") and pos == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
        return Trigger("ASSAULT", None)  # "the conflict between Cambodia and Thailand began on July 24"
    if lemma in ("summon", "recall") and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("ambassador", "envoy", "diplomat", "ambassadors")
            and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children) for c in tok.children) and (
            lemma == "recall" or any(t.lower_ in ("home", "back", "consultation", "consultations", "from")
                                     for t in tok.subtree if t.i > tok.i)):
        return Trigger("SANCTION", "withdraw")  # "Iran summoned its ambassadors from London for consultations";
        # "lodged a protest with China and summoned its ambassador" is China's ambassador, summoned
    if lemma in ("fly", "airlift") and pos == "VERB" and any(c.lemma_.lower() in CARGO or any(
            g.lemma_.lower() in CARGO for k in c.children if k.dep_ == "prep" and k.lower_ == "of"
            for g in k.children) for c in flown_in(tok)):
        return Trigger("AID", None)  # "Qatar flew rescue teams to Morocco", "planeloads of flour were flown to
        # Lebanon by Jordan": sent, as by "send" (troops flown in are read as sent troops are)
    if lemma in ("arrive", "land", "reach", "cross", "dock") and pos == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CARRIERS | CONSIGNMENTS and things([c]) & (RELIEF | {"aid"})
            for c in tok.children):
        return Trigger("AID", "arrived")  # "planes loaded with supplies from Iran landed in Kabul", "trucks carrying
        # food sent by Pakistan crossed into Afghanistan", "the first aid shipment from Turkey reached Syria"
    if lemma in ("travel", "fly", "arrive") and pos == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") and (c.lemma_.lower() in PROJECTILES | WEAPONS | {
                "aircraft", "plane", "jet", "helicopter", "ship", "vessel", "balloon", "debris", "bomber", "fighter",
                "warplane", "warship"} or any(
                g.lemma_.lower() in PROJECTILES | {"aircraft"} for g in c.children if g.dep_ == "pobj"))
            for c in [*tok.children, *(k for c in tok.children if c.dep_ == "agent" for k in c.children)]):
        return None  # "the missile travelled 4,600 km", "military aircraft flew supplies", "bombers flew over the Sea
        # of Japan": no visit
    if lemma == "fire" and pos == "VERB" and any(t.lemma_.lower() == "shot" and t.i > 0 and t.nbor(-1).lower_ == "warning"
                                                 for t in tok.subtree):
        return Trigger("MOBILIZE", None)  # "fired warning shots at a Russian military aircraft": force shown, not used
    if lemma in ("arrive", "land") and pos == "VERB":
        subject = [c for c in tok.children if c.dep_ == "nsubj"]
        heads = subject + [g for c in subject[:1] if c.pos_ == "NUM" or c.lemma_.lower() in ("hundred", "thousand", "dozen")
                           for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        named = {h.lemma_.lower() for h in heads} | {c.lemma_.lower() for h in heads for c in h.children
                                                     if c.dep_ == "compound"}  # "hundreds of police officers"
        if named & (FORCES | {"personnel", "paratrooper", "instructor"}):
            return Trigger("MOBILIZE", "troops")  # "Russian military personnel arrived in Ouagadougou", "Kenyan police
            # officers landed in Haiti"
        if lemma == "land":
            return None
        if subject and (subject[0].pos_ == "NOUN" or any(c.dep_ == "nummod" for c in subject[0].children)) and \
                subject[0].lemma_.lower() not in ENVOYS | {
                "leader", "president", "minister", "premier", "official", "chancellor", "secretary", "king"}:
            return None  # "five Americans freed by Iran arrived in Qatar": no visit
    if lemma in ("investigation", "probe") and pos == "NOUN" and (
            any(c.lower_ == "joint" for c in tok.children) or tok.head.lower_ == "on"):
        return None if tok.head.lower_ == "on" else Trigger("COOPERATE", None)  # "joint investigations"
    if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "about") and \
            tok.head.head.lemma_.lower() in TALK_NOUNS:
        return None  # "negotiations on a trade agreement": the topic, not an agreement made
    if lemma == "ask" and tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in tok.children):
        return None  # "Asked whether Moscow would help, Putin said...": a question put to him
    if lemma == "declare" and pos == "VERB" and any(t.lower_ in ("persona", "grata") for t in tok.subtree):
        return Trigger("SANCTION", "expel")  # "declared the Mexican ambassador persona non grata"
    if lemma == "welcome" and pos == "VERB" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in (
            "leader", "president", "counterpart", "minister", "premier", "king", "delegation")) for c in tok.children):
        return Trigger("CONSULT", "visit")  # "Putin welcomed Kim Jong Un at the cosmodrome": a host meets a guest
    if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.lower_ in (
            "out", "away") and lemma in MEETINGS:
        return None  # "stayed away from Hungarian-hosted meetings": the meeting left is no meeting of the leaver
    if tok.lower_ == "up" and pos == "NOUN" and any(c.lower_ == "build" for c in tok.children):
        return Trigger("MOBILIZE", "troops")  # "the American naval build-up off Venezuela"
    if lemma == "game" and any(c.lower_ == "war" for c in tok.children):
        return Trigger("MOBILIZE", "troops")
    if lemma in ("tie", "relation") and pos == "NOUN":
        verb = head if tok.dep_ == "dobj" else ""
        if verb in TIES_UP:
            return Trigger("SUPPORT", None)
        if verb in TIES_DOWN:
            return Trigger("SANCTION", "discontinue")
        return None
    if lemma == "help" and pos == "VERB" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("facilitate", "broker", "mediate")
                                                 for c in tok.children):
        return None  # "helped facilitate the ceasefire": a go-between, no support for either side
    if lemma in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_.lower() == "rule" and any(
            k.lower_ == "out" for k in c.children) for c in tok.children):
        return None  # "refused to rule out the use of force": the threat is read on "rule out" (phrasal.py)
    if lemma in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT and not any(
            k.lower_ == "sorry" for k in c.children) for c in tok.children):
        return None  # "declined to comment" is no rejection ("refused to say sorry" is)
    if pos == "NOUN" and tok.dep_ == "compound" and load_triggers().get((tok.head.lemma_.lower(), "NOUN")):
        return None  # "border patrol deal": the head noun is the event
    if lemma in ("order", "tell", "give") and pos == "VERB" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING | {"withdraw"} for c in tok.children):
        return sent_away(tok)  # "ordered French troops to leave the country"
    if lemma in ("give", "grant") and pos == "VERB" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CLEARANCES or (c.lower_ == "light" and any(
                k.lower_ == "green" for k in c.children))) and (any(d.dep_ == "dative" for d in tok.children) or any(
                k.dep_ == "compound" and k.pos_ == "PROPN" for k in c.children)) for c in tok.children):
        return Trigger("CONCEDE", None)  # "Paris gave us clearance", "granted China permission to dock": a
        # permission the other side asked for
    if lemma == "give" and pos == "VERB" and any(c.dep_ == "dative" for c in tok.children) and any(
            t.lemma_.lower() in RELIEF | WEAPONS | GOODS | GIFTS for g in given(tok) for t in g.subtree
            if g.i != tok.head.i or not tok.left_edge.i <= t.i <= tok.right_edge.i):  # (not the clause itself)
        return Trigger("AID", None)  # "Beijing has given Nepal 1,000 tonnes of petrol", "the fuel China gave Nepal"
    if lemma == "give" and pos == "VERB" and any(c.dep_ == "dative" for c in tok.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("notice", "notification", "heads-up") for c in tok.children):
        return Trigger("CONSULT", None)  # "Iran had given Washington early notice" of the strike (GUIDELINES §10)
    if lemma == "give" and pos == "VERB" and any(c.dep_ == "dative" for c in tok.children) and any(
            t.lemma_.lower() in LEAVING for c in tok.children if c.dep_ == "dobj" for t in c.subtree):
        return sent_away(tok)  # "giving Venezuelan diplomats 72 hours to leave the country"
    if lemma == "give" and pos == "VERB" and (any(
            c.lemma_.lower() in DEADLINES and any(k.dep_ in ("relcl", "acl") and any(a.lower_ == "to" for a in k.children)
                                                   for k in c.children) for c in tok.children) or (
            any(c.dep_ == "npadvmod" and c.lemma_.lower() in DEADLINES for c in tok.children)
            and any(c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children) for c in tok.children))):
        if any(t.lemma_.lower() in LEAVING and t.i > tok.i for t in tok.subtree):
            return sent_away(tok)  # "gave the French ambassador 48 hours to leave"
        return Trigger("REQUEST", None)  # an ultimatum: "gave Niger's junta one week to reinstate Bazoum" (the
        # purpose hung on the deadline or, misparsed, on the verb)
    if lemma in ("case", "petition", "suit", "complaint", "lawsuit") and pos == "NOUN" and any(
            c.dep_ == "poss" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "against"
                                                             for c in tok.children):
        return Trigger("ACCUSE", "allege")  # "South Africa's genocide case against Israel at the ICJ"
    if lemma in ("case", "petition", "suit", "complaint", "lawsuit") and pos == "NOUN" and (
            head in ("file", "bring", "lodge", "launch") or any(  # "filed a case against Israel", "the case that
                c.dep_ == "relcl" and c.lemma_.lower() in ("file", "bring", "lodge", "launch") for c in tok.children)):
        return Trigger("ACCUSE", "allege")  # Sudan had brought against the Emirates"
    tools = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    tools += [g for c in tok.children if c.dep_ == "dobj" for k in c.children if k.dep_ == "prep" and k.lower_ == "with"
              for g in k.children]  # "targeted Philippine vessels with water cannons", however the parser hung it
    if lemma == "use" and pos == "NOUN" and any(t.lemma_.lower() == "cannon" and any(g.lower_ == "water" for g in t.children)
                                                for p in tok.children if p.lower_ == "of" for t in p.children):
        return Trigger("COERCE", None)  # "its coast guard's use of water cannons"
    if tok.lower_ in ("fire", "fires", "fired", "firing", "uses", "used") and tok.i + 2 < len(tok.doc) and \
            tok.nbor(1).lower_ == "water" and tok.nbor(2).lower_ in ("cannon", "cannons"):
        return Trigger("COERCE", None)  # "Chinese Coast Guard Fires Water Cannon at Philippine Boat", however parsed
    if pos == "VERB" and any(t.lemma_.lower() == "cannon" and any(g.lower_ == "water" for g in t.children) for t in tools):
        return Trigger("COERCE", None)  # "fired water cannon at a Philippine boat": harassment, not an assault
    if pos == "VERB" and lemma in ("aim", "point", "direct", "shine", "use") and any(
            t.lemma_.lower() == "laser" for t in tools):
        return Trigger("COERCE", None)  # "aimed a military-grade laser at a Philippine vessel": harassment too
    if lemma == "meet" and pos == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in (
            "border", "boundary", "frontier", "line", "river", "road", "railway", "pipeline") for c in tok.children):
        return None  # "the point where the three countries' borders meet"
    if lemma == "intercept" and pos == "VERB" and objects_of(tok) & {"aircraft", "plane", "jet", "bomber", "fighter",
                                                                   "warplane", "helicopter", "drone"}:
        return Trigger("MOBILIZE", None)  # "scrambled jets to intercept Chinese drones": force shown, nothing seized
    if lemma in ("shoot", "down", "intercept", "destroy") and pos == "VERB" and (
            lemma != "shoot" or any(c.lower_ == "down" for c in tok.children)) and objects_of(tok) & INCOMING:
        return None  # "help shoot down incoming Russian airstrikes", "intercepted the drones": defence, not an attack
    if lemma in ("fight", "combat", "tackle") and any(t.lemma_.lower() in SCOURGES for c in tok.children
                                                        if c.dep_ in ("dobj", "prep") for t in c.subtree):
        return None  # "working together on fighting drug trafficking", "the fight against terrorism": no foe named
    if lemma in ("killing", "massacre", "shooting") and pos == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return Trigger("ASSAULT", None)  # "the killings of Afghan civilians by its special forces"
    if lemma == "operation" and pos == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the operation of the Russian consulate": its running, not a military operation
    if lemma == "fire" and pos == "NOUN" and any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.lemma_.lower() in BLAZES
                                                 for c in tok.children):
        return None  # "the Warsaw mall fire", "a forest fire": a blaze, not gunfire
    if lemma in ("launch", "fire") and pos == "VERB" and objects_of(tok) & PROJECTILES:
        return Trigger("ASSAULT", None)  # "launched missiles at Israel"
    if lemma == "receive" and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WEAPONS | RELIEF | {"jet", "loan", "grant", "aircraft"}
            for c in tok.children):
        return Trigger("AID", "received")  # "Ukraine received F-16s from Denmark": Denmark gave
    if lemma == "support" and pos == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in MATERIAL
                                                    for c in tok.children):
        return Trigger("AID", None)  # "50 billion euros of financial support for Ukraine": material help
    if lemma in ("measure", "restriction", "penalty") and pos == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "against" and any(g.pos_ == "PROPN" for g in c.children)
            for c in tok.children):  # not "control measures against Philippine vessels"
        return Trigger("SANCTION", "discontinue")  # "new measures against Minsk", "economic measures against"
    if lemma in REMARK_NOUNS and pos == "NOUN" and any(
            c.dep_ == "amod" and c.lemma_.lower() in SCORNFUL for c in tok.children):
        return Trigger("ACCUSE", "disapprove")  # "posted derogatory remarks about Prime Minister Narendra Modi"
    if lemma in ("withdraw", "recall", "pull") and pos == "VERB" and (objects_of(tok) & (ENVOYS | {
            "diplomat", "ambassador"}) or any(
            c.dep_ == "dobj" and any(a.lower_ == "diplomatic" for a in c.children) for c in tok.children)):
        return Trigger("SANCTION", "withdraw")  # "withdrawing its own diplomatic staff from the seven countries"
    if lemma in ("withdraw", "revoke", "strip", "suspend") and pos == "VERB" and objects_of(tok) & {"status",
                                                                                                  "privilege"}:
        return Trigger("SANCTION", "discontinue")  # "withdrew Pakistan's most-favoured-nation trade status"
    if lemma in ("offer", "express", "send", "convey", "extend") and pos == "VERB" and objects_of(tok) & {
            "condolence", "condolences", "sympathy", "sympathies"}:
        return Trigger("SUPPORT", None)  # "offered his condolences over the bombing": sympathy, not a promise
    if lemma in ("endorse", "adopt", "approve") and pos == "VERB" and len(subjects_of(tok)) > 1 and \
            _joint_text(tok):  # "the four leaders endorsed a set of common conclusions": agreed among them
        return Trigger("AGREE", None)
    if lemma == "endorse" and pos == "VERB" and any(c.dep_ == "dobj" and type_of(c) == "AGREE" for c in tok.children):
        return None  # "whose cabinet endorsed the agreement": the agreement, carried by the verb, is the event
    if lemma == "raid" and any(t.lemma_.lower() in ("police", "agent", "investigator", "officer", "prosecutor")
                               for c in tok.children if c.dep_ in ("nsubj", "agent", "compound", "amod", "prep")
                               for t in c.subtree):
        return Trigger("COERCE", "seize")  # "Azerbaijani police raided the Baku office of Sputnik": a search and
        # seizure, not an armed attack
    if lemma == "clash" and pos == "VERB" and any(c.dep_ == "prep" and c.lower_ == "over" for c in tok.children) and \
            not any(t.lemma_.lower() in FORCES | {"army", "military", "police", "guard", "fighter", "militant"}
                    for c in tok.children if c.dep_ in ("nsubj", "prep") for t in c.subtree):
        return None  # "Petro, who has clashed with Trump over migration", "the United States and China clashed
        # over trade": a quarrel between governments, no fighting (not "troops clashed over a ridge")
    if lemma == "retaliate" and pos == "VERB" and tok.dep_ in ("advcl", "conj") and type_of(tok.head) not in (
            None, "ASSAULT"):
        return None  # "would expel 60 American diplomats..., retaliating against the United States": the expulsion
        # is the retaliation, no attack
    if lemma in SPEAKING_TO and pos == "VERB" and objects_of(tok) & (GATHERINGS if lemma == "address" else BODIES_TOLD):
        return Trigger("CONSULT", None)  # "addressed a meeting of the OIC", "told the council that..." (§21; not
        # "told parliament", "told a news conference")
    if lemma == "shake" and pos == "VERB" and objects_of(tok) & {"hand", "hands"}:
        return Trigger("CONSULT", "visit")  # "Japarov and Rahmon shook hands in Samarkand": they met
    if lemma == "hand" and pos == "VERB" and any(c.dep_ == "prt" and c.lower_ == "back" for c in tok.children) or (
            lemma == "hand" and pos == "VERB" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
            and any(c.dep_ == "dobj" and (c.lemma_.lower() in CAPTIVES or any(
                k.lower_ in ("captured", "detained", "seized", "abducted") for k in c.children))
                for c in tok.children)):
        return Trigger("RETREAT", "release")  # "Pakistan handed back (handed over) a captured Indian pilot"
    if lemma == "cut" and pos == "VERB" and any(c.lower_ == "short" for c in tok.children):
        return None  # "cut short a visit to Davos": a trip ended early, no ties cut
    if lemma in ("enter", "violate", "breach", "penetrate", "intrude", "cross") and pos == "VERB" and (
            objects_of(tok) | {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"
                               for g in c.children}) & {"airspace", "waters", "identification", "adiz"}:
        return Trigger("MOBILIZE", None)  # "a Russian fighter jet entered Estonia's airspace" (GUIDELINES §13), "its
        # air defence identification zone"
    if lemma in TRIMMING and pos == "VERB" and objects_of(tok) & LEVIES:
        return Trigger("CONCEDE", None)  # "will cut tariffs on European cars", "the levy would be halved": eased
    if lemma == "accept" and pos == "VERB" and objects_of(tok) & {"ambassador", "envoy", "credential"}:
        return Trigger("SUPPORT", None)  # "accepted an Afghan ambassador": recognition of its government
    if lemma == "seek" and pos == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "have sought to mediate in Venezuela's crises": an aim, told by the verb it governs
    if lemma == "grant" and pos == "VERB" and objects_of(tok) & {"status", "membership", "recognition"}:
        return Trigger("SUPPORT", None)  # "granted candidate status to Georgia"
    if lemma == "protest" and pos == "VERB":
        return Trigger("ACCUSE", "disapprove")  # a government protesting is disapproval, not a street protest
    if lemma == "control" and pos == "NOUN" and (any(c.lower_ in ("export", "import") for c in tok.children) or (
            head in ("tighten", "impose", "toughen", "expand") and tok.dep_ == "dobj")):
        return Trigger("SANCTION", "discontinue")  # "imposed export controls on gallium", "tightened controls on"
    if lemma == "withdraw" and pos == "VERB" and objects_of(tok) & COMPLAINTS:
        return Trigger("RETREAT", None)  # "withdrew a complaint it had filed at the WTO": no exit from the WTO
    if lemma in ("suspend", "pause", "freeze") and pos == "VERB" and objects_of(tok) & COMPLAINTS:
        return Trigger("CONCEDE", None)  # "suspended its WTO case": an easing towards the accused (GUIDELINES §21)
    if lemma in ("swap", "exchange") and pos == "VERB" and objects_of(tok) & {"ambassador", "envoy"}:
        return Trigger("SUPPORT", None)  # "Tehran and Riyadh exchanged ambassadors": relations restored
    if lemma in ("swap", "exchange") and pos == "VERB" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CAPTIVES or any(g.lemma_.lower() in CAPTIVES for g in c.subtree))
            for c in tok.children):
        return Trigger("RETREAT", "release")  # "Russia, Ukraine swap hundreds of prisoners"
    if lemma in ("ceasefire", "truce") and pos == "NOUN" and tok.dep_ == "dobj" and head in ("declare", "announce"):
        return Trigger("CONCEDE", None)  # a declared ceasefire is a concession (PLOVER)
    if lemma in ("objection", "veto", "opposition", "block") and pos == "NOUN" and tok.dep_ == "dobj" and head in (
            "drop", "lift", "withdraw", "abandon", "end"):
        return Trigger("CONCEDE", None)  # "dropped its objection to North Macedonia's membership"
    if lemma == "host" and pos == "VERB" and objects_of(tok) & (FORCES | DRILLS | {"base", "garrison", "facility",
                                                                                  "installation"}):
        return Trigger("COOPERATE", None)  # "Baghdad hosts American troops": military cooperation, not a visit
    if pos == "NOUN" and background(tok):
        return None  # "years after the U.S. invasion of Iraq", "the anniversary of the bombing": history, not news
    if lemma in RESPONSES and pos == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return Trigger("THREATEN", None, now=True)  # "said it would respond to what it called an unfriendly step"
    if lemma in ("countermeasure", "measure", "step", "action") and pos == "NOUN" and tok.dep_ == "dobj" and \
            head in ("take", "adopt") and future(tok.head) and (lemma == "countermeasure" or any(
                t.lemma_.lower() in RESPONSES | {"counter", "safeguard", "protect", "retaliate"} for t in tok.head.subtree)):
        return Trigger("THREATEN", None, now=True)  # "said it would take countermeasures", "take measures to respond"
    base = load_triggers().get((lemma, "VERB"))
    phrasal = phrasal_trigger(tok, lemma, pos, base.type if base else None)
    if phrasal is not None:
        return Trigger(*phrasal) if phrasal else None  # () when the phrase tells nothing
    if lemma == "work" and pos == "VERB" and any(c.lower_ == "together" for c in tok.children):
        return Trigger("COOPERATE", None)  # "the two governments would work together on security"
    if lemma == "work" and pos == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children) for c in tok.children):
        return Trigger("COOPERATE", None)  # "ready to work with Turkey on its defence"
    if lemma in ("closure", "shutdown", "closing") and pos == "NOUN" and any(
            g.lemma_.lower() in CLOSABLE for c in tok.children if c.lower_ == "of" for g in c.children):
        return Trigger("SANCTION", "discontinue")  # "ordered the closure of the U.S. consulate"
    if lemma in ("keep", "leave") and pos == "VERB" and objects_of(tok) & CLOSABLE and any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.lower_ in ("closed", "shut", "sealed") for c in tok.children):
        return Trigger("SANCTION", "discontinue")  # "has kept its border crossings with Cambodia closed"
    if lemma in ("close", "shut", "seal") and pos == "VERB" and objects_of(tok) & CLOSABLE:
        return Trigger("SANCTION", "discontinue")  # "closed its border crossings with Belarus", "shut the embassy"
    if lemma == "consultation" and tok.head.lower_ == "for":
        return None  # "recalled its ambassador for consultations": a reason, not a meeting
    if lemma == "concern" and pos == "NOUN" and tok.dep_ == "dobj" and head in CONCERN_CARRIERS:
        return Trigger("ACCUSE", "disapprove")  # "expressed concern", "raised concerns with Delhi"
    if lemma == "regret" and pos == "NOUN" and tok.dep_ == "dobj" and head in CONCERN_CARRIERS and any(
            c.dep_ == "prep" and c.lower_ in ("at", "over") for c in (*tok.children, *tok.head.children)):
        return Trigger("ACCUSE", "disapprove")  # "expressed deep regret at the decisions of Riyadh" (not "for")
    if tok.lower_ in ("representations", "demarche", "démarche") and pos == "NOUN" and head in (
            DIPLOMATIC_PROTEST_CARRIERS | {"make"}):
        return Trigger("ACCUSE", "disapprove")  # "lodged stern representations with Washington", "delivered a
        # demarche": a diplomatic protest
    if lemma == "protest" and pos == "NOUN" and (head in DIPLOMATIC_PROTEST_CARRIERS or (
            tok.dep_ == "compound" and head in ("note", "letter", "message", "demarche"))):
        return Trigger("ACCUSE", "disapprove")  # "lodged a protest", "sent Quito a protest note": diplomatic
    if lemma == "force" and pos == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in tok.children):
        return Trigger("COERCE", "seize")  # "police forced their way into the Mexican embassy"
    if lemma in ("leave", "depart") and pos == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ == "GPE" for g in c.children) for c in tok.children):
        return Trigger("CONSULT", "visit")  # "Tsai left Taipei on Wednesday for Guatemala": a trip abroad
    if lemma in ("exit", "quit", "leave") and tok.dep_ == "xcomp" and head in ("order", "tell", "give", "ask", "force"):
        return None  # "ordered diplomats to leave": the order is the act
    if lemma in ("exit", "quit", "leave"):
        return Trigger("SANCTION", "withdraw")  # from an organisation; RETREAT when leaving a country
    if lemma == "attend":
        return Trigger("CONSULT", "multilateral")
    if lemma == "blame" and (head in RECIPROCAL_VERBS or any(c.lemma_.lower() in RECIPROCAL_VERBS for c in tok.children)):
        return Trigger("ACCUSE", "allege")
    if pos == "VERB" and lemma in POSITION_VERBS and objects_of(tok) & (FORCES | WEAPONS | POSTS):
        return Trigger("MOBILIZE", "weapons")  # "moved missile launchers close to the border"
    if pos == "VERB" and lemma in SEND_VERBS:
        objects = objects_of(tok)
        if objects & FORCES and not objects & (RELIEF - {"team", "expert", "doctor", "medic"}):
            return Trigger("MOBILIZE", "troops")  # (not "sent navy ships carrying relief supplies": aid)
        if objects & (WEAPONS | RELIEF) or any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lower_ in ("$", "million", "billion"))
                                    for c in tok.children):
            return Trigger("AID", None)
        if objects & ENVOYS:
            return Trigger("CONSULT", "visit")  # "plans to send a delegation to Pyongyang"
        if objects & GOODS:
            return Trigger("COOPERATE", None)  # "began sending crude oil to Germany"
        if objects & HANDED_OVER:
            return Trigger("COOPERATE", None)  # "sent 29 suspected traffickers to the United States"
        return None
    if lemma in ("target", "hit", "retaliate", "respond") and pos == "VERB":
        with_noun = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        with_noun += [g for t in tok.subtree if t.lower_ == "with" and t.dep_ == "prep" for g in t.children]
        for noun in with_noun:  # "targets Venezuelan oil with sanctions": the type of what hits
            trig = load_triggers().get((noun.lemma_.lower(), "NOUN"))
            if trig is not None:
                return trig
        if lemma == "retaliate":  # "retaliates against U.S. tariffs": in kind
            against = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children]
            kinds = [load_triggers().get((g.lemma_.lower(), "NOUN")) for g in against]
            if any(k is not None and k.type == "SANCTION" for k in kinds):
                return Trigger("SANCTION", "discontinue")
    return load_triggers().get((lemma, pos)) or load_triggers().get((tok.lower_, pos))
