"""Articles: `/articles` (paginated), `/articles/{id}` (with mentions and events) and
`POST /articles` (ingest one or many; bearer token; body size limit).

In: a cursor, an article key or id, or a JSON article / list of articles; out: `ArticlesPublic`,
`ArticleDetail`, `IngestPublic`. Ingest runs through kg.ingest.ingest under the app's write lock,
so concurrent writes are serialised while reads go on.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError
from rdflib import Literal

from api.deps import SettingsDep, StoreDep, read_body, require_token, run_query
from api.eventq import PREFIXES, events_by_iri
from api.ids import actor_id_of, article_iri_of, decode_cursor, encode_cursor
from api.problems import problem_responses
from api.schemas import (ArticleDetail, ArticleIn, ArticleOutcomePublic, ArticlePublic, ArticlesPublic,
                         IngestPublic)
from kg.errors import BadArticle, NotFound
from kg.model import Article, article_id_for

router = APIRouter(tags=["articles"])

MAX_ARTICLES_PER_REQUEST = 1000
_ARTICLES = TypeAdapter(ArticleIn | list[ArticleIn])
_FIELDS = """OPTIONAL { ?article geo:articleId ?id } OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article geo:url ?url } OPTIONAL { ?article geo:published ?published }
  OPTIONAL { ?article dcterms:publisher ?source }"""
_LIST = PREFIXES + f"""SELECT ?article ?id ?title ?url ?published ?source WHERE {{
  ?article a geo:Article . {{cursor}}
  {_FIELDS}
}} ORDER BY ?article"""
_ONE = PREFIXES + f"SELECT ?id ?title ?url ?published ?source WHERE {{ ?article a geo:Article . {_FIELDS} }}"
_MENTIONS = PREFIXES + "SELECT DISTINCT ?actor WHERE { ?article geo:mentions ?actor } ORDER BY ?actor"
_EVENTS = PREFIXES + """SELECT DISTINCT ?event WHERE {
  ?event geo:evidence ?evidence . ?evidence geo:article ?article } ORDER BY ?event"""


def _public(iri, id_, title, url, published, source, cls=ArticlePublic, **extra):
    s = lambda t: None if t is None else str(t)  # noqa: E731
    return cls(id=s(id_) or str(iri).rsplit("/", 1)[-1], iri=str(iri), title=s(title), url=s(url),
               published=s(published), source=s(source), **extra)


@router.get("/articles", response_model=ArticlesPublic, responses=problem_responses(400, 422, 503),
            summary="Articles in the graph")
def list_articles(store: StoreDep, settings: SettingsDep,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  cursor: Annotated[str | None, Query(max_length=1000)] = None) -> ArticlesPublic:
    """Articles by IRI; `id` is the article's id (URL or text hash), the IRI ends with its key."""
    key = decode_cursor(cursor, 1)
    sparql = _LIST.replace("{cursor}", "FILTER(STR(?article) > ?c)" if key else "")
    rows = run_query(store, settings, sparql, {"c": Literal(key[0])} if key else None, max_rows=limit + 1).rows
    items = [_public(*row) for row in rows[:limit]]
    return ArticlesPublic(items=items, next=encode_cursor([str(rows[limit - 1][0])]) if len(rows) > limit else None)


@router.get("/articles/{article_id:path}", response_model=ArticleDetail,
            responses=problem_responses(404, 422, 503), summary="One article")
def read_article(store: StoreDep, settings: SettingsDep,
                 article_id: Annotated[str, Path(max_length=2000, description="The key (end of the IRI) "
                                                 "or the article's id/URL.")]) -> ArticleDetail:
    """An article with the actors it names and the events it reports."""
    iri = article_iri_of(article_id)
    rows = run_query(store, settings, _ONE, {"article": iri}, max_rows=1).rows
    if not rows:
        raise NotFound(f"No article {article_id[:200]!r}; /articles lists the articles there are.")
    mentions = [actor_id_of(r[0]) for r in run_query(store, settings, _MENTIONS, {"article": iri}).rows]
    event_iris = [r[0] for r in run_query(store, settings, _EVENTS, {"article": iri}, max_rows=500).rows]
    return _public(iri, *rows[0], cls=ArticleDetail, mentions=mentions,
                   events=events_by_iri(store, settings, event_iris))


def _articles(data: bytes) -> list[Article]:
    try:
        parsed = _ARTICLES.validate_python(json.loads(data))
    except json.JSONDecodeError as e:
        raise BadArticle(f"The body is not JSON ({e.msg}, line {e.lineno}); send an article object "
                         f"or a list of them.") from e
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p not in ("ArticleIn", "list[ArticleIn]"))
        raise BadArticle(f"Invalid article ({where or 'body'}: {first['msg']}); each article is an "
                         f"object with 'title' and/or 'text', optional id, published, url, source.") from e
    items = parsed if isinstance(parsed, list) else [parsed]
    if not items or len(items) > MAX_ARTICLES_PER_REQUEST:
        raise BadArticle(f"Send 1 to {MAX_ARTICLES_PER_REQUEST} articles per request, not {len(items)}.")
    out = []
    for n, item in enumerate(items):
        title, text = item.title.strip(), item.text.strip()
        if not title and not text:
            raise BadArticle(f"Article {n} has neither title nor text; give at least one.")
        out.append(Article(id=item.id or article_id_for(text or title, item.url), text=text, title=title,
                           published=item.published, url=item.url, source=item.source,
                           language=item.language, path=f"<request>[{n}]"))
    return out


def _nlp(request: Request):
    """The app's pipeline, loaded once; None (the gazetteer fallback) when there is none."""
    state = request.app.state
    if state.nlp is None:
        from kg.ingest import load_nlp

        state.nlp = load_nlp(state.settings.spacy_model) or False  # False: fallback, do not retry
    return state.nlp or None


def _ingest(request: Request, store, articles: list[Article]):
    from kg.ingest import ingest

    with request.app.state.write_lock:
        nlp = _nlp(request)
        with request.app.state.date_cache.writing():
            report = ingest(store, articles, nlp=nlp, batch_size=request.app.state.settings.ingest_batch)
    request.app.state.actor_cache.clear()
    return report


_ARTICLE_SCHEMA = ArticleIn.model_json_schema()
_BODY = {"requestBody": {"required": True, "description": "One article or a list of them.", "content": {
    "application/json": {"schema": {"oneOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA}]},
                         "example": _ARTICLE_SCHEMA["examples"][0]}}}}


@router.post("/articles", response_model=IngestPublic, dependencies=[Depends(require_token)],
             responses=problem_responses(400, 401, 403, 413, 422, 503), summary="Ingest articles",
             openapi_extra=_BODY)
async def post_articles(request: Request, store: StoreDep, settings: SettingsDep) -> IngestPublic:
    """Extract and store articles (idempotent: an article already stored is skipped)."""
    data = await read_body(request, settings.max_body_bytes)
    articles = _articles(data)
    report = await run_in_threadpool(_ingest, request, store, articles)
    outcomes = [ArticleOutcomePublic(id=o.article.id, status=o.status, events=o.events, triples=o.triples,
                                     message=o.message) for o in report.outcomes]
    return IngestPublic(read=report.read, ingested=report.ingested, replaced=report.replaced,
                        skipped=report.skipped, failed=report.failed, events=report.events,
                        triples=report.triples, articles=outcomes, errors=report.errors,
                        warnings=report.warnings)
