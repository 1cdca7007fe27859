"""SPARQL 1.1 Protocol, pure parts: request -> query text (read-only checked) -> negotiated bytes.

In: the query text (from GET `query=`, a POSTed form or an `application/sparql-query` body) and an
Accept header. Out: the checks that refuse updates and SERVICE, the form of the query, the media
type the client asked for, and a `QueryResult` serialised as SPARQL JSON, XML, CSV, TSV (SELECT,
ASK) or Turtle, N-Triples, JSON-LD, RDF/XML (CONSTRUCT, DESCRIBE). No I/O; the router does that.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, URIRef
from rdflib.namespace import XSD

from kg.errors import BadQuery, KGError, UpdateRefused
from kg.store.base import QueryResult


class ServiceRefused(KGError):
    status = 403
    title = "Federated query refused"


class NotAcceptable(KGError):
    status = 406
    title = "Not acceptable"


class UnsupportedMediaType(KGError):
    status = 415
    title = "Unsupported media type"


# Lexer good enough to find bare keywords: strings, IRIs, comments, variables and prefixed names
# are skipped whole, so a keyword inside any of them is never mistaken for the keyword itself.
_TOKEN = re.compile(r'''
    (?P<skip>
        """(?:[^"\\]|\\.|"(?!""))*"""
      | \'\'\'(?:[^'\\]|\\.|'(?!\'\'))*\'\'\'
      | "(?:[^"\\\n]|\\.)*"
      | '(?:[^'\\\n]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>
      | \#[^\n]*
      | [?$]\w+
      | [\w.-]*:[\w.%:-]*
    )
  | (?P<word>[A-Za-z_]+)
''', re.VERBOSE | re.DOTALL)

UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                          "COPY", "WITH"})
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
READ_ONLY_HINT = ("This endpoint is read-only: it answers SELECT, ASK, CONSTRUCT and DESCRIBE. "
                  "Add data with POST /articles (bearer token) or `geokg ingest`.")

RESULT_FORMATS = {  # SELECT and ASK
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_FORMATS = {  # CONSTRUCT and DESCRIBE
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "json-ld", "application/json": "json-ld",
    "application/rdf+xml": "xml", "application/xml": "xml", "text/xml": "xml",
}
MEDIA_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_MEDIA_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples",
                     "json-ld": "application/ld+json", "xml": "application/rdf+xml"}
FORMAT_ALIASES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle",
                  "ttl": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld",
                  "json-ld": "json-ld", "rdfxml": "xml"}


def _keywords(query: str) -> list[str]:
    return [m.group("word").upper() for m in _TOKEN.finditer(query) if m.group("word")]


def check_query(query: str, allow_service: bool = False) -> str:
    """Refuse updates and (unless allowed) SERVICE; return the query form (SELECT, ASK, ...).

    >>> check_query('SELECT ?s WHERE { ?s ?p "DROP ALL" }')
    'SELECT'
    """
    if not query.strip():
        raise BadQuery("The query is empty; send a SPARQL query as `query=` (GET or form POST) "
                       "or as an application/sparql-query body.")
    words = _keywords(query)
    updates = sorted(UPDATE_WORDS.intersection(words))
    if updates:
        raise UpdateRefused(f"SPARQL update ({', '.join(updates)}) refused. {READ_ONLY_HINT}")
    if "SERVICE" in words and not allow_service:
        raise ServiceRefused("SERVICE (federated query) is disabled on this endpoint; "
                             "an operator can enable it with GEOKG_ALLOW_SERVICE=true.")
    for word in words:
        if word in QUERY_FORMS:
            return word
    raise BadQuery("No query form found: a query must be SELECT, ASK, CONSTRUCT or DESCRIBE.")


def _accepted(accept: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, q=0 dropped)."""
    ranked = []
    for position, part in enumerate((accept or "*/*").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media, q = pieces[0].lower(), 1.0
        for param in pieces[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, position, media))
    return [media for _, _, media in sorted(ranked)]


def negotiate(form: str, accept: str | None, format_: str | None = None) -> tuple[str, str]:
    """(format, media type) for a query form, from an explicit `format` or the Accept header."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    table = GRAPH_FORMATS if graph else RESULT_FORMATS
    media_of = GRAPH_MEDIA_TYPES if graph else MEDIA_TYPES
    allowed = set(table.values()) - ({"csv", "tsv"} if form == "ASK" else set())
    if format_:
        fmt = FORMAT_ALIASES.get(format_.lower())
        if fmt not in allowed:
            raise NotAcceptable(f"format={format_!r} is not available for {form}; "
                                f"use one of {', '.join(sorted(allowed))}.")
        return fmt, media_of[fmt]
    for media in _accepted(accept):
        if media in ("*/*", "application/*", "text/*"):
            fmt = "turtle" if graph else "json"
            return fmt, media_of[fmt]
        if table.get(media) in allowed:
            return table[media], media_of[table[media]]
    raise NotAcceptable(f"None of the requested media types ({accept}) can carry a {form} result; "
                        f"accepted: {', '.join(k for k, v in table.items() if v in allowed)}.")


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD.string:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    text = term.n3()
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _csv_term(term) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _xml(result: QueryResult) -> str:
    ns = 'xmlns="http://www.w3.org/2005/sparql-results#"'
    if result.kind == "ASK":
        return f'<?xml version="1.0"?>\n<sparql {ns}><head/><boolean>{str(result.boolean).lower()}' \
               f"</boolean></sparql>\n"
    out = [f'<?xml version="1.0"?>\n<sparql {ns}><head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in result.vars]
    out.append("</head><results>")
    for row in result.rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(result.vars, row) if t is not None]
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out)


def serialize(result: QueryResult, fmt: str) -> bytes:
    """Bytes of a result in one of the formats negotiate() picks."""
    if result.kind == "CONSTRUCT":
        graph = result.graph
        if graph is None:
            raise BadQuery("The store returned no graph for a CONSTRUCT/DESCRIBE query.")
        data = graph.serialize(format=fmt, encoding="utf-8")
        return data if isinstance(data, bytes) else data.encode("utf-8")
    if fmt == "xml":
        return _xml(result).encode("utf-8")
    if fmt == "json":
        if result.kind == "ASK":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode("utf-8")
        bindings = [{v: _json_term(t) for v, t in zip(result.vars, row) if t is not None}
                    for row in result.rows]
        body = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
        if result.truncated:
            body["truncated"] = True
        return json.dumps(body, ensure_ascii=False).encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.vars)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.vars)
    writer.writerows([_csv_term(t) for t in row] for row in result.rows)
    return buffer.getvalue().encode("utf-8")
