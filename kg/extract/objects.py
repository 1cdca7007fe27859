"""Objects: what a verb acts on, as lemmas, for the trigger rules.

In: a verb token. Out: the lemmas (and lower-cased forms) of its direct objects, their compounds
and what they measure: "moved missile launchers" -> {launcher, missile}; "sent 50,000 tonnes of
wheat" -> {tonne, wheat}; "troops were deployed" -> {troop, troops}.
"""

from __future__ import annotations

from spacy.tokens import Token


def objects_of(tok: Token) -> set[str]:
    """Lemmas of a verb's direct objects, their compounds and what they measure ("missile launchers":
    missile, launcher; "50,000 tonnes of wheat": tonne, wheat)."""
    dobjs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "troops were deployed"
    objects = {c.lemma_.lower() for c in dobjs} | {c.lower_ for c in dobjs}  # "bases", which the model lemmatises "basis"
    objects |= {g.lemma_.lower() for c in dobjs for g in c.children if g.dep_ == "compound"}
    return objects | {g.lemma_.lower() for c in dobjs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"}
