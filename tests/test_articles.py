"""Article input: every file type, the seeds, dates, and each kind of bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from kg.articles import ReadError, parse_date, read_articles, read_path
from kg.config import Settings
from kg.errors import BadArticle
from kg.model import article_id_for

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "articles"
SEEDS = ROOT / "seeds"
SEED_SOURCE = Path("/work/shared/seeds/000_bb87a06dfedaeebb.txt")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data=tmp_path / "data")


def test_articles_front_matter_md(settings):
    (article,) = read_path(DATA / "sanctions.md", settings)
    assert article.title == "EU extends sanctions on Russia"
    assert article.published == date(2025, 3, 12)
    assert article.url == "https://example.org/news/eu-extends-sanctions"
    assert article.id == article.url  # identity is the URL when given
    assert article.language == "en"
    assert article.text.startswith("The European Union extended")
    assert "“hostile”" in article.text
    assert "---" not in article.text


def test_articles_plain_txt_id_is_text_hash(settings):
    (article,) = read_path(DATA / "visit.txt", settings)
    assert article.title == ""
    assert article.published is None
    assert article.id == article_id_for(DATA.joinpath("visit.txt").read_text(encoding="utf-8"))
    assert article.id.startswith("sha256:")


def test_articles_jsonl_keeps_ids_and_parses_dates(settings):
    articles = list(read_path(DATA / "wires.jsonl", settings))
    assert [a.id for a in articles[:2]] == ["wire-001", "wire-002"]
    assert articles[0].published == date(2025, 5, 5)
    assert articles[1].published == date(2025, 5, 16)
    assert articles[1].text == "" and "Ukraine–Russia" in articles[1].title
    assert articles[2].published == date(2024, 2, 29)
    assert articles[2].id == article_id_for(articles[2].text)


def test_articles_html_main_text_and_metadata(settings):
    (article,) = read_path(DATA / "summit.html", settings)
    assert article.title == "Leaders meet in Davos"
    assert article.published == date(2026, 1, 21)
    assert article.url == "https://example.org/news/davos-summit"
    assert "Mette Frederiksen" in article.text
    assert "Subscribe" not in article.text and "Business" not in article.text
    assert not article.text.startswith("Leaders meet in Davos")


def test_articles_folder_sorted_recursive(settings, tmp_path):
    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    (folder / "b" / "one.txt").write_text("Kenya and Ethiopia signed a trade pact.", encoding="utf-8")
    (folder / "a.txt").write_text("France recalled its ambassador from Mali.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    articles = list(read_articles([folder], settings))
    assert [Path(a.path).name for a in articles] == ["a.txt", "one.txt"]


def test_articles_seeds_faithful_to_the_user_document(settings):
    articles = list(read_articles([SEEDS], settings))
    assert len(articles) == 18
    call = articles[0]
    assert call.published == date(2026, 1, 7)
    assert call.source == "user seed"
    assert "U.S.–Colombia relations" in call.text and "“a sick man,”" in call.text
    headlines = articles[1:]
    assert all(a.text == "" and a.published is None and a.source == "user seed" for a in headlines)
    assert len({a.id for a in articles}) == 18
    if SEED_SOURCE.exists():  # the user's original document, where this machine has it
        body, _, tail = SEED_SOURCE.read_text(encoding="utf-8").partition("\n\n\n")
        assert call.text == body.strip()
        assert [a.title for a in headlines] == [line.strip() for line in tail.splitlines() if line.strip()]


def test_articles_stdin_jsonl_and_text(settings):
    line = json.dumps({"title": "Chile and Peru talk", "text": "Chile and Peru held talks."})
    (article,) = read_articles(["-"], settings, stdin=io.BytesIO(line.encode() + b"\n"))
    assert article.title == "Chile and Peru talk"
    (article,) = read_articles(["-"], settings, stdin=io.BytesIO("Ghana thanked Nigeria.\n".encode()))
    assert article.text == "Ghana thanked Nigeria." and article.path == "<stdin>"


@pytest.mark.parametrize("text, expected", [
    ("2026-01-07", date(2026, 1, 7)),
    ("2026-01-07T15:04:05Z", date(2026, 1, 7)),
    ("7 January 2026", date(2026, 1, 7)),
    ("January 7, 2026", date(2026, 1, 7)),
    ("Wed, 07 Jan 2026 18:00:00 +0000", date(2026, 1, 7)),
    ("unknown", None),
    ("", None),
    (None, None),
])
def test_articles_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["next Tuesday", "2026/01/07", "07.01.2026"])
def test_articles_parse_date_refuses_unknown_formats(text):
    with pytest.raises(BadArticle, match="unknown date format"):
        parse_date(text, "x.md")


# name, bytes, words the one-line error must hold, line number (or None)
BAD_FILES = [
    ("empty.txt", b"", "empty file", None),
    ("blank.md", b"  \n\n", "empty file", None),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", None),
    ("controls.txt", bytes(range(1, 9)) * 40, "binary file", None),
    ("open.md", b"---\ntitle: x\nno end here\n", "never closed", 1),
    ("yaml.md", b"---\ntitle: [unclosed\npublished: 2026-01-07\n---\nBody.\n", "broken YAML", None),
    ("notmap.md", b"---\n- a\n- b\n---\nBody.\n", "key: value", 2),
    ("baddate.md", b"---\npublished: sometime soon\n---\nBody.\n", "unknown date format", None),
    ("yamldate.md", b"---\npublished: 2026-13-45\n---\nBody.\n", "broken YAML", None),
    ("nojson.jsonl", b'{"title": "ok", "text": "fine."}\n{not json\n', "not JSON", 2),
    ("list.jsonl", b'["a", "b"]\n', "expected an object", 1),
    ("empty-row.jsonl", b'{"id": "x", "url": "https://e.org"}\n', "neither text nor title", 1),
    ("date.jsonl", b'{"text": "Body.", "published": "Jan 2026ish"}\n', "unknown date format", 1),
    ("surrogate.jsonl", b'{"text": "fine."}\n{"title": "Bad \\ud800 title", "text": "x"}\n', "lone surrogate", 2),
    ("surrogate-url.jsonl", b'{"text": "Body.", "url": "https://e.org/\\udc80"}\n', "'url' holds a lone", 1),
    ("page.html", b"<html><head><title>Sign in</title></head><body><script>var a = 1;</script></body></html>", "no main text", None),
]


@pytest.mark.parametrize("name, data, words, line", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_articles_bad_file_raises_one_line_naming_it(tmp_path, settings, name, data, words, line):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadArticle) as info:
        list(read_path(path, settings))
    message = info.value.detail
    assert "\n" not in message
    assert message.startswith(f"{path}:{line}:" if line else f"{path}")
    assert words in message


def test_articles_too_large(tmp_path):
    small = Settings(data=tmp_path, max_file_bytes=100, max_article_bytes=20)
    big = tmp_path / "big.txt"
    big.write_text("Peru. " * 40, encoding="utf-8")
    with pytest.raises(BadArticle, match="GEOKG_MAX_FILE_BYTES"):
        list(read_path(big, small))
    long = tmp_path / "long.txt"
    long.write_text("Peru and Chile signed a deal.", encoding="utf-8")
    with pytest.raises(BadArticle, match="GEOKG_MAX_ARTICLE_BYTES"):
        list(read_path(long, small))


def test_articles_collects_errors_and_keeps_going(tmp_path, settings):
    (tmp_path / "a.txt").write_text("Egypt hosted Gaza talks.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "Qatar mediated."}\n[1]\n{"text": "Oman too."}\n', encoding="utf-8")
    errors: list[ReadError] = []
    articles = list(read_articles([tmp_path, tmp_path / "missing.txt"], settings, errors=errors))
    assert [a.text for a in articles] == ["Egypt hosted Gaza talks.", "Qatar mediated.", "Oman too."]
    assert [(Path(e.path).name, e.line) for e in errors] == [("b.txt", None), ("c.jsonl", 2), ("missing.txt", None)]
    assert all(e.fatal for e in errors)


def test_articles_encodings(tmp_path, settings):
    text = "Bogotá rejected the claims, Colombia’s president said on Sunday in Medellín."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes(((text + " ") * 5).encode("cp1252"))
    for name in ("bom.txt", "utf16.txt"):
        (article,) = read_path(tmp_path / name, settings)
        assert article.text == text
    errors: list[ReadError] = []
    (article,) = read_articles([tmp_path / "cp1252.txt"], settings, errors=errors)
    assert "Bogotá" in article.text
    assert len(errors) == 1 and not errors[0].fatal and "not UTF-8" in errors[0].message


def test_articles_mojibake_flagged_but_kept(tmp_path, settings):
    text = "Colombia’s president spoke in Bogotá."
    path = tmp_path / "moji.txt"
    path.write_text(text.encode("utf-8").decode("cp1252"), encoding="utf-8")
    errors: list[ReadError] = []
    (article,) = read_articles([path], settings, errors=errors)
    assert "Ã¡" in article.text
    assert len(errors) == 1 and not errors[0].fatal and "mojibake" in errors[0].message


def test_articles_accented_text_not_taken_for_mojibake(tmp_path, settings):
    path = tmp_path / "fine.txt"
    path.write_text("Bogotá’s mayor met Pelé’s family in São Paulo; Zürich café.", encoding="utf-8")
    errors: list[ReadError] = []
    (article,) = read_articles([path], settings, errors=errors)
    assert errors == []
