"""Events: a spaCy component that finds PLOVER events between the actors of each sentence.

In: a parsed Doc with `doc._.mentions` (kg_actors) and `doc._.published`.
Out: `doc._.events`, a list of kg.model.Event with trigger, sentence and character offsets.
Who did what to whom comes from the dependency parse (kg/extract/arguments.py): subjects and
passive agents, objects, prepositions by type, possessives and compounds of nominal triggers
("U.S. strikes", "China's Taiwan war games"), light verbs ("imposed sanctions on"), clauses a verb
governs ("threatened to cut ties with Russia"), and events referred back to ("condemned the move").
Reported speech: "Dushanbe said Kyrgyz troops shelled a Tajik post" is also an accusation by
Tajikistan; "Trump said a strike on Colombia sounds good" is a threat, not a strike.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import Mention
from kg.extract.arguments import Arguments
from kg.extract.dates import resolve_date
from kg.extract.modality import intent, modality
from kg.extract.speech import (MATERIAL_CONFLICT, SPEECH_VERBS, accused_by_speaker, distinct, obligation, obliged,
                               reported, speech_governor, wrongdoing)
from kg.extract.triggers import LEAVE_LEMMAS, LIGHT_VERBS, MUTUAL_NOUNS, RECIPROCAL_VERBS, RETYPE, Trigger, trigger_of
from kg.model import Event
from kg.ontology import EVENT_TYPES, SYMMETRIC_TYPES

# Types whose complement is only said, not done: the content is not coded.
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})
# Types whose object may be an event told before ("condemned the sanctions").
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST", "THREATEN", "CONCEDE"})
# Types that, with no target in the sentence, answer the last actor who acted against the source.
ANSWER_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST"})
# Cooperation that, promised or offered, is an AGREE (PLOVER); promised meetings stay CONSULT.
PROMISED_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# Types that need a recipient; with none named, it is the party the source last dealt with.
COUNTERPART_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# Verbs that only frame another ("stop supporting", "keep attacking"): look through them.
ASPECTUAL = frozenset({"stop", "halt", "cease", "end", "begin", "start", "continue", "keep", "resume"})
PROVOKE_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "meet", "win"})
# Verbs whose object is a topic: "discussed Ukraine" is no meeting with Ukraine.
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate"})
VENUE_NOUNS = frozenset({"complaint", "lawsuit", "case", "petition", "appeal"})
DETER_VERBS = frozenset({"deter", "counter", "confront", "intimidate", "pressure", "contain", "warn"})


class EventFinder:
    """Finds events between state-level actors in each sentence."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = sorted(doc._.mentions or [], key=lambda m: m.start)
        args = Arguments(doc, mentions)
        events: list[Event] = []
        args.events = events
        for sent in doc.sents:
            if not mentions:
                break
            for tok in sent:
                speech = obligation(tok)
                if speech is not None:  # "France said Iraq must cooperate": a demand on Iraq
                    events.extend(self._demand(doc, sent, tok, speech, args))
                    continue
                speech = wrongdoing(tok)
                if speech is not None:  # "Tehran said the tanker had violated maritime rules": an accusation
                    events.extend(self._demand(doc, sent, tok, speech, args, "ACCUSE"))
                trig = trigger_of(tok)
                if trig is None or tok.i in args.by_token or obliged(tok):
                    continue
                events.extend(self._events(doc, sent, tok, trig, args, events))
        doc._.events = events
        return doc

    def _events(self, doc: Doc, sent: Span, tok: Token, trig: Trigger, args: Arguments,
                found: list[Event]) -> list[Event]:
        if _suppressed_content(tok):
            return []
        type_, mode = trig.type, trig.mode
        if type_ == "AGREE" and any(c.dep_ == "xcomp" and _hostile(c) for c in tok.children):
            type_, mode = "THREATEN", None  # "promised to retaliate against Washington"
        reciprocal = False
        nominal = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.dep_ != "ROOT") or (
            tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))  # "Fighting between..."
        if nominal:
            sources, targets, predicate, retype, reciprocal = self._nominal(tok, type_, args)
            if retype:
                type_, mode = retype
            if type_ == "MOBILIZE" and any(c.lower_ in ("joint", "combined") for c in tok.children):
                type_, mode = "COOPERATE", None  # "began joint military drills": military cooperation
            if sources and not targets and type_ in ANSWER_TYPES:  # "Japan lodged a protest"
                codes = {m.code for m in sources}
                targets = args.implicit_target([e for e in found if EVENT_TYPES[e.type].quad.endswith("Conf")], codes)
        elif tok.pos_ == "ADJ":  # "Australia said it was deeply disappointed"
            predicate = tok.head
            sources = args.subjects(predicate)
            codes = {m.code for m in sources}
            targets = [m for m in args.prep_targets(tok, type_) if m.code not in codes] or args.implicit_target(
                [e for e in found if EVENT_TYPES[e.type].quad.endswith("Conf")], codes)
            speech = speech_governor(predicate)
            if not sources and speech is not None:  # "the Kremlin said the sanctions were illegal": judging an event
                sources = args.subjects(speech)
                codes = {m.code for m in sources}
                targets = [m for c in predicate.children if c.dep_ == "nsubj" for m in args.event_reference(
                    c, found, (trigger_of(c) or Trigger("", None)).type or None, codes)]
        elif mode == "received":  # "Ukraine received jets from Denmark"
            predicate, mode = tok, None
            sources, targets = args.prep_actors(tok, {"from"}), args.subjects(tok)
        else:
            predicate = tok
            sources, targets = self._verbal(tok, type_, args, found)
            reciprocal = tok.lemma_.lower() in RECIPROCAL_VERBS  # "Russia and Ukraine swapped prisoners"
        if sources and not targets and type_ in COUNTERPART_TYPES:  # "Islamabad offered talks": to whom it deals with
            targets = args.counterpart(found, {m.code for m in sources})
        negated, hypothetical = modality(tok, predicate)
        if hypothetical and not negated and type_ in PROMISED_TYPES and intent(predicate):
            type_, mode, hypothetical = "AGREE", None, False  # "will support", "offered to send troops"
        out = self._pairs(doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal)
        if not out and not targets and not negated and not hypothetical:
            args.remember(sources, type_, sent)  # a doer with no one done to: "the move" may point back at it
        if not out and sources and not targets and type_ in MATERIAL_CONFLICT and not negated:
            return accused_by_speaker(doc, sent, tok, predicate, sources, args)  # "Moscow said Ukrainian forces shelled a plant"
        between = args.prep_actors(tok, {"between"}) if nominal and type_ in SYMMETRIC_TYPES and sources else []
        if len(between) > 1:  # "Oman hosted talks between Iran and the US": Iran and the US talked too
            out += self._pairs(doc, sent, tok, type_, mode, [], between, negated, hypothetical, False)
        return reported(out, predicate, args)

    def _demand(self, doc: Doc, sent: Span, tok: Token, speech: Token, args: Arguments,
                type_: str = "REQUEST") -> list[Event]:
        sources = args.subjects(speech)
        codes = {m.code for m in sources}
        targets = [m for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for m in args.actors(c)
                   if m.code not in codes]
        negated, _ = modality(speech, speech)
        return self._pairs(doc, sent, tok, type_, None, sources, targets, negated, False, False)

    def _nominal(self, tok: Token, type_: str, args: Arguments):
        """Arguments of a nominal trigger: its own modifiers, then the light verb that carries it."""
        poss = [m for c in tok.children if c.dep_ == "poss" for m in args.actors(c)]
        mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                for m in args.actors(c)]
        by = ("by", "from") if type_ in REACTION_TYPES else ("by",)  # "condemnation from Armenia"
        agents = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in by
                  for g in c.children for m in args.actors(g)]
        targets = args.prep_targets(tok, type_) if tok.lemma_.lower() not in VENUE_NOUNS else \
            args.prep_actors(tok, {"against"})  # "a complaint at the UN" is where, not against whom
        if tok.lemma_.lower() in MUTUAL_NOUNS:
            targets += args.prep_actors(tok, {"between"})
        if tok.lemma_.lower() in ("ceasefire", "truce") and not targets:  # "a ceasefire along its border with Cambodia"
            targets = [m for g in (k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("along", "in", "on")
                                   for k in c.children) for m in args.actors(g)]
        carrier = _carrier(tok)
        predicate, retype, reciprocal, subjects = tok, None, False, []
        if carrier is not None:
            predicate = carrier
            lemma = carrier.lemma_.lower()
            if lemma in RETYPE and tok.dep_ == "dobj" and type_ != "CONCEDE":
                retype = RETYPE[lemma]
            reciprocal = lemma in RECIPROCAL_VERBS or tok.lemma_.lower() in ("tie", "relation")
            subjects = args.subjects(carrier)
            if lemma == "join":  # "Britain joins the U.S. boycott": the owner acts too
                subjects, mods, poss = subjects + mods + poss, [], []
        if poss or agents:
            sources, targets = poss or agents, targets or mods
        elif subjects:
            sources, targets = subjects, targets or mods
        else:
            sources = mods
        if carrier is not None and not targets:
            targets = args.prep_targets(carrier, type_) if tok.lemma_.lower() not in VENUE_NOUNS else [
                m for t in carrier.subtree if t.lower_ == "against" for g in t.children for m in args.actors(g)]
            objects = ("dative", "dobj") if carrier.lemma_.lower() in SPEECH_VERBS else ("dative",)
            targets += [m for c in carrier.children if c.dep_ in objects for m in args.actors(c)]
        if not targets and type_ in REACTION_TYPES and tok.dep_ == "dobj" and tok.head.lemma_.lower() in PROVOKE_VERBS:
            targets = [m for c in tok.head.children if c.dep_ == "nsubj" for m in args.actors(c)]  # "the raid drew condemnation"
            sources = sources or args.prep_actors(tok.head, {"from"})
        if sources and not targets and type_ in ("REQUEST", "THREATEN"):  # "its demand that Israel ease..."
            targets = args.complement_targets(tok, sources)
        head_trig = trigger_of(tok.head) if tok.dep_ == "dobj" else None
        if sources and not targets and head_trig is not None and head_trig.type in REACTION_TYPES:
            targets = args.prep_actors(tok.head, {"into", "against", "on"})  # "condemns drone incursion | into Poland"
        if sources and not targets and type_ in ("ASSAULT", "COERCE", "SANCTION"):
            targets = _victim_subject(tok, args, sources)
        return sources, targets, predicate, retype, reciprocal

    def _verbal(self, tok: Token, type_: str, args: Arguments, found: list[Event]):
        """Arguments of a verb: subject (or passive agent), objects, prepositions, its clauses."""
        stative = tok.lemma_.lower() == "oppose" and not any(c.dep_ == "agent" for c in tok.children)  # "is opposed to"
        if not stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
                tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children)):  # "a ceremony hosted by Trump"
            targets = [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
            sources = [m for c in tok.children if c.dep_ == "agent" for g in c.children for m in args.actors(g)]
            if tok.dep_ == "acl" and type_ == "CONSULT":  # the guests: whoever the sentence says took part
                verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
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
                       and not (tok.lemma_.lower() in TOPIC_VERBS and c.dep_ == "dobj") for m in args.actors(c)]
        args.exclude = {s.code for s in sources}
        purpose = _purpose_targets(tok, args) if type_ == "MOBILIZE" else []
        preps = purpose or args.prep_targets(tok, type_)
        if type_ == "ACCUSE" and (targets or any(c.dep_ == "dobj" for c in tok.children)):  # "of ...": the charge
            preps = [m for m in preps if m.code in {t.code for t in args.prep_actors(tok, {"against", "on", "to"})}]
        if targets:  # "met Kristersson in Vilnius", "detained two Britons in Kabul": the city is where, not whom
            where = {m.code for m in args.prep_actors(tok, {"in"})} - {m.code for m in targets}
            preps = [m for m in preps if m.code not in where]
        if type_ in ("COOPERATE", "AID") and preps:  # "extradited a Russian suspect to the US": to whom
            targets = []
        targets += preps
        codes = {s.code for s in sources}
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.i not in args.by_token]
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"  # "retaliated with tariffs on X"
                    for g in c.children if g.dep_ == "pobj" and (trigger_of(g) or Trigger("", None)).type == type_]
        objects = [c.head.head if c.lower_ in ("which", "that") and c.head.dep_ == "relcl" else c for c in objects]
        if not targets and objects and type_ in REACTION_TYPES:  # "rejected a proposal by Cairo" (by on the verb)
            targets = [m for m in args.prep_actors(tok, {"by"}) if m.code not in codes]
        if not targets:  # "threatened further action against Russia"
            for c in objects:
                targets += args.prep_targets(c, type_)
        if not targets and type_ in REACTION_TYPES:  # "condemned the sanctions"
            for c in objects:  # "the deal between Ethiopia and Somaliland", "a proposal by Cairo"
                trig = trigger_of(c)
                preps = {"by", "between", "from"} | ({"with"} if trig and trig.type in SYMMETRIC_TYPES else set())
                targets += [m for m in args.prep_actors(c, preps) if m.code not in codes]
            for c in objects if not targets else []:
                trig = trigger_of(c)
                targets += args.event_reference(c, found, trig.type if trig else None, codes)
        if not targets and type_ == "REQUEST":  # "called for new elections in Venezuela"
            wanted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
            targets = [m for g in wanted for m in args.actors(g) + args.prep_actors(g, {"in", "from", "by", "of"})
                       if m.code not in codes]
        if not targets and tok.lemma_.lower() in ("host", "mediate", "broker"):  # "Singapore hosted the talks (between A and B)"
            targets = args.hosted(objects, found, codes)
        if not targets:  # "threatened to break relations with Russia"
            targets = args.complement_targets(tok, sources)
        if not targets and type_ == "REJECT":  # "claims Colombia denies"
            targets = args.implicit_target([e for e in found if e.type == "ACCUSE"], codes)
        if not targets and type_ in ANSWER_TYPES and not objects:
            targets = args.implicit_target([e for e in found if EVENT_TYPES[e.type].quad.endswith("Conf")], codes)
        args.exclude = set()
        return sources, targets

    def _pairs(self, doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal):
        sources = [m for m in sources if m.state_level and m.code]
        targets = [m for m in targets if m.state_level and m.code]
        pairs: list[tuple[Mention, Mention]] = []
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
        elif len(sources) > 1 and (type_ in SYMMETRIC_TYPES or reciprocal or (
                tok.pos_ == "VERB" and tok.lemma_.lower() in MUTUAL_NOUNS)):
            reciprocal = reciprocal or type_ not in SYMMETRIC_TYPES  # "Indian and Chinese troops clashed"
            parties = distinct(sources)
            pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
            if reciprocal:
                pairs += [(b, a) for a, b in pairs]
        elif not sources and len(targets) > 1 and (type_ in SYMMETRIC_TYPES or tok.lemma_.lower() in MUTUAL_NOUNS):
            parties = distinct(targets)
            pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
            if type_ not in SYMMETRIC_TYPES:  # "fighting between Israel and Hezbollah": each hits the other
                pairs += [(b, a) for a, b in pairs]
        date, precision = _event_date(sent, tok, doc._.published)
        out = []
        for s, t in pairs:
            if s.code == t.code:
                continue  # domestic
            kind, kind_mode = type_, mode
            if tok.lemma_.lower() in LEAVE_LEMMAS:
                # leaving an organisation reduces relations; leaving a country is a retreat
                kind = "SANCTION" if t.actor.kind == "org" else "RETREAT"
            out.append(Event(
                source=s.code, target=t.code, type=kind, mode=kind_mode, date=date, date_precision=precision,
                negated=negated, hypothetical=hypothetical,
                confidence=(0.8 if s.start >= 0 and t.start >= 0 else 0.6) * (0.8 if hypothetical else 1.0),
                sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                source_actor=s.actor.id if s.actor.kind == "person" else None,
                target_actor=t.actor.id if t.actor.kind == "person" else None,
                trigger=tok.text))
        return out



