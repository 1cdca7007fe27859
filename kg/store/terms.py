"""Terms: rdflib terms to pyoxigraph terms and N-Triples text, and pyoxigraph terms back, cached.

What the embedded store writes and reads crosses here. Terms recur (actors, types, dates, flags in
every article), so each conversion is cached; pyoxigraph validates what it builds (a bad IRI
raises BadInput), and the N-Triples text of a term is pyoxigraph's own serialisation of it.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import BadInput, StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node):
    """An rdflib term as a pyoxigraph term (IRIs are validated: a bad one raises BadInput)."""
    try:
        return _to_ox(term)
    except TypeError:  # unhashable: not a term
        raise BadInput(f"not an RDF term: {term!r}; expected an rdflib URIRef, Literal or BNode") from None


@lru_cache(maxsize=200_000)  # actors, types, dates and flags recur in every article
def _to_ox(term: Node):
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as e:
        raise BadInput(f"not a valid RDF term: {term!r} ({e})") from e
    raise BadInput(f"not an RDF term: {term!r}; expected an rdflib URIRef, Literal or BNode")


def statement(s: Node, p: Node, o: Node) -> str:
    """One triple of rdflib terms as an N-Triples statement, without the final " ." (terms validated).

    >>> statement(URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("hi", lang="en"))
    '<http://example.org/a> <http://example.org/p> "hi"@en'
    """
    try:
        return f"{_text(s)} {_text(p)} {_text(o)}"
    except TypeError:  # unhashable: not a term
        raise BadInput(f"not an RDF term in {(s, p, o)!r}; expected rdflib URIRef, Literal or BNode terms") from None


@lru_cache(maxsize=200_000)
def _text(term: Node) -> str:
    return str(_to_ox(term))


def from_ox(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (cached: building rdflib literals costs ~20 us each)."""
    if term is None:
        return None
    return _from_ox(term)


@lru_cache(maxsize=200_000)
def _from_ox(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise StoreError(f"unsupported term in a result: {term!r}")
