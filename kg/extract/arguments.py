"""Arguments: which actors a phrase of the parse names, for the event finder.

In: a Doc, its actor mentions and a token heading an argument (subject, object, prepositional
object). Out: the Mentions the argument stands for: the mention at its head, its modifiers
("Petro's administration", "the government of Colombia") and conjuncts ("Iran, Syria and Cuba"),
pronouns ("he", "it") and groups ("the two leaders", "the four") resolved against earlier mentions,
and events referred back to ("condemned the sanctions": who imposed them).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import Mention
from kg.gazetteer import load_default
from kg.model import Actor, Event
from kg.ontology import SYMMETRIC_TYPES

ARG_DEPS = frozenset({"compound", "amod", "nmod", "poss", "conj", "appos", "det", "case", "nummod",
                      "cc", "punct", "quantmod"})
HYPHEN_LINKS = frozenset({"linked", "backed", "led", "owned", "flagged", "sponsored", "allied", "funded"})
SPEECH_LEMMAS = frozenset({"say", "tell", "note", "add", "write", "insist", "claim", "state", "declare"})
RELATIVES = frozenset({"which", "that", "whom", "who"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
STATE_PRONOUNS = frozenset({"it", "its"})
COUNTRY_GROUPS = frozenset({"country", "nation", "government", "side", "capital", "neighbour",
                            "neighbor", "state", "power", "administration", "ally", "party", "member"})
GOVERNMENT_NOUNS = frozenset({"junta", "regime", "government", "administration"})
ARMED_NOUNS = frozenset({"group", "militia", "movement", "paramilitary", "rebel", "insurgent", "militant"})
ORG_NOUNS = ARMED_NOUNS | {"bloc", "alliance"}
STATE_WORDS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "capital"})
PERSON_GROUPS = frozenset({"leader", "president", "minister", "premier", "head"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Nouns that point back at an event already told: "condemned the move", "welcomed the decision".
WORDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "PROTEST"})
GENERIC_EVENT_NOUNS = frozenset({"move", "measure", "decision", "step", "action", "announcement",
                                 "policy", "order", "act", "incident", "remark", "comment", "statement",
                                 "plan", "deal", "development", "sentence", "ruling", "law"})
TARGET_PREPS = {
    "*": {"against", "on", "to", "toward", "towards", "at", "upon"},
    "CONSULT": {"with", "between", "to", "in"},
    "AGREE": {"with", "between"},
    "COOPERATE": {"with", "between"},
    "SUPPORT": {"for", "behind", "to", "of", "with"},
    "AID": {"to", "for"},
    "ASSAULT": {"in", "into", "of", "inside", "across"},
    "MOBILIZE": {"near", "around", "in", "along", "off", "into", "toward", "towards", "to"},
    "COERCE": {"of", "from", "in"},
    "SANCTION": {"from", "of", "with"},
    "RETREAT": {"from", "of"},
    "ACCUSE": {"of", "with", "about", "over"},
    "REQUEST": {"from"},
    "PROTEST": {"of"},
}
COMPLEMENT_PREPS = frozenset({"with", "to", "on", "against", "from", "for", "toward", "towards", "at",
                              "into", "upon", "between"})


class Arguments:
    """Reads argument phrases of one Doc."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self.exclude: set[str] = set()  # codes a group word must not pick (the sentence's own subject)
        self.events: list[Event] = []  # events found so far in the Doc (set by the event finder)
        self.orphans: list[Event] = []  # events told with a doer but no one done to ("imposed export controls")

    # -- one phrase ---------------------------------------------------------------------------
    def actors(self, tok: Token) -> list[Mention]:
        """Actors an argument phrase names: the mention at its head, its modifiers, its conjuncts."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in RELATIVES and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            return self._own(tok.head.head)  # "the Polisario, which Algeria backs"
        if low in PERSON_PRONOUNS:
            m = self._person_antecedent(tok)
            return [m] if m else []
        if low == "they":  # only "X said they would...": the speakers
            m = self._state_antecedent(tok, speaker_only=True)
            return [m] if m else []
        if low in STATE_PRONOUNS:
            m = self._state_antecedent(tok)
            return [m] if m else []
        n = next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS), None)
        if n is None and low in ("four", "three", "five", "six") and tok.dep_ in ("dobj", "pobj", "nsubj"):
            n = NUMBERS[low]  # "accused the four of..."
        if n is not None and (lemma in COUNTRY_GROUPS | PERSON_GROUPS or low in NUMBERS) and tok.i not in self.by_token:
            return self._last_n(tok, n, persons=lemma in PERSON_GROUPS)
        if lemma in GOVERNMENT_NOUNS and tok.i not in self.by_token and any(c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "prep") and self.actors(c) for c in tok.children):
            m = self._country_before(tok)  # "the junta", "the regime": the country just named
            return [m] if m else []
        if lemma in ORG_NOUNS and tok.i not in self.by_token and any(c.lower_ == "the" for c in tok.children):
            m = self._org_before(tok, group=lemma in ARMED_NOUNS)  # "freed by the group", "asked the bloc"
            return [m] if m else []
        out: list[Mention] = []
        seen: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            m = self.by_token.get(t.i)
            if m is not None and m not in out and not _of_former(t):
                out.append(m)
            for c in t.children:
                if c.dep_ in ARG_DEPS or (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "pobj" and t.lower_ in ("of", "with")) \
                        or (c.dep_ == "npadvmod" and t.lower_ in HYPHEN_LINKS):  # "Israeli-linked ships"
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ == "with" and t.lemma_ in ("border", "frontier", "boundary"):
                    stack.append(c)  # "along its border with Ukraine"
                elif c.dep_ == "prep" and c.lower_ == "from" and t.lemma_ in ("official", "source", "delegation", "envoy", "minister"):
                    stack.append(c)
        return sorted(out, key=lambda m: m.start)

    def _own(self, noun: Token) -> list[Mention]:
        """The actor a relative clause hangs from, without the noun's conjuncts ("Qatar, which..., and Pakistan")."""
        m = self.by_token.get(noun.i)
        return [m] if m is not None else self.actors(noun)

    def subjects(self, verb: Token) -> list[Mention]:
        """Subjects of a verb, inherited through xcomp/advcl/conj/"by doing" when it has none."""
        tok = verb
        for _ in range(5):
            subs = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if subs:
                return [m for s in subs for m in self.actors(s)]
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
            if agents:
                return [m for g in agents for m in self.actors(g)]
            if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")):
                return self._own(tok.head)
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "responded by recalling"
                tok = tok.head.head
                continue
            if tok.dep_ in ("xcomp", "advcl", "conj", "acl") and tok.head.i != tok.i:
                tok = tok.head
                continue
            break
        return []

    def prep_targets(self, tok: Token, type_: str) -> list[Mention]:
        preps = TARGET_PREPS["*"] | TARGET_PREPS.get(type_, set())
        if type_ == "MOBILIZE":  # "deployed warships to the Mediterranean near Syria"
            heads = [tok] + [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("close", "near")]
            places = [g for h in heads for k in h.children if k.dep_ in ("prep", "dative") and k.lower_ in preps
                      for g in k.children]
            if len(heads) > 1:  # "moved launchers close to its border with South Korea"
                return [m for g in places for m in self.actors(g)]
            near = [m for g in places for m in self.prep_actors(g, {"near", "off", "along", "around"})]
            return self.prep_actors(tok, preps) + near
        if type_ in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            preps = (preps - {"on", "at", "against"}) | TARGET_PREPS.get(type_, set())
        if type_ == "CONSULT":
            preps = preps - {"in"} if tok.pos_ == "NOUN" else preps
        return self.prep_actors(tok, preps)

    def prep_actors(self, tok: Token, preps) -> list[Mention]:
        return [m for k in tok.children if k.dep_ in ("prep", "dative") and k.lower_ in preps
                for g in k.children if g.dep_ in ("pobj", "pcomp")
                for m in self.actors(g)]

    def complement_targets(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Who the clause a verb governs is about: "demanded that the US cancel..." -> the US;
        "threatened to break relations with Russia" -> Russia."""
        codes = {s.code for s in sources}

        def keep(found: list[Mention]) -> list[Mention]:
            return [m for m in found if m.code not in codes]

        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        clauses += [c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                           for a in c.children)]
        clauses += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ in ("acl", "relcl")]
        clauses += [k for c in clauses for k in c.children if k.dep_ == "conj" and k.pos_ == "VERB"]  # "to X and to Y"
        for c in clauses:
            subj = [m for k in c.children if k.dep_ in ("nsubj", "nsubjpass") for m in self.actors(k)]
            if keep(subj):
                return keep(subj)
            objs = [m for k in c.children if k.dep_ in ("dobj", "dative", "attr") for m in self.actors(k)]
            objs += self.prep_actors(c, COMPLEMENT_PREPS)
            if keep(objs):
                return keep(objs)
            for k in c.children:
                if k.dep_ == "dobj":
                    found = keep(self.prep_actors(k, COMPLEMENT_PREPS))
                    if found:
                        return found
            if any(k.dep_ in ("xcomp", "ccomp") for k in c.children):
                found = keep(self.complement_targets(c, sources))
                if found:
                    return found
        for c in clauses:  # last resort: where the act would happen ("refused to deploy peacekeepers in Iraq")
            found = keep(self.prep_actors(c, {"in", "inside"}) + [
                m for k in c.children if k.dep_ == "dobj" for m in self.prep_actors(k, {"in", "inside"})])
            if found:
                return found
        for c in clauses + [verb]:  # "threatened to stop talks if the United States goes ahead"
            for k in c.children:
                if k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children):
                    found = keep([m for s in k.children if s.dep_ in ("nsubj", "nsubjpass") for m in self.actors(s)])
                    if found:
                        return found
        return []

    # -- back references --------------------------------------------------------------------------
    def _person_antecedent(self, tok: Token) -> Mention | None:
        """'X said he...': the speaker; otherwise the most recent person named before he/him/his/she/her."""
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_LEMMAS:
            speakers = [m for m in self.subjects(tok.head.head) if m.actor.kind == "person"]
            if speakers:
                return speakers[0]
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.actor.kind == "person":
                return m
        return None

    def _state_antecedent(self, tok: Token, speaker_only: bool = False) -> Mention | None:
        """'Switzerland said it had expelled...': "it" is the speaker, else the nearest earlier subject actor."""
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_LEMMAS:
            speakers = [m for m in self.subjects(tok.head.head) if m.actor.kind != "person"]
            if speakers:
                return speakers[0]
        if speaker_only:
            return None
        sent_start = tok.sent.start
        prev_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        for m in reversed(self.mentions):
            if m.end > tok.i or m.start < prev_start or m.actor.kind == "person":
                continue
            head = self.doc[m.end - 1]
            while head.dep_ in ("compound", "amod", "poss", "case") and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass"):
                return m
        return None

    def _country_before(self, tok: Token) -> Mention | None:
        """The last country named in this or the previous sentence, before tok."""
        sent_start = tok.sent.start
        prev_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.start >= prev_start and m.actor.kind == "country":
                return m
        return None

    def _org_before(self, tok: Token, group: bool) -> Mention | None:
        """The last organisation (or armed group) named within the three sentences before tok."""
        start = tok.sent.start
        for _ in range(3):
            start = self.doc[start - 1].sent.start if start > 0 else start
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.start >= start and m.actor.kind == ("group" if group else "org"):
                return m
            if m.end <= tok.i and m.start >= start and not group and m.actor.kind == "group":
                continue
        return None

    def _last_n(self, tok: Token, n: int, persons: bool, states_only: bool = False) -> list[Mention]:
        """'the two leaders', 'both countries', 'the four': the last n distinct actors named before,
        other than the clause's own subject. "Both sides" after a dispute are its two parties."""
        lemma = tok.lemma_.lower()
        if n == 2 and not persons and (lemma in ("side", "party") or tok.lower_ in ("both", "them") or lemma in STATE_WORDS):
            states = load_default().countries if lemma in STATE_WORDS else None  # "the two neighbours": two countries
            for e in reversed(self.events):
                if e.start < tok.sent.start_char and e.source != e.target and not {e.source, e.target} & self.exclude \
                        and (states is None or (e.source in states and e.target in states)):
                    return [code_mention(e.source), code_mention(e.target)]
        picked: list[Mention] = []
        for m in reversed(self.mentions):
            if m.end > tok.i or (persons and m.actor.kind != "person") or not m.code:
                continue
            if not persons and (m.actor.kind == "person" or (
                    (states_only or tok.lemma_.lower() in STATE_WORDS) and m.actor.kind != "country")):
                continue
            if m.code in self.exclude or any(p.code == m.code for p in picked):
                continue
            picked.append(m)
            if len(picked) == n:
                return picked
        if persons:  # "Kenya's president hosted his Ugandan counterpart... The two leaders": their countries
            return self._last_n(tok, n, persons=False, states_only=True)
        return []

    def event_reference(self, tok: Token, found: list[Event], trigger_type: str | None,
                        not_by: set[str]) -> list[Mention]:
        """'condemned the sanctions', 'called the seizure an act of piracy': who did that event."""
        lemma = tok.lemma_.lower()
        if lemma == "use" and any(g.lemma_.lower() == "force" for c in tok.children if c.lower_ == "of" for g in c.children):
            for event in reversed(found):  # "rejected the use of force": whoever threatened or used it
                if event.type in ("THREATEN", "ASSAULT", "MOBILIZE") and event.source not in not_by:
                    return [code_mention(event.source)]
            return []
        if trigger_type is None and lemma not in GENERIC_EVENT_NOUNS:
            return []
        told = sorted(found + self.orphans, key=lambda e: e.start)
        if trigger_type is None:  # "welcomed the decision": an act, before anyone's words about it
            told = sorted(told, key=lambda e: (e.type not in WORDS, e.start))
        for event in reversed(told):
            if trigger_type is not None and event.type != trigger_type:
                continue
            if event.source in not_by or event.negated or event.hypothetical:
                continue
            if event.type in SYMMETRIC_TYPES and event.target and event.target not in not_by:
                return [code_mention(event.source), code_mention(event.target)]  # "welcomed the deal": both parties
            return [code_mention(event.source)]
        if trigger_type == "ACCUSE":  # "rejected the criticism" when the criticism was not coded
            conflict = [e for e in found if e.type in ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT")]
            return self.implicit_target(conflict, not_by)
        return []

    def remember(self, sources: list[Mention], type_: str, sent) -> None:
        """Keep an event with no target so a later reference ("condemned the move") finds its doer."""
        for m in sources:
            if m.state_level and m.code:
                self.orphans.append(Event(source=m.code, target="", type=type_, start=sent.start_char,
                                          end=sent.end_char, sentence=""))

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

    def counterpart(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """The other party of the last done event the source took part in."""
        for event in reversed(found):
            if event.negated or event.hypothetical:
                continue
            if event.source in sources and event.target not in sources:
                return [code_mention(event.target)]
            if event.target in sources and event.source not in sources:
                return [code_mention(event.source)]
        return []

    def implicit_target(self, found: list[Event], sources: set[str]) -> list[Mention]:
        """'Japan lodged a protest': aimed at the last actor that acted against Japan."""
        for event in reversed(found):
            if event.target in sources and event.source not in sources and not event.negated:
                return [code_mention(event.source)]
        return []


def _of_former(tok: Token) -> bool:
    """'Former U.S. president Donald Trump': the country names the office once held, not an actor."""
    return tok.dep_ in ("compound", "nmod", "amod") and any(
        c.lower_ in ("former", "ex", "ex-") for c in tok.head.children if c.i < tok.i)


def code_mention(code: str) -> Mention:
    """A mention known only by its code (an actor referred back to)."""
    return Mention(-1, -1, Actor(id=code, kind="ref", name=code, code=code), "REF")
