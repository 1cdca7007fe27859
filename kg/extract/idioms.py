"""Idioms: fixed constructions that code an event their own way, mixed into the event finder.

"The Houthis claimed responsibility for the attack" makes the claimer the attacker of an attack told
without one; "intercepted with the help of the US" makes the US aid the doer; "France said Iraq must
cooperate" is a demand on Iraq; a title trigger the parser could not read is read by headline word
order (kg/extract/headline.py). Each method returns Events through the finder's `_pairs`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.arguments import Arguments
from kg.extract.clauses import capital_struck, verb_above
from kg.extract.headline import headline_frame, in_title, is_boundary, names_after
from kg.extract.implicit import code_mention
from kg.extract.modality import CHARGES, DENIALS, PROMISED_TYPES, intent, modality
from kg.extract.nominal import base_verb, headline_verb, retyped
from kg.extract.references import SPEECH_LEMMAS, WORDS
from kg.extract.speech import speech_governor
from kg.extract.lexicon import ASKING_NOUNS, DIPLOMATIC_PROTEST_CARRIERS
from kg.extract.triggers import armed, trigger_of, type_of
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

# "with the help of", "with the support of": the helpers aid the doer.
HELP_NOUNS = {"help": "AID", "assistance": "AID", "support": "SUPPORT", "backing": "SUPPORT"}
# "Iran-backed Houthis", "Rwandan-backed M23 rebels": the state supports the group (the group acts for itself).
BACKERS = frozenset({"backed", "sponsored", "funded", "supported", "armed", "aligned", "allied"})
# Verbs that take responsibility for an attack: its doer speaks.
CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})
# "announced similar measures", "took the same step": an act told by pointing at one told before.
ECHO_NOUNS = frozenset({"measure", "step", "action", "move", "steps", "measures", "decision", "decisions"})
ECHO_ADJECTIVES = frozenset({"similar", "same", "matching", "parallel", "identical", "comparable"})


# "Australia and Canada joined the strikes", "took part in the operation", "provided support for the
# operation": military cooperation with whoever carried the act out.
JOINED_ACTS = frozenset({"operation", "mission", "campaign", "coalition", "offensive", "patrol", "blockade"})
JOINED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


class Idioms:
    """Constructions with their own coding; needs the host's `_pairs`."""

    _pairs: object

    def _headline(self, doc: Doc, args: Arguments, found: list[Event]) -> list[Event]:
        """Title triggers the parse gave no event: by headline word order, the first in each clause."""
        used = {e.trigger for e in found if e.start < doc._.title_end}
        out: list[Event] = []
        clause_has_trigger = False
        for tok in doc:
            if not in_title(doc, tok):
                break
            if is_boundary(doc, tok.i, args.by_token):
                clause_has_trigger = False
            trig = trigger_of(tok) if tok.i not in args.by_token else None
            if trig is None:
                continue
            first, clause_has_trigger = not clause_has_trigger, True
            if not first or tok.text in used or (tok.dep_ == "compound" and tok.head.i == tok.i + 1):
                continue  # "Threatens Tariffs on Mexico": the threat's content; "Issues Arrest Warrant": no arrest
            sources, targets, mutual = headline_frame(doc, tok, trig.type, args.by_token)
            if trig.type in ("ASSAULT", "COERCE"):  # "After the Caracas Raid, Washington Has a Prisoner": the
                sources = [m for m in sources if not capital_struck(m, tok)]  # capital is the place hit, no attacker
            type_ = "ACCUSE" if trig.type == "PROTEST" and tok.i > 0 and \
                doc[tok.i - 1].lemma_.lower() in DIPLOMATIC_PROTEST_CARRIERS else trig.type  # "Japan Lodges Protest"
            mode = trig.mode
            if mode == "in kind":  # "Canada, Mexico and EU Hit Back as U.S. Metal Tariffs Take Effect"
                reply = args.returned(found, {m.code for m in sources}, armed(tok)) if sources else None
                if reply is None:
                    continue
                (type_, targets), mode = reply, None
            verb = headline_verb(tok) or (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
            retype = retyped(type_, base_verb(verb)) if verb is not None else None
            if retype:  # "U.S. Lifts Sanctions on Syria": lifted, not imposed
                type_, mode = retype
            if sources and not targets and type_ == "ACCUSE" and not mutual:  # ... "After Chinese Carrier Sails..."
                codes = {m.code for m in sources}
                targets = args.answered(found, codes) or args.aggressor(found, codes)
            if sources and not targets and not mutual and type_ not in SYMMETRIC_TYPES and \
                    not names_after(doc, tok, args.by_token):
                targets = _other_party(doc, args, {m.code for m in sources})  # "Greenland Weighs Talks as Trump
            negated, hypothetical = modality(tok, tok)                        # Renews Push for Control"
            if retype and not negated and type_ in PROMISED_TYPES and (  # "Japan to Lift Export Curbs": a step
                    intent(verb) or (verb.i > 0 and doc[verb.i - 1].lower_ == "to")):  # announced, a promise as "said it would
                type_, mode, hypothetical = "AGREE", None, False          # lift" is (§3)
            if sources and targets:
                out += self._pairs(doc, tok.sent, tok, type_, mode, sources, targets, negated, hypothetical, False)
            elif len(sources) > 1 and (mutual or type_ in SYMMETRIC_TYPES):
                out += self._pairs(doc, tok.sent, tok, type_, mode, sources, [], negated, hypothetical, mutual)
        return out

    def _solidarity(self, doc: Doc, sent: Span, tok: Token, withs: list[Token], args: Arguments) -> list[Event]:
        """'cut ties with Ecuador in solidarity with Mexico': support for Mexico, who is no target of the act."""
        verb = tok.head.head
        backed = [m for w in withs for g in w.children if g.dep_ == "pobj" for m in args.actors(g)]
        negated, hypothetical = modality(verb, verb)
        return self._pairs(doc, sent, tok, "SUPPORT", None, args.subjects(verb), backed, negated, hypothetical, False)

    def _helped(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """'X did it with the help of Y': Y aids whoever did it (the speaker, when a passive names no doer)."""
        givers = args.prep_actors(tok, {"of", "from"})
        verb = verb_above(tok)
        if not givers or verb is None:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        helped = [] if passive else args.subjects(verb)
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            speech = speech_governor(verb)  # "Israel said the missiles were intercepted with the help of..."
            helped = args.subjects(speech) if speech is not None else []
        negated, hypothetical = modality(verb, verb)
        return self._pairs(doc, sent, tok, HELP_NOUNS[tok.lemma_.lower()], None, givers, helped, negated,
                           hypothetical, False)

    def _backed(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """'the Iran-backed Houthi movement': support from Iran to the group, in no one's words but the story's."""
        backer = args.by_token.get(tok.i - 2) if tok.i > 1 and doc[tok.i - 1].text == "-" else None
        if backer is None or backer.actor.kind != "country":
            return []
        groups = [m for m in args.actors(tok.head) if m.actor.kind == "group" and m.code != backer.code]
        return self._pairs(doc, sent, tok, "SUPPORT", None, [backer], groups, False, False, False)

    def _claim(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """A claim of responsibility makes the claimer the doer of the attack told without one."""
        claim = tok.head
        sources = args.subjects(claim)
        acts = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        type_ = next((t for t in map(type_of, acts) if t), "ASSAULT")
        negated, hypothetical = modality(claim, claim)
        targets = args.claimed(type_, {m.code for m in sources}, sent.start_char)
        return self._pairs(doc, sent, claim, type_, None, sources, targets, negated, hypothetical, False)

    def _denied_charge(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """'Trump said South Africa was seizing land, a claim Pretoria rejects': the denier rejects whoever made
        the claim, the speaker of the nearest claim before it (not the one the claim is about)."""
        deniers = [m for c in tok.children if c.dep_ in ("nsubj", "compound") for m in args.actors(c)]
        charge = charge_of(tok)
        claims = [t for t in doc[sent.start:charge.i] if t.pos_ == "VERB" and (
            t.lemma_.lower() in SPEECH_LEMMAS or type_of(t) == "ACCUSE")]  # the nearest before the charge
        claimants = next((subjects for subjects in map(args.subjects, reversed(claims)) if subjects), [])
        codes = {m.code for m in deniers}
        return self._pairs(doc, sent, tok, "REJECT", None, deniers, [m for m in claimants if m.code not in codes],
                           False, False, False)

    def _swallowed(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """The call or meeting of a verb the parser swallowed into a name: between the people on either side."""
        caller, called = args.by_token[tok.i - 1], args.by_token[tok.i + 1]
        mode = "phone" if tok.lemma_.lower() in ("telephone", "phone", "call") else "visit"
        return self._pairs(doc, sent, tok, "CONSULT", mode, [caller], [called], False, False, False)

    def _refused_ask(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """'Kiribati had sought funds from Taipei, a request Taiwan had turned down': the refuser rejects whoever
        asked, the subject of the clause the request stands beside."""
        refusers = [m for c in tok.children if c.dep_ == "nsubj" for m in args.actors(c)]
        asked = verb_above(tok.head)
        codes = {m.code for m in refusers}
        askers = [m for m in args.subjects(asked) if m.code not in codes] if asked is not None else []
        negated, _ = modality(tok, tok)
        return self._pairs(doc, sent, tok, "REJECT", None, refusers, askers, negated, False, False)

    def _standing(self, doc: Doc, sent: Span, tok: Token, type_: str, args: Arguments) -> list[Event]:
        """'China is Zambia's largest lender', 'Beijing, its largest trading partner': the holder of the role
        to the state it plays it for."""
        holders = args.subjects(tok.head) if tok.dep_ == "attr" else [args.by_token[tok.head.i]] \
            if tok.head.i in args.by_token else []
        partners = [m for c in tok.children if c.dep_ == "poss" for m in args.actors(c)]
        partners = partners or args.prep_actors(tok, {"to", "of", "for"})
        codes = {m.code for m in holders}
        return self._pairs(doc, sent, tok, type_, None, holders, [m for m in partners if m.code not in codes],
                           False, False, False)

    def _vote(self, doc: Doc, sent: Span, tok: Token, side: str, args: Arguments) -> list[Event]:
        """'France, Poland and Austria voted against': the states reject the body whose vote it is (the
        organisation named in the ballot's phrase, else the last one named in the sentence or the three
        before)."""
        voters = [m for m in args.subjects(tok) if m.actor.kind == "country"]
        if not voters:
            return []
        ballot = [g for c in tok.children if c.dep_ in ("prep", "dobj") for g in ([c] if c.dep_ == "dobj" else [
            k for k in c.children if k.dep_ == "pobj"])]
        bodies = [m for g in ballot for m in args.actors(g) if m.actor.kind == "org"]
        if not bodies:
            body = args.org_before(tok, group=False)
            bodies = [body] if body is not None else []
        if not bodies or any(m.code == bodies[0].code for m in voters):
            return []
        negated, hypothetical = modality(tok, tok)
        if side == "SUPPORT" and hypothetical and not negated and intent(tok):
            side, hypothetical = "AGREE", False  # "said it will support the resolution": a promise (PLOVER)
        return self._pairs(doc, sent, tok, side, None, voters, bodies, negated, hypothetical, False)

    def _echo(self, doc: Doc, sent: Span, tok: Token, args: Arguments, found: list[Event]) -> list[Event]:
        """'Canada and Britain announced similar measures', 'France followed suit': the last act again."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        sources = args.subjects(verb)
        before = [e for e in found if e.start < sent.start_char]
        leaders = {m.code for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("lead", "example")
                   for k in c.children if k.dep_ in ("poss", "amod", "compound") for m in args.actors(k)}
        if leaders:  # "followed the Saudi lead": what Saudi Arabia last did (a deed before its words)
            before = [e for e in before if e.source in leaders]
            before = [e for e in before if e.type not in WORDS] or before
        if tok.lemma_.lower() == "decision":  # "a similar decision" repeats a deed, not a criticism or a demand
            before = [e for e in before if e.type not in WORDS]
        echo = args.echoed(before, {m.code for m in sources})
        if not sources or echo is None:
            return []
        if verb.lemma_.lower() == "join" and echo[0] in ("ASSAULT", "MOBILIZE", "COERCE"):
            return []  # "joined the action" after strikes is cooperation with the strikers (_joined), not told here
        negated, hypothetical = modality(verb, verb)
        return self._pairs(doc, sent, verb, echo[0], None, sources, echo[1], negated, hypothetical, False)

    def _joined(self, doc: Doc, sent: Span, verb: Token, act: Token, args: Arguments,
                found: list[Event]) -> list[Event]:
        """'Australia and Canada provided support for the operation': they cooperate with its doers."""
        sources = args.subjects(verb)
        codes = {m.code for m in sources}
        type_ = type_of(act) or "ASSAULT"
        doers = [m for m in args.event_reference(act, found, type_ if type_ in JOINED_TYPES else "ASSAULT", codes)
                 if m.code not in codes]
        negated, hypothetical = modality(verb, verb)
        return self._pairs(doc, sent, verb, "COOPERATE", None, sources, doers, negated, hypothetical, False)

    def _switched(self, doc: Doc, sent: Span, tok: Token, args: Arguments) -> list[Event]:
        """'Nauru switched diplomatic recognition from Taiwan to China': ties cut with the one, given to the other."""
        sources = args.subjects(tok) or [m for c in tok.children if c.i < tok.i and c.dep_ in ("advmod", "npadvmod")
                                         for m in args.actors(c)]  # "Nauru" misread as an adverb
        froms = [m for m in args.prep_actors(tok, {"from"}) + [m for c in tok.children if c.dep_ == "dobj"
                                                                for m in args.prep_actors(c, {"from"})]]
        tos = [m for m in args.prep_actors(tok, {"to"}) + [m for c in tok.children if c.dep_ == "dobj"
                                                            for m in args.prep_actors(c, {"to"})]]
        if not froms and len(tos) == 1 and tos[0].code in RIVAL_CHINAS:  # "voted to switch recognition to the
            froms = [code_mention(RIVAL_CHINAS[tos[0].code])]  # People's Republic": the two exclude each other
        negated, hypothetical = modality(tok, tok)
        return self._pairs(doc, sent, tok, "SANCTION", "discontinue", sources, froms, negated, hypothetical, False) + \
            self._pairs(doc, sent, tok, "SUPPORT", None, sources, tos, negated, hypothetical, False)

    def _signed_together(self, doc: Doc, sent: Span, tok: Token, sources: list, targets: list) -> list[Event]:
        """'Tokayev and Mirziyoyev signed a treaty in Tashkent': leaders who sign together somewhere met there."""
        people = {m.code: m for m in sources + targets if m.actor.kind == "person" and m.code}
        if tok.lemma_.lower() not in ("sign", "ink") or len(people) < 2 or not any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children):
            return []
        negated, hypothetical = modality(tok, tok)
        return self._pairs(doc, sent, tok, "CONSULT", "visit", list(people.values()), [], negated, hypothetical, False)

    def _options(self, doc: Doc, sent: Span, tok: Token, speech: Token, args: Arguments,
                 found: list[Event]) -> list[Event]:
        """'Trump said "all options are on the table"': a threat by the speaker to whoever last acted against it,
        else to the last told to use or show force, else to the other side of its last act."""
        sources = args.subjects(speech)
        codes = {m.code for m in sources}
        found = [e for e in found if e.start < sent.start_char]  # not "the Kremlin warned Washington after Trump said"
        targets = args.answered(found, codes) or args.aggressor(found, codes) or args.counterpart(found, codes)
        negated, _ = modality(speech, speech)
        return self._pairs(doc, sent, tok, "THREATEN", None, sources, targets, negated, False, False)

    def _demand(self, doc: Doc, sent: Span, tok: Token, speech: Token, args: Arguments,
                type_: str = "REQUEST") -> list[Event]:
        sources = args.subjects(speech)
        codes = {m.code for m in sources}
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        targets = [m for c in subjects for m in args.actors(c) if m.code not in codes]
        if not targets and type_ == "THREATEN":  # "warned that the attack would not go unpunished", "would not
            acts = subjects + [c for c in tok.children if c.dep_ == "dobj"]  # leave any invasion unanswered"
            targets = [m for c in acts for m in args.event_reference(c, args.events, type_of(c), codes)]
        if not targets and type_ == "ACCUSE":  # "Myanmar said the decision violated ASEAN's principle of
            things = [c for c in subjects if c.pos_ == "NOUN"]  # non-interference": at whoever took the decision,
            targets = [m for c in things for m in args.event_reference(c, args.events, type_of(c), codes)] or (
                args.answered(args.events, codes) if things else [])  # else whoever last acted against the speaker
        negated, _ = modality(speech, speech)
        return self._pairs(doc, sent, tok, type_, None, sources, targets, negated, False, False)


# Recognising one China drops the other: a switch to Beijing is a switch from Taipei, and back.
RIVAL_CHINAS = {"CHN": "TWN", "TWN": "CHN"}


# What a body votes on or a state backs there: "backed the resolution", "voted against the text".
BALLOTS = frozenset({"resolution", "motion", "text", "draft", "proposal", "measure", "package", "tariff"})
# Verbs of taking a side on a body's ballot, and the side they take.
BALLOT_SIDES = {"back": "SUPPORT", "support": "SUPPORT", "endorse": "SUPPORT", "oppose": "REJECT", "reject": "REJECT"}


def vote_side(tok: Token) -> str | None:
    """The side a state takes in a body's vote: "voted against" (REJECT), "voted in favour", "voted for the
    resolution", "backed the resolution" (SUPPORT); None for any other token."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    if lemma == "vote":
        for c in tok.children:
            if c.dep_ not in ("prep", "advmod", "prt"):
                continue
            objects = [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
            if c.lower_ == "against" and all(o in BALLOTS for o in objects):
                return "REJECT"
            if (c.lower_ == "in" and objects in (["favour"], ["favor"])) or (c.lower_ == "for" and objects
                                                                           and objects[0] in BALLOTS):
                return "SUPPORT"
        return None
    if lemma in BALLOT_SIDES and any(c.dep_ == "dobj" and c.lemma_.lower() in ("resolution", "motion")
                                     for c in tok.children):
        return BALLOT_SIDES[lemma]
    return None


# Standing roles one state plays for another, told with a rank ("China is Zambia's largest bilateral lender",
# "Beijing, its largest trading partner"): the relation goes on (GUIDELINES §11, standing states of affairs).
STANDING_ROLES = {"donor": "AID", "lender": "AID", "creditor": "AID", "investor": "COOPERATE", "partner": "COOPERATE",
                  "market": "COOPERATE", "customer": "COOPERATE", "buyer": "COOPERATE", "importer": "COOPERATE",
                  "supplier": "COOPERATE", "backer": "SUPPORT"}
RANKS = frozenset({"largest", "biggest", "main", "top", "leading", "key", "major", "chief", "principal", "closest",
                   "second-largest", "second-biggest", "largest-ever"})


def standing_role(tok: Token) -> str | None:
    """The PLOVER type of a ranked role noun said of a state: "is Vietnam's largest export market" (COOPERATE),
    "Australia, the largest aid donor to the Solomons" (AID), "the junta's biggest arms supplier" (AID)."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lemma not in STANDING_ROLES or tok.dep_ not in ("attr", "appos"):  # not "Russia and
        # China, both major creditors of Venezuela": a description of the pair
        return None
    if not any(c.dep_ == "amod" and c.lower_ in RANKS for c in tok.children):
        return None
    if lemma == "partner" and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in (
            "trading", "trade", "economic", "commercial") for c in tok.children):
        return None  # a trading partner trades; "its closest Pacific partner" may be a friend in name only
    if lemma == "supplier" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in (
            "arm", "arms", "weapon", "military", "defence", "defense") for c in tok.children):
        return "AID"  # "its main arms supplier"
    return STANDING_ROLES[lemma]


def echoes(tok: Token) -> bool:
    """'followed suit', 'did the same', 'announced similar measures': an act named only by an earlier one."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in ("follow", "do") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in (("suit", "lead", "example") if lemma == "follow" else ("same",))
            for c in tok.children):  # "followed Washington's lead"
        return True
    if tok.pos_ == "VERB" and lemma == "follow" and tok.dep_ in ("ROOT", "conj") and not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent", "ccomp", "xcomp") or (c.dep_ == "prep" and not all(
                g.ent_type_ in ("DATE", "TIME") for g in c.children)) for c in tok.children) \
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children):
        return True  # "Canada, Brazil and Peru followed within hours": did the same
    if tok.pos_ == "VERB" and lemma == "join" and any(  # "Canada and Ukraine joined the action" (expulsions told)
            c.dep_ == "dobj" and c.lemma_.lower() in ("action", "move", "expulsion") and not any(
                k.dep_ in ("amod", "compound", "poss", "prep") for k in c.children) for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and lemma in ECHO_NOUNS and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and any(
        c.dep_ == "amod" and c.lower_ in ECHO_ADJECTIVES for c in tok.children)


def switches(tok: Token) -> bool:
    """'switched diplomatic recognition from Taiwan to China', 'switched ties from Taipei to Beijing'."""
    return tok.lemma_.lower() in ("switch", "shift", "transfer") and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("recognition", "tie", "relation", "allegiance") for c in tok.children)


def denied_charge(tok: Token) -> bool:
    """A denial told as a relative of the charge it denies: "a claim Kyiv rejected", "a claim Pretoria rejects"
    (the verb, misread as a noun, hung on the claim)."""
    return charge_of(tok) is not None


def charge_of(tok: Token) -> Token | None:
    """The charge a denial denies, however the parser hung the two: "a version Moscow has always rejected" (a
    relative of the charge), "said ..., a charge Putin rejected" (the charge read as a second subject of the
    denial), "..., charges the Taliban government rejects" (both misread, the denial as a plural noun)."""
    if tok.lemma_.lower() in DENIALS and tok.dep_ in ("relcl", "acl", "appos") and tok.head.lemma_.lower() in CHARGES:
        return tok.head
    if tok.lower_ in DENIED_FORMS and tok.dep_ == "dobj" and tok.head.lower_ in ("charges", "claims", "allegations",
                                                                                  "accusations"):
        return tok.head
    if tok.lemma_.lower() in DENIALS and tok.pos_ == "VERB":
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[0].lemma_.lower() in CHARGES and \
                tok.doc[subjects[0].left_edge.i - 1].text == ",":
            return subjects[0]
    return None


def refused_ask(tok: Token) -> bool:
    """A refusal told as a relative of the ask it refuses: "sought funds from Taipei, a request Taiwan had turned
    down", "a demand Kyiv rejected"."""
    refusing = tok.lemma_.lower() in ("reject", "refuse", "decline", "rebuff", "dismiss") or (
        tok.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children))
    return refusing and tok.dep_ == "relcl" and tok.head.lemma_.lower() in ASKING_NOUNS and \
        tok.head.dep_ == "appos" and any(c.dep_ == "nsubj" for c in tok.children)


# A denial's third-person form, which the parser reads as a plural noun after "charges".
DENIED_FORMS = frozenset({"rejects", "denies", "dismisses", "disputes", "refutes"})


def joined_act(tok: Token) -> Token | None:
    """The military act a verb says its subject joined: "joined the strikes", "took part in the operation",
    "participated in the patrols", "provided support for the operation"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    if lemma == "join":
        acts = [c for c in tok.children if c.dep_ == "dobj"]
    elif lemma in ("participate", "take", "provide", "give", "lend", "offer"):
        parts = [c for c in tok.children if c.dep_ == "dobj" and (
            c.lemma_.lower() == "part" if lemma == "take" else c.lemma_.lower() in ("support", "assistance"))]
        if lemma != "participate" and not parts:
            return None
        acts = [g for h in [tok] + parts for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "for", "to")
                for g in p.children if g.dep_ == "pobj"]
    else:
        return None
    return next((a for a in acts if a.lemma_.lower() in JOINED_ACTS or type_of(a) in JOINED_TYPES), None)


def _other_party(doc: Doc, args: Arguments, codes: set[str]) -> list:
    """The one other state-level party a headline names, if there is exactly one."""
    others = {m.code: m for m in args.mentions if in_title(doc, doc[m.start]) and m.state_level and m.code
              and m.code not in codes}
    return list(others.values()) if len(others) == 1 else []


def solidarity_withs(doc: Doc, tok: Token) -> list[Token]:
    """The 'with' of 'in solidarity with Mexico', wherever the parser hung it."""
    if not (tok.lemma_.lower() == "solidarity" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and tok.head.head.pos_ == "VERB"):
        return []
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "with":
        withs = [doc[tok.i + 1]]  # hung on the verb
    return withs

