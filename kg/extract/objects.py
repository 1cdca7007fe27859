"""Objects: what a verb acts on, as lemmas, for the trigger rules.

In: a verb token. Out: the lemmas (and lower-cased forms) of its direct objects, their compounds
and what they measure: "moved missile launchers" -> {launcher, missile}; "sent 50,000 tonnes of
wheat" -> {tonne, wheat}; "troops were deployed" -> {troop, troops}; "an aircraft with relief
material" -> {aircraft, material, relief}.
"""

from __future__ import annotations

from spacy.tokens import Token


def objects_of(tok: Token) -> set[str]:
    """Lemmas of a verb's direct objects, their compounds and what they measure ("missile launchers":
    missile, launcher; "50,000 tonnes of wheat": tonne, wheat)."""
    return things([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])  # "troops were deployed"


def things(dobjs: list[Token]) -> set[str]:
    """Lemmas of noun phrases, their compounds, what they measure and what vehicles among them carry."""
    objects = {c.lemma_.lower() for c in dobjs} | {c.lower_ for c in dobjs}  # "bases", which the model lemmatises "basis"
    objects |= {g.lemma_.lower() for c in dobjs for g in c.children if g.dep_ == "compound"}
    measured = [g for c in dobjs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    objects |= {g.lemma_.lower() for g in measured} | {  # "a consignment of relief material": material, relief
        k.lemma_.lower() for g in measured for k in g.children if k.dep_ == "compound"}
    cargo = [g for c in dobjs if c.lemma_.lower() in CARRIERS for k in c.children  # "rushed an aircraft with
             if (k.dep_ == "prep" and k.lower_ == "with") or (k.dep_ == "acl" and k.lemma_.lower() in ("carry", "load"))
             for g in k.children if g.dep_ in ("pobj", "dobj", "prep")]  # relief material", "planes carrying aid"
    cargo += [g for c in cargo if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "loaded with"
    return objects | {g.lemma_.lower() for g in cargo} | {k.lemma_.lower() for g in cargo for k in g.children
                                                         if k.dep_ == "compound"}


# Vehicles whose cargo is what is sent: "sent two planes carrying blankets".
CARRIERS = frozenset({"aircraft", "plane", "flight", "ship", "vessel", "convoy", "truck", "jet", "airplane",
                      "warship", "lorry", "boat"})
