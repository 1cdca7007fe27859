"""Events: a spaCy component that finds PLOVER events between the actors of each sentence.

In: a parsed Doc with `doc._.mentions` (kg_actors) and `doc._.published`.
Out: `doc._.events`, a list of kg.model.Event with trigger, sentence and character offsets.
Who did what to whom comes from the dependency parse: subjects, passive agents, objects,
prepositions by event type, possessives and compounds of nominal triggers ("U.S. strikes",
"China's Taiwan war games"), light verbs ("imposed sanctions on", "held a call"), conjunctions
(lists expand), pronouns and "the two leaders" resolved against earlier mentions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import Mention
from kg.extract.dates import resolve_date
from kg.extract.modality import modality
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None


def load_triggers() -> dict[tuple[str, str], Trigger]:
    """(lemma, "VERB"|"NOUN") -> Trigger, from patterns/triggers.jsonl."""
    table: dict[tuple[str, str], Trigger] = {}
    text = resources.files("kg.extract").joinpath("patterns/triggers.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        for pos in (("VERB", "NOUN") if row["pos"] == "ANY" else (row["pos"],)):
            table[(row["lemma"], pos)] = Trigger(row["type"], row.get("mode"))
    return table


# Verbs that carry a nominal trigger: "imposed sanctions", "held talks", "launched strikes".
LIGHT_VERBS = {
    "impose", "hold", "conduct", "launch", "carry", "stage", "reach", "have", "make", "announce",
    "order", "approve", "level", "slap", "unveil", "begin", "start", "continue", "resume", "join",
    "open", "seal", "strike", "broker", "finalize", "finalise", "complete", "near", "weigh",
    "propose", "plan", "consider", "mount", "step", "expand", "extend", "renew", "escalate",
    "intensify", "sign", "agree", "conclude", "initiate", "authorize", "authorise", "give", "get",
    "take", "issue", "pursue", "enter", "arrange", "schedule", "trade", "exchange", "host", "lead",
    "deliver", "provide", "send", "offer", "pledge", "announce", "unleash", "perform", "wage",
    "maintain", "keep", "tighten", "toughen", "broaden", "widen", "execute", "do", "seek", "eye",
    "mull", "hail", "accept", "announce", "complete", "finish", "secure", "win", "pass", "adopt",
    "lodge", "file", "register", "voice", "express", "establish", "restore", "upgrade", "normalize",
    "normalise", "cut", "sever", "break", "downgrade", "freeze", "end",
}
# Light verbs that change the type of the noun they carry.
RETYPE = {"lift": ("RETREAT", None), "ease": ("CONCEDE", None), "relax": ("CONCEDE", None),
          "loosen": ("CONCEDE", None), "waive": ("CONCEDE", None), "suspend": ("CONCEDE", None),
          "drop": ("RETREAT", None), "remove": ("RETREAT", None)}
RECIPROCAL_VERBS = {"trade", "exchange"}
# "established diplomatic ties", "severed relations"
TIES_UP = {"establish", "restore", "upgrade", "normalize", "normalise", "resume", "renew", "strengthen", "deepen", "open"}
TIES_DOWN = {"cut", "sever", "break", "downgrade", "suspend", "freeze", "end", "rupture"}
# Types whose complement is only said, not done: the content is not coded.
CONTENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT"}
# Prepositions that introduce a target, by type ("*" for all).
TARGET_PREPS = {
    "*": {"against", "on", "to", "toward", "towards", "at", "upon"},
    "CONSULT": {"with", "between", "to", "in"},
    "AGREE": {"with", "between"},
    "COOPERATE": {"with", "between"},
    "SUPPORT": {"for", "behind", "to", "of"},
    "AID": {"to", "for"},
    "ASSAULT": {"in", "into", "of", "inside", "across"},
    "MOBILIZE": {"near", "around", "in", "along", "off", "into", "toward", "towards", "to"},
    "COERCE": {"of", "from", "in"},
    "SANCTION": {"from", "of"},
    "RETREAT": {"from", "of"},
    "ACCUSE": {"of"},
    "REQUEST": {"from"},
}
COMPLEMENT_PREPS = {"with", "to", "on", "against", "from", "for", "toward", "towards", "at", "into", "upon"}
ARG_DEPS = {"compound", "amod", "nmod", "poss", "conj", "appos", "det", "case", "nummod", "cc", "punct", "quantmod"}
PLURAL_GROUPS = {"leader", "country", "nation", "government", "side", "capital", "neighbour",
                 "neighbor", "state", "president", "party", "ally", "power", "administration"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
STATE_PRONOUNS = {"it", "its", "they", "them", "their"}
ACCUSATION_NOUNS = {"claim", "allegation", "accusation", "charge", "assertion", "criticism"}


class EventFinder:
    """Finds events between state-level actors in each sentence."""

    def __init__(self) -> None:
        self.triggers = load_triggers()

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.mentions or []
        by_token = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token[i] = m
        events: list[Event] = []
        for sent in doc.sents:
            if not any(m.start >= sent.start and m.end <= sent.end for m in mentions):
                continue
            for tok in sent:
                trig = self._trigger(tok)
                if trig is None or tok.i in by_token:
                    continue
                events.extend(self._events(doc, sent, tok, trig, mentions, by_token, events))
        doc._.events = events
        return doc

    # -- triggers ---------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> Trigger | None:
        lemma, pos = tok.lemma_.lower(), tok.pos_
        if pos == "PROPN":  # headline words the tagger calls proper nouns
            pos = "NOUN" if tok.dep_ in ("compound", "nsubj", "dobj", "pobj") else "VERB"
        if pos not in ("VERB", "NOUN"):
            if pos == "AUX" or pos == "ADJ":
                return None
            return None
        if lemma == "call":
            preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
            if pos == "VERB" and ("for" in preps or "on" in preps):
                return Trigger("REQUEST", None)
            if pos == "VERB" and any(c.dep_ == "oprd" for c in tok.children):
                return Trigger("ACCUSE", "disapprove")
            return Trigger("CONSULT", "phone")
        if lemma == "game" and any(c.lower_ == "war" for c in tok.children):
            return Trigger("MOBILIZE", "troops")
        if lemma in ("tie", "relation") and pos == "NOUN":
            verb = tok.head.lemma_.lower() if tok.dep_ == "dobj" else ""
            if verb in TIES_UP:
                return Trigger("SUPPORT", None)
            if verb in TIES_DOWN:
                return Trigger("SANCTION", "discontinue")
            return None
        if lemma == "protest" and tok.head.lemma_.lower() in ("lodge", "file", "register", "deliver", "send", "issue"):
            return Trigger("ACCUSE", "disapprove")
        if lemma in ("exit", "quit", "leave"):
            return Trigger("SANCTION", "withdraw")
        if lemma == "attend":
            return Trigger("CONSULT", "multilateral")
        if lemma == "blame" and tok.head.lemma_ in RECIPROCAL_VERBS:
            return Trigger("ACCUSE", "allege")
        if lemma in ("withdraw", "pull") and self._from_org(tok):
            return Trigger("SANCTION", "withdraw")
        trig = self.triggers.get((lemma, pos)) or self.triggers.get((tok.lower_, pos))
        if trig and trig.type == "ASSAULT" and lemma == "strike" and tok.head.lemma_ in ("deal",):
            return None
        return trig

    @staticmethod
    def _from_org(tok: Token) -> bool:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.subtree:
                    if obj.ent_type_ == "ORG" or obj.lower_ in ("un", "nato", "who", "organization", "organisation", "organizations", "treaty", "accord", "agreement"):
                        return True
        return False

    # -- arguments --------------------------------------------------------------------------
    def _events(self, doc, sent, tok, trig, mentions, by_token, found_so_far) -> list[Event]:
        type_, mode = trig.type, trig.mode
        predicate = tok
        sources: list[Mention] = []
        targets: list[Mention] = []
        reciprocal = False
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.dep_ != "ROOT"):
            # a nominal trigger: its own modifiers, then the verb that carries it
            if _suppressed_content(tok, self):
                return []
            poss = [m for c in tok.children if c.dep_ == "poss" for m in self._actors(doc, c, by_token, mentions)]
            mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                    for m in self._actors(doc, c, by_token, mentions)]
            agents = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children for m in self._actors(doc, g, by_token, mentions)]
            targets = self._prep_targets(doc, tok, type_, by_token, mentions)
            carrier = _carrier(tok)
            subjects: list[Mention] = []
            if carrier is not None:
                predicate = carrier
                lemma = carrier.lemma_.lower()
                if lemma in RETYPE and tok.dep_ == "dobj":
                    type_, mode = RETYPE[lemma]
                reciprocal = lemma in RECIPROCAL_VERBS
                subjects = self._subjects(doc, carrier, by_token, mentions)
            if poss or agents:
                sources = poss or agents
                targets = targets or mods
            elif subjects:
                sources = subjects
                targets = targets or mods
            else:
                sources = mods
            if carrier is not None and not targets:
                targets = self._prep_targets(doc, carrier, type_, by_token, mentions)
                targets += [m for c in carrier.children if c.dep_ == "dative"
                            for m in self._actors(doc, c, by_token, mentions)]
            if sources and not targets and type_ in ("ASSAULT", "COERCE", "SANCTION"):
                targets = self._victim_subject(doc, tok, by_token, mentions, sources)
        else:
            if _suppressed_content(tok, self):
                return []
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            if passive:
                targets = [m for c in tok.children if c.dep_ == "nsubjpass"
                           for m in self._actors(doc, c, by_token, mentions)]
                sources = [m for c in tok.children if c.dep_ == "agent"
                           for g in c.children for m in self._actors(doc, g, by_token, mentions)]
            else:
                sources = self._subjects(doc, tok, by_token, mentions)
                targets = [m for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                           for m in self._actors(doc, c, by_token, mentions)]
            targets += self._prep_targets(doc, tok, type_, by_token, mentions)
            if not targets:  # "threatened further action against Russia"
                for c in tok.children:
                    if c.dep_ == "dobj" and c.i not in by_token:
                        targets += self._prep_targets(doc, c, type_, by_token, mentions)
            if not targets:  # "threatened to break relations with Russia", "offered to hand over to Britain"
                targets = self._complement_targets(doc, tok, sources, by_token, mentions)
            if type_ == "REJECT":
                targets = targets or self._accuser(doc, tok, sources, found_so_far)
        negated, hypothetical = modality(tok, predicate)
        return self._pairs(doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal)

    def _pairs(self, doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal):
        sources = _state_level(sources)
        targets = _state_level(targets)
        pairs: list[tuple[Mention, Mention]] = []
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
        elif len(sources) > 1 and (type_ in SYMMETRIC_TYPES or reciprocal):
            codes = _distinct(sources)
            pairs = [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]
            if reciprocal:
                pairs += [(b, a) for a, b in pairs]
        elif not sources and len(targets) > 1 and type_ in SYMMETRIC_TYPES:
            codes = _distinct(targets)
            pairs = [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]
        out = []
        published = doc._.published
        date, precision = _event_date(sent, tok, published)
        for s, t in pairs:
            if s.code == t.code or not s.code or not t.code:
                continue
            out.append(Event(
                source=s.code, target=t.code, type=type_, mode=mode, date=date, date_precision=precision,
                negated=negated, hypothetical=hypothetical, confidence=0.8 if not hypothetical else 0.6,
                sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                source_actor=s.actor.id if s.actor.kind == "person" else None,
                target_actor=t.actor.id if t.actor.kind == "person" else None,
                trigger=tok.text))
        return out

    def _complement_targets(self, doc, verb: Token, sources, by_token, mentions) -> list[Mention]:
        """Who the clause a verb governs is about: "demanded that the US cancel..." -> the US;
        "threatened to break relations with Russia" -> Russia."""
        codes = {s.code for s in sources}

        def keep(found: list[Mention]) -> list[Mention]:
            return [m for m in found if m.code not in codes]

        for c in verb.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            subj = [m for k in c.children if k.dep_ in ("nsubj", "nsubjpass")
                    for m in self._actors(doc, k, by_token, mentions)]
            if keep(subj):
                return keep(subj)
            objs = [m for k in c.children if k.dep_ in ("dobj", "dative", "attr")
                    for m in self._actors(doc, k, by_token, mentions)]
            objs += self._preps_actors(doc, c, COMPLEMENT_PREPS, by_token, mentions)
            if keep(objs):
                return keep(objs)
            for k in c.children:
                if k.dep_ == "dobj":
                    found = keep(self._preps_actors(doc, k, COMPLEMENT_PREPS, by_token, mentions))
                    if found:
                        return found
            deeper = [k for k in c.children if k.dep_ in ("xcomp", "ccomp")]
            if deeper:
                return keep(self._complement_targets(doc, c, sources, by_token, mentions))
        return []

    def _preps_actors(self, doc, tok: Token, preps: set[str], by_token, mentions) -> list[Mention]:
        return [m for k in tok.children if k.dep_ in ("prep", "dative") and k.lower_ in preps
                for g in k.children if g.dep_ in ("pobj", "pcomp")
                for m in self._actors(doc, g, by_token, mentions)]

    def _subjects(self, doc, verb: Token, by_token, mentions) -> list[Mention]:
        """Subjects of a verb, inherited through xcomp/advcl/conj when it has none of its own."""
        tok = verb
        for _ in range(4):
            subs = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if subs:
                return [m for s in subs for m in self._actors(doc, s, by_token, mentions)]
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
            if agents:
                return [m for g in agents for m in self._actors(doc, g, by_token, mentions)]
            if tok.dep_ in ("xcomp", "advcl", "conj", "acl", "relcl") and tok.head is not tok:
                if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")):
                    return self._actors(doc, tok.head, by_token, mentions)
                tok = tok.head
                continue
            break
        return []

    def _prep_targets(self, doc, tok: Token, type_: str, by_token, mentions) -> list[Mention]:
        preps = TARGET_PREPS["*"] | TARGET_PREPS.get(type_, set())
        if type_ in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            preps = (preps - {"on", "at", "against"}) | TARGET_PREPS.get(type_, set())
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        found = self._actors(doc, g, by_token, mentions)
                        if c.lower_ == "in" and type_ in ("CONSULT",):
                            continue
                        out.extend(found)
        return out

    def _actors(self, doc, tok: Token, by_token, mentions) -> list[Mention]:
        """Actors an argument phrase names: the mention at its head, its modifiers, its conjuncts."""
        if tok.lower_ in PRONOUNS:
            m = _antecedent(tok, mentions)
            return [m] if m else []
        if tok.lower_ in STATE_PRONOUNS:
            m = _state_antecedent(tok, mentions)
            return [m] if m else []
        if tok.lemma_.lower() in PLURAL_GROUPS and any(c.lower_ in ("two", "both") for c in tok.children):
            return _last_two(tok, mentions)
        out: list[Mention] = []
        seen: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            m = by_token.get(t.i)
            if m is not None and m not in out:
                out.append(m)
            for c in t.children:
                if c.dep_ in ARG_DEPS or (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "pobj" and t.lower_ == "of"):
                    stack.append(c)
                elif c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from",) and t.lemma_ in ("official", "source", "delegation", "envoy")):
                    stack.append(c)
        return sorted(out, key=lambda m: m.start)

    def _victim_subject(self, doc, tok, by_token, mentions, sources) -> list[Mention]:
        """'Venezuela mourns after U.S. raid': the sentence's subject is the one hit."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("after", "following", "amid", "in") and head.head.pos_ in ("VERB", "PROPN", "NOUN"):
            verb = head.head
            subs = [m for c in verb.children if c.dep_ == "nsubj" for m in self._actors(doc, c, by_token, mentions)]
            codes = {s.code for s in sources}
            return [m for m in subs if m.code not in codes]
        return []

    @staticmethod
    def _accuser(doc, tok: Token, sources: list[Mention], found_so_far: list[Event]) -> list[Mention]:
        """'claims Colombia denies', 'rejected these allegations': the target is who made them."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        about_claims = any(o.lemma_.lower() in ACCUSATION_NOUNS for o in objs) or (
            tok.head.lemma_.lower() in ACCUSATION_NOUNS) or (not objs and tok.lemma_.lower() == "deny")
        if not about_claims or not sources:
            return []
        codes = {s.code for s in sources}
        for event in reversed(found_so_far):
            if event.type == "ACCUSE" and event.target in codes:
                return [_PseudoMention(event.source)]
        return []


class _PseudoMention(Mention):
    """A target known only by its code (the author of earlier claims)."""

    def __init__(self, code: str):
        from kg.model import Actor
        super().__init__(-1, -1, Actor(id=f"country/{code}", kind="country", name=code, code=code), "COREF")


def _suppressed_content(tok: Token, finder: EventFinder) -> bool:
    """The content of a threat, demand, offer, refusal or accusation: said, not done."""
    t, hops = tok, 0
    while t.head is not t and hops < 4:
        dep, head = t.dep_, t.head
        if dep not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj"):
            return False
        if head.pos_ in ("VERB", "NOUN", "PROPN") and head is not tok:
            carried = t is tok and dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS
            trig = None if carried else finder._trigger(head)
            if trig is not None:
                if trig.type in CONTENT_TYPES and dep != "conj":
                    return True
                if trig.type == "ACCUSE" and dep in ("pcomp", "pobj", "prep"):
                    return True
                if dep in ("ccomp", "xcomp"):
                    return False
        t, hops = head, hops + 1
    return False


def _carrier(tok: Token) -> Token | None:
    """The light verb a nominal trigger hangs from ("imposed sanctions", "near completion of a framework")."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            lemma = t.head.lemma_.lower()
            return t.head if lemma in LIGHT_VERBS or lemma in RETYPE else None
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("take", "happen", "occur", "come"):
            return None
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "for") and t.head.head.pos_ == "VERB":
            return t.head.head  # "arrived in Amman on a visit"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head
            continue
        if t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head
            continue
        return None
    return None


