"""Article input: files, folders or stdin in, `Article` objects out (the first stage of ingest).

Reads `.txt`/`.md` (optional YAML front matter: title, published, url, source, language, id),
JSON Lines (`{"id","title","text","published","url","source"}` a line), `.json` (one such object
or a list of them) and HTML pages (main text, title and date by trafilatura). Folders are read
recursively in sorted order; `-` is stdin (JSON Lines when it starts with `{`, else one text).

Bad input becomes `kg.errors.BadArticle` naming the file (and line) and what to do. Over many
files, pass an `errors` list: good articles are still yielded and each problem is recorded there
as a `ReadError`, so a caller can report them all at the end.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

import yaml

from kg.config import Settings
from kg.errors import BadArticle
from kg.model import Article, article_id_for

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + (".json",)
STDIN = "-"
_UNKNOWN_DATES = ("", "unknown", "none", "null", "n/a")
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# A UTF-8 sequence read as cp1252/latin-1: a lead byte char followed by continuation-byte chars.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]+")


class _Problem(Exception):
    """What is wrong with one article, before the file name is put in front."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


@dataclass
class ReadError:
    """One problem met while reading: fatal ones lose an article, others only warn."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def _fail(errors: list[ReadError] | None, path: str, message: str, line: int | None = None,
          fatal: bool = True) -> None:
    """Record a problem when collecting, else raise it (warnings are dropped when not collecting)."""
    err = ReadError(str(path), message, line, fatal)
    if errors is not None:
        errors.append(err)
    elif fatal:
        raise BadArticle(str(err))


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


def _decode(data: bytes, path: str, errors: list[ReadError] | None) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else charset_normalizer's guess."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        _fail(errors, path, "binary file (contains NUL bytes); expected UTF-8 text, JSON Lines or HTML")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first_bad = e.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        _fail(errors, path, f"not UTF-8 (bad byte at offset {first_bad}) and its encoding cannot be "
                            f"told; save it as UTF-8")
        return None
    _fail(errors, path, f"not UTF-8; read as {best.encoding} (a guess): save it as UTF-8 to be sure",
          fatal=False)
    return str(best)


def _is_mojibake(chars: str) -> bool:
    """Whether chars are UTF-8 bytes shown as cp1252 ("Ã©" yes; "á’" in "Bogotá’s" no)."""
    try:
        return bool(chars.encode("cp1252").decode("utf-8"))
    except UnicodeError:
        return False


def _check_text(text: str, path: str, errors: list[ReadError] | None) -> bool:
    """Reject control-character noise (binary read as text); flag mojibake but let it through."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text) // 100):
        _fail(errors, path, "binary file (control characters); expected UTF-8 text, JSON Lines or HTML")
        return False
    hits = [m for m in _MOJIBAKE.findall(text) if _is_mojibake(m)]
    if hits:
        _fail(errors, path, f"looks like mojibake (UTF-8 read as cp1252, e.g. {hits[0]!r}); "
                            f"kept as is: re-save the file as UTF-8 to fix it", fatal=False)
    return True


def _make_article(meta: dict, text: str, path: str, settings: Settings) -> Article:
    """An Article from metadata and body, checked for size and date; raises _Problem."""
    title = meta.get("title") or ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise _Problem("'title' and 'text' must be strings")
    title, text = title.strip(), text.strip()
    if not title and not text:
        raise _Problem("article has neither text nor title")
    size = len(text.encode("utf-8")) + len(title.encode("utf-8"))
    if size > settings.max_article_bytes:
        raise _Problem(f"article text is {size:,} bytes, over the limit of {settings.max_article_bytes:,} "
                       f"(GEOKG_MAX_ARTICLE_BYTES); split it or raise the limit")
    try:
        published = parse_date(meta.get("published", meta.get("date")))
    except BadArticle as e:
        raise _Problem(e.detail) from None
    url = meta.get("url") or None
    given_id = meta.get("id")
    article_id = str(given_id) if given_id else article_id_for(text or title, url)
    return Article(id=article_id, text=text, title=title, published=published, url=url,
                   source=meta.get("source"), language=meta.get("language"), path=path)


