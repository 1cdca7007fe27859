"""References: what a pronoun, a group word or an event noun points back at, within one article.

In: the Doc's mentions and the events found so far. Out: Mentions. "he" after "Petro said" is
Petro; "it" the nearest earlier subject; "the two leaders", "both sides", "the two neighbours" the
last pair named or in dispute; "the junta", "the group", "the bloc" the country or organisation just
named; "condemned the move", "welcomed the deal" whoever did that event. Group words and lists ("the
two leaders", "the seven", "they") are in groups.py; whom an act with no one named is aimed at is in
implicit.py. Resolution is conservative: none rather than a guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.groups import Groups, sentence_start
from kg.extract.implicit import Implicit, code_mention
from kg.extract.lexicon import COMPLAINTS, COURTS, DISPUTES, DRILLS, GOVERNMENT_NOUNS, SPEECH_LEMMAS
from kg.extract.speech import speech_governor
from kg.extract.triggers import type_of
from kg.gazetteer import load_default
from kg.model import Event
from kg.ontology import SYMMETRIC_TYPES

PERSON_TITLES = frozenset({"president", "minister", "premier", "leader", "chancellor", "king", "spokesman",
                           "spokeswoman", "spokesperson", "ambassador", "envoy"})
# Nouns of a doing and the verbs that tell it: "welcomed the vote" after "the council voted".
DONE_BY = {"vote": frozenset({"vote"}), "ratification": frozenset({"ratify"}),
           "announcement": frozenset({"announce"}), "decision": frozenset({"decide"})}
# Heads of bodies whose holders no table names: "the Chairperson of the African Union Commission".
OFFICE_TITLES = frozenset({"chairperson", "chairman", "chairwoman", "chair", "secretary-general", "commissioner",
                           "head", "chief", "director-general"})
# Acts whose object "it" is a party, not a thing: "said Iran had informed it", "said Russia had attacked it".
PARTY_TYPES = frozenset({"CONSULT", "ASSAULT", "THREATEN", "ACCUSE", "COERCE", "SANCTION", "AID", "SUPPORT"})
# Words for a government that took or holds power by force: "the junta" is the state so ruled.
RULERS = frozenset({"junta", "regime"})
# Event types that are words about acts: "welcomed the decision" points at an act before words.
WORDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "PROTEST"})
# Nouns that point back at an event already told: "condemned the move", "welcomed the decision".
GENERIC_EVENT_NOUNS = frozenset({"move", "measure", "decision", "step", "action", "announcement",
                                 "policy", "order", "act", "incident", "remark", "comment", "statement",
                                 "plan", "deal", "development", "sentence", "ruling", "law", "it", "this", "that",
                                 "outcome", "result", "them", "rapprochement"})
# Words about words: "called the remark offensive" is aimed at whoever made it.
REMARKS = frozenset({"remark", "comment", "statement", "word", "rhetoric", "speech"})
REMARK_VERBS = frozenset({"remark", "say", "tell", "comment", "state", "declare", "write", "post", "claim", "suggest"})
# A court's decisions.
RULINGS = frozenset({"verdict", "ruling", "judgment", "judgement"})
# What is proposed, and the verbs that propose it.
PROPOSALS = frozenset({"proposal", "offer", "idea", "suggestion", "initiative", "plan"})
PROPOSING = frozenset({"propose", "offer", "suggest", "float", "put", "table", "unveil"})
# Nouns that point at the story's main act rather than the last one told: "welcomed the agreement".
SALIENT = frozenset({"announcement", "agreement", "deal", "accord", "pact", "treaty", "rapprochement"})
# Generic nouns that can point at an act decided but not yet done: "launched a process to reimpose
# sanctions... lashed out at the decision".
DECIDED = frozenset({"decision", "move", "step", "plan", "announcement", "measure", "process", "proposal"})
# Event nouns that are not triggers themselves but name a type: "protested the launch" (of missiles).
NOUN_TYPES = {"launch": "ASSAULT", "test": "ASSAULT", "firing": "ASSAULT", "signing": "AGREE", "operation": "ASSAULT",
              "offensive": "ASSAULT", "measure": "SANCTION"}  # "called the measures illegitimate": the sanctions


class References(Groups, Implicit):
    """Back references of one Doc; mixed into Arguments (which supplies actors, subjects, prep_actors)."""

    doc: object
    mentions: list[Mention]
    events: list[Event]
    orphans: list[Event]
    exclude: set[str]
    lemmas: dict[int, str]

    def _person_antecedent(self, tok: Token) -> Mention | None:
        """'X said he...': the speaker; otherwise the most recent person named before he/him/his/she/her."""
        holder = tok.head if tok.dep_ == "poss" else tok  # "he said" and "his country would"
        if holder.dep_ == "nsubj" and holder.head.dep_ == "ccomp" and holder.head.head.lemma_.lower() in SPEECH_LEMMAS:
            said = holder.head.head
            speakers = self.subjects(said)
            persons = [m for m in speakers if m.actor.kind == "person"]
            if persons:
                return persons[0]
            titled = any(c.dep_ == "nsubj" and c.lemma_.lower() in PERSON_TITLES for c in said.children)
            if speakers and titled:
                return speakers[0]  # "Somalia's president said his country...": Somalia
            if titled:
                return None  # "the vice president said he...": whoever that is, not the last person named
        root = tok.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and tok.i < subject.left_edge.i and tok.dep_ == "poss" and not any(
                a.dep_ in ("nsubj", "ccomp", "relcl") for a in tok.ancestors if a.i != root.i):
            ahead = [m for m in self.mentions if subject.left_edge.i <= m.start <= subject.i and m.actor.kind == "person"]
            if ahead:
                return ahead[-1]  # "Following his visit to France, Modi will travel to Washington": Modi
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own = [(c.left_edge.i, c.right_edge.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ != "his" else []
        for m in reversed(self.mentions):  # "Erdogan telephoned him": not Erdogan, who cannot be "him"
            if m.end <= tok.i and m.actor.kind == "person" and not any(a <= m.start <= b for a, b in own):
                return m
        return self._titled_subject(tok)

    def _titled_subject(self, tok: Token) -> Mention | None:
        """'The Chairperson of the African Union Commission, Moussa Faki Mahamat, expresses... He calls on': a
        sentence's "he" after one whose subject is an office holder no table names, that office's actor."""
        if tok.dep_ != "nsubj" or tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in PERSON_TITLES | OFFICE_TITLES:
            return None
        found = [m for m in self.actors(subject) if m.state_level]
        return found[0] if len(found) == 1 else None

    def _titled_person(self, tok: Token) -> Mention | None:
        """'the prime minister', 'the president': the person named who holds that office, the most often named
        first (the one the story follows), then the latest."""
        words = " ".join(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")) + " " + tok.lower_
        role = "vice_president" if "vice" in words.split() or "deputy" in words.split() else \
            "head_of_government" if "prime" in words or tok.lower_ in ("premier", "chancellor") else \
            "head_of_state" if tok.lower_ == "president" else None
        holders = [m for m in self.mentions if m.end <= tok.i and m.actor.kind == "person" and role is not None
                   and m.actor.role == role]
        counts: dict[str, int] = {}
        for m in holders:
            counts[m.actor.id] = counts.get(m.actor.id, 0) + 1
        # the one the story is about (named most), then the latest
        return max(reversed(holders), key=lambda m: counts[m.actor.id]) if holders else None

    def _named_on(self, verb: Token, preps: tuple[str, ...], objects: bool = False) -> list[Mention]:
        """Actors named by name as what a verb acts on: in the given prepositions on the verb or its object ("cut
        ties with Doha"), and, with objects, the verb's own named objects ("recognised Kosovo")."""
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        named = [g for h in heads for c in h.children if (objects and c.dep_ in ("dobj", "dative")) or (
            c.dep_ == "prep" and c.lower_ in preps)
            for g in ([c] if c.dep_ in ("dobj", "dative") else c.children) if g.pos_ == "PROPN"]
        return [m for g in named for m in self.actors(g)]

    def _state_antecedent(self, tok: Token, speaker_only: bool = False) -> Mention | None:
        """'Switzerland said it had expelled...': "it" is the speaker, else the nearest earlier subject actor."""
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_LEMMAS:
            speakers = [m for m in self.subjects(tok.head.head) if m.actor.kind != "person"]
            if speakers:
                return speakers[0]
        if speaker_only:
            return None
        said = speech_governor(tok.head) if tok.dep_ in ("dobj", "dative") and type_of(tok.head) in PARTY_TYPES \
            else None
        if said is not None:  # "Iraq's prime minister's office said Iran had informed it": the speaker's state
            doers = {m.code for m in self.subjects(tok.head)}
            speakers = [m for m in self.subjects(said) if m.code and m.code not in doers]
            if speakers and doers:
                return speakers[0]
        if tok.dep_ == "poss" and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB":
            owners = [m for m in self.subjects(tok.head.head) if m.actor.kind != "person" and m.end <= tok.i]
            if owners:
                return owners[0]  # "the United States reaffirmed its treaty with the Philippines": its own
        asker = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") else \
            tok.head if tok.dep_ == "dobj" else None
        if asker is not None and type_of(asker) == "REQUEST":  # "asked the Security Council to convene and called on
            doers = {m.code for m in self.subjects(asker)}     # it to condemn Iran": the one just addressed
            addressed = [m for m in self.mentions if tok.sent.start <= m.start and m.end <= tok.i
                         and self.doc[m.end - 1].dep_ in ("dobj", "pobj") and m.code not in doers
                         and m.actor.kind in ("country", "org")]
            if addressed:
                return addressed[-1]
        if tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG":
            # "cut ties with Doha, accusing it of supporting terrorism": the one acted on
            named = [m for m in self._named_on(tok.head.head, ("with", "against", "on")) if m.actor.kind != "person"]
            if named:
                return named[-1]
        if tok.dep_ == "dobj":  # "kept up its channels to the military and urged it to release Suu Kyi": the
            ruler = next((t for t in reversed(tok.sent[:tok.i - tok.sent.start])  # regime just named
                          if t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in GOVERNMENT_NOUNS
                          and t.i not in self.by_token and any(c.lower_ == "the" for c in t.children)), None)
            if ruler is not None:
                doers = {m.code for m in self.subjects(tok.head)}
                named = [m for m in self.mentions if m.end <= ruler.i and m.start >= sentence_start(ruler, 1)
                         and m.actor.kind == "country" and m.code not in doers]
                if named:
                    return named[-1]
        prev_start = sentence_start(tok, 1)
        ruler = next((t for t in reversed(self.doc[prev_start:tok.i]) if t.dep_ in ("nsubj", "nsubjpass")
                      and t.lemma_.lower() in RULERS and t.i not in self.by_token), None)  # "The junta has
        for m in reversed(self.mentions):  # answered in kind: it tore up...": the junta's state, when no state
            if m.end > tok.i or m.start < prev_start or m.actor.kind == "person":  # was the subject since
                continue
            head = self.doc[m.start:m.end].root  # "the Economic Community of West African States": Community
            while head.dep_ in ("compound", "amod", "poss", "case") and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass"):
                return self._ruled_before(ruler) or m if ruler is not None and ruler.i > head.i else m
        return self._ruled_before(ruler) if ruler is not None else None

    def _country_before(self, tok: Token, other: bool = False) -> Mention | None:
        """The last country named before tok in this sentence, else in the previous one, where one told as a
        subject comes first ("Mali's government accused France... The junta has asked": Mali). An army is not
        that of a place its country's strikes hit ("Israeli strikes killed 25 across the Gaza Strip, the army said")."""
        sent_start, prev_start = tok.sent.start, sentence_start(tok, 1)
        named = [m for m in self.mentions if m.end <= tok.i and m.start >= prev_start and m.actor.kind == "country"
                 and not (other and m.code in self.exclude)]  # "other": not the clause's own subject
        if tok.lemma_.lower() in ("army", "military"):
            named = [m for m in named if not _placed(self.doc[m.end - 1])]
        if named and named[-1].start >= sent_start:
            return named[-1]  # named in the same sentence
        for m in reversed(named):
            head = self.doc[m.end - 1]
            while head.dep_ in ("compound", "amod", "poss", "case") and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass"):
                return m
        return named[-1] if named else None

    def _ruled_before(self, tok: Token) -> Mention | None:
        """'the junta' after "Niger's military rulers" or "the junta in Niamey": the last country told as ruled by
        one (not France, named since), for the junta and regime words; else, for "the junta", the last country
        named that was under military rule on the article's date (juntas.csv)."""
        if tok.lemma_.lower() not in RULERS:
            return None
        for m in reversed(self.mentions):
            if m.end > tok.i or m.actor.kind != "country":
                continue
            head = self.doc[m.end - 1]
            while head.dep_ in ("compound", "amod", "poss", "case", "pobj", "prep") and head.head.i != head.i \
                    and not (head.dep_ == "prep" and head.lower_ != "in"):
                head = head.head
            if head.lemma_.lower() in RULERS or head.lemma_.lower() == "ruler" and any(
                    c.lower_ == "military" for c in head.children):
                return m
        if tok.lemma_.lower() == "junta":  # "France will withdraw its ambassador from Niger, Macron said. The
            gazetteer = load_default()      # junta...": the state named that soldiers ruled on the article's date
            return next((m for m in reversed(self.mentions) if m.end <= tok.i and m.actor.kind == "country"
                         and gazetteer.military_rule(m.code, self.doc._.published)), None)
        return None

    def org_before(self, tok: Token, group: bool) -> Mention | None:
        """The last organisation (or armed group) named within the three sentences before tok; for "the council",
        the body named so before (named_body)."""
        named = self.named_body(tok, tok.lower_) if not group and tok.lemma_.lower() in NAMED_BODIES else None
        if named is not None:
            return named
        start = sentence_start(tok, 3)
        return next((m for m in reversed(self.mentions) if m.end <= tok.i and m.start >= start
                     and m.actor.kind == ("group" if group else "org")), None)

    def named_body(self, tok: Token, word: str) -> Mention | None:
        """The last organisation named before tok with this word in its name, however far back: "the council"
        after "the UN Security Council" (though the African Union was named since), "the court" after "the
        International Court of Justice"."""
        return next((m for m in reversed(self.mentions) if m.end <= tok.i and m.actor.kind == "org"
                     and any(t.lower_ == word for t in self.doc[m.start:m.end])), None)

    def council_before(self, tok: Token) -> Mention | None:
        """The council or assembly named before tok, whose text a veto blocks or a draft is put to."""
        return self.named_body(tok, "council") or self.named_body(tok, "assembly")

    def event_reference(self, tok: Token, found: list[Event], trigger_type: str | None,
                        not_by: set[str], praise: bool = False) -> list[Mention]:
        """'condemned the sanctions', 'called the seizure an act of piracy': who did that event. Praise of
        an act the speaker did last ("Iran's state television hailed the attacks") is about no one else."""
        lemma = tok.lemma_.lower()
        if lemma == "use" and any(g.lemma_.lower() == "force" for c in tok.children if c.lower_ == "of" for g in c.children):
            for event in reversed(found):  # "rejected the use of force": whoever threatened or used it
                if event.type in ("THREATEN", "ASSAULT", "MOBILIZE") and event.source not in not_by:
                    return [code_mention(event.source)]
            return []
        last = getattr(self, "_last_referent", None)
        if tok.lower_ in ("it", "this", "that") and last is not None and last[0] >= sentence_start(tok, 1):
            return [code_mention(c) for c in last[1] if c not in not_by]  # "Egypt condemned the strike, while
            # Iran called it a criminal act": the strike again
        if lemma in COMPLAINTS:  # "said the case was a cynical stunt": whoever brought the case told, else
            brought = next((e for e in reversed(found) if self.lemmas.get(id(e)) in COMPLAINTS and not e.negated
                            and e.source not in not_by), None) or next(  # the last to accuse the speaker
                (e for e in reversed(found) if e.type == "ACCUSE" and e.target in not_by and not e.negated
                 and e.source not in not_by), None)
            if brought is not None:
                return [code_mention(brought.source)]
        court = self._court(tok) if lemma in RULINGS else None
        if court is not None and court.code not in not_by:
            return [court]  # "Modi welcomed the verdict": the court's (and "it" after it is not the court)
        found_refs = self._event_reference(tok, found, trigger_type, not_by, praise)
        if not found_refs and lemma in PROPOSALS and not any(
                c.dep_ in ("poss", "acl", "ccomp", "relcl") for c in tok.children):  # (not "suggestions that Paris
            # had been blindsided": a claim, by no one named)
            found_refs = self._remarker(tok, not_by, PROPOSING)  # "Argentina proposed talks on the Falklands.
            # Britain rebuffed the proposal": the proposer's, when no act told names the other side
        if not found_refs and lemma in DONE_BY and not any(c.dep_ in ("poss", "compound", "amod")
                                                           for c in tok.children):
            found_refs = self._remarker(tok, not_by, DONE_BY[lemma], sides=False)  # "the Security Council voted
            # to authorise a force... Haiti welcomed the vote": whoever voted, when no act told names it
        if found_refs and tok.pos_ == "NOUN":
            self._last_referent = (tok.sent.start, [m.code for m in found_refs])
        return found_refs

    def _event_reference(self, tok: Token, found: list[Event], trigger_type: str | None,
                         not_by: set[str], praise: bool = False) -> list[Mention]:
        lemma = tok.lemma_.lower()
        if lemma in REMARKS and trigger_type is None:  # "Blinken remarked that... Russia called the remark
            return self._remarker(tok, not_by)         # offensive": words are their speaker's, not an act's
        owned = any(c.dep_ == "poss" for c in tok.children)  # "praised his decisive measures": whatever he did
        trigger_type = trigger_type or (NOUN_TYPES.get(lemma) if not owned else None)
        if trigger_type is None and lemma not in GENERIC_EVENT_NOUNS and tok.lower_ not in GENERIC_EVENT_NOUNS:
            return []
        told = sorted(found + self.orphans, key=lambda e: e.start)
        if any(e.trigger == tok.text for e in found):  # the very word told before: "held joint exercises, which..."
            trigger_type = next(e.type for e in reversed(found) if e.trigger == tok.text)
        if trigger_type is None:  # "welcomed the decision": an act, before anyone's words about it
            told = sorted(told, key=lambda e: (e.type not in WORDS, e.start))
        if (lemma in NOUN_TYPES and trigger_type == NOUN_TYPES[lemma]) or lemma in SALIENT:  # "the operation",
            # "welcomed the agreement", "Friday's announcement": the story's main one,
            told_by: dict[tuple, list] = {}                # told most often, then in the most sentences, then latest
            for e in told:
                told_by.setdefault(_dyad(e), []).append(e.start)
            told = sorted(told, key=lambda e: (len(told_by[_dyad(e)]), len(set(told_by[_dyad(e)]))))
        lemma = tok.lemma_.lower()  # "condemned the strikes": the strikes told as "struck", before other attacks
        told = sorted(told, key=lambda e: (self.lemmas.get(id(e)) != "follow", self.lemmas.get(id(e)) == lemma))
        # (an act echoed, "Yemen followed the Saudi lead", is not the one meant before the one it echoes)
        if trigger_type in ("ASSAULT", "COERCE", "MOBILIZE") and not praise:  # "Qatar condemned the attack": the one
            friends = not_by | {e.target for e in found if e.type == "SUPPORT" and e.source in not_by  # on Qatar, not
                                and not e.negated}  # a later one told in between; "said the US stood with Israel,
            told = sorted(told, key=lambda e: e.target in friends)  # and condemned the assault": the one on Israel
        if trigger_type == "ACCUSE" and tok.tag_ == "NNS" and not_by:  # "Moscow dismissed the accusations" after
            accusers = dict.fromkeys(e.source for e in told if e.type == "ACCUSE" and e.target in not_by  # three:
                                     and not e.negated and e.source not in not_by)  # each accuser's
            if len(accusers) > 1:
                return [code_mention(c) for c in accusers]
        for event in reversed(told):
            if trigger_type is not None and event.type != trigger_type and not (
                    trigger_type == "ASSAULT" and event.type == "MOBILIZE" and lemma in ("launch", "test", "firing")
                    and event.target in not_by) and not (  # Japan "called the launch 'barbaric'" after a missile
                    lemma in ("boycott", "blockade", "embargo") and event.type == "SANCTION") and not (  # fired over
                    lemma in DRILLS and self.lemmas.get(id(event)) in DRILLS):  # Japan (a show of force, not an
                continue  # attack); "cheered the boycott" after ties were cut; "condemned the exercises" held jointly
            if event.negated or event.mode == "third-party":
                continue  # a broker's part is not "the outcome"
            if trigger_type is None and lemma == "decision" and event.type in ("ASSAULT", "COERCE", "MOBILIZE"):
                continue  # "Rwanda regretted the decision": the expulsion, not the rebels' capture of towns told since
            if event.hypothetical and (trigger_type is not None or lemma not in DECIDED):
                continue  # "lashed out at the decision": a process launched to reimpose sanctions is decided
            if event.type in SYMMETRIC_TYPES and event.target:  # "welcomed the deal": its parties, but oneself
                act = [e for e in told if (e.start, e.type, e.trigger) == (event.start, event.type, event.trigger)]
                own = [e for e in act if {e.source, e.target} & not_by]  # "talks with Ukraine and Moldova, which
                # Kyiv hailed"
                same = act if tok.tag_ == "NNS" else [event]  # "condemned the agreements": each party of the act
                parties = list(dict.fromkeys(c for e in own or same for c in (e.source, e.target) if c not in not_by))
                if own and praise and event.type == "AGREE" and lemma not in DECIDED and event.start < tok.sent.start_char:
                    return []  # "Japarov called the agreement historic": a party praising its own deal backs no one
                if lemma in DECIDED:  # "EU leaders agreed to open talks with Ukraine... threatened to block the
                    movers = self._movers(event)  # move": the move is the EU's
                    parties = [c for c in parties if c in movers] or parties
                if parties:
                    return [code_mention(c) for c in parties]
                continue
            if event.source in not_by and praise and trigger_type is not None:
                return []  # "hailed the attacks" after its own attacks (not "welcomed the plan": whose is open)
            if event.source in not_by:
                continue
            if not event.target:  # an event told without a target: all its doers ("Seoul and Washington began drills")
                doers = [e.source for e in self.orphans if (e.start, e.type) == (event.start, event.type)]
                return [code_mention(c) for c in dict.fromkeys(doers) if c not in not_by]
            doers = [e.source for e in told if (e.start, e.type, e.target, e.trigger) ==
                     (event.start, event.type, event.target, event.trigger)]  # one act, not its sentence's others
            if any((e.start, e.type, e.trigger, e.source, e.target) == (event.start, event.type, event.trigger,
                                                                        event.target, event.source) for e in told):
                doers.append(event.target)  # a mutual act ("restored relations", "clashed"): both its parties
            return [code_mention(c) for c in dict.fromkeys(doers) if c not in not_by]  # "U.S. and British strikes"
        if trigger_type == "ACCUSE":  # "rejected the criticism" when the criticism was not coded
            conflict = [e for e in found if e.type in ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT")]
            return self.implicit_target(conflict, not_by)
        return []

    def _movers(self, event: Event) -> set[str]:
        """Those whose decision an agreement told earlier was: its trigger's subjects ("EU leaders agreed to open
        talks with Ukraine": the EU; "Saudi Arabia and Iran agreed": both)."""
        for tok in self.doc.char_span(event.start, event.end, alignment_mode="expand") or []:
            if tok.text == event.trigger:
                return {m.code for m in self.subjects(tok)}
        return set()

    def deal_states(self, deals: list[Token], found: list[Event], not_by: set[str]) -> list[Mention]:
        """The states of the agreements these nouns refer to ("whose cabinet endorsed the agreement", "Egypt also
        signed the declaration"), not the groups a deal binds."""
        countries = load_default().countries
        return [m for c in deals for m in self.event_reference(c, found, "AGREE", not_by) if m.code in countries]

    def _court(self, tok: Token) -> Mention | None:
        """The court whose ruling is meant: the last one named in this sentence or the four before ("Modi welcomed
        the verdict", after "the International Court of Justice ruled")."""
        start = sentence_start(tok, 4)
        court = next((m for m in reversed(self.mentions) if start <= m.start and m.end <= tok.i
                      and m.actor.kind == "org" and m.code in COURTS), None)
        if court is not None:
            return court
        for t in reversed(self.doc[start:tok.i]):  # "A Moscow court ordered Navalny jailed... the EU condemned the
            if t.lemma_.lower() in ("court", "tribunal") and t.i not in self.by_token:  # verdict": that state's
                seat = [m for c in t.children if c.dep_ in ("compound", "amod") for m in self.actors(c)] + \
                    self.prep_actors(t, {"in"})
                seat = [m for m in seat if m.actor.kind == "country"]
                return seat[0] if seat else None
        return None

    def _remarker(self, tok: Token, not_by: set[str], verbs: frozenset = REMARK_VERBS,
                  sides: bool = True) -> list[Mention]:
        """Who made the remarks (or the proposal, or did the doing) referred to: the subject of the last speech
        verb (or verb of proposing, or of doing) in this sentence or the two before ("remarked", "said",
        "proposed", "voted"), other than the one reacting. Without sides, a verb that takes a side is passed
        over (the council that "voted to authorise", not a member that "voted against")."""
        start = sentence_start(tok, 2)
        for verb in reversed([t for t in self.doc[start:tok.i] if t.pos_ == "VERB" and t.lemma_.lower() in verbs]):
            if not sides and any(c.dep_ == "prep" and c.lower_ in ("against", "for") or c.lower_ == "against"
                                 for c in verb.children):
                continue
            speakers = [m for m in self.subjects(verb) if m.code and m.code not in not_by]
            if speakers:
                return speakers
        return []

    def remember(self, sources: list[Mention], type_: str, sent) -> None:
        """Keep an event with no target so a later reference ("condemned the move") finds its doer."""
        for m in sources:
            if m.state_level and m.code:
                self.orphans.append(Event(source=m.code, target="", type=type_, start=sent.start_char,
                                          end=sent.end_char, sentence=""))

    def remember_victims(self, targets: list[Mention], type_: str, sent) -> None:
        """Keep an attack with no doer so a later claim ("the group claimed responsibility") finds its target."""
        for m in targets:
            if m.state_level and m.code:
                self.victims.append(Event(source="", target=m.code, type=type_, start=sent.start_char,
                                          end=sent.end_char, sentence=""))

    def claimed(self, type_: str, claimers: set[str], before: int) -> list[Mention]:
        """'Al-Shabaab claimed responsibility for the attack': those hit by the last such act with no doer."""
        told = [e for e in self.victims if e.type == type_ and e.start < before and e.target not in claimers]
        last = max((e.start for e in told), default=None)
        return [code_mention(c) for c in dict.fromkeys(e.target for e in told if e.start == last)]

    def hosted(self, objects: list[Token], found: list[Event], host: set[str]) -> list[Mention]:
        """The guests of a hosted meeting: named on it ("talks between A and B", "a BRICS summit"),
        else the two sides of the last meeting told."""
        for noun in objects:
            named = self.actors(noun) + self.prep_actors(noun, {"between", "with", "of", "on"})
            named = [m for m in named if m.code not in host]
            if named:
                return named
        meetings = [n for n in objects if n.lemma_.lower() in ("talk", "talks", "summit", "meeting", "negotiation",
                                                                 "conference", "ceremony", "round")]
        for event in reversed(found if meetings else []):
            if event.type == "CONSULT" and not {event.source, event.target} & host:
                return [code_mention(event.source), code_mention(event.target)]
        return []

    def parties(self, type_: str, not_by: set[str]) -> list[Mention]:
        """Who did the last done event of a type: both sides when each did it to the other ("an end to the
        fighting": those who fight), else its doer ("an end to the bombardment": the bomber, not the bombed)."""
        for event in reversed(self.events):
            if event.type == type_ and not event.negated and not event.hypothetical:
                mutual = type_ in SYMMETRIC_TYPES or any(
                    e.type == type_ and (e.source, e.target) == (event.target, event.source) for e in self.events)
                sides = (event.source, event.target) if mutual else (event.source,)
                return [code_mention(c) for c in dict.fromkeys(sides) if c not in not_by]
        return []

    def disputants(self, tok: Token, not_by: set[str]) -> list[Mention]:
        """The two sides of the last hostile act told between two others in tok's sentence or the two before
        ("offered to mediate": between them)."""
        since = self.doc[sentence_start(tok, 2)].idx
        for event in reversed(self.events):
            if event.type in DISPUTES and not event.negated and event.start >= since and \
                    not {event.source, event.target} & not_by:
                return [code_mention(event.source), code_mention(event.target)]
        return []

    def last_meeting(self, hosts: bool = True) -> list[Mention]:
        """The two sides of the last meeting or call told: a meeting with no one named is theirs too. Without
        hosts: of the last one not told as hosted or mediated (what observers watch)."""
        hosting = set() if hosts else {e.source for e in self.events if self.lemmas.get(id(e)) in HOSTING}
        for event in reversed(self.events):
            if event.type == "CONSULT" and event.source != event.target and not event.hypothetical \
                    and not event.negated and not {event.source, event.target} & hosting:
                # not "the door to membership talks": no meeting yet
                return [code_mention(event.source), code_mention(event.target)]
        return []


# Nouns that name a body by a word of its name: "the council" after "the UN Security Council".
NAMED_BODIES = frozenset({"council", "court"})
# Verbs of a third party's part in a meeting.
HOSTING = frozenset({"host", "mediate", "broker", "chair", "convene", "facilitate"})
PLACE_PREPS = frozenset({"in", "across", "on", "near", "at", "off", "along", "into", "inside", "over", "around"})


def _placed(tok: Token) -> bool:
    """A name told as a place: "across the Gaza Strip", "in Yemen's north", "in Syria, Lebanon and Yemen"."""
    while tok.dep_ in ("compound", "amod", "poss", "case", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "in Syria, Lebanon and Yemen": each a place
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _dyad(event: Event) -> tuple:
    """An event's (source, target, type), the pair sorted for symmetric types: the same act however told."""
    pair = (event.source, event.target)
    return (*(sorted(pair) if event.type in SYMMETRIC_TYPES else pair), event.type)
