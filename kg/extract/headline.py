"""Headlines: who does what to whom in a title the parser could not read.

In: a parsed Doc whose first `doc._.title_end` characters are the article's title, a trigger token in
it, and the Arguments reader. Out: sources and targets by headline word order.

Headlines are written in a fixed shape, "[who] [does] [to whom] [as/after/over ...]", and the small
English pipeline often misparses them ("Trump Administration Pressures Venezuela Power Brokers": the
verb read as a noun). When the parse gives a title trigger no event, its doers are the actors named
before it in the same clause and its targets those named after it, up to the next clause word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import Mention
from kg.extract.preps import TARGET_PREPS

# Words that open another clause of a headline: "... as Unrest Spreads", "... After Maduro's Ouster".
CLAUSE_WORDS = frozenset({"as", "after", "amid", "while", "before", "despite", "over", "following", "when",
                          "but", "ahead", "until", "since", "because", "if", "unless", "says", "said", "say"})
CLAUSE_MARKS = frozenset({";", ":", "—", "–", "|", "?", "!"})
# Verbs before a trigger noun that make it mutual: "Syria Government and SDF Trade Blame".
MUTUAL_CARRIERS = frozenset({"trade", "exchange", "swap"})


def in_title(doc: Doc, tok: Token) -> bool:
    return tok.idx < (getattr(doc._, "title_end", 0) or 0)


def headline_frame(doc: Doc, tok: Token, type_: str,
                   by_token: dict[int, Mention]) -> tuple[list[Mention], list[Mention], bool]:
    """(sources, targets, mutual) of a title trigger, by word order within its clause."""
    end = doc._.title_end
    left: list[Mention] = []
    i = tok.i - 1
    while i >= 0 and not is_boundary(doc, i, by_token):
        m = by_token.get(i)
        if m is not None and m not in left:
            left.insert(0, m)
        i -= 1
    right: list[Mention] = []
    preps = (TARGET_PREPS["*"] | TARGET_PREPS.get(type_, set())) - {"in", "at"}
    if type_ in ("ASSAULT", "COERCE"):
        preps |= {"at"}  # "Fires Water Cannon at Philippine Boat"; elsewhere "at" is where: "at White House"
    prep = None
    i = tok.i + 1
    while i < len(doc) and doc[i].idx < end and not is_boundary(doc, i, by_token) and not (
            doc[i].pos_ in ("VERB", "AUX") and i not in by_token):  # "... Sparks NATO Tensions": another verb's
        if doc[i].pos_ == "ADP" and i not in by_token:
            prep = doc[i].lower_
        m = by_token.get(i)
        if m is not None and m not in right and (prep is None or prep in preps):
            right.append(m)  # "Pressures Venezuela", "Push on Greenland"; not "Near Taiwan", "in Decades"
        i += 1
    mutual = tok.i > 0 and doc[tok.i - 1].lemma_.lower() in MUTUAL_CARRIERS
    return _states(left), _states(right), mutual


def is_boundary(doc: Doc, i: int, by_token: dict[int, Mention]) -> bool:
    tok = doc[i]
    if tok.lower_ in CLAUSE_WORDS or tok.text in CLAUSE_MARKS:
        return True
    if tok.text == ",":  # "Russia, Ukraine Swap Prisoners" lists; "..., Alarming Canberra" opens a clause
        return not (i > 0 and i + 1 < len(doc) and (i - 1) in by_token and (i + 1) in by_token)
    return False


def _states(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.state_level and m.code]


def names_after(doc: Doc, tok: Token, by_token: dict[int, Mention]) -> bool:
    """Whether the trigger's clause names any actor after it ("Fires Missiles Near Taiwan": yes)."""
    i = tok.i + 1
    while i < len(doc) and doc[i].idx < doc._.title_end and not is_boundary(doc, i, by_token):
        if i in by_token:
            return True
        i += 1
    return False
