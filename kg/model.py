"""The data passed between stages: Article in, Actor and Event out.

Plain dataclasses, no behaviour beyond (de)serialisation helpers; each stage takes and returns these.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date

ACTOR_KINDS = ("country", "person", "org", "group")
DATE_PRECISIONS = ("day", "week", "month", "year", "reported", "unknown")


def normalise_text(text: str) -> str:
    """NFC, unified whitespace; what an article's identity hash is taken over."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def article_id_for(text: str, url: str | None = None) -> str:
    """Stable article id: the URL when given, else a hash of the normalised text.

    >>> article_id_for("a  b") == article_id_for("a b")
    True
    """
    if url:
        return url
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
    return f"sha256:{digest}"


@dataclass
class Article:
    """One news item: a title and/or a body, with metadata."""

    id: str
    text: str = ""
    title: str = ""
    published: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    path: str | None = None  # where it was read from, for messages

    @property
    def full_text(self) -> str:
        """Title then body, as extracted: title is the first paragraph."""
        if self.title and self.text:
            return f"{self.title}\n\n{self.text}"
        return self.title or self.text

    def to_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Actor:
    """A country, person, organisation or armed group, with a stable readable id.

    id: "country/COL", "person/gustavo-petro", "org/NATO", "group/HAMAS".
    code: ISO 3166-1 alpha-3 for a country, the short id for an org or group, the slug for a person.
    country: for a person, the ISO3 of the country they act for (on the article's date).
    """

    id: str
    kind: str
    name: str
    code: str
    wikidata: str | None = None
    country: str | None = None
    role: str | None = None  # e.g. "head_of_state" on the article's date, for a person

    @property
    def label(self) -> str:
        """The form `geokg extract` prints: ISO3/org id, or "Name|ISO3" for a person."""
        if self.kind == "person":
            return f"{self.name}|{self.country or ''}"
        return self.code


@dataclass
class Event:
    """One interaction between two actors, as a sentence reports it.

    source/target: ISO3 of a country or the id of an org/group; for a person, their country, with
    the person's actor id in source_actor/target_actor.
    """

    source: str
    target: str
    type: str
    mode: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY by precision)
    date_precision: str = "unknown"
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    sentence: str = ""
    start: int = 0
    end: int = 0
    source_actor: str | None = None
    target_actor: str | None = None
    trigger: str | None = None
    article_id: str | None = None
    evidence: list[dict] = field(default_factory=list)  # further {"sentence","start","end"} of the same event

    def key(self) -> tuple:
        """What makes two mentions the same event (within or across articles)."""
        return (self.source, self.target, self.type, self.mode, self.source_actor, self.target_actor,
                self.date, self.date_precision, self.negated, self.hypothetical)

    def event_id(self) -> str:
        """Stable id over key(); the same event reported twice has one id."""
        raw = "|".join("" if v is None else str(v) for v in self.key())
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict:
        return asdict(self)