def _suppressed_content(tok: Token) -> bool:
    """The content of a threat, demand, offer, refusal or accusation: said, not done."""
    t, hops = tok, 0
    while t.head.i != t.i and hops < 4:
        dep, head = t.dep_, t.head
        if dep not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "acl", "advcl"):
            return False
        if dep == "prep" and t.lower_ in ("in", "at", "during", "after", "before", "following", "amid", "since"):
            return False  # "signed a deal in a ceremony hosted by Trump": a circumstance, not the content
        if head.pos_ in ("VERB", "NOUN", "PROPN") and head.i != tok.i:
            carried = t.i == tok.i and dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS
            trig = None if carried or head.lemma_.lower() in ASPECTUAL else trigger_of(head)
            if trig is not None:
                if trig.type in CONTENT_TYPES and dep != "conj":
                    return True
                if trig.type == "ACCUSE" and dep in ("pcomp", "pobj", "prep"):
                    return True
                if dep in ("ccomp", "xcomp"):
                    return False
        t, hops = head, hops + 1
    return False


def _hostile(clause: Token) -> bool:
    if clause.lemma_.lower() in ("respond", "retaliate", "avenge", "punish", "hit"):
        return True  # "vowed to respond"
    trig = trigger_of(clause)  # "promised to retaliate"; "agreed to stop firing" is no threat
    return trig is not None and trig.type in ("ASSAULT", "COERCE", "THREATEN")


