"""Article input: files, folders or stdin in, `Article` objects out (the first stage of ingest).

Reads `.txt`/`.md` (optional YAML front matter: title, published, url, source, language, id),
JSON Lines (`{"id","title","text","published","url","source"}` a line), `.json` (one such object
or a list of them) and HTML pages (main text, title and date by trafilatura). Folders are read
recursively in sorted order; `-` is stdin (JSON Lines when it starts with `{`, else one text).

Here: which files to read and how each is dispatched; kg/articles/formats.py reads each format,
metadata.py checks an article and its date, decode.py turns bytes into text, problems.py records
what was wrong.

Bad input becomes `kg.errors.BadArticle` naming the file (and line) and what to do. Over many
files, pass an `errors` list: good articles are still yielded and each problem is recorded there
as a `ReadError`, so a caller can report them all at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.articles.decode import check_text, decode
from kg.articles.formats import read_html, read_json, read_jsonl, read_text
from kg.articles.metadata import parse_date
from kg.articles.problems import Problem, ReadError, fail
from kg.config import Settings
from kg.model import Article

__all__ = ["ARTICLE_SUFFIXES", "ReadError", "parse_date", "read_articles", "read_path"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + (".json",)
STDIN = "-"


def _read_bytes(data: bytes, path: str, kind: str, settings: Settings,
                errors: list[ReadError] | None) -> Iterator[Article]:
    """Articles of one file's bytes; kind is 'text', 'jsonl', 'json' or 'html'."""
    if len(data) > settings.max_file_bytes:
        fail(errors, path, f"file is {len(data):,} bytes, over the limit of {settings.max_file_bytes:,} "
                           f"(GEOKG_MAX_FILE_BYTES); split it or raise the limit")
        return
    if not data.strip():
        fail(errors, path, "empty file; expected article text, JSON Lines or HTML")
        return
    text = decode(data, path, errors)
    if text is None or not check_text(text, path, errors):
        return
    if kind in ("jsonl", "json"):
        reader = read_jsonl if kind == "jsonl" else read_json
        yield from reader(text, path, settings, errors)
        return
    try:
        article = read_html(text, path, settings) if kind == "html" else read_text(text, path, settings)
    except Problem as e:
        fail(errors, path, e.message, e.line)
        return
    yield article


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("json", (".json",))):
        if suffix in suffixes:
            return kind
    return None


def read_path(path: Path | str, settings: Settings | None = None,
              errors: list[ReadError] | None = None) -> Iterator[Article]:
    """Articles of one file (any supported type); raises BadArticle unless `errors` collects."""
    settings = settings or Settings()
    path = Path(path)
    name = str(path)
    kind = _kind_of(path) or "text"
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:  # refuse before reading it into memory
            fail(errors, name, f"file is {size:,} bytes, over the limit of {settings.max_file_bytes:,} "
                               f"(GEOKG_MAX_FILE_BYTES); split it or raise the limit")
            return
        data = path.read_bytes()
    except OSError as e:
        fail(errors, name, f"cannot read: {e.strerror or e}")
        return
    yield from _read_bytes(data, name, kind, settings, errors)


def _read_stdin(stream: BinaryIO, settings: Settings, errors: list[ReadError] | None) -> Iterator[Article]:
    data = stream.read(settings.max_file_bytes + 1)
    kind = "jsonl" if data.lstrip().startswith(b"{") else "text"
    yield from _read_bytes(data, "<stdin>", kind, settings, errors)


def _files_under(folder: Path) -> list[Path]:
    """Article files under a folder, recursively, sorted; hidden files and other types are left out."""
    found = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder).parts
        if p.is_file() and not any(part.startswith(".") for part in rel) and _kind_of(p):
            found.append(p)
    return sorted(found)


def read_articles(paths: Iterable[Path | str], settings: Settings | None = None,
                  errors: list[ReadError] | None = None, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles of files, folders (recursively, sorted) and `-` (stdin), in the order given.

    With `errors` a list, bad files and lines are recorded there and reading goes on; without it
    the first bad one raises BadArticle.
    """
    settings = settings or Settings()
    for item in paths:
        if str(item) == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, settings, errors)
            continue
        path = Path(item)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                fail(errors, str(path), f"no article files in this folder (expected {', '.join(ARTICLE_SUFFIXES)})")
            for file in files:
                yield from read_path(file, settings, errors)
        elif not path.exists():
            fail(errors, str(path), "no such file or folder")
        else:
            yield from read_path(path, settings, errors)
