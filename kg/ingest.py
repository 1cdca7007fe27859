"""Ingest stage: Articles in, one named graph per article in the store, an IngestReport out.

Each article is extracted (spaCy pipeline, in worker processes when asked) and written whole with
`store.put_graph`, so a killed run leaves whole articles only and running it again finishes the
job. An article whose graph exists is skipped unless `replace`: ingesting twice adds nothing.
Until the extraction pipeline exists, a fallback records each article and the actors it names,
found by matching the gazetteer's surface forms.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Actor, Article

FEW_ARTICLES = 5  # no progress bar for this many or fewer
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
                 workers: int, failures: list[tuple[Article, str]]) -> Iterator:
    """Extractions in input order; with one worker a failing article is recorded, not fatal."""
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
            failures.append((article, f"{type(e).__name__}: {e}"))


def ingest(store, articles: Iterable[Article], nlp=None, replace: bool = False, workers: int = 1,
           progress: bool = False, gazetteer=None, read_errors: list | None = None,
           on_article: Callable[[ArticleOutcome], None] | None = None) -> IngestReport:
    """Extract and store articles, one named graph each; returns what was done.

    nlp: a pipeline from kg.extract.pipeline.load_pipeline, or None for the gazetteer fallback.
    read_errors: the list given to kg.articles.read_articles, folded into the report at the end.
    on_article: called with each article's outcome as soon as it is known (for printing).
    """
    from kg.triples import article_graph_iri, extraction_to_triples

    report = IngestReport()
    matcher = GazetteerMatcher(gazetteer) if nlp is None else None
    failures: list[tuple[Article, str]] = []
    existed: dict[str, bool] = {}
    seen: set[str] = set()

    def record(outcome: ArticleOutcome) -> None:
        report.outcomes.append(outcome)
        if on_article is not None:
            on_article(outcome)

    def todo() -> Iterator[Article]:
        """Articles to extract: already stored ones (and repeats in this run) are skipped here."""
        for article in _progress(articles, progress):
            report.read += 1
            present = store.has_graph(article_graph_iri(article.id))
            if article.id in seen or (present and not replace):
                report.skipped += 1
                record(ArticleOutcome(article, "skipped", message="already in the store"))
                continue
            seen.add(article.id)
            existed[article.id] = present
            yield article

    for extraction in _extractions(nlp, matcher, todo(), workers, failures):
        for article, message in failures:
            _fail(report, article, message, record)
        failures.clear()
        article = extraction.article
        triples = list(extraction_to_triples(extraction))
        written = store.put_graph(article_graph_iri(article.id), triples)
        status = "replaced" if existed.get(article.id) else "ingested"
        setattr(report, status, getattr(report, status) + 1)
        report.triples += written
        report.events += len(extraction.events)
        report.warnings.extend(f"{article.path or article.id}: {w}" for w in extraction.warnings
                               if w != FALLBACK_WARNING)
        record(ArticleOutcome(article, status, sorted({a.label for a in extraction.actors}),
                              len(extraction.events), written))
    for article, message in failures:
        _fail(report, article, message, record)
    if matcher is not None and report.ingested + report.replaced:
        report.warnings.append(FALLBACK_WARNING)
    for err in read_errors or []:
        if getattr(err, "fatal", True):
            report.failed += 1
            report.errors.append(str(err))
        else:
            report.warnings.append(str(err))
    return report


def _fail(report: IngestReport, article: Article, message: str, record) -> None:
    report.failed += 1
    report.errors.append(f"{article.path or article.id}: extraction failed ({message})")
    record(ArticleOutcome(article, "failed", message=message))


def _progress(articles: Iterable[Article], progress: bool) -> Iterable[Article]:
    """A tqdm bar on stderr for runs longer than a few articles (or of unknown length)."""
    total = len(articles) if hasattr(articles, "__len__") else None
    if not progress or (total is not None and total <= FEW_ARTICLES):
        return articles
    from tqdm import tqdm

    return tqdm(articles, total=total, unit="article", file=sys.stderr, delay=1.0, leave=False)
