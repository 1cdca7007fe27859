"""Shared fixtures: the real spaCy pipeline with our components (loaded once per session)."""

from __future__ import annotations

import pytest

from kg.config import Settings


@pytest.fixture(scope="session")
def nlp():
    """The configured English pipeline plus kg_actors and kg_events."""
    from kg.extract.pipeline import cached_pipeline

    return cached_pipeline(Settings().spacy_model)


@pytest.fixture(params=["fallback", "pipeline"])
def ingest_nlp(request, nlp):
    """What ingest extracts with, both ways: the gazetteer fallback (None) and the real pipeline."""
    return None if request.param == "fallback" else nlp
