"""Events: a spaCy component that finds PLOVER events between the actors of each sentence.

In: a parsed Doc with `doc._.mentions` (kg_actors) and `doc._.published`.
Out: `doc._.events`, a list of kg.model.Event with trigger, sentence and character offsets.
For each trigger (kg/extract/triggers.py) the frame (kg/extract/frames.py) gives sources and
targets from the parse, references (kg/extract/references.py) resolve pronouns, groups and events
told before, modality (kg/extract/modality.py) flags negation and hypotheticals, and reported speech
(kg/extract/speech.py) recodes what is said: "Dushanbe said Kyrgyz troops shelled a Tajik post" is
an accusation by Tajikistan; "Trump said a strike on Colombia sounds good" is a threat. Fixed
constructions (claims of responsibility, "with the help of", demands, headlines) are in idioms.py.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import Mention
from kg.extract.arguments import Arguments
from kg.extract.clauses import (DRAFTS, BOTH_SIDES_TYPES, answered_ask, asked, at_request, at_summit, both_sides, faced,
                                fighters, hostile, hosted_by, hyphened, in_condition, located, overflight, policing,
                                in_return, rejected_charge, summit_hosts, suppressed_content, swallowed_verb,
                                to_the_border, verb_above)
from kg.extract.dates import event_date
from kg.extract.groups import sentence_start
from kg.extract.implicit import code_mention
from kg.extract.modality import PROMISED_TYPES, asked_whether, intent, left_by, modality
from kg.extract.frames import QUARRELS, verbal_frame
from kg.extract.sessions import sitting_body, speakers
from kg.extract.victims import against_insurgents, captors, sent_to_friend
from kg.extract.nominal import ANSWER_TYPES, base_verb, nominal_frame
from kg.extract.idioms import (BACKERS, CLAIM_VERBS, HELP_NOUNS, Idioms, denied_charge, echoes, joined_act,
                               refused_ask, solidarity_withs, standing_role, switches, vote_side)
from kg.extract.speech import (CONDITIONAL_THREATS, MATERIAL_CONFLICT, accusers, conditional, distinct, obligation,
                               obliged, open_options, penalty, reported, speech_governor, wrongdoing)
from kg.gazetteer import load_default
from kg.extract.lexicon import (REMARK_NOUNS, CLASH_LEMMAS, COMPLAINTS, CONCERN_CARRIERS, COURTS, DISMAY, DRILLS,
                                FORUMS, LEAVE_LEMMAS, MUTUAL_NOUNS,
                                ENVOYS, PERSON_GROUPS, RECIPROCAL_VERBS, SEND_VERBS)
from kg.extract.triggers import (BODIES_TOLD, LEVIES, SPEAKING_TO, TRIMMING, armed, echoed_call, judging, Trigger,
                                trigger_of, type_of)
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

# Acts between two states that make troops sent by one into the other no help to it.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
# Acts between two states that make troops sent by one to the other no reassurance of it either.
STRAINED_TYPES = HOSTILE_TYPES | {"ACCUSE", "SANCTION"}
# Arrangements whose leaving cuts relations with the state that runs them: "withdrew from China's Belt and Road
# initiative", "quit the 17+1 cooperation format".
SCHEMES = frozenset({"initiative", "format", "framework", "programme", "program", "scheme", "mechanism", "partnership",
                     "arrangement", "dialogue", "forum", "project", "corridor"})

# Verbs that end a deal or cooperation: the ender cuts relations with its partner (not nominal.ENDING_VERBS, which
# end a war or a crisis).
DEAL_ENDERS = frozenset({"end", "terminate", "scrap", "cancel", "abrogate", "annul", "revoke", "tear", "ditch",
                          "renounce", "denounce"})
# Verbs that tell a sanction was put in place: "paused the tariffs he had ordered".
IMPOSING = frozenset({"order", "impose", "slap", "levy", "announce", "introduce", "put", "place"})
# Types that need a recipient; with none named, it is the party the source last dealt with.
COUNTERPART_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# People at home a leader blames: "blaming his predecessor for refusing to sell Turkey Patriot missiles".
DOMESTIC_FOES = frozenset({"predecessor", "opposition", "opponent", "critic", "lawmaker", "congress", "parliament"})
# Places on a front that forces pull back from: "withdrawing from some positions".
FRONT_LINES = frozenset({"position", "border", "frontier", "line", "area", "zone", "post", "outpost", "front"})
# What a trade blockade stops: "the Chinese blockade of Lithuanian exports" is a sanction, not force.
TRADED = frozenset({"export", "import", "good", "trade", "product", "shipment", "cargo"})
# Nouns that stop an exchange: "a halt to U.S. aid", "a freeze on military aid" cut it off.
HALT_NOUNS = frozenset({"halt", "suspension", "freeze", "cut", "end", "cessation", "termination", "stop", "cutoff"})
# Past forms of those verbs that the parser can misread as adjectives of the noun: "froze U.S. aid to".
HALTED = frozenset({"froze", "frozen", "halted", "suspended", "paused", "cut", "stopped"})
# Holding off an act: a sanction paused is a concession, cooperation paused a sanction.
PAUSE_VERBS = frozenset({"pause", "suspend", "postpone", "delay", "put", "defer", "freeze", "halt", "hold"})
# Events a state can boycott, held somewhere: "the World Cup in Russia".
SHOWS = frozenset({"cup", "games", "olympics", "tournament", "championship", "summit", "forum", "ceremony", "parade",
                   "festival", "contest", "expo", "inauguration", "celebration", "commemoration"})
# Making a partnership is agreeing: "unveiled a new security partnership", "formed an alliance".
PACT_NOUNS = frozenset({"partnership", "alliance", "coalition", "framework"})
FORMING_VERBS = frozenset({"unveil", "announce", "form", "forge", "launch", "sign", "create", "establish", "seal"})


class EventFinder(Idioms):
    """Finds events between state-level actors in each sentence."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = sorted(doc._.mentions or [], key=lambda m: m.start)
        args = Arguments(doc, mentions)
        self.lemmas = args.lemmas  # each event's trigger lemma, for "condemned the strikes" to find "struck"
        events: list[Event] = []
        standing: list[Event] = []  # relations told as a standing role ("Zambia's largest lender")
        args.events = events
        for sent in doc.sents if mentions else ():
            solidary = {tok.i: withs for tok in sent for withs in [solidarity_withs(doc, tok)] if withs}
            args.aside = {w.i for withs in solidary.values() for w in withs}  # no target of the sentence's acts
            for tok in sent:
                speech = obligation(tok)
                if speech is not None:  # "France said Iraq must cooperate": a demand on Iraq
                    events.extend(self._demand(doc, sent, tok, speech, args))
                    continue
                speech = penalty(tok)
                if speech is not None:  # "Iran said the UAE would be responsible for the consequences": a threat
                    events.extend(self._demand(doc, sent, tok, speech, args, "THREATEN"))
                    continue
                speech = open_options(tok)
                if speech is not None:  # 'Trump said "all options are on the table"': a threat
                    events.extend(self._options(doc, sent, tok, speech, args, events))
                    continue
                speech = wrongdoing(tok)
                if speech is not None:  # "Tehran said the tanker had violated maritime rules": an accusation
                    events.extend(self._demand(doc, sent, tok, speech, args, "ACCUSE"))
                    if tok.lemma_.lower() == "work":
                        continue  # "said Petro was working with the cartels": the charge, not cooperation
                if tok.i in solidary:
                    events.extend(self._solidarity(doc, sent, tok, solidary[tok.i], args))  # "in solidarity with"
                if tok.lower_ in BACKERS and tok.dep_ == "amod":
                    events.extend(self._backed(doc, sent, tok, args))  # "the Iran-backed Houthis"
                    continue
                if tok.lemma_.lower() in HELP_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "with":
                    events.extend(self._helped(doc, sent, tok, args))  # "intercepted with the help of the US"
                    continue
                if tok.lemma_.lower() == "responsibility" and tok.dep_ == "dobj" and \
                        tok.head.lemma_.lower() in CLAIM_VERBS:  # "the group claimed responsibility for the attack"
                    events.extend(self._claim(doc, sent, tok, args))
                    continue
                if denied_charge(tok):  # "a claim Pretoria rejects": of whoever made the claim
                    denial = self._denied_charge(doc, sent, tok, args)
                    if denial:
                        events.extend(denial)
                        continue
                if swallowed_verb(tok, args.by_token):  # "al-Sisi telephoned Hassan Sheikh" read as one name
                    events.extend(self._swallowed(doc, sent, tok, args))
                    continue
                if refused_ask(tok):  # "a request Taiwan had turned down": of whoever asked
                    events.extend(self._refused_ask(doc, sent, tok, args))
                    continue
                if switches(tok):  # "Nauru switched diplomatic recognition from Taiwan to China"
                    events.extend(self._switched(doc, sent, tok, args))
                    continue
                act = joined_act(tok)
                if act is not None:  # "Australia and Canada took part in the operation"
                    events.extend(self._joined(doc, sent, tok, act, args, events))
                role = standing_role(tok)
                if role is not None:  # "China is Zambia's largest bilateral lender": kept aside, no act that
                    standing.extend(self._standing(doc, sent, tok, role, args))  # "the move" could point back at
                side = vote_side(tok)
                if side is not None:  # "France, Poland and Austria voted against": they reject the body's measure
                    events.extend(self._vote(doc, sent, tok, side, args))
                    continue
                if echoes(tok) and tok.i not in args.by_token:  # "Canada announced similar measures"
                    events.extend(self._echo(doc, sent, tok, args, events))
                    continue
                trig = trigger_of(tok)
                if trig is None and tok.pos_ == "VERB" and tok.lemma_.lower() in SEND_VERBS and any(
                        e.type == "AID" for e in events):
                    trig = Trigger("AID", None)  # in a relief story, "Japan said it would send two planes"
                if trig is None or tok.i in args.by_token or obliged(tok):
                    continue
                events.extend(self._events(doc, sent, tok, trig, args, events))
        if mentions and doc._.title_end:
            events.extend(self._headline(doc, args, events))
        body = sitting_body(doc, mentions) if mentions else None
        for verb, states in speakers(doc, args) if body is not None else ():  # "Vassily Nebenzia of the Russian
            parties = [m for m in states if m.code != body.code]  # Federation said...": at the body's session
            events.extend(self._pairs(doc, verb.sent, verb, "CONSULT", "multilateral", parties, [body],
                                      *modality(verb, verb), False))
        events.extend(standing)
        events.extend(args.host_talks)
        doc._.events = events
        return doc

    @staticmethod
    def _at_act(tok: Token, args: Arguments, codes: set[str]) -> list:
        """The doers of a hostile act a concern is voiced at, read from the act's own phrase; both sides of a
        fight."""
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])  # "expressed concern at", however hung
        for g in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "over", "about")
                  for g in c.children if g.dep_ == "pobj" and g.i > tok.i):
            trig = trigger_of(g)
            if trig is None or trig.type not in ("ASSAULT", "COERCE"):
                continue
            doers, hit, *_ = nominal_frame(g, trig.type, args)
            found = doers + hit if g.lemma_.lower() in MUTUAL_NOUNS else doers
            return [m for m in found if m.code not in codes]
        return []

    def _events(self, doc: Doc, sent: Span, tok: Token, trig: Trigger, args: Arguments,
                found: list[Event]) -> list[Event]:
        if suppressed_content(tok) or in_condition(tok) or faced(tok):
            return []
        type_, mode = trig.type, trig.mode
        if type_ == "AGREE" and tok.lemma_.lower() in ("promise", "vow", "pledge", "swear") and any(
                c.dep_ in ("xcomp", "dobj") and hostile(c) and not any(n.dep_ == "neg" for n in c.children)
                for c in tok.children):  # "vowed to retaliate", "vows revenge"
            type_, mode = "THREATEN", None  # "promised to retaliate against Washington"
        reciprocal = fought = False
        dismayed = tok.pos_ == "VERB" and trig.type == "ACCUSE" and any(c.dep_ == "auxpass" for c in tok.children) \
            and tok.lower_ in DISMAY  # "was alarmed by": the alarmed is the subject, as "was disappointed"
        predicative = tok.pos_ == "ADJ" or dismayed or (
            (tok.dep_ == "attr" and tok.head.lemma_ == "be" or judging(tok)) and trig.mode == "judged")
        nominal = not predicative and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.dep_ != "ROOT") or (
            tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")))  # "Fighting between..."
        if nominal and tok.dep_ == "attr" and tok.head.lemma_ == "be" and type_ in SYMMETRIC_TYPES | {"SUPPORT", "AID"} \
                and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and type_of(c) is not None for c in tok.head.children):
            return []  # "said the pact was normal cooperation between two sovereign countries": what the act is called
        imposed = False  # a sanction told as imposed before it was paused
        quitter = None  # the verb of leaving a deal or talks ("withdrew from the deal")
        extra: list[Event] = []  # events a phrase tells besides its own
        answered = answered_ask(tok)  # "Venezuela's request", turned down: made, of the one who answers it
        charged = rejected_charge(tok)  # "Moscow's accusation", rejected: made, against the one who denies it
        answerable = without_courts(found) if tok.lemma_.lower() in COMPLAINTS else found  # "India brought the
        # case in 2017": against a party, never against the court that heard it
        if nominal:
            sources, targets, predicate, retype, reciprocal = nominal_frame(tok, type_, args)
            if retype:
                imposed = type_ == "SANCTION" and retype[0] in ("RETREAT", "CONCEDE") and imposed_before(tok)
                type_, mode = retype  # "could lift the sanctions it imposed on Eritrea in 2009": both
            if answered:  # "the IMF turned down Venezuela's request": asked of the IMF (whoever the ask
                # was about: "rejected North Korea's demand to sever its alliance with Washington")
                targets = args.passive_doers(tok.head) if tok.dep_ == "nsubjpass" else args.subjects(tok.head)
            if charged and not targets:  # "Kyiv rejected Moscow's accusation": made against Kyiv
                targets = [m for m in args.subjects(tok.head) if m.code not in {s.code for s in sources}]
            if predicate.lemma_.lower() in PAUSE_VERBS and predicate.i != tok.i and (
                    predicate.lemma_.lower() not in ("put", "hold") or any(c.lower_ == "off" for c in predicate.children)):
                # "put off", "hold off on the retaliatory tariffs" (not "put", "held" alone)
                if type_ == "SANCTION" and tok.lemma_.lower() not in ("relation", "tie"):  # "agreed to put off the
                    # tariffs", "countermeasures would be suspended" (not "suspending relations with Venezuela")
                    type_, mode = "CONCEDE", None
                    imposed = imposed_before(tok)  # "paused the tariffs he had ordered": both (GUIDELINES §7)
                elif type_ in ("COOPERATE", "AID", "AGREE", "CONSULT"):  # "suspended cooperation with Washington"
                    type_, mode = "SANCTION", "discontinue"
            if type_ == "SANCTION" and tok.lemma_.lower() in LEVIES and tok.dep_ in ("dobj", "nsubjpass") and \
                    tok.head.lemma_.lower() in TRIMMING:
                type_, mode = "CONCEDE", None  # "reduced its duties on American beef": the levy eased, none imposed
            named = tok.head if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "nsubjpass") else tok  # "to end
            # GSOMIA, the military intelligence pact with Japan"
            if type_ in ("AGREE", "COOPERATE") and named.dep_ in ("dobj", "nsubjpass") and \
                    base_verb(named.head) in DEAL_ENDERS and tok.lemma_.lower() not in ("ceasefire", "truce"):
                type_, mode = "SANCTION", "discontinue"  # "Chad ended its defence cooperation agreement with France",
                # "scrapped its intelligence-sharing pact with Japan": a deal cut off (not "ended the truce")
                enders = args.subjects(named.head) or args.passive_doers(named.head)
                codes = {m.code for m in enders}
                sources = enders or sources
                targets = [m for m in targets + sources + args.prep_actors(named.head, {"with"}) if m.code not in codes]
            if type_ in ("AID", "COOPERATE", "CONSULT") and tok.dep_ == "pobj" and tok.head.lower_ in (
                    "to", "of", "on", "in") and tok.head.head.lemma_.lower() in HALT_NOUNS:  # "ordered a halt to U.S.
                type_, mode = "SANCTION", "discontinue"  # aid to South Africa", "a freeze on military aid": cut off
            if type_ in ("AID", "COOPERATE") and any(c.dep_ == "amod" and c.lower_ in HALTED for c in tok.children):
                type_, mode = "SANCTION", "discontinue"  # "Trump froze U.S. aid", the verb misread as an adjective
            if type_ in ("CONSULT", "COOPERATE", "AGREE") and left_by(tok) is not None:  # "was withdrawing from
                type_, mode = "SANCTION", "discontinue"  # talks with Japan", "pulled out of the grain deal with
                quitter = left_by(tok)  # Ukraine": relations cut (PLOVER; GUIDELINES §10), no meeting and no deal
            if type_ == "COERCE" and tok.lemma_.lower() in ("blockade", "siege") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in TRADED for g in c.children)
                    for c in tok.children):  # "the Chinese blockade of Lithuanian exports": a trade embargo
                type_, mode = "SANCTION", "discontinue"  # (GUIDELINES §12), not force
            if type_ == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
                    tok.head.head.lower_ in ("open", "amenable"):  # "remained open to dialogue with Lima": an offer
                type_, mode = "AGREE", None  # (GUIDELINES §8, §12)
            if type_ == "COOPERATE" and tok.lemma_.lower() in PACT_NOUNS and predicate.lemma_.lower() in FORMING_VERBS:
                type_, mode = "AGREE", None  # "unveiled a new security partnership": an agreement is made
            verb = verb_above(tok)
            partners = args.prep_actors(tok, {"with"}) or (args.prep_actors(verb, {"with"}) if verb is not None
                                                           and tok.lemma_.lower() in DRILLS else [])
            if type_ == "MOBILIZE" and (any(c.lower_ in ("joint", "combined") for c in tok.children) or (
                    tok.lemma_.lower() in DRILLS and partners)):
                type_, mode = "COOPERATE", None  # "began joint military drills", "held exercises with Guyana"
                targets = targets or partners
                if not sources and targets and verb is not None:  # "sent paratroopers for joint drills with ..."
                    sources = [m for m in args.subjects(verb) if m.code not in {t.code for t in targets}]
            if type_ == "MOBILIZE" and tok.lemma_.lower() in DRILLS and not targets and len(
                    {m.code for m in sources}) > 1 and tok.dep_ == "dobj":  # "Russia and Belarus held exercises
                type_, mode = "COOPERATE", None  # near Brest": together
            pair = [m for c in tok.children if c.dep_ in ("amod", "compound") for m in args.actors(c)]
            if type_ == "MOBILIZE" and len({m.code for m in pair}) > 1 and hyphened(tok):
                type_, mode, sources, targets = "COOPERATE", None, pair, []  # "Russian-Belarusian exercises"
            if sources and not targets and type_ == "AGREE" and predicate.lemma_.lower() in ("endorse", "ratify",
                                                                                          "approve") and any(
                    c.lower_ == "the" for c in tok.children):  # "whose cabinet endorsed the agreement": joins the
                targets = args.deal_states([tok], found, {m.code for m in sources})  # states of the deal told
            judge = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head if \
                tok.dep_ == "oprd" else None
            if type_ == "THREATEN" and not sources and targets and judge is not None and judge.lemma_.lower() in (
                    "call", "describe", "see", "view", "consider", "portray"):  # "state media described the launch as
                acts = [c for c in judge.children if c.dep_ == "dobj"]       # a warning to Seoul": the launcher's
                sources = [m for c in acts for m in args.event_reference(c, found, type_of(c), set())] or (
                    args.subjects(judge) if not any(type_of(c) for c in acts) else [])  # (not the speaker of
                # "Japan called the launch a warning" when no launch was told)
            if sources and not targets and type_ == "ACCUSE":  # "expresses his deep concern at the armed clashes
                targets = self._at_act(tok, args, {m.code for m in sources})  # that broke out between the army and
                # the RSF": at whoever the act told after names (the event is not found yet)
            if sources and not targets and type_ in ANSWER_TYPES:  # "Japan lodged a protest"
                codes = {m.code for m in sources}
                targets = args.answered(answerable, codes)
            if tok.lemma_.lower() in ("concern", "alarm") and predicate.lemma_.lower() not in CONCERN_CARRIERS | {"have"}:
                return []  # "expressed concern" accuses; "intensifying concerns in Bogota", "explained concerns" do not
            existential = tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children)
            speech = speech_governor(tok.head) if not sources and type_ == "ACCUSE" and existential else None
            if speech is not None:  # "Trudeau said there were credible allegations linking Indian agents to..."
                sources = args.subjects(speech)
                codes = {m.code for m in sources}
                targets = [m for m in targets if m.code not in codes] or [
                    m for c in tok.children if c.dep_ == "acl" for k in c.children if k.dep_ == "dobj"
                    for m in args.actors(k) if m.code not in codes]
            if not sources and not targets and type_ == "ASSAULT" and tok.dep_ == "pobj":
                sources = fighters(tok, args)  # "agreed to a ceasefire after four days of strikes": they fought
                reciprocal = fought = len(sources) > 1
        elif predicative:  # "Australia said it was deeply disappointed", "said the incursion was a provocation"
            predicate = tok if dismayed else tok.head.head if tok.head.dep_ == "attr" else tok.head  # "was a ... one"
            sources = [m for c in tok.children if c.dep_ == "nsubjpass" for m in args.actors(c)] if dismayed \
                else args.subjects(predicate)
            codes = {m.code for m in sources}
            targets = [m for m in args.prep_targets(tok, type_) if m.code not in codes]
            for g in [] if targets else (g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in
                                         ("by", "at", "over", "about") for g in c.children if g.dep_ == "pobj"):
                cause = trigger_of(g)  # "alarmed by the use of force against Iran": at whoever used it
                owners = [m for k in g.children if k.dep_ in ("poss", "compound", "amod") for m in args.actors(k)
                          if m.code not in codes] if cause is None or cause.type not in SYMMETRIC_TYPES else []
                targets = targets or owners or args.event_reference(g, found, cause.type if cause else None, codes)
                # ("disappointed by the U.S. statement", "by Seoul's move": its owner's)
            targets = targets or args.answered(found, codes)
            speech = speech_governor(predicate)
            said_of = [c for c in predicate.children if c.dep_ == "nsubj" and c.i not in args.by_token
                       and c.pos_ != "PRON"]  # (not "said it was disappointed": the speaker itself)
            if sources and speech is not None and said_of and not dismayed:  # "said U.S. remarks were offensive":
                sources, targets = args.subjects(speech), sources  # the speaker judges the remarks' owner
            if not sources and speech is not None:  # "the Kremlin said the sanctions were illegal": judging an event
                sources = args.subjects(speech)
                codes = {m.code for m in sources}
                targets = [m for c in predicate.children if c.dep_ == "nsubj"
                           for m in args.event_reference(c, found, type_of(c), codes)]
        elif mode == "arrived":  # "planes loaded with supplies from Iran landed in Kabul": from whoever the
            predicate, mode = tok, None  # shipment names, to where it arrives
            sources = distinct([m for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
                                for m in args.actors(t)])
            codes = {m.code for m in sources}
            targets = [m for m in args.prep_actors(tok, {"in", "into", "at", "to"}) + [
                m for c in tok.children if c.dep_ == "dobj" for m in args.actors(c)] if m.code not in codes]
        elif mode == "cancelled":  # "called off a planned visit by Russia's deputy prime minister": a snub of
            predicate, mode = tok, "boycott"  # the other party of the meeting
            sources = args.subjects(tok) or args.passive_doers(tok)
            codes = {m.code for m in sources}
            met = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            targets = [m for c in met for m in args.prep_actors(c, {"with", "to", "by", "in"}) + [
                m for k in c.children if k.dep_ in ("poss", "amod", "compound") for m in args.actors(k)]
                if m.code not in codes]
            if not targets:
                return []  # "cancelled a trip to Geneva after the EU closed its airspace": no one snubbed
        elif mode == "advisory":  # "told its citizens to avoid travelling to Japan": against where they should
            predicate, mode = tok, "discontinue"  # not go
            sources = args.subjects(tok)
            codes = {m.code for m in sources}
            goes = [c for c in tok.children if c.dep_ == "xcomp"]
            goes += [k for c in goes for k in c.children if k.dep_ == "xcomp"]  # "to avoid travelling to Japan"
            targets = [m for c in goes for k in c.children if k.dep_ in ("dobj", "prep")
                       for t in ([k] if k.dep_ == "dobj" else k.children) for m in args.actors(t)
                       if m.code not in codes]
        elif mode == "received":  # "Ukraine received jets from Denmark"
            predicate, mode = tok, None
            sources, targets = args.prep_actors(tok, {"from"}), args.subjects(tok)
        else:
            predicate = tok
            if tok.lemma_.lower() == "take" and type_ != "REQUEST":  # "would take the case to the ICJ": not whom
                args.aside |= {c.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"}
            sources, targets = verbal_frame(tok, type_, args, found)
            seen = [m for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("see", "meet")
                    and any(a.lower_ == "to" for a in c.children) for k in c.children if k.dep_ == "dobj"
                    for m in args.actors(k)] if mode == "visit" and targets else []
            if seen:  # "flew to Brussels to see Rutte": whom the trip was to see, not the city
                targets = [m for m in seen if m.code not in {s.code for s in sources}]
            venues = [m for m in args.prep_actors(tok, {"at", "to", "before"}) if m.actor.kind == "org"] if \
                type_ in ("ACCUSE", "PROTEST") and tok.lemma_.lower() in ("complain", "protest") else []
            if venues:  # "Nepal complained at the UN Human Rights Council about the obstruction of its supplies":
                held = {m.code for m in venues}  # the body is spoken to, the charge is against whoever obstructs
                targets = [m for m in targets if m.code not in held]
                extra = self._pairs(doc, sent, tok, "CONSULT", "multilateral", sources, venues, *modality(tok, tok),
                                    False)
            quarrels = [m for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in QUARRELS
                        for m in args.prep_actors(c, {"with"})] if tok.lemma_.lower() == "take" else []
            if quarrels and sources:  # "took their quarrel with Ethiopia to the UN Security Council": a charge
                extra = self._pairs(doc, sent, tok, "ACCUSE", "allege", sources, quarrels, *modality(tok, tok), False)
            if mode == "in kind":  # "Beijing retaliated": the last act of force or sanction that hit it, returned;
                reply = args.returned(found, {m.code for m in sources}, armed(tok)) if sources and not targets \
                    else None
                if reply is None:  # nothing when none was told
                    return []
                (type_, targets), mode = reply, None
            said = tok.head.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ccomp" else None
            thanked = [m for c in tok.children if c.dep_ == "dobj" for m in args.actors(c)] if said is not None else []
            if thanked and speech_governor(tok.head) == said and {m.code for m in sources} & {m.code for m in thanked}:
                sources, targets = args.subjects(said), thanked  # "Trump said Iran had given Washington early notice,
                # thanking Tehran": the speaker thanks, not Iran itself
            if sources and not targets and tok.lemma_.lower() in ("recognise", "recognize"):
                codes = {m.code for m in sources}  # "recognised opposition leader Juan Guaidó as Venezuela's interim
                args.exclude = codes  # president", "as the nation's interim president" (not the recogniser's)
                targets = [m for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                           for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                           for t in c.subtree for m in args.actors(t) if m.code not in codes]
                args.exclude = set()
            signed = [c for c in tok.children if c.dep_ == "dobj" and any(k.lower_ == "the" for k in c.children) and (
                type_of(c) == "AGREE" or c.lemma_.lower() in ("declaration", "communique", "communiqué"))]
            if sources and not targets and type_ == "AGREE" and signed and tok.lemma_.lower() in (
                    "sign", "ink", "ratify") and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                         for h in [tok, *signed] for c in h.children):
                targets = args.deal_states(signed, found, {m.code for m in sources})  # "Egypt also signed the
                # declaration": with its parties told
            reciprocal = tok.lemma_.lower() in RECIPROCAL_VERBS | CLASH_LEMMAS  # "swapped prisoners", "clashed"
            said_by = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
            if type_ in ("REQUEST", "ACCUSE", "SUPPORT", "REJECT") and said_by.dep_ not in ("ccomp", "relcl") and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and type_of(c) is not None and not gathered(c)
                    for c in said_by.children):
                # (not "said the pact was normal and accused Washington", the second verb hung on what was said)
                sources = []  # "Iran's strikes have evoked condemnation and calls for restraint": acts do not speak
        leavers = ([m for c in quitter.children if c.dep_ == "dobj" for m in args.actors(c)]  # "withdrawing the US
                   or args.subjects(quitter)) if quitter is not None else []  # from the deal", else who leaves
        if leavers:  # the others of the deal or talks are left: "pulled out of the Iran nuclear deal", "withdrew
            codes = {m.code for m in leavers}  # from the 2015 agreement with Iran" (the parser hanging "with" on
            sources, targets = leavers, [m for m in sources + targets + args.prep_actors(quitter, {"with"})  # the verb)
                                         if m.code not in codes]
        eased = type_ in ("CONCEDE", "RETREAT") and trig.type == "SANCTION"  # "Trump dropped the tariffs"
        if sources and not targets and nominal and (type_ in ("SANCTION", "AID") or eased) and any(
                c.lower_ in ("those", "these", "the", "its", "their") for c in tok.children):
            targets = args.again(found, trig.type, {m.code for m in sources})  # "broaden those sanctions": on whom
            # they were imposed; "dropped the tariffs": eased for them
            if not targets and tok.lemma_.lower() in ("relation", "tie"):  # "Bahrain cut its ties with Tehran, while
                targets = args.cut_off_beside(found, {m.code for m in sources}, sent.start_char)  # the UAE
                # downgraded its relations": with whom ties were just cut in the same sentence
        if sources and not targets and mode == "expel" and not nominal and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS and not any(k.dep_ in ("poss", "amod", "compound")
                                                                             for k in c.children)
                for c in predicate.children):
            targets = args.expelled_before(found, {m.code for m in sources})  # "each expelled four diplomats"
        if tok.lemma_.lower() == "recall" and not nominal:
            recalled = [c for c in tok.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in ENVOYS | {"ambassador"} or c.ent_type_ == "PERSON")]
            envoy = next((c for c in recalled if c.lemma_.lower() in ENVOYS | {"ambassador"}), None)
            owners = [m for c in envoy.children if c.dep_ == "poss" for m in args.actors(c)] \
                if envoy is not None else []
            posts = args.prep_actors(envoy, {"to", "in"}) if owners else []
            if owners and posts and not {m.code for m in owners} & {m.code for m in posts}:
                sources, targets = owners, posts  # "recalled the bloc's ambassador to Moscow": one recalls one's own
            if sources and not targets and recalled:  # "Paris said it was recalling the ambassador": from the other
                groups = load_default().orgs  # party of its last act; no ambassador is accredited to an armed group
                targets = [m for m in args.counterpart(found, {m.code for m in sources})
                           if m.code not in groups or groups[m.code].kind != "group"] or \
                    args.cut_off_beside(found, {m.code for m in sources}, sent.start_char)
        if sources and not targets and nominal and type_ == "SUPPORT" and predicate.dep_ in ("xcomp", "advcl") and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in predicate.children):  # "telephoned him to express
            codes = {m.code for m in sources}                                          # his support": for him
            targets = [m for c in predicate.head.children if c.dep_ in ("dobj", "dative")
                       for m in args.actors(c) if m.code not in codes]
        if sources and not targets and nominal and type_ in ("SANCTION", "PROTEST") and \
                predicate.lemma_.lower() == "join":  # "considering joining China's restrictions": on Japan
            targets = args.again(found, type_, {m.code for m in sources})
        if sources and not targets and nominal and type_ == "SANCTION" and any(
                c.lower_ in ("similar", "retaliatory", "reciprocal", "tit-for-tat") for c in tok.children):
            codes = {m.code for m in sources}  # "Washington imposed similar levies": in reply; "Canada imposed
            echo = args.echoed(found, codes)  # similar sanctions" after U.S. sanctions on Nicaragua: on Nicaragua
            targets = args.counterpart(found, codes) if echo is None or echo[0] != type_ else echo[1]
        if sources and not targets and type_ in CONDITIONAL_THREATS | {"THREATEN"} and conditional(predicate):
            targets = args.complement_targets(predicate, sources)  # "would take countermeasures if Tsai met..."
        if sources and not targets and type_ == "THREATEN" and any(  # "warned that any intervention in Niger would
                k.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "any" for d in k.children)  # be treated as a
                and type_of(k) in ("ASSAULT", "COERCE") for c in predicate.children if c.dep_ == "ccomp"  # declaration
                for k in c.children):  # of war": at whoever threatened to intervene
            targets = args.threatener(found, {m.code for m in sources})
        sending = type_ == "AID" or (type_ == "MOBILIZE" and tok.lemma_.lower() in SEND_VERBS)  # "provided aid"
        offering = type_ == "AGREE" and (any(c.dep_ == "xcomp" and c.lemma_.lower() in SEND_VERBS | {"provide"}
                                             for c in tok.children) or tok.lemma_.lower() in ("pledge", "commit", "promise"))
        if sources and not targets and (sending or offering):
            helped = args.recipient(found, {m.code for m in sources})  # "Fiji has offered to send troops"
            if not helped and offering and any(c.dep_ == "dobj" for c in tok.children):  # "Benin and Chad have also
                helped = args.story_country({m.code for m in sources})  # pledged personnel" to the mission in Haiti
            if helped and sending:
                targets, type_, mode = helped, "AID", None
            elif helped:
                targets = helped
            elif offering and any(c.dep_ == "dobj" for c in tok.children):
                return []  # pledging personnel together is no agreement between the pledgers ("the two pledged to
                # work together" is)
        if mode == "stationed":  # "has troops in Niger": kept there with its consent, unless the two are at odds
            kept, hosts = {m.code for m in sources}, {m.code for m in targets}  # ("Russia has kept troops in
            at_odds = any({e.source, e.target} & kept and {e.source, e.target} & hosts  # Georgia's breakaway
                          and e.type in STRAINED_TYPES for e in found)  # regions" after the war)
            helping = any(t.lemma_.lower() in ("fight", "peacekeeper", "peacekeeping", "part") or t.lemma_.lower() in
                          ("mission", "force") and t.dep_ == "pobj" for t in predicate.subtree if t.i > predicate.i)
            type_, mode = ("AID", None) if helping else ("MOBILIZE", "troops") if at_odds else ("COOPERATE", None)
            # ("has thousands of troops in Somalia fighting al-Shabaab", "as part of the African Union force": help)
        deployed = type_ == "MOBILIZE" and bool(sources) and bool(targets)
        foes = against_insurgents(predicate, args) if deployed else None
        senders, hosts = {m.code for m in sources}, {m.code for m in targets}
        dealings = {e.type for e in found if {e.source, e.target} & hosts and {e.source, e.target} & senders
                    } if deployed else set()  # what the senders and the hosts were told doing to each other
        if foes is not None and not dealings & HOSTILE_TYPES:
            type_, mode = "AID", None  # "Kenyan troops arrived in Congo to take on M23 rebels": help to Congo (not
            # "Israel sent troops into Lebanon to fight Hezbollah" after strikes on Lebanon), force aimed at the rebels
            extra = self._pairs(doc, sent, tok, "MOBILIZE", "troops", sources, foes, *modality(tok, predicate), False)
        sides = [m for c in predicate.children if c.dep_ in ("xcomp", "advcl")
                 and c.lemma_.lower() in ("fight", "serve") for m in args.prep_actors(c, {"for", "alongside"})
                 ] if deployed else []
        if sides and {m.code for m in sides} >= {m.code for m in targets}:
            type_, mode = "AID", None  # "sent troops to fight for Russia": help to the side they fight for
        if foes is None and deployed and sent_to_friend(predicate, targets, args) and not dealings & STRAINED_TYPES:
            type_, mode = "AID", None  # "sent an additional 600 paratroopers to Lithuania, Latvia, Estonia and
            # Poland": troops stationed with a state at peace with the sender reassure it (GUIDELINES §11, §14)
        offer = type_ == "AGREE" and predicate.lemma_.lower() in ("offer", "propose") and predicate.i != tok.i
        if type_ == "AGREE" and not sources and not targets and any(c.dep_ == "auxpass" for c in predicate.children) \
                and not any(sent.start <= m.start < sent.end for m in args.mentions):
            since = doc[sentence_start(tok, 2)].idx  # "Bilateral talks were held... Three agreements were signed"
            met = next((e for e in reversed(found) if e.type == "CONSULT" and e.start >= since and e.target
                        and not e.negated and not e.hypothetical), None)
            if met is not None:
                sources, targets = [code_mention(met.source)], [code_mention(met.target)]
        if type_ == "ASSAULT" and overflight(tok):  # "fired a ballistic missile over northern Japan", "into waters
            if not targets and not modality(tok, predicate)[1]:  # off Taiwan": a show of force (not a plan to)
                targets = [m for m in args.waters_of(tok) + args.prep_actors(tok, {"off", "near", "around"})
                           if m.code not in {s.code for s in sources}]
            type_, mode = ("MOBILIZE", "weapons") if targets else (type_, mode)
        if type_ == "MOBILIZE" and targets and (asked(found, sources, targets) or at_request(predicate) or policing(tok)):
            type_, mode = "AID", None  # troops sent at a government's request, police sent: help, not a show of force
        if type_ == "MOBILIZE" and targets and tok.lemma_.lower() in ("station", "base", "garrison") and \
                {m.code for m in targets} <= {m.code for m in args.prep_actors(tok, {"in"})}:
            type_, mode = "COOPERATE", None  # "80 Indian soldiers had been stationed in the Maldives": hosted
        if sources and not targets and type_ == "MOBILIZE" and to_the_border(predicate):
            targets = args.counterpart(found, {m.code for m in sources})  # "deployed troops along the border"
        told = speech_governor(predicate) if sources and not targets and type_ in COUNTERPART_TYPES | {"REQUEST"} \
            else None
        if told is not None and told.lemma_.lower() == "tell":  # "Japan told China it had serious concerns": the
            codes = {m.code for m in sources}                   # one told
            targets = [m for c in told.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in
                       BODIES_TOLD for m in args.actors(c) if m.code not in codes]  # (not "told the council":
            # what is said there is about a third)
        own = any(c.dep_ == "dobj" and (c.pos_ == "PROPN" and args.actors(c) or c.lemma_.lower() in DOMESTIC_FOES or (
            predicate.lemma_.lower() == "blame" and c.pos_ == "NOUN" and trigger_of(c) is None))
                  for c in predicate.children)  # "criticized Bolsonaro": someone named; "blaming his predecessor";
        # "blamed a technical fault": a cause, no one's act
        voted = type_ == "REJECT" and predicate.lemma_.lower() in ("block", "veto", "defeat") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DRAFTS | {"measure"} for c in predicate.children)
        if sources and voted and (not targets or predicate.dep_ == "ccomp"):  # "regretted that China and Russia had
            body = args.council_before(tok)  # blocked the measure": a body's text, not the speaker who regrets it
            targets, own = [body] if body is not None else [], True
        if sources and not targets and (type_ in COUNTERPART_TYPES or offer) and not own:  # if only one's own
            targets = args.counterpart([e for e in answerable if self.lemmas.get(id(e)) not in SPEAKING_TO],
                                       {m.code for m in sources})  # "Islamabad offered talks": to (addressing
            # a body is no dealing a remark answers: "addressing the council, he rejected the filling")
            # its rival
        if sources and not targets and type_ == "RETREAT" and tok.lemma_.lower() in ("withdraw", "pull", "retreat") \
                and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                    g.lemma_.lower() in FRONT_LINES for g in c.children) for c in tok.children):
            targets = args.counterpart(found, {m.code for m in sources})  # "Tajik forces had begun withdrawing
            # from some positions": from the other side of the border fighting
        if mode == "drafted":  # "the United States put forward a draft resolution": to the body whose it is
            bodies = [m for m in targets if m.actor.kind == "org"] or [
                b for b in [args.council_before(tok)] if b is not None]
            targets, mode = bodies, None
        if sources and not targets and tok.lemma_.lower() == "veto" and tok.pos_ == "VERB":  # "Russia vetoed a
            vetoed = args.council_before(tok)  # draft resolution": the council's measure (GUIDELINES: REJECT of the
            targets = [vetoed] if vetoed is not None else []  # body)
        if sources and tok.lemma_.lower() == "walk" and any(c.lower_ == "out" for c in tok.children):
            codes = {m.code for m in sources}  # "walked out of the hall when Russia's representative took the
            targets = [m for c in tok.children if c.dep_ == "advcl" and any(  # floor": at the speaker, not the hall
                k.dep_ in ("mark", "advmod") and k.lower_ in ("when", "as") for k in c.children)
                for k in c.children if k.dep_ == "nsubj" for m in args.actors(k) if m.code not in codes] or targets
        if type_ == "REJECT" and tok.lemma_.lower() == "appeal" and not set(m.code for m in targets) - FORUMS:
            codes = {m.code for m in sources}  # "appealed the WTO panel ruling in the dispute brought by Japan": the
            targets = [m for t in sent if t.lemma_.lower() in QUARRELS | COMPLAINTS for a in t.children  # one who
                       if a.dep_ == "acl" for m in args.passive_doers(a) if m.code not in codes] or \
                args.counterpart(without_courts(found), codes)  # brought it, else the other side told
        if sources and type_ == "CONCEDE" and tok.lemma_.lower() in ("objection", "veto", "opposition", "block") \
                and not {m.code for m in targets} - {m.code for m in sources}:  # "Slovakia dropped its objections",
            codes = {m.code for m in sources}  # "Turkey lifted its veto": to whom it had objected
            targets = args.again(found, "REJECT", codes) or args.counterpart(found, codes)
        if sources and not targets and tok.lemma_.lower() == "scramble":  # "scrambled fighter jets after Chinese
            codes = {m.code for m in sources}  # aircraft entered its air defence zone": at the intruder
            targets = [m for c in tok.children if c.dep_ == "advcl" for k in c.children if k.dep_ == "nsubj"
                       for m in args.actors(k) if m.code not in codes]
        if sources and not targets and tok.lemma_.lower() in ("apologise", "apologize", "apology"):
            targets = args.counterpart(found, {m.code for m in sources})  # "Baku apologised immediately": to the
            # other side of what it last did
        if mode == "yielded":  # "Colombia backed down": to the other side of the row
            mode = None
            if sources and not targets:
                targets = args.counterpart(found, {m.code for m in sources})
        if sources and not targets and type_ in COUNTERPART_TYPES | {"PROTEST"}:  # "would take countermeasures
            codes = {m.code for m in sources}                                        # after Trump imposed tariffs"
            # "held up a photograph in protest as Raisi spoke": the clause of the verb the noun hangs from
            verb = predicate if predicate.pos_ in ("VERB", "AUX") else verb_above(predicate) or predicate
            targets = [m for c in verb.children if c.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in ("after", "because", "since", "as") for k in c.children)
                for k in c.children if k.dep_ == "nsubj" for m in args.actors(k) if m.code not in codes]
        if sources and type_ == "ACCUSE" and tok.lemma_.lower() in COMPLAINTS and (
                not targets or {m.code for m in targets} <= COURTS | FORUMS):
            # "Guyana filed its case at the court", "filed a case at the ICJ", "a complaint at the WTO": against
            codes = {m.code for m in sources}  # the other side of the dispute, not the court
            targets = [m for g in (t for t in sent if t.lemma_.lower() in ("dispute", "row", "quarrel"))
                       for m in args.prep_actors(g, {"between"}) if m.code not in codes] or \
                args.counterpart(without_courts(found), codes)
        if type_ == "THREATEN" and targets and {m.code for m in targets} <= COURTS | FORUMS:
            targets = args.counterpart(without_courts(found),  # "has threatened to take the issue to the ICJ": a
                                       {m.code for m in sources})  # threat to the other side, the court only where
        if sources and not targets and type_ == "PROTEST" and tok.lemma_.lower() != "walk":  # a boycott: at the
            codes = {m.code for m in sources}  # host ("will not attend the World Cup in Russia, and Iceland said
            # its leaders would stay away"; not a walkout, aimed at whoever spoke)
            hosts = [m for t in doc[sentence_start(tok, 1):tok.i] if t.lower_ == "in" and t.head.lemma_.lower() in
                     SHOWS for g in t.children if g.dep_ == "pobj" for m in args.actors(g)
                     if m.code not in codes and m.actor.kind == "country"]
            targets = hosts[-1:]
        if sources and not targets and type_ in ("ACCUSE", "PROTEST") and mode != "investigate" and not own and \
                tok.lemma_.lower() not in REMARK_NOUNS:  # remarks name their butt
            targets = args.aggressor(found, {m.code for m in sources})  # "Japan also expressed concern"
        if sources and not targets and type_ == "REQUEST" and tok.pos_ == "VERB":  # "called for talks between
            codes = {m.code for m in sources}                                        # Venezuela and Guyana"
            parties = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                       if g.dep_ == "pobj" for m in args.prep_actors(g, {"between"}) if m.code not in codes]
            targets = parties if len({m.code for m in parties}) > 1 else []  # both sides, or none of them
        if sources and not targets and type_ not in SYMMETRIC_TYPES and in_return(predicate):  # "Phnom Penh
            targets = args.implicit_target(found, {m.code for m in sources})  # downgraded relations in return": at
            # whoever acted against it
        if sources and not targets and echoed_call(tok):  # "a call echoed by the EU": to whom the call was made
            echo = args.echoed(found, {m.code for m in sources})
            targets = echo[1] if echo is not None and echo[0] == "REQUEST" else []
        if sources and not targets and type_ == "REQUEST":  # "demanded the release of its citizens held in Iran"
            targets = captors(tok, args, sources)
        if len(sources) > 1 and type_ in BOTH_SIDES_TYPES and any(  # "each side blamed the other": at each other,
                c.dep_ == "dobj" and c.lower_ in ("other", "another") and c.i > 0 and c.nbor(-1).lower_ in (  # not
                    "the", "each", "one") for c in tok.children):  # at whoever else the frame found
            targets = []
        if len(sources) > 1 and not targets and type_ in BOTH_SIDES_TYPES and both_sides(predicate, tok):
            reciprocal = True  # "troops from both sides pulled back", "each side accused the other"
        if type_ == "AGREE" and not targets and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("assurance", "guarantee"):
            sources = []  # "creditors China, Japan and India gave assurances": to a third, not to each other
        if type_ == "ASSAULT" and any(m.actor.kind == "group" for m in targets):  # "strikes across Yemen against
            targets = [m for m in targets if m.actor.kind == "group" or not located(doc, m)]  # Houthi targets"
        # an ask turned down, a charge denied, was made all the same
        negated, hypothetical = modality(tok, predicate) if not (answered or charged) else (False, False)
        if trig.mode == "advisory":  # "warned its citizens not to travel to Cuba": the "not" is the advice
            negated = any(c.dep_ == "neg" for c in tok.children)
        if negated and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("reject", "dismiss") and type_ in (
                "SANCTION", "ASSAULT", "COERCE", "MOBILIZE") and not any(c.dep_ == "neg" for c in tok.head.children):
            negated = False  # "Sudan rejected US sanctions": rejected as wrong, not denied; they were imposed
        hypothetical = hypothetical and not fought  # the fight before the truce happened
        if type_ == "REJECT" and any(c.lower_ == "longer" and any(k.lower_ in ("no", "not") for k in (
                *c.children, *predicate.children)) for c in predicate.children):  # "said it would no longer
            type_, mode, negated, hypothetical = "CONCEDE", None, False, False  # block Sweden": it gives way now
        questioned = asked_whether(predicate)  # "will Canada retaliate?" threatens and promises nothing
        if trig.now and type_ == trig.type and not questioned:  # "said it would respond": the threat is made now, only
            hypothetical = False            # its content is future; "would not hesitate to strike": its "not" is no
            negated = negated and not trig.negation_inside  # negation
        offered = type_ == "CONSULT" and tok.lemma_.lower() == "mediate"  # "ready to mediate between Russia and
        if hypothetical and not negated and (type_ in PROMISED_TYPES or offered) and intent(predicate) and \
                not conditional(predicate) and not questioned:  # Ukraine": an offer (GUIDELINES, mediation)
            type_, mode, hypothetical = "AGREE", None, False  # "will support", "offered to send troops"
        if type_ == "SANCTION" and sources and not negated and any(  # "said the United States would halt its joint
                t.lemma_.lower() == "concession" and t.dep_ == "appos" for t in predicate.subtree):  # exercises with
            partners = {m.code for m in targets}  # South Korea, a concession...": given to the other side, not
            type_, mode, hypothetical = "CONCEDE", None, False  # to the partner whose ties are cut
            targets = args.counterpart([e for e in found if not {e.source, e.target} & partners],
                                       {m.code for m in sources})
        if mode == "in kind":
            return []  # a reply whose kind no act told answers
        out = self._pairs(doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal) + extra
        if nominal and (negated or hypothetical) and predicate.lemma_.lower() == "join":  # "refused to join EU
            owners = {m.code for c in tok.children if c.dep_ in ("compound", "poss", "amod")  # sanctions against
                      for m in args.actors(c)} - {m.code for m in args.subjects(predicate)}  # Russia": the EU's
            for e in out:                                                                   # stand
                if e.source in owners:
                    e.negated = e.hypothetical = False
        if imposed and out and type_ in ("CONCEDE", "RETREAT") and not negated:
            out += self._pairs(doc, sent, tok, "SANCTION", "discontinue", sources, targets, False, False, False)
        out += self._signed_together(doc, sent, tok, sources, targets) if type_ == "AGREE" and out else []
        if out and not nominal and type_ != "CONSULT" and any(
                c.dep_ == "prep" and c.lower_ in ("by", "over", "on", "in") and any(
                    g.lemma_.lower() in ("phone", "telephone") or (c.lower_ == "in" and g.lemma_.lower() in (
                        "conversation", "call") and any(k.lemma_.lower() in ("phone", "telephone")
                                                       for k in g.children)) for g in c.children)
                for c in tok.children):  # "urged Japarov and Rahmon in telephone conversations"
            out += self._pairs(doc, sent, tok, "CONSULT", "phone", sources, targets, negated, hypothetical, False)
            # "urged Rwandan President Paul Kagame by phone to stop...": they spoke, too
        summits = summit_hosts(tok, predicate, args) if out and not negated else []
        if summits:  # "met Trudeau on the sidelines of the G20 summit", "raised the exit with Li on the sidelines of
            # the G20 summit": each also attends the organisation's summit
            held = {s.code for s in summits}
            parties = list({m.code: m for m in sources + targets if m.code not in held}.values())
            out += self._pairs(doc, sent, tok, "CONSULT", "multilateral", parties, summits, False, hypothetical, False)
        elif out and not negated and type_ == "AGREE" and at_summit(tok, predicate):  # "the five presidents signed
            # the convention at the Caspian Summit": they met there
            out += self._pairs(doc, sent, tok, "CONSULT", "multilateral", sources, targets, False, hypothetical,
                               reciprocal)
        joint = out and targets and type_ == trig.type in SYMMETRIC_TYPES and mode != "third-party" and len(
            {m.code for m in sources}) == 2  # not "Saudi Arabia, the UAE and Bahrain signed a declaration with Qatar"
        if joint and {m.code for m in targets} <= {  # all done "with" them: "signed a declaration with Trump"
                m.code for h in (tok, predicate, *(c for c in tok.children if c.dep_ == "dobj"))
                for m in args.prep_actors(h, {"with"})}:
            out += self._pairs(doc, sent, tok, type_, mode, sources, [], negated, hypothetical, False)  # joint act:
            # "the leaders of Armenia and Azerbaijan signed a declaration with Trump": the two agreed with each other too
        if not out and not targets and not negated and not hypothetical:
            args.remember(sources, type_, sent)  # a doer with no one done to: "the move" may point back at it
        if not sources and targets and type_ in ("ASSAULT", "COERCE") and not negated and not hypothetical:
            args.remember_victims(targets, type_, sent)  # "rockets hit a U.S. base": whoever claims it did it
        elif not sources and not targets and type_ == "ASSAULT" and not negated and not hypothetical:
            hit = [predicate] + [x for c in predicate.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]
            places = [m for h in hit for m in args.prep_actors(h, {"in"})]
            args.remember_victims(places, type_, sent)  # "drones struck a plant in Saudi Arabia"
        if not out and sources and not targets and type_ in MATERIAL_CONFLICT and not negated and not hypothetical:
            speakers = accusers(predicate, sources, args)  # "Moscow said Ukrainian forces shelled a plant"
            return self._pairs(doc, sent, tok, "ACCUSE", "allege", speakers, sources, False, False, False) \
                if speakers else []
        between = args.prep_actors(tok, {"between"}) if nominal and type_ in SYMMETRIC_TYPES and sources else []
        if len(between) > 1:  # "Oman hosted talks between Iran and the US": Iran and the US talked too
            out += self._pairs(doc, sent, tok, type_, mode, [], between, negated, hypothetical, False)
        hosts = hosted_by(tok, predicate, args) if type_ in ("CONSULT", "AGREE") and not negated else []
        if hosts and (out or len(between) > 1):  # "signed the accords in a ceremony hosted by Trump": the host
            held = {m.code for m in hosts}  # met each party (GUIDELINES §17)
            parties = list({m.code: m for m in sources + targets + between if m.code not in held}.values())
            args.host_talks += self._pairs(doc, sent, tok, "CONSULT", "third-party", hosts, parties, False,
                                           modality(predicate, predicate)[1], False)  # (the talks, not their
            # content: "agreed to a ceasefire at talks hosted by Malaysia" is no planned meeting)
        return reported(out, predicate, args)

    def _pairs(self, doc, sent, tok, type_, mode, sources, targets, negated, hypothetical, reciprocal):
        sources = [m for m in sources if m.state_level and m.code and m.code not in FORUMS]
        targets = [m for m in targets if m.state_level and m.code and m.code not in FORUMS]  # (a forum is no party)
        pairs: list[tuple[Mention, Mention]] = []
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
            if reciprocal and type_ not in SYMMETRIC_TYPES and (tok.lemma_.lower() in CLASH_LEMMAS | RECIPROCAL_VERBS | {"war"}
                                                                 or tok.head.lower_ == "at"):  # "clashed with",
                # "swapped prisoners with Ukraine", "at war with": each did it to the other
                pairs += [(t, s) for s, t in pairs]
        elif len(sources) > 1 and mode != "third-party" and tok.lemma_.lower() != "attend" and (
                type_ in SYMMETRIC_TYPES or reciprocal or (
                tok.pos_ == "VERB" and tok.lemma_.lower() in MUTUAL_NOUNS)):
            # "Indian and Chinese troops clashed": each hits the other (those who attend meet the host, not each
            # other: "Leaders from Kenya, Djibouti and Somalia attended")
            pairs = _among(sources, both_ways=reciprocal or type_ not in SYMMETRIC_TYPES)
        elif not sources and len(targets) > 1 and not any(c.dep_ == "dobj" for c in tok.children) and (
                type_ in SYMMETRIC_TYPES or tok.lemma_.lower() in MUTUAL_NOUNS):  # not "toured Eritrea and Qatar"
            # "fighting between Israel and Hezbollah": each hits the other
            pairs = _among(targets, both_ways=type_ not in SYMMETRIC_TYPES)
        date, precision = event_date(sent, tok, doc._.published)
        out = []
        for s, t in pairs:
            if load_default().domestic(s.code, t.code):
                continue  # domestic: one state, or Britain and the Falklands
            kind, kind_mode = type_, mode
            if tok.lemma_.lower() in LEAVE_LEMMAS and type_ in ("SANCTION", "RETREAT") and mode == "withdraw" and \
                    not any(c.dep_ == "dobj" and (c.lemma_.lower() in ("diplomat", "ambassador", "envoy") or any(
                        a.lower_ == "diplomatic" for a in c.children)) for c in tok.children):  # not its diplomats
                # leaving an organisation or a state's scheme reduces relations; leaving a country is a retreat
                left = [g for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("from", "of"))
                        for g in ([c] if c.dep_ == "dobj" else c.children)]
                kind = "SANCTION" if t.actor.kind == "org" or any(
                    g.lemma_.lower() in SCHEMES for g in left) else "RETREAT"  # "quit China's 17+1 format"
            out.append(Event(
                source=s.code, target=t.code, type=kind, mode=kind_mode, date=date, date_precision=precision,
                negated=negated, hypothetical=hypothetical,
                confidence=(0.8 if s.start >= 0 and t.start >= 0 else 0.6) * (0.8 if hypothetical else 1.0),
                sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                source_actor=s.actor.id if s.actor.kind == "person" else None,
                target_actor=t.actor.id if t.actor.kind == "person" else None,
                trigger=tok.text))
            self.lemmas[id(out[-1])] = tok.lemma_.lower()
        return out