def _split_front_matter(text: str, path: str) -> tuple[dict, str]:
    """YAML front matter (between `---` lines at the top) and the body after it."""
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text
    body_start = text.index("\n") + 1
    end = _FRONT_MATTER_END.search(text, body_start)
    if end is None:
        raise _Problem("front matter opened with '---' is never closed; end it with a '---' line", 1)
    try:
        meta = yaml.safe_load(text[body_start:end.start()])
    except (yaml.YAMLError, ValueError) as e:  # ValueError: a YAML date like 2026-13-45
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise _Problem(f"broken YAML front matter ({problem}); fix the YAML between the '---' lines",
                       line) from e
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _Problem(f"front matter must be 'key: value' lines, not a {type(meta).__name__}", 2)
    return meta, text[end.end():].lstrip("\r\n")


def _read_text(text: str, path: str, settings: Settings) -> Article:
    meta, body = _split_front_matter(text, path)
    if not meta.get("title") and path.endswith((".md", ".markdown")):
        heading = re.match(r"\s*#[ \t]+(.+)\n?", body)
        if heading:  # a Markdown "# Title" line stands for the title
            meta["title"], body = heading.group(1), body[heading.end():]
    return _make_article(meta, body, path, settings)


def _read_jsonl(text: str, path: str, settings: Settings, errors: list[ReadError] | None) -> Iterator[Article]:
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as e:
            _fail(errors, path, f"not JSON ({e.msg}); expected one JSON object per line", number)
            continue
        if not isinstance(row, dict):
            _fail(errors, path, f"a JSON {type(row).__name__}, expected an object with 'text' or 'title'", number)
            continue
        try:
            article = _make_article(row, row.get("text") or "", path, settings)
        except _Problem as e:
            _fail(errors, path, e.message, number)
            continue
        yield article


def _read_json(text: str, path: str, settings: Settings, errors: list[ReadError] | None) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        _fail(errors, path, f"not JSON ({e.msg}, line {e.lineno}); expected an object or a list of them")
        return
    rows = data if isinstance(data, list) else [data]
    lines = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    yield from _read_jsonl(lines, path, settings, errors)


def _read_html(text: str, path: str, settings: Settings) -> Article:
    import trafilatura

    found = trafilatura.bare_extraction(text, with_metadata=True,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    doc = found.as_dict() if found is not None else {}
    body = doc.get("text") or ""
    if not body.strip():
        raise _Problem("no main text found in this HTML page; save the article text as .txt instead")
    title = doc.get("title") or ""
    if title and body.startswith(title):
        body = body[len(title):]
    meta = {"title": title, "published": doc.get("date"), "url": doc.get("url"),
            "source": doc.get("sitename"), "language": doc.get("language")}
    return _make_article(meta, body, path, settings)


def _read_bytes(data: bytes, path: str, kind: str, settings: Settings,
                errors: list[ReadError] | None) -> Iterator[Article]:
    """Articles of one file's bytes; kind is 'text', 'jsonl', 'json' or 'html'."""
    if len(data) > settings.max_file_bytes:
        _fail(errors, path, f"file is {len(data):,} bytes, over the limit of {settings.max_file_bytes:,} "
                            f"(GEOKG_MAX_FILE_BYTES); split it or raise the limit")
        return
    if not data.strip():
        _fail(errors, path, "empty file; expected article text, JSON Lines or HTML")
        return
    text = _decode(data, path, errors)
    if text is None or not _check_text(text, path, errors):
        return
    if kind in ("jsonl", "json"):
        reader = _read_jsonl if kind == "jsonl" else _read_json
        yield from reader(text, path, settings, errors)
        return
    try:
        article = _read_html(text, path, settings) if kind == "html" else _read_text(text, path, settings)
    except _Problem as e:
        _fail(errors, path, e.message, e.line)
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
            _fail(errors, name, f"file is {size:,} bytes, over the limit of {settings.max_file_bytes:,} "
                                f"(GEOKG_MAX_FILE_BYTES); split it or raise the limit")
            return
        data = path.read_bytes()
    except OSError as e:
        _fail(errors, name, f"cannot read: {e.strerror or e}")
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
                _fail(errors, str(path), f"no article files in this folder (expected {', '.join(ARTICLE_SUFFIXES)})")
            for file in files:
                yield from read_path(file, settings, errors)
        elif not path.exists():
            _fail(errors, str(path), "no such file or folder")
        else:
            yield from read_path(path, settings, errors)