def _carrier(tok: Token) -> Token | None:
    """The light verb a nominal trigger hangs from ("imposed sanctions", "near completion of a framework")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") and tok.head.head.pos_ == "VERB":
        return tok.head.head  # "arrived in Amman on a visit"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "by", "over") and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in SPEECH_VERBS:
        return tok.head.head  # "told Trump in a phone call"
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


def _victim_subject(tok: Token, args: Arguments, sources: list[Mention]) -> list[Mention]:
    """'Venezuela mourns after U.S. raid': the sentence's subject is the one hit."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("after", "following", "amid") and head.head.pos_ in ("VERB", "PROPN", "NOUN"):
        verb = head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "declares mourning after raid"
            verb = verb.head
        subs = [m for c in verb.children if c.dep_ == "nsubj" for m in args.actors(c)]
        codes = {s.code for s in sources}
        return [m for m in subs if m.code not in codes]
    return []


def _purpose_targets(tok: Token, args: Arguments) -> list[Mention]:
    """'sent troops to Saudi Arabia to deter Iran': the force is aimed at Iran, not at its host."""
    return [m for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DETER_VERBS
            for k in c.children if k.dep_ in ("dobj", "prep") for m in args.actors(k)]


def _event_date(sent: Span, tok: Token, published):
    """Date from the trigger's clause first, then from the whole sentence."""
    head = tok if tok.pos_ == "VERB" else tok.head
    date, precision = resolve_date(" ".join(t.text for t in head.subtree), published)
    if precision == "reported":
        date, precision = resolve_date(sent.text, published)
    return date, precision


@Language.factory("kg_events", requires=["doc._.mentions", "token.dep"], assigns=["doc._.events"])
def make_event_finder(nlp: Language, name: str):
    return EventFinder()
