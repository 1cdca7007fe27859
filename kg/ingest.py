"""Ingest stage: Articles in, one named graph per article in the store, an IngestReport out.

Each article is extracted (spaCy pipeline, in worker processes when asked); the graphs of a batch
of articles (BATCH_ARTICLES, or whatever came in BATCH_SECONDS) are written in one
`store.put_graphs` call, which writes each graph whole (the on-disk store writes a big batch as
one bulk load), so a killed run leaves whole articles only and running it again finishes the job.
An article is reported only once its graph is written. An article whose graph exists is skipped
unless `replace`: ingesting twice adds nothing.
Until the extraction pipeline exists, a fallback records each article and the actors it names,
found by matching the gazetteer's surface forms.
"""

from __future__ import annotations

import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Actor, Article

FEW_ARTICLES = 5  # no progress bar for this many or fewer
BATCH_ARTICLES = 200  # articles a store write, as Settings.ingest_batch (--batch, GEOKG_INGEST_BATCH)
BATCH_SECONDS = 2.0  # and no article waits longer than this after its extraction (slow extraction)
FALLBACK_WARNING = "extraction pipeline not available: recorded the article and the actors it names, no events"


@dataclass
class ArticleOutcome:
    """What happened to one article: status is ingested, replaced, skipped or failed."""

    article: Article
    status: str
    actors: list[str] = field(default_factory=list)  # labels, as `geokg extract` prints them
    events: int = 0
    triples: int = 0
    message: str | None = None


