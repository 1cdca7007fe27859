"""Vocabulary: namespaces, PLOVER event types with their modes, quad class, score and CAMEO root.

The same facts are written as RDF in kg/ontology.ttl; tests check the two agree.
Sources: PLOVER manual draft 2.0 (openeventdata/PLOVER, PLOVER_MANUAL.tex), CAMEO2PLOVER-2021,
CAMEO codebook with GDELT's Goldstein values.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD  # noqa: F401  (re-exported)

BASE = "https://w3id.org/geokg/"
GEO = Namespace(BASE + "ontology#")  # classes and properties
ID = Namespace(BASE + "id/")  # actors, events, articles: id/country/COL, id/event/<hash>
PLOVER = Namespace(BASE + "plover/")  # SKOS concepts: plover/SANCTION, plover/CONSULT/phone
WD = Namespace("http://www.wikidata.org/entity/")


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str  # VCoop, MCoop, VConf, MConf
    score: float  # PLOVER -10..+10
    cameo: str  # CAMEO root code(s) it maps from, e.g. "04"
    modes: tuple[str, ...]
    symmetric: bool = False  # scored without direction
    definition: str = ""


EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    EventType("AGREE", "VCoop", 2.5, "03", (), True, "Promise or offer to cooperate"),
    EventType("CONSULT", "VCoop", 2.5, "04", ("visit", "third-party", "multilateral", "phone"), True,
              "Meetings, visits, hosting, calls"),
    EventType("SUPPORT", "VCoop", 5.0, "05", (), False, "Diplomatic, non-material support"),
    EventType("CONCEDE", "VCoop", 4.5, "08", (), False, "Verbal concessions"),
    EventType("COOPERATE", "MCoop", 9.5, "06", (), True, "Mutual material cooperation"),
    EventType("AID", "MCoop", 10.0, "07", (), False, "Material aid benefiting the recipient"),
    EventType("RETREAT", "MCoop", 6.5, "08",
              ("withdraw", "release", "disarm", "ceasefire", "access", "resign"), False, "Enacted concessions"),
    EventType("REQUEST", "VConf", 0.0, "02", ("assist", "change", "yield", "meet"), False,
              "Requests, demands, orders"),
    # The manual's table lists ACCUSE at 3, while its modes run -2 to -3.5: we read it as -3.
    EventType("ACCUSE", "VConf", -3.0, "11", ("disapprove", "investigate", "allege"), False,
              "Disapprove, allege, sue, investigate"),
    EventType("REJECT", "VConf", -2.0, "12", ("assist", "change", "yield", "meet"), False,
              "Rejections and refusals"),
    EventType("THREATEN", "VConf", -3.5, "13",
              ("restrict", "arrest", "relations", "expel", "territory", "violence"), False, "Coercive warnings"),
    EventType("PROTEST", "MConf", -5.0, "14",
              ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"), False,
              "Civilian collective protest"),
    EventType("SANCTION", "MConf", -6.0, "16", ("convict", "expel", "withdraw", "discontinue"), False,
              "Reduction of routine relations"),
    EventType("MOBILIZE", "MConf", -5.5, "15", ("troops", "weapons", "police", "militia"), False,
              "Military or police moves short of force"),
    EventType("COERCE", "MConf", -7.0, "17",
              ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"), False, "Repression short of violence"),
    EventType("ASSAULT", "MConf", -9.0, "18",
              ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
               "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
               "unconventional"), False, "Deliberate physical harm"),
)}

SYMMETRIC_TYPES = frozenset(t.name for t in EVENT_TYPES.values() if t.symmetric)
QUAD_CLASSES = ("VCoop", "MCoop", "VConf", "MConf")

# Modes with their own score (PLOVER: a phone call weighs less than a meeting).
MODE_SCORES: dict[tuple[str, str], float] = {("CONSULT", "phone"): 1.5}


def event_score(type_: str, mode: str | None = None) -> float:
    """PLOVER's -10..+10 weight of a type (and mode, where the mode has its own)."""
    return MODE_SCORES.get((type_, mode or ""), EVENT_TYPES[type_].score)


def actor_iri(actor_id: str):
    """IRI of an actor id like "country/COL"."""
    return ID[actor_id]


def event_iri(event_id: str):
    return ID[f"event/{event_id}"]


def type_iri(type_: str, mode: str | None = None):
    return PLOVER[f"{type_}/{mode}"] if mode else PLOVER[type_]
