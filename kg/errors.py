"""Errors of every stage; each carries the HTTP status the API answers with.

The CLI turns any KGError into a one-line message and a non-zero exit; the API turns it into
RFC 9457 problem details (api/problems.py). Messages say what was wrong and what is expected.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of the project's errors."""

    status = 500
    title = "Internal error"

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class BadInput(KGError):
    """An input (article, file, parameter) that cannot be used as given."""

    status = 400
    title = "Bad input"


class BadArticle(BadInput):
    title = "Bad article"


class BadQuery(BadInput):
    title = "Bad SPARQL query"


class UpdateRefused(KGError):
    status = 403
    title = "Update refused"


class QueryTimeout(KGError):
    status = 503
    title = "Query timed out"


class Unauthorized(KGError):
    status = 401
    title = "Unauthorized"


class TooLarge(KGError):
    status = 413
    title = "Content too large"


class NotFound(KGError):
    status = 404
    title = "Not found"


class UnknownActor(NotFound):
    title = "Unknown actor"


class StoreError(KGError):
    status = 503
    title = "Store unavailable"


class StoreLocked(StoreError):
    title = "Store locked"


class ModelMissing(KGError):
    status = 500
    title = "spaCy pipeline missing"