@dataclass
class IngestReport:
    """Counts of one ingest run, with each article's outcome and every problem met."""

    read: int = 0
    skipped: int = 0
    ingested: int = 0
    replaced: int = 0
    failed: int = 0
    triples: int = 0
    events: int = 0
    outcomes: list[ArticleOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line of counts."""
        return (f"{self.read} read, {self.ingested} ingested, {self.replaced} replaced, "
                f"{self.skipped} skipped as already present, {self.failed} failed; "
                f"{self.events} events, {self.triples} triples written")

    def to_dict(self) -> dict:
        keys = ("read", "skipped", "ingested", "replaced", "failed", "triples", "events", "errors", "warnings")
        return {k: getattr(self, k) for k in keys}


def load_nlp(model: str):
    """The extraction pipeline, or None while it is not implemented (ingest then uses the fallback)."""
    from kg.extract.pipeline import load_pipeline

    try:
        return load_pipeline(model)
    except NotImplementedError:
        return None


def load_gazetteer():
    """The shipped gazetteer, loaded once per process."""
    from kg import gazetteer

    loader = getattr(gazetteer.Gazetteer, "load_default", None) or gazetteer.load_default
    return loader()


class GazetteerMatcher:
    """Fallback extractor: actors found by plain match of the gazetteer's surface forms."""

    def __init__(self, gazetteer=None):
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        forms = {f[0] if isinstance(f, tuple) else str(f) for f in self.gazetteer.surface_forms()}
        forms = sorted((f for f in forms if f.strip()), key=len, reverse=True)
        # Case-sensitive so that "US" is the country and "us" is not; longest form first.
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")

    def actors(self, article: Article) -> list[Actor]:
        """Actors named in the article, each once, in order of first mention."""
        text = article.full_text.replace("\u2019", "'")
        forms = list(dict.fromkeys(m.group(0) for m in self.pattern.finditer(text)))
        # Countries named outright are the context that picks among people of the same name.
        context = {a.code for form in forms for a in self.gazetteer.resolve(form, on=article.published)[:1]
                   if a.kind == "country"}
        found: dict[str, Actor] = {}
        for form in forms:
            resolved = self.gazetteer.resolve(form, on=article.published, context=context)
            if resolved:
                found.setdefault(resolved[0].id, resolved[0])
        return list(found.values())

    def extract(self, article: Article):
        from kg.extract.pipeline import Extraction

        return Extraction(article=article, actors=self.actors(article), warnings=[FALLBACK_WARNING])


def _extractions(nlp, matcher: GazetteerMatcher | None, articles: Iterable[Article],
                 workers: int, fail: Callable[[Article, str], None]) -> Iterator:
    """Extractions in input order; with one worker a failing article goes to `fail`, not fatal."""
    if matcher is not None:
        yield from (matcher.extract(article) for article in articles)
        return
    from kg.extract.pipeline import extract_article, extract_articles

    if workers > 1:
        yield from extract_articles(nlp, articles, workers=workers)
        return
    for article in articles:
        try:
            yield extract_article(nlp, article)
        except Exception as e:  # one article's failure must not stop the run
            fail(article, f"{type(e).__name__}: {e}")


def ingest(store, articles: Iterable[Article], nlp=None, replace: bool = False, workers: int = 1,
           progress: bool = False, gazetteer=None, read_errors: list | None = None,
           on_article: Callable[[ArticleOutcome], None] | None = None,
           batch_size: int = BATCH_ARTICLES) -> IngestReport:
    """Extract and store articles, one named graph each; returns what was done.

    nlp: a pipeline from kg.extract.pipeline.load_pipeline, or None for the gazetteer fallback.
    read_errors: the list given to kg.articles.read_articles, folded into the report at the end.
    on_article: called with each article's outcome once it is final (its graph written), in input order.
    batch_size: articles whose graphs are written together (1: each on its own).
    """
    from kg.triples import article_graph_iri

    report = IngestReport()
    matcher = GazetteerMatcher(gazetteer) if nlp is None else None
    batch = _Batch(store, report, on_article, batch_size, BATCH_SECONDS)
    # Skipped and failed articles, in input order, met before the next extraction comes out. With
    # workers > 1 the pool's feeder thread reads the articles (todo) while this one writes.
    early: deque[_Pending] = deque()
    existed: dict[str, bool] = {}
    seen: set[str] = set()

    def fail(article: Article, message: str) -> None:
        early.append(_failed(article, message, f"extraction failed ({message})"))

    def todo() -> Iterator[Article]:
        """Articles to extract: already stored ones (and repeats in this run) are skipped here."""
        for article in _progress(articles, progress):
            report.read += 1
            try:
                present = store.has_graph(article_graph_iri(article.id))
            except ValueError as e:  # an id that cannot name a graph (not encodable): this article only
                early.append(_failed(article, f"unusable id: {e}"))
                continue
            if article.id in seen or (present and not replace):
                early.append(_Pending(ArticleOutcome(article, "skipped", message="already in the store")))
                continue
            seen.add(article.id)
            existed[article.id] = present
            yield article

    try:
        for extraction in _extractions(nlp, matcher, todo(), workers, fail):
            while early:
                batch.add(early.popleft())
            batch.add(_to_write(extraction, existed.get(extraction.article.id, False)))
        while early:
            batch.add(early.popleft())
    finally:  # also when extraction stops the run: what was extracted is kept
        batch.flush()
    if matcher is not None and report.ingested + report.replaced:
        report.warnings.append(FALLBACK_WARNING)
    for err in read_errors or []:
        if getattr(err, "fatal", True):
            report.failed += 1
            report.errors.append(str(err))
        else:
            report.warnings.append(str(err))
    return report


def _to_write(extraction, existed: bool) -> _Pending:
    """An extraction as the graph to write and its outcome (failed when it cannot become triples)."""
    from kg.triples import article_graph_iri, extraction_to_triples

    article = extraction.article
    try:
        graph, triples = str(article_graph_iri(article.id)), extraction_to_triples(extraction)
    except Exception as e:  # one article's bad data must not stop the run
        return _failed(article, f"not stored: {type(e).__name__}: {e}")
    actors = sorted({a.label for a in extraction.actors})
    outcome = ArticleOutcome(article, "replaced" if existed else "ingested", actors, len(extraction.events),
                             len(triples))  # extraction_to_triples gives distinct triples: the count written
    warnings = [f"{article.path or article.id}: {w}" for w in extraction.warnings if w != FALLBACK_WARNING]
    return _Pending(outcome, graph, triples, warnings)


@dataclass
class _Pending:
    """An outcome not reported yet; its graph to write first when `graph` is set."""

    outcome: ArticleOutcome
    graph: str | None = None
    triples: list | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # the report's error line of a failed article


def _failed(article: Article, message: str, error: str | None = None) -> _Pending:
    """A failed article: the outcome's message, and the report's error line (default: the message)."""
    return _Pending(ArticleOutcome(article, "failed", message=message),
                    error=f"{article.path or article.id}: {error or message}")


class _Batch:
    """Outcomes held in input order until their graphs are written together, one `put_graphs` call.

    Written every `size` outcomes or `seconds` after the first one waiting, and at the end. An
    outcome is counted and reported only once its graph is in the store. A graph the store refuses
    (BadInput: a term it cannot hold) fails alone: the batch is then written one graph at a time.
    """

    def __init__(self, store, report: IngestReport, on_article, size: int, seconds: float):
        self.store, self.report, self.on_article = store, report, on_article
        self.size, self.seconds = max(1, size), seconds
        self.items: list[_Pending] = []
        self.since = 0.0

    def add(self, item: _Pending) -> None:
        if not self.items:
            self.since = time.monotonic()
        self.items.append(item)
        if len(self.items) >= self.size or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        items, self.items = self.items, []  # taken first: a write that raises is not tried again
        writes = [(item.graph, item.triples) for item in items if item.graph is not None]
        refused = self._write(writes) if writes else {}
        for item in items:
            if item.graph in refused:
                item = _failed(item.outcome.article, f"not stored: {refused[item.graph]}")
            self._tally(item)

    def _write(self, writes: list[tuple[str, list]]) -> dict[str, str]:
        """Write the graphs; returns {graph: why} for those the store refused."""
        from kg.errors import BadInput

        try:
            self.store.put_graphs(writes)
            return {}
        except BadInput as e:
            if len(writes) == 1:
                return {writes[0][0]: " ".join(str(e.detail).split())}
        refused = {}
        for graph, triples in writes:  # again one by one: the good ones go in, each bad one is named
            try:
                self.store.put_graph(graph, triples)
            except BadInput as e:
                refused[graph] = " ".join(str(e.detail).split())
        return refused

    def _tally(self, item: _Pending) -> None:
        report, outcome = self.report, item.outcome
        setattr(report, outcome.status, getattr(report, outcome.status) + 1)
        if outcome.status in ("ingested", "replaced"):
            report.triples += outcome.triples
            report.events += outcome.events
            report.warnings.extend(item.warnings)
        elif item.error:
            report.errors.append(item.error)
        report.outcomes.append(outcome)
        if self.on_article is not None:
            self.on_article(outcome)


def _progress(articles: Iterable[Article], progress: bool) -> Iterable[Article]:
    """A tqdm bar on stderr for runs longer than a few articles (or of unknown length)."""
    total = len(articles) if hasattr(articles, "__len__") else None
    if not progress or (total is not None and total <= FEW_ARTICLES):
        return articles
    from tqdm import tqdm

    return tqdm(articles, total=total, unit="article", file=sys.stderr, delay=1.0, leave=False)
