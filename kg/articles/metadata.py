"""Article metadata and body to a checked `Article`: size limits, title and text, publication date.

`parse_date` reads the publication dates articles carry (and `geokg actors --on`).
"""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

from kg.articles.problems import Problem
from kg.config import Settings
from kg.errors import BadArticle
from kg.model import Article, article_id_for

_UNKNOWN_DATES = ("", "unknown", "none", "null", "n/a")
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def parse_date(value, where: str | None = None) -> date | None:
    """A publication date from ISO, "7 January 2026", "January 7, 2026" or RFC 2822; None if unknown.

    >>> parse_date("January 7, 2026")
    datetime.date(2026, 1, 7)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if text.lower() in _UNKNOWN_DATES:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    message = (f"unknown date format {text!r}; use ISO 2026-01-07, '7 January 2026', "
               f"'January 7, 2026', RFC 2822, or 'unknown'")
    raise BadArticle(f"{where}: {message}" if where else message)


def make_article(meta: dict, text: str, path: str, settings: Settings) -> Article:
    """An Article from metadata and body, checked for size and date; raises Problem."""
    title = meta.get("title") or ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise Problem("'title' and 'text' must be strings")
    _refuse_surrogates({**meta, "title": title, "text": text})
    title, text = title.strip(), text.strip()
    if not title and not text:
        raise Problem("article has neither text nor title")
    size = len(text.encode("utf-8")) + len(title.encode("utf-8"))
    if size > settings.max_article_bytes:
        raise Problem(f"article text is {size:,} bytes, over the limit of {settings.max_article_bytes:,} "
                      f"(GEOKG_MAX_ARTICLE_BYTES); split it or raise the limit")
    try:
        published = parse_date(meta.get("published", meta.get("date")))
    except BadArticle as e:
        raise Problem(e.detail) from None
    url = meta.get("url") or None
    given_id = meta.get("id")
    article_id = str(given_id) if given_id else article_id_for(text or title, url)
    return Article(id=article_id, text=text, title=title, published=published, url=url,
                   source=meta.get("source"), language=meta.get("language"), path=path)


def _refuse_surrogates(fields: dict) -> None:
    """A lone surrogate (JSON "\\ud800" unpaired) cannot be stored or printed: name the field."""
    for key, value in fields.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as e:
                raise Problem(f"{key!r} holds a lone surrogate ({value[e.start]!r} at character {e.start}), "
                              f"which is not text; fix its \\u escape") from None