def _antecedent(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The most recent person named before a he/him/his/she/her."""
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end <= tok.i and m.actor.kind == "person":
            return m
    return None


def _state_antecedent(tok: Token, mentions: list[Mention]) -> Mention | None:
    """'Switzerland said it had expelled...': it/they refer to the nearest earlier subject actor."""
    sent_start = tok.sent.start
    prev_start = tok.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end > tok.i or m.start < prev_start:
            continue
        head = tok.doc[m.end - 1]
        while head.dep_ in ("compound", "amod", "poss", "case") and head.head is not head:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and m.actor.kind in ("country", "org", "group"):
            return m
    return None


def _last_two(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """'the two leaders', 'both countries': the last two distinct actors named before."""
    want_person = tok.lemma_.lower() in ("leader", "president")
    picked: list[Mention] = []
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end > tok.i or (want_person and m.actor.kind != "person"):
            continue
        if m.code and all(p.code != m.code for p in picked):
            picked.append(m)
        if len(picked) == 2:
            break
    return picked if len(picked) == 2 else []


def _state_level(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.state_level and m.code]


def _distinct(ms: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    for m in ms:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


def _event_date(sent: Span, tok: Token, published):
    """Date from the trigger's clause first, then from the whole sentence."""
    head = tok if tok.pos_ == "VERB" else tok.head
    clause = doc_text(head)
    date, precision = resolve_date(clause, published)
    if precision == "reported":
        date, precision = resolve_date(sent.text, published)
    return date, precision


def doc_text(tok: Token) -> str:
    return " ".join(t.text for t in tok.subtree)


@Language.factory("kg_events", requires=["doc._.mentions", "token.dep"], assigns=["doc._.events"])
def make_event_finder(nlp: Language, name: str):
    return EventFinder()
