"""SPARQL text for the command line: reading a query, adding geokg's usual prefixes, printing results.

In: the `geokg query` argument and a QueryResult. Out: query text and the printed table, CSV or
SPARQL 1.1 JSON results (graphs as Turtle or JSON-LD).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import BNode, URIRef

from kg.errors import BadInput
from kg.store import PREFIXES


def read_query(text: str) -> str:
    """The query text of a `geokg query` argument: inline, @file.rq, or - for stdin."""
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise BadInput(f"Cannot read the query file {str(path)!r}: {getattr(e, 'strerror', None) or e}") from e
    if text == "-":
        return sys.stdin.read()
    return text


def with_default_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for geokg's usual prefixes it uses but does not declare.

    >>> with_default_prefixes("SELECT * { ?a geo:mentions ?b }").splitlines()[0]
    'PREFIX geo: <https://w3id.org/geokg/ontology#>'
    """
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w-]*)?:", sparql)}
    lines = [f"PREFIX {name}: <{ns}>" for name, ns in PREFIXES.items()
             if name not in declared and re.search(rf"(?<![\w<#/]){name}:", sparql)]
    return "\n".join(lines + [sparql])


def term_text(term, compact: bool) -> str:
    """A result cell: blank nodes as _:b, IRIs in a known namespace as prefix:name when compact."""

    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    if compact and isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if term.startswith(ns):
                return f"{prefix}:{term[len(ns):]}"
    return str(term)


def format_result(result, fmt: str) -> str:
    """A QueryResult as a table, CSV or SPARQL 1.1 JSON results (graphs as Turtle / JSON-LD)."""
    from api.sparql import serialize  # the one place that writes SPARQL results, for the API too

    if result.kind == "CONSTRUCT":
        return serialize(result, "json-ld" if fmt == "json" else "turtle").decode("utf-8")
    if result.kind == "ASK" and fmt != "json":
        return "true" if result.boolean else "false"
    if fmt in ("json", "csv"):
        return serialize(result, fmt).decode("utf-8").rstrip("\r\n")
    cells = [[term_text(t, True) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(result.vars)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
    rows = [line(result.vars), line(["-" * w for w in widths])] + [line(row) for row in cells]
    rows.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(rows)
