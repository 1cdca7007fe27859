"""Store backends, picked by name and imported lazily: memory, oxigraph (default), sparql.

`open_store(settings)` opens what the settings name; `open_store_by_name(...)` does it without them.
SPARQL_PREFIXES is a prologue for queries written against the geokg vocabulary.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import BadInput
from kg.store.base import QueryResult, Store, Triple

__all__ = ["BACKENDS", "PREFIXES", "QueryResult", "SPARQL_PREFIXES", "Store", "Triple", "open_store", "open_store_by_name"]

BACKENDS = ("oxigraph", "memory", "sparql")

SPARQL_PREFIXES = """\
PREFIX geo: <https://w3id.org/geokg/ontology#>
PREFIX id: <https://w3id.org/geokg/id/>
PREFIX plover: <https://w3id.org/geokg/plover/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
# The same prologue as a mapping: prefix -> namespace IRI.
PREFIXES = {line.split()[1].rstrip(":"): line.split()[2].strip("<>")
            for line in SPARQL_PREFIXES.splitlines() if line.startswith("PREFIX")}


def open_store_by_name(name: str = "oxigraph", path: str | Path | None = None, query_url: str | None = None,
                       update_url: str | None = None, timeout: float = 30.0) -> Store:
    """Open a backend by name: "oxigraph" (on disk at path), "memory", or "sparql" (by URLs)."""
    if name == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        if path is None:
            raise BadInput("the oxigraph store needs a folder; set --data DIR or GEOKG_DATA")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return OxigraphStore(path)
    if name == "memory":
        from kg.store.memory import MemoryStore

        return MemoryStore()
    if name == "sparql":
        from kg.store.sparql import SparqlStore

        return SparqlStore(query_url or "", update_url, timeout=timeout)
    raise BadInput(f"unknown store backend {name!r}; expected one of {', '.join(BACKENDS)}")


def open_store(settings) -> Store:
    """Open the store a kg.config.Settings names (backend, data folder, URLs)."""
    return open_store_by_name(settings.store, path=settings.store_path, query_url=settings.query_url,
                              update_url=settings.update_url, timeout=max(settings.query_timeout, 1.0) * 3)
