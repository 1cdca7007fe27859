"""Prepositions: whom a preposition names for an event of each type, and the doer of a passive.

Mixed into Arguments (which supplies actors and aside). "Sanctions on Iran" and "talks with Kyiv" name
their targets by preposition, differently per type ("in" is where a meeting is, but whom an attack hits);
"threatened to break relations with Russia" names its target inside the clause the verb governs.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.lexicon import TO_NOUNS, VIA_NOUNS
from kg.extract.triggers import type_of, waters_hit

TARGET_PREPS = {
    "*": {"against", "on", "to", "toward", "towards", "at", "upon"},
    "CONSULT": {"with", "between", "to", "in"},
    "AGREE": {"with", "between"},
    "COOPERATE": {"with", "between", "in"},
    "SUPPORT": {"for", "behind", "to", "of", "with", "by"},
    "AID": {"to", "for", "in"},
    "ASSAULT": {"in", "into", "of", "inside", "across", "over"},
    "MOBILIZE": {"near", "around", "in", "along", "off", "into", "toward", "towards", "to"},
    "COERCE": {"of", "from", "in", "into"},
    "SANCTION": {"from", "of", "with"},
    "RETREAT": {"from", "of"},
    "ACCUSE": {"of", "with", "about", "over"},
    "REQUEST": {"from"},
    "PROTEST": {"of"},
}
COMPLEMENT_PREPS = frozenset({"with", "to", "on", "against", "from", "for", "toward", "towards", "at",
                              "into", "upon", "between"})


# "On the basis of", "on behalf of", "on the strength of": why or for whom, not whom an act is aimed at.
GROUNDS = frozenset({"basis", "behalf", "strength", "grounds", "advice", "initiative", "instruction", "instructions"})
# Texts a passive act is done in: "was praised in statements from Nigeria and Senegal".
STATEMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "note", "resolution"})


class Prepositions:
    """Prepositional and clausal arguments; needs the host's actors() and aside."""

    aside: set[int]

    def passive_doers(self, verb: Token) -> list[Mention]:
        """Who did a passive act: its "by" agent; for a summons with none, the ministry it was "to"."""
        doers = [m for c in verb.children if c.dep_ == "agent" for g in c.children for m in self.actors(g)]
        if not doers and verb.lemma_.lower() == "summon":  # "was summoned to the Iranian Foreign Ministry"
            doers = self.prep_actors(verb, {"to"})
        if not doers and verb.lemma_.lower() in ("detain", "hold", "jail", "imprison", "arrest"):
            doers = self.prep_actors(verb, {"in"})  # "four Frenchmen are detained in Iran": by Iran
        if not doers:  # "Iran was accused of supplying drones, in a joint statement from Britain, France and
            doers = [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "through")  # Germany"
                     for g in c.children if g.lemma_.lower() in STATEMENTS
                     for m in self.prep_actors(g, {"from", "by", "of"})]
        return doers

    def prep_targets(self, tok: Token, type_: str) -> list[Mention]:
        preps = TARGET_PREPS["*"] | TARGET_PREPS.get(type_, set())
        if type_ == "RETREAT":
            preps = preps - {"at", "on"}  # "withdrew a complaint at the WTO": where, not from whom
        if type_ == "MOBILIZE":  # "deployed warships to the Mediterranean near Syria"
            heads = [tok] + [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("close", "near")]
            places = [g for h in heads for k in h.children if k.dep_ in ("prep", "dative") and k.lower_ in preps
                      for g in k.children]
            if waters_hit(tok) and not any(m for g in places for m in self.actors(g)):
                return self.waters_of(tok)  # "sailed through Japanese waters": whose waters
            if len(heads) > 1:  # "moved launchers close to its border with South Korea"
                return [m for g in places for m in self.actors(g)]
            near = [m for g in places for m in self.prep_actors(g, {"near", "off", "along", "around"})]
            if any(g.lemma_.lower() in ("border", "frontier") for g in places):  # "sent 10,000 soldiers to the border
                near += self.prep_actors(tok, {"with"})  # with Belarus", the parser hanging "with" on the verb
            return self.prep_actors(tok, preps) + near
        if type_ == "SANCTION":  # "slapped tariffs on $16 billion in US goods"
            goods = [m for k in tok.children if k.dep_ == "prep" and k.lower_ == "in" for g in k.children
                     if g.lemma_.lower() in TO_NOUNS | {"import", "good"} for m in self.actors(g)]
            if goods:
                return self.prep_actors(tok, preps) + goods
        if type_ in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            preps = (preps - {"on", "at", "against"}) | TARGET_PREPS.get(type_, set())
        if type_ == "CONSULT":
            preps = preps - {"in"} if tok.pos_ == "NOUN" else preps
        return self.prep_actors(tok, preps)

    def waters_of(self, verb: Token) -> list[Mention]:
        """Whose sea or air a verb sends something into: "into Japanese waters", "into waters off Taiwan"."""
        return [m for g in waters_hit(verb) for m in self.actors(g) + self.prep_actors(g, {"off", "near", "around"})]

    def prep_actors(self, tok: Token, preps) -> list[Mention]:
        heads = [k for c in tok.children if c.dep_ in ("prep", "dative") for k in (c, *(  # "with Zarif and with his
            x for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP" and x.lower_ == c.lower_))]  # counterpart"
        return [m for k in heads if k.lower_ in preps and k.i not in self.aside
                for g in k.children if g.dep_ in ("pobj", "pcomp")
                and not (k.lower_ == "with" and g.lemma_.lower() in VIA_NOUNS)  # "with the mediation of Malaysia"
                and not (k.lower_ == "on" and g.lower_ in GROUNDS)  # "on the basis of a French proposal"
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
            friendly = type_of(c) in ("SUPPORT", "AID", "COOPERATE", "AGREE")  # "supporting Ukraine against Russia"
            objs += [m for m in self.prep_actors(c, COMPLEMENT_PREPS - {"against"} if friendly else COMPLEMENT_PREPS)
                     if not (m.start >= 0 and self.doc[m.end - 1].ent_type_ == "FAC" and
                             self.doc[m.end - 1].head.lower_ == "at")]  # "at the White House": where
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
