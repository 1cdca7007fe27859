"""kg/ontology.ttl parses and agrees with kg.ontology.EVENT_TYPES (types, modes, scores, quads, CAMEO)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.ontology import EVENT_TYPES, GEO, MODE_SCORES, PLOVER, type_iri

TTL = Path(__file__).resolve().parents[1] / "kg" / "ontology.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(TTL, format="turtle")


def test_ontology_top_concepts_are_the_16_types(onto):
    tops = {str(c).removeprefix(str(PLOVER)) for c in onto.subjects(SKOS.topConceptOf, PLOVER[""])}
    assert tops == set(EVENT_TYPES)
    assert len(tops) == 16


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_ontology_type_matches_table(onto, name):
    t = EVENT_TYPES[name]
    iri = type_iri(name)
    assert (iri, RDF.type, SKOS.Concept) in onto
    assert onto.value(iri, GEO.quadClass) == Literal(t.quad)
    assert Decimal(str(onto.value(iri, GEO.score))) == Decimal(str(t.score))
    assert str(onto.value(iri, GEO.cameoRoot)) == t.cameo
    assert onto.value(iri, GEO.symmetric).toPython() is t.symmetric
    narrower = {str(m) for m in onto.objects(iri, SKOS.narrower)}
    assert narrower == {str(type_iri(name, mode)) for mode in t.modes}
    for mode in t.modes:
        assert (type_iri(name, mode), SKOS.broader, iri) in onto
        assert str(onto.value(type_iri(name, mode), SKOS.prefLabel)) == mode


def test_ontology_mode_scores_match(onto):
    scored = {(str(s), float(o)) for s, o in onto.subject_objects(GEO.score)
              if (s, SKOS.broader, None) in onto}
    assert scored == {(str(type_iri(t, m)), v) for (t, m), v in MODE_SCORES.items()}


def test_ontology_classes_and_provenance(onto):
    for cls in ("Country", "Person", "Organisation", "ArmedGroup"):
        assert (GEO[cls], RDFS.subClassOf, GEO.Actor) in onto
    for cls in ("Event", "Article", "Evidence", "RoleHolding"):
        assert (GEO[cls], RDFS.subClassOf, PROV.Entity) in onto
    assert (GEO.article, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto
    props = {"source", "target", "sourceActor", "targetActor", "eventType", "mode", "date",
             "datePrecision", "negated", "hypothetical", "confidence", "evidence", "sentence", "start",
             "end", "iso3", "published"}
    declared = {str(p).removeprefix(str(GEO)) for p in onto.subjects(RDF.type, OWL.ObjectProperty)}
    declared |= {str(p).removeprefix(str(GEO)) for p in onto.subjects(RDF.type, OWL.DatatypeProperty)}
    assert props <= declared


def test_ontology_names_its_sources(onto):
    sources = " ".join(str(o) for o in onto.objects(None, DCTERMS.source))
    assert "PLOVER" in sources and "CAMEO" in sources
