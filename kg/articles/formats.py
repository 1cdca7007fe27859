"""File contents to Articles, one reader a format: text and Markdown (YAML front matter, a "# Title"
line), JSON Lines, JSON (an object or a list) and HTML (main text, title and date by trafilatura).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import yaml

from kg.articles.metadata import make_article
from kg.articles.problems import Problem, ReadError, fail
from kg.config import Settings
from kg.model import Article

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _split_front_matter(text: str, path: str) -> tuple[dict, str]:
    """YAML front matter (between `---` lines at the top) and the body after it."""
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text
    body_start = text.index("\n") + 1
    end = _FRONT_MATTER_END.search(text, body_start)
    if end is None:
        raise Problem("front matter opened with '---' is never closed; end it with a '---' line", 1)
    try:
        meta = yaml.safe_load(text[body_start:end.start()])
    except (yaml.YAMLError, ValueError) as e:  # ValueError: a YAML date like 2026-13-45
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise Problem(f"broken YAML front matter ({problem}); fix the YAML between the '---' lines",
                      line) from e
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise Problem(f"front matter must be 'key: value' lines, not a {type(meta).__name__}", 2)
    return meta, text[end.end():].lstrip("\r\n")


def read_text(text: str, path: str, settings: Settings) -> Article:
    """One article of plain text or Markdown, with its front matter; raises Problem."""
    meta, body = _split_front_matter(text, path)
    if not meta.get("title") and path.endswith((".md", ".markdown")):
        heading = re.match(r"\s*#[ \t]+(.+)\n?", body)
        if heading:  # a Markdown "# Title" line stands for the title
            meta["title"], body = heading.group(1), body[heading.end():]
    return make_article(meta, body, path, settings)


def read_jsonl(text: str, path: str, settings: Settings, errors: list[ReadError] | None) -> Iterator[Article]:
    """An article a JSON line; a bad line is a problem of its own (numbered), the others still read."""
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as e:
            fail(errors, path, f"not JSON ({e.msg}); expected one JSON object per line", number)
            continue
        if not isinstance(row, dict):
            fail(errors, path, f"a JSON {type(row).__name__}, expected an object with 'text' or 'title'", number)
            continue
        try:
            article = make_article(row, row.get("text") or "", path, settings)
        except Problem as e:
            fail(errors, path, e.message, number)
            continue
        yield article


def read_json(text: str, path: str, settings: Settings, errors: list[ReadError] | None) -> Iterator[Article]:
    """The article of a JSON object, or those of a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        fail(errors, path, f"not JSON ({e.msg}, line {e.lineno}); expected an object or a list of them")
        return
    rows = data if isinstance(data, list) else [data]
    lines = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    yield from read_jsonl(lines, path, settings, errors)


def read_html(text: str, path: str, settings: Settings) -> Article:
    """The main text, title and metadata of an HTML page; raises Problem when it has no main text."""
    import trafilatura

    found = trafilatura.bare_extraction(text, with_metadata=True,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    doc = found.as_dict() if found is not None else {}
    body = doc.get("text") or ""
    if not body.strip():
        raise Problem("no main text found in this HTML page; save the article text as .txt instead")
    title = doc.get("title") or ""
    if title and body.startswith(title):
        body = body[len(title):]
    meta = {"title": title, "published": doc.get("date"), "url": doc.get("url"),
            "source": doc.get("sitename"), "language": doc.get("language")}
    return make_article(meta, body, path, settings)
