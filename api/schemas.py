"""Response and request models of the REST routes (what OpenAPI documents and validates).

In: nothing; out: pydantic models named `<Thing>Public` (one item) and `<Things>Public` (a page of
items with a `next` cursor), plus `ArticleIn` for POST /articles.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


def _example(**values):
    return ConfigDict(json_schema_extra={"examples": [values]})


class RolePublic(BaseModel):
    role: str = Field(description="head_of_state, head_of_government, foreign_minister, vice_president, ...")
    country: str | None = Field(None, description="Actor id of the country, e.g. country/COL.")
    start: str | None = None
    end: str | None = Field(None, description="None while the role is held.")
    attested: str | None = Field(None, description="Date a text stated the role, when learnt from text.")


class ActorSummary(BaseModel):
    model_config = _example(id="country/COL", kind="country", code="COL", name="Colombia")
    id: str = Field(description="Stable actor id: country/ISO3, org/ID, group/ID or person/slug.")
    kind: str | None = None
    code: str | None = None
    name: str | None = None


class ActorCounts(BaseModel):
    events_as_source: int = 0
    events_as_target: int = 0
    articles: int = 0


class ActorPublic(ActorSummary):
    model_config = _example(id="person/gustavo-petro", kind="person", code="gustavo-petro",
                            name="Gustavo Petro", names=["Gustavo Petro"], country="country/COL",
                            wikidata="http://www.wikidata.org/entity/Q1232232", roles=[],
                            counts={"events_as_source": 3, "events_as_target": 5, "articles": 4})
    iri: str
    names: list[str] = []
    wikidata: str | None = Field(None, description="The Wikidata item (owl:sameAs).")
    country: str | None = Field(None, description="For a person: the country they act for.")
    roles: list[RolePublic] = []
    counts: ActorCounts = ActorCounts()


class ActorsPublic(BaseModel):
    items: list[ActorSummary]
    next: str | None = Field(None, description="Cursor of the next page; absent on the last page.")


class ArticleRef(BaseModel):
    id: str
    iri: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


class EvidencePublic(BaseModel):
    sentence: str
    start: int | None = None
    end: int | None = None
    article: ArticleRef | None = None


class EventPublic(BaseModel):
    model_config = _example(id="3f0c2a9b1d4e5f607182", type="CONSULT", mode="phone",
                            source="country/USA", target="country/COL",
                            source_actor="person/donald-trump", target_actor="person/gustavo-petro",
                            date="2026-01-07", date_precision="day", negated=False,
                            hypothetical=False, confidence=0.9, quad="VCoop", score=1.5, reports=2)
    id: str = Field(description="Event id (the last segment of its IRI).")
    type: str = Field(description="PLOVER event type.")
    mode: str | None = None
    source: str
    target: str
    source_actor: str | None = None
    target_actor: str | None = None
    date: str | None = None
    date_precision: str | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float | None = None
    quad: str | None = Field(None, description="VCoop, MCoop, VConf or MConf.")
    score: float | None = Field(None, description="PLOVER -10..+10 weight of the type (and mode).")
    reports: int = Field(0, description="Number of evidence sentences reporting it.")


class EventDetail(EventPublic):
    iri: str
    evidence: list[EvidencePublic] = []


class EventsPublic(BaseModel):
    items: list[EventPublic]
    next: str | None = Field(None, description="Cursor of the next page; absent on the last page.")


class TypeCount(BaseModel):
    type: str
    direction: str = Field(description="a_to_b or b_to_a.")
    count: int


class RelationPublic(BaseModel):
    a: str
    b: str
    total: int = Field(description="Events that happened (neither negated nor hypothetical).")
    counts: list[TypeCount]
    first: EventPublic | None = None
    last: EventPublic | None = None
    latest: list[EventPublic] = []


class NodePublic(BaseModel):
    id: str
    kind: str | None = None
    name: str | None = None
    distance: int


class EdgePublic(BaseModel):
    source: str
    target: str
    type: str
    count: int


class NeighborsPublic(BaseModel):
    center: str
    depth: int
    nodes: list[NodePublic]
    edges: list[EdgePublic]
    truncated: bool = False


class ArticlePublic(BaseModel):
    id: str
    iri: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


class ArticleDetail(ArticlePublic):
    mentions: list[str] = Field([], description="Ids of the actors the article names.")
    events: list[EventPublic] = []


class ArticlesPublic(BaseModel):
    items: list[ArticlePublic]
    next: str | None = None


class ArticleIn(BaseModel):
    """One article to ingest: a title and/or a text, with metadata."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "title": "Trump and Petro speak by phone",
        "text": "U.S. President Donald Trump spoke by phone with Colombian President Gustavo Petro "
                "on Wednesday.", "published": "2026-01-07", "url": "https://example.org/a1",
        "source": "Example Wire"}]})
    id: str | None = Field(None, max_length=2000, description="Defaults to the URL, else a text hash.")
    title: str = Field("", max_length=10_000)
    text: str = ""
    published: date | None = None
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)
    language: str | None = Field(None, max_length=20)


class ArticleOutcomePublic(BaseModel):
    id: str
    status: str = Field(description="ingested, replaced, skipped or failed.")
    events: int = 0
    triples: int = 0
    message: str | None = None


class IngestPublic(BaseModel):
    read: int
    ingested: int
    replaced: int
    skipped: int
    failed: int
    events: int
    triples: int
    articles: list[ArticleOutcomePublic]
    errors: list[str] = []
    warnings: list[str] = []


class HealthPublic(BaseModel):
    status: str = Field(examples=["ok"])
    store: str = Field(description="Backend name.")
    version: str


class StatsPublic(BaseModel):
    quads: int
    articles: int
    events: int
    actors: dict[str, int] = Field(description="Actors by kind.")
    event_types: dict[str, int] = Field(description="Events by PLOVER type.")


class QueryParamPublic(BaseModel):
    name: str
    kind: str = Field(description="actor, type, date, int or string.")
    required: bool
    default: str | None = None
    description: str = ""


class QueryInfoPublic(BaseModel):
    name: str
    title: str
    description: str = ""
    params: list[QueryParamPublic]
    sparql: str


class QueryRowsPublic(BaseModel):
    query: str
    vars: list[str]
    rows: list[dict[str, str | int | float | bool | None]]
    truncated: bool = False
