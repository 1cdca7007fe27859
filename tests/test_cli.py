"""The geokg CLI through click's CliRunner: every command, its output formats and its bad input."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CALL = SEEDS / "000-trump-petro-call.md"
DATA = Path(__file__).resolve().parent / "data" / "articles"
GEO = "PREFIX geo: <https://w3id.org/geokg/ontology#>\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("GEOKG_STORE", raising=False)
    monkeypatch.delenv("GEOKG_DATA", raising=False)
    return tmp_path / "geokg-data"


@pytest.fixture
def geokg(runner, data_dir):
    """Run `geokg --data <tmp> ARGS...` (on-disk store in a fresh folder)."""
    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, ["--data", str(data_dir), *args], input=input, catch_exceptions=False)
    return run


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory) -> Path:
    """A data folder with seeds/ ingested once per module (the pipeline run is the slow part)."""
    folder = tmp_path_factory.mktemp("seeded") / "geokg-data"
    result = CliRunner().invoke(cli, ["--data", str(folder), "--store", "oxigraph", "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def seeded(geokg, data_dir, seeded_template):
    """`geokg` over a copy of the seeded data folder."""
    shutil.copytree(seeded_template, data_dir)
    return geokg


def _store_size(output: str) -> int:
    return int(re.search(r"the store holds ([\d,]+) triples", output).group(1).replace(",", ""))


def test_cli_help_lists_commands(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for command in ("ingest", "query", "export", "stats", "actors", "extract", "eval", "timeline", "viz", "serve"):
        assert command in result.output


def test_cli_ingest_prints_articles_then_summary(geokg):
    result = geokg("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ingested sha256:") and lines[0].endswith("Trump and Petro hold first phone call")
    assert re.match(r"\s+actors: .*COL.*; events: \d+", lines[1])
    assert "Gustavo Petro|COL" in lines[1] and "USA" in lines[1]
    assert "18 read, 18 ingested, 0 replaced, 0 skipped as already present, 0 failed" in result.stdout


def test_cli_ingest_batch_option_prints_and_stores_the_same(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("GEOKG_INGEST_BATCH", raising=False)
    outputs = []
    for batch in ("1", "7"):
        folder = str(tmp_path / batch)
        result = runner.invoke(cli, ["--data", folder, "ingest", "--batch", batch, str(SEEDS), str(DATA)])
        assert result.exit_code == 0, result.output
        stats = runner.invoke(cli, ["--data", folder, "stats", "--json"]).stdout
        outputs.append((result.stdout, result.stderr, json.loads(stats)))
    assert outputs[0] == outputs[1]
    assert "24 read, 24 ingested" in outputs[0][0]


def test_cli_ingest_twice_adds_no_triple(seeded):
    first = seeded("stats", "--json")
    again = seeded("ingest", str(SEEDS))
    assert again.exit_code == 0, again.output
    assert "18 read, 0 ingested, 0 replaced, 18 skipped" in again.stdout
    assert "0 triples written" in again.stdout
    assert json.loads(seeded("stats", "--json").stdout) == json.loads(first.stdout)


def test_cli_ingest_replace(seeded):
    size = json.loads(seeded("stats", "--json").stdout)["triples"]
    result = seeded("ingest", "--replace", str(CALL))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("replaced ")
    assert _store_size(result.stdout) == size


def test_cli_ingest_stdin(geokg):
    line = json.dumps({"id": "stdin-1", "title": "Denmark protests U.S. push on Greenland",
                       "text": "Denmark summoned the U.S. ambassador in Copenhagen.", "published": "2026-01-09"})
    result = geokg("ingest", "-", input=line + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested stdin-1")
    assert "DNK" in result.stdout and "USA" in result.stdout


BAD_INPUTS = [
    ("empty.txt", b"", "empty file"),
    ("binary.md", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
    ("broken.md", b"---\ntitle: 'unclosed\n---\nBody.\n", "broken YAML front matter"),
    ("open.md", b"---\ntitle: x\n", "never closed"),
    ("date.md", b"---\npublished: the day after tomorrow\n---\nPeru thanked Chile.\n", "unknown date format"),
    ("rows.jsonl", b'{"title": "x"\n', "not JSON"),
    ("surrogate.jsonl", b'{"id": "s1", "title": "x \\ud800", "text": "Peru thanked Chile."}\n', "lone surrogate"),
    ("latin.txt", bytes(range(0x80, 0x100)) * 3, ""),  # undecodable or flagged: never a traceback
]


@pytest.mark.parametrize("name, data, words", BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_cli_ingest_bad_input_one_line_and_store_untouched(seeded, tmp_path, name, data, words):
    before = json.loads(seeded("stats", "--json").stdout)
    bad = tmp_path / name
    bad.write_bytes(data)
    result = seeded("ingest", str(bad), str(CALL))
    assert "Traceback" not in result.output
    after = json.loads(seeded("stats", "--json").stdout)
    assert after == before  # nothing lost, nothing duplicated
    if name == "latin.txt" and result.exit_code == 0:
        assert "warning:" in result.stderr and str(bad) in result.stderr
        return
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [line for line in result.stderr.splitlines() if str(bad) in line]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}") and words in errors[0]
    assert "skipped" in result.stdout  # the good article beside it was still read


def test_cli_ingest_many_bad_inputs_each_named(seeded, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    result = seeded("ingest", str(tmp_path / "a.txt"), str(CALL), str(tmp_path / "b.txt"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines == [f"error: {tmp_path / 'a.txt'}: empty file; expected article text, JSON Lines or HTML",
                     f"error: {tmp_path / 'b.txt'}: empty file; expected article text, JSON Lines or HTML",
                     "Error: 2 inputs could not be used; each is named above"]


def test_cli_ingest_missing_path_and_bad_option(geokg, tmp_path):
    result = geokg("ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or folder" in result.stderr
    result = geokg("ingest", "--workers", "0", str(CALL))
    assert result.exit_code == 2 and "Invalid value for '--workers'" in result.output
    result = geokg("ingest", "--batch", "0", str(CALL))
    assert result.exit_code == 2 and "Invalid value for '--batch'" in result.output


def test_cli_query_json_select_is_sparql_results(seeded):
    result = seeded("query", GEO + "SELECT ?a ?id WHERE { ?a a geo:Article ; geo:articleId ?id } ORDER BY ?id",
                    "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["a", "id"]
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 18
    assert bindings[0]["a"]["type"] == "uri" and bindings[0]["id"]["type"] == "literal"


def test_cli_query_ask_json_and_table(seeded):
    result = seeded("query", "ASK { ?s ?p ?o }", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"head": {}, "boolean": True}
    result = seeded("query", "ASK { <urn:x:none> ?p ?o }")
    assert result.stdout.strip() == "false"


def test_cli_query_seeds_list_usa_col_and_leaders_with_wikidata(seeded, tmp_path):
    rq = tmp_path / "leaders.rq"
    rq.write_text(GEO + """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT DISTINCT ?actor ?wd WHERE { ?art geo:mentions ?actor . ?actor owl:sameAs ?wd } ORDER BY ?actor""",
                  encoding="utf-8")
    table = seeded("query", f"@{rq}")
    assert table.exit_code == 0, table.output
    for expected in ("id:country/USA  ", "id:country/COL  ", "id:person/donald-trump  ",
                     "id:person/gustavo-petro  ", "wd:Q30", "wd:Q739", "wd:Q22686"):
        assert expected in table.stdout
    rows = seeded("query", f"@{rq}", "--format", "csv").stdout.splitlines()
    assert rows[0] == "actor,wd"
    assert "https://w3id.org/geokg/id/country/COL,http://www.wikidata.org/entity/Q739" in rows


@pytest.mark.parametrize("query, words", [
    ("SELEC ?x WHERE { ?x ?p ?o }", ""),
    ("@/nonexistent/q.rq", "Cannot read the query file"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", ""),
])
def test_cli_query_bad_query_one_line(seeded, query, words):
    result = seeded("query", query)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert words in result.stderr


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nquads", "trig", "jsonld", "graphml", "csv"])
def test_cli_export_formats(seeded, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = seeded("export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    if fmt in ("ttl", "nt", "jsonld"):
        from rdflib import Graph

        graph = Graph().parse(out, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
        assert len(graph) > 50


def test_cli_export_to_stdout(seeded):
    result = seeded("export", "--format", "nquads")
    assert result.exit_code == 0, result.output
    assert "<https://w3id.org/geokg/id/country/COL>" in result.stdout


def test_cli_stats(seeded):
    result = seeded("stats")
    assert result.exit_code == 0, result.output
    assert re.search(r"^articles\s+18$", result.stdout, re.MULTILINE)
    assert re.search(r"^actors\s+\d+\s+.*country \d+", result.stdout, re.MULTILINE)
    figures = json.loads(seeded("stats", "--json").stdout)
    assert figures["articles"] == 18 and figures["graphs"] == 18 and figures["actors"]["country"] >= 2


@pytest.mark.parametrize("name, on, expected", [
    ("Trump", "2026-01-07", "person/donald-trump"),
    ("Bogotá", "2026-01-07", "country/COL"),
    ("Colombian", None, "country/COL"),
    ("NATO", None, "org/NATO"),
])
def test_cli_actors_resolves(geokg, name, on, expected):
    args = ["actors", name] + (["--on", on] if on else [])
    result = geokg(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(expected)


def test_cli_actors_trump_2026_is_head_of_state_with_wikidata(geokg):
    result = geokg("actors", "Trump", "--on", "7 January 2026")
    first = result.stdout.splitlines()[0]
    assert "country=USA" in first and "wikidata=Q22686" in first and "role=" in first


def test_cli_actors_unknown(geokg):
    result = geokg("actors", "Zzyzxistan")
    assert result.exit_code == 1
    assert "No actor known as 'Zzyzxistan'" in result.stderr


def test_cli_extract_jsonl(geokg):
    result = geokg("extract", str(CALL), str(DATA / "wires.jsonl"))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["published"] == "2026-01-07" and {"USA", "COL"} <= set(lines[0]["actors"])
    assert lines[1]["id"] == "wire-001" and {"IND", "PAK"} <= set(lines[1]["actors"])


def test_cli_eval_with_predictions(geokg, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "text": "The U.S. imposed sanctions on Petro.",
                                "events": [{"source": "USA", "target": "COL", "type": "SANCTION"}]}) + "\n",
                    encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "a1", "actors": ["USA", "COL"],
                                "events": [{"source": "USA", "target": "COL", "type": "SANCTION"}]}) + "\n",
                    encoding="utf-8")
    result = geokg("eval", str(gold), str(pred))
    assert result.exit_code == 0, result.output
    assert re.search(r"^events\s+1\.000\s+1\.000\s+1\.000", result.stdout, re.MULTILINE)


def test_cli_eval_scores_another_gold_field(geokg, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "text": "The U.S. imposed sanctions on Petro.",
                                "events": [{"source": "USA", "target": "COL", "type": "SANCTION"}],
                                "events_state_level": []}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "a1", "actors": ["USA", "COL"],
                                "events": [{"source": "USA", "target": "COL", "type": "SANCTION"}]}) + "\n",
                    encoding="utf-8")
    result = geokg("eval", str(gold), str(pred), "--field", "events_state_level")
    assert result.exit_code == 0, result.output
    assert re.search(r"^events\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+0", result.stdout, re.MULTILINE)
    missing = geokg("eval", str(gold), str(pred), "--field", "nope")
    assert missing.exit_code == 1 and "no list 'nope'" in missing.output


def test_cli_timeline_and_chart(seeded, tmp_path):
    chart = tmp_path / "usa-col.html"
    result = seeded("timeline", "USA", "COL", "--interval", "month", "--chart", str(chart))
    assert result.exit_code == 0, result.output
    assert chart.exists() and "<svg" in chart.read_text(encoding="utf-8")


def test_cli_viz_writes_page(seeded, tmp_path):
    out = tmp_path / "net.html"
    result = seeded("viz", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_cli_serve_runs_uvicorn_on_the_app(geokg, monkeypatch):
    import uvicorn

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(app=app, **kw))
    result = geokg("--store", "memory", "serve", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert (calls["host"], calls["port"]) == ("127.0.0.1", 8123)
    assert hasattr(calls["app"], "openapi")


def test_cli_bad_setting_from_environment(runner, monkeypatch):
    monkeypatch.setenv("GEOKG_STORE", "postgres")
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 1
    assert "GEOKG_" in result.output and "Traceback" not in result.output


def test_cli_locked_store_one_line_and_data_kept(seeded, data_dir):
    from kg.config import Settings
    from kg.store import open_store

    with open_store(Settings(data=data_dir, store="oxigraph")) as holder:  # e.g. `geokg serve` running
        size = len(holder)
        result = seeded("ingest", str(DATA / "visit.txt"))
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "in use" in result.stderr and str(data_dir) in result.stderr
    assert json.loads(seeded("stats", "--json").stdout)["triples"] == size
    assert seeded("ingest", str(DATA / "visit.txt")).exit_code == 0  # once free, the run goes through


def test_cli_query_from_stdin_with_default_prefixes(seeded):
    result = seeded("query", "-", "--format", "csv",
                    input="SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a geo:Article }\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "18"]