def _among(mentions: list[Mention], both_ways: bool) -> list[tuple[Mention, Mention]]:
    """Every pair of distinct actors in a group, once each (both ways when each acts on the other)."""
    parties = distinct(mentions)
    pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
    return pairs + [(b, a) for a, b in pairs] if both_ways else pairs


@Language.factory("kg_events", requires=["doc._.mentions", "token.dep"], assigns=["doc._.events"])
def make_event_finder(nlp: Language, name: str):
    return EventFinder()


def without_courts(found: list[Event]) -> list[Event]:
    """The events told between parties, leaving out those of a court (COURTS): what a case or a threat to go to
    court may answer."""
    return [e for e in found if not {e.source, e.target} & (COURTS | FORUMS)]


def imposed_before(tok: Token) -> bool:
    """Whether a sanction noun tells its own imposition in a relative clause ("the tariffs he had ordered", "the
    sanctions it imposed on Eritrea in 2009"), not a future or denied one."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in IMPOSING and not any(
        k.dep_ in ("aux", "neg") and k.lower_ in ("will", "would", "not", "n't") for k in c.children)
        for c in tok.children)


def gathered(tok: Token) -> bool:
    """'EU foreign ministers meeting in Luxembourg', the participle read as a noun: people, who can speak."""
    return tok.lower_ == "meeting" and any(c.dep_ == "compound" and c.tag_ == "NNS" and c.lemma_.lower() in
                                           PERSON_GROUPS for c in tok.children)
